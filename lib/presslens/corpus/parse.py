"""Article structure: header metadata, paragraphs with section labels, boilerplate.

The parser walks the document text line by line (hard-wrapped prose is joined into one
paragraph) and gives every non-empty line exactly one :class:`Block`, so that every
non-white-space character is accounted for as metadata, analysed text or boilerplate.

Rules (general news layout, not tuned to one site):

- Header zone (the lines before the first prose paragraph, at most ``HEADER_LINES``): a
  desk-and-date line ("World February 1, 2026"), a byline ("By Avery Klein"), an outlet
  line ("Daijiworld Media Network - Islamabad"), the headline (the first other line) and a
  standfirst (a longer line after the headline).
- A dateline at the start of the first paragraph ("Islamabad, Feb 2:", "QUETTA (AP) —").
- Headings (short lines without final punctuation) open a section; known headings map to
  labels (``SECTION_HEADINGS``); link-list headings ("More from World", "Related") make
  what follows boilerplate.
- Bullets ("•", "-", "1.") are paragraphs of kind ``bullet``; their marker is metadata.
- Boilerplate lines (gallery captions, share/subscribe, copyright) and repeats of the
  headline are kept as boilerplate with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presslens.corpus.dates import DATE_RE, parse_date
from presslens.lexicons.common import BOILERPLATE_LINES, BULLET, LINK_LIST_HEADING, OUTLET_WORDS, SECTION_HEADINGS
from presslens.lexicons.speech import REPORTING_VERBS

#: Block kinds whose text is analysed (sentences, tokens, every capability).
ANALYSED_KINDS = ("headline", "standfirst", "paragraph", "bullet")
#: How many lines at the top may be header (metadata, headline, standfirst).
HEADER_LINES = 8
#: Longest line (in words) that can be a headline, and a standfirst.
HEADLINE_MAX_WORDS = 30
STANDFIRST_MAX_WORDS = 70
#: Longest line (in words) that can be a heading.
HEADING_MAX_WORDS = 8
#: Longest line (in words) that a share/subscribe boilerplate pattern may match.
BOILERPLATE_MAX_WORDS = 15

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”]\s*,?\s*$")
_BYLINE = re.compile(r"^(?:by|written by|words by|author:|reporting by)\s+(?P<name>[^\d].{1,80})$", re.I)
_DATE_LINE = re.compile(r"^(?:(?P<desk>[A-Z][\w&' ]{1,30}?)\s+)?(?P<date>" + DATE_RE.pattern + r")\s*$", re.X | re.I)
_OUTLET_LINE = re.compile(r"^(?P<outlet>[^\n]{2,60}?)\s+[-–—|]\s+(?P<place>[A-Z][\w .'’-]{1,40})$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?:[ ,]{1,2}[A-Z][\w.'’-]+){0,3}?)"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)))?"
    r"\s*(?:\((?:AP|Reuters|AFP|IANS|PTI|ANI|UPI|dpa|Xinhua|CNN|AA|APP|UNI)\)\s*)?"
    r"(?:[:—–]|\s-{1,2})\s*(?=\S)"
)
_HARD_WRAP = re.compile(r"(?<=[^\s.!?:;\"”'’])\n(?=[ \t]*[a-z0-9(])")
_WORD = re.compile(r"\w+")
#: Reporting verbs in the past tense: a short line with one is a sentence, not a heading.
_REPORTING = frozenset(v for v in REPORTING_VERBS if v.endswith(("ed", "id", "ld", "ote")))


@dataclass(frozen=True)
class Block:
    """One classified piece of the document text.

    Attributes:
        kind: ``headline`` | ``standfirst`` | ``paragraph`` | ``bullet`` (analysed),
            ``meta`` (metadata: outlet, byline, date, dateline, heading, bullet marker),
            or ``boilerplate`` (kept out of the analysis, reported).
        start: offset of the first character in the document text.
        end: offset after the last character.
        section: section label of analysed blocks (``headline``, ``standfirst``, ``lede``,
            ``body``, ``key_points``, ``context``, ``risks``, …); empty otherwise.
        label: for ``meta``, what it is (``outlet``, ``byline``, ``date``, ``dateline``,
            ``heading``, ``marker``); for ``boilerplate``, the reason.
    """

    kind: str
    start: int
    end: int
    section: str = ""
    label: str = ""


@dataclass(frozen=True)
class ParsedText:
    """Blocks and header fields found in one document text.

    Attributes:
        blocks: every non-empty line's block, in text order.
        fields: metadata found in the text: ``outlet``, ``place``, ``byline``, ``published``
            (ISO, or ``--MM-DD`` without a year), ``desk``, ``headline``, ``standfirst``,
            ``dateline``.
    """

    blocks: tuple[Block, ...]
    fields: dict[str, str]


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, hard-wrapped prose joined, white space trimmed."""
    joined = _HARD_WRAP.sub(" ", text)
    out = []
    for m in re.finditer(r"[^\n]+", joined):
        s, e = m.span()
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _nwords(s: str) -> int:
    return len(_WORD.findall(s))


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _is_prose(s: str) -> bool:
    return bool(_TERMINAL.search(s)) and _nwords(s) >= 12


