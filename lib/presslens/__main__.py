"""Command line: ``python -m presslens report STORY [--out DIR] [--jobs N] [--only NAME ...] [--no-wait]``.

Every outcome is one line (no traceback) and an exit status: 0 the report was written; 1 a notebook
failed (the report was written, the failure named); 2 bad input or an output folder that is refused
(nothing written); 3 another run is writing the same report (with ``--no-wait``); 130 interrupted
(the previous report left as it was); 70 an internal error (``PRESSLENS_DEBUG=1`` shows its traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from presslens.errors import EXIT_CODES, InterruptedRun, PresslensError, ReportBusyError, shorten

#: Exit status of an unexpected error (a bug): BSD's EX_SOFTWARE.
EXIT_INTERNAL = EXIT_CODES["internal error"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="presslens", description="Compare how news outlets cover one event.")
    sub = ap.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook on a story and write reports/<story>/")
    rep.add_argument("story", help="story slug (data/stories/<slug>) or story folder")
    rep.add_argument("--out", default=None, help="reports folder (default: reports/); the report goes to OUT/<story>/")
    rep.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    rep.add_argument("--only", nargs="+", metavar="NAME", help="run only these notebooks (e.g. 00 or casualty_tables)")
    rep.add_argument("--no-wait", action="store_true",
                     help="if another run is writing the same report, stop (exit 3) instead of waiting for it")
    rep.add_argument("--notebooks", type=Path, default=None, metavar="DIR",
                     help="run the NN_name.ipynb notebooks of DIR instead of notebooks/")
    return ap


def _fail(message: str) -> None:
    print(f"presslens: {shorten(message)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    try:
        from presslens.report.runner import run_report

        results = run_report(args.story, out=args.out, jobs=args.jobs, only=args.only, notebooks=args.notebooks,
                             wait=not args.no_wait)
    except ReportBusyError as exc:
        _fail(f"busy: {exc}")
        return EXIT_CODES["busy"]
    except InterruptedRun as exc:
        _fail(str(exc))
        return EXIT_CODES["interrupted"]
    except KeyboardInterrupt:
        _fail("interrupted; nothing was written")
        return EXIT_CODES["interrupted"]
    except PresslensError as exc:
        _fail(f"error: {exc}")
        return EXIT_CODES["bad input"]
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"error: {where}{exc.strerror or exc}")
        return EXIT_CODES["bad input"]
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback on request
        if os.environ.get("PRESSLENS_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (set PRESSLENS_DEBUG=1 to see where)")
        return EXIT_INTERNAL
    failed = [r for r in results if not r.ok]
    if failed:
        names = ", ".join(r.name for r in failed)
        _fail(f"{len(failed)} notebook(s) failed: {names} (the lines above name the cell and the error; "
              "index.html lists them)")
        return EXIT_CODES["notebook failed"]
    return EXIT_CODES["ok"]


if __name__ == "__main__":
    sys.exit(main())
