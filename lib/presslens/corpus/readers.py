"""Read article files (.txt, .html, .json, .jsonl) into raw documents.

A reader turns bytes into a *document text* — the string every later span points into —
plus the metadata fields the file itself carries. Decoding is strict and reported:
non-UTF-8 input is decoded as Windows-1252 (or Latin-1), CRLF is normalised, and
mojibake ("Ã¢â‚¬Å“") is repaired with ftfy; each repair is recorded, never silent.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ftfy

from presslens.errors import InputError

#: Largest article file read (bytes); larger files are refused with a clear error before they are read.
MAX_FILE_BYTES = 64_000_000
#: Longest article text (characters, after decoding and extraction): 9 times the longest of 12,000
#: real news articles (55,151). A longer "article" is refused, naming the file, before any analysis.
MAX_ARTICLE_CHARS = 500_000
#: HTML nested deeper than this is flattened before parsing (lxml stops reading at 256 levels and
#: would drop the rest of the page): the deeper tags are left out, their text kept.
MAX_HTML_DEPTH = 200
#: File endings presslens reads, and the reader for each.
READERS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
#: Files in a story folder that are never articles.
NOT_ARTICLES = {"story.toml", "readme.md", "readme.txt", "notes.md", ".gitkeep"}

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=True, fix_encoding=True, restore_byte_a0=True,
    replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
    fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
    fix_line_breaks=False, fix_surrogates=True, remove_control_chars=False, normalization=None,
    explain=True,
)
#: A UTF-8 lead byte read as Latin-1/Windows-1252 followed by a continuation byte: the
#: signature of mojibake. Only text with it goes through ftfy (which is slow).
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)
#: The same test written to start with one character class (``re`` then scans for it fast): a C1
#: control character alone, or a lead character followed by a continuation character.
_MOJIBAKE_SCAN = re.compile(
    "[\u0080-\u009f\u00c2-\u00f4](?:(?<=[\u0080-\u009f])|[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])"
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: Control characters removed from decoded text (NUL and the like; tab, line ends and form feed are kept).
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Byte-order marks and the encoding each announces (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"), (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
         (b"\xfe\xff", "utf-16-be", "UTF-16"), (b"\xff\xfe", "utf-16-le", "UTF-16"),
         (b"\xef\xbb\xbf", "utf-8", "UTF-8"))

# JSON field names, first found wins.
HEADLINE_KEYS = ("title", "headline", "name")
TEXT_KEYS = ("text", "content", "body", "content_original", "maintext", "article", "story",
             "body-paragraphs", "paragraphs", "article_text", "full_text", "description_full")
STANDFIRST_KEYS = ("standfirst", "subtitle", "subhead", "subheadline", "dek", "description", "summary", "lead")
OUTLET_KEYS = ("outlet", "source", "publisher", "site", "source_name", "sitename", "site_name", "media")
DATE_KEYS = ("published", "date", "publish_date", "published_at", "pubDate", "date_publish",
             "datetime", "publication_date", "time")
BYLINE_KEYS = ("byline", "authors", "author", "writer")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
LANG_KEYS = ("language", "lang")
ID_KEYS = ("id", "article_id", "uuid")


@dataclass
class RawDocument:
    """One article as read from a file, before structure parsing.

    Attributes:
        source_file: the file name, relative to the story folder.
        index: position of the article within its file (0 for one-article files).
        text: the document text; every later character span points into it.
        fields: metadata the file itself gave (headline, standfirst, outlet, byline,
            published, url, language, id), as strings.
        header_blocks: how many leading blank-line-separated blocks of ``text`` are the
            headline and standfirst taken from ``fields`` (JSON/HTML), 0 for plain text.
        repairs: what decoding changed (encoding guessed, line endings, mojibake fixed).
        extra: other metadata fields of a JSON object, kept as text.
        dropped: text of the file that is not in ``text``, as ``(reason, text)`` pairs.
    """

    source_file: str
    index: int
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    header_blocks: int = 0
    repairs: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    """Tell whether bytes look like a binary file rather than text (the whole file is looked at).

    A file starting with a byte-order mark is text in that encoding. Otherwise a file is binary
    when it starts like a known binary format (PDF, ZIP/DOCX, PNG, JPEG, GIF, gzip) or when control
    bytes are more than 2 % of it (a stray NUL in a text file is not enough: it is removed and noted).
    """
    if data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        return False
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")):
        return True
    head = data[:8192]
    if len(_CONTROL.findall(head)) > max(8, len(head) // 50):
        return True
    return len(_CONTROL.findall(data)) > max(8, len(data) // 50)


def _may_be_mojibake(text: str) -> bool:
    """Tell whether ``_MOJIBAKE_HINT`` matches somewhere in the text (ASCII text at once, others with a fast scan)."""
    if text.isascii():
        return False
    return bool(_MOJIBAKE_SCAN.search(text))


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Repair mis-decoded text with ftfy.

    Args:
        text: decoded text.

    Returns:
        The repaired text and a list of notes (empty when nothing changed).
    """
    if not _may_be_mojibake(text):
        return text, []
    fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
    if fixed == text:
        return text, []
    changed = sum(1 for a, b in zip(text.split("\n"), fixed.split("\n")) if a != b)
    return fixed, [f"mojibake repaired by ftfy ({changed} line(s) changed)"]


