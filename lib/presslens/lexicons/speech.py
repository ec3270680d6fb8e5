"""Reporting verbs and attribution phrases, shared by quotes, attribution and casualty claims.

Groups follow the usual newsroom distinction:

- ``neutral``: the reporter passes the words on (said, told, according to).
- ``distancing``: the reporter signals doubt or keeps distance (claimed, alleged, purported).
- ``confirming``: the source confirms or concedes (confirmed, acknowledged, admitted).
- ``denying``: the source rejects (denied, rejected, dismissed).
- ``asserting``: the source states strongly or accuses (insisted, warned, accused, vowed).
"""

from __future__ import annotations

#: Reporting verb forms (lower case) → group. Inflected forms are listed, not stemmed,
#: so that "claims" (noun) and "claimed" (verb) can be told apart by the caller.
REPORTING_VERBS: dict[str, str] = {
    **{v: "neutral" for v in (
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "stated", "states", "stating",
        "added", "adds", "adding", "noted", "notes", "noting", "explained", "explains", "reported", "reports",
        "reporting", "announced", "announces", "described", "describes", "characterized", "characterised",
        "wrote", "writes", "commented", "remarked", "replied", "responded", "asked", "asks", "quoted",
        "briefed", "informed", "mentioned", "observed", "recalled", "testified", "indicated", "suggested",
        "estimated", "updated", "tweeted", "posted", "argued", "argues", "believes", "believed")},
    **{v: "distancing" for v in (
        "claimed", "claims", "claim", "claiming", "alleged", "alleges", "allege", "alleging", "purported",
        "purports", "contended", "contends", "asserted", "asserts", "maintained", "maintains", "professed",
        "supposedly", "reportedly", "allegedly")},
    **{v: "confirming" for v in (
        "confirmed", "confirms", "confirm", "confirming", "acknowledged", "acknowledges", "admitted", "admits",
        "conceded", "concedes", "verified", "verifies", "corroborated", "agreed", "recognized", "recognised")},
    **{v: "denying" for v in (
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed",
        "dismisses", "refuted", "refutes", "disputed", "disputes", "contradicted", "rebuffed", "repudiated")},
    **{v: "asserting" for v in (
        "insisted", "insists", "warned", "warns", "accused", "accuses", "accusing", "vowed", "vows", "declared",
        "declares", "stressed", "stresses", "emphasized", "emphasised", "urged", "urges", "demanded", "condemned",
        "condemns", "blamed", "blames", "charged", "pledged", "threatened")},
}

#: Multi-word attribution phrases → group; the speaker follows the phrase.
ATTRIBUTION_PHRASES: dict[str, str] = {
    "according to": "neutral",
    "as reported by": "neutral",
    "quoted as saying": "neutral",
    "was quoted as saying": "neutral",
    "in a statement": "neutral",
    "in a statement from": "neutral",
    "citing": "neutral",
    "cited": "neutral",
}

#: Groups in display order.
ATTRIBUTION_GROUPS: tuple[str, ...] = ("neutral", "distancing", "confirming", "denying", "asserting")
