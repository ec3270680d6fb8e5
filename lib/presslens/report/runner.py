"""The headless report runner: every notebook on one story, rendered to HTML.

``run_report`` executes the notebooks in ``notebooks/`` with papermill (in parallel up to
``jobs`` worker processes), injecting ``story`` and ``output_dir``. Each worker keeps one warm
kernel: it runs its notebooks one after another in that kernel, emptying the namespace
(``%reset -f``, figures closed, working folder restored) between two notebooks, so the second
notebook does not pay the kernel start and the imports again; a kernel whose notebook failed is
shut down and replaced. Each notebook writes into a staging folder
of its own, and only a notebook that finished has its executed copy, reader HTML (code
hidden), tables and figures moved into ``reports/<slug>/``. A failed notebook leaves
``<name>.failed.ipynb`` and no HTML, and its earlier outputs are removed, so nothing stale
looks finished. ``index.html`` links the notebooks and lists the story's articles.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presslens.corpus.story import Story, load_story
from presslens.errors import ReportError, StoryError
from presslens.paths import notebooks_dir, project_root, report_dir_for, resolve_story_dir
from presslens.report.render import escape

#: Kernel the notebooks run on (the current environment's Python).
KERNEL = "python3"
#: Seconds a single cell may run before the notebook is failed.
CELL_TIMEOUT = 600
#: Folder (inside the report folder) where notebooks write before their outputs are moved.
STAGING = ".staging"
#: File (inside the report folder) recording which files each notebook produced.
OUTPUTS_LOG = ".outputs.json"
#: Seconds the runner waits for a warm kernel to empty its namespace between notebooks.
RESET_TIMEOUT = 60


@dataclass
class NotebookResult:
    """What one notebook run produced.

    Attributes:
        name: the notebook's stem (``00_story_overview``).
        ok: whether every cell ran.
        seconds: wall time of execution and export.
        error: for a failure, "cell N: ErrorName: message".
        files: report-relative paths written (ipynb, html, tables, figures).
    """

    name: str
    ok: bool
    seconds: float
    error: str = ""
    files: list[str] = field(default_factory=list)


def list_notebooks(*, only: Sequence[str] | None = None, folder: Path | None = None) -> list[Path]:
    """Return the report notebooks (``NN_name.ipynb``) in order, optionally filtered.

    Args:
        only: names to keep; each matches a notebook's stem, its number (``"03"``) or its
            name without the number (``"casualty_tables"``).
        folder: the notebooks folder (default ``notebooks/``).

    Returns:
        Notebook paths sorted by name.

    Raises:
        ReportError: a name in ``only`` matches no notebook.
    """
    nbs = sorted((folder or notebooks_dir()).glob("[0-9][0-9]_*.ipynb"))
    if not only:
        return nbs
    keep = []
    for want in only:
        w = want.removesuffix(".ipynb")
        hits = [p for p in nbs if w in (p.stem, p.stem[:2], p.stem[3:])]
        if not hits:
            raise ReportError(f"no notebook named {want!r}; notebooks: {', '.join(p.stem for p in nbs)}")
        keep += [h for h in hits if h not in keep]
    return sorted(keep)


def export_html(nb_path: Path, html_path: Path, *, title: str) -> None:
    """Render an executed notebook as reader HTML with the code hidden.

    Args:
        nb_path: the executed notebook.
        html_path: where to write the HTML (written to a temporary name, then renamed).
        title: the page title (escaped).
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(nb_path, as_version=4)
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb)
    tmp = html_path.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(html_path)


def _error_of(nb_path: Path, exc: BaseException) -> str:
    """Find the failing cell and its error in an executed notebook."""
    try:
        import nbformat

        nb = nbformat.read(nb_path, as_version=4)
        for i, cell in enumerate(nb.cells):
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    return f"cell {i}: {out.get('ename')}: {out.get('evalue')}"
    except Exception:  # noqa: BLE001 - reporting must not fail on a broken notebook file
        pass
    return f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"


def run_notebook(nb_path: Path, *, story: str, out_dir: Path, title: str, km: Any = None) -> NotebookResult:
    """Execute one notebook on a story and move its outputs into the report folder.

    Args:
        nb_path: the notebook.
        story: the ``story`` parameter (slug or folder path).
        out_dir: the report folder.
        title: title for the HTML page.
        km: a kernel manager whose kernel to run in (started on first use, left running);
            None: a fresh kernel, shut down afterwards.

    Returns:
        The result; failures are returned, not raised.
    """
    import papermill as pm

    name = nb_path.stem
    t0 = time.perf_counter()
    stage = out_dir / STAGING / name
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    executed = stage / f"{name}.ipynb"
    try:
        pm.execute_notebook(str(nb_path), str(executed), parameters={"story": story, "output_dir": str(stage)},
                            kernel_name=KERNEL, cwd=str(project_root()), progress_bar=False,
                            log_output=False, execution_timeout=CELL_TIMEOUT, request_save_on_cell_execute=False, **({"km": km} if km else {}))
        export_html(executed, stage / f"{name}.html", title=f"{title} — {name}")
    except Exception as exc:  # noqa: BLE001 - papermill raises many kinds; all become a failed result
        error = _error_of(executed, exc)
        failed = out_dir / f"{name}.failed.ipynb"
        if executed.exists():
            shutil.move(str(executed), failed)
        _remove_previous(out_dir, name)
        shutil.rmtree(stage, ignore_errors=True)
        return NotebookResult(name, False, time.perf_counter() - t0, error=error,
                              files=[failed.name] if failed.exists() else [])
    _remove_previous(out_dir, name)
    files = []
    for p in sorted(stage.rglob("*")):
        if p.is_file():
            rel = p.relative_to(stage)
            dest = out_dir / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            p.replace(dest)
            files.append(str(rel))
    (out_dir / f"{name}.failed.ipynb").unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)
    return NotebookResult(name, True, time.perf_counter() - t0, files=files)


