"""Distinctive terms: weighted log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", section 3.5: for a term *w*, outlet *i*
and comparison corpus *j* (the other outlets together, or one reference outlet),

    δ_w = log((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α_0 − y_jw − α_w))
    σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w),      z_w = δ_w / σ_w

with the prior α_w proportional to the term's frequency in the whole story (all outlets),
scaled so that α_0 = ``prior_scale`` × the story's size. Unlike a two-group Fightin' Words,
every outlet is compared against the rest, so any number of outlets works.

Three views of the tokens (``view`` column): ``words`` (content words: stopwords,
punctuation and numbers left out), ``bigrams`` (two adjacent tokens in one sentence, no
punctuation, neither end a stopword, no number) and ``numbers`` (number tokens, kept apart
because counts matter in this field: "145" and "48" are findings, not noise).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, tokens_table

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Views in display order.
VIEWS: tuple[str, ...] = ("words", "bigrams", "numbers")
#: Prior strength: α_0 as a share of the story's token count in the view.
PRIOR_SCALE = 0.1
#: Default minimum count of a term (outlet and comparison together) to be reported.
MIN_COUNT = 2
#: |z| at or above which a term is called distinctive (≈ two-sided p < 0.05).
Z_DISTINCTIVE = 1.96

#: A character that would sort a joined bigram ("a b") apart from its pair of words.
_LOW_CHAR_RE = re.compile(r"[\x00- ]")

#: Columns of :func:`distinctive_terms`.
TERM_COLUMNS = ["view", "outlet", "article_id", "comparison", "term", "count", "count_other", "rate",
                "rate_other", "log_odds", "z", "distinctive", "n_sentences", "sent_id", "start", "end",
                "sentence"]
#: Columns of :func:`term_occurrences`.
OCCURRENCE_COLUMNS = ["view", "article_id", "outlet", "term", "sent_id", "start", "end"]


class _Tokens(NamedTuple):
    """The token columns the views need, as numpy arrays (one item per token, in table order)."""

    art: np.ndarray  # index of the token's article in ``story.articles``
    sent: np.ndarray  # sent_id
    start: np.ndarray
    end: np.ndarray
    norm: np.ndarray  # code of the norm: ``norms[code]``
    norms: list[str]
    plain_order: bool  # norms strictly sorted, no character <= " ": "a b" sorts as the pair (a, b)
    content: np.ndarray  # bool: a words-view token (not punctuation, not a number, not a stopword)
    number: np.ndarray  # bool: a numbers-view token (a number, not punctuation)


class _Bigrams(Sequence):
    """Bigram terms in sorted order, each built when asked for (most are never reported)."""

    def __init__(self, norms: list[str], keys: np.ndarray, width: int) -> None:
        """Bigrams ``norms[k // width] + " " + norms[k % width]`` for the keys ``k`` (in sorted order)."""
        self.norms, self.keys, self.width = norms, keys, width

    def __len__(self) -> int:
        """Number of bigrams."""
        return len(self.keys)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        """The i-th bigram."""
        a, b = divmod(int(self.keys[i]), self.width)
        return f"{self.norms[a]} {self.norms[b]}"


class _View(NamedTuple):
    """The occurrences of one view, in token order (arrays: one item per occurrence)."""

    terms: Sequence[str]  # the view's distinct terms, sorted
    term: np.ndarray  # index into ``terms``
    first: np.ndarray  # token index where the occurrence starts
    last: np.ndarray  # token index where it ends (the same as ``first`` but for bigrams)


def _codes(col: pd.Series) -> tuple[np.ndarray, list]:
    """Integer codes of a column and the values they stand for.

    Args:
        col: a categorical or plain column.

    Returns:
        ``(codes, values)``: int64 codes (one per row) and ``values[code]``.
    """
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.cat.codes.to_numpy().astype(np.int64), col.cat.categories.tolist()
    codes, uniques = pd.factorize(col)
    return codes.astype(np.int64), list(uniques)


def _token_arrays(story: Story) -> _Tokens:
    """The story's tokens table as plain arrays (compact or plain storage alike).

    Args:
        story: the story.

    Returns:
        The :class:`_Tokens` of the story.
    """
    toks = tokens_table(story)
    art_codes, art_ids = _codes(toks["article_id"])
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    art = np.array([order[a] for a in art_ids] or [0], dtype=np.int64)[art_codes]
    norm, norms = _codes(toks["norm"])
    punct = toks["is_punct"].to_numpy(dtype=bool)
    stop = toks["is_stop"].to_numpy(dtype=bool)
    num = toks["is_number"].to_numpy(dtype=bool)
    plain_order = (sorted(norms) == norms and not any(map(operator.eq, norms, norms[1:]))
                   and not _LOW_CHAR_RE.search("".join(norms)))
    return _Tokens(art, toks["sent_id"].to_numpy(dtype=np.int64), toks["start"].to_numpy(dtype=np.int64),
                   toks["end"].to_numpy(dtype=np.int64), norm, norms, plain_order, ~(punct | num | stop),
                   num & ~punct)


def _sorted_terms(strings: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct strings in sorted order and the position of each input string among them.

    Args:
        strings: strings (repeats allowed).

    Returns:
        ``(terms, index)``: ``terms[index[i]] == strings[i]``.
    """
    terms = sorted(strings)
    if terms == strings and not any(map(operator.eq, terms, terms[1:])):  # already sorted and distinct
        return terms, np.arange(len(terms), dtype=np.int64)
    terms = sorted(set(strings))
    pos = {t: i for i, t in enumerate(terms)}
    return terms, np.array([pos[s] for s in strings], dtype=np.int64)


def _unigram_view(toks: _Tokens, mask: np.ndarray) -> _View:
    """The words or numbers view: one occurrence per selected token, the term is its norm.

    Args:
        toks: the story's tokens.
        mask: the tokens of the view.

    Returns:
        The view's occurrences.
    """
    idx = np.flatnonzero(mask)
    codes = toks.norm[idx]
    present = np.bincount(codes, minlength=len(toks.norms)) > 0
    used = np.flatnonzero(present)
    terms, remap = _sorted_terms([toks.norms[c] for c in used.tolist()])
    return _View(terms, remap[(np.cumsum(present) - 1)[codes]], idx, idx)


def _bigram_view(toks: _Tokens) -> _View:
    """The bigrams view: two adjacent words-view tokens of one sentence, their norms joined by a space.

    Args:
        toks: the story's tokens.

    Returns:
        The view's occurrences (ordered by their second token).
    """
    ok = toks.content
    last = np.flatnonzero(ok[1:] & ok[:-1] & (toks.art[1:] == toks.art[:-1]) & (toks.sent[1:] == toks.sent[:-1])) + 1
    first = last - 1
    width = max(len(toks.norms), 1)
    used, inv = np.unique(toks.norm[first] * width + toks.norm[last], return_inverse=True)
    if toks.plain_order:  # the keys sort as the strings: build only the bigrams that are asked for
        return _View(_Bigrams(toks.norms, used, width), inv.astype(np.int64), first, last)
    terms, remap = _sorted_terms([f"{toks.norms[k // width]} {toks.norms[k % width]}" for k in used.tolist()])
    return _View(terms, remap[inv], first, last)


def _views(toks: _Tokens) -> dict[str, _View]:
    """The occurrences of the three views.

    Args:
        toks: the story's tokens.

    Returns:
        ``{view: occurrences}`` for ``words``, ``bigrams`` and ``numbers``.
    """
    return {"words": _unigram_view(toks, toks.content), "bigrams": _bigram_view(toks),
            "numbers": _unigram_view(toks, toks.number)}


@lru_cache(maxsize=16)
def _story_views(story: Story) -> tuple[_Tokens, dict[str, _View]]:
    """The story's tokens and the occurrences of the three views (cached per story: read-only arrays).

    Args:
        story: the story.

    Returns:
        ``(tokens, {view: occurrences})``.
    """
    toks = _token_arrays(story)
    views = _views(toks)
    for arr in [*toks, *(a for v in views.values() for a in v)]:
        if isinstance(arr, np.ndarray):
            arr.flags.writeable = False  # shared by every caller
    return toks, views


@accepts_story
def term_occurrences(story: Story) -> pd.DataFrame:
    """Every occurrence of every term in the three views.

    Args:
        story: the story.

    Returns:
        Columns: ``view`` (words | bigrams | numbers); ``article_id``; ``outlet`` (the
        article label); ``term`` (normalised text; a bigram is two norms joined by a space);
        ``sent_id``; ``start``, ``end`` (offsets of the term in the article text). Rows in
        token order (a bigram after the word or number ending it).
    """
    toks, views = _story_views(story)
    if not any(len(v.last) for v in views.values()):
        return pd.DataFrame([], columns=OCCURRENCE_COLUMNS)
    # a token's own (word or number) row comes before the bigram it ends: sort keys 2i and 2i + 1
    key = np.concatenate([2 * v.last + (name == "bigrams") for name, v in views.items()])
    order = np.argsort(key, kind="stable")
    which = np.concatenate([np.full(len(v.last), i) for i, v in enumerate(views.values())])[order]
    offsets = np.cumsum([0] + [len(v.terms) for v in views.values()])
    term = np.concatenate([v.term + off for v, off in zip(views.values(), offsets)])[order]
    first = np.concatenate([v.first for v in views.values()])[order]
    last = np.concatenate([v.last for v in views.values()])[order]
    art = toks.art[last]
    return pd.DataFrame({"view": _str_column(list(views), which),
                         "article_id": _str_column([a.article_id for a in story.articles], art),
                         "outlet": _str_column([a.label for a in story.articles], art),
                         "term": _str_column([t for v in views.values() for t in v.terms], term),
                         "sent_id": toks.sent[last], "start": toks.start[first], "end": toks.end[last]})


def log_odds_z(counts_i: np.ndarray, counts_j: np.ndarray, prior: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio and its z-score (Monroe et al. 2008, eq. 16 and 22).

    Args:
        counts_i: term counts in the focal group.
        counts_j: term counts in the comparison group (same term order).
        prior: Dirichlet prior α_w per term (positive).

    Returns:
        ``(delta, z)`` arrays: positive values mean the term is more typical of group i.
    """
    return _log_odds_z(counts_i, counts_j, prior, n_i=counts_i.sum(), n_j=counts_j.sum(), a0=prior.sum())


def _log_odds_z(counts_i: np.ndarray, counts_j: np.ndarray, prior: np.ndarray, *, n_i: np.ndarray | float,
                n_j: np.ndarray | float, a0: float) -> tuple[np.ndarray, np.ndarray]:
    """:func:`log_odds_z` for some of the terms, the group sizes and α_0 given (from all terms).

    Args:
        counts_i: term counts in the focal group (or groups × terms).
        counts_j: term counts in the comparison group (same shape).
        prior: α_w of these terms.
        n_i: size of the focal group (or one per row, shaped groups × 1).
        n_j: size of the comparison group (likewise).
        a0: α_0, the prior summed over all the terms of the view.

    Returns:
        ``(delta, z)`` arrays shaped like ``counts_i``.
    """
    yi, yj = counts_i + prior, counts_j + prior
    delta = np.log(yi / (n_i + a0 - yi)) - np.log(yj / (n_j + a0 - yj))
    return delta, delta / np.sqrt(1.0 / yi + 1.0 / yj)


class _Cells(NamedTuple):
    """Per (outlet, term) cell of one view: arrays shaped outlets × terms."""

    counts: np.ndarray  # occurrences
    first: np.ndarray  # index of the outlet's first occurrence in the view (-1: none)
    n_sentences: np.ndarray  # sentences with the term


def _cells(view: _View, toks: _Tokens, n_outlets: int) -> _Cells:
    """Count a view's occurrences per outlet and term.

    Args:
        view: the view's occurrences.
        toks: the story's tokens.
        n_outlets: number of articles.

    Returns:
        The :class:`_Cells` of the view.
    """
    n_terms = len(view.terms)
    size = n_outlets * n_terms
    cell = toks.art[view.last] * n_terms + view.term
    sent = toks.sent[view.last]
    span = int(sent.max()) + 1
    pair = cell * span + sent  # (cell, sentence)
    by_pair = np.argsort(pair, kind="stable")
    pair = pair[by_pair]
    cell_sorted = pair // span
    new_pair = np.ones(len(pair), dtype=bool)
    new_pair[1:] = pair[1:] != pair[:-1]
    starts = np.flatnonzero(np.r_[True, cell_sorted[1:] != cell_sorted[:-1]])
    first = np.full(size, -1, dtype=np.int64)
    first[cell_sorted[starts]] = np.minimum.reduceat(by_pair, starts)  # earliest occurrence of each cell
    shape = (n_outlets, n_terms)
    return _Cells(np.bincount(cell, minlength=size).reshape(shape), first.reshape(shape),
                  np.bincount(cell_sorted[new_pair], minlength=size).reshape(shape))


def _ranks(values: list[str]) -> np.ndarray:
    """Rank of each string in sorted order.

    Args:
        values: strings.

    Returns:
        int64 ranks, one per string (equal strings share a rank).
    """
    pos = {v: i for i, v in enumerate(sorted(set(values)))}
    return np.array([pos[v] for v in values], dtype=np.int64)


def _str_column(values: list[str] | pd.Series, codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """A pandas ``str`` column holding ``values[codes]``, built without one Python object per row.

    Args:
        values: the distinct values (a list or a string column).
        codes: for each row, the index of its value.

    Returns:
        A ``str`` array (pyarrow-backed when pandas stores strings with pyarrow).
    """
    dtype = pd.StringDtype(na_value=np.nan)
    if dtype.storage == "pyarrow":
        import pyarrow as pa

        return pd.arrays.ArrowStringArray(pa.array(values, pa.large_string()).take(pa.array(codes)), dtype=dtype)
    return pd.array(np.asarray(values, dtype=object)[codes], dtype=dtype)


def _int_column(values: np.ndarray, missing: np.ndarray) -> pd.arrays.IntegerArray:
    """A nullable Int64 column.

    Args:
        values: integers (any value where missing).
        missing: True where the value is NA.

    Returns:
        The ``Int64`` array.
    """
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing)


def _sentence_codes(story: Story, art: np.ndarray, sent: np.ndarray) -> tuple[pd.Series, np.ndarray]:
    """Sentence texts and, for each (article index, sent_id) pair, the index of its text.

    Args:
        story: the story.
        art: article indices (in ``story.articles``).
        sent: sent_ids (same length).

    Returns:
        ``(texts, codes)``: ``texts.iloc[codes[i]]`` is the sentence; the last text is ``""``,
        the code of a pair with no sentence.
    """
    sents = sentences_table(story)
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    s_codes, s_ids = _codes(sents["article_id"])
    s_art = np.array([order.get(a, -1) for a in s_ids] or [0], dtype=np.int64)[s_codes]
    s_sent = sents["sent_id"].to_numpy(dtype=np.int64)
    span = int(max(s_sent.max(initial=0), sent.max(initial=0))) + 1
    keys = s_art * span + s_sent
    by_key = np.argsort(keys, kind="stable")
    keys = keys[by_key]
    want = art * span + sent
    pos = np.minimum(np.searchsorted(keys, want), max(len(keys) - 1, 0))
    found = keys[pos] == want if len(keys) else np.zeros(len(want), dtype=bool)
    texts = pd.concat([sents["text"], pd.Series([""], dtype=sents["text"].dtype)], ignore_index=True)
    return texts, np.where(found, by_key[pos] if len(keys) else 0, len(texts) - 1)


def _view_rows(view: _View, toks: _Tokens, *, n_outlets: int, ref: int, min_count: int,
               prior_scale: float) -> dict[str, np.ndarray] | None:
    """The reported rows of one view, in report order before the final sort.

    Args:
        view: the view's occurrences.
        toks: the story's tokens.
        n_outlets: number of outlets (articles).
        ref: index of the reference outlet, -1 for none.
        min_count: fewest occurrences (outlet + comparison) for a row.
        prior_scale: prior strength.

    Returns:
        Arrays, one item per row: ``outlet`` (index), ``comp`` (0: the rest, 1: the
        reference), ``term`` (index into ``view.terms``), ``count``, ``count_other``, ``rate``,
        ``rate_other``, ``log_odds``, ``z``, ``n_sentences``, ``first`` (the first occurrence's
        index in the view, -1 when none); None when no row is kept.
    """
    cells = _cells(view, toks, n_outlets)
    total_i = cells.counts.sum(axis=0)
    total = total_i.astype(float)
    prior = prior_scale * total
    prior = np.where(prior > 0, prior, 1e-3)
    a0 = prior.sum()  # over all the terms, in term order (as log_odds_z)
    # (outlet + comparison) counts never exceed the term's total: the other terms give no row
    cand = np.flatnonzero(total_i >= min_count)
    if not len(cand):
        return None
    counts = cells.counts[:, cand]
    yi = counts.astype(float)
    n_i = cells.counts.sum(axis=1, keepdims=True).astype(float)  # integer sums: exact in any order
    # the rest = every outlet but this one (integer counts: the subtractions are exact)
    yj = [total[cand] - yi]
    n_j = [float(total_i.sum()) - n_i]
    if ref >= 0:
        yj.append(np.broadcast_to(yi[ref], yi.shape).copy())
        n_j.append(np.broadcast_to(n_i[ref], n_i.shape).copy())
    keep = np.stack([(yi + y) >= min_count for y in yj], axis=1)
    if ref >= 0:
        keep[ref, 1] = False  # the reference is not compared with itself
    stats = [_log_odds_z(yi, y, prior[cand], n_i=n_i, n_j=n, a0=a0) for y, n in zip(yj, n_j)]
    # a term the outlet never wrote is a row only when it avoids it (z <= -1.96): on a story of
    # many outlets the others are nearly every row and say nothing
    keep &= (yi > 0)[:, None, :] | (np.stack([s[1] for s in stats], axis=1) <= -Z_DISTINCTIVE)
    k, c, t = np.nonzero(keep)  # outlets, then comparisons, then terms (the report order)
    if not len(k):
        return None
    rate = 1000 * yi / np.maximum(n_i, 1)
    rate_j = [1000 * y / np.maximum(n, 1) for y, n in zip(yj, n_j)]
    return {"outlet": k, "comp": c, "term": cand[t], "count": counts[k, t].astype(np.int64),
            "count_other": np.stack(yj, axis=1)[k, c, t].astype(int), "rate": rate[k, t],
            "rate_other": np.stack(rate_j, axis=1)[k, c, t], "log_odds": np.stack([s[0] for s in stats], axis=1)[k, c, t],
            "z": np.stack([s[1] for s in stats], axis=1)[k, c, t],
            "n_sentences": cells.n_sentences[:, cand][k, t].astype(int), "first": cells.first[:, cand][k, t]}


@accepts_story
def distinctive_terms(story: Story, *, reference: str = "", min_count: int = MIN_COUNT,
                      prior_scale: float = PRIOR_SCALE, views: tuple[str, ...] = VIEWS) -> pd.DataFrame:
    """Terms each outlet uses more (or less) than the others.

    Args:
        story: the story.
        reference: an outlet label; when given, each other outlet is also compared with it
            alone (``comparison`` = that label) besides the rest (``comparison`` = "rest").
        min_count: fewest occurrences (outlet + comparison) for a term to be reported.
        prior_scale: prior strength (α_0 as a share of the story's token count in the view).
        views: which of ``words``, ``bigrams``, ``numbers`` to compute.

    Returns:
        One row per (view, outlet, comparison, term) with at least ``min_count`` uses in the
        outlet and the comparison together, sorted by view, outlet, comparison and descending
        z; a term the outlet does not use is a row only when it is ``avoided``. Columns: ``view``; ``outlet`` (article label); ``article_id``;
        ``comparison`` ("rest" or the reference label); ``term``; ``count`` (in the outlet);
        ``count_other`` (in the comparison); ``rate``, ``rate_other`` (per 1,000 tokens of
        the view); ``log_odds`` (δ, natural log); ``z`` (δ / σ); ``distinctive`` (z ≥ 1.96:
        the outlet's own term; z ≤ -1.96: one it avoids); ``n_sentences`` (outlet sentences
        with the term); ``sent_id``, ``start``, ``end``, ``sentence`` (the first occurrence
        in the outlet, empty when count is 0). Empty with these columns when the story has
        fewer than two articles or ``reference`` is unknown.

    Raises:
        ValueError: ``reference`` names no outlet of the story.
    """
    labels = [a.label for a in story.articles]
    if reference and reference not in labels:
        raise ValueError(f"reference outlet {reference!r} is not in the story; outlets: {labels}")
    if len(labels) < 2:
        return pd.DataFrame(columns=TERM_COLUMNS)
    toks, all_views = _story_views(story)
    parts: list[dict[str, np.ndarray]] = []
    terms: list[str] = []  # the reported terms of every view, one view after the other
    for v_id, name in enumerate(views):
        view = all_views.get(name)
        if view is None or not len(view.term):
            continue
        rows = _view_rows(view, toks, n_outlets=len(labels), ref=labels.index(reference) if reference else -1,
                          min_count=min_count, prior_scale=prior_scale)
        if rows is None:
            continue
        first = rows.pop("first")
        missing = first < 0
        present = np.bincount(rows["term"], minlength=len(view.terms)) > 0
        rows.update(view=np.full(len(first), v_id), term=(np.cumsum(present) - 1)[rows["term"]] + len(terms),
                    missing=missing, first_tok=np.where(missing, 0, view.first[first]),
                    last_tok=np.where(missing, 0, view.last[first]))
        terms += [view.terms[i] for i in np.flatnonzero(present).tolist()]
        parts.append(rows)
    if not parts:
        return pd.DataFrame(columns=TERM_COLUMNS)
    col = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
    comps = ["rest", reference] if reference else ["rest"]
    # sort by view, outlet and comparison (their text), then descending z; both sorts stable
    group = ((_ranks(list(views))[col["view"]] * len(labels) + _ranks(labels)[col["outlet"]]) * len(comps)
             + _ranks(comps)[col["comp"]])
    order = np.argsort(-col["z"], kind="stable")
    order = order[np.argsort(group.astype(np.int16 if group.max() < 2 ** 15 else np.int64)[order], kind="stable")]
    col = {key: val[order] for key, val in col.items()}
    k, z, missing = col["outlet"], col["z"], col["missing"]
    sent = toks.sent[col["last_tok"]]
    texts, found_codes = _sentence_codes(story, k[~missing], sent[~missing])
    sent_codes = np.full(len(k), len(texts) - 1)
    sent_codes[~missing] = found_codes
    return pd.DataFrame({
        "view": _str_column(list(views), col["view"]), "outlet": _str_column(labels, k),
        "article_id": _str_column([a.article_id for a in story.articles], k),
        "comparison": _str_column(comps, col["comp"]), "term": _str_column(terms, col["term"]),
        "count": col["count"], "count_other": col["count_other"], "rate": col["rate"],
        "rate_other": col["rate_other"], "log_odds": col["log_odds"], "z": z,
        "distinctive": _str_column(["outlet", "avoided", ""],
                                   np.where(z >= Z_DISTINCTIVE, 0, np.where(z <= -Z_DISTINCTIVE, 1, 2))),
        "n_sentences": col["n_sentences"], "sent_id": _int_column(sent, missing),
        "start": _int_column(toks.start[col["first_tok"]], missing),
        "end": _int_column(toks.end[col["last_tok"]], missing),
        "sentence": _str_column(texts, sent_codes)}, columns=TERM_COLUMNS, copy=False)


def top_terms(terms: pd.DataFrame, *, view: str = "words", comparison: str = "rest", n_terms: int = 10,
              min_count: int = MIN_COUNT) -> pd.DataFrame:
    """The ``n_terms`` highest-z terms per outlet (its own vocabulary).

    Args:
        terms: a :func:`distinctive_terms` table.
        view: words | bigrams | numbers.
        comparison: "rest" or a reference label.
        n_terms: terms per outlet.
        min_count: fewest uses by the outlet itself (a term the outlet never wrote is not
            "its" term, however low the others' count).

    Returns:
        The selected rows of ``terms`` (same columns), z > 0 only, outlets in their order.
    """
    sel = terms[(terms["view"] == view) & (terms["comparison"] == comparison) & (terms["z"] > 0)
                & (terms["count"] >= min_count)]
    return (sel.sort_values("z", ascending=False, kind="stable").groupby("outlet", sort=False).head(n_terms)
            .sort_values(["outlet", "z"], ascending=[True, False], kind="stable").reset_index(drop=True))


def plot_terms(top: pd.DataFrame, *, outlets: list[str], title: str = "Distinctive terms", max_cols: int = 4) -> "Figure":
    """Small multiples: one horizontal bar panel of z-scores per outlet.

    Args:
        top: rows from :func:`top_terms` (``outlet``, ``term``, ``z``, ``count``).
        outlets: outlet labels in display order (one panel each, also when empty).
        title: figure title.
        max_cols: panels per row (the grid grows in rows for more outlets).

    Returns:
        The figure (the caller saves and closes it). Bars are labelled with the term and
        its count in the outlet; panels share the x scale.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    n = max(len(outlets), 1)
    ncols = min(n, max_cols)
    nrows = math.ceil(n / ncols)
    per = max((top.groupby("outlet").size().max() if not top.empty else 1), 3)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 0.6, 0.32 * per * nrows + 1.2 * nrows + 0.6),
                             squeeze=False, sharex=True)
    xmax = float(top["z"].max()) if not top.empty else 1.0
    for k, ax in enumerate(axes.flat):
        if k >= len(outlets):
            ax.set_visible(False)
            continue
        d = top[top["outlet"] == outlets[k]].sort_values("z")
        ax.set_title(wrap_label(outlets[k], width=36), fontsize=10)
        if d.empty:
            ax.text(0.5, 0.5, "no distinctive term", ha="center", va="center", transform=ax.transAxes,
                    fontsize=9, color="grey")
            ax.set_yticks([])
        else:
            y = np.arange(len(d))
            ax.barh(y, d["z"], color="#4c72b0")
            ax.set_yticks(y, [f"{wrap_label(t, width=26, lines=1)} ({c})" for t, c in zip(d["term"], d["count"])], fontsize=8)
            ax.set_ylim(-0.6, per - 0.4)
        ax.axvline(Z_DISTINCTIVE, color="grey", lw=0.8, ls="--")
        ax.set_xlim(0, max(xmax * 1.08, Z_DISTINCTIVE * 1.2))
        if k // ncols == nrows - 1 or k + ncols >= len(outlets):
            ax.set_xlabel("z (log-odds vs the rest)", fontsize=8)
            ax.tick_params(axis="x", labelbottom=True, labelsize=8)
    fig.suptitle(title, fontsize=12)
    fig.tight_layout()
    return fig
