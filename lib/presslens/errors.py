"""Errors a user sees: short, naming the file or story at fault.

The command line turns each into one line on stderr and an exit status (see :data:`EXIT_CODES`).
"""

from __future__ import annotations

from pathlib import Path

#: Longest message shown to a user (a message quoting article text is cut, with a count of the rest).
MAX_MESSAGE_CHARS = 400


def shorten(text: object, *, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Return a message on one line, cut to ``limit`` characters with the number of characters left out.

    Args:
        text: any message (line breaks and runs of white space become one space).
        limit: most characters kept.

    Returns:
        The message, at most ``limit`` characters plus a short "… (N more characters)" note.
    """
    s = " ".join(str(text).split())
    if len(s) <= limit:
        return s
    return f"{s[:limit].rstrip()}… ({len(s) - limit:,} more characters)"


class PresslensError(Exception):
    """Base class for every error presslens raises on purpose."""


class InputError(PresslensError):
    """An input file or folder cannot be used; the message names it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StoryError(PresslensError):
    """A story as a whole cannot be analysed (missing folder, too few articles, too large)."""


class ReportError(PresslensError):
    """A report cannot be built or written (no such notebook, an output folder that is refused)."""


class ReportBusyError(ReportError):
    """Another presslens run is writing the same report folder (and the caller chose not to wait)."""


class InterruptedRun(PresslensError):
    """The run was interrupted (Ctrl-C or SIGTERM); the previous report was left as it was."""


#: Exit status of the command line for each outcome.
EXIT_CODES = {"ok": 0, "notebook failed": 1, "bad input": 2, "busy": 3, "internal error": 70, "interrupted": 130}
