"""Text reuse: long runs of identical words shared by two articles (wire copy, press releases).

Words are compared in normalised form (lower case, straight quotes), punctuation ignored.
Every run of ``MIN_RUN_WORDS`` consecutive words seeds a match (the runs of the whole story
hashed and sorted once, no scan per pair of articles); seeds on the same diagonal that touch or
overlap are merged into one maximal run. A run of 8 words rarely recurs by chance in news prose except set phrases ("a larger
share of the province's natural resources" is already a sign of shared background copy).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import tokens_table

#: Fewest identical consecutive words reported as reuse.
MIN_RUN_WORDS = 8

#: Columns of :func:`text_reuse`.
REUSE_COLUMNS = ["article_id", "outlet", "sent_id", "start", "end", "text", "other_article_id", "other_outlet",
                 "other_sent_id", "other_start", "other_end", "other_text", "n_words"]


def shared_runs(a: list[str], b: list[str], *, min_run: int = MIN_RUN_WORDS) -> list[tuple[int, int, int]]:
    """Maximal runs of identical words in two word lists.

    Args:
        a: words of one text.
        b: words of another.
        min_run: fewest words in a run.

    Returns:
        ``(i, j, length)``: ``a[i:i+length] == b[j:j+length]``, runs maximal and in order
        of ``i``.
    """
    if len(a) < min_run or len(b) < min_run:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - min_run + 1):
        index.setdefault(tuple(b[j:j + min_run]), []).append(j)
    runs: list[tuple[int, int, int]] = []
    covered: set[tuple[int, int]] = set()
    for i in range(len(a) - min_run + 1):
        for j in index.get(tuple(a[i:i + min_run]), ()):
            if (i, j) in covered:
                continue
            n = min_run
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            for k in range(n):
                covered.add((i + k, j + k))
            runs.append((i, j, n))
    return runs


def _seeds(codes: np.ndarray, art: np.ndarray, pos: np.ndarray, *, min_run: int) -> np.ndarray:
    """Every place two articles share ``min_run`` consecutive words: rows ``(x, y, i, j)``, ``x < y``.

    One pass over the story's words, not one per pair of articles: each run of ``min_run`` word codes
    (within one article) gets a 64-bit polynomial hash; sorting the hashes groups equal runs, the
    pairs inside a group of two or more articles are the candidate seeds, and each is checked word
    by word (so a hash collision never makes a seed).

    Args:
        codes: word codes of every article's words, article after article.
        art: the article number (story order) of each word.
        pos: each word's position within its article.
        min_run: words per run.

    Returns:
        An int64 array of shape (k, 4), unsorted.
    """
    empty = np.zeros((0, 4), dtype=np.int64)
    n = codes.size
    if n < min_run:
        return empty
    # a run may start where its min_run words lie in one article
    starts = np.flatnonzero(art[min_run - 1:] == art[:n - min_run + 1])
    if starts.size == 0:
        return empty
    with np.errstate(over="ignore"):
        h = np.zeros(starts.size, dtype=np.uint64)
        mult = np.uint64(1_000_003)
        for t in range(min_run):
            h = h * mult + (codes[starts + t].astype(np.uint64) + np.uint64(1))
    order = np.argsort(h, kind="stable")
    hs, st = h[order], starts[order]
    cut = np.flatnonzero(hs[1:] != hs[:-1]) + 1
    g0 = np.r_[0, cut]
    g1 = np.r_[cut, hs.size]
    multi = np.flatnonzero((g1 - g0) > 1)
    out = []
    for lo, hi in zip(g0[multi].tolist(), g1[multi].tolist()):
        members = st[lo:hi]
        arts = art[members]
        if arts.min() == arts.max():
            continue
        a = np.repeat(members, members.size)
        b = np.tile(members, members.size)
        keep = art[a] < art[b]
        a, b = a[keep], b[keep]
        same = np.ones(a.size, dtype=bool)
        for t in range(min_run):
            same &= codes[a + t] == codes[b + t]
        a, b = a[same], b[same]
        if a.size:
            out.append(np.stack([art[a], art[b], pos[a], pos[b]], axis=1))
    return np.concatenate(out).astype(np.int64) if out else empty


def _runs(seeds: np.ndarray, *, min_run: int) -> np.ndarray:
    """Merge seeds into maximal runs: rows ``(x, y, i, j, n_words)`` sorted by pair, then ``i``, then ``j``.

    Seeds of one pair on one diagonal (``j - i``) at consecutive ``i`` are one run: a run of ``n``
    identical words holds exactly the ``n - min_run + 1`` seeds from its start, and the word after
    it differs (else one more seed), as :func:`shared_runs` finds them.
    """
    if seeds.size == 0:
        return np.zeros((0, 5), dtype=np.int64)
    x, y, i, j = seeds.T
    d = j - i
    order = np.lexsort((i, d, y, x))
    x, y, i, j, d = x[order], y[order], i[order], j[order], d[order]
    new = np.r_[True, (x[1:] != x[:-1]) | (y[1:] != y[:-1]) | (d[1:] != d[:-1]) | (i[1:] != i[:-1] + 1)]
    first = np.flatnonzero(new)
    last = np.r_[first[1:], x.size] - 1
    runs = np.stack([x[first], y[first], i[first], j[first], i[last] - i[first] + min_run], axis=1)
    return runs[np.lexsort((runs[:, 3], runs[:, 2], runs[:, 1], runs[:, 0]))]


@accepts_story
def text_reuse(story: Story, *, min_run: int = MIN_RUN_WORDS) -> pd.DataFrame:
    """Runs of identical words shared by pairs of articles.

    The words of all articles are indexed once (:func:`_seeds`), so the cost grows with the
    story's words (and the runs found), not with its pairs of articles.

    Args:
        story: the story.
        min_run: fewest identical consecutive words reported.

    Returns:
        One row per run and pair of articles (each pair once, in story order).
        Columns: ``article_id``, ``outlet``, ``sent_id`` (sentence where the run starts),
        ``start``, ``end`` (offsets of the run in the article text), ``text`` (the run as
        written there); the same for the other article (``other_…``); ``n_words``.
        Empty for a story of one article or when nothing is shared.
    """
    toks = tokens_table(story)
    words = toks[~toks.is_punct]
    labels = {a.article_id: a.label for a in story.articles}
    texts = {a.article_id: a.text for a in story.articles}
    present = set(words["article_id"].astype(str).unique()) if len(words) else set()
    ids = [a.article_id for a in story.articles if a.article_id in present]
    rank = {aid: k for k, aid in enumerate(ids)}
    art = words["article_id"].astype(str).map(rank).to_numpy(dtype=np.int64)
    order = np.argsort(art, kind="stable")  # article after article, text order within each
    art = art[order]
    codes = pd.factorize(words["norm"].astype(str).to_numpy()[order])[0].astype(np.int64)
    first = np.searchsorted(art, np.arange(len(ids) + 1))
    pos = np.arange(art.size) - first[art] if art.size else art
    w_start = words["start"].to_numpy(dtype=np.int64)[order]
    w_end = words["end"].to_numpy(dtype=np.int64)[order]
    w_sent = words["sent_id"].to_numpy(dtype=np.int64)[order]
    rows = []
    for x, y, i, j, n in _runs(_seeds(codes, art, pos, min_run=min_run), min_run=min_run).tolist():
        ax, ay = ids[x], ids[y]
        gi, gj = first[x] + i, first[y] + j
        s0, e0 = int(w_start[gi]), int(w_end[gi + n - 1])
        s1, e1 = int(w_start[gj]), int(w_end[gj + n - 1])
        rows.append((ax, labels[ax], int(w_sent[gi]), s0, e0, texts[ax][s0:e0], ay, labels[ay],
                     int(w_sent[gj]), s1, e1, texts[ay][s1:e1], n))
    out = pd.DataFrame(rows, columns=REUSE_COLUMNS)
    return out.sort_values(["n_words"], ascending=False, kind="stable").reset_index(drop=True)
