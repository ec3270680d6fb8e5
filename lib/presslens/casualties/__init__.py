"""Casualty tables (notebook 03): who was killed, injured, captured, arrested or missing, says who.

Claim extraction is split by concern:

- :mod:`~presslens.casualties.sentence` — the claim columns, a sentence's tokens, limits;
- :mod:`~presslens.casualties.persons` — one person named or referred to ("Varney", "he");
- :mod:`~presslens.casualties.counts` — numbers, bounds, ranges, quantity words, the people counted;
- :mod:`~presslens.casualties.grammar` — what links a count to an outcome;
- :mod:`~presslens.casualties.attribution` — who says so, unverified claims;
- :mod:`~presslens.casualties.extract` — :func:`extract_claims` on a text;
- :mod:`~presslens.casualties.scope` — the event scope of a claim (this event, or another
  event, place or time);
- :mod:`~presslens.casualties.tables` — the story tables (claims per article, reconciliation
  across outlets, consistency checks, the range chart).
"""

from presslens.casualties.extract import TRIGGER_RE, claims_in_sentences, extract_claims
from presslens.casualties.sentence import CLAIM_COLUMNS, GROUPS, OUTCOMES, QUALIFIERS
from presslens.casualties.tables import (
    CHECK_COLUMNS,
    MENTION_COLUMNS,
    RECONCILED_COLUMNS,
    STORY_CLAIM_COLUMNS,
    check_consistency,
    claim_mentions,
    claims,
    reconcile,
)

__all__ = ["CHECK_COLUMNS", "CLAIM_COLUMNS", "GROUPS", "MENTION_COLUMNS", "OUTCOMES", "QUALIFIERS",
           "RECONCILED_COLUMNS", "STORY_CLAIM_COLUMNS", "TRIGGER_RE", "check_consistency", "claim_mentions",
           "claims", "claims_in_sentences", "extract_claims", "reconcile"]