def remove_control_chars(text: str) -> tuple[str, list[str]]:
    """Remove control characters (NUL, backspace, escape …) that no article text holds.

    Args:
        text: decoded text.

    Returns:
        The text without them (tab, line ends and form feed kept) and a note saying how many of
        which were removed (empty when none).
    """
    found = _CONTROL_TEXT.findall(text)
    if not found:
        return text, []
    kinds = ", ".join(f"U+{ord(c):04X} ×{n}" for c, n in sorted(Counter(found).items()))
    return _CONTROL_TEXT.sub("", text), [f"{len(found)} control character(s) removed ({kinds})"]


def decode_bytes(data: bytes, *, path: str | Path) -> tuple[str, list[str]]:
    """Decode an article file's bytes to text.

    Args:
        data: the file's bytes.
        path: the file, for error messages.

    Returns:
        The text (LF line endings, mojibake repaired) and the notes on what was changed.

    Raises:
        InputError: the file is empty or binary.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    if looks_binary(data):
        raise InputError(path, "looks like a binary file, not text; save the article as .txt, .html or .json")
    notes: list[str] = []
    bom = next(((mark, codec, name) for mark, codec, name in _BOMS if data.startswith(mark)), None)
    if bom is not None and bom[1] != "utf-8":
        mark, codec, name = bom
        text = data[len(mark):].decode(codec, errors="replace")
        notes.append(f"decoded as {name} (byte-order mark)"
                     + (" with undecodable bytes replaced" if "\ufffd" in text else ""))
    else:
        if bom is not None:
            data = data[3:]
            notes.append("UTF-8 byte-order mark removed")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
                enc = "Windows-1252"
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                enc = "Latin-1"
            notes.append(f"not valid UTF-8 (byte {exc.start}): decoded as {enc}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("CR/CRLF line endings normalised to LF")
    text, removed = remove_control_chars(text)
    notes += removed
    text, fixes = repair_mojibake(text)
    if not text.strip():
        raise InputError(path, "file holds only white space")
    return text, notes + fixes


def read_file(path: Path, *, name: str | None = None) -> list[RawDocument]:
    """Read one article file into raw documents (several for .jsonl or a JSON list).

    Args:
        path: the file.
        name: the name to record as ``source_file`` (default: the file name).

    Returns:
        The documents in file order.

    Raises:
        InputError: unreadable, empty, binary, too large, malformed, or an unknown type.
    """
    name = name or path.name
    kind = READERS.get(path.suffix.lower())
    if kind is None:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'}; use .txt, .html, .json or .jsonl")
    data = read_bytes(path)
    text, notes = decode_bytes(data, path=path)
    del data
    if kind == "text":
        docs = [RawDocument(source_file=name, index=0, text=text, repairs=notes)]
    elif kind == "html":
        doc = html_document(text, source_file=name)
        doc.repairs = notes + doc.repairs
        docs = [doc]
    else:
        objects = _json_objects(text, path=path, lines=(kind == "jsonl"))
        docs = []
        for i, obj in enumerate(objects):
            doc = json_document(obj, source_file=name, index=i, path=path)
            doc.repairs = list(notes) + doc.repairs
            docs.append(doc)
    for doc in docs:
        check_length(doc, path=path, many=len(docs) > 1)
    return docs


def check_length(doc: RawDocument, *, path: str | Path, many: bool = False) -> None:
    """Refuse an article longer than :data:`MAX_ARTICLE_CHARS` characters.

    Args:
        doc: the article as read.
        path: its file, for the message.
        many: the file holds several articles (the message says which).

    Raises:
        InputError: naming the file (and the article), its length and the limit.
    """
    if len(doc.text) > MAX_ARTICLE_CHARS:
        which = f"article {doc.index + 1} is" if many else "the article is"
        raise InputError(path, f"{which} {len(doc.text):,} characters long; the limit is {MAX_ARTICLE_CHARS:,} "
                               "(presslens.corpus.readers.MAX_ARTICLE_CHARS): is it one news article?")


def read_bytes(path: Path) -> bytes:
    """Read an article file's bytes: a regular file only, at most :data:`MAX_FILE_BYTES`.

    A FIFO, a device or a socket is refused without being opened for a blocking read (a FIFO would
    wait forever, ``/dev/zero`` never ends).

    Args:
        path: the file (a link is followed; the caller checks where it leads).

    Returns:
        The bytes.

    Raises:
        InputError: not a regular file, too large, or unreadable.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, f"is not a regular file ({file_kind(st.st_mode)}); not read")
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(path, f"file is too large ({st.st_size / 1e6:.0f} MB; the limit is "
                                   f"{MAX_FILE_BYTES / 1e6:.0f} MB)")
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                raise InputError(path, f"file is too large (more than {MAX_FILE_BYTES / 1e6:.0f} MB)")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def file_kind(mode: int) -> str:
    """Name a file type for a message: "a FIFO", "a character device", …"""
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"),
                       (stat.S_ISLNK, "a link")):
        if test(mode):
            return name
    return "not a regular file"


