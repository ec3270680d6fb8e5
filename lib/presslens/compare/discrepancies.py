"""Discrepancies: the same fact given with different values by different outlets.

Four kinds of row, each with the two sentences (or header lines) side by side:

- ``qualifier``: the same number of the same thing with different qualifiers
  ("at least 145 militants" / "145 militants", "nearly 40-hour" / "about 40 hours"). A
  number's *unit* is the word after it or the suffix of a hyphenated number ("40-hour-long"
  → hour), compared by stem; its *qualifier* is a phrase of
  :data:`presslens.lexicons.sources.NUMBER_QUALIFIERS` right before it ("over" and "under"
  before a duration are read as "during", not as bounds). One row per article pair, thing,
  value and pair of qualifiers: the most similar pair of sentences.
- ``number``: aligned sentences (cosine ≥ the alignment threshold) giving the same unit
  different values ("92 militants" / "95 militants").
- ``date``: publication dates that differ (from the articles' metadata, shown with the header
  line that writes them, e.g. the dateline "Feb 2" and "February 1, 2026"), and aligned
  sentences whose written dates differ.
- ``name``: spellings of one name that differ across outlets (:mod:`presslens.compare.variants`).

Numbers inside dates ("February 1, 2026") are not counted as quantities.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from presslens.compare.align import SIMILARITY_THRESHOLD, similarity_matrix
from presslens.corpus.dates import find_dates
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import tokens_table
from presslens.corpus.tokenize import stem
from presslens.lexicons.sources import DURATION_UNITS, NUMBER_QUALIFIERS, NUMBER_SUFFIX_NOISE

#: Columns of :func:`number_facts`.
FACT_COLUMNS = ["article_id", "sent_id", "start", "end", "number", "value", "unit", "unit_stem", "qualifier",
                "qualifier_kind"]
#: Columns of :func:`discrepancies_table`.
DISCREPANCY_COLUMNS = ["kind", "fact", "article_id_a", "outlet_a", "value_a", "qualifier_a", "sent_id_a", "start_a",
                       "end_a", "sentence_a", "article_id_b", "outlet_b", "value_b", "qualifier_b", "sent_id_b",
                       "start_b", "end_b", "sentence_b", "score"]

_QUALIFIERS = sorted(((tuple(k.split()), k) for k in NUMBER_QUALIFIERS), key=lambda x: -len(x[0]))
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _unit_of(tok: str, nxt: str, nxt_is_word: bool) -> str:
    parts = tok.split("-")
    if len(parts) > 1 and parts[0][:1].isdigit():
        rest = [p for p in parts[1:] if p.lower() not in NUMBER_SUFFIX_NOISE]
        if rest:
            return rest[0].lower()
    return nxt.lower() if nxt_is_word else ""


@accepts_story
def number_facts(story: Story) -> pd.DataFrame:
    """Numbers with their unit and qualifier, one row per number token.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``, ``sent_id``, ``start``, ``end`` (offsets of the number
        with its qualifier and the word after it, when that is its unit), ``number`` (as
        written: "at least 145 militants", "nearly 40-hour-long"), ``value`` (float), ``unit`` (the word counted, lower case; empty when
        none), ``unit_stem``, ``qualifier`` (empty when none), ``qualifier_kind`` (lower
        bound | upper bound | approximate | exact; empty when none).
    """
    toks = tokens_table(story)
    texts = {a.article_id: a.text for a in story.articles}
    rows = []
    for (aid, sid), g in toks.groupby(["article_id", "sent_id"], sort=False):
        if not g.is_number.any():
            continue
        text = texts[aid]
        s0, s1 = int(g.start.iat[0]), int(g.end.iat[-1])
        in_dates = [(d.start + s0, d.end + s0) for d in find_dates(text[s0:s1])]
        norms, raw, starts, ends = g["norm"].tolist(), g["text"].tolist(), g.start.tolist(), g.end.tolist()
        stops, puncts = g.is_stop.tolist(), g.is_punct.tolist()
        for k in np.flatnonzero(g.is_number.to_numpy()):
            if any(a <= starts[k] < b for a, b in in_dates) or _YEAR.match(raw[k]):
                continue
            if not raw[k][:1].isdigit() and norms[k] in ("one", "none"):
                continue  # "one of the deadliest"
            nxt_ok = k + 1 < len(raw) and not stops[k + 1] and not puncts[k + 1] and raw[k + 1][:1].isalpha()
            unit = _unit_of(raw[k], raw[k + 1] if k + 1 < len(raw) else "", nxt_ok)
            qual, q0 = "", starts[k]
            for words, key in _QUALIFIERS:
                n = len(words)
                if k - n >= 0 and tuple(norms[k - n:k]) == words:
                    if words[-1] in ("over", "under") and unit in DURATION_UNITS | {stem(u) for u in DURATION_UNITS}:
                        break
                    if unit.rstrip("s") in {u.rstrip("s") for u in DURATION_UNITS} and words in (("over",), ("under",)):
                        break
                    qual, q0 = key, starts[k - n]
                    break
            value = float(g.number.iat[k])
            e = ends[k + 1] if nxt_ok and unit == raw[k + 1].lower() else ends[k]
            rows.append((aid, int(sid), q0, e, text[q0:e], value, unit, stem(unit) if unit else "", qual,
                         NUMBER_QUALIFIERS.get(qual, "")))
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def _sentence_index(story: Story) -> tuple[pd.DataFrame, np.ndarray, dict[tuple[str, int], int]]:
    sents, sim = similarity_matrix(story)
    pos = {(a, int(s)): i for i, (a, s) in enumerate(zip(sents.article_id, sents.sent_id))}
    return sents, sim, pos


def _qualifier_rows(story: Story, facts: pd.DataFrame, sents: pd.DataFrame, sim: np.ndarray,
                    pos: dict[tuple[str, int], int], threshold: float) -> list[tuple]:
    labels = {a.article_id: a.label for a in story.articles}
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    f = facts[facts.unit_stem != ""].copy()
    f["rank"] = f.article_id.map(order)
    f["pos"] = [pos[(a, int(s))] for a, s in zip(f.article_id, f.sent_id)]
    merged = f.merge(f, on="unit_stem", suffixes=("_a", "_b"))
    merged = merged[merged.rank_a < merged.rank_b]
    merged = merged.assign(score=sim[merged.pos_a.to_numpy(), merged.pos_b.to_numpy()].astype(float))
    same = (merged.value_a == merged.value_b) & (merged.qualifier_a != merged.qualifier_b)
    differ = (merged.value_a != merged.value_b) & (merged.score >= threshold)
    merged = merged[same | differ].sort_values("score", ascending=False, kind="stable")
    best: dict[tuple, tuple] = {}
    numbers: list[tuple] = []
    for r in merged.itertuples():
        ax, ay = r.article_id_a, r.article_id_b
        if r.value_a == r.value_b:
            key = (ax, ay, r.unit_stem, r.value_a, r.qualifier_a, r.qualifier_b)
            kind = "qualifier"
        else:
            key = (ax, ay, r.unit_stem, r.value_a, r.value_b, r.sent_id_a, r.sent_id_b)
            kind = "number"
        if key in best:
            continue
        best[key] = (kind, r.unit_a, ax, labels[ax], r.number_a, r.qualifier_a, r.sent_id_a, r.start_a, r.end_a,
                     sents.text.iat[r.pos_a], ay, labels[ay], r.number_b, r.qualifier_b, r.sent_id_b, r.start_b,
                     r.end_b, sents.text.iat[r.pos_b], round(r.score, 3))
    # a differing value is only a discrepancy when the aligned pair has no equal value of that unit
    for key, row in best.items():
        if row[0] == "number":
            ax, ay, unit, _, _, sa, sb = key
            va = set(f[(f.article_id == ax) & (f.sent_id == sa) & (f.unit_stem == unit)].value)
            vb = set(f[(f.article_id == ay) & (f.sent_id == sb) & (f.unit_stem == unit)].value)
            if va & vb:
                continue
        numbers.append(row)
    return numbers


def _meta_date(story: Story, aid: str) -> tuple[str, int, int, str]:
    """Where an article's header writes its publication date: (as written, start, end, line)."""
    a = story.article(aid)
    pub = a.meta.get("published", "")
    for b in a.blocks:
        if b.kind != "meta":
            continue
        line = a.text[b.start:b.end]
        for d in find_dates(line):
            if pub.endswith(f"{d.month:02d}-{d.day:02d}"):
                return line[d.start:d.end], b.start + d.start, b.start + d.end, line.strip()
    return pub, -1, -1, ""


