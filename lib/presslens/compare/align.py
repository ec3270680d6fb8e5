"""Sentence alignment across the articles of a story: what each outlet shares and what it alone says.

Every analysed sentence (headline and standfirst included) becomes a TF-IDF vector over the
stems of its content words (stopwords, punctuation, one-character tokens and reporting verbs
such as "said" or "wrote" left out; numbers kept, so "145" and "92" count as content). Two
sentences sharing fewer than ``MIN_SHARED_STEMS`` stems get similarity 0. IDF is computed over all sentences of the story,
so words every outlet repeats ("militants", "Balochistan") weigh less than the words that
pin a fact down ("shields", "female"). Similarity is the cosine of two vectors.

For every sentence we keep its best counterpart in each other article. A counterpart with
cosine ≥ ``SIMILARITY_THRESHOLD`` (0.30, the notebook's ``similarity_threshold``) reports the
same content; one between ``RELATED_RATIO`` × threshold and the threshold is *related* (some
words of the fact recur, e.g. the same tally given with a different explanation).

Sentence status:

- ``shared``: a counterpart ≥ threshold in every other article;
- ``partly shared``: a counterpart ≥ threshold in some other articles but not all (three or
  more outlets), or, lacking any, a related counterpart somewhere;
- ``unique``: nothing elsewhere reaches the related level.

Content units group sentences linked by counterparts ≥ threshold (connected components), so
that one fact told by several outlets is one row of the coverage matrix.

The threshold was chosen on the seed story and BASIL triplets: at 0.30 the paraphrased
leads ("killed at least 145 militants following a nearly 40-hour-long counter-operation" /
"killed 145 militants over a 40-hour period") align, while sentences sharing only the
story's common words (province, militants, attacks) do not. Lexical similarity misses
paraphrases that share no stems ("lost their lives" / "were killed") and can align
boilerplate-like sentences; the scores are shown so a reader can judge.

Sparse: the vectors are kept as (sentence, stem, weight) entries over the stems that occur
in at least two outlets (the only stems that can contribute to a cross-outlet dot product;
norms come from the full vectors), and candidate pairs come from an inverted index of each
vector's prefix (prefix filtering), so no ``n × n`` matrix is ever made and stories of
thousands of articles fit in memory; the cosines of the pairs kept are exact. Outlets are
counted by ``Article.outlet_key``: two articles of one outlet count once and are not compared
with each other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from presslens.compare.entities import entity_mentions
from presslens.corpus.dates import find_dates
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, tokens_table
from presslens.lexicons.speech import REPORTING_VERBS

#: Cosine at or above which two sentences report the same content.
SIMILARITY_THRESHOLD = 0.30
#: A counterpart at or above ``RELATED_RATIO`` × threshold (but below it) is "related".
RELATED_RATIO = 0.6
#: Fewest content stems two sentences must share to count as similar at all (so that two
#: short sentences sharing "Twitter" are not aligned by one rare word).
MIN_SHARED_STEMS = 3
#: Sentence status labels.
STATUSES = ("shared", "partly shared", "unique")

#: Columns of :func:`sentence_alignment`.
ALIGNMENT_COLUMNS = ["article_id", "outlet", "sent_id", "section", "start", "end", "text",
                     "other_article_id", "other_outlet", "other_sent_id", "other_start", "other_end",
                     "other_text", "score", "match"]
#: Columns of :func:`sentence_status`.
STATUS_COLUMNS = ["article_id", "outlet", "sent_id", "section", "start", "end", "text", "unit_id",
                  "status", "n_outlets", "best_score", "best_outlet", "best_text"]
#: Columns of :func:`coverage_matrix`.
COVERAGE_COLUMNS = ["unit_id", "unit_text", "unit_article_id", "status", "n_outlets", "article_id", "outlet",
                    "coverage", "score", "sent_id", "start", "end", "text", "missing"]
#: Columns of :func:`unique_content`.
UNIQUE_COLUMNS = ["article_id", "outlet", "kind", "section", "sent_id", "start", "end", "text",
                  "closest_score", "closest_outlet", "closest_text", "has_number", "has_quote", "has_person",
                  "weight", "rank"]


def _content_stems(story: Story) -> tuple[pd.DataFrame, list[Counter[str]]]:
    sents = sentences_table(story)
    toks = tokens_table(story)
    keep = toks[~toks.is_stop & ~toks.is_punct & (toks["norm"].str.len() > 1) & ~toks["norm"].isin(REPORTING_VERBS)]
    bags: dict[tuple[str, int], Counter[str]] = {}
    for aid, sid, st in zip(keep.article_id, keep.sent_id, keep["stem"]):
        bags.setdefault((aid, sid), Counter())[st] += 1
    return sents, [bags.get((a, s), Counter()) for a, s in zip(sents.article_id, sents.sent_id)]


@dataclass(frozen=True)
class _Vectors:
    """Unit TF-IDF vectors of a story's sentences over the stems that occur in two or more
    outlets, as sorted (sentence, feature) entries: ``rows``, ``cols``, ``vals`` (weights divided
    by the norm of the sentence's full vector); ``art`` is each sentence's outlet number."""

    sents: pd.DataFrame
    art: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    n_features: int


def _outlet_codes(story: Story, article_ids) -> np.ndarray:
    key = {a.article_id: a.outlet_key for a in story.articles}
    codes: dict[str, int] = {}
    return np.array([codes.setdefault(key.get(a, a), len(codes)) for a in article_ids], dtype=np.int64)


@lru_cache(maxsize=8)
def _vectors(story: Story) -> _Vectors:
    sents, bags = _content_stems(story)
    n = len(sents)
    art = _outlet_codes(story, sents.article_id)
    df = Counter(st for bag in bags for st in bag)
    idf = {st: float(np.log((1 + n) / (1 + c)) + 1.0) for st, c in df.items()}
    stem_outlets: dict[str, set[int]] = {}
    for o, bag in zip(art.tolist(), bags):
        for st in bag:
            stem_outlets.setdefault(st, set()).add(o)
    # features ordered rarest first (fewest sentences), so that prefixes hold the telling stems
    shared = sorted((st for st, o in stem_outlets.items() if len(o) > 1), key=lambda st: (df[st], st))
    feature = {st: k for k, st in enumerate(shared)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, bag in enumerate(bags):
        ws = {st: (1.0 + np.log(c)) * idf[st] for st, c in bag.items()}
        norm = float(np.sqrt(sum(w * w for w in ws.values()))) or 1.0
        for st, w in sorted(((st, w) for st, w in ws.items() if st in feature), key=lambda x: feature[x[0]]):
            rows.append(i)
            cols.append(feature[st])
            vals.append(w / norm)
    return _Vectors(sents, art, np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64),
                    np.array(vals, dtype=np.float64), len(shared))


def _candidates(v: _Vectors, min_score: float):
    """Chunks of pairs of sentences of different outlets that may reach ``min_score`` (keys
    ``i * n + j``, i < j, distinct within a chunk; a pair may recur in another chunk).

    Prefix filtering (Bayardo et al. 2007, "Scaling up all pairs similarity search"; Chaudhuri
    et al. 2006 for overlaps): with every vector's features in one global order, rarest first,
    the first feature two vectors share must lie in the *prefix* of both — the entries before
    the rest of the vector's norm drops below ``min_score`` (else the cosine stays below it),
    and before its last ``MIN_SHARED_STEMS - 1`` entries (else fewer stems are shared) — and
    the product of the two rests from there must reach ``min_score``. Only prefixes are
    paired, one feature at a time, in chunks.
    """
    n = len(v.sents)
    if v.rows.size == 0:
        return
    sq = v.vals ** 2
    csum = np.cumsum(sq[::-1])[::-1]
    starts = np.flatnonzero(np.r_[True, v.rows[1:] != v.rows[:-1]])
    ends = np.r_[starts[1:], v.rows.size]
    lengths = ends - starts
    after_end = np.repeat(np.r_[csum[ends[:-1]], 0.0], lengths)
    rest = np.sqrt(np.maximum(csum - after_end, 0.0))
    position = np.arange(v.rows.size) - np.repeat(starts, lengths)
    in_prefix = (rest >= min_score - 1e-9) & (position < np.repeat(lengths, lengths) - MIN_SHARED_STEMS + 1)
    pre_idx = np.flatnonzero(in_prefix)
    pre_order = pre_idx[np.argsort(v.cols[pre_idx], kind="stable")]
    n_pre = np.bincount(v.cols[pre_idx], minlength=v.n_features)
    off_pre = np.r_[0, np.cumsum(n_pre)]
    work = n_pre * n_pre
    feats = np.flatnonzero(n_pre > 1)
    cum = np.cumsum(work[feats])
    chunk = 4_000_000
    lo = 0
    while lo < feats.size:
        hi = max(int(np.searchsorted(cum, (cum[lo - 1] if lo else 0) + chunk, side="right")), lo + 1)
        fs = feats[lo:hi]
        cp = n_pre[fs]
        sizes = cp * cp
        fid = np.repeat(np.arange(fs.size), sizes)
        local = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        ea = pre_order[off_pre[fs][fid] + local // cp[fid]]
        eb = pre_order[off_pre[fs][fid] + local % cp[fid]]
        a, b = v.rows[ea], v.rows[eb]
        # at the first shared feature, the rests of both vectors bound the cosine (Cauchy-Schwarz)
        ok = (a < b) & (v.art[a] != v.art[b]) & (rest[ea] * rest[eb] >= min_score - 1e-9)
        yield _distinct(a[ok] * n + b[ok])
        lo = hi


def _distinct(x: np.ndarray) -> np.ndarray:
    """Sorted distinct values (by sorting: numpy's hashing ``unique`` is slow on large int64 keys)."""
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]] if x.size else x


