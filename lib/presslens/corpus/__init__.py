"""The story and its tables (notebook 00): reading files, parsing, dates, tokenising.

- :mod:`~presslens.corpus.readers` — files to text (.txt, .html, .json, .jsonl);
- :mod:`~presslens.corpus.parse` — the structure of an article (header, sections, furniture);
- :mod:`~presslens.corpus.dates` — dates written in news text;
- :mod:`~presslens.corpus.tokenize` — sentences and words with their character spans;
- :mod:`~presslens.corpus.gate` — exact trigger-word gates that skip sentences a word list cannot match;
- :mod:`~presslens.corpus.story` — :class:`Story`, :func:`load_story`;
- :mod:`~presslens.corpus.tables` — the long tables (articles, paragraphs, sentences, tokens, parse report);
- :mod:`~presslens.corpus.overview` — the overview notebook's tables and figure.
"""
