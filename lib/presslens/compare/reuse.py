"""Text reuse: long runs of identical words shared by two articles (wire copy, press releases).

Words are compared in normalised form (lower case, straight quotes), punctuation ignored.
Every run of ``MIN_RUN_WORDS`` consecutive words seeds a match (a dict of word n-grams, no
pairwise scan); seeds on the same diagonal that touch or overlap are merged into one maximal
run. A run of 8 words rarely recurs by chance in news prose except set phrases ("a larger
share of the province's natural resources" is already a sign of shared background copy).
"""

from __future__ import annotations

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


@accepts_story
def text_reuse(story: Story, *, min_run: int = MIN_RUN_WORDS) -> pd.DataFrame:
    """Runs of identical words shared by pairs of articles.

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
    per = {aid: g for aid, g in words.groupby("article_id", sort=False)}
    ids = [a.article_id for a in story.articles if a.article_id in per]
    norms = {aid: per[aid]["norm"].tolist() for aid in ids}
    rows = []
    for x, ax in enumerate(ids):
        gx = per[ax]
        for ay in ids[x + 1:]:
            gy = per[ay]
            for i, j, n in shared_runs(norms[ax], norms[ay], min_run=min_run):
                s0, e0 = int(gx.start.iat[i]), int(gx.end.iat[i + n - 1])
                s1, e1 = int(gy.start.iat[j]), int(gy.end.iat[j + n - 1])
                rows.append((ax, labels[ax], int(gx.sent_id.iat[i]), s0, e0, texts[ax][s0:e0], ay, labels[ay],
                             int(gy.sent_id.iat[j]), s1, e1, texts[ay][s1:e1], n))
    out = pd.DataFrame(rows, columns=REUSE_COLUMNS)
    return out.sort_values(["n_words"], ascending=False, kind="stable").reset_index(drop=True)
