"""Shared fixtures: the seed story, and notebooks executed headless (once per session)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from presslens.corpus.story import Story, load_story
from presslens.paths import notebooks_dir, stories_dir
from presslens.report.runner import run_notebook as _run_notebook
from seed import SEED


@pytest.fixture(scope="session")
def seed_story() -> Story:
    """The bundled seed story."""
    return load_story(SEED)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The seed story's folder."""
    return stories_dir() / SEED


@pytest.fixture(scope="session")
def run_notebook(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Return ``run(name, story=SEED) -> Path``: execute ``notebooks/<name>.ipynb`` headless.

    The notebook runs through the report runner (papermill, then HTML export) into a fresh
    folder; the folder (holding ``tables/``, ``figures/``, ``<name>.ipynb`` and
    ``<name>.html``) is returned. Each (notebook, story) pair runs once per session.
    """
    cache: dict[tuple[str, str], Path] = {}

    def run(name: str, story: str | Path = SEED) -> Path:
        key = (name, str(story))
        if key not in cache:
            out = tmp_path_factory.mktemp(f"nb_{name}")
            result = _run_notebook(notebooks_dir() / f"{name}.ipynb", story=str(story), out_dir=out, title=name)
            assert result.ok, f"notebook {name} failed on {story}: {result.error}"
            cache[key] = out
        return cache[key]

    return run
