"""The headless report runner: every notebook on one story, rendered to HTML, published whole.

``run_report`` executes the notebooks in ``notebooks/`` with papermill (in parallel up to
``jobs`` worker processes), injecting ``story`` and ``output_dir``. Each worker keeps one warm
kernel: it runs its notebooks one after another in that kernel, emptying the namespace
(``%reset -f``, figures closed, working folder restored) between two notebooks, so the second
notebook does not pay the kernel start and the imports again; a kernel whose notebook failed is
shut down and replaced. Each notebook writes into a folder of its own, and only a notebook that
finished has its executed copy, reader HTML (code hidden), tables and figures moved into the
run's staging folder. A failed notebook leaves ``<name>.failed.ipynb`` (always, whatever stopped
it) and no HTML, its error names the source notebook's cell number and first line, and its
earlier outputs are dropped, so nothing stale looks finished. ``index.html`` is the findings page
(:mod:`presslens.report.findings`).

The report folder is written as :mod:`presslens.report.folder` says: one run at a time (a lock),
never into a folder that is not a presslens report, built whole in staging and swapped in at the
end, so Ctrl-C (or SIGTERM) leaves the previous report as it was: the workers are stopped, their
kernels killed, the staging removed. Only files the runner wrote are ever deleted.

Headless kernels run with ``MPLBACKEND=Agg`` and ``PRESSLENS_HEADLESS=1`` (in JupyterLab the
notebooks keep the inline backend). A long notebook reports each finished cell and, every
:data:`HEARTBEAT_EVERY` seconds, the cell it is still in.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presslens.corpus.story import Story, load_story
from presslens.errors import InterruptedRun, ReportError, StoryError, shorten
from presslens.paths import notebooks_dir, project_root, resolve_story_dir
from presslens.report.export import Page, export_html
from presslens.report.findings import fallback_index_html, index_html
from presslens.report.folder import (LEGACY_LOG, REPORT_FILES, ReportLock, regular_file, check_target, mirror,
                                     new_staging, owned, publish, read_records, records_for, recover, report_path,
                                     stale_paths, write_marker)

#: Kernel the notebooks run on (the current environment's Python).
KERNEL = "python3"
#: Seconds a single cell may run before the notebook is failed.
CELL_TIMEOUT = 600
#: Seconds the runner waits for a cell's outputs after the cell finished (nbclient's 4 s fails a cell
#: that sends thousands of outputs, as a ``CellTimeoutError`` with no cell named).
OUTPUT_TIMEOUT = 300
#: Environment of a headless kernel: figures drawn off-screen; notebooks can tell they run in a report.
KERNEL_ENV = {"MPLBACKEND": "Agg", "PRESSLENS_HEADLESS": "1"}
#: A notebook running this long (seconds) prints a line per finished cell.
HEARTBEAT_AFTER = 10.0
#: Seconds between two "still in cell N" lines of a notebook whose cell runs long.
HEARTBEAT_EVERY = 30.0
#: Folder (inside the folder receiving a notebook's outputs) where the notebook writes before they are moved.
STAGING = ".staging"
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


def notebook_title(nb_path: Path) -> str:
    """Return a notebook's short title: its first ``# `` heading up to a colon (else its name).

    Args:
        nb_path: the notebook.

    Returns:
        E.g. "Source comparison" for ``# Source comparison: coverage, omissions, …``.
    """
    import nbformat

    try:
        nb = nbformat.read(nb_path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                for line in cell.source.splitlines():
                    if line.startswith("# "):
                        return line[2:].split(":")[0].strip()
    except Exception:  # noqa: BLE001 - a title is a nicety; fall back to the name
        pass
    return nb_path.stem[3:].replace("_", " ").capitalize()


def report_pages(nbs: Sequence[Path]) -> list[Page]:
    """The navigation bar of a report: the findings page, then one page per notebook."""
    return [Page("index.html", "Findings")] + [Page(f"{nb.stem}.html", f"{nb.stem[:2]} {notebook_title(nb)}")
                                               for nb in nbs]


#: Tags of cells papermill adds to an executed notebook (not counted in the source numbering).
ADDED_TAGS = {"injected-parameters", "papermill-error-cell-tag"}


def _added(cell: Any) -> bool:
    return bool(ADDED_TAGS & set(cell.get("metadata", {}).get("tags", [])))


def _source_cell(nb: Any, index: int) -> int | None:
    """1-based number in the source notebook of the executed notebook's cell ``index`` (papermill
    adds an ``injected-parameters`` cell and, on a failure, error-marker cells); None for an added cell."""
    if _added(nb.cells[index]):
        return None
    return 1 + sum(1 for c in nb.cells[:index] if not _added(c))


def _first_line(cell: Any) -> str:
    for line in str(cell.get("source", "")).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()[:80]
    return ""


def _describe_cell(nb: Any, index: int) -> str:
    n = _source_cell(nb, index)
    if n is None:
        return "the injected parameters cell"
    line = _first_line(nb.cells[index])
    return f"cell {n}" + (f" (`{line}`)" if line else "")


def _exception_text(exc: BaseException) -> str:
    """``Name: first line of the message`` (a timeout's message starts with what happened)."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip() and not set(ln.strip()) <= set("-=")]
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def _error_of(nb: Any, exc: BaseException, *, current: int | None = None) -> str:
    """Name the failing cell (source numbering) and its error: ``cell N (`code`): Error: message``."""
    try:
        if nb is not None:
            for i, cell in enumerate(nb.cells):
                for out in cell.get("outputs", []):
                    if out.get("output_type") == "error":
                        return f"{_describe_cell(nb, i)}: {out.get('ename')}: {out.get('evalue')}"
            if current is not None:
                return f"{_describe_cell(nb, current)}: {_exception_text(exc)}"
    except Exception:  # noqa: BLE001 - reporting must not fail on a broken notebook
        pass
    return _exception_text(exc)


class _Run:
    """State of one notebook run, shared by the papermill engine and the cell hooks."""

    def __init__(self, name: str, events: Callable[[tuple], None] | None) -> None:
        self.name, self.events = name, events
        self.nb: Any = None
        self.current: int | None = None
        self.t0 = self.cell_t0 = time.perf_counter()

    def _emit(self, kind: str, index: int, seconds: float) -> None:
        if self.events is None or self.nb is None:
            return
        n_source = sum(1 for c in self.nb.cells if not _added(c))
        number = _source_cell(self.nb, index)
        where = f"cell {number}/{n_source}" if number is not None else "the injected parameters"
        self.events(("cell", self.name, kind, where, _first_line(self.nb.cells[index]), seconds,
                     time.perf_counter() - self.t0))

    def on_cell_start(self, cell: Any, cell_index: int, **_: Any) -> None:
        self.current, self.cell_t0 = cell_index, time.perf_counter()
        if cell.get("cell_type") == "code" and cell.get("source", "").strip():
            self._emit("start", cell_index, 0.0)

    def on_cell_executed(self, cell: Any, cell_index: int, **_: Any) -> None:
        from presslens.report.export import tidy_outputs

        cell["outputs"] = tidy_outputs(cell.get("outputs", []))
        self._emit("done", cell_index, time.perf_counter() - self.cell_t0)


def _engine_name() -> str:
    """Register (once) and name the papermill engine that lets the runner keep the executing notebook."""
    from papermill.engines import NBClientEngine, papermill_engines

    if "presslens" not in papermill_engines._engines:  # noqa: SLF001 - papermill has no lookup API

        class PresslensEngine(NBClientEngine):
            """nbclient engine that hands the notebook being executed to the runner (for a failed run)."""

            @classmethod
            def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **kwargs: Any) -> Any:
                run = kwargs.pop("presslens_run", None)
                if run is not None:
                    run.nb = nb_man.nb
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)

        papermill_engines.register("presslens", PresslensEngine)
    return "presslens"