def _is_heading(s: str) -> bool:
    n = _nwords(s)
    if not (0 < n <= HEADING_MAX_WORDS) or _TERMINAL.search(s) or not s[:1].isupper() or BULLET.match(s):
        return False
    if s.rstrip().endswith(":") and _norm(s) not in SECTION_HEADINGS and not LINK_LIST_HEADING.match(_norm(s)):
        return False  # a lead-in to a quote or list ("The harbour master told reporters:") is prose
    return not (set(_WORD.findall(s.lower())) & _REPORTING)


def _boilerplate_reason(s: str) -> str | None:
    for reason, pattern in BOILERPLATE_LINES:
        if pattern.search(s) and (reason == "photo gallery caption" or _nwords(s) <= BOILERPLATE_MAX_WORDS):
            return reason
    return None


def _is_outlet_line(s: str) -> re.Match[str] | None:
    m = _OUTLET_LINE.match(s)
    if m and set(_WORD.findall(m.group("outlet").lower())) & OUTLET_WORDS:
        return m
    return None


def _section_label(heading: str) -> str:
    key = _norm(heading)
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    return "_".join(key.split()[:4]) or "body"


def parse_text(text: str, *, header_blocks: int = 0, known: dict[str, str] | None = None) -> ParsedText:
    """Classify every line of a document text.

    Args:
        text: the document text.
        header_blocks: number of leading lines already known to be the headline and the
            standfirst (from JSON or HTML fields); the header rules are then skipped.
        known: fields already known (``headline``, ``standfirst``), used to mark repeats.

    Returns:
        The blocks (covering every non-white-space character) and the fields found.
    """
    known = known or {}
    lines = _lines(text)
    blocks: list[Block] = []
    fields: dict[str, str] = {}
    i = 0
    if header_blocks:
        kinds = ["headline", "standfirst"] if known.get("headline") else ["standfirst"]
        for (s, e), kind in zip(lines[:header_blocks], kinds):
            blocks.append(Block(kind, s, e, section=kind))
            fields[kind] = text[s:e]
        i = header_blocks
    else:
        i = _parse_header(text, lines, blocks, fields)
    _parse_body(text, lines[i:], blocks, fields)
    return ParsedText(tuple(blocks), fields)


