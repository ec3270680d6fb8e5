"""Writing a notebook's tables and figures under its output folder.

Every CSV presslens writes goes through :func:`write_table`, which neutralises spreadsheet formulas
the OWASP way: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'`` (so "=HYPERLINK(…)" in a headline opens as text, not as a formula). Numbers are not
text: a number column, and a text cell that is a plain number ("-3", "+1.5"), stay as they are. A
cell that already starts with ``'`` before such a character gets one more, so :func:`restore_cell`
gives back exactly what was written. A text cell longer than a spreadsheet cell may be (32,767
characters) is cut there, saying how many characters were left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from presslens.paths import resolve_output_dir

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

_NAME = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_RISKY_START = re.compile(r"^['=+\-@\t\r]")
#: Longest text cell written: a spreadsheet's cell limit (Excel: 32,767 characters; Python's csv reader
#: refuses fields over 131,072). A longer cell is cut, saying how much was left out.
MAX_CELL_CHARS = 32_767
#: Largest side of a saved figure in pixels: a taller or wider figure is saved at a lower resolution.
MAX_FIGURE_PX = 4000


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"output name {name!r} must be lower case letters, digits, '_' or '-'")
    return name


def _formula_like(text: str) -> bool:
    """Whether a text cell would be read as a formula (or is a ``'`` before one, see :func:`neutralise_cell`)."""
    if not text:
        return False
    if text[0] == "'":
        return _formula_like(text[1:])
    return text[0] in FORMULA_START and not _PLAIN_NUMBER.fullmatch(text)


def neutralise_cell(value: object) -> object:
    """Return a CSV cell that a spreadsheet shows as text: ``'`` before a text starting like a formula.

    Args:
        value: the cell (only strings change).

    Returns:
        ``"'" + value`` for text starting with ``=``, ``+``, ``-``, ``@``, tab or CR that is not a plain
        number (and for text of ``'`` characters before such a start, so the change can be undone);
        otherwise the value itself.
    """
    return "'" + value if isinstance(value, str) and _formula_like(value) else value


def restore_cell(text: str) -> str:
    """Undo :func:`neutralise_cell` on a cell read back from a CSV presslens wrote.

    Args:
        text: the cell as read.

    Returns:
        The text as it was before it was written.
    """
    return text[1:] if text[:1] == "'" and _formula_like(text[1:]) else text


def cut_cell(value: object) -> object:
    """Cut a text cell longer than :data:`MAX_CELL_CHARS`, ending it with "… [N characters cut]".

    Args:
        value: the cell (only strings change).

    Returns:
        The cell, at most :data:`MAX_CELL_CHARS` characters (the row's offsets still locate the whole text).
    """
    if not isinstance(value, str) or len(value) <= MAX_CELL_CHARS:
        return value
    note = f"… [{len(value) - MAX_CELL_CHARS + 40:,} characters cut]"
    return value[:MAX_CELL_CHARS - 40] + note


def neutralise_table(df: "pd.DataFrame") -> "pd.DataFrame":
    """Return the table with every text cell passed through :func:`neutralise_cell` and :func:`cut_cell`
    (numbers untouched).

    Args:
        df: the table (not modified).

    Returns:
        The same frame when no cell needs a change, else a copy with the changed columns.
    """
    import pandas as pd

    out = df
    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        if isinstance(col.dtype, pd.CategoricalDtype):
            cats = list(col.cat.categories)
            new = [neutralise_cell(cut_cell(c)) for c in cats]
            if len(set(new)) < len(new):  # two long categories cut to the same text
                out = out.copy() if out is df else out
                out.isetitem(i, col.astype(object).map(lambda v: neutralise_cell(cut_cell(v))))
                continue
            if new != cats:
                out = out.copy() if out is df else out
                out.isetitem(i, col.cat.rename_categories(new))
            continue
        if not (pd.api.types.is_object_dtype(col.dtype) or pd.api.types.is_string_dtype(col.dtype)):
            continue
        try:
            risky = (col.str.match(_RISKY_START) | (col.str.len() > MAX_CELL_CHARS)).fillna(False).astype(bool)
        except (AttributeError, TypeError):  # mixed types: look at each cell
            risky = col.map(lambda v: isinstance(v, str) and (bool(_RISKY_START.match(v)) or len(v) > MAX_CELL_CHARS))
        if not risky.any():
            continue
        fixed = col.copy()
        fixed[risky] = col[risky].map(lambda v: neutralise_cell(cut_cell(v)))
        if not fixed[risky].equals(col[risky]):
            out = out.copy() if out is df else out
            out.isetitem(i, fixed)
    return out


def write_table(df: "pd.DataFrame", *, output_dir: str | Path, name: str) -> Path:
    """Write a table as ``<output_dir>/tables/<name>.csv`` (UTF-8, no index), formulas neutralised.

    Args:
        df: the table.
        output_dir: the report folder (relative paths are taken from the project root).
        name: file stem, e.g. ``"articles"``.

    Returns:
        The path written. The file is written to a temporary name and renamed, so a
        reader never sees half a table. Text cells that a spreadsheet would run as a formula
        get a leading ``'`` (:func:`neutralise_table`; :func:`restore_cell` undoes it), and a text
        cell longer than :data:`MAX_CELL_CHARS` is cut (:func:`cut_cell`). Lines end
        with LF, or CRLF in a table where a cell holds a carriage return (so that cell is quoted).
    """
    folder = resolve_output_dir(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_check_name(name)}.csv"
    tmp = path.with_suffix(".csv.tmp")
    safe = neutralise_table(df)
    # Python's csv quotes a cell holding a line end only for the characters of the line terminator:
    # a table with a carriage return inside a cell gets CRLF line ends, so that cell is quoted too.
    ends = "\r\n" if _has_cr(safe) else "\n"
    safe.to_csv(tmp, index=False, encoding="utf-8", lineterminator=ends)
    tmp.replace(path)
    return path


def _has_cr(df: "pd.DataFrame") -> bool:
    """Whether any text cell of the table holds a carriage return."""
    import pandas as pd

    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        if isinstance(col.dtype, pd.CategoricalDtype):
            col = pd.Series(col.cat.categories)
        elif not (pd.api.types.is_object_dtype(col.dtype) or pd.api.types.is_string_dtype(col.dtype)):
            continue
        try:
            found = bool(col.str.contains("\r", regex=False).fillna(False).astype(bool).any())
        except (AttributeError, TypeError):  # mixed types: look at each cell
            found = bool(col.map(lambda v: isinstance(v, str) and "\r" in v).any())
        if found:
            return True
    return False


def _size_inches(fig: "Figure") -> tuple[float, float]:
    """The figure's tight size in inches (its set size when its canvas cannot render, e.g. ``Figure()``)."""
    try:
        bbox = fig.get_tightbbox(fig.canvas.get_renderer())
        return float(bbox.width), float(bbox.height)
    except (AttributeError, TypeError, ValueError):
        w, h = fig.get_size_inches()
        return float(w), float(h)


def save_figure(fig: "Figure", *, output_dir: str | Path, name: str, dpi: int = 120) -> Path:
    """Save a matplotlib figure as ``<output_dir>/figures/<name>.png``.

    Args:
        fig: the figure.
        output_dir: the report folder (relative paths are taken from the project root).
        name: file stem.
        dpi: resolution.

    Returns:
        The path written. A figure whose larger side would pass :data:`MAX_FIGURE_PX` pixels is
        saved at the resolution that keeps it within that size.
    """
    folder = resolve_output_dir(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_check_name(name)}.png"
    # the tight size costs one more drawing of the figure: only a figure that may reach the limit needs it
    # (artists outside the axes, such as a legend beside them, rarely add half the figure's size)
    side = max(float(x) for x in fig.get_size_inches())
    if side * dpi > MAX_FIGURE_PX / 2:
        side = max(_size_inches(fig))
    fig.savefig(path, dpi=min(dpi, MAX_FIGURE_PX / (side + 0.2)), bbox_inches="tight")
    return path


def show_figure(fig: "Figure", *, output_dir: str | Path, name: str, show: bool = True, dpi: int = 120) -> Path:
    """Save a figure (:func:`save_figure`), close it and show the saved PNG in the notebook.

    The figure is drawn once: the page shows exactly the file written to the report, and the
    notebook does not draw it a second time for its inline display.

    Args:
        fig: the figure.
        output_dir: the report folder.
        name: file stem.
        show: display the picture (False: only save it).
        dpi: resolution.

    Returns:
        The path written.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    path = save_figure(fig, output_dir=output_dir, name=name, dpi=dpi)
    plt.close(fig)
    if show:
        display(Image(filename=str(path)))
    return path