def _json_objects(text: str, *, path: Path, lines: bool) -> list[dict[str, Any]]:
    if lines:
        out = []
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"line {n} is not valid JSON ({exc.msg})") from None
            except (ValueError, RecursionError) as exc:
                raise InputError(path, f"line {n}: {_json_problem(exc)}") from None
            if not isinstance(obj, dict):
                raise InputError(path, f"line {n} is not a JSON object")
            out.append(obj)
        if not out:
            raise InputError(path, "no JSON objects in file")
        return out
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(path, _json_problem(exc)) from None
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, dict):
        return [obj]
    if isinstance(obj, list) and obj and all(isinstance(o, dict) for o in obj):
        return obj
    raise InputError(path, "JSON must be an article object or a list of article objects")


def _json_problem(exc: BaseException) -> str:
    """What is wrong with JSON that Python parses only to fail on (a huge number, absurd nesting)."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to be an article"
    return f"JSON holds a value Python will not read ({str(exc).split(';')[0][:120]})"


def _as_text(value: Any) -> str:
    """Flatten a JSON value (string, list of strings or of lists, dict with a name) to text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value"):
            if key in value:
                return _as_text(value[key])
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    return str(value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "null" if value is None else type(value).__name__


def _paragraph_text(value: Any) -> str | None:
    """A paragraph of a JSON text list: a string, a list of sentence strings, or an object with a
    string ``text``; None for anything else."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " ".join(v.strip() for v in value if v.strip())
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        return value["text"].strip()
    return None


def _paragraphs(value: Any) -> list[str]:
    """Body paragraphs of a JSON text field: a string, a list of paragraphs (strings, lists of
    sentence strings, or objects with a string ``text``).

    Raises:
        ValueError: the field is of another type (a number, true/false, an object, a list of other
            things): the message says what it is.
    """
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        out = []
        for n, v in enumerate(value, start=1):
            t = _paragraph_text(v)
            if t is None:
                raise ValueError(f"item {n} is {_json_type(v)}, not text")
            if t:
                out.append(t)
        return out
    raise ValueError(f"is {_json_type(value)}, not text")


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, Any]:
    lower = {k.lower(): k for k in obj}
    for k in keys:
        if k.lower() in lower:
            real = lower[k.lower()]
            if obj[real] not in (None, "", []):
                return real, obj[real]
    return None, None


def json_document(obj: dict[str, Any], *, source_file: str, index: int, path: Path | str) -> RawDocument:
    """Build a raw document from one JSON article object.

    Args:
        obj: the object; common field names are recognised (see the ``*_KEYS`` tuples).
        source_file: the file name to record.
        index: the object's position in its file.
        path: the file, for error messages.

    Returns:
        The document: headline and standfirst (if any) as the first blocks of ``text``,
        then the body paragraphs separated by blank lines; other fields in ``extra``.

    Raises:
        InputError: the object has no body text.
    """
    used: set[str] = set()
    fields: dict[str, str] = {}
    repairs: list[str] = []
    for name, keys in (("headline", HEADLINE_KEYS), ("standfirst", STANDFIRST_KEYS), ("outlet", OUTLET_KEYS),
                       ("published", DATE_KEYS), ("byline", BYLINE_KEYS), ("url", URL_KEYS),
                       ("language", LANG_KEYS), ("id", ID_KEYS)):
        key, value = _first(obj, keys)
        if key is not None and key not in used:
            used.add(key)
            text, notes = repair_mojibake(_as_text(value))
            repairs += [f"{key}: {n}" for n in notes]
            fields[name] = text
    key, body = _first(obj, TEXT_KEYS)
    if key is None:
        raise InputError(path, f"article {index + 1} has no text field (one of {', '.join(TEXT_KEYS[:6])}, …)")
    used.add(key)
    if key in [k for k in obj if k.lower() in STANDFIRST_KEYS] and "standfirst" in fields:
        fields.pop("standfirst")
    try:
        paras = _paragraphs(body)
    except ValueError as exc:
        raise InputError(path, f"article {index + 1}: the text field '{key}' {exc} (it must be a string or a "
                               "list of paragraph strings)") from None
    if not paras:
        raise InputError(path, f"article {index + 1} has an empty text field '{key}'")
    header = [fields[k] for k in ("headline", "standfirst") if fields.get(k)]
    header = [" ".join(h.split()) for h in header]
    text = "\n\n".join(header + paras)
    text, notes = repair_mojibake(text)
    repairs += notes
    extra = {k: _as_text(v) for k, v in obj.items() if k not in used and _as_text(v)}
    return RawDocument(source_file=source_file, index=index, text=text, fields=fields,
                       header_blocks=len(header), repairs=repairs, extra=extra)


_HTML_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "td", "figcaption", "blockquote", "div", "span", "a")


def _visible_blocks(html: str) -> list[str]:
    """Visible text of an HTML page, one string per block element (scripts and styles left out)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on broken pages
        return []
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    out: list[str] = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "h5", "li", "figcaption", "blockquote", "td", "title"):
        t = " ".join(el.text_content().split())
        if t:
            out.append(t)
    return out