def _date_rows(story: Story, sents: pd.DataFrame, sim: np.ndarray, threshold: float) -> list[tuple]:
    labels = {a.article_id: a.label for a in story.articles}
    arts = story.articles
    rows = []
    for x, a in enumerate(arts):
        for b in arts[x + 1:]:
            pa, pb = a.meta.get("published", ""), b.meta.get("published", "")
            if pa and pb and pa[:10] != pb[:10]:
                va, sa, ea, la = _meta_date(story, a.article_id)
                vb, sb, eb, lb = _meta_date(story, b.article_id)
                rows.append(("date", f"publication date ({pa[:10]} / {pb[:10]})", a.article_id, labels[a.article_id], va,
                             "", -1, sa, ea, la, b.article_id, labels[b.article_id], vb, "", -1, sb, eb, lb, 0.0))
    if sim.size == 0:
        return rows
    dates = {i: find_dates(t) for i, t in enumerate(sents.text) if any(ch.isdigit() for ch in t)}
    arts_arr = sents.article_id.to_numpy()
    order = {a.article_id: i for i, a in enumerate(arts)}
    for i, di in dates.items():
        if not di:
            continue
        for j, dj in dates.items():
            if j <= i or not dj or arts_arr[i] == arts_arr[j] or sim[i, j] < threshold:
                continue
            si = {(d.month, d.day) for d in di}
            sj = {(d.month, d.day) for d in dj}
            if si & sj:
                continue
            a, b = (i, j) if order[arts_arr[i]] < order[arts_arr[j]] else (j, i)
            da, db = dates[a][0], dates[b][0]
            ra, rb = sents.iloc[a], sents.iloc[b]
            rows.append(("date", "date in aligned sentences", ra.article_id, labels[ra.article_id],
                         ra.text[da.start:da.end], "", int(ra.sent_id), int(ra.start) + da.start, int(ra.start) + da.end,
                         ra.text, rb.article_id, labels[rb.article_id], rb.text[db.start:db.end], "", int(rb.sent_id),
                         int(rb.start) + db.start, int(rb.start) + db.end, rb.text, round(float(sim[i, j]), 3)))
    return rows