def _reset_code() -> str:
    """Code run in a warm kernel between two notebooks: close figures, go back to the project
    folder, empty the user namespace (imported modules stay loaded: that is the point)."""
    return ("import os, sys\n"
            "if 'matplotlib.pyplot' in sys.modules:\n    sys.modules['matplotlib.pyplot'].close('all')\n"
            f"os.chdir({str(project_root())!r})\n"
            "%reset -f")


def _reset_kernel(km: Any) -> bool:
    """Empty a warm kernel's namespace; return False when the kernel cannot be reused."""
    import nbformat
    from nbclient import NotebookClient

    try:
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_reset_code())])
        NotebookClient(nb, km=km, kernel_name=KERNEL, timeout=RESET_TIMEOUT).execute()
        return True
    except Exception:  # noqa: BLE001 - any failure means: start a fresh kernel instead
        return False


def _shutdown(km: Any) -> None:
    """Shut a warm kernel down (no error when it is already gone)."""
    if km is None or not km.has_kernel:
        return
    from jupyter_client.utils import run_sync

    try:
        run_sync(km.shutdown_kernel)(now=True)
    except Exception:  # noqa: BLE001 - a kernel that died on its own is fine
        pass


def _worker(todo: Any, done: Any, *, story: str, out_dir: Path, title: str) -> None:
    """Worker process: run notebooks from ``todo`` (until a None) in one warm kernel; put results on ``done``."""
    from jupyter_client.manager import AsyncKernelManager

    km = None
    try:
        while (nb := todo.get()) is not None:
            if km is not None and not _reset_kernel(km):
                _shutdown(km)
                km = None
            if km is None:
                km = AsyncKernelManager(kernel_name=KERNEL)
            t0 = time.perf_counter()
            r = run_notebook(nb, story=story, out_dir=out_dir, title=title, km=km)
            r.seconds = time.perf_counter() - t0
            if not r.ok:  # a failed notebook may leave the kernel in any state
                _shutdown(km)
                km = None
            done.put(r)
    finally:
        _shutdown(km)


def _collect(done: Any, procs: list, names: list[str], *, progress: Callable[[str], None]) -> list[NotebookResult]:
    """Gather one result per notebook from the workers (a notebook whose worker died fails)."""
    results: list[NotebookResult] = []
    pending = set(names)
    while pending:
        try:
            r = done.get(timeout=0.5)
        except queue.Empty:
            if any(p.is_alive() for p in procs):
                continue
            try:
                r = done.get(timeout=0.5)  # the last results of workers that just ended
            except queue.Empty:
                break
        pending.discard(r.name)
        results.append(r)
        mark = "ok" if r.ok else f"FAILED — {r.error}"
        progress(f"  [{len(results)}/{len(names)}] {r.name}: {mark} ({r.seconds:.1f} s)")
    for name in sorted(pending):
        results.append(NotebookResult(name, False, 0.0, error="its worker process ended before it finished"))
        progress(f"  [{len(results)}/{len(names)}] {name}: FAILED — its worker process ended")
    return results


def _remove_previous(out_dir: Path, name: str) -> None:
    """Delete the files a notebook produced in an earlier run (from the outputs log)."""
    log = _read_log(out_dir)
    for rel in log.get(name, []):
        (out_dir / rel).unlink(missing_ok=True)
    for suffix in (".html", ".ipynb"):
        (out_dir / f"{name}{suffix}").unlink(missing_ok=True)


