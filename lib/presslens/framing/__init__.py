"""Wording and framing (notebook 02): how each outlet words and frames the event.

- :mod:`~presslens.framing.keyness` — distinctive terms (weighted log-odds);
- :mod:`~presslens.framing.labels` — what each outlet calls the actors;
- :mod:`~presslens.framing.attribution` — how claims are attributed (verbs of saying);
- :mod:`~presslens.framing.hedging` — hedges and unverified claims;
- :mod:`~presslens.framing.frames` — Policy Frames Codebook frames;
- :mod:`~presslens.framing.generic_frames` — generic news frames (Semetko & Valkenburg battery);
- :mod:`~presslens.framing.loaded` — loaded language (subjective and one-sided words);
- :mod:`~presslens.framing.tone` — sentence tone (VADER);
- :mod:`~presslens.framing.agency` — who acts, who is acted upon.
"""
