"""Hedging and certainty: "could not be independently verified", "reportedly", "may", "at least".

Markers come from :data:`presslens.lexicons.framing.HEDGES`, compiled into one regular
expression (longest first) run once per sentence. Two general rules avoid false hits:
a capitalised match that does not open the sentence is a name or a month, not a hedge
("in May"); an approximation ("about", "some", "at least") counts only before a number
("about 40 hours", not "about the attack").
"""

from __future__ import annotations

import re

import pandas as pd

from presslens.frames import pattern_regex
from presslens.lexicons.framing import HEDGE_GROUPS, HEDGES, HEDGES_BEFORE_NUMBER
from presslens.story import Story
from presslens.tables import sentences_table
from presslens.tokenize import WORD_RE, number_value

#: Columns of :func:`hedges_table`.
HEDGE_COLUMNS = ["article_id", "outlet", "section", "sent_id", "group", "marker", "start", "end", "sentence"]
#: Columns of :func:`hedge_rates`.
RATE_COLUMNS = ["outlet", "article_id", "group", "n", "words", "per_1000", "markers"]

_HEDGE_RE = re.compile(pattern_regex(HEDGES), re.IGNORECASE)
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
    for m in _HEDGE_RE.finditer(text):
        marker = re.sub(r"\s+", " ", m.group().lower())
        if m.group()[0].isupper() and text[:m.start()].strip(" \"“‘'(") != "":
            continue
        if marker in HEDGES_BEFORE_NUMBER and not _before_number(text, m.end()):
            continue
        group = _KEYS.get(marker)
        if group:
            out.append((group, marker, m.start() + offset, m.end() + offset))
    return out


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
    rows = []
    for art, sent_id, section, s, text in zip(sents.article_id, sents.sent_id, sents.section, sents.start, sents.text):
        for group, marker, a, b in find_hedges(text, offset=s):
            rows.append((art, labels[art], section, sent_id, group, marker, a, b, text))
    return pd.DataFrame(rows, columns=HEDGE_COLUMNS)


def hedge_rates(hedges: pd.DataFrame, words: pd.DataFrame) -> pd.DataFrame:
    """Markers per 1,000 words per outlet and group (hedges together as group "all hedges").

    Args:
        hedges: a :func:`hedges_table`.
        words: a :func:`presslens.frames.word_counts` table.

    Returns:
        One row per outlet and group (every group listed, zeros included), plus a row
        ``all hedges`` (every group except ``certainty``). Columns: ``outlet``;
        ``article_id``; ``group``; ``n``; ``words`` (the outlet's words); ``per_1000``;
        ``markers`` (distinct markers, most frequent first, ``;`` separated).
    """
    per_art = words.groupby(["article_id", "outlet"], sort=False)["words"].sum().reset_index()
    rows = []
    for r in per_art.itertuples():
        h = hedges[hedges["article_id"] == r.article_id]
        for g in (*HEDGE_GROUPS, "all hedges"):
            hg = h[h["group"] != "certainty"] if g == "all hedges" else h[h["group"] == g]
            rows.append((r.outlet, r.article_id, g, len(hg), int(r.words), 1000 * len(hg) / r.words if r.words else 0.0,
                         ";".join(hg["marker"].value_counts().index)))
    return pd.DataFrame(rows, columns=RATE_COLUMNS)
