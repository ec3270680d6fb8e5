"""Old import path of :mod:`presslens.corpus.story`, kept for scripts that use it."""

from presslens.corpus.story import Article, Story, load_story

__all__ = ["Article", "Story", "load_story"]
