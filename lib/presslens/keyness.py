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
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from presslens.render import wrap_label
from presslens.story import Story
from presslens.tables import sentences_table, tokens_table

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

#: Columns of :func:`distinctive_terms`.
TERM_COLUMNS = ["view", "outlet", "article_id", "comparison", "term", "count", "count_other", "rate",
                "rate_other", "log_odds", "z", "distinctive", "n_sentences", "sent_id", "start", "end",
                "sentence"]
#: Columns of :func:`term_occurrences`.
OCCURRENCE_COLUMNS = ["view", "article_id", "outlet", "term", "sent_id", "start", "end"]


def term_occurrences(story: Story) -> pd.DataFrame:
    """Every occurrence of every term in the three views.

    Args:
        story: the story.

    Returns:
        Columns: ``view`` (words | bigrams | numbers); ``article_id``; ``outlet`` (the
        article label); ``term`` (normalised text; a bigram is two norms joined by a space);
        ``sent_id``; ``start``, ``end`` (offsets of the term in the article text).
    """
    toks = tokens_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows: list[tuple] = []
    cols = zip(toks.article_id, toks.sent_id, toks.start, toks.end, toks.norm, toks.is_stop, toks.is_punct,
               toks.is_number)
    prev = None
    for art, sent, s, e, norm, stop, punct, num in cols:
        if punct:
            prev = None
            continue
        if num:
            rows.append(("numbers", art, labels[art], norm, sent, s, e))
        elif not stop:
            rows.append(("words", art, labels[art], norm, sent, s, e))
        if prev is not None and prev[0] == art and prev[1] == sent and not prev[4] and not stop and not prev[5] \
                and not num:
            rows.append(("bigrams", art, labels[art], f"{prev[3]} {norm}", sent, prev[2], e))
        prev = (art, sent, s, norm, num, stop)
    return pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)


def log_odds_z(counts_i: np.ndarray, counts_j: np.ndarray, prior: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio and its z-score (Monroe et al. 2008, eq. 16 and 22).

    Args:
        counts_i: term counts in the focal group.
        counts_j: term counts in the comparison group (same term order).
        prior: Dirichlet prior α_w per term (positive).

    Returns:
        ``(delta, z)`` arrays: positive values mean the term is more typical of group i.
    """
    n_i, n_j, a0 = counts_i.sum(), counts_j.sum(), prior.sum()
    yi, yj = counts_i + prior, counts_j + prior
    delta = np.log(yi / (n_i + a0 - yi)) - np.log(yj / (n_j + a0 - yj))
    return delta, delta / np.sqrt(1.0 / yi + 1.0 / yj)


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
        One row per (view, outlet, comparison, term), sorted by view, outlet, comparison
        and descending z. Columns: ``view``; ``outlet`` (article label); ``article_id``;
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
    occ = term_occurrences(story)
    sents = sentences_table(story).set_index(["article_id", "sent_id"])["text"]
    ids = {a.label: a.article_id for a in story.articles}
    out = []
    for view in views:
        v = occ[occ["view"] == view]
        if v.empty:
            continue
        table = pd.crosstab(v["term"], v["outlet"]).reindex(columns=labels, fill_value=0)
        total = table.sum(axis=1).to_numpy(dtype=float)
        prior = prior_scale * total
        prior = np.where(prior > 0, prior, 1e-3)
        for label in labels:
            comparisons = [("rest", [x for x in labels if x != label])]
            if reference and label != reference:
                comparisons.append((reference, [reference]))
            yi = table[label].to_numpy(dtype=float)
            for comp, others in comparisons:
                # the rest = every outlet but this one (integer counts: the subtraction is exact)
                yj = total - yi if comp == "rest" else table[others].sum(axis=1).to_numpy(dtype=float)
                keep = (yi + yj) >= min_count
                if not keep.any():
                    continue
                delta, z = log_odds_z(yi, yj, prior)
                df = pd.DataFrame({"view": view, "outlet": label, "article_id": ids[label], "comparison": comp,
                                   "term": table.index, "count": yi.astype(int), "count_other": yj.astype(int),
                                   "rate": 1000 * yi / max(yi.sum(), 1), "rate_other": 1000 * yj / max(yj.sum(), 1),
                                   "log_odds": delta, "z": z})[keep]
                out.append(df)
    if not out:
        return pd.DataFrame(columns=TERM_COLUMNS)
    res = pd.concat(out, ignore_index=True)
    res["distinctive"] = np.where(res["z"] >= Z_DISTINCTIVE, "outlet", np.where(res["z"] <= -Z_DISTINCTIVE, "avoided", ""))
    first_all = occ.drop_duplicates(["view", "outlet", "term"]).set_index(["view", "outlet", "term"])
    nsent_all = occ.drop_duplicates(["view", "outlet", "term", "sent_id"]).groupby(["view", "outlet", "term"]).size()
    key3 = pd.MultiIndex.from_arrays([res["view"], res["outlet"], res["term"]])
    ev = first_all.reindex(key3)
    res["n_sentences"] = nsent_all.reindex(key3).fillna(0).astype(int).to_numpy()
    res["sent_id"] = ev["sent_id"].to_numpy()
    res["start"] = ev["start"].to_numpy()
    res["end"] = ev["end"].to_numpy()
    sent_key = pd.MultiIndex.from_arrays([res["article_id"], res["sent_id"].fillna(-1).astype(int)])
    res["sentence"] = sents.reindex(sent_key).fillna("").to_numpy()
    for c in ("sent_id", "start", "end"):
        res[c] = res[c].astype("Int64")
    res = res.sort_values(["view", "outlet", "comparison", "z"], ascending=[True, True, True, False], kind="stable")
    return res[TERM_COLUMNS].reset_index(drop=True)


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
