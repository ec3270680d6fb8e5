"""Word lists and constants, in one place.

One module per domain so that each list is documented beside its siblings:

- :mod:`presslens.lexicons.common` — abbreviations, stopwords, number words, months,
  section headings and boilerplate patterns used by parsing and tokenising.

Other capabilities add their own module here (casualties, framing, sources) rather than
scattering lists through the code.
"""
