"""Tests for presslens.corpus.readers: decoding, repairs, JSON and HTML readers, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presslens.corpus.readers import decode_bytes, json_document, read_file, repair_mojibake
from presslens.errors import InputError


def test_empty_and_whitespace_files_are_refused(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.txt", b"  \n\n\t ")):
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError, match=name + ": file is empty"):
            read_file(p)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(InputError, match="photo.txt: looks like a binary file"):
        read_file(p)


def test_latin1_is_decoded_and_reported(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Le ministre a déclaré que 12 soldats étaient morts.".encode("latin-1"))
    [doc] = read_file(p)
    assert "déclaré" in doc.text and "étaient" in doc.text
    assert any("decoded as Windows-1252" in r for r in doc.repairs)


def test_crlf_is_normalised(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"Headline Here\r\n\r\nFirst paragraph of the story.\r\nSecond one.\r\n")
    [doc] = read_file(p)
    assert "\r" not in doc.text
    assert doc.text.startswith("Headline Here\n\nFirst paragraph")
    assert any("CRLF" in r for r in doc.repairs)


def test_mojibake_is_repaired_and_recorded() -> None:
    bad = "He said \u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cyes\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d today."
    fixed, notes = repair_mojibake(bad)
    assert fixed == "He said \u201cyes\u201d today."
    assert notes and "mojibake" in notes[0]
    clean = "Pakistan\u2019s \u201cHerof\u201d campaign"
    assert repair_mojibake(clean) == (clean, [])  # curly quotes are kept as they are


def test_decode_keeps_utf8_and_strips_bom() -> None:
    text, notes = decode_bytes("\ufeffCaf\u00e9 r\u00e9sum\u00e9".encode("utf-8"), path="x.txt")
    assert text == "Caf\u00e9 r\u00e9sum\u00e9"
    assert notes == ["UTF-8 byte-order mark removed"]


def test_unsupported_type_and_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "article.pdf"
    p.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match=r"article.pdf: unsupported file type \.pdf"):
        read_file(p)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    monkeypatch.setattr("presslens.corpus.readers.MAX_FILE_BYTES", 100)
    with pytest.raises(InputError, match="big.txt: file is too large"):
        read_file(big)


def test_json_fields_and_paragraph_lists() -> None:
    obj = {"headline": "Blast in Quetta", "body-paragraphs": [["First sentence.", "Second sentence."], ["Para two."]],
           "source": {"name": "Example Post"}, "date": "2019-03-25", "authors": ["A. Writer", "B. Writer"],
           "url": "https://example.org/a", "topic": "security"}
    doc = json_document(obj, source_file="a.json", index=0, path="a.json")
    assert doc.text == "Blast in Quetta\n\nFirst sentence. Second sentence.\n\nPara two."
    assert doc.fields["outlet"] == "Example Post"
    assert doc.fields["byline"] == "A. Writer, B. Writer"
    assert doc.fields["published"] == "2019-03-25"
    assert doc.header_blocks == 1
    assert doc.extra == {"topic": "security"}


def test_json_without_text_names_the_file(tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text(json.dumps({"title": "No body"}))
    with pytest.raises(InputError, match="bad.json: article 1 has no text field"):
        read_file(p)
    p.write_text("{not json")
    with pytest.raises(InputError, match="bad.json: not valid JSON"):
        read_file(p)


def test_jsonl_reads_every_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps({"title": f"T{i}", "content": f"Body {i} text."}) for i in range(3)) + "\n")
    docs = read_file(p)
    assert [d.index for d in docs] == [0, 1, 2]
    assert docs[2].text == "T2\n\nBody 2 text."
    p.write_text('{"title": "ok", "content": "x"}\n[1, 2]\n')
    with pytest.raises(InputError, match="feed.jsonl: line 2 is not a JSON object"):
        read_file(p)


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    html = """<html><head><title>Blast in Quetta</title><script>alert('x')</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World news section</a></nav>
    <article><h1>Blast in Quetta kills six</h1>
    <p>A bomb exploded near a market in Quetta on Friday, killing six people and wounding 20, police said.</p>
    <img src=x onerror="alert(1)">
    <p>No group has claimed responsibility for the attack so far, officials told reporters in the city.</p>
    </article><footer><p>Subscribe to our newsletter for daily updates</p></footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html)
    [doc] = read_file(p)
    assert "killing six people" in doc.text and "claimed responsibility" in doc.text
    assert "alert" not in doc.text and "onerror" not in doc.text
    assert doc.fields["headline"].startswith("Blast in Quetta")
    dropped = [t for _, t in doc.dropped]
    assert "Subscribe to our newsletter for daily updates" in dropped


