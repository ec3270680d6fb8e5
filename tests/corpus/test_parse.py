"""Tests for presslens.corpus.parse: structure of the seed articles and general layout rules."""

from __future__ import annotations

from presslens.corpus.parse import ANALYSED_KINDS, parse_text
from presslens.paths import stories_dir

SEED = stories_dir() / "balochistan-2026-02"


def _read(name: str) -> str:
    return (SEED / name).read_text(encoding="utf-8")


def _pieces(text: str, parsed, kind: str) -> list[str]:
    return [text[b.start:b.end] for b in parsed.blocks if b.kind == kind]


def _covered_everything(text: str, parsed) -> bool:
    mask = [False] * len(text)
    for b in parsed.blocks:
        for i in range(b.start, b.end):
            mask[i] = True
    return all(m or ch.isspace() for m, ch in zip(mask, text))


def test_seed_000_header_and_dateline() -> None:
    text = _read("000_262b19c4243f2b1a.txt")
    p = parse_text(text)
    assert p.fields["outlet"] == "Daijiworld Media Network"
    assert p.fields["dateline"] == "Islamabad"
    assert p.fields["published"] == "--02-02"  # no year in the text
    assert "headline" not in p.fields
    lede = [b for b in p.blocks if b.section == "lede"]
    assert len(lede) == 1 and text[lede[0].start:].startswith("Pakistani security forces killed")
    assert not _pieces(text, p, "boilerplate")
    assert _covered_everything(text, p)


def test_seed_002_structure() -> None:
    text = _read("002_b5890622697dba39.txt")
    p = parse_text(text)
    assert p.fields["byline"] == "Avery Klein"
    assert p.fields["published"] == "2026-02-01"
    assert p.fields["desk"] == "World"
    headline = "Pakistan Reports 145 Militants Killed After Coordinated Attacks in Balochistan"
    assert _pieces(text, p, "headline") == [headline]
    assert _pieces(text, p, "standfirst")[0].startswith("Provincial authorities say intensified clearance")
    boiler = [(b.label, text[b.start:b.end]) for b in p.blocks if b.kind == "boilerplate"]
    assert ("repeated headline", headline) in boiler
    assert ("link list", "More from World") in boiler
    assert any(label == "link list" and t.startswith("Kremlin says Russia") for label, t in boiler)
    key_points = [text[b.start:b.end] for b in p.blocks if b.section == "key_points"]
    risks = [text[b.start:b.end] for b in p.blocks if b.section == "risks"]
    assert len(key_points) == 3 and key_points[0].startswith("Security forces reported killing 145")
    assert len(risks) == 3 and risks[0].startswith("Sustained insurgent activity")
    assert all(b.kind == "bullet" for b in p.blocks if b.section in ("key_points", "risks"))
    context = [text[b.start:b.end] for b in p.blocks if b.section == "context"]
    assert len(context) == 1 and context[0].startswith("Provincial leaders and security forces")
    # prose after the Key Points list is body again
    assert any(b.section == "body" and text[b.start:].startswith("Provincial officials in Pakistan") for b in p.blocks)
    assert _covered_everything(text, p)
    analysed = " ".join(text[b.start:b.end] for b in p.blocks if b.kind in ANALYSED_KINDS)
    assert "Kremlin" not in analysed and "By Avery Klein" not in analysed


def test_gallery_share_and_copyright_lines_are_boilerplate() -> None:
    text = ("Floods Hit The Valley Towns\n\n"
            "Rescue teams reached the valley on Monday after two days of heavy rain, officials said.\n"
            "9 of 55 Photos: Dead cattle lie in a field\n"
            "Share this article on Facebook\n"
            "The water receded by evening, and residents began to return to their homes.\n"
            "© 2026 Example News. All rights reserved.\n")
    p = parse_text(text)
    reasons = {text[b.start:b.end]: b.label for b in p.blocks if b.kind == "boilerplate"}
    assert reasons["9 of 55 Photos: Dead cattle lie in a field"] == "photo gallery caption"
    assert reasons["Share this article on Facebook"] == "share/subscribe line"
    assert reasons["© 2026 Example News. All rights reserved."] == "copyright line"
    assert _pieces(text, p, "headline") == ["Floods Hit The Valley Towns"]
    assert len(_pieces(text, p, "paragraph")) == 2


def test_long_prose_starting_with_share_word_is_kept() -> None:
    text = ("Share prices fell sharply in Karachi on Monday as investors weighed the risk of further "
            "violence in the province and the cost to mining projects, traders said.")
    p = parse_text(text)
    assert [b.kind for b in p.blocks] == ["paragraph"]


def test_wire_dateline() -> None:
    text = "QUETTA, Pakistan (AP) — Gunmen attacked a bus station on Friday, killing at least six people, police said."
    p = parse_text(text)
    assert p.fields["dateline"] == "QUETTA, Pakistan"
    assert text[p.blocks[0].start:p.blocks[0].end].startswith("QUETTA")
    assert p.blocks[1].kind == "paragraph" and text[p.blocks[1].start:].startswith("Gunmen attacked")


def test_known_header_blocks_from_json() -> None:
    text = "The Headline\n\nThe standfirst sentence here\n\nBody paragraph one is here and long enough."
    p = parse_text(text, header_blocks=2, known={"headline": "The Headline", "standfirst": "x"})
    assert [b.kind for b in p.blocks] == ["headline", "standfirst", "paragraph"]
    assert p.blocks[2].section == "lede"


def test_lead_in_line_ending_in_colon_is_prose() -> None:
    text = ("Harbour Reopens After Storm\n\n"
            "The port reopened on Tuesday after a three-day closure that stranded dozens of ships, officials said.\n"
            "The harbour master told reporters:\n"
            "\u201cWe are open, but slowly.\u201d\n"
            "Officials said repairs would take weeks\n"
            "Crews worked through the night to clear debris from the two main berths, the agency said.\n")
    p = parse_text(text)
    kinds = {text[b.start:b.end]: (b.kind, b.label) for b in p.blocks}
    assert kinds["The harbour master told reporters:"] == ("paragraph", "")
    assert kinds["Officials said repairs would take weeks"] == ("paragraph", "")
