"""Run every benchmark in bench/ (``make bench``); each skips its corpus parts when ``../shared`` is absent.

Usage:
    .venv/bin/python bench/run_all.py [--quick]

``--quick`` runs the corpus benchmarks on the first 2,000 articles (scaling: 1k and 2k,
stories up to 50 articles) instead of the whole corpus. Every benchmark prints its table
and appends its figures to ``bench/results.jsonl`` with the git commit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Benchmarks in the order they run: (script, arguments, arguments with --quick).
BENCHMARKS = [
    ("equivalence.py", [], ["--limit", "100"]),
    ("report_bench.py", [], ["--repeat", "2"]),
    ("parse_corpus.py", [], ["--limit", "2000"]),
    ("throughput.py", [], ["--limit", "2000"]),
    ("memory.py", [], ["--limit", "2000"]),
    ("scaling.py", [], ["--sizes", "1000", "2000"]),
]


def main() -> int:
    """Run the benchmarks; return the number that failed."""
    quick = "--quick" in sys.argv[1:]
    failed = 0
    for name, full, fast in BENCHMARKS:
        args = fast if quick else full
        print(f"\n== {name} {' '.join(args)}", flush=True)
        rc = subprocess.run([sys.executable, str(HERE / name), *args], cwd=HERE).returncode
        if rc:
            print(f"== {name} FAILED (exit {rc})", flush=True)
        failed += rc != 0
    return failed


if __name__ == "__main__":
    sys.exit(main())