def _dot(v: _Vectors, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cosine and number of shared features of candidate pairs (keys ``i * n + j``)."""
    n = len(v.sents)
    width = max(v.n_features, 1)
    entry_keys = v.rows * width + v.cols  # sorted: entries are sorted by sentence, then feature
    starts = np.searchsorted(v.rows, np.arange(n + 1))
    scores = np.zeros(pairs.size, dtype=np.float64)
    shared = np.zeros(pairs.size, dtype=np.int64)
    step = 250_000
    for lo in range(0, pairs.size, step):
        p = pairs[lo:lo + step]
        i, j = p // n, p % n
        k = starts[i + 1] - starts[i]
        pid = np.repeat(np.arange(p.size), k)
        pos = np.repeat(starts[i], k) + (np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k))
        probe = j[pid] * width + v.cols[pos]
        hit = np.searchsorted(entry_keys, probe)
        hit = np.minimum(hit, entry_keys.size - 1)
        found = entry_keys[hit] == probe
        prod = np.where(found, v.vals[pos] * v.vals[hit], 0.0)
        scores[lo:lo + step] = np.bincount(pid, weights=prod, minlength=p.size)
        shared[lo:lo + step] = np.bincount(pid, weights=found.astype(np.float64), minlength=p.size).astype(np.int64)
    return scores, shared


@lru_cache(maxsize=16)
def _pairs(story: Story, min_score: float) -> pd.DataFrame:
    v = _vectors(story)
    n = len(v.sents)
    found_keys, found_scores = [], []
    for keys in _candidates(v, min_score):  # scored chunk by chunk: memory stays bounded
        scores, shared = _dot(v, keys)
        ok = (shared >= MIN_SHARED_STEMS) & (scores >= min_score - 1e-9)
        found_keys.append(keys[ok])
        found_scores.append(scores[ok])
    keys = np.concatenate(found_keys) if found_keys else np.zeros(0, dtype=np.int64)
    scores = np.concatenate(found_scores) if found_scores else np.zeros(0)
    order = np.argsort(keys, kind="stable")
    keys, scores = keys[order], scores[order]
    first = np.r_[True, keys[1:] != keys[:-1]] if keys.size else np.zeros(0, dtype=bool)
    keys, scores = keys[first], scores[first]
    return pd.DataFrame({"i": keys // n, "j": keys % n, "score": scores.astype(np.float32)})


@accepts_story
def similar_pairs(story: Story, *,
                  min_score: float = RELATED_RATIO * SIMILARITY_THRESHOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pairs of sentences of different outlets whose TF-IDF cosine reaches ``min_score``.

    Sparse: the vectors are never stored densely and no ``n × n`` matrix is made, so stories of
    thousands of articles fit in memory; the cosines are exact (prefix filtering only skips
    pairs that cannot reach ``min_score``).

    Args:
        story: the story (or its slug or folder).
        min_score: the lowest cosine kept.

    Returns:
        ``(sentences, pairs)``: the sentences table (see
        :func:`presslens.corpus.tables.sentences_table`) and one row per pair, columns ``i``,
        ``j`` (row numbers in the sentences table, ``i < j``) and ``score`` (cosine). Pairs
        share at least ``MIN_SHARED_STEMS`` stems; sentences of two articles of one outlet are
        never paired. Cached per story: treat both as read-only.
    """
    return _vectors(story).sents, _pairs(story, round(float(min_score), 6))


def _best_links(sents: pd.DataFrame, pairs: pd.DataFrame, article_ids: np.ndarray) -> pd.DataFrame:
    """Each sentence's best counterpart in each other article: columns ``i``, ``j``, ``score``."""
    both = pd.DataFrame({"i": np.r_[pairs.i.to_numpy(), pairs.j.to_numpy()],
                         "j": np.r_[pairs.j.to_numpy(), pairs.i.to_numpy()],
                         "score": np.r_[pairs.score.to_numpy(), pairs.score.to_numpy()]})
    if both.empty:
        return both.assign(other=pd.Series(dtype=object))
    both["other"] = article_ids[both.j.to_numpy()]
    both = both.sort_values(["i", "other", "score", "j"], ascending=[True, True, False, True], kind="stable")
    return both.drop_duplicates(["i", "other"]).reset_index(drop=True)


def _directed(pairs: pd.DataFrame) -> pd.DataFrame:
    """Both directions of every pair: columns ``i``, ``j``, ``score``."""
    return pd.DataFrame({"i": np.r_[pairs.i.to_numpy(), pairs.j.to_numpy()],
                         "j": np.r_[pairs.j.to_numpy(), pairs.i.to_numpy()],
                         "score": np.r_[pairs.score.to_numpy(), pairs.score.to_numpy()]})


def _best_links(pairs: pd.DataFrame, article_ids: np.ndarray) -> pd.DataFrame:
    """Each sentence's best counterpart in each other article: columns ``i``, ``j``, ``score``, ``other``."""
    both = _directed(pairs)
    both["other"] = article_ids[both.j.to_numpy()] if len(both) else pd.Series(dtype=object)
    both = both.sort_values(["i", "other", "score", "j"], ascending=[True, True, False, True], kind="stable")
    return both.drop_duplicates(["i", "other"]).reset_index(drop=True)


@accepts_story
def sentence_alignment(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Each sentence's best counterpart in every other article, where it reaches the related level.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        One row per (sentence, other article) whose best counterpart reaches ``RELATED_RATIO``
        × threshold (no row when nothing does; articles of the same outlet are not compared).
        Columns: ``article_id``, ``outlet`` (the article's label), ``sent_id``, ``section``,
        ``start``, ``end`` (offsets in the article text), ``text``; ``other_article_id``,
        ``other_outlet``, ``other_sent_id``, ``other_start``, ``other_end``, ``other_text``:
        the most similar sentence of the other article; ``score`` (cosine, 0–1, rounded to 3
        places); ``match`` (``same`` ≥ threshold, else ``related``). Empty (with these
        columns) for a story of one article.
    """
    sents, pairs = similar_pairs(story, min_score=RELATED_RATIO * threshold)
    labels = {a.article_id: a.label for a in story.articles}
    if len(story.articles) < 2 or pairs.empty:
        return pd.DataFrame(columns=ALIGNMENT_COLUMNS)
    arts = sents.article_id.to_numpy()
    links = _best_links(pairs, arts)
    me, them = sents.iloc[links.i.to_numpy()], sents.iloc[links.j.to_numpy()]
    score = links.score.to_numpy().astype(float)
    out = pd.DataFrame({
        "article_id": me.article_id.to_numpy(), "outlet": me.article_id.map(labels).to_numpy(),
        "sent_id": me.sent_id.to_numpy(), "section": me.section.to_numpy(), "start": me.start.to_numpy(),
        "end": me.end.to_numpy(), "text": me.text.to_numpy(), "other_article_id": them.article_id.to_numpy(),
        "other_outlet": them.article_id.map(labels).to_numpy(), "other_sent_id": them.sent_id.to_numpy(),
        "other_start": them.start.to_numpy(), "other_end": them.end.to_numpy(), "other_text": them.text.to_numpy(),
        "score": np.round(score, 3), "match": np.where(score >= threshold - 1e-9, "same", "related"),
    })
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    out = out.sort_values(["article_id", "sent_id", "other_article_id"],
                          key=lambda s: s.map(order) if s.name != "sent_id" else s, kind="stable")
    return out[ALIGNMENT_COLUMNS].reset_index(drop=True)


def _components(n: int, edges_a: np.ndarray, edges_b: np.ndarray) -> np.ndarray:
    """Connected components of ``n`` nodes (label propagation with pointer jumping, vectorised)."""
    lab = np.arange(n)
    if edges_a.size == 0:
        return lab
    while True:
        m = np.minimum(lab[edges_a], lab[edges_b])
        new = lab.copy()
        np.minimum.at(new, edges_a, m)
        np.minimum.at(new, edges_b, m)
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, lab):
            return lab
        lab = new


def _units(n: int, links: pd.DataFrame, threshold: float) -> np.ndarray:
    """Content units: connected components of sentences linked to their best counterpart in
    another article when that reaches the threshold (best links only, so that chains of weak
    overlaps do not merge unrelated facts). Numbered 0.. in order of their first sentence."""
    strong = links[links.score >= threshold - 1e-9]
    roots = _components(n, strong.i.to_numpy(dtype=np.int64), strong.j.to_numpy(dtype=np.int64))
    ids = np.full(n, -1)
    ids[roots] = 1
    return (np.cumsum(ids > 0) - 1)[roots].astype(int)


def _alignment_state(story: Story, threshold: float):
    """(sentences, pairs, best links, unit of each sentence, outlet code of each sentence)."""
    sents, pairs = similar_pairs(story, min_score=RELATED_RATIO * threshold)
    arts = sents.article_id.to_numpy()
    links = _best_links(pairs, arts)
    units = _units(len(sents), links, threshold)
    return sents, pairs, links, units, _outlet_codes(story, arts)


@accepts_story
def sentence_status(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Tell for every sentence whether its content is shared, partly shared or unique.

    Outlets are counted by :attr:`presslens.corpus.story.Article.outlet_key`: two articles of
    one outlet count once.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        One row per sentence. Columns: ``article_id``, ``outlet``, ``sent_id``,
        ``section``, ``start``, ``end``, ``text``; ``unit_id`` (content unit, 0-based in
        order of first appearance); ``status`` (see the module docstring; ``unique`` for
        every sentence of a one-outlet story); ``n_outlets`` (outlets with a counterpart
        ≥ threshold, this one included); ``best_score``, ``best_outlet``, ``best_text``
        (the most similar sentence of another outlet when it reaches ``RELATED_RATIO`` ×
        threshold; 0 and empty otherwise).
    """
    sents, pairs, links, units, codes = _alignment_state(story, threshold)
    labels = {a.article_id: a.label for a in story.articles}
    n = len(sents)
    if n == 0:
        return pd.DataFrame(columns=STATUS_COLUMNS)
    n_others = len(set(codes.tolist())) - 1
    strong = links[links.score >= threshold - 1e-9]
    matched = np.zeros(n, dtype=int)
    if len(strong):
        per = pd.DataFrame({"i": strong.i.to_numpy(), "o": codes[strong.j.to_numpy()]}).drop_duplicates()
        np.add.at(matched, per.i.to_numpy(), 1)
    best_score = np.zeros(n)
    best_j = np.full(n, -1)
    if len(links):
        top = links.sort_values(["i", "score", "j"], ascending=[True, False, True], kind="stable").drop_duplicates("i")
        best_score[top.i.to_numpy()] = top.score.to_numpy()
        best_j[top.i.to_numpy()] = top.j.to_numpy()
    related = best_score >= RELATED_RATIO * threshold - 1e-9
    status = np.where((matched == n_others) & (n_others > 0), "shared",
                      np.where((matched > 0) | (related & (best_j >= 0)), "partly shared", "unique"))
    out = sents.copy()
    out.insert(1, "outlet", out.article_id.map(labels))
    out["unit_id"] = units
    out["status"] = status
    out["n_outlets"] = matched + 1
    has = best_j >= 0
    safe = np.where(has, best_j, 0)
    out["best_score"] = np.round(np.where(has, best_score, 0.0).astype(float), 3)
    out["best_outlet"] = np.where(has, pd.Series(sents.article_id.to_numpy()[safe]).map(labels).to_numpy(), "")
    out["best_text"] = np.where(has, sents.text.to_numpy()[safe], "")
    return out[STATUS_COLUMNS].reset_index(drop=True)


#: Most outlet names listed in a coverage row's ``missing`` column (then "+N more").
MAX_MISSING_LISTED = 10


@accepts_story
def coverage_matrix(story: Story, *, threshold: float = SIMILARITY_THRESHOLD, reference: str = "") -> pd.DataFrame:
    """The coverage matrix: content units × outlets, in long format, without empty cells.

    Outlets are counted by :attr:`presslens.corpus.story.Article.outlet_key` (two articles of
    one outlet count once); rows are per article.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.
        reference: an article id or label whose units come first (and whose sentence
            names each unit); empty for story order.

    Returns:
        One row per (content unit, article) where the article reports the unit or has a
        related sentence; no row where it has neither (those outlets are named in
        ``missing``). Columns: ``unit_id``; ``unit_text`` (the unit's first sentence in the
        reference article, else in story order); ``unit_article_id`` (where that sentence
        is); ``status`` (``shared``: every outlet covers the unit; ``partly shared``: more
        than one but not all, or one outlet plus a related sentence elsewhere; ``unique``:
        one outlet); ``n_outlets`` (outlets covering it); ``article_id``, ``outlet``;
        ``coverage`` (``same``: the article has a sentence of the unit; ``related``: its
        closest sentence reaches ``RELATED_RATIO`` × threshold); ``score`` (1.0 for
        ``same``, else the best cosine of the article's sentences with the unit's
        sentences); ``sent_id``, ``start``, ``end``, ``text`` (the article's sentence of the
        unit, its first one, or its closest sentence for ``related``); ``missing`` (outlets
        with neither, "; " separated, at most ``MAX_MISSING_LISTED`` then "+N more").
    """
    sents, pairs, _, units, codes = _alignment_state(story, threshold)
    if len(sents) == 0:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    labels = {a.article_id: a.label for a in story.articles}
    ids = [a.article_id for a in story.articles]
    ref = next((a.article_id for a in story.articles if reference and reference in (a.article_id, a.label)), "")
    if ref:
        ids = [ref] + [i for i in ids if i != ref]
    rank = {a: i for i, a in enumerate(ids)}
    arts = sents.article_id.to_numpy()
    art_rank = np.array([rank[a] for a in arts])
    sent_ids = sents.sent_id.to_numpy()
    sent_order = np.lexsort((sent_ids, art_rank))
    unit_order = np.array(list(dict.fromkeys(units[sent_order].tolist())))
    n_units = len(unit_order)
    new_id = np.empty(n_units, dtype=int)
    new_id[unit_order] = np.arange(n_units)
    u = new_id[units]
    first = np.full(n_units, -1)
    for i in sent_order[::-1]:
        first[u[i]] = i
    # same: the first sentence of each (unit, article)
    members = pd.DataFrame({"unit": u, "article_id": arts, "row": np.arange(len(sents)), "order": sent_order.argsort()})
    same = members.sort_values("order").drop_duplicates(["unit", "article_id"])
    same = same.assign(coverage="same", score=1.0)
    # related: an article's best sentence against a unit it has no sentence of
    related_min = RELATED_RATIO * threshold
    d = _directed(pairs)
    if len(d):
        d = pd.DataFrame({"unit": u[d.j.to_numpy()], "article_id": arts[d.i.to_numpy()], "row": d.i.to_numpy(),
                          "score": d.score.to_numpy().astype(float)})
        d = d[d.score >= related_min - 1e-9]
        d = d.merge(same[["unit", "article_id"]], on=["unit", "article_id"], how="left", indicator=True)
        d = d[d["_merge"] == "left_only"].drop(columns="_merge")
        d = d.sort_values(["unit", "article_id", "score", "row"], ascending=[True, True, False, True], kind="stable")
        rel = d.drop_duplicates(["unit", "article_id"]).assign(coverage="related", score=lambda x: x.score.round(3))
    else:
        rel = pd.DataFrame(columns=["unit", "article_id", "row", "score", "coverage"])
    cells = pd.concat([same[["unit", "article_id", "row", "coverage", "score"]],
                       rel[["unit", "article_id", "row", "coverage", "score"]]], ignore_index=True)
    code_of = dict(zip(arts, codes))
    for a in story.articles:
        code_of.setdefault(a.article_id, -1 - len(code_of))
    all_codes = {code_of[a] for a in ids}
    outlet_label: dict[int, str] = {}
    for a in ids:
        outlet_label.setdefault(code_of[a], labels[a])
    same_codes = same.assign(code=same.article_id.map(code_of)).groupby("unit").code.agg(set)
    near_codes = cells.assign(code=cells.article_id.map(code_of)).groupby("unit").code.agg(set)
    n_cov = np.array([len(same_codes.get(k, ())) for k in range(n_units)])
    any_related = np.array([len(near_codes.get(k, ())) > len(same_codes.get(k, ())) for k in range(n_units)])
    n_total = len(all_codes)
    status = np.where((n_cov == n_total) & (n_total > 1), "shared",
                      np.where((n_cov > 1) | any_related, "partly shared", "unique"))

    def missing(k: int) -> str:
        gone = [outlet_label[c] for c in outlet_label if c not in near_codes.get(k, ())]
        extra = len(gone) - MAX_MISSING_LISTED
        return "; ".join(gone[:MAX_MISSING_LISTED]) + (f"; +{extra} more" if extra > 0 else "")

    texts = sents.text.to_numpy()
    rows = cells.row.to_numpy(dtype=int)
    unit = cells.unit.to_numpy(dtype=int)
    out = pd.DataFrame({
        "unit_id": unit, "unit_text": texts[first[unit]], "unit_article_id": arts[first[unit]], "status": status[unit],
        "n_outlets": n_cov[unit], "article_id": cells.article_id.to_numpy(),
        "outlet": cells.article_id.map(labels).to_numpy(), "coverage": cells.coverage.to_numpy(),
        "score": cells.score.to_numpy(dtype=float), "sent_id": sent_ids[rows], "start": sents.start.to_numpy()[rows],
        "end": sents.end.to_numpy()[rows], "text": texts[rows],
    })
    miss = {k: missing(k) for k in np.unique(unit).tolist()}
    out["missing"] = out.unit_id.map(miss)
    out = out.sort_values(["unit_id", "article_id"], key=lambda c: c.map(rank) if c.name == "article_id" else c,
                          kind="stable")
    return out[COVERAGE_COLUMNS].reset_index(drop=True)


def coverage_pivot(coverage: pd.DataFrame, *, max_units: int = 60, outlets: list[str] | None = None) -> pd.DataFrame:
    """The coverage matrix as a units × outlets grid for a heatmap.

    Args:
        coverage: the table of :func:`coverage_matrix`.
        max_units: most units kept (those covered by the most outlets first, then in
            order), so the figure stays readable.
        outlets: the columns in order (display labels); None for the outlets of the table in order.

    Returns:
        Index: unit label ("U<id> <first words>"); columns: outlets; values: 2 (the outlet
        reports the unit), 1 (a related sentence), 0 (nothing). Empty when the coverage
        table is.
    """
    if coverage.empty:
        return pd.DataFrame()
    level = coverage.assign(v=coverage.coverage.map({"same": 2, "related": 1}).fillna(0))
    grid = level.pivot_table(index="unit_id", columns="outlet", values="v", aggfunc="max", sort=False)
    cols = outlets or list(dict.fromkeys(coverage.outlet))
    grid = grid.reindex(columns=cols)
    n_cov = coverage.drop_duplicates("unit_id").set_index("unit_id").n_outlets
    keep = sorted(grid.index, key=lambda u: (-n_cov[u], u))[:max_units]
    grid = grid.loc[sorted(keep)]
    texts = coverage.drop_duplicates("unit_id").set_index("unit_id").unit_text
    grid.index = [f"U{u} {' '.join(str(texts[u]).split()[:8])}" for u in grid.index]
    return grid.fillna(0).astype(int)


#: Fewest words of a sentence listed as unique content (shorter pieces are page furniture or fragments).
MIN_UNIQUE_WORDS = 5
_QUOTE_MARKS = re.compile(r"[\"“”]")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@accepts_story
def unique_content(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """What each outlet alone reports, most telling first: sentences with no counterpart elsewhere, and sections.

    A sentence is listed when no other outlet has a sentence with cosine ≥ threshold (its
    closest counterpart is given so the reader can judge partial overlaps) and it has at
    least ``MIN_UNIQUE_WORDS`` words. Within each outlet sentences are ranked by what a
    reader checks first: a number (not a date), a quotation, a named person (one point
    each), then in text order. A section (key points, risks, context, …; not headline,
    standfirst, lede or body) is listed when no other outlet has a section of that kind.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        Columns: ``article_id``, ``outlet``; ``kind`` (``sentence`` or ``section``);
        ``section``; ``sent_id`` (-1 for a section row); ``start``, ``end`` (offsets in the
        article text: the sentence, or the section from its first to its last sentence);
        ``text`` (the sentence, or the section's sentences joined by " / ");
        ``closest_score``, ``closest_outlet``, ``closest_text`` (most similar sentence of
        another outlet when it reaches ``RELATED_RATIO`` × threshold; 0 / empty otherwise
        and for sections); ``has_number``, ``has_quote``, ``has_person`` (what the sentence
        holds; False for sections); ``weight`` (how many of the three); ``rank`` (1 = first
        within the outlet). Sorted by outlet (story order), then rank. Empty for a story of
        one outlet (nothing to compare with).
    """
    outlets = {a.outlet_key for a in story.articles}
    if len(outlets) < 2:
        return pd.DataFrame(columns=UNIQUE_COLUMNS)
    st = sentence_status(story, threshold=threshold)
    toks = tokens_table(story)
    words = toks[~toks.is_punct].groupby(["article_id", "sent_id"], observed=True).size()
    numbers = _number_sentences(story)
    persons = _person_sentences(story)
    key = list(zip(st.article_id, st.sent_id))
    n_words = np.array([words.get(k, 0) for k in key])
    alone = st[(st.n_outlets == 1) & (n_words >= MIN_UNIQUE_WORDS)]
    rows = []
    for r in alone.itertuples():
        has_number, has_quote, has_person = (r.article_id, r.sent_id) in numbers, \
            bool(_QUOTE_MARKS.search(r.text)), (r.article_id, r.sent_id) in persons
        rows.append((r.article_id, r.outlet, "sentence", r.section, r.sent_id, r.start, r.end, r.text, r.best_score,
                     r.best_outlet, r.best_text, has_number, has_quote, has_person))
    generic = {"headline", "standfirst", "lede", "body"}
    key_of = {a.article_id: a.outlet_key for a in story.articles}
    by_art = st.groupby("article_id", sort=False)
    sections: dict[str, set[str]] = {}
    for aid, g in by_art:
        sections.setdefault(key_of[aid], set()).update(set(g.section) - generic)
    for aid, g in by_art:
        others = set().union(*(s for k, s in sections.items() if k != key_of[aid]))
        for sec in dict.fromkeys(g.section):
            if sec in generic or sec in others:
                continue
            part = g[g.section == sec]
            rows.append((aid, part.outlet.iat[0], "section", sec, -1, int(part.start.min()), int(part.end.max()),
                         " / ".join(part.text), 0.0, "", "", False, False, False))
    out = pd.DataFrame(rows, columns=UNIQUE_COLUMNS[:-2])
    out["weight"] = out[["has_number", "has_quote", "has_person"]].sum(axis=1).astype(int)
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    first_of_outlet: dict[str, int] = {}
    for a in story.articles:
        first_of_outlet.setdefault(a.outlet_key, order[a.article_id])
    out["_outlet"] = out.article_id.map(lambda a: first_of_outlet[key_of[a]])
    out["_art"] = out.article_id.map(order)
    out["_kind"] = (out.kind == "section").astype(int)
    out = out.sort_values(["_outlet", "_kind", "weight", "_art", "sent_id"], ascending=[True, True, False, True, True],
                          kind="stable")
    out["rank"] = out.groupby("_outlet").cumcount() + 1
    return out[UNIQUE_COLUMNS].reset_index(drop=True)


def _number_sentences(story: Story) -> set[tuple[str, int]]:
    """Sentences holding a number that is not part of a date or a year."""
    toks = tokens_table(story)
    nums = toks[toks.is_number]
    out = set()
    texts = {a.article_id: a.text for a in story.articles}
    sents = sentences_table(story)
    bounds = {(a, int(s)): (int(b), int(e)) for a, s, b, e in
              zip(sents["article_id"].astype(str), sents["sent_id"], sents["start"], sents["end"])}
    for (aid, sid), g in nums.groupby(["article_id", "sent_id"], observed=True, sort=False):
        s0, s1 = bounds[(str(aid), int(sid))]
        spans = [(d.start + s0, d.end + s0) for d in find_dates(texts[aid][s0:s1])]
        for start, raw in zip(g.start.tolist(), g["text"].astype(str).tolist()):
            if _YEAR.match(raw) or any(a <= start < b for a, b in spans):
                continue
            if not raw[:1].isdigit() and raw.lower() in ("one", "none"):
                continue
            out.add((aid, int(sid)))
            break
    return out


def _person_sentences(story: Story) -> set[tuple[str, int]]:
    """Sentences naming a person (entity mentions of kind person)."""
    m = entity_mentions(story)
    m = m[m.kind == "person"]
    return set(zip(m.article_id, m.sent_id.astype(int)))