def _read_log(out_dir: Path) -> dict[str, list[str]]:
    try:
        return json.loads((out_dir / OUTPUTS_LOG).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_log(out_dir: Path, results: list[NotebookResult]) -> None:
    log = _read_log(out_dir)
    for r in results:
        log[r.name] = r.files if r.ok else []
    (out_dir / OUTPUTS_LOG).write_text(json.dumps(log, indent=1, sort_keys=True), encoding="utf-8")


def index_html(story: Story, *, out_dir: Path, results: Sequence[NotebookResult]) -> str:
    """Return the report's index page (every value escaped).

    Args:
        story: the story.
        out_dir: the report folder (to list the tables and figures present).
        results: the notebook runs of this report.

    Returns:
        A complete HTML page.
    """
    from presslens.corpus.tables import articles_table

    arts = articles_table(story)
    rows = "".join(
        f"<tr><td>{escape(r.label)}</td><td>{escape(r.outlet)}</td><td>{escape(r.byline)}</td>"
        f"<td>{escape(r.published)}</td><td>{escape(r.headline)}</td><td>{int(r.n_words)}</td>"
        f"<td><code>{escape(r.source_file)}</code></td></tr>"
        for r in arts.itertuples()
    )
    done = {p.stem for p in out_dir.glob("[0-9][0-9]_*.html")}
    nb_items = []
    for r in sorted(results, key=lambda r: r.name):
        if r.ok:
            nb_items.append(f'<li><a href="{escape(r.name)}.html">{escape(r.name)}</a> ({r.seconds:.1f} s)</li>')
        else:
            nb_items.append(f"<li><b>{escape(r.name)}: failed</b> — {escape(r.error)} "
                            f'(<a href="{escape(r.name)}.failed.ipynb">executed notebook</a>)</li>')
    for name in sorted(done - {r.name for r in results}):
        nb_items.append(f'<li><a href="{escape(name)}.html">{escape(name)}</a> (from an earlier run)</li>')
    tables = "".join(f'<li><a href="tables/{escape(p.name)}">{escape(p.name)}</a></li>'
                     for p in sorted((out_dir / "tables").glob("*.csv")))
    figures = "".join(f'<li><a href="figures/{escape(p.name)}">{escape(p.name)}</a></li>'
                      for p in sorted((out_dir / "figures").glob("*.png")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(story.title)} — presslens</title>
<style>body{{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.4}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}}</style>
</head><body>
<h1>{escape(story.title)}</h1>
<p>Story <code>{escape(story.slug)}</code>{(' — ' + escape(story.region)) if story.region else ''};
{len(story.articles)} articles.</p>
<h2>Notebooks</h2><ul>{''.join(nb_items)}</ul>
<h2>Articles</h2>
<table><tr><th>label</th><th>outlet</th><th>byline</th><th>published</th><th>headline</th><th>words</th><th>file</th></tr>
{rows}</table>
<h2>Tables</h2><ul>{tables}</ul>
<h2>Figures</h2><ul>{figures}</ul>
</body></html>
"""


def run_report(story: str | Path, *, out: str | Path | None = None, jobs: int | None = None,
               only: Sequence[str] | None = None, progress: Callable[[str], None] = print,
               notebooks: Path | None = None) -> list[NotebookResult]:
    """Run the notebooks on a story and build ``<out>/<slug>/``.

    Args:
        story: a story slug or folder.
        out: the reports folder (default ``reports/``).
        jobs: notebooks run at once (default: the number of cores, at most the number
            of notebooks).
        only: run only these notebooks (see :func:`list_notebooks`).
        progress: called with one line per step.
        notebooks: the notebooks folder (default ``notebooks/``; the benchmark runs a folder
            of trivial notebooks through the same runner).

    Returns:
        One result per notebook, in name order.

    Raises:
        StoryError: missing story folder or fewer than two articles.
        ReportError: no notebook matches ``only``.
    """
    st = load_story(story, min_articles=2)
    nbs = list_notebooks(only=only, folder=notebooks)
    if not nbs:
        raise ReportError(f"no notebooks (NN_name.ipynb) in {notebooks or notebooks_dir()}")
    out_dir = report_dir_for(st.slug, base=out)
    out_dir.mkdir(parents=True, exist_ok=True)
    story_param = st.slug if resolve_story_dir(st.slug) == st.path else str(st.path)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(nbs)))
    progress(f"presslens: story {st.slug} ({len(st.articles)} articles) → {out_dir}; "
             f"{len(nbs)} notebook(s), {jobs} at a time")
    ctx = multiprocessing.get_context()
    todo, done = ctx.SimpleQueue(), ctx.Queue()
    for nb in [*nbs, *[None] * jobs]:
        todo.put(nb)
    procs = [ctx.Process(target=_worker, args=(todo, done),
                         kwargs={"story": story_param, "out_dir": out_dir, "title": st.title}) for _ in range(jobs)]
    for p in procs:
        p.start()
    try:
        results = _collect(done, procs, [nb.stem for nb in nbs], progress=progress)
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.terminate()
    results.sort(key=lambda r: r.name)
    shutil.rmtree(out_dir / STAGING, ignore_errors=True)
    _write_log(out_dir, results)
    tmp = out_dir / "index.html.tmp"
    tmp.write_text(index_html(st, out_dir=out_dir, results=results), encoding="utf-8")
    tmp.replace(out_dir / "index.html")
    progress(f"presslens: wrote {out_dir / 'index.html'}")
    return results


__all__ = ["NotebookResult", "StoryError", "export_html", "index_html", "list_notebooks", "run_notebook", "run_report"]
