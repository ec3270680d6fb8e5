"""The report run on the seed story against a floor of trivial notebooks, same runner, same run.

Usage:
    .venv/bin/python bench/report_bench.py [--repeat 3] [--story SLUG] [--jobs N]

The floor is as many trivial notebooks as ``notebooks/`` holds (a ``parameters`` cell, one
print, one matplotlib figure), run by the same runner (``presslens.report.runner.run_report``:
papermill, then HTML export) into a temporary reports folder. Each run is a fresh Python
process (``python -c "run_report(...)"``, as ``python -m presslens report`` does); report
and floor runs alternate so that the shared machine's noise hits both alike. Prints the
median seconds of each and the ratio report/floor (of the medians and the median of the
per-pair ratios). Target: ratio ≤ 1.3.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

from bench_common import ROOT, append_result, median, paired_times, print_table

#: Target ratio of the report's time to the floor's.
TARGET_RATIO = 1.3
#: Source of the trivial notebook's cells.
FLOOR_CELLS = [
    'story: str = "balochistan-2026-02"  # story slug or folder\noutput_dir: str = "reports/floor"  # report folder',
    'print(f"floor notebook on {story}")',
    "import matplotlib\nmatplotlib.use(\"Agg\")\nimport matplotlib.pyplot as plt\n\n"
    "fig, ax = plt.subplots(figsize=(4, 3))\nax.plot([0, 1, 2], [0, 1, 4])\nax.set_title(\"floor\")\n"
    "plt.show()\nplt.close(fig)",
]


def write_floor(folder: Path, *, n: int) -> None:
    """Write ``n`` trivial notebooks ``NN_floor.ipynb`` into ``folder``."""
    for i in range(n):
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        cells = [nbformat.v4.new_code_cell(src) for src in FLOOR_CELLS]
        cells[0].metadata["tags"] = ["parameters"]
        nb.cells = cells
        nbformat.write(nb, folder / f"{i:02d}_floor.ipynb")


def run_report_process(story: str, *, out: Path, notebooks: Path | None, jobs: int | None) -> None:
    """Run ``run_report`` in a fresh Python process; raise when a notebook fails."""
    code = ("import sys\nfrom pathlib import Path\nfrom presslens.report.runner import run_report\n"
            f"r = run_report({story!r}, out={str(out)!r}, jobs={jobs!r}, progress=lambda s: None, "
            f"notebooks={None if notebooks is None else str(notebooks)!r} and Path({str(notebooks)!r}))\n"
            "bad = [x.name + ': ' + x.error for x in r if not x.ok]\n"
            "sys.exit('; '.join(bad) if bad else 0)\n")
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if res.returncode:
        raise SystemExit(f"report run failed: {res.stderr[-2000:]}")


def main() -> None:
    """Run the benchmark."""
    from presslens.report.runner import list_notebooks

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--story", default="balochistan-2026-02")
    ap.add_argument("--jobs", type=int, default=None, help="notebooks at once (default: the runner's default)")
    args = ap.parse_args()
    n = len(list_notebooks())
    with tempfile.TemporaryDirectory(prefix="presslens-report-bench-") as tmp:
        floor_dir = Path(tmp) / "floor_notebooks"
        floor_dir.mkdir()
        write_floor(floor_dir, n=n)
        t_report, t_floor = paired_times(
            lambda: run_report_process(args.story, out=Path(tmp) / "report", notebooks=None, jobs=args.jobs),
            lambda: run_report_process(args.story, out=Path(tmp) / "floor", notebooks=floor_dir, jobs=args.jobs),
            repeat=args.repeat)
    ratio = median(t_report) / median(t_floor)
    pair_ratio = median([a / b for a, b in zip(t_report, t_floor)])
    print_table([{"run": "report", "notebooks": n, "median_s": round(median(t_report), 2),
                  "runs_s": " ".join(f"{t:.1f}" for t in t_report)},
                 {"run": "floor", "notebooks": n, "median_s": round(median(t_floor), 2),
                  "runs_s": " ".join(f"{t:.1f}" for t in t_floor)}])
    print(f"\nratio report/floor: {ratio:.2f} (median of per-pair ratios {pair_ratio:.2f}); "
          f"target ≤ {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
    append_result({"bench": "report", "story": args.story, "notebooks": n, "jobs": args.jobs,
                   "report_s": round(median(t_report), 2), "floor_s": round(median(t_floor), 2),
                   "ratio": round(ratio, 3), "pair_ratio": round(pair_ratio, 3),
                   "report_runs": [round(t, 2) for t in t_report], "floor_runs": [round(t, 2) for t in t_floor]})


if __name__ == "__main__":
    main()
