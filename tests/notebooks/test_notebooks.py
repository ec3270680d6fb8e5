"""Every notebook is committed clean and usable in JupyterLab: no outputs, one typed parameters cell
(``output_dir`` empty by default), a parameter check right after it, no forced matplotlib backend."""

from __future__ import annotations

import nbformat
import pytest

from presslens.paths import notebooks_dir

NOTEBOOKS = sorted(notebooks_dir().glob("*.ipynb"))
FIX = ("notebook outputs must not be committed: clear them with "
       "`.venv/bin/jupyter nbconvert --clear-output --inplace {path}` (or Edit > Clear Outputs of All Cells "
       "in JupyterLab, then save) and commit again")


def test_there_are_notebooks() -> None:
    assert [p.stem for p in NOTEBOOKS][:1] == ["00_story_overview"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_clean_and_parameterised(path) -> None:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    dirty = [i + 1 for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, FIX.format(path=path.relative_to(notebooks_dir().parent)) + f" (cells {dirty})"
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    src = nb.cells[tagged[0]].source
    assert "story: str =" in src and 'output_dir: str = ""' in src  # empty: reports/<the story's slug>
    check = nb.cells[tagged[0] + 1]
    assert check.cell_type == "code" and "check_parameters(" in check.source, \
        "the cell after the parameters checks them (presslens.report.params.check_parameters)"
    names = [ln.split(":")[0] for ln in src.splitlines() if ":" in ln and not ln.startswith("#")]
    assert all(f"{n}={n}" in check.source for n in names), f"check every parameter: {names}"
    assert not any("matplotlib.use(" in c.source for c in code), "the runner sets Agg; JupyterLab keeps inline"
    assert not any("from IPython.display import HTML" in c.source for c in code), \
        "use presslens.report.display.HTML (never typeset as TeX)"
    assert nb.metadata["kernelspec"]["name"] == "python3"