@accepts_story
def discrepancies_table(story: Story, *, variants: pd.DataFrame | None = None,
                        threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Facts given differently by different outlets, with both sentences.

    Args:
        story: the story.
        variants: the name-variant table of :func:`presslens.compare.variants.name_variants`
            (its rows become ``name`` rows); None for no name rows.
        threshold: alignment threshold for ``number`` and aligned-date rows.

    Returns:
        Columns: ``kind`` (qualifier | number | date | name); ``fact`` (the thing counted,
        "publication date …", or the name group); for side ``_a`` and ``_b``:
        ``article_id``, ``outlet``, ``value`` (as written: "at least 145", "Feb 2",
        "Sarfraz Bugti"), ``qualifier`` (numbers only), ``sent_id`` (-1 for a header
        line), ``start``, ``end`` (offsets of the value in the article text; -1 when the
        header does not write it), ``sentence`` (the sentence or header line); ``score``
        (cosine of the two sentences; 0 for metadata). Side ``a`` is the earlier article in
        story order. Empty with these columns when nothing differs or for one article.
    """
    if len(story.articles) < 2:
        return pd.DataFrame(columns=DISCREPANCY_COLUMNS)
    sents, sim, pos = _sentence_index(story)
    facts = number_facts(story)
    rows = _qualifier_rows(story, facts, sents, sim, pos, threshold) if not facts.empty else []
    rows += _date_rows(story, sents, sim, threshold)
    if variants is not None and not variants.empty:
        for v in variants.itertuples():
            rows.append(("name", v.group, v.article_id_a, v.outlet_a, v.name_a, "", v.sent_id_a, v.start_a, v.end_a,
                         v.sentence_a, v.article_id_b, v.outlet_b, v.name_b, "", v.sent_id_b, v.start_b, v.end_b,
                         v.sentence_b, 0.0))
    out = pd.DataFrame(rows, columns=DISCREPANCY_COLUMNS)
    kinds = {"qualifier": 0, "number": 1, "date": 2, "name": 3}
    return out.sort_values(["kind", "score"], ascending=[True, False], kind="stable",
                           key=lambda s: s.map(kinds) if s.name == "kind" else s).reset_index(drop=True)
