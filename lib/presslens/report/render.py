"""HTML for notebooks: article text is untrusted and always escaped here."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from presslens.corpus.story import Story

#: Colours for highlighted spans, by category (cycled for unknown categories).
HIGHLIGHT_COLOURS = ("#ffe08a", "#a8d8ff", "#ffb3b3", "#b8f2c2", "#e0c8ff", "#ffd0a8")


def escape(text: object) -> str:
    """Escape any value for HTML (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


#: URL schemes a link presslens writes may use (an article's ``javascript:`` or ``data:`` URL is shown as text).
SAFE_SCHEMES = ("http", "https")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]")


def safe_href(url: object) -> str | None:
    """Return an article URL fit for an ``href`` (escaped), or None when it is not plain http(s).

    Browsers ignore tabs, line breaks and control characters inside a scheme ("java\tscript:"), so
    the URL is judged with them removed; a URL with a scheme other than http or https, or with
    none (a relative path), is refused.

    Args:
        url: the URL as the article or the manifest gives it (untrusted).

    Returns:
        The escaped URL, or None.
    """
    if not isinstance(url, str):
        return None
    clean = _URL_JUNK.sub("", url.strip())
    m = _SCHEME.match(clean)
    if m is None or m.group(1).lower() not in SAFE_SCHEMES or not clean[m.end():].startswith("//"):
        return None
    return escape(clean)


def link(url: object, text: object) -> str:
    """Return ``text`` (escaped) as a link to an article URL, or as plain text when the URL is not http(s).

    Args:
        url: the target (untrusted; see :func:`safe_href`).
        text: the link text.

    Returns:
        An HTML fragment; the link opens without handing the report page to the target.
    """
    href = safe_href(url)
    if href is None:
        return escape(text)
    return f'<a href="{href}" rel="noopener noreferrer nofollow" target="_blank">{escape(text)}</a>'


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
    return f'{head}<div class="pl-text {NO_MATH}" style="white-space:normal;line-height:1.5">{body}</div>'


#: Rows a table shows before its "show all N rows" control.
PREVIEW_ROWS = 5
#: A table with more rows than this opens with its first PREVIEW_ROWS rows.
FOLD_AFTER = 8
#: Classes that keep MathJax (JupyterLab, old exports) from reading "$33.5 million … $65" as TeX.
NO_MATH = "tex2jax_ignore mathjax_ignore"
#: Pairs of (article id, sentence id) columns a table row can carry; each gives the row a sentence marker.
SENTENCE_COLUMNS = (("article_id", "sent_id"), ("article_id_a", "sent_id_a"), ("article_id_b", "sent_id_b"))
#: Style shipped with every table, for JupyterLab (the report pages carry the full stylesheet):
#: left-aligned wrapping text, numbers on the right, the preview hidden once "show all" is open.
_TABLE_STYLE = ("<style>div.pl-table.pl-table td,div.pl-table.pl-table th{text-align:left;vertical-align:top;"
                "white-space:normal;max-width:42em}div.pl-table.pl-table .pl-num{text-align:right}"
                ".pl-table:has(>details[open])>table.pl-preview{display:none}"
                ".pl-table summary{cursor:pointer;color:#0b57a4;margin:.3em 0}</style>")


def sentence_key(article_id: object, sent_id: object) -> str | None:
    """Return ``"<article_id>:<sent_id>"`` for a table row's sentence, or None when it has none.

    Args:
        article_id: the article id (any value; empty or missing gives None).
        sent_id: the sentence id (a negative or missing id gives None).

    Returns:
        The key the report pages turn into the sentence's anchor (see :func:`sentence_anchor`).
    """
    if article_id is None or sent_id is None or (isinstance(article_id, float) and pd.isna(article_id)):
        return None
    try:
        sid = int(float(sent_id))
    except (TypeError, ValueError):
        return None
    art = str(article_id)
    return f"{art}:{sid}" if art and sid >= 0 else None


def sentence_anchor(article_id: str, sent_id: int) -> str:
    """Return the stable HTML id of a sentence: ``s-<article id>-<sentence id>``.

    Args:
        article_id: the article id (characters other than letters, digits, ``_`` and ``-`` become ``_``).
        sent_id: the sentence id within the article.

    Returns:
        An id usable in a URL fragment without escaping.
    """
    return f"s-{re.sub(r'[^A-Za-z0-9_-]', '_', str(article_id))}-{int(sent_id)}"


def format_cell(value: object) -> str:
    """Return a table cell's text: empty for missing values, whole floats without ".0", others rounded.

    Args:
        value: the cell value.

    Returns:
        Plain text (not yet escaped).
    """
    if value is None:
        return ""
    if isinstance(value, float | np.floating):
        if np.isnan(value):
            return ""
        if float(value).is_integer() and abs(value) < 1e15:
            return str(int(value))
        digits = 3 if abs(value) < 10 else 1
        return f"{value:.{digits}f}".rstrip("0").rstrip(".")
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value)


def _column_label(col: object) -> str:
    return " / ".join(str(c) for c in col if str(c)) if isinstance(col, tuple) else str(col)


def _row_keys(df: pd.DataFrame) -> list[str]:
    """The sentence markers of each row (space separated ``article:sent`` keys; empty when none)."""
    pairs = [(a, s) for a, s in SENTENCE_COLUMNS if a in df.columns and s in df.columns]
    if not pairs:
        return [""] * len(df)
    out = []
    for vals in zip(*[df[c] for pair in pairs for c in pair]):
        keys = [sentence_key(vals[i], vals[i + 1]) for i in range(0, len(vals), 2)]
        out.append(" ".join(k for k in keys if k))
    return out


