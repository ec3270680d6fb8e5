"""HTML for notebooks: article text is untrusted and always escaped here."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import pandas as pd

#: Colours for highlighted spans, by category (cycled for unknown categories).
HIGHLIGHT_COLOURS = ("#ffe08a", "#a8d8ff", "#ffb3b3", "#b8f2c2", "#e0c8ff", "#ffd0a8")


def escape(text: object) -> str:
    """Escape any value for HTML (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, spans: Iterable[tuple[int, int, str]], *, title: str = "") -> str:
    """Return escaped HTML of ``text`` with spans marked.

    Args:
        text: the article text (untrusted).
        spans: ``(start, end, category)`` triples; overlapping spans are clipped to the
            earlier one.
        title: optional heading (escaped).

    Returns:
        An HTML fragment: a ``<div>`` with ``<mark>`` elements whose ``title`` attribute
        names the category; line breaks become ``<br>``.
    """
    colours: dict[str, str] = {}
    out: list[str] = []
    pos = 0
    for start, end, cat in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        colour = colours.setdefault(cat, HIGHLIGHT_COLOURS[len(colours) % len(HIGHLIGHT_COLOURS)])
        out.append(escape(text[pos:start]))
        out.append(f'<mark style="background:{colour}" title="{escape(cat)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>\n")
    head = f"<h4>{escape(title)}</h4>" if title else ""
    return f'{head}<div style="white-space:normal;line-height:1.5">{body}</div>'


def html_table(df: pd.DataFrame, *, columns: Sequence[str] | None = None, max_rows: int = 200) -> str:
    """Return an escaped HTML table of a DataFrame (every cell escaped by pandas)."""
    view = df if columns is None else df[list(columns)]
    return view.head(max_rows).to_html(index=False, escape=True, na_rep="", border=0)
