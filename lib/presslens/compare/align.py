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

Vectorised: vectors are dense numpy rows over the stems that occur in at least two
articles (the only stems that can contribute to a cross-article dot product); norms come
from the full vectors. One matrix product per story, no Python loop over sentence pairs.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

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
                    "coverage", "score", "sent_id", "start", "end", "text"]
#: Columns of :func:`unique_content`.
UNIQUE_COLUMNS = ["article_id", "outlet", "kind", "section", "sent_id", "start", "end", "text",
                  "closest_score", "closest_outlet", "closest_text"]


def _content_stems(story: Story) -> tuple[pd.DataFrame, list[Counter[str]]]:
    sents = sentences_table(story)
    toks = tokens_table(story)
    keep = toks[~toks.is_stop & ~toks.is_punct & (toks["norm"].str.len() > 1) & ~toks["norm"].isin(REPORTING_VERBS)]
    bags: dict[tuple[str, int], Counter[str]] = {}
    for aid, sid, st in zip(keep.article_id, keep.sent_id, keep["stem"]):
        bags.setdefault((aid, sid), Counter())[st] += 1
    return sents, [bags.get((a, s), Counter()) for a, s in zip(sents.article_id, sents.sent_id)]


@accepts_story
def similarity_matrix(story: Story) -> tuple[pd.DataFrame, np.ndarray]:
    """Cosine similarity of every pair of sentences of a story (TF-IDF over stems).

    Args:
        story: the story.

    Returns:
        ``(sentences, sim)``: the sentences table (see
        :func:`presslens.corpus.tables.sentences_table`) and an ``n × n`` float32 matrix whose
        entry ``[i, j]`` is the cosine of sentences ``i`` and ``j`` (rows in table order);
        entries between sentences of the same article are 0. Computed once per story and
        shared: treat both as read-only.
    """
    return _similarity(story)


@lru_cache(maxsize=8)
def _similarity(story: Story) -> tuple[pd.DataFrame, np.ndarray]:
    sents, bags = _content_stems(story)
    n = len(sents)
    if n == 0:
        return sents, np.zeros((0, 0), dtype=np.float32)
    df = Counter(st for bag in bags for st in bag)
    idf = {st: float(np.log((1 + n) / (1 + c)) + 1.0) for st, c in df.items()}
    arts = sents.article_id.to_numpy()
    stem_arts: dict[str, set[str]] = {}
    for aid, bag in zip(arts, bags):
        for st in bag:
            stem_arts.setdefault(st, set()).add(aid)
    vocab = {st: i for i, st in enumerate(st for st, a in stem_arts.items() if len(a) > 1)}
    mat = np.zeros((n, max(len(vocab), 1)), dtype=np.float32)
    norms = np.zeros(n, dtype=np.float32)
    for i, bag in enumerate(bags):
        sq = 0.0
        for st, c in bag.items():
            w = (1.0 + np.log(c)) * idf[st]
            sq += w * w
            j = vocab.get(st)
            if j is not None:
                mat[i, j] = w
        norms[i] = np.sqrt(sq)
    norms[norms == 0] = 1.0
    mat /= norms[:, None]
    sim = mat @ mat.T
    binary = (mat > 0).astype(np.float32)
    sim[(binary @ binary.T) < MIN_SHARED_STEMS] = 0.0
    same = arts[:, None] == arts[None, :]
    sim[same] = 0.0
    return sents, sim


