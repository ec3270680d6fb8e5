"""Article structure: header metadata, paragraphs with section labels, page furniture.

The parser walks the document text line by line (hard-wrapped prose is joined into one
paragraph) and gives every non-white-space character exactly one :class:`Block`, so that
every character is accounted for as metadata, analysed text or boilerplate. A line may be
cut into several blocks: furniture inside a paragraph (a gallery run, a promo, a credit
sentence) becomes its own boilerplate block and the prose around it stays analysed.

Rules (general news layout, not tuned to one site; the patterns live in
:mod:`presslens.lexicons.layout` and :mod:`presslens.lexicons.common`):

- Header zone (the lines before the first prose paragraph, at most ``HEADER_LINES``): an
  outlet-and-date line ("CNN, 2016-06-13", "Reuters — June 13, 2016"), a date line
  ("World February 1, 2026", "Published 3:04 PM ET, Mon June 13, 2016"), a byline
  ("By A, B and C", "By X | Outlet | date", "By X, Outlet"), a line of authors' names, a
  repeat of the outlet's name, an outlet line ("Daijiworld Media Network - Islamabad"), the
  headline (the first other line), other headlines in title case, and a standfirst.
- A dateline at the start of the first paragraph ("Islamabad, Feb 2:", "QUETTA (AP) —",
  "(CNN)").
- Headings (short lines without final punctuation) open a section; known headings map to
  labels (``SECTION_HEADINGS``), others give a label of at most four whole words; link-list
  headings ("More from World", "Related") make what follows boilerplate. Longer lines
  without final punctuation between paragraphs are promoted headlines or subheads.
- Bullets ("•", "-", "1.") are paragraphs of kind ``bullet``; their marker is metadata.
  "Story highlights" opens a block of highlights (section ``key_points``).
- Furniture, with its reason: gallery and photo captions (also by their credit or a
  "left/right" position), video promos, share bars, related links, newsletter lines,
  editor's notes and update stamps, contributor credits, copyright lines, advertisements,
  headlines in capitals, embedded tweets (the signature line and the lines of the same
  tweet above it), pull quotes (a line repeated inside another paragraph), author
  biographies (a first or last paragraph about a byline's author), repeats of the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from presslens.corpus.dates import DATE_RE, parse_date
from presslens.corpus.tokenize import sentence_spans
from presslens.lexicons.common import BULLET, LINK_LIST_HEADING, OUTLET_WORDS, SECTION_HEADINGS, STOPWORDS
from presslens.lexicons.layout import (
    ALL_CAPS_PROMO_MIN_WORDS, BIO_CUES, BIO_STRONG_CUES, NOT_NAME_WORDS, CAPTION_POSITION, DATE_PREFIX, FURNITURE_LINES, FURNITURE_SENTENCES,
    FURNITURE_SPANS, GLUED_WORD, HIGHLIGHTS_LABEL, NAMES_LINE, PERSON_NAME, PHOTO_CREDIT, POST_SIGNATURE,
    SENTENCE_CUES, SPAN_CUES, TIME, TOOLTIP_END, TOOLTIP_MAX_CHARS, TWEET_MAX_CHARS, TWEET_SIGNATURE, WEEKDAY, WEEKDAYS,
    WIRE_AGENCIES,
)
from presslens.lexicons.speech import REPORTING_VERBS

#: Block kinds whose text is analysed (sentences, tokens, every capability).
ANALYSED_KINDS = ("headline", "standfirst", "paragraph", "bullet")
#: How many lines at the top may be header (metadata, headline, standfirst).
HEADER_LINES = 10
#: Longest line (in words) that can be a headline, and a standfirst.
HEADLINE_MAX_WORDS = 30
STANDFIRST_MAX_WORDS = 70
#: Longest line (in words) that can be a heading; longer lines without final punctuation up
#: to ``HEADLINE_LIKE_MAX_WORDS`` between paragraphs are promoted headlines or subheads.
HEADING_MAX_WORDS = 8
HEADLINE_LIKE_MAX_WORDS = 14
#: Longest line (in words) that a share/subscribe boilerplate pattern may match.
BOILERPLATE_MAX_WORDS = 15
#: A caption (a line ending in a photo credit, or naming who stands left and right) has at most this many words.
CAPTION_MAX_WORDS = 80
POSITION_CAPTION_MAX_WORDS = 50
#: A paragraph of at most this many words whose furniture sentences make up at least half
#: of it is set aside whole (a credit line of two sentences, a newsletter box).
SHORT_PARAGRAPH_WORDS = 80
#: Characters at the end of a line searched for a photo credit or a tweet's signature.
TAIL_CHARS = 240
#: Text after a photo credit on the caption's line, up to this many words, is a promo box glued to it.
PROMO_AFTER_CAPTION_WORDS = 60
#: Most lines an explainer box runs on after its first line.
BOX_MAX_LINES = 4
_BOX_OPENER = re.compile(r"\bShow\s+Hide\b")
_BOX_CREDIT = re.compile(r"[.!?’'\"”]\s+" + PERSON_NAME + r"(?:\s+and\s+" + PERSON_NAME + r")?\s*$")
#: A line repeated inside another paragraph (a pull quote) has between these many words.
PULL_QUOTE_WORDS = (6, 60)

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”]\s*,?\s*$")
#: What a ``_TERMINAL`` match may hold after its first character (closing marks, a comma, white space).
_CLOSING_RUN = re.compile(r"[\"'”’)\],\s]*")
_BYLINE = re.compile(r"^(?:by|written by|words by|author:|authors:|reporting by)\s+(?P<name>[^\d].{1,300})$", re.I)
_DATE_TAIL = (r"(?P<date>" + DATE_RE.pattern + r")(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
              r"(?:\s*(?:,|at|-|–)?\s*" + TIME + r")?(?:\s*\((?:updated|published)[^()]{0,60}\))?\s*$")
_DATE_LINE = re.compile(
    r"^(?:(?P<prefix>" + DATE_PREFIX + r")\s*)?(?:(?P<desk>[A-Z][\w&']*(?:[ ][A-Z][\w&']*){0,3})\s+)?"
    r"(?:(?P<time>" + TIME + r")\s*,?\s+)?(?:" + WEEKDAY + r"\s+)?" + _DATE_TAIL, re.X | re.I)
_OUTLET_DATE_LINE = re.compile(
    r"^(?P<outlet>[^\n]{2,80}?)\s*(?:,|\s[—–|-]|[—–|])\s*(?:(?P<prefix>" + DATE_PREFIX + r")\s*)?"
    r"(?:" + TIME + r"\s*,?\s+)?(?:" + WEEKDAY + r"\s+)?" + _DATE_TAIL, re.X | re.I)
_OUTLET_LINE = re.compile(r"^(?P<outlet>[^\n]{2,60}?)\s+[-–—|]\s+(?P<place>[A-Z][\w .'’-]{1,40})$")
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in WIRE_AGENCIES), key=len, reverse=True))
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?:[ ,]{1,2}[A-Z][\w.'’-]+){0,3}?)"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)))?"
    r"\s*(?:\((?:" + _AGENCY_ALT + r")\)\s*)?"
    r"(?:[:—–]|\s-{1,2})\s*(?=\S)"
)
#: "(CNN) …", "Harwick, England (CNN) …": a wire or broadcaster in parentheses opens the text.
_AGENCY_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][\w.'’-]+(?:[ ,]{1,2}[A-Z][\w.'’-]+){0,3}?)\s*)?\((?:" + _AGENCY_ALT + r")\)\s*(?:[:—–-]{1,2}\s*)?(?=[A-Z\"“‘'])")
#: (The line break comes first and the character before it is looked behind at from after it:
#: a pattern that starts with a plain character is searched for that character, far faster.)
_HARD_WRAP = re.compile(r"\n(?<=[^\s.!?:;\"”'’]\n)(?=[ \t]*[a-z0-9(])")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_GALLERY_CUE = re.compile(r"(?i:hide\s+caption)|\bPhotos?:")
_GALLERY_MARK = re.compile(r"\bHide Caption\s+(\d+)\s+of\s+(\d+)\b", re.I)
_GALLERY_TITLE = re.compile(r"\bPhotos?:\s+(?P<t>[^\n]{4,90}?)\s+Photos?:\s+(?P=t)(?=\s|$)")
_CREDIT_DESK = r"(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Bloomberg|Pool|Xinhua)"
_INLINE_CREDIT = re.compile(r"\s*(?:\|\s*[A-Z][^|\n]{1,80}?/\s*" + _CREDIT_DESK + r"(?:\s*/\s*" + _CREDIT_DESK + r")*(?:\s+Photo)?"
                            r"(?:;\s*[A-Z][^|;\n]{1,60}?/\s*" + _CREDIT_DESK + r"(?:\s+Photo)?)*\b"
                            r"|\(\s*(?:Photo|Photos|Image|Picture)\s*:[^()\n]{2,120}\))")
_TWEET_MARKS = re.compile(r"@\w|#\w|pic\.twitter|t\.co/|https?://")
#: Longest line of a tweet above its signature line that has no mention, hashtag or link.
TWEET_LINE_CHARS = 120
_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for by with from as vs via per into onto over is are".split())
#: Reporting verbs in the past tense: a short line with one is a sentence, not a heading.
_REPORTING = frozenset(v for v in REPORTING_VERBS if v.endswith(("ed", "id", "ld", "ote")))
_LEAD_IN_VERBS = frozenset({"said", "says", "wrote", "writes", "tweeted", "tweets", "posted", "added", "told"})
#: Words of a lead-in to an embedded post ("… tweeted on Tuesday", "… wrote on Twitter").
_POSTED_VERBS = frozenset({"tweeted", "tweets", "wrote", "writes", "posted", "twitter", "tweet", "instagram", "facebook"})


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
            ``heading``, ``marker``, ``separator``); for ``boilerplate``, the reason.
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
        blocks: every piece of the text, in text order (a line is one block or several).
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


@lru_cache(maxsize=8192)
def _nwords(s: str) -> int:
    return len(_WORD.findall(s))


@lru_cache(maxsize=8192)
def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _ends_sentence(s: str) -> bool:
    """Tell whether ``_TERMINAL`` matches, searching only the last characters when that is enough.

    A match starting before them would leave only closing marks, commas and white space there.
    """
    k = len(s) - 8
    if k > 0 and not _CLOSING_RUN.fullmatch(s, k):
        return bool(_TERMINAL.search(s, k))
    return bool(_TERMINAL.search(s))


@lru_cache(maxsize=8192)
def _is_prose(s: str) -> bool:
    return _ends_sentence(s) and _nwords(s) >= 12


def _is_heading(s: str) -> bool:
    n = _nwords(s)
    first = _ALNUM.search(s)
    if not (0 < n <= HEADING_MAX_WORDS) or _TERMINAL.search(s) or not first or not first.group().isupper() \
            or s[:1] not in first.group() + "'‘\"“" or BULLET.match(s):
        return False
    if s.rstrip().endswith(":") and _norm(s) not in SECTION_HEADINGS and not LINK_LIST_HEADING.match(_norm(s)):
        return False  # a lead-in to a quote or list ("The harbour master told reporters:") is prose
    return not (set(_WORD.findall(s.lower())) & _REPORTING)


def _is_headline_like(s: str) -> bool:
    """A line of 9–14 words without final punctuation: a promoted headline or a subhead, not prose."""
    n = _nwords(s)
    if not (HEADING_MAX_WORDS < n <= HEADLINE_LIKE_MAX_WORDS) or _TERMINAL.search(s) or BULLET.match(s):
        return False
    if not (s[:1].isupper() or s[:1].isdigit() or s[:1] in "'‘\"“") or s.rstrip()[-1:] in ",;:—–-(/&":
        return False
    words = _WORD.findall(s)
    if sum(w[0].isdigit() for w in words) * 2 >= len(words):
        return False  # a line of figures ("3.2% (12th lowest) Bridges: 9.7%") is data, not a headline
    return not (set(_WORD.findall(s.lower())) & (_REPORTING | _LEAD_IN_VERBS))


def _is_title_case(s: str) -> bool:
    """Most words capitalised ("'We Will Rebuild' In Brackwell, Mayor Says …"): a headline's style."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s) if w.lower() not in _SMALL_WORDS]
    if len(words) < 4 or _TERMINAL.search(s.rstrip("?!")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _is_all_caps(s: str) -> bool:
    return s.upper() == s and s.lower() != s and _nwords(s) >= ALL_CAPS_PROMO_MIN_WORDS


def _flagged(p: re.Pattern[str]) -> str:
    return f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else p.pattern


def _cheap_start(p: re.Pattern[str]) -> bool:
    """A rule that matches at the start of a line and fails fast (no scan along the line)."""
    return p.pattern.startswith("^") and not p.pattern.startswith(("^[^", "^.", "^(?="))


#: The whole-line rules that match at the start of a line, tried at once (the first in order wins).
_LINE_STARTS = re.compile("|".join(f"(?P<r{i}>{_flagged(p)})" for i, (_, p, _) in enumerate(FURNITURE_LINES)
                                   if _cheap_start(p)))


#: The characters other than ASCII that ``re.IGNORECASE`` matches to an ASCII letter (İ ı ſ and
#: the Kelvin sign).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_hold(s: str, parts: tuple[str, ...], *, ignore_case: bool) -> bool:
    """A cheap test before a pattern every match of which holds one of ``parts``: False only when it cannot match.

    Args:
        s: the text the pattern is about to be searched in.
        parts: lower-case ASCII strings (for ``ignore_case``) one of which each match contains.
        ignore_case: the pattern ignores letter case (as ``re.IGNORECASE`` does).

    Returns:
        False when no part is in ``s``; True otherwise (the pattern must then be tried).
    """
    if not ignore_case:
        return any(p in s for p in parts)
    low = s.lower()  # lower-cases ASCII letters as the pattern matches them; only four others fold to ASCII
    return any(p in low for p in parts) or not s.isascii() and any(c in s for c in _FOLDS_TO_ASCII)


#: Cheap necessary conditions of the whole-line rules that are searched along the line: strings
#: one of which every match of the pattern holds (a rule not listed is always searched; a changed
#: pattern loses its entry, so a test checks each listed pattern is a current rule).
_SEARCH_NEEDS: dict[str, tuple[str, ...]] = {
    r"(?:\s[–—-]\s*video|\s\d{1,2}:\d\d)\s*$": ("video", ":"),
    r"^[^\n]{0,120}?\bShow\s+Hide\b": ("Show",),
    r"\bread\s+more\s*$": ("more",),
    r"all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced),?\s+(?:broadcast|rewritten|redistributed|distributed)":
        ("rights", "may"),
}
#: (reason, pattern, most words, matched at the start, cheap test's strings, ignores case, searched in the whole line).
_RULES = [(r, p, w, _cheap_start(p), _SEARCH_NEEDS.get(p.pattern), bool(p.flags & re.IGNORECASE), p.pattern.startswith("^"))
          for r, p, w in FURNITURE_LINES]


#: Every ``CAPTION_POSITION`` match holds one of these (letter case ignored as the pattern ignores it).
_POSITION_PARTS = ("left", "right", "cent", "top", "bottom", "ground")


def _may_name_positions(s: str) -> bool:
    """A cheap test before ``CAPTION_POSITION``: False only when it cannot match."""
    return _may_hold(s, _POSITION_PARTS, ignore_case=True)


@lru_cache(maxsize=8192)
def _line_furniture(s: str) -> str | None:
    """The furniture reason of a whole line, or None when it is not furniture by its own shape."""
    n = _nwords(s)
    tail = s[-TAIL_CHARS:]  # the patterns anchored at the end of the line only need its end
    m = _LINE_STARTS.match(s)
    first = int(m.lastgroup[1:]) if m else len(FURNITURE_LINES)
    folded: tuple[str, str, bool] | None = None  # (text, lower-cased, has a character folding to ASCII), made once
    for k, (reason, pattern, max_words, starts, needs, folds, whole) in enumerate(_RULES):
        if starts and k < first or max_words and n > max_words:
            continue  # a start rule before the first one that matched cannot match
        if k == first:
            return reason
        if not starts:
            where = s if whole else tail
            if needs:  # the cheap test of _may_hold, with the lower-cased text shared by the rules
                if not folds:
                    hit = any(p in where for p in needs)
                else:
                    if folded is None or folded[0] is not where:
                        folded = (where, where.lower(), not where.isascii() and any(c in where for c in _FOLDS_TO_ASCII))
                    hit = folded[2] or any(p in folded[1] for p in needs)
                if not hit:
                    continue
            if pattern.search(where):
                return reason
    if _is_all_caps(s) and not _TERMINAL.search(s):
        return "headline in capitals (promo)"
    if n <= CAPTION_MAX_WORDS and ("/" in tail or "|" in tail or ":" in tail and ("hoto" in tail or "mage" in tail)) \
            and PHOTO_CREDIT.search(tail):  # every credit holds "/", "|" or ":"
        return "photo caption"
    if n <= POSITION_CAPTION_MAX_WORDS and _may_name_positions(s) and CAPTION_POSITION.search(s) \
            and len(sentence_spans(s)) <= 3:
        return "photo caption"
    if "shared by" in s and POST_SIGNATURE.search(s):
        return "embedded post"
    if "(@" in tail and TWEET_SIGNATURE.search(tail) and _tweet_text_len(s) <= 2 * TWEET_MAX_CHARS:
        return "embedded tweet"
    return None


def _is_outlet_line(s: str) -> re.Match[str] | None:
    m = _OUTLET_LINE.match(s)
    if m and set(_WORD.findall(m.group("outlet").lower())) & OUTLET_WORDS:
        return m
    return None


def _looks_like_outlet(part: str) -> bool:
    """A byline's trailing part that names an outlet ("CNN", "Associated Press"), not a person."""
    part = part.strip(" .")
    letters = [c for c in part if c.isalpha()]
    if not letters or _nwords(part) > 5:
        return False
    if all(c.isupper() for c in letters) and _nwords(part) <= 3:
        return True
    return bool(set(_WORD.findall(part.lower())) & OUTLET_WORDS)


def _split_byline(name: str) -> tuple[str, str]:
    """(authors, outlet) of a byline's text: "Jane Doe and John Roe, Reuters" → ("Jane Doe and John Roe", "Reuters")."""
    name = name.strip()
    m = re.match(r"^(?P<who>.+?)\s*(?:,|\||\bfor\b|—|–)\s*(?P<tail>[^,|]+)$", name)
    if m and _looks_like_outlet(m.group("tail")) and not _looks_like_outlet(m.group("who")):
        return m.group("who").strip(" ,"), m.group("tail").strip(" .")
    return name, ""


def _outlet_date(line: str) -> re.Match[str] | None:
    """An "<Outlet>, <date>" line ("CNN (Web News), 2015-01-07", "Reuters — June 13, 2016")."""
    m = _OUTLET_DATE_LINE.match(line)
    if not m:
        return None
    outlet = m.group("outlet").strip()
    if _nwords(outlet) > 8 or _BYLINE.match(outlet) or DATE_RE.search(outlet) or _TERMINAL.search(outlet):
        return None
    if outlet.lower().strip(".,") in WEEKDAYS or re.fullmatch(TIME, outlet, re.I) or re.fullmatch(DATE_PREFIX, outlet, re.I):
        return None
    if not (outlet[:1].isupper() or outlet[:1].isdigit()):
        return None
    return m


def _section_label(heading: str) -> str:
    """A section label from a heading: a known label, else at most four whole words (stopwords trimmed)."""
    key = _norm(heading)
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    words = key.split()
    while words and words[0] in STOPWORDS:
        words = words[1:]
    words = words[:4]
    while len(words) > 1 and words[-1] in STOPWORDS:
        words = words[:-1]
    return "_".join(words) or "body"


def parse_text(text: str, *, header_blocks: int = 0, known: dict[str, str] | None = None) -> ParsedText:
    """Classify every piece of a document text.

    Args:
        text: the document text.
        header_blocks: number of leading lines already known to be the headline and the
            standfirst (from JSON or HTML fields); the headline rules are then skipped, and
            only bylines, date and outlet lines are looked for before the body.
        known: fields already known (``headline``, ``standfirst``), used to mark repeats.

    Returns:
        The blocks (covering every non-white-space character) and the fields found.
    """
    known = known or {}
    lines = _lines(text)
    blocks: list[Block] = []
    fields: dict[str, str] = {}
    if header_blocks:
        kinds = ["headline", "standfirst"] if known.get("headline") else ["standfirst"]
        for (s, e), kind in zip(lines[:header_blocks], kinds):
            blocks.append(Block(kind, s, e, section=kind))
            fields[kind] = text[s:e]
        i = _parse_header(text, lines, blocks, fields, start=header_blocks, known_header=True, known=known)
    else:
        i = _parse_header(text, lines, blocks, fields)
    _parse_body(text, lines[i:], blocks, fields, byline=fields.get("byline") or known.get("byline", ""))
    return ParsedText(tuple(blocks), fields)


def _set_date(fields: dict[str, str], date_text: str) -> None:
    d = parse_date(date_text)
    if d and "published" not in fields:
        fields["published"] = d.iso()


def _header_meta(line: str, fields: dict[str, str], *, after_header: bool, known: dict[str, str] | None = None) -> str | None:
    """The metadata label of a header line ("outlet", "date", "byline"), filling ``fields``; None if it is none.

    Args:
        line: the line.
        fields: header fields found so far (updated).
        after_header: the headline is known (a line of names is then the authors).
        known: fields the file gave (its ``outlet`` makes a repeat of it an outlet line).
    """
    if m := _DATE_LINE.match(line):
        _set_date(fields, m.group("date"))
        desk = (m.group("desk") or "").strip()
        if desk and not m.group("prefix") and desk.lower().strip(".,") not in WEEKDAYS:
            fields.setdefault("desk", desk)
        return "date"
    if m := _outlet_date(line):
        fields.setdefault("outlet", m.group("outlet").strip())
        _set_date(fields, m.group("date"))
        return "outlet"
    parts = [p.strip() for p in re.split(r"\s+\|\s+", line)] if " | " in line else [line]
    if len(parts) > 1 and _BYLINE.match(parts[0]):
        for p in parts:
            if bm := _BYLINE.match(p):
                who, outlet = _split_byline(bm.group("name"))
                fields.setdefault("byline", who)
                if outlet:
                    fields.setdefault("outlet", outlet)
            elif dm := _DATE_LINE.match(p):
                _set_date(fields, dm.group("date"))
            elif _nwords(p) <= 6:
                fields.setdefault("outlet", p)
        return "byline"
    if m := _BYLINE.match(line):
        who, outlet = _split_byline(m.group("name"))
        fields.setdefault("byline", who)
        if outlet:
            fields.setdefault("outlet", outlet)
        return "byline"
    outlet = _norm(fields.get("outlet") or (known or {}).get("outlet", "")).replace(" ", "")
    if outlet and _nwords(line) <= 5 and _norm(line).replace(" ", "").startswith(outlet[:max(3, len(outlet) - 4)]):
        return "outlet"
    if after_header and NAMES_LINE.match(line) and not any(len(w) > 3 and w.isupper() for w in line.split()) \
            and not set(_WORD.findall(line.lower())) & NOT_NAME_WORDS:
        fields.setdefault("byline", line.strip())
        return "byline"
    return None


def _parse_header(text: str, lines: list[tuple[int, int]], blocks: list[Block], fields: dict[str, str], *,
                  start: int = 0, known_header: bool = False, known: dict[str, str] | None = None) -> int:
    """Classify the header lines; return the index of the first body line."""
    i = start
    while i < min(len(lines), start + HEADER_LINES):
        s, e = lines[i]
        line = text[s:e]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if not known_header and "headline" not in fields and _nwords(line) <= HEADLINE_MAX_WORDS and nxt \
                and _header_meta(nxt, dict(fields), after_header=True, known=known) in ("byline", "date", "outlet") \
                and not _header_meta(line, dict(fields), after_header=False, known=known):
            fields["headline"] = line  # a headline ending in "?", "!" or a quotation, above a byline or date line
            blocks.append(Block("headline", s, e, section="headline"))
            i += 1
            continue
        if _is_prose(line) or _DATELINE.match(line) and _nwords(line) > 12 or HIGHLIGHTS_LABEL.match(line):
            break
        if label := _header_meta(line, fields, after_header=known_header or "headline" in fields, known=known):
            blocks.append(Block("meta", s, e, label=label))
        elif reason := _line_furniture(line):
            blocks.append(Block("boilerplate", s, e, label=reason))
        elif (m := _is_outlet_line(line)) and "headline" not in fields:
            fields.setdefault("outlet", m.group("outlet").strip())
            fields.setdefault("place", m.group("place").strip())
            blocks.append(Block("meta", s, e, label="outlet"))
        elif known_header:
            if fields.get("headline") and (_norm(line) == _norm(fields["headline"])):
                blocks.append(Block("boilerplate", s, e, label="repeated headline"))
            elif _is_title_case(line) and not _TERMINAL.search(line):
                blocks.append(Block("boilerplate", s, e, label="other headline"))
            else:
                break
        elif "headline" not in fields and 3 <= _nwords(line) <= HEADLINE_MAX_WORDS \
                and not _TERMINAL.search(line.rstrip("?!")):
            fields["headline"] = line
            blocks.append(Block("headline", s, e, section="headline"))
        elif fields.get("headline") and _norm(line) == _norm(fields["headline"]):
            blocks.append(Block("boilerplate", s, e, label="repeated headline"))
        elif fields.get("headline") and _is_title_case(line) and not _TERMINAL.search(line):
            blocks.append(Block("boilerplate", s, e, label="other headline"))
        elif "headline" in fields and "standfirst" not in fields and 6 <= _nwords(line) <= STANDFIRST_MAX_WORDS:
            fields["standfirst"] = line
            blocks.append(Block("standfirst", s, e, section="standfirst"))
        else:
            break
        i += 1
    return i


# --- context rules: tweets, pull quotes, biographies ----------------------------------------

def _tweet_text_len(line: str) -> int:
    """Characters of a tweet's own text (links and the signature left out)."""
    m = TWEET_SIGNATURE.search(line)
    body = line[:m.start()] if m else line
    return len(_URL.sub("", body).strip())


def _names_tweeter(line: str, signature: str) -> bool:
    """The line names the tweet's author (a lead-in sentence such as "X even went so far as to …")."""
    m = re.search(r"[—–-]{1,2}\s*(?P<name>[^—–(\n]{1,80}?)\s*\(@", signature)
    if not m:
        return False
    names = [w for w in _WORD.findall(m.group("name")) if len(w) > 2 and w[0].isupper()]
    return bool(names) and all(re.search(rf"\b{re.escape(w)}\b", line) for w in names)


def _tweet_lines(text: str, lines: list[tuple[int, int]]) -> dict[int, str]:
    """Lines that belong to embedded tweets: each signature line and the lines of its tweet above it."""
    out: dict[int, str] = {}
    sig = [("(@" in text[max(s, e - TAIL_CHARS):e]) and bool(TWEET_SIGNATURE.search(text[max(s, e - TAIL_CHARS):e]))
           for s, e in lines]
    for n, (s, e) in enumerate(lines):
        if not sig[n]:
            continue
        line = text[s:e]
        if _tweet_text_len(line) > 2 * TWEET_MAX_CHARS:
            continue  # prose ending in a signature: the inline rules cut only what they recognise
        out[n] = "embedded tweet"
        total, chain, j, lead_in = _tweet_text_len(line), [], n - 1, False
        while j >= 0 and not sig[j]:
            prev = text[lines[j][0]:lines[j][1]]
            words = set(_WORD.findall(prev.lower()))
            lead_in = prev.rstrip().endswith(":") or _names_tweeter(prev, line) or bool(words & _POSTED_VERBS)
            if lead_in or words & _LEAD_IN_VERBS or total + len(prev) > TWEET_MAX_CHARS \
                    or len(prev) > (TWEET_MAX_CHARS * 2 // 3 if _TWEET_MARKS.search(prev) else TWEET_LINE_CHARS) \
                    or BULLET.match(prev) or _line_furniture(prev):
                break
            chain.append(j)
            total += len(prev)
            j -= 1
        # the lines above a signature are the same tweet only when something closes them off above:
        # a lead-in ("… tweeted:", a sentence naming the author), another tweet, furniture or the top
        if chain and (j < 0 or sig[j] or lead_in or _line_furniture(text[lines[j][0]:lines[j][1]])):
            for k in chain:
                out[k] = "embedded tweet"
    return out


def _pull_quotes(text: str, lines: list[tuple[int, int]], skip: set[int]) -> dict[int, str]:
    """Lines repeated word for word inside another paragraph (pull quotes), and later copies of a paragraph."""
    lo, hi = PULL_QUOTE_WORDS
    out: dict[int, str] = {}
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        if n in skip or text.count(line) < 2 or not (lo <= _nwords(line) <= hi) or _is_heading(line):
            continue
        for m, (s2, e2) in enumerate(lines):
            if m == n or m in skip:
                continue
            other = text[s2:e2]
            if len(other) > len(line) and line in other:
                out[n] = "pull quote (repeated in the text)"
                break
            if other == line and m < n:
                out[n] = "repeated paragraph"
                break
    return out


_BIO_START = re.compile(PERSON_NAME + r",?\s+(?:is|was|has\s+(?:taught|written|covered|served|worked))\s")


def _byline_names(byline: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|&|\band\b)\s*", byline)
    return [p.strip(" .\"'") for p in parts if len(p.split()) >= 2]


def _is_bio(line: str, byline: str, *, last: bool) -> bool:
    """An author's biography: a paragraph about one of the byline's authors ("X is … the author of …")."""
    if _nwords(line) > SHORT_PARAGRAPH_WORDS * 2:
        return False
    for name in _byline_names(byline):
        if line.startswith(name) and re.match(r"\s+(?:is|has|was|teaches|writes|covers|served|worked)\b", line[len(name):]):
            return bool(BIO_CUES.search(line))
    if last and _nwords(line) <= SHORT_PARAGRAPH_WORDS and _BIO_START.match(line):
        return len(BIO_CUES.findall(line)) >= 2 or bool(BIO_STRONG_CUES.search(line))
    return False


def _box_lines(text: str, lines: list[tuple[int, int]]) -> dict[int, str]:
    """Lines that continue an explainer box ("Timeline … Show Hide …") up to the box's closing credit.

    A box that does not end on its first line runs on over at most ``BOX_MAX_LINES`` lines when
    one of them ends with its authors' names after a full stop ("… were injured. Ann Lee and Bo
    Park"); without such a credit only the first line is the box.
    """
    out: dict[int, str] = {}
    for n, (s, e) in enumerate(lines):
        head = text[s:min(e, s + 200)]
        if "Hide" not in head or not _BOX_OPENER.search(head) or _BOX_CREDIT.search(text[s:e]):
            continue
        for k in range(n + 1, min(len(lines), n + 1 + BOX_MAX_LINES)):
            if _BOX_CREDIT.search(text[lines[k][0]:lines[k][1]]):
                out.update({j: "explainer box" for j in range(n + 1, k + 1)})
                break
    return out


def _context_furniture(text: str, lines: list[tuple[int, int]], *, byline: str) -> dict[int, str]:
    """Body lines that are furniture because of the lines around them (tweets, boxes, pull quotes, biographies)."""
    out = _tweet_lines(text, lines)
    out.update(_box_lines(text, lines))
    out.update({k: v for k, v in _pull_quotes(text, lines, set(out)).items() if k not in out})
    prose_at = (n for n, (s, e) in enumerate(lines) if n not in out and _is_prose(text[s:e]))
    first = next(prose_at, None)
    last = next((n for n in range(len(lines) - 1, -1, -1) if n not in out and _is_prose(text[lines[n][0]:lines[n][1]])
                 and not _line_furniture(text[lines[n][0]:lines[n][1]])), None)
    for n in dict.fromkeys(k for k in (first, last) if k is not None):
        if _is_bio(text[lines[n][0]:lines[n][1]], byline, last=n == last):
            out[n] = "author biography"
    return out


# --- inline furniture: pieces of a paragraph -------------------------------------------------

def _gallery_spans(line: str) -> list[tuple[int, int]]:
    """A photo-gallery run inside a paragraph: from its opener to the last "Hide Caption N of M"."""
    marks = list(_GALLERY_MARK.finditer(line))
    titles = list(_GALLERY_TITLE.finditer(line))
    if not marks and not titles:
        return []
    start = min([m.start() for m in marks] + [t.start() for t in titles])
    # the caption text before a first "Hide Caption" belongs to the gallery when an opener precedes it
    if marks and (not titles or titles[0].start() > marks[0].start()):
        opener = line.rfind("Photos:", 0, marks[0].start())
        start = opener if opener >= 0 else marks[0].start()
    end = len(line)
    if marks and marks[-1].group(1) == marks[-1].group(2) and marks[-1].end() > start:
        end = marks[-1].end()
    return [(start, end)]


def _tooltip_spans(line: str) -> list[tuple[int, int]]:
    """Name tooltips: "<full name><related headline>… MORE", the name repeated after its mention.

    The tooltip starts at the full name that follows the mention in the prose ("Mayor
    Okafor Ruth Anne OkaforValley …"): the glued word must begin with a word written just
    before it (the surname), which tells a tooltip from a brand name such as "McTavish".
    """
    out: list[tuple[int, int]] = []
    floor = 0
    for m in TOOLTIP_END.finditer(line):
        lo = max(floor, m.start() - TOOLTIP_MAX_CHARS)
        for glued in GLUED_WORD.finditer(line, lo, m.start()):
            tok = glued.group()
            words = list(re.finditer(r"\S+", line[max(lo, glued.start() - 120):glued.start()]))
            before = [w.group().strip(",.()") for w in words[-7:]]
            splits = [k for k in range(1, len(tok)) if tok[k - 1].islower() and tok[k].isupper()]
            surname = next((tok[:k] for k in splits if tok[:k] in before), None)
            if surname is None:
                continue
            base = max(lo, glued.start() - 120)
            start = glued.start()
            for w in reversed(words[-6:]):
                word = w.group().strip(",.()")
                if word == surname or not word[:1].isupper():
                    break
                start = base + w.start()
            out.append((start, m.end()))
            floor = m.end()
            break
    return out


def _inline_spans(line: str) -> list[tuple[int, int, str]]:
    """Furniture pieces inside one paragraph, as (start, end, reason) relative to the line."""
    spans: list[tuple[int, int, str]] = []
    if ("Photo" in line or "aption" in line) and _GALLERY_CUE.search(line):
        spans += [(s, e, "photo gallery caption") for s, e in _gallery_spans(line)]
    if SPAN_CUES.search(line):
        for reason, pattern in FURNITURE_SPANS:
            spans += [(m.start(), m.end(), reason) for m in pattern.finditer(line) if m.end() > m.start()]
    if "MORE" in line:
        spans += [(s, e, "related headlines tooltip") for s, e in _tooltip_spans(line)]
    if (m := _INLINE_CREDIT.search(line)) if ("|" in line or "(Photo" in line or "(Image" in line) else None:
        if _nwords(line[:m.start()]) <= CAPTION_MAX_WORDS:
            spans.append((0, m.end(), "photo caption"))
            rest = line[m.end():].strip()
            if 0 < _nwords(rest) <= PROMO_AFTER_CAPTION_WORDS and not HIGHLIGHTS_LABEL.match(rest):  # a glued promo box
                spans.append((m.end(), len(line), "promo after a caption"))
    low = line.lower()
    if any(cue in low for cue in SENTENCE_CUES):
        sents = sentence_spans(line)
        hits = []
        for s, e in sents:
            sent = line[s:e]
            for reason, pattern in FURNITURE_SENTENCES:
                if pattern.search(sent):
                    hits.append((s, e, reason))
                    break
        if hits:
            covered = sum(e - s for s, e, _ in hits)
            if _nwords(line) <= SHORT_PARAGRAPH_WORDS and covered >= 0.5 * len(line.strip()):
                hits = [(0, len(line), hits[0][2])]
            spans += hits
    return spans


def _pieces(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """Split a line into prose (reason None) and furniture pieces; slivers of prose join their furniture."""
    merged: list[list] = []
    for s, e, r in sorted(spans):
        if merged and (s < merged[-1][1] or s == merged[-1][1] and r == merged[-1][2]):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, r])
    pieces: list[list] = []
    pos = 0
    for s, e, r in merged:
        if s > pos:
            pieces.append([pos, s, None])
        pieces.append([s, e, r])
        pos = e
    if pos < len(line):
        pieces.append([pos, len(line), None])
    for k, p in enumerate(pieces):  # a piece of prose of fewer than two words is a sliver of the furniture
        if p[2] is None and len(_WORD.findall(line[p[0]:p[1]])) < 2:
            near = [q for q in (pieces[k - 1] if k else None, pieces[k + 1] if k + 1 < len(pieces) else None) if q and q[2]]
            if near:
                p[2] = near[0][2]
    out: list[tuple[int, int, str | None]] = []
    for s, e, r in pieces:
        seg = line[s:e]
        ls, rs = len(seg) - len(seg.lstrip()), len(seg) - len(seg.rstrip())
        if e - rs <= s + ls:
            continue
        if out and r is not None and out[-1][2] == r:
            out[-1] = (out[-1][0], e - rs, r)
        else:
            out.append((s + ls, e - rs, r))
    return out


def _emit(blocks: list[Block], text: str, s: int, e: int, *, kind: str, section: str) -> bool:
    """Append the analysed block(s) of one line, furniture inside it cut out; return whether prose remained."""
    line = text[s:e]
    spans = _inline_spans(line)
    if not spans:
        blocks.append(Block(kind, s, e, section=section))
        return True
    prose = False
    for ps, pe, reason in _pieces(line, spans):
        if reason is None:
            blocks.append(Block(kind, s + ps, s + pe, section=section))
            prose = True
        else:
            blocks.append(Block("boilerplate", s + ps, s + pe, label=reason))
    return prose


def _parse_body(text: str, lines: list[tuple[int, int]], blocks: list[Block], fields: dict[str, str], *,
                byline: str = "") -> None:
    """Classify the body lines (paragraphs, headings, bullets, furniture); ``byline`` names the authors."""
    headline = _norm(fields.get("headline", ""))
    context = _context_furniture(text, lines, byline=byline)
    section = ""
    section_items = ""  # what the current heading's section holds so far: "", "bullets" or "prose"
    in_links = False
    in_highlights = False
    seen_prose = False
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        nxt = text[lines[n + 1][0]:lines[n + 1][1]] if n + 1 < len(lines) else ""
        norm = _norm(line)
        if headline and (norm == headline or len(headline.split()) >= 5 and norm.startswith(headline + " ")):
            blocks.append(Block("boilerplate", s, e, label="repeated headline"))
            continue
        if _is_heading(line) and LINK_LIST_HEADING.match(norm):
            blocks.append(Block("boilerplate", s, e, label="link list"))
            in_links = True
            continue
        if in_links:
            if _is_heading(line) and norm in SECTION_HEADINGS:
                in_links = False
            elif not (_is_prose(line) and len(DATE_RE.findall(line)) <= 1 and not BULLET.match(line)):
                blocks.append(Block("boilerplate", s, e, label="link list"))
                continue
            else:
                in_links = False
        if n in context:
            blocks.append(Block("boilerplate", s, e, label=context[n]))
            continue
        if m := HIGHLIGHTS_LABEL.match(line):
            blocks.append(Block("meta", s, s + len(line[:m.end()].rstrip()), label="heading"))
            blocks.append(Block("bullet", s + m.end(), e, section="key_points"))
            in_highlights = True
            continue
        if in_highlights:
            if not _TERMINAL.search(line) and not _line_furniture(line):
                blocks.append(Block("bullet", s, e, section="key_points"))
                continue
            in_highlights = False
        reason = _line_furniture(line)
        if reason:
            blocks.append(Block("boilerplate", s, e, label=reason))
            continue
        if not _ALNUM.search(line):
            blocks.append(Block("meta", s, e, label="separator"))
            continue
        if m := BULLET.match(line):
            section_items = section_items or "bullets"
            if m.end() < len(line):
                blocks.append(Block("meta", s, s + m.end(), label="marker"))
                _emit(blocks, text, s + m.end(), e, kind="bullet", section=section or "body")
            else:
                blocks.append(Block("meta", s, e, label="marker"))
            continue
        if _is_heading(line) and (nxt == "" or BULLET.match(nxt) or _nwords(nxt) > _nwords(line) or _is_heading(nxt)) \
                and (seen_prose or norm in SECTION_HEADINGS):
            blocks.append(Block("meta", s, e, label="heading"))
            section = _section_label(line)
            section_items = ""
            continue
        if seen_prose and _is_headline_like(line):
            blocks.append(Block("boilerplate", s, e, label="headline-like line (link or subhead)"))
            continue
        if section and section_items == "bullets":
            section = ""  # prose after a bulleted list (Key Points, Risks) goes back to the body
        section_items = "prose"
        if not seen_prose:
            m = _DATELINE.match(line)
            if not (m and _nwords(line[m.end():]) >= 6):
                m = _AGENCY_DATELINE.match(line)
            if m and _nwords(line[m.end():]) >= 6:
                blocks.append(Block("meta", s, s + m.end(), label="dateline"))
                if m.group("place"):
                    fields.setdefault("dateline", m.group("place").strip(" ,"))
                if "date" in m.groupdict() and m.group("date") and "published" not in fields:
                    d = parse_date(m.group("date"))
                    if d:
                        fields["published"] = d.iso()
                s = s + m.end()
            seen_prose = _emit(blocks, text, s, e, kind="paragraph", section=section or "lede")
            continue
        _emit(blocks, text, s, e, kind="paragraph", section=section or "body")