#: Process ids of the kernels this process started and has not shut down (killed if the process is stopped).
_KERNEL_PIDS: set[int] = set()
#: Options of every kernel: its log shows errors only (not the warning that it talks over TCP on the
#: loopback interface; its messages are signed with a key only this process has). Unix sockets would
#: silence it too, but lose output messages when a cell sends thousands.
KERNEL_ARGS = ["--IPKernelApp.log_level=ERROR"]


def _kernel_manager() -> Any:
    """A kernel manager for the notebooks' kernel."""
    from jupyter_client.manager import AsyncKernelManager

    return AsyncKernelManager(kernel_name=KERNEL)


def _start_kernel(km: Any) -> None:
    """Start a kernel manager's kernel in the project folder with :data:`KERNEL_ENV` (if not running)."""
    from jupyter_client.utils import run_sync

    if not km.has_kernel:
        run_sync(km.start_kernel)(env={**os.environ, **KERNEL_ENV}, cwd=str(project_root()),
                                  extra_arguments=KERNEL_ARGS)
        pid = getattr(getattr(km, "provisioner", None), "pid", None)
        if isinstance(pid, int):
            _KERNEL_PIDS.add(pid)


def _write_failed(run: _Run, nb_path: Path, failed: Path, executed: Path) -> None:
    """Leave ``<name>.failed.ipynb``: the notebook as far as it ran (else the executed file, else the source)."""
    import nbformat

    try:
        if run.nb is not None:
            nbformat.write(run.nb, failed)
            return
    except Exception:  # noqa: BLE001 - fall back to a copy
        pass
    shutil.copy(executed if executed.exists() else nb_path, failed)