@accepts_story
def sentence_alignment(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Each sentence's best counterpart in every other article.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        One row per (sentence, other article). Columns: ``article_id``, ``outlet`` (the
        article's label), ``sent_id``, ``section``, ``start``, ``end`` (offsets in the
        article text), ``text``; ``other_article_id``, ``other_outlet``, ``other_sent_id``,
        ``other_start``, ``other_end``, ``other_text``: the most similar sentence of the
        other article; ``score`` (cosine, 0–1, rounded to 3 places); ``match``
        (``same`` ≥ threshold, ``related`` ≥ ``RELATED_RATIO`` × threshold, else ``none``).
        Empty (with these columns) for a story of one article.
    """
    sents, sim = similarity_matrix(story)
    labels = {a.article_id: a.label for a in story.articles}
    ids = [a.article_id for a in story.articles]
    if len(ids) < 2 or sim.size == 0:
        return pd.DataFrame(columns=ALIGNMENT_COLUMNS)
    arts = sents.article_id.to_numpy()
    parts = []
    for other in ids:
        cols = np.flatnonzero(arts == other)
        if cols.size == 0:
            continue
        rows = np.flatnonzero(arts != other)
        block = sim[np.ix_(rows, cols)]
        best = cols[block.argmax(axis=1)]
        score = block.max(axis=1)
        me = sents.iloc[rows]
        them = sents.iloc[best]
        parts.append(pd.DataFrame({
            "article_id": me.article_id.to_numpy(), "outlet": me.article_id.map(labels).to_numpy(),
            "sent_id": me.sent_id.to_numpy(), "section": me.section.to_numpy(), "start": me.start.to_numpy(),
            "end": me.end.to_numpy(), "text": me.text.to_numpy(), "other_article_id": other,
            "other_outlet": labels[other], "other_sent_id": them.sent_id.to_numpy(),
            "other_start": them.start.to_numpy(), "other_end": them.end.to_numpy(),
            "other_text": them.text.to_numpy(), "score": np.round(score.astype(float), 3),
        }))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=ALIGNMENT_COLUMNS[:-1])
    out["match"] = np.where(out.score >= threshold, "same",
                            np.where(out.score >= RELATED_RATIO * threshold, "related", "none"))
    order = {a: i for i, a in enumerate(ids)}
    out = out.sort_values(["article_id", "sent_id", "other_article_id"],
                          key=lambda s: s.map(order) if s.name != "sent_id" else s, kind="stable")
    return out[ALIGNMENT_COLUMNS].reset_index(drop=True)


def _units(sents: pd.DataFrame, sim: np.ndarray, threshold: float) -> np.ndarray:
    """Connected components of sentences linked to their best counterpart in another
    article when that reaches the threshold (union-find; best links only, so that chains of
    weak overlaps do not merge unrelated facts)."""
    n = len(sents)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    arts = sents.article_id.to_numpy()
    edges: list[tuple[int, int]] = []
    for other in dict.fromkeys(arts.tolist()):
        cols = np.flatnonzero(arts == other)
        best = cols[sim[:, cols].argmax(axis=1)]
        ok = np.flatnonzero((sim[np.arange(n), best] >= threshold) & (arts != other))
        edges += list(zip(ok.tolist(), best[ok].tolist()))
    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    roots = [find(i) for i in range(n)]
    ids: dict[int, int] = {}
    return np.array([ids.setdefault(r, len(ids)) for r in roots], dtype=int)


@accepts_story
def sentence_status(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Tell for every sentence whether its content is shared, partly shared or unique.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        One row per sentence. Columns: ``article_id``, ``outlet``, ``sent_id``,
        ``section``, ``start``, ``end``, ``text``; ``unit_id`` (content unit, 0-based in
        order of first appearance); ``status`` (see the module docstring; ``unique`` for
        every sentence of a one-article story); ``n_outlets`` (articles with a counterpart
        ≥ threshold, this one included); ``best_score``, ``best_outlet``, ``best_text``
        (the most similar sentence of any other article; 0 and empty when none).
    """
    sents, sim = similarity_matrix(story)
    labels = {a.article_id: a.label for a in story.articles}
    if len(sents) == 0:
        return pd.DataFrame(columns=STATUS_COLUMNS)
    arts = sents.article_id.to_numpy()
    ids = [a.article_id for a in story.articles if (arts == a.article_id).any()]
    n_others = len(ids) - 1
    matched = np.zeros(len(sents), dtype=int)
    for other in ids:
        cols = arts == other
        matched += (sim[:, cols] >= threshold).any(axis=1).astype(int)
    best = sim.argmax(axis=1) if n_others > 0 else np.zeros(len(sents), dtype=int)
    best_score = sim[np.arange(len(sents)), best] if n_others > 0 else np.zeros(len(sents))
    related = best_score >= RELATED_RATIO * threshold
    status = np.where((matched == n_others) & (n_others > 0), "shared",
                      np.where((matched > 0) | related, "partly shared", "unique"))
    out = sents.copy()
    out.insert(1, "outlet", out.article_id.map(labels))
    out["unit_id"] = _units(sents, sim, threshold)
    out["status"] = status
    out["n_outlets"] = matched + 1
    has = best_score > 0
    out["best_score"] = np.round(best_score.astype(float), 3)
    out["best_outlet"] = np.where(has, sents.article_id.to_numpy()[best], "")
    out["best_outlet"] = out["best_outlet"].map(lambda a: labels.get(a, ""))
    out["best_text"] = np.where(has, sents.text.to_numpy()[best], "")
    return out[STATUS_COLUMNS].reset_index(drop=True)