def test_utf16_and_utf32_with_a_byte_order_mark_are_text() -> None:
    words = "Die Polizei meldete am Freitag vier Verletzte in Öhringen."
    for codec, name in (("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")):
        data = ("\ufeff" + words).encode(codec) if codec.endswith("be") else words.encode(codec)
        text, notes = decode_bytes(data, path="x.txt")
        assert text == words and notes == [f"decoded as {name} (byte-order mark)"], codec


def test_control_characters_anywhere_are_removed_and_noted() -> None:
    data = ("A quiet paragraph about the harbour. " * 300).encode() + b"\x00\x00 and a bell\x07 here.\n"
    assert len(data) > 8192
    text, notes = decode_bytes(data, path="x.txt")
    assert "\x00" not in text and "\x07" not in text and text.endswith("and a bell here.\n")
    assert notes == ["3 control character(s) removed (U+0000 ×2, U+0007 ×1)"]
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"text at first " * 700 + bytes(range(32)) * 400, path="x.txt")  # binary after 8 KB


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe\.txt: is not a regular file \(a FIFO \(named pipe\)\)"):
        read_file(fifo)  # returns at once: a FIFO is never read
    from presslens.corpus.readers import read_bytes

    with pytest.raises(InputError, match="/dev/zero: is not a regular file \\(a character device\\)"):
        read_bytes(Path("/dev/zero"))  # would never end


def test_json_text_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    for value, what in ((12345, "is a number"), (True, "is true/false"), ([{"a": 1}], "item 1 is an object"),
                        ({"text": "x"}, "is an object"), ([["a", 2]], "item 1 is a list")):
        with pytest.raises(InputError, match=f"article 1: the text field 'text' {what}, not text"):
            json_document({"title": "T", "text": value}, source_file="a.json", index=0, path="a.json")
    doc = json_document({"text": [{"type": "p", "text": "One."}, ["Two.", "Three."], "Four."]}, source_file="a.json",
                        index=0, path="a.json")
    assert doc.text == "One.\n\nTwo. Three.\n\nFour."


def test_json_that_python_will_not_read_names_the_file(tmp_path: Path) -> None:
    for name, data, problem in (("big.json", '{"text": "x", "n": ' + "9" * 5000 + "}", "a value Python will not read"),
                                ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
                                ("deep.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
                                 "line 1: JSON nested too deeply")):
        p = tmp_path / name
        p.write_text(data)
        with pytest.raises(InputError, match=f"{name}: .*{problem}"):
            read_file(p)


def test_an_article_past_the_length_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("presslens.corpus.readers.MAX_ARTICLE_CHARS", 1000)
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"text": "short one"}) + "\n" + json.dumps({"text": "word " * 300}) + "\n")
    with pytest.raises(InputError, match=r"long\.jsonl: article 2 is 1,499 characters long; the limit is 1,000"):
        read_file(p)


def test_deeply_nested_html_is_flattened_not_cut(tmp_path: Path) -> None:
    from presslens.corpus.readers import flatten_deep_html

    para = "<p>Rescue teams worked through the night to reach families trapped under the collapsed market hall.</p>"
    last = "<p>By morning the harbour master said every boat of the fishing fleet had been accounted for.</p>"
    page = f"<html><body><script>var s = '<div>';</script>{'<div>' * 5000}{para}{'</div>' * 5000}{last}</body></html>"
    flat, dropped = flatten_deep_html(page, limit=50)
    assert dropped == 4952 + 1 and flat.count("<div>") == 48 + 1  # 48 kept (html, body above); one is script text
    assert "collapsed market hall." in flat
    assert flatten_deep_html("<div><p>x</p></div>") == ("<div><p>x</p></div>", 0)
    p = tmp_path / "deep.html"
    p.write_text(page)
    [doc] = read_file(p)
    assert "harbour master" in doc.text and "collapsed market hall" in doc.text
    assert any("HTML nested deeper than 200 levels" in r for r in doc.repairs)


def test_mojibake_test_agrees_with_the_hint_pattern() -> None:
    from presslens.corpus.readers import _MOJIBAKE_HINT, _may_be_mojibake

    for s in ("plain ascii", "caf\u00e9 in Tor\u00e9", "it\u00e2\u20ac\u2122s", "\u00e9t\u00e9 \u00c3\u00a9", "x\u0085y", "\u00f4\u00c2",
              "\u00c2\u00a0start", "no\u2019hint"):
        assert _may_be_mojibake(s) == bool(_MOJIBAKE_HINT.search(s)), repr(s)