def _load_quietly(story: str) -> Story | None:
    try:
        return load_story(story)
    except Exception:  # noqa: BLE001 - anchors are a nicety; the notebook reported its own error
        return None


def run_notebook(nb_path: Path, *, story: str, out_dir: Path, title: str, km: Any = None,
                 pages: Sequence[Page] = (), events: Callable[[tuple], None] | None = None,
                 loaded: Story | None = None) -> NotebookResult:
    """Execute one notebook on a story and move its outputs into ``out_dir``.

    The notebook writes into ``out_dir/.staging/<name>/``; only when every cell ran and its page
    was exported are its executed copy, reader HTML, tables and figures moved into ``out_dir``
    (the report runner passes its staging folder, so nothing reaches the published report before
    the whole run is done).

    Args:
        nb_path: the notebook.
        story: the ``story`` parameter (slug or folder path).
        out_dir: the folder receiving the outputs.
        title: title for the HTML page.
        km: a kernel manager whose kernel to run in (started on first use, left running);
            None: a fresh kernel, shut down afterwards.
        pages: the report's pages, for the page's navigation bar.
        events: called with ``("cell", notebook, "start"|"done", "cell N/M", first code line,
            seconds in the cell, seconds so far)`` as cells run (N counts the source notebook's
            cells from 1; None: no events).
        loaded: the story already loaded, for the page's sentence anchors (None: loaded here).

    Returns:
        The result; failures are returned, not raised (their error is one line of at most
        :data:`presslens.errors.MAX_MESSAGE_CHARS` characters).
    """
    import papermill as pm

    name = nb_path.stem
    t0 = time.perf_counter()
    stage = out_dir / STAGING / name
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    executed = stage / f"{name}.ipynb"
    own_km = km is None
    km = km or _kernel_manager()
    run = _Run(name, events)
    try:
        _start_kernel(km)
        pm.execute_notebook(str(nb_path), str(executed), parameters={"story": story, "output_dir": str(stage)},
                            kernel_name=KERNEL, cwd=str(project_root()), progress_bar=False,
                            log_output=False, request_save_on_cell_execute=False, engine_name=_engine_name(),
                            km=km, presslens_run=run, execution_timeout=CELL_TIMEOUT,
                            iopub_timeout=OUTPUT_TIMEOUT, coalesce_streams=True,
                            on_cell_start=run.on_cell_start, on_cell_executed=run.on_cell_executed)
        export_html(executed, stage / f"{name}.html", title=f"{title} — {name}", story=loaded or _load_quietly(story),
                    pages=pages)
    except Exception as exc:  # noqa: BLE001 - papermill raises many kinds; all become a failed result
        error = shorten(_error_of(run.nb, exc, current=run.current))
        failed = out_dir / f"{name}.failed.ipynb"
        _write_failed(run, nb_path, failed, executed)
        shutil.rmtree(stage, ignore_errors=True)
        return NotebookResult(name, False, time.perf_counter() - t0, error=error,
                              files=[failed.name] if failed.exists() else [])
    finally:
        if own_km:
            _shutdown(km)
    files = []
    for p in sorted(stage.rglob("*")):
        if p.is_file() and not p.is_symlink():
            rel = p.relative_to(stage)
            dest = out_dir / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            p.replace(dest)
            files.append(rel.as_posix())
    (out_dir / f"{name}.failed.ipynb").unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)
    return NotebookResult(name, True, time.perf_counter() - t0, files=files)


