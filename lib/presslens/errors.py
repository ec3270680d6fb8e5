"""Errors a user sees: short, naming the file or story at fault."""

from __future__ import annotations

from pathlib import Path


class PresslensError(Exception):
    """Base class for every error presslens raises on purpose."""


class InputError(PresslensError):
    """An input file or folder cannot be used; the message names it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StoryError(PresslensError):
    """A story as a whole cannot be analysed (missing folder, too few articles)."""


class ReportError(PresslensError):
    """A notebook failed while building a report."""