def _parse_header(text: str, lines: list[tuple[int, int]], blocks: list[Block], fields: dict[str, str]) -> int:
    """Classify the header lines; return the index of the first body line."""
    i = 0
    while i < min(len(lines), HEADER_LINES):
        s, e = lines[i]
        line = text[s:e]
        if _is_prose(line) or _DATELINE.match(line) and _nwords(line) > 12:
            break
        reason = _boilerplate_reason(line)
        if reason:
            blocks.append(Block("boilerplate", s, e, label=reason))
        elif m := _DATE_LINE.match(line):
            date = parse_date(m.group("date"))
            if date and "published" not in fields:
                fields["published"] = date.iso()
            if m.group("desk"):
                fields.setdefault("desk", m.group("desk").strip())
            blocks.append(Block("meta", s, e, label="date"))
        elif m := _BYLINE.match(line):
            fields.setdefault("byline", m.group("name").strip())
            blocks.append(Block("meta", s, e, label="byline"))
        elif (m := _is_outlet_line(line)) and "headline" not in fields:
            fields.setdefault("outlet", m.group("outlet").strip())
            fields.setdefault("place", m.group("place").strip())
            blocks.append(Block("meta", s, e, label="outlet"))
        elif "headline" not in fields and 3 <= _nwords(line) <= HEADLINE_MAX_WORDS \
                and not _TERMINAL.search(line.rstrip("?!")):
            fields["headline"] = line
            blocks.append(Block("headline", s, e, section="headline"))
        elif "headline" in fields and "standfirst" not in fields and 6 <= _nwords(line) <= STANDFIRST_MAX_WORDS \
                and _norm(line) != _norm(fields["headline"]):
            fields["standfirst"] = line
            blocks.append(Block("standfirst", s, e, section="standfirst"))
        elif fields.get("headline") and _norm(line) == _norm(fields["headline"]):
            blocks.append(Block("boilerplate", s, e, label="repeated headline"))
        else:
            break
        i += 1
    return i


def _parse_body(text: str, lines: list[tuple[int, int]], blocks: list[Block], fields: dict[str, str]) -> None:
    """Classify the body lines (paragraphs, headings, bullets, boilerplate)."""
    headline = _norm(fields.get("headline", ""))
    section = ""
    section_items = ""  # what the current heading's section holds so far: "", "bullets" or "prose"
    in_links = False
    seen_prose = False
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        nxt = text[lines[n + 1][0]:lines[n + 1][1]] if n + 1 < len(lines) else ""
        if headline and _norm(line) == headline:
            blocks.append(Block("boilerplate", s, e, label="repeated headline"))
            continue
        if _is_heading(line) and LINK_LIST_HEADING.match(_norm(line) + ("" if not line.endswith(":") else "")):
            blocks.append(Block("boilerplate", s, e, label="link list"))
            in_links = True
            continue
        if in_links:
            if _is_heading(line) and _norm(line) in SECTION_HEADINGS:
                in_links = False
            elif not (_is_prose(line) and len(DATE_RE.findall(line)) <= 1 and not BULLET.match(line)):
                blocks.append(Block("boilerplate", s, e, label="link list"))
                continue
            else:
                in_links = False
        reason = _boilerplate_reason(line)
        if reason:
            blocks.append(Block("boilerplate", s, e, label=reason))
            continue
        if m := BULLET.match(line):
            section_items = section_items or "bullets"
            if m.end() < len(line):
                blocks.append(Block("meta", s, s + m.end(), label="marker"))
                blocks.append(Block("bullet", s + m.end(), e, section=section or "body"))
            else:
                blocks.append(Block("meta", s, e, label="marker"))
            continue
        if _is_heading(line) and (nxt == "" or BULLET.match(nxt) or _nwords(nxt) > _nwords(line)) \
                and (seen_prose or _norm(line) in SECTION_HEADINGS):
            blocks.append(Block("meta", s, e, label="heading"))
            section = _section_label(line)
            section_items = ""
            continue
        if section and section_items == "bullets":
            section = ""  # prose after a bulleted list (Key Points, Risks) goes back to the body
        section_items = "prose"
        if not seen_prose:
            m = _DATELINE.match(line)
            if m and _nwords(line[m.end():]) >= 6:
                blocks.append(Block("meta", s, s + m.end(), label="dateline"))
                fields.setdefault("dateline", m.group("place").strip(" ,"))
                if m.group("date") and "published" not in fields:
                    d = parse_date(m.group("date"))
                    if d:
                        fields["published"] = d.iso()
                s = s + m.end()
            blocks.append(Block("paragraph", s, e, section=section or "lede"))
            seen_prose = True
            continue
        blocks.append(Block("paragraph", s, e, section=section or "body"))
