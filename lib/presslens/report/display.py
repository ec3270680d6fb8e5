"""What the notebooks display: HTML that MathJax leaves alone.

JupyterLab typesets ``$…$`` in HTML outputs as TeX, so "$33.5 million … $65" in an article would
turn into a formula. :class:`HTML` is IPython's HTML display marked ``tex2jax_ignore
mathjax_ignore``; the notebooks import it in place of ``IPython.display.HTML``.
"""

from __future__ import annotations

from IPython.display import HTML as _IPythonHTML

from presslens.report.render import NO_MATH


class HTML(_IPythonHTML):
    """IPython's ``HTML`` display wrapped in ``<div class="tex2jax_ignore mathjax_ignore">``.

    Args:
        data: the HTML (already escaped where it holds article text: see :mod:`presslens.report.render`).
    """

    def _repr_html_(self) -> str:  # type: ignore[override]
        body = super()._repr_html_()
        if isinstance(body, tuple):  # (data, metadata)
            body = body[0]
        return f'<div class="{NO_MATH}">{body or ""}</div>'


__all__ = ["HTML"]
