"""Run every benchmark in bench/ (``make bench``); each skips itself when its data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Benchmarks in the order they run.
BENCHMARKS = ["parse_corpus.py"]


def main() -> int:
    """Run the benchmarks; return the number that failed."""
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / name)], cwd=HERE).returncode != 0
    return failed


if __name__ == "__main__":
    sys.exit(main())
