"""The README documents every column of every table the notebooks write (a contract)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from presslens.paths import notebooks_dir, project_root

NOTEBOOKS = [p.stem for p in sorted(notebooks_dir().glob("[0-9][0-9]_*.ipynb"))]


def _documented_columns() -> dict[str, set[str]]:
    """Map ``name.csv`` → the column names listed in the first cells of its README table."""
    text = (project_root() / "README.md").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for section in re.split(r"\n(?=#{3,4} )", text):
        head = section.split("\n", 1)[0]
        m = re.search(r"tables/([\w-]+\.csv)", head)
        if not m or not head.startswith("####"):
            continue
        cols: set[str] = set()
        for row in re.findall(r"^\|([^|\n]+)\|", section, flags=re.M):
            cols |= {c.strip().strip("`").strip() for c in re.split(r",|/| and ", row)}
        out[m.group(1)] = cols
    return out


def test_readme_starts_with_the_two_commands() -> None:
    text = (project_root() / "README.md").read_text(encoding="utf-8")
    head = text[:400]
    assert "make report" in head and "make test" in head


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_written_column_is_documented(name: str, run_notebook) -> None:
    documented = _documented_columns()
    out = run_notebook(name)
    tables = sorted((out / "tables").glob("*.csv"))
    assert tables, f"{name} wrote no tables"
    for path in tables:
        assert path.name in documented, f"README has no column table for tables/{path.name}"
        cols = set(pd.read_csv(path, nrows=0).columns)
        missing = cols - documented[path.name]
        assert not missing, f"README does not document {sorted(missing)} of tables/{path.name}"
