"""presslens: compare how news outlets cover one event.

The public API is loaded lazily: ``import presslens`` imports nothing heavy, and each name
below is imported from its subpackage on first use. ``help(presslens.<name>)`` gives the
function's docstring with its output columns. Every function that takes a story also
accepts a story slug (``"balochistan-2026-02"``) or a story folder path::

    import presslens
    story = presslens.load_story("balochistan-2026-02")
    presslens.quotes_table(story)            # or presslens.quotes_table("balochistan-2026-02")
    presslens.extract_claims("Two soldiers were killed and five wounded.")

The library mirrors the notebooks: :mod:`presslens.corpus` (00, the story and its tables),
:mod:`presslens.compare` (01, source comparison), :mod:`presslens.framing` (02, wording and
framing), :mod:`presslens.casualties` (03, casualty tables) and :mod:`presslens.report`
(the runner and HTML).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

#: Public name -> (module, attribute). Grouped by notebook.
_API: dict[str, tuple[str, str]] = {
    # 00 story overview: the story and its tables
    "Story": ("presslens.corpus.story", "Story"),
    "Article": ("presslens.corpus.story", "Article"),
    "load_story": ("presslens.corpus.story", "load_story"),
    "as_story": ("presslens.corpus.story", "as_story"),
    "articles_table": ("presslens.corpus.tables", "articles_table"),
    "paragraphs_table": ("presslens.corpus.tables", "paragraphs_table"),
    "sentences_table": ("presslens.corpus.tables", "sentences_table"),
    "tokens_table": ("presslens.corpus.tables", "tokens_table"),
    "parse_report": ("presslens.corpus.tables", "parse_report"),
    "section_words": ("presslens.corpus.overview", "section_words"),
    "side_by_side": ("presslens.corpus.overview", "side_by_side"),
    # 01 source comparison
    "sentence_status": ("presslens.compare.align", "sentence_status"),
    "coverage_matrix": ("presslens.compare.align", "coverage_matrix"),
    "unique_content": ("presslens.compare.align", "unique_content"),
    "text_reuse": ("presslens.compare.reuse", "text_reuse"),
    "entity_mentions": ("presslens.compare.entities", "entity_mentions"),
    "actors_table": ("presslens.compare.entities", "actors_table"),
    "find_quotes": ("presslens.compare.quotes", "find_quotes"),
    "quotes_table": ("presslens.compare.quotes", "quotes_table"),
    "speakers_table": ("presslens.compare.quotes", "speakers_table"),
    "name_variants": ("presslens.compare.variants", "name_variants"),
    "discrepancies_table": ("presslens.compare.discrepancies", "discrepancies_table"),
    # 02 wording and framing
    "distinctive_terms": ("presslens.framing.keyness", "distinctive_terms"),
    "actor_labels_table": ("presslens.framing.labels", "actor_labels_table"),
    "attribution_table": ("presslens.framing.attribution", "attribution_table"),
    "hedges_table": ("presslens.framing.hedging", "hedges_table"),
    "frame_hits": ("presslens.framing.frames", "frame_hits"),
    "frame_scores": ("presslens.framing.frames", "frame_scores"),
    "word_counts": ("presslens.framing.frames", "word_counts"),
    "tone_table": ("presslens.framing.tone", "tone_table"),
    "agency_table": ("presslens.framing.agency", "agency_table"),
    "generic_frame_evidence": ("presslens.framing.generic_frames", "generic_frame_evidence"),
    "generic_frames_table": ("presslens.framing.generic_frames", "generic_frames_table"),
    "loaded_language_table": ("presslens.framing.loaded", "loaded_language_table"),
    "loaded_rates": ("presslens.framing.loaded", "loaded_rates"),
    # 03 casualty tables
    "extract_claims": ("presslens.casualties.extract", "extract_claims"),
    "casualty_claims": ("presslens.casualties.tables", "claims"),
    "claim_mentions": ("presslens.casualties.tables", "claim_mentions"),
    "reconcile": ("presslens.casualties.tables", "reconcile"),
    "check_consistency": ("presslens.casualties.tables", "check_consistency"),
    # report
    "run_report": ("presslens.report.runner", "run_report"),
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    """Import a public name from its subpackage on first use (and keep it on the package)."""
    if name in _API:
        import importlib

        module, attr = _API[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API first (what Tab completion offers), then the subpackages."""
    return __all__ + ["casualties", "compare", "corpus", "framing", "report", "__version__"]
