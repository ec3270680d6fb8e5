"""Helpers shared by the benchmark scripts: results file, git commit, timing, tables, the corpus.

Every benchmark prints a small table and appends one row per figure set to
``bench/results.jsonl`` with the git commit (plus ``+dirty`` when the tree has local changes),
so progress can be followed across commits. Timings are medians of several runs; where two
things are compared, both are measured in the same run (alternating) and the ratio is reported.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.jsonl"
#: The shared real corpus (not part of the repository).
CORPUS = ROOT.parent / "shared" / "bench" / "corpora" / "abp_sample_12k.jsonl.gz"


def git_commit() -> str:
    """Return the current git commit (short), with ``+dirty`` when tracked files differ, or "unknown"."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=HERE, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=HERE, check=True).stdout.strip()
        return sha + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def append_result(row: dict) -> None:
    """Append one benchmark row (with commit, UTC time and core count) to ``bench/results.jsonl``."""
    row = {"commit": git_commit(), "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
           "cores": os.cpu_count(), **row}
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")


def median(values: Sequence[float]) -> float:
    """Return the median of some timings (0.0 for none)."""
    return float(statistics.median(values)) if values else 0.0


def time_once(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``fn()`` once; return (wall seconds, its result)."""
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def median_time(fn: Callable[[], Any], *, repeat: int = 3) -> tuple[float, list[float]]:
    """Run ``fn()`` ``repeat`` times; return (median seconds, every timing)."""
    times = [time_once(fn)[0] for _ in range(repeat)]
    return median(times), times


def paired_times(a: Callable[[], Any], b: Callable[[], Any], *, repeat: int = 3) -> tuple[list[float], list[float]]:
    """Time two things alternately (a, b, a, b, ...) so that machine noise hits both alike.

    Returns:
        (timings of a, timings of b).
    """
    ta, tb = [], []
    for _ in range(repeat):
        ta.append(time_once(a)[0])
        tb.append(time_once(b)[0])
    return ta, tb


class Stopwatch:
    """Accumulate wall time and CPU time of this process per named stage: ``with sw("parse"): ...``.

    CPU seconds are the steadier figure on a shared machine (other processes take wall time,
    not this process's CPU time).
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0
            self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - c0


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def current_rss_mb() -> float:
    """Current resident set size of this process in MB (from /proc; 0.0 where unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def print_table(rows: list[dict], *, columns: Sequence[str] | None = None) -> None:
    """Print rows as an aligned text table (floats with 3 significant decimals, large numbers grouped)."""
    if not rows:
        print("(no rows)")
        return
    cols = list(columns or rows[0].keys())

    def fmt(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.3g}"
        if isinstance(v, int) and not isinstance(v, bool):
            return f"{v:,}"
        return str(v)

    cells = [[fmt(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    print("  ".join(c.rjust(w) for c, w in zip(cols, widths)))
    for row in cells:
        print("  ".join(v.rjust(w) for v, w in zip(row, widths)))


def corpus_records(path: Path = CORPUS, *, limit: int | None = None) -> list[dict]:
    """Read the corpus's JSON objects (the first ``limit`` when given)."""
    out: list[dict] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def corpus_missing(path: Path = CORPUS) -> bool:
    """Tell (and print a skip message) when the shared corpus is absent."""
    if path.is_file():
        return False
    print(f"skipped: corpus not found at {path} (../shared is not part of the repository)")
    return True
