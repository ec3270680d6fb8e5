"""Tests for presslens.report.runner and the command line: runner, failures, escaping."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from presslens.__main__ import main
from presslens.errors import ReportError
from presslens.paths import project_root
from presslens.report import runner
from presslens.report.runner import _Heartbeat, list_notebooks, run_notebook, run_report

EVIL = ('Officials said <script>alert("pwned")</script> and <img src=x onerror="alert(1)"> were found, '
        'and police said "<b>three</b> people were killed" by <i>Gunmen</i> in the attack.')
BODY = "Gunmen attacked a checkpoint in the district on Friday, killing four police officers, officials said.\n"


def _nb(path: Path, source: str) -> None:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('story: str = ""\noutput_dir: str = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(source)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


@pytest.fixture()
def evil_story(tmp_path: Path) -> Path:
    folder = tmp_path / "evil-story"
    folder.mkdir()
    (folder / "a.txt").write_text("Checkpoint <b>Attack</b> <script>alert('headline')</script>\n\n" + EVIL + "\n" + BODY)
    (folder / "b.txt").write_text("Police Post Raided\n\n" + BODY.replace("four", "five"))
    # the story title (shown on every page) is hostile too
    (folder / "story.toml").write_text('''title = "Checkpoint <b>Attack</b> <script>alert('headline')</script>"\n''')
    return folder


def test_list_notebooks_filters() -> None:
    names = [p.stem for p in list_notebooks()]
    assert names[0] == "00_story_overview" and names == sorted(names)
    assert [p.stem for p in list_notebooks(only=["00"])] == ["00_story_overview"]
    assert [p.stem for p in list_notebooks(only=["story_overview"])] == ["00_story_overview"]
    with pytest.raises(ReportError, match="no notebook named 'nope'"):
        list_notebooks(only=["nope"])


def test_report_escapes_article_html_and_reports_a_failing_notebook(
        tmp_path: Path, evil_story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # one real notebook (the others' pages are checked on hostile text in tests/test_hostile.py)
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    real = list_notebooks(only=["00"])
    for nb in real:
        shutil.copy(nb, nbdir / nb.name)
    _nb(nbdir / "09_broken.ipynb", "from presslens.report.output import write_table\nimport pandas as pd\n"
        "write_table(pd.DataFrame({'a': [1]}), output_dir=output_dir, name='partial')\n"
        "raise ValueError('deliberate failure')")
    monkeypatch.setattr("presslens.report.runner.notebooks_dir", lambda: nbdir)
    lines: list[str] = []
    results = run_report(evil_story, out=tmp_path / "reports", jobs=2, progress=lines.append)
    out = tmp_path / "reports" / "evil-story"
    by_name = {r.name: r for r in results}
    assert all(by_name[nb.stem].ok for nb in real), [(r.name, r.error) for r in results if not r.ok]
    broken = by_name["09_broken"]
    assert not broken.ok and "ValueError: deliberate failure" in broken.error
    # the cell is numbered as in the source notebook (papermill's injected cell not counted), with its code
    assert broken.error.startswith("cell 2 (`from presslens.report.output import write_table`): ")
    assert (out / "09_broken.failed.ipynb").exists()
    assert not (out / "09_broken.html").exists()
    assert not (out / "tables" / "partial.csv").exists()  # nothing half-written looks finished
    assert not (out / ".staging").exists()
    assert any("09_broken: FAILED" in line for line in lines)
    for page in [f"{nb.stem}.html" for nb in real] + ["index.html"]:
        html = (out / page).read_text(encoding="utf-8")
        leaks = [t for t in ("<script>alert(", "<img src=x", "<b>Attack</b>", "<b>three</b>", "<i>Gunmen</i> in")
                 if t in html]
        assert not leaks, f"{page} renders article markup: {leaks}"
    index = (out / "index.html").read_text(encoding="utf-8")
    overview = (out / "00_story_overview.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert('headline')&lt;/script&gt;" in overview.replace("&#x27;", "'")
    assert "09 Broken: failed</b> — cell 2 (" in index and 'href="09_broken.failed.ipynb"' in index
    assert (out / "tables" / "articles.csv").exists()


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "missing-story")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("presslens: error: story folder not found:") and "\n" not in err
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text(BODY)
    assert main(["report", str(one)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "presslens: error: story one has 1 article(s); at least 2 needed"


def test_warm_kernel_is_reused_with_an_empty_namespace_and_replaced_after_a_failure(
        tmp_path: Path, evil_story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    pid = ("import os\nfrom presslens.report.output import write_table\nimport pandas as pd\n"
           "write_table(pd.DataFrame({'pid': [os.getpid()], 'cwd': [os.getcwd()], "
           "'leaked': ['leak' in globals()]}), output_dir=output_dir, name=NAME)\n")
    _nb(nbdir / "00_first.ipynb", "leak = 1\nimport os\nos.chdir('/')\n" + pid.replace("NAME", "'first'"))
    _nb(nbdir / "01_second.ipynb", pid.replace("NAME", "'second'"))
    _nb(nbdir / "02_broken.ipynb", "raise RuntimeError('stop')")
    _nb(nbdir / "03_after.ipynb", pid.replace("NAME", "'after'"))
    monkeypatch.setattr("presslens.report.runner.notebooks_dir", lambda: nbdir)
    results = run_report(evil_story, out=tmp_path / "reports", jobs=1, progress=lambda s: None)
    assert [(r.name, r.ok) for r in results] == [("00_first", True), ("01_second", True), ("02_broken", False),
                                                  ("03_after", True)]
    tables = tmp_path / "reports" / "evil-story" / "tables"
    first, second, after = (pd.read_csv(tables / f"{n}.csv").iloc[0] for n in ("first", "second", "after"))
    assert first["pid"] == second["pid"]  # one warm kernel ran both
    assert not second["leaked"] and first["cwd"] == "/"  # namespace emptied between them...
    assert second["cwd"] == str(project_root())  # ...and the working folder restored
    assert after["pid"] != second["pid"]  # the kernel of a failed notebook is replaced


def test_a_headless_run_uses_agg_merges_outputs_and_reports_cells(tmp_path: Path, evil_story: Path) -> None:
    nb = tmp_path / "00_many.ipynb"
    _nb(nb, "import os, matplotlib\nfrom presslens.report.output import write_table\nimport pandas as pd\n"
            "write_table(pd.DataFrame({'backend': [matplotlib.get_backend()], 'headless': "
            "[os.environ.get('PRESSLENS_HEADLESS')]}), output_dir=output_dir, name='env')")
    book = nbformat.read(nb, as_version=4)
    book.cells.append(nbformat.v4.new_code_cell(
        "from IPython.display import HTML, display\nfor i in range(3000):\n    display(HTML(f'<p>row {i}</p>'))"))
    book.cells.append(nbformat.v4.new_code_cell("from pathlib import Path\nPath(output_dir) / 'figures' / 'x.png'"))
    nbformat.write(book, nb)
    events: list[tuple] = []
    out = tmp_path / "out"
    r = run_notebook(nb, story=str(evil_story), out_dir=out, title="t", events=events.append)
    assert r.ok, r.error
    env = pd.read_csv(out / "tables" / "env.csv", keep_default_na=False).iloc[0]
    assert env["backend"].lower() == "agg" and str(env["headless"]) == "1"
    executed = nbformat.read(out / "00_many.ipynb", as_version=4)
    assert len(executed.cells[-2].outputs) == 1  # one output, not 3000
    assert executed.cells[-2].outputs[0]["data"]["text/html"].count("<p>row") == 3000
    html = (out / "00_many.html").read_text(encoding="utf-8")
    assert "row 2999" in html and "PosixPath(" not in html and ".staging" not in html
    done = [e for e in events if e[2] == "done"]
    assert [e[3] for e in done] == ["cell 1/4", "the injected parameters", "cell 2/4", "cell 3/4", "cell 4/4"]
    assert done[2][4] == "import os, matplotlib"


def test_a_cell_past_its_timeout_leaves_a_failed_notebook_naming_the_cell(
        tmp_path: Path, evil_story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = tmp_path / "00_slow.ipynb"
    _nb(nb, "import time\ntime.sleep(60)")
    monkeypatch.setattr(runner, "CELL_TIMEOUT", 2)
    out = tmp_path / "out"
    r = run_notebook(nb, story=str(evil_story), out_dir=out, title="t")
    assert not r.ok and r.error.startswith("cell 2 (`import time`): CellTimeoutError: A cell timed out")
    assert (out / "00_slow.failed.ipynb").exists() and r.files == ["00_slow.failed.ipynb"]
    assert not (out / "00_slow.html").exists()


def test_heartbeat_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: list[str] = []
    beat = _Heartbeat(lines.append)
    clock = iter([0.0, 1.0, 2.0, 100.0, 110.0, 200.0])
    monkeypatch.setattr(runner.time, "monotonic", lambda: next(clock))
    beat.event(("cell", "01_x", "done", "cell 3/9", "a = 1", 0.2, 1.0))  # a short notebook stays quiet
    beat.event(("cell", "01_x", "start", "cell 4/9", "b = slow()", 0.0, 1.0))
    beat.tick()  # 1 s in: nothing yet
    beat.tick()  # 99 s in the same cell
    beat.tick()  # 10 s after that line: nothing again
    beat.event(("cell", "01_x", "done", "cell 4/9", "b = slow()", 199.0, 200.0))
    assert lines == ["    01_x: still in cell 4/9 (`b = slow()`) (99 s)",
                     "    01_x: cell 4/9 done in 199.0 s, 200 s so far — b = slow()"]


def test_run_order_puts_the_longest_notebook_first(tmp_path) -> None:
    import nbformat

    from presslens.report.runner import code_cells, run_order

    for name, n in (("00_a", 2), ("01_b", 5), ("02_c", 5), ("03_d", 1)):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"x = {i}") for i in range(n)]
                                      + [nbformat.v4.new_code_cell("  "), nbformat.v4.new_markdown_cell("# t")])
        nbformat.write(nb, tmp_path / f"{name}.ipynb")
    assert code_cells(tmp_path / "01_b.ipynb") == 5 and code_cells(tmp_path / "missing.ipynb") == 0
    assert [p.stem for p in run_order(sorted(tmp_path.glob("*.ipynb")))] == ["01_b", "02_c", "00_a", "03_d"]
