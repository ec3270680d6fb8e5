"""Hedging and certainty: "could not be independently verified", "reportedly", "may", "at least".

Markers come from :data:`presslens.lexicons.framing.HEDGES`, compiled into one regular
expression (longest first) run once per sentence. Two general rules avoid false hits:
a capitalised match that does not open the sentence is a name or a month, not a hedge
("in May"); an approximation ("about", "some", "at least") counts only before a number
("about 40 hours", not "about the attack").

Speed: the marker regex is factored on literal prefixes and run case-sensitively on lower-cased
text where that provably finds the same matches (:func:`presslens.framing.frames.lexicon_spans`);
markers are normalised once per distinct spelling; tables are built column-wise.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.tokenize import WORD_RE, number_value
from presslens.framing.frames import LexiconRegex, column_lists, compile_lexicon, lexicon_spans, ranked_counts
from presslens.lexicons.framing import HEDGE_GROUPS, HEDGES, HEDGES_BEFORE_NUMBER

#: Columns of :func:`hedges_table`.
HEDGE_COLUMNS = ["article_id", "outlet", "section", "sent_id", "group", "marker", "start", "end", "sentence"]
#: Columns of :func:`hedge_rates`.
RATE_COLUMNS = ["outlet", "article_id", "group", "n", "words", "per_1000", "markers"]


@lru_cache(maxsize=1)
def _hedge_regex() -> LexiconRegex:
    """The hedge lexicon compiled (on first use, not on import)."""
    return compile_lexicon(HEDGES)


_NEXT_WORD = re.compile(r"\s*(" + WORD_RE.pattern + ")", re.VERBOSE | re.IGNORECASE)
_KEYS = {re.sub(r"\s+", " ", k): v for k, v in HEDGES.items()}


def _before_number(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    if not m:
        return False
    tok = m.group(1)
    if tok.lower() in ("a", "an") and m.end() < len(text):  # "about a dozen", "nearly a hundred"
        m2 = _NEXT_WORD.match(text, m.end())
        tok = m2.group(1) if m2 else tok
    return number_value(tok) is not None or tok.lower() in ("half", "dozen")


#: Marker as written → normalised marker (lower case, single spaces); emptied when large.
_MARKERS: dict[str, str] = {}
#: Entries kept in the memo before it is emptied.
_MEMO_MAX = 50_000


def _marker(raw: str) -> str:
    """The normalised marker of a match as written (memoised)."""
    m = _MARKERS.get(raw)
    if m is None:
        if len(_MARKERS) > _MEMO_MAX:
            _MARKERS.clear()
        m = _MARKERS[raw] = re.sub(r"\s+", " ", raw.lower())
    return m


def find_hedges(text: str, *, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """Find hedging and certainty markers in one sentence.

    Args:
        text: a sentence.
        offset: added to spans.

    Returns:
        ``(group, marker, start, end)`` in text order; ``marker`` is lower case with single
        spaces.
    """
    out = []
    for a, b in lexicon_spans(_hedge_regex(), text):
        raw = text[a:b]
        marker = _marker(raw)
        if raw[0].isupper() and text[:a].strip(" \"“‘'(") != "":
            continue
        if marker in HEDGES_BEFORE_NUMBER and not _before_number(text, b):
            continue
        group = _KEYS.get(marker)
        if group:
            out.append((group, marker, a + offset, b + offset))
    return out


@accepts_story
def hedges_table(story: Story) -> pd.DataFrame:
    """Every hedging or certainty marker of the story, with its sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet``; ``section``; ``sent_id``; ``group``
        (unverified | reported | belief | modal | approximation | certainty); ``marker``
        (lower case); ``start``, ``end`` (offsets in the article text); ``sentence``.
        Empty with these columns when there is none.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    cols: list[list] = [[] for _ in HEDGE_COLUMNS]
    art_c, out_c, sec_c, sid_c, grp_c, mark_c, a_c, b_c, sent_c = cols
    columns = column_lists(sents, "article_id", "sent_id", "section", "start", "text")
    for art, sent_id, section, s, text in zip(*columns):
        for group, marker, a, b in find_hedges(text, offset=s):
            art_c.append(art)
            out_c.append(labels[art])
            sec_c.append(section)
            sid_c.append(sent_id)
            grp_c.append(group)
            mark_c.append(marker)
            a_c.append(a)
            b_c.append(b)
            sent_c.append(text)
    if not art_c:
        return pd.DataFrame([], columns=HEDGE_COLUMNS)
    return pd.DataFrame(dict(zip(HEDGE_COLUMNS, cols)), columns=HEDGE_COLUMNS)


def hedge_rates(hedges: pd.DataFrame, words: pd.DataFrame) -> pd.DataFrame:
    """Markers per 1,000 words per outlet and group (hedges together as group "all hedges").

    Args:
        hedges: a :func:`hedges_table`.
        words: a :func:`presslens.framing.frames.word_counts` table.

    Returns:
        One row per outlet and group (every group listed, zeros included), plus a row
        ``all hedges`` (every group except ``certainty``). Columns: ``outlet``;
        ``article_id``; ``group``; ``n``; ``words`` (the outlet's words); ``per_1000``;
        ``markers`` (distinct markers, most frequent first, ``;`` separated).
    """
    per_art: dict[tuple, int] = {}
    for art, outlet, n in zip(*column_lists(words, "article_id", "outlet", "words")):
        if not (pd.isna(art) or pd.isna(outlet)):  # groupby drops missing keys
            per_art[(art, outlet)] = per_art.get((art, outlet), 0) + n
    markers: dict[tuple, list] = {}  # (article, group) -> markers in table order
    for art, group, marker in zip(*column_lists(hedges, "article_id", "group", "marker")):
        markers.setdefault((art, group), []).append(marker)
        if group != "certainty":
            markers.setdefault((art, "all hedges"), []).append(marker)
    rows = []
    for (art, outlet), n in per_art.items():
        for g in (*HEDGE_GROUPS, "all hedges"):
            ms = markers.get((art, g), ())
            rows.append((outlet, art, g, len(ms), int(n), 1000 * len(ms) / n if n else 0.0,
                         ";".join(ranked_counts(ms))))
    return pd.DataFrame(rows, columns=RATE_COLUMNS)
