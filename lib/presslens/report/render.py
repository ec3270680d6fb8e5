"""HTML for notebooks: article text is untrusted and always escaped here."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from presslens.corpus.story import Story

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



def evidence_html(story: "Story", rows: pd.DataFrame, *, category: str, max_sentences: int = 5,
                  note: str = "") -> str:
    """Escaped HTML listing evidence sentences with their matches highlighted.

    Args:
        story: the story (the sentence text is read from ``Article.text``).
        rows: matches with ``outlet``, ``article_id``, ``sent_id``, ``start``, ``end`` (offsets
            in the article text) and the ``category`` column; rows of one sentence are shown
            together, in the order the sentences first appear in ``rows``.
        category: column naming each match (shown as the mark's tooltip).
        max_sentences: most sentences shown.
        note: optional column whose value is appended after each sentence (e.g. a speaker).

    Returns:
        An HTML fragment (every piece of article text escaped); an empty paragraph saying
        so when ``rows`` is empty.
    """
    from presslens.corpus.tables import sentences_table

    if rows.empty:
        return "<p><i>No evidence sentence.</i></p>"
    sents = sentences_table(story).set_index(["article_id", "sent_id"])
    texts = {a.article_id: a.text for a in story.articles}
    parts = []
    for (art, sid), g in list(rows.groupby(["article_id", "sent_id"], sort=False))[:max_sentences]:
        s0, s1, section = sents.loc[(art, int(sid)), ["start", "end", "section"]]
        spans = [(int(a) - s0, int(b) - s0, str(c)) for a, b, c in zip(g["start"], g["end"], g[category])
                 if pd.notna(a) and s0 <= int(a) and int(b) <= s1]
        extra = f" <i>({escape(g[note].iloc[0])})</i>" if note and str(g[note].iloc[0]) else ""
        head = f"<b>{escape(g['outlet'].iloc[0])}</b> · {escape(section)} · sentence {int(sid)}: "
        parts.append(f"<li>{head}{highlight(texts[art][s0:s1], spans)}{extra}</li>")
    return "<ul>" + "".join(parts) + "</ul>"
