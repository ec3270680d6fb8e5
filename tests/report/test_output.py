"""Tests for presslens.report.output and presslens.paths."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from presslens.paths import project_root, resolve_output_dir, resolve_story_dir, stories_dir
from presslens.report.output import save_figure, show_figure, write_table


def test_write_table_and_figure(tmp_path: Path) -> None:
    import matplotlib.pyplot as plt

    p = write_table(pd.DataFrame({"a": [1, 2], "b": ["x", "é"]}), output_dir=tmp_path, name="demo")
    assert p == tmp_path / "tables" / "demo.csv"
    assert p.read_text(encoding="utf-8") == "a,b\n1,x\n2,é\n"
    assert not list((tmp_path / "tables").glob("*.tmp"))
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    f = save_figure(fig, output_dir=tmp_path, name="line")
    plt.close(fig)
    assert f.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(ValueError, match="output name"):
        write_table(pd.DataFrame(), output_dir=tmp_path, name="../escape")


def test_paths(tmp_path: Path) -> None:
    root = project_root()
    assert (root / "notebooks").is_dir() and (root / "lib" / "presslens").is_dir()
    assert resolve_story_dir("balochistan-2026-02") == stories_dir() / "balochistan-2026-02"
    assert resolve_story_dir(tmp_path) == tmp_path
    assert resolve_output_dir("reports/x") == root / "reports" / "x"
    assert resolve_output_dir(tmp_path) == tmp_path


def test_show_figure_saves_closes_and_displays_the_saved_png(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown: list = []
    monkeypatch.setattr("IPython.display.display", shown.append)
    fig, ax = plt.subplots()
    ax.plot([0, 1], [1, 0])
    path = show_figure(fig, output_dir=tmp_path, name="line")
    assert path == tmp_path / "figures" / "line.png" and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not plt.fignum_exists(fig.number)  # closed: not drawn again inline
    assert len(shown) == 1 and shown[0].data == path.read_bytes()  # the page shows the file written
    fig2, _ = plt.subplots()
    show_figure(fig2, output_dir=tmp_path, name="hidden", show=False)
    assert len(shown) == 1 and (tmp_path / "figures" / "hidden.png").exists()


def test_a_huge_figure_is_saved_within_the_pixel_limit(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.image import imread

    from presslens.report.output import MAX_FIGURE_PX

    fig, ax = plt.subplots(figsize=(8, 60))  # e.g. one row per outlet for 200 outlets
    ax.plot([0, 1], [0, 1])
    path = save_figure(fig, output_dir=tmp_path, name="tall")
    plt.close(fig)
    h, w = imread(path).shape[:2]
    assert max(h, w) <= MAX_FIGURE_PX and h > 3000  # as large as allowed, not larger


def test_a_figure_made_without_pyplot_is_saved(tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3))
    fig.add_subplot().plot([0, 1], [1, 0])
    assert save_figure(fig, output_dir=tmp_path, name="plain").read_bytes()[:4] == b"\x89PNG"


def test_write_table_neutralises_formulas_but_keeps_numbers(tmp_path: Path) -> None:
    import csv

    from presslens.report.output import restore_cell

    cells = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "-",
             "'=already quoted", "plain", "-3", "+1.5", "It's"]
    df = pd.DataFrame({"text": cells, "n": range(-6, 6), "cat": pd.Categorical(["=a", "b"] * 6)})
    path = write_table(df, output_dir=tmp_path, name="risky")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    written = [r["text"] for r in rows]
    assert written[:8] == ["'" + c for c in cells[:8]]  # a spreadsheet shows them as text
    assert written[8:] == ["plain", "-3", "+1.5", "It's"]  # plain numbers and text stay as they are
    assert [int(r["n"]) for r in rows] == list(range(-6, 6))  # a number column stays numeric
    assert [r["cat"] for r in rows][:2] == ["'=a", "b"]
    assert [restore_cell(w) for w in written] == cells  # reading back gives the text as written
    assert df["text"].tolist() == cells  # the caller's frame is not changed
    assert pd.read_csv(path)["n"].dtype.kind == "i"


def test_a_cell_longer_than_a_spreadsheet_cell_is_cut_saying_so(tmp_path: Path) -> None:
    import csv

    from presslens.report.output import MAX_CELL_CHARS

    df = pd.DataFrame({"text": ["ash " * 50_000, "short"], "start": [0, 200_000]})
    path = write_table(df, output_dir=tmp_path, name="long")
    with open(path, newline="", encoding="utf-8") as fh:  # Python's csv reader refuses fields over 131,072
        rows = list(csv.DictReader(fh))
    assert len(rows[0]["text"]) <= MAX_CELL_CHARS and rows[0]["text"].endswith("… [167,273 characters cut]")
    assert rows[1]["text"] == "short" and df["text"].str.len().tolist() == [200_000, 5]
