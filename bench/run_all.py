"""Run every benchmark in bench/ (``make bench``), then list every figure of the issue with its target.

Usage:
    .venv/bin/python bench/run_all.py [--quick]

``--quick`` runs the corpus benchmarks on the first 2,000 articles (scaling: 1k and 2k, stories
up to 100 articles; the large-story run without its 2,000-article story) instead of the whole
corpus. Every benchmark prints its table and appends its figures to ``bench/results.jsonl`` with
the git commit; each line a benchmark prints ending in ``met`` or ``NOT met`` is its check
against a target, and the summary at the end repeats them all, one per line. A benchmark that
skips (no ``../shared``) prints no check. Exit status: the number of benchmarks that failed or
missed a target.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Benchmarks in the order they run: (script, arguments, arguments with --quick).
BENCHMARKS = [
    ("equivalence.py", [], ["--limit", "100"]),
    ("report_bench.py", ["--repeat", "3"], ["--repeat", "2"]),
    ("large_story.py", ["--big", "2000"], []),
    ("parse_corpus.py", [], ["--limit", "2000"]),
    ("throughput.py", [], ["--limit", "2000"]),
    ("memory.py", [], ["--limit", "2000"]),
    ("scaling.py", [], ["--sizes", "1000", "2000", "--story-sizes", "10", "25", "50", "100"]),
]
#: A line reporting a check against a target.
CHECK = re.compile(r"\b(met|NOT met)\s*$")


def run(name: str, args: list[str]) -> tuple[int, list[str]]:
    """Run one benchmark, echoing its output; return its exit status and its check lines."""
    proc = subprocess.Popen([sys.executable, str(HERE / name), *args], cwd=HERE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    checks = []
    assert proc.stdout is not None
    for line in proc.stdout:
        print(line, end="", flush=True)
        if CHECK.search(line.rstrip()):
            checks.append(line.strip())
    return proc.wait(), checks


def main() -> int:
    """Run the benchmarks and print the summary; return the number that failed or missed a target."""
    quick = "--quick" in sys.argv[1:]
    failed = 0
    summary: list[tuple[str, str]] = []
    for name, full, fast in BENCHMARKS:
        args = fast if quick else full
        print(f"\n== {name} {' '.join(args)}", flush=True)
        rc, checks = run(name, args)
        if rc:
            print(f"== {name} FAILED (exit {rc})", flush=True)
        summary += [(name, c) for c in checks] or ([(name, f"FAILED (exit {rc})")] if rc else [])
        failed += rc != 0 or any(c.endswith("NOT met") for c in checks)
    print("\n== every figure of the issue, against its target")
    for name, line in summary:
        print(f"{name:18} {line}")
    return failed


if __name__ == "__main__":
    sys.exit(main())
