"""Large stories: the whole report on a 200-article story of the corpus against the bundled story.

Usage:
    .venv/bin/python bench/large_story.py [--articles 200] [--repeat 1] [--big 2000] [--jobs N]
                                          [--keep DIR] [--no-record]

A story folder of the first ``--articles`` corpus articles (one ``.jsonl`` file, as a
researcher who saved a day's coverage would make it) and the bundled story
``balochistan-2026-02`` each go through ``presslens.report.runner.run_report`` in a fresh
Python process (as ``python -m presslens report`` does), alternately, so that the shared
machine's noise hits both alike. For every run it records the wall time, the time of each
notebook, and the peak resident memory of every process of the run (the runner, its workers
and their kernels: each process's ``VmHWM`` sampled from ``/proc`` while it lives, and the
largest reaped descendant from ``getrusage``). After the large run it measures the report:
the largest reader HTML, the tables' total size and the largest table, the tallest figure.
``--big N`` then runs one story of N articles once (default 0: skipped; ``make bench`` runs
2,000) and checks that it completes with memory still bounded.

Targets: the large story within 6× the bundled story's time of the same run, every reader HTML
≤ 5 MB, peak memory of any process ≤ 2 GB; the big story completes under the same memory bound.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_common import CORPUS, ROOT, append_result, corpus_missing, corpus_records, median, print_table

#: Targets: time ratio large / bundled, largest reader HTML (MB), peak memory of any process (MB).
TARGET_RATIO = 6.0
TARGET_HTML_MB = 5.0
TARGET_PEAK_MB = 2048.0
#: The bundled story the large one is compared with.
SEED = "balochistan-2026-02"


def write_story(records: list[dict], *, folder: Path) -> Path:
    """Write the records as one story folder holding one ``.jsonl`` file; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "coverage.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return folder