def _reset_code() -> str:
    """Code run in a warm kernel between two notebooks: close figures, go back to the project
    folder, empty the user namespace and presslens's caches (the previous story's tables would stay
    in memory under the next notebook's), collect garbage (imported modules stay loaded: that is the
    point)."""
    return ("import os, sys\n"
            "if 'matplotlib.pyplot' in sys.modules:\n    sys.modules['matplotlib.pyplot'].close('all')\n"
            f"os.chdir({str(project_root())!r})\n"
            "%reset -f\n"
            "def _presslens_clear():\n"
            "    import gc, sys\n"
            "    for m in [m for n, m in list(sys.modules.items()) if n.split('.')[0] == 'presslens' and m]:\n"
            "        for f in list(vars(m).values()):\n"
            "            if callable(getattr(f, 'cache_clear', None)) and getattr(f, '__module__', '') == m.__name__:\n"
            "                f.cache_clear()\n"
            "    gc.collect()\n"
            "_presslens_clear()\n"
            "del _presslens_clear")


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
    """Shut a warm kernel down (no error when it is already gone) and remove its socket folder."""
    if km is None or not km.has_kernel:
        return
    from jupyter_client.utils import run_sync

    pid = getattr(getattr(km, "provisioner", None), "pid", None)
    try:
        run_sync(km.shutdown_kernel)(now=True)
    except Exception:  # noqa: BLE001 - a kernel that died on its own is fine
        pass
    _KERNEL_PIDS.discard(pid)  # type: ignore[arg-type]


def _end_worker(signum: int, _frame: Any) -> None:
    """SIGTERM in a worker (the runner stopping it): kill the kernels it started, then exit at once."""
    for pid in list(_KERNEL_PIDS):
        try:
            os.killpg(pid, signal.SIGKILL)  # a kernel leads its own process group
        except OSError:
            pass
    os._exit(128 + signum)


def _worker(todo: Any, done: Any, *, story: str, out_dir: Path, title: str, pages: Sequence[Page],
            loaded: Story | None = None) -> None:
    """Worker process: run notebooks from ``todo`` (until a None) in one warm kernel; put cell events
    and results on ``done``; ``loaded`` is the story the runner loaded (for the pages' anchors, so the
    worker does not parse it again for each page). Ctrl-C is left to the runner, which stops the
    workers with SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _end_worker)
    km = None
    try:
        while (nb := todo.get()) is not None:
            if km is not None and not _reset_kernel(km):
                _shutdown(km)
                km = None
            if km is None:
                km = _kernel_manager()
            t0 = time.perf_counter()
            r = run_notebook(nb, story=story, out_dir=out_dir, title=title, km=km, pages=pages, events=done.put,
                             loaded=loaded)
            r.seconds = time.perf_counter() - t0
            if not r.ok:  # a failed notebook may leave the kernel in any state
                _shutdown(km)
                km = None
            done.put(r)
    finally:
        _shutdown(km)


class _Heartbeat:
    """Turns cell events into progress lines: each finished cell of a long notebook, and "still in
    cell N" when one cell runs long."""

    def __init__(self, progress: Callable[[str], None]) -> None:
        self.progress = progress
        self.running: dict[str, tuple[str, float]] = {}  # notebook -> (cell, when it started)
        self.last: dict[str, float] = {}

    def event(self, ev: tuple) -> None:
        _, name, kind, where, code, seconds, so_far = ev
        now = time.monotonic()
        cell = f"{where} (`{code}`)" if code else where
        if kind == "start":
            self.running[name] = (cell, now)
            return
        self.running.pop(name, None)
        if so_far >= HEARTBEAT_AFTER or seconds >= HEARTBEAT_AFTER / 2:
            self.progress(f"    {name}: {where} done in {seconds:.1f} s, {so_far:.0f} s so far"
                          + (f" — {code}" if code else ""))
            self.last[name] = now

    def finished(self, name: str) -> None:
        self.running.pop(name, None)

    def tick(self) -> None:
        now = time.monotonic()
        for name, (cell, since) in list(self.running.items()):
            if now - since >= HEARTBEAT_EVERY and now - self.last.get(name, since) >= HEARTBEAT_EVERY:
                self.progress(f"    {name}: still in {cell} ({now - since:.0f} s)")
                self.last[name] = now


