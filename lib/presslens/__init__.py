"""presslens: compare how news outlets cover one event.

The loading API is re-exported lazily (importing ``presslens`` loads nothing heavy)::

    from presslens import load_story
    story = load_story("balochistan-2026-02")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "Story", "load_story"]


def __getattr__(name: str) -> Any:
    """Load ``load_story``, ``Story`` and ``Article`` from :mod:`presslens.story` on first use."""
    if name in __all__:
        from presslens import story

        return getattr(story, name)
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")