@accepts_story
def coverage_matrix(story: Story, *, threshold: float = SIMILARITY_THRESHOLD, reference: str = "") -> pd.DataFrame:
    """The coverage matrix: content units × outlets, in long format.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.
        reference: an article id or label whose units come first (and whose sentence
            names each unit); empty for story order.

    Returns:
        One row per (content unit, article). Columns: ``unit_id``; ``unit_text`` (the
        unit's first sentence in the reference article, else in story order);
        ``unit_article_id`` (where that sentence is); ``status`` (``shared``: every
        article covers the unit; ``partly shared``: more than one but not all, or one
        article plus a related sentence elsewhere; ``unique``: one article);
        ``n_outlets`` (articles covering it); ``article_id``, ``outlet``; ``coverage``
        (``same``: the article has a sentence of the unit; ``related``: its closest
        sentence reaches ``RELATED_RATIO`` × threshold; ``none``); ``score`` (1.0 for
        ``same``, else the best cosine of the article's sentences with the unit's
        sentences); ``sent_id``, ``start``, ``end``, ``text`` (the article's sentence of the
        unit, its first one, or its closest sentence for ``related``; -1 / empty for ``none``).
    """
    sents, sim = similarity_matrix(story)
    if len(sents) == 0:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    labels = {a.article_id: a.label for a in story.articles}
    ids = [a.article_id for a in story.articles]
    ref = next((a.article_id for a in story.articles if reference and reference in (a.article_id, a.label)), "")
    if ref:
        ids = [ref] + [i for i in ids if i != ref]
    units = _units(sents, sim, threshold)
    arts = sents.article_id.to_numpy()
    rank = {a: i for i, a in enumerate(ids)}
    art_rank = np.array([rank[a] for a in arts])
    sent_ids = sents.sent_id.to_numpy()
    sent_order = np.lexsort((sent_ids, art_rank))
    unit_order = np.array(list(dict.fromkeys(units[sent_order].tolist())))
    n_units = len(unit_order)
    new_id = np.empty(n_units, dtype=int)
    new_id[unit_order] = np.arange(n_units)
    u = new_id[units]  # unit of each sentence, numbered in display order
    first = np.full(n_units, -1)
    for i in sent_order[::-1]:
        first[u[i]] = i
    # best cosine of every sentence with each unit (max over the unit's members)
    best = np.zeros((n_units, len(sents)), dtype=np.float32)
    np.maximum.at(best, u, sim)
    related_min = RELATED_RATIO * threshold
    members = pd.DataFrame({"unit": u, "art": arts, "row": np.arange(len(sents)), "order": art_rank * 100000 + sent_ids})
    first_member = members.sort_values("order").drop_duplicates(["unit", "art"]).set_index(["unit", "art"]).row
    n_cov = members.groupby("unit").art.nunique().reindex(range(n_units)).to_numpy()
    cells = []
    for aid in ids:
        cols = np.flatnonzero(arts == aid)
        if cols.size == 0:
            cells.append((aid, np.full(n_units, "none", dtype=object), np.zeros(n_units), np.full(n_units, -1)))
            continue
        j = cols[best[:, cols].argmax(axis=1)]
        sc = best[np.arange(n_units), j].astype(float)
        mine = first_member.reindex(pd.MultiIndex.from_arrays([np.arange(n_units), np.full(n_units, aid)]))
        has = mine.notna().to_numpy()
        cov = np.where(has, "same", np.where(sc >= related_min, "related", "none")).astype(object)
        row = np.where(has, mine.fillna(-1).to_numpy().astype(int), np.where(sc >= related_min, j, -1))
        cells.append((aid, cov, np.where(has, 1.0, np.round(sc, 3)), row))
    any_related = np.zeros(n_units, dtype=bool)
    for _, cov, _, _ in cells:
        any_related |= cov == "related"
    status = np.where((n_cov == len(ids)) & (len(ids) > 1), "shared",
                      np.where((n_cov > 1) | any_related, "partly shared", "unique"))
    texts = sents.text.to_numpy()
    parts = []
    for aid, cov, sc, row in cells:
        ok = row >= 0
        safe = np.where(ok, row, 0)
        parts.append(pd.DataFrame({
            "unit_id": np.arange(n_units), "unit_text": texts[first], "unit_article_id": arts[first], "status": status,
            "n_outlets": n_cov, "article_id": aid, "outlet": labels[aid], "coverage": cov, "score": sc,
            "sent_id": np.where(ok, sent_ids[safe], -1), "start": np.where(ok, sents.start.to_numpy()[safe], -1),
            "end": np.where(ok, sents.end.to_numpy()[safe], -1), "text": np.where(ok, texts[safe], ""),
        }))
    out = pd.concat(parts, ignore_index=True)
    order = {a: i for i, a in enumerate(ids)}
    out = out.sort_values(["unit_id", "article_id"], key=lambda c: c.map(order) if c.name == "article_id" else c,
                          kind="stable")
    return out[COVERAGE_COLUMNS].reset_index(drop=True)


