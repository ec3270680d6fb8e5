"""Command line: ``python -m presslens report STORY [--out DIR] [--jobs N] [--only NAME ...]``."""

from __future__ import annotations

import argparse
import sys

from presslens.errors import PresslensError


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 a notebook failed, 2 bad input)."""
    ap = argparse.ArgumentParser(prog="presslens", description="Compare how news outlets cover one event.")
    sub = ap.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook on a story and write reports/<story>/")
    rep.add_argument("story", help="story slug (data/stories/<slug>) or story folder")
    rep.add_argument("--out", default=None, help="reports folder (default: reports/)")
    rep.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    rep.add_argument("--only", nargs="+", metavar="NAME", help="run only these notebooks (e.g. 00 or casualty_tables)")
    args = ap.parse_args(argv)
    from presslens.report.runner import run_report

    try:
        results = run_report(args.story, out=args.out, jobs=args.jobs, only=args.only)
    except PresslensError as exc:
        print(f"presslens: error: {exc}", file=sys.stderr)
        return 2
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"presslens: notebook {r.name} failed: {r.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
