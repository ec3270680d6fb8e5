"""Shared fixtures: the seed story, and notebooks executed headless (once per session)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
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


#: Flags without which Chromium calls Google's hosts (or will not start as root).
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _chromium() -> str | None:
    for cand in (os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "chromium", "chromium-browser"):
        path = shutil.which(cand) if cand else None
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """The machine's Chromium through Playwright (one per test module; skipped when absent, failed
    when ``PRESSLENS_REQUIRE_BROWSER`` is set, as in ``.ci/run``)."""
    exe = _chromium()
    if exe is None:
        message = "no Chromium found: install it (apt-get install -y chromium) to run the browser tests"
        if os.environ.get("PRESSLENS_REQUIRE_BROWSER"):
            pytest.fail(message + " (PRESSLENS_REQUIRE_BROWSER is set, as in .ci/run)")
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements.txt)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()
