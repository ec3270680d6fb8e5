"""Writing a notebook's tables and figures under its output folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from presslens.paths import resolve_output_dir

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

_NAME = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
#: Largest side of a saved figure in pixels: a taller or wider figure is saved at a lower resolution.
MAX_FIGURE_PX = 4000


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"output name {name!r} must be lower case letters, digits, '_' or '-'")
    return name


def write_table(df: "pd.DataFrame", *, output_dir: str | Path, name: str) -> Path:
    """Write a table as ``<output_dir>/tables/<name>.csv`` (UTF-8, no index).

    Args:
        df: the table.
        output_dir: the report folder (relative paths are taken from the project root).
        name: file stem, e.g. ``"articles"``.

    Returns:
        The path written. The file is written to a temporary name and renamed, so a
        reader never sees half a table.
    """
    folder = resolve_output_dir(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_check_name(name)}.csv"
    tmp = path.with_suffix(".csv.tmp")
    df.to_csv(tmp, index=False, encoding="utf-8")
    tmp.replace(path)
    return path


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
