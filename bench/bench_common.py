"""Helpers shared by the benchmark scripts: results file and git commit."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.jsonl"


def git_commit() -> str:
    """Return the current git commit (short), or "unknown"."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def append_result(row: dict) -> None:
    """Append one benchmark row (with commit and UTC time) to ``bench/results.jsonl``."""
    row = {"commit": git_commit(), "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), **row}
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