def coverage_pivot(coverage: pd.DataFrame, *, max_units: int = 60) -> pd.DataFrame:
    """The coverage matrix as a units × outlets grid for a heatmap.

    Args:
        coverage: the table of :func:`coverage_matrix`.
        max_units: most units kept (those covered by the most outlets first, then in
            order), so the figure stays readable.

    Returns:
        Index: unit label ("U<id> <first words>"); columns: outlets in story order;
        values: 2 (the outlet reports the unit), 1 (a related sentence), 0 (nothing).
        Empty when the coverage table is.
    """
    if coverage.empty:
        return pd.DataFrame()
    level = coverage.assign(v=coverage.coverage.map({"same": 2, "related": 1, "none": 0}))
    grid = level.pivot_table(index="unit_id", columns="outlet", values="v", aggfunc="max", sort=False)
    grid = grid[list(dict.fromkeys(coverage.outlet))]
    n_cov = coverage.drop_duplicates("unit_id").set_index("unit_id").n_outlets
    keep = sorted(grid.index, key=lambda u: (-n_cov[u], u))[:max_units]
    grid = grid.loc[sorted(keep)]
    texts = coverage.drop_duplicates("unit_id").set_index("unit_id").unit_text
    grid.index = [f"U{u} {' '.join(str(texts[u]).split()[:8])}" for u in grid.index]
    return grid.fillna(0).astype(int)


@accepts_story
def unique_content(story: Story, *, threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """What each outlet alone reports: sentences with no counterpart elsewhere, and sections.

    A sentence is listed when no other article has a sentence with cosine ≥ threshold
    (its closest counterpart is given so the reader can judge partial overlaps). A
    section (key points, risks, context, …; not headline, standfirst, lede or body) is
    listed when no other article has a section of that kind.

    Args:
        story: the story.
        threshold: cosine at or above which two sentences report the same content.

    Returns:
        Columns: ``article_id``, ``outlet``; ``kind`` (``sentence`` or ``section``);
        ``section``; ``sent_id`` (-1 for a section row); ``start``, ``end`` (offsets in the
        article text: the sentence, or the section from its first to its last sentence);
        ``text`` (the sentence, or the section's sentences joined by " / ");
        ``closest_score``, ``closest_outlet``, ``closest_text`` (most similar sentence in
        another article; 0 / empty for sections and one-article stories). Empty for a
        story of one article (nothing to compare with).
    """
    if len(story.articles) < 2:
        return pd.DataFrame(columns=UNIQUE_COLUMNS)
    st = sentence_status(story, threshold=threshold)
    alone = st[st.n_outlets == 1]
    rows = [(r.article_id, r.outlet, "sentence", r.section, r.sent_id, r.start, r.end, r.text, r.best_score,
             r.best_outlet, r.best_text) for r in alone.itertuples()]
    generic = {"headline", "standfirst", "lede", "body"}
    by_art = st.groupby("article_id", sort=False)
    sections = {aid: set(g.section) - generic for aid, g in by_art}
    for aid, g in by_art:
        others = set().union(*(s for a, s in sections.items() if a != aid))
        for sec in dict.fromkeys(g.section):
            if sec in generic or sec in others:
                continue
            part = g[g.section == sec]
            rows.append((aid, part.outlet.iat[0], "section", sec, -1, int(part.start.min()), int(part.end.max()),
                         " / ".join(part.text), 0.0, "", ""))
    out = pd.DataFrame(rows, columns=UNIQUE_COLUMNS)
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    out = out.sort_values(["article_id", "kind", "sent_id"], key=lambda s: s.map(order) if s.name == "article_id" else s,
                          kind="stable")
    return out.reset_index(drop=True)