def _collect(done: Any, procs: list, names: list[str], *, progress: Callable[[str], None]) -> list[NotebookResult]:
    """Gather one result per notebook from the workers (a notebook whose worker died fails),
    printing a heartbeat for long notebooks."""
    results: list[NotebookResult] = []
    pending = set(names)
    beat = _Heartbeat(progress)
    while pending:
        try:
            r = done.get(timeout=0.5)
        except queue.Empty:
            beat.tick()
            if any(p.is_alive() for p in procs):
                continue
            try:
                r = done.get(timeout=0.5)  # the last results of workers that just ended
            except queue.Empty:
                break
        if isinstance(r, tuple):
            beat.event(r)
            continue
        beat.finished(r.name)
        pending.discard(r.name)
        results.append(r)
        mark = "ok" if r.ok else f"FAILED — {r.error}"
        progress(f"  [{len(results)}/{len(names)}] {r.name}: {mark} ({r.seconds:.1f} s)")
    for name in sorted(pending):
        results.append(NotebookResult(name, False, 0.0, error="its worker process ended before it finished"))
        progress(f"  [{len(results)}/{len(names)}] {name}: FAILED — its worker process ended")
    return results


@contextmanager
def _workers_ignore_sigint() -> Iterator[None]:
    """Start worker processes with Ctrl-C ignored from their first instruction (they inherit it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt for the ``with`` block (in the main thread), so a run stopped
    by ``kill`` cleans up as one stopped by Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_n: int, _f: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop_workers(procs: list) -> None:
    """Stop worker processes now (SIGTERM: each kills its kernel), then kill any still alive."""
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(timeout=5)
        if p.is_alive():
            p.kill()
            p.join(timeout=5)


def code_cells(nb_path: Path) -> int:
    """Return how many non-empty code cells a notebook has (0 when it cannot be read)."""
    import json

    try:
        cells = json.loads(nb_path.read_text(encoding="utf-8")).get("cells", [])
        return sum(1 for c in cells if c.get("cell_type") == "code" and "".join(c.get("source", "")).strip())
    except (OSError, ValueError, AttributeError):
        return 0


def run_order(nbs: Sequence[Path]) -> list[Path]:
    """Order notebooks for the workers: the longest first (most code cells, then by name).

    Longest-first keeps the workers busy until the end: a long notebook started last would run
    alone while the other workers sit idle.

    Args:
        nbs: the notebooks.

    Returns:
        The same notebooks, most code cells first (ties by name).
    """
    return sorted(nbs, key=lambda p: (-code_cells(p), p.name))


def _execute(nbs: Sequence[Path], *, staging: Path, story: str, title: str, pages: Sequence[Page], jobs: int,
             progress: Callable[[str], None], loaded: Story | None = None) -> list[NotebookResult]:
    """Run the notebooks in ``jobs`` worker processes (longest first, :func:`run_order`), their outputs
    going into ``staging``; forked workers inherit the ``loaded`` story (others load it themselves)."""
    ctx = multiprocessing.get_context()
    if ctx.get_start_method() != "fork":
        loaded = None
    todo, done = ctx.SimpleQueue(), ctx.Queue()
    for nb in [*run_order(nbs), *[None] * jobs]:
        todo.put(nb)
    procs = [ctx.Process(target=_worker, args=(todo, done),
                         kwargs={"story": story, "out_dir": staging, "title": title, "pages": pages,
                                 "loaded": loaded})
             for _ in range(jobs)]
    try:
        with _workers_ignore_sigint():
            for p in procs:
                p.start()
        results = _collect(done, procs, [nb.stem for nb in nbs], progress=progress)
    except BaseException:
        _stop_workers(procs)
        raise
    for p in procs:
        p.join(timeout=30)
    _stop_workers(procs)
    return sorted(results, key=lambda r: r.name)


def _write_index(st: Story, root: Path, results: list[NotebookResult], pages: Sequence[Page]) -> NotebookResult | None:
    """Write ``index.html`` into ``root``; a findings page that cannot be built becomes a plain page
    listing the notebooks, and a failed result saying why."""
    failure = None
    try:
        page = index_html(st, out_dir=root, results=results, pages=pages)
    except Exception as exc:  # noqa: BLE001 - the notebooks' work is kept whatever the findings page does
        error = shorten(f"the findings page could not be built: {_exception_text(exc)}")
        failure = NotebookResult("index", False, 0.0, error=error, files=["index.html"])
        page = fallback_index_html(st, out_dir=root, results=results, pages=pages, error=error)
    tmp = root / "index.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(root / "index.html")
    return failure


def _build(st: Story, nbs: Sequence[Path], *, path: Path, story: str, jobs: int, pages: Sequence[Page],
           progress: Callable[[str], None]) -> list[NotebookResult]:
    """Build the whole report in a staging folder and swap it in (call with the report's lock held)."""
    try:
        staging = new_staging(path)
    except OSError as exc:
        raise ReportError(f"cannot write into {path.parent} ({exc.strerror or exc})") from None
    try:
        progress(f"presslens: story {st.slug} ({len(st.articles)} articles) → {path}; "
                 f"{len(nbs)} notebook(s), {jobs} at a time")
        results = _execute(nbs, staging=staging, story=story, title=st.title, pages=pages, jobs=jobs,
                           progress=progress, loaded=st)
        shutil.rmtree(staging / STAGING, ignore_errors=True)
        rerun = [r.name for r in results]
        previous = read_records(path) if path.is_dir() else {}
        stale = stale_paths(path, previous, rerun=rerun) if path.is_dir() else set()
        deferred = mirror(path, staging, skip=stale | {*REPORT_FILES, LEGACY_LOG}) if path.is_dir() else []
        outputs = {name: [r for r in recs if owned(path, r)] for name, recs in previous.items()
                   if name not in rerun and name != "report"}
        outputs.update({r.name: records_for(staging, r.files) for r in results})
        failure = _write_index(st, staging, results, pages)
        if failure is not None:
            results.append(failure)
        outputs["report"] = records_for(staging, ["index.html"])
        write_marker(staging, story=st.slug, outputs=outputs)
        if regular_file(path / LEGACY_LOG):
            stale.add(LEGACY_LOG)
        notes = publish(staging, path, stale=stale, deferred=deferred)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for note in notes:
        progress(f"presslens: {note}")
    progress(f"presslens: wrote {path / 'index.html'}")
    return results


def run_report(story: str | Path, *, out: str | Path | None = None, jobs: int | None = None,
               only: Sequence[str] | None = None, progress: Callable[[str], None] = print,
               notebooks: Path | None = None, wait: bool = True) -> list[NotebookResult]:
    """Run the notebooks on a story and publish ``<out>/<slug>/`` whole.

    The report is built in a staging folder next to it and swapped in only when every notebook has
    ended (see :mod:`presslens.report.folder`): an interrupted run leaves the previous report as it
    was. One run at a time writes a report folder; a folder that is not empty and not a presslens
    report is refused.

    Args:
        story: a story slug or folder.
        out: the reports folder (default ``reports/``).
        jobs: notebooks run at once (default: the number of cores, at most the number
            of notebooks).
        only: run only these notebooks (see :func:`list_notebooks`); the other notebooks' pages and
            tables of the previous report are kept.
        progress: called with one line per step.
        notebooks: the notebooks folder (default ``notebooks/``; the benchmark runs a folder
            of trivial notebooks through the same runner).
        wait: when another run is writing the same report folder, wait for it (False: raise
            :class:`~presslens.errors.ReportBusyError` at once).

    Returns:
        One result per notebook, in name order (plus one named ``index`` when the findings page
        could not be built).

    Raises:
        StoryError, InputError: missing story folder, fewer than two articles, a file or the
            manifest that cannot be used, a story past the limits.
        ReportError: no notebook matches ``only``; the report folder is refused or cannot be written.
        ReportBusyError: another run holds the report folder and ``wait`` is False.
        InterruptedRun: Ctrl-C or SIGTERM; the previous report is unchanged.
    """
    st = load_story(story, min_articles=2)
    nbs = list_notebooks(only=only, folder=notebooks)
    if not nbs:
        raise ReportError(f"no notebooks (NN_name.ipynb) in {notebooks or notebooks_dir()}")
    path = report_path(st.slug, base=out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot create the reports folder {path.parent} ({exc.strerror or exc})") from None
    check_target(path)
    story_param = st.slug if resolve_story_dir(st.slug) == st.path else str(st.path)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(nbs)))
    pages = report_pages(list_notebooks(folder=notebooks))
    with _sigterm_interrupts():
        try:
            with ReportLock(path).held(wait=wait, progress=progress):
                for note in recover(path):
                    progress(f"presslens: {note}")
                check_target(path)
                return _build(st, nbs, path=path, story=story_param, jobs=jobs, pages=pages, progress=progress)
        except KeyboardInterrupt:
            kept = f"the previous report in {path} is unchanged" if path.exists() else "no report was written"
            raise InterruptedRun(f"interrupted; {kept}") from None


__all__ = ["NotebookResult", "StoryError", "export_html", "index_html", "list_notebooks", "notebook_title",
           "report_pages", "run_notebook", "run_report"]