def html_document(html: str, *, source_file: str) -> RawDocument:
    """Extract the main text of a saved web page with trafilatura (offline).

    Args:
        html: the page source.
        source_file: the file name to record.

    Returns:
        The document: the headline first (when found), then the main text. Visible page
        text that is not part of the main text is listed in ``dropped`` with the reason
        "outside main content". Scripts and markup never reach ``text``.

    Raises:
        InputError: no main text could be found.
    """
    import trafilatura

    html, flattened = flatten_deep_html(html)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      favor_recall=True, date_extraction_params={"extensive_search": False})
    body = (doc.text if doc is not None else "") or ""
    if not body.strip():
        raise InputError(source_file, "no main text found in the HTML page")
    fields: dict[str, str] = {}
    for name, attr in (("headline", "title"), ("byline", "author"), ("outlet", "sitename"), ("url", "url"),
                       ("standfirst", "description"), ("language", "language")):
        v = getattr(doc, attr, None)
        if v:
            fields[name] = " ".join(str(v).split())
    if getattr(doc, "date", None) and re.search(re.escape(str(doc.date)[:4]), html):
        fields["published"] = str(doc.date)
    fields.pop("standfirst", None)  # meta descriptions repeat the lede; keep the page's own text only
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    if fields.get("headline") and lines and " ".join(lines[0].split()) == fields["headline"]:
        lines = lines[1:]
    header = [fields["headline"]] if fields.get("headline") else []
    text = "\n\n".join(header + lines)
    kept = " ".join(text.split())
    dropped = [("outside main content (trafilatura)", b) for b in dict.fromkeys(_visible_blocks(html)) if b not in kept]
    repairs = [f"HTML nested deeper than {MAX_HTML_DEPTH} levels: {flattened:,} deeper tag(s) left out, "
               "their text kept"] if flattened else []
    return RawDocument(source_file=source_file, index=0, text=text, fields=fields, header_blocks=len(header),
                       dropped=dropped, repairs=repairs)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>|<!--|<!\[CDATA\[")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "command"}
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "noscript", "template"}


def flatten_deep_html(html: str, *, limit: int = MAX_HTML_DEPTH) -> tuple[str, int]:
    """Leave out the tags nested deeper than ``limit`` (their text stays), so a parser reads the whole page.

    Args:
        html: the page source.
        limit: deepest nesting kept.

    Returns:
        The page (the same string when nothing is that deep) and how many start tags were left out
        (their end tags go too). Comments and the content of script, style and similar elements are
        skipped over, not parsed.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []
    kept_depth = dropped = pos = 0
    last = 0
    while (m := _TAG.search(html, pos)) is not None:
        token = m.group(0)
        if token == "<!--" or token.startswith("<![CDATA["):
            end = html.find("-->" if token == "<!--" else "]]>", m.end())
            pos = len(html) if end < 0 else end + 3
            continue
        closing, name = m.group(1), m.group(2).lower()
        pos = m.end()
        if name in _VOID or (not closing and token.endswith("/>")):
            continue
        if not closing:
            keep = kept_depth < limit
            stack.append((name, keep))
            if keep:
                kept_depth += 1
            else:
                dropped += 1
                out.append(html[last:m.start()])
                last = m.end()
            if name in _RAW_TEXT:  # its content is text, not tags
                end = re.compile(f"</{name}", re.I).search(html, pos)
                pos = len(html) if end is None else end.start()
            continue
        at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name), None)
        if at is None:
            continue
        popped, stack[at:] = stack[at:], []
        kept_depth -= sum(1 for _, k in popped if k)
        if not popped[0][1]:
            out.append(html[last:m.start()])
            last = m.end()
    if not dropped:
        return html, 0
    out.append(html[last:])
    return "".join(out), dropped
