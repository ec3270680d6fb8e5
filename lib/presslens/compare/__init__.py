"""Source comparison (notebook 01): what each outlet says that the others don't.

- :mod:`~presslens.compare.align` — sentence alignment, coverage, unique content;
- :mod:`~presslens.compare.reuse` — runs of identical words shared by two articles;
- :mod:`~presslens.compare.entities` — named people, places and organisations;
- :mod:`~presslens.compare.quotes` — who is quoted, directly or in reported speech;
- :mod:`~presslens.compare.variants` — names spelled differently across outlets;
- :mod:`~presslens.compare.discrepancies` — the same fact given differently.
"""