def _descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid`` (from ``/proc/<pid>/task/*/children``)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    kids = [int(x) for x in fh.read().split()]
                out += kids
                todo += kids
        except OSError:
            continue
    return out


def _hwm_mb(pid: int) -> tuple[str, float]:
    """(command name, peak resident memory in MB) of a live process, or ("", 0.0)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
        return cmd, int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
    except (OSError, ValueError):
        return "", 0.0


class _MemoryWatch:
    """Sample the peak memory (VmHWM) of a process and all its descendants until stopped."""

    def __init__(self, pid: int, *, every: float = 0.2) -> None:
        self.pid, self.every = pid, every
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            for p in [self.pid, *_descendants(self.pid)]:
                cmd, mb = _hwm_mb(p)
                if mb and mb >= self.peaks.get(p, ("", 0.0))[1]:
                    self.peaks[p] = (cmd, mb)
            self._stop.wait(self.every)

    def stop(self) -> dict[int, tuple[str, float]]:
        self._stop.set()
        self._thread.join()
        return self.peaks


def _kind(cmd: str) -> str:
    """A short name for a process of the run: runner, worker or kernel."""
    if "ipykernel" in cmd:
        return "kernel"
    if "multiprocessing" in cmd or "spawn_main" in cmd or "forkserver" in cmd:
        return "worker"
    return "runner"


def run_once(story: str, *, out: Path, jobs: int | None) -> dict:
    """Run the report on a story in a fresh process; return seconds, per-notebook seconds and peak memory."""
    code = ("import json, sys\nfrom presslens.report.runner import run_report\n"
            f"r = run_report({story!r}, out={str(out)!r}, jobs={jobs!r}, progress=lambda s: None)\n"
            "print(json.dumps({x.name: [x.ok, round(x.seconds, 2), x.error] for x in r}))\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    watch = _MemoryWatch(proc.pid)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    peaks = watch.stop()
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if proc.returncode:
        raise SystemExit(f"report run on {story} failed (exit {proc.returncode}): {stderr[-3000:]}")
    notebooks = json.loads(stdout.strip().splitlines()[-1])
    bad = {k: v[2] for k, v in notebooks.items() if not v[0]}
    if bad:
        raise SystemExit(f"report run on {story}: notebooks failed: {bad}")
    by_kind: dict[str, float] = {}
    for cmd, mb in peaks.values():
        by_kind[_kind(cmd)] = max(by_kind.get(_kind(cmd), 0.0), mb)
    sampled = max((mb for _, mb in peaks.values()), default=0.0)
    return {"seconds": round(seconds, 2), "notebooks": {k: v[1] for k, v in notebooks.items()},
            "peak_mb": round(max(sampled, reaped if reaped > before else 0.0), 1),
            "peak_mb_by_process": {k: round(v, 1) for k, v in sorted(by_kind.items())}}


def report_sizes(report: Path) -> dict:
    """Sizes of a report folder: largest HTML page, tables, tallest figure."""
    html = {p.name: p.stat().st_size for p in report.glob("*.html")}
    tables = {p.name: p.stat().st_size for p in (report / "tables").glob("*.csv")}
    figures = {}
    try:
        from PIL import Image

        for p in (report / "figures").glob("*.png"):
            with Image.open(p) as im:
                figures[p.name] = im.size
    except ImportError:  # pillow comes with matplotlib; without it the figure sizes are left out
        pass
    big_html = max(html, key=html.get) if html else ""
    big_table = max(tables, key=tables.get) if tables else ""
    tall = max(figures, key=lambda k: max(figures[k])) if figures else ""
    return {"html_mb": {k: round(v / 1e6, 2) for k, v in sorted(html.items())},
            "largest_html": big_html, "largest_html_mb": round(html.get(big_html, 0) / 1e6, 2),
            "tables_mb": round(sum(tables.values()) / 1e6, 1), "largest_table": big_table,
            "largest_table_mb": round(tables.get(big_table, 0) / 1e6, 1),
            "tallest_figure": tall, "tallest_figure_px": max(figures[tall]) if tall else 0}


def main() -> int:
    """Run the benchmark; return 1 when a target is not met."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200, help="articles of the large story")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each story (alternating)")
    ap.add_argument("--big", type=int, default=0, help="then one run of a story of this many articles (0: none)")
    ap.add_argument("--jobs", type=int, default=None, help="notebooks at once (default: the runner's)")
    ap.add_argument("--keep", default="", help="copy the large story's report here")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args()
    if corpus_missing(CORPUS):
        return 0
    recs = corpus_records(limit=max(args.articles, args.big))
    failed = False
    with tempfile.TemporaryDirectory(prefix="presslens-large-") as tmp:
        large = write_story(recs[:args.articles], folder=Path(tmp) / "stories" / f"corpus-{args.articles}")
        seed_runs, large_runs = [], []
        for _ in range(args.repeat):
            seed_runs.append(run_once(SEED, out=Path(tmp) / "reports", jobs=args.jobs))
            large_runs.append(run_once(str(large), out=Path(tmp) / "reports", jobs=args.jobs))
        sizes = report_sizes(Path(tmp) / "reports" / large.name)
        if args.keep:
            shutil.copytree(Path(tmp) / "reports" / large.name, args.keep, dirs_exist_ok=True)
        big = None
        if args.big:
            bigdir = write_story(recs[:args.big], folder=Path(tmp) / "stories" / f"corpus-{args.big}")
            big = run_once(str(bigdir), out=Path(tmp) / "reports", jobs=args.jobs)
            big["sizes"] = report_sizes(Path(tmp) / "reports" / bigdir.name)
    t_seed, t_large = median([r["seconds"] for r in seed_runs]), median([r["seconds"] for r in large_runs])
    ratio = t_large / t_seed
    peak = max(r["peak_mb"] for r in seed_runs + large_runs)
    rows = [{"story": f"{SEED} (bundled)", "median_s": t_seed, "runs_s": " ".join(str(r["seconds"]) for r in seed_runs),
             "peak_mb": max(r["peak_mb"] for r in seed_runs)},
            {"story": f"{args.articles} corpus articles", "median_s": t_large,
             "runs_s": " ".join(str(r["seconds"]) for r in large_runs), "peak_mb": max(r["peak_mb"] for r in large_runs)}]
    print_table(rows)
    nb_rows = [{"notebook": k, "bundled_s": seed_runs[-1]["notebooks"][k], "large_s": large_runs[-1]["notebooks"][k],
                "large_html_mb": sizes["html_mb"].get(f"{k}.html", 0.0)} for k in large_runs[-1]["notebooks"]]
    print()
    print_table(nb_rows)
    print(f"\nlarge story: peak memory by process {large_runs[-1]['peak_mb_by_process']} MB; tables "
          f"{sizes['tables_mb']} MB (largest {sizes['largest_table']} {sizes['largest_table_mb']} MB); tallest figure "
          f"{sizes['tallest_figure']} {sizes['tallest_figure_px']} px")
    checks = [(f"time ratio {args.articles} articles / bundled", ratio, TARGET_RATIO, f"{ratio:.2f}"),
              ("largest reader HTML (MB)", sizes["largest_html_mb"], TARGET_HTML_MB,
               f"{sizes['largest_html_mb']:.2f} ({sizes['largest_html']})"),
              ("peak memory of any process (MB)", peak, TARGET_PEAK_MB, f"{peak:,.0f}")]
    if big is not None:
        checks.append((f"{args.big}-article story: peak memory (MB), completed in {big['seconds']:.0f} s",
                       big["peak_mb"], TARGET_PEAK_MB, f"{big['peak_mb']:,.0f}"))
        checks.append((f"{args.big}-article story: largest reader HTML (MB)", big["sizes"]["largest_html_mb"],
                       TARGET_HTML_MB, f"{big['sizes']['largest_html_mb']:.2f} ({big['sizes']['largest_html']})"))
    print()
    for what, value, target, shown in checks:
        ok = value <= target
        failed |= not ok
        print(f"{what}: {shown}; target ≤ {target:g}: {'met' if ok else 'NOT met'}")
    if not args.no_record:
        append_result({"bench": "large_story", "articles": args.articles, "jobs": args.jobs, "seed_s": t_seed,
                       "large_s": t_large, "ratio": round(ratio, 2), "peak_mb": peak,
                       "seed_runs": seed_runs, "large_runs": large_runs, "sizes": sizes,
                       **({"big": {"articles": args.big, **big}} if big else {})})
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
