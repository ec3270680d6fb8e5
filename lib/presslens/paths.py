"""The one path helper: where the project, its stories, notebooks and reports live."""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable that overrides the project root (for installed, non-editable use).
ROOT_ENV = "PRESSLENS_ROOT"


def project_root() -> Path:
    """Return the project folder (the one holding ``data/`` and ``notebooks/``).

    Returns:
        ``$PRESSLENS_ROOT`` when set, else the checkout this package lives in
        (``lib/presslens`` → two levels up), else the current directory.
    """
    env = os.environ.get(ROOT_ENV)
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve().parents[2]
    if (here / "notebooks").is_dir() or (here / "data").is_dir():
        return here
    return Path.cwd().resolve()


def stories_dir() -> Path:
    """Return ``data/stories`` under the project root."""
    return project_root() / "data" / "stories"


def notebooks_dir() -> Path:
    """Return ``notebooks`` under the project root."""
    return project_root() / "notebooks"


def reports_dir() -> Path:
    """Return ``reports`` under the project root (git-ignored)."""
    return project_root() / "reports"


def resolve_story_dir(story: str | Path) -> Path:
    """Turn a story slug or a path into a folder path (not checked for existence).

    Args:
        story: a slug such as ``"balochistan-2026-02"`` (looked up in ``data/stories``),
            or a relative or absolute path to a story folder.

    Returns:
        The folder path. A slug is preferred when both a slug folder and a
        relative path of that name could match.
    """
    p = Path(story).expanduser()
    if p.is_absolute():
        return p
    by_slug = stories_dir() / p
    if by_slug.is_dir():
        return by_slug
    if p.exists():
        return p.resolve()
    from_root = project_root() / p
    if from_root.exists():
        return from_root
    return by_slug


def resolve_output_dir(output_dir: str | Path) -> Path:
    """Resolve a report output folder; relative paths are taken from the project root.

    Args:
        output_dir: absolute path, or a path relative to the project root
            (``reports/<story>`` by convention).

    Returns:
        The absolute folder path (not created).
    """
    p = Path(output_dir).expanduser()
    return p if p.is_absolute() else project_root() / p


def report_dir_for(slug: str, *, base: str | Path | None = None) -> Path:
    """Return the report folder of a story: ``<base or reports/>/<slug>``."""
    root = Path(base) if base is not None else reports_dir()
    return root / slug
