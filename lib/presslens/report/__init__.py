"""The report: the headless runner, escaped HTML for notebooks, writing tables and figures.

- :mod:`~presslens.report.runner` — every notebook on one story, rendered to HTML;
- :mod:`~presslens.report.render` — HTML for notebooks (article text always escaped);
- :mod:`~presslens.report.output` — writing a notebook's tables and figures.
"""
