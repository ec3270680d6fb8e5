"""Small helpers shared by the analyses' figures."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def wrap_label(label: str, *, width: int = 24, lines: int = 2) -> str:
    """Wrap a long outlet label for a plot axis.

    Args:
        label: the label.
        width: most characters per line.
        lines: most lines; the last is cut with "…" when the label is longer.

    Returns:
        The label with line breaks.
    """
    parts = textwrap.wrap(label, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


#: Most outlets (rows of a heatmap or bar chart) one figure draws; the tables keep every outlet.
MAX_CHART_OUTLETS = 20
#: Most panels of a small-multiples figure (one panel per outlet).
MAX_PANELS = 12
#: Most bars (articles) of a per-article bar chart.
MAX_CHART_ARTICLES = 40
#: Most segments (sections) of a stacked bar before the smaller ones are pooled as "other sections".
MAX_SEGMENTS = 8


def chart_outlets(outlets: Sequence[str], *, weights: Mapping[str, float] | None = None, keep: Sequence[str] = (),
                  limit: int = MAX_CHART_OUTLETS) -> list[str]:
    """Choose the outlets a figure draws: all of them when few, else the heaviest, in their given order.

    A figure with hundreds of rows or panels is unreadable and slow to draw; the tables behind it
    keep every outlet, so a figure shows at most ``limit`` of them.

    Args:
        outlets: outlet labels in display order (repeats are dropped).
        weights: a weight per outlet (e.g. its words); the heaviest are kept, ties in display
            order. None: the first ``limit`` outlets.
        keep: outlets always kept (e.g. a reference outlet), when they are in ``outlets``.
        limit: most outlets returned (at least 1).

    Returns:
        At most ``limit`` labels, in the order of ``outlets``.
    """
    order = list(dict.fromkeys(outlets))
    limit = max(1, int(limit))
    if len(order) <= limit:
        return order
    pos = {o: i for i, o in enumerate(order)}
    chosen = [o for o in dict.fromkeys(keep) if o in pos][:limit]
    w = weights or {}
    rest = sorted((o for o in order if o not in chosen), key=lambda o: (-float(w.get(o, 0.0)), pos[o]))
    chosen += rest[:limit - len(chosen)]
    return sorted(chosen, key=pos.__getitem__)


def top_segments(values: Mapping[str, float], *, limit: int = MAX_SEGMENTS, always: Sequence[str] = (),
                 other: str = "other") -> dict[str, str]:
    """Map each segment name to the one a stacked chart draws: the largest kept, the rest pooled as ``other``.

    Args:
        values: a total per segment (e.g. words per section over the whole story).
        limit: most segments drawn, ``other`` included (at least 2).
        always: segments kept whatever their size (when present), counted in ``limit``.
        other: name of the pooled segment.

    Returns:
        ``{segment: drawn segment}`` for every key of ``values``: the segment itself when it is kept,
        else ``other``. All segments are kept when they fit in ``limit``.
    """
    names = list(values)
    limit = max(2, int(limit))
    if len(names) <= limit:
        return {n: n for n in names}
    kept = [n for n in dict.fromkeys(always) if n in values][:limit - 1]
    rest = sorted((n for n in names if n not in kept), key=lambda n: (-float(values[n]), names.index(n)))
    kept += rest[:limit - 1 - len(kept)]
    keep = set(kept)
    return {n: (n if n in keep else other) for n in names}


def section_words_for_chart(table: "pd.DataFrame", *, max_articles: int = MAX_CHART_ARTICLES,
                            max_sections: int = MAX_SEGMENTS, always: Sequence[str] = (),
                            other: str = "other sections") -> "pd.DataFrame":
    """The rows of a words-per-section table that a stacked bar chart draws: the longest articles, the largest sections.

    Args:
        table: one row per article and section, with ``article_id``, ``section`` and ``n_words``
            (and any other columns, kept), e.g. :func:`presslens.corpus.overview.section_words`.
        max_articles: most articles (bars) kept: the longest, in the table's order.
        max_sections: most sections (segments) drawn; the smaller ones become ``other``
            (see :func:`top_segments`).
        always: sections kept whatever their size (e.g. headline, lede, body).
        other: name of the pooled sections.

    Returns:
        The same columns, the kept articles' rows in their order, ``section`` renamed where pooled
        (the pooled rows are not summed: a chart adding ``n_words`` per article and section draws them
        as one segment). The whole table when it fits.
    """
    if table.empty:
        return table
    length = table.groupby("article_id", sort=False)["n_words"].sum()
    if len(length) > max_articles:
        order = {a: i for i, a in enumerate(length.index)}
        longest = sorted(length.index, key=lambda a: (-int(length[a]), order[a]))[:max_articles]
        table = table[table["article_id"].isin(set(longest))]
    totals = table.groupby("section", sort=False)["n_words"].sum()
    pooled = top_segments({str(k): float(v) for k, v in totals.items()}, limit=max_sections, always=always,
                          other=other)
    if all(k == v for k, v in pooled.items()):
        return table
    return table.assign(section=table["section"].map(pooled))


def top_rows(table: "pd.DataFrame", *, column: str, weight: str, limit: int = MAX_SEGMENTS,
             always: Sequence[str] = ()) -> "pd.DataFrame":
    """The rows of a long table whose ``column`` value is one of the ``limit`` heaviest (e.g. a chart's sections).

    Args:
        table: a long table.
        column: the column whose values become a chart's columns or segments (e.g. ``section``).
        weight: the column summed per value to rank them (e.g. ``sentences``).
        limit: most values kept (at least 1), ``always`` included.
        always: values kept whatever their weight, when present.

    Returns:
        The rows of the kept values, in the table's order (the whole table when it has few values).
    """
    totals = table.groupby(column, sort=False)[weight].sum()
    if len(totals) <= max(1, limit):
        return table
    pos = {v: i for i, v in enumerate(totals.index)}
    kept = [v for v in dict.fromkeys(always) if v in pos][:max(1, limit)]
    rest = sorted((v for v in totals.index if v not in kept), key=lambda v: (-float(totals[v]), pos[v]))
    kept += rest[:max(1, limit) - len(kept)]
    return table[table[column].isin(set(kept))]
