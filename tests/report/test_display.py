"""Tests for presslens.report.display: the notebooks' HTML display is never typeset as TeX."""

from __future__ import annotations

from IPython.core.formatters import DisplayFormatter

from presslens.report.display import HTML


def test_html_display_is_marked_for_mathjax_to_ignore() -> None:
    data, _ = DisplayFormatter().format(HTML("<p>$33.5 million … $65</p>"))
    assert data["text/html"] == '<div class="tex2jax_ignore mathjax_ignore"><p>$33.5 million … $65</p></div>'