def _table(view: pd.DataFrame, *, keys: Sequence[str] | None, cls: str) -> str:
    dtypes = [view.iloc[:, i].dtype for i in range(view.shape[1])]
    numeric = [pd.api.types.is_numeric_dtype(d) and not pd.api.types.is_bool_dtype(d) for d in dtypes]
    num = {True: ' class="pl-num"', False: ""}
    head = "".join(f"<th{num[n]}>{escape(_column_label(c))}</th>" for c, n in zip(view.columns, numeric))
    rows = []
    for i, vals in enumerate(view.itertuples(index=False, name=None)):
        key = keys[i] if keys is not None else ""
        attr = f' data-pl-sent="{escape(key)}"' if key else ""
        cells = "".join(f"<td{num[n]}>{escape(format_cell(v))}</td>" for v, n in zip(vals, numeric))
        rows.append(f"<tr{attr}>{cells}</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


#: Most rows a table writes into a page (a reader scans the first ones, sorts or searches; the CSV has them all).
PAGE_ROWS = 300
#: Most columns a table writes into a page (a wide pivot of hundreds of outlets is left to its CSV).
PAGE_COLUMNS = 40


def html_table(df: pd.DataFrame, *, columns: Sequence[str] | None = None, max_rows: int = PAGE_ROWS,
               preview: int = PREVIEW_ROWS, max_columns: int = PAGE_COLUMNS) -> str:
    """Return an escaped HTML table that opens with its first rows and has a "show all N rows" control.

    In a report page the table is interactive (sort by a column, search, filter by a column's values;
    the page script); in JupyterLab the first ``preview`` rows are shown and the full table unfolds
    under "show all N rows". Text columns are left-aligned and wrap, numbers are right-aligned. A row
    whose frame has ``article_id`` and ``sent_id`` (or the ``_a``/``_b`` pairs) carries a sentence
    marker, even when those columns are not shown, so report links can land on it.

    Args:
        df: the table (every cell is escaped).
        columns: the columns to show, in order (default: all).
        max_rows: most rows written; a longer table says how many rows it leaves out.
        preview: rows shown before the control (a table of at most ``FOLD_AFTER`` rows shows all).
        max_columns: most columns written (the first ones); a wider table says how many it leaves out.

    Returns:
        An HTML fragment: ``<div class="pl-table">`` holding the table(s).
    """
    view = df if columns is None else df[list(columns)]
    n_cols = view.shape[1]
    if n_cols > max(1, max_columns):
        view = view.iloc[:, :max(1, max_columns)]
    view = view.reset_index(drop=True)
    n = len(view)
    shown = view.head(max_rows)
    keys = _row_keys(df.head(max_rows).reset_index(drop=True))
    parts = [f'<div class="pl-table {NO_MATH}" data-pl-rows="{n}">', _TABLE_STYLE]
    if n > FOLD_AFTER and preview < len(shown):
        parts.append(_table(shown.head(preview), keys=None, cls="pl-preview"))
        parts.append(f'<details class="pl-all"><summary>show all {n:,} rows</summary>')
        parts.append(_table(shown, keys=keys, cls="pl-full"))
        parts.append("</details>")
    else:
        parts.append(_table(shown, keys=keys, cls="pl-full"))
    if n > len(shown):
        parts.append(f'<p class="pl-note">The first {len(shown):,} of {n:,} rows; the CSV under '
                     "<code>tables/</code> has them all.</p>")
    if n_cols > view.shape[1]:
        parts.append(f'<p class="pl-note">The first {view.shape[1]:,} of {n_cols:,} columns; the CSV under '
                     "<code>tables/</code> has them all.</p>")
    parts.append("</div>")
    return "".join(parts)


def shown_note(shown: int, total: int, *, what: str, where: str = "") -> str:
    """Return a note saying a figure or list shows only part of the story (empty when it shows all).

    Args:
        shown: how many items (outlets, articles, …) the figure or list shows.
        total: how many there are.
        what: the items' name, plural ("outlets").
        where: the CSV holding all of them (a file name under ``tables/``), or "".

    Returns:
        ``<p class="pl-note">…</p>`` (escaped), or "" when ``shown >= total``.
    """
    if shown >= total:
        return ""
    tail = f"; <code>tables/{escape(where)}</code> has all of them" if where else ""
    return f'<p class="pl-note">Shown: {shown:,} of {total:,} {escape(what)}{tail}.</p>'


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
    # only the first max_sentences sentences are grouped (rows may hold thousands)
    firsts = rows[["article_id", "sent_id"]].dropna().drop_duplicates().head(max(max_sentences, 0))
    wanted = set(zip(firsts["article_id"], firsts["sent_id"]))
    rows = rows[[k in wanted for k in zip(rows["article_id"], rows["sent_id"])]]
    parts = []
    for (art, sid), g in list(rows.groupby(["article_id", "sent_id"], sort=False))[:max_sentences]:
        s0, s1, section = sents.loc[(art, int(sid)), ["start", "end", "section"]]
        spans = [(int(a) - s0, int(b) - s0, str(c)) for a, b, c in zip(g["start"], g["end"], g[category])
                 if pd.notna(a) and s0 <= int(a) and int(b) <= s1]
        extra = f" <i>({escape(g[note].iloc[0])})</i>" if note and str(g[note].iloc[0]) else ""
        head = f"<b>{escape(g['outlet'].iloc[0])}</b> · {escape(section)} · sentence {int(sid)}: "
        key = sentence_key(art, sid)
        parts.append(f'<li data-pl-sent="{escape(key)}">{head}{highlight(texts[art][s0:s1], spans)}{extra}</li>')
    return f'<ul class="pl-evidence {NO_MATH}">' + "".join(parts) + "</ul>"
