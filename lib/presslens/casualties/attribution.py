"""Who says a claim: speakers of reporting verbs, "according to", resolution of "he"/"the group", unverified claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from presslens.casualties.sentence import (
    _REPORTING_GROUP,
    MAX_RESOLVE_SENTENCES,
    MAX_SPEAKER_TOKENS,
    RESOLVE_WINDOW_CHARS,
    _Sent,
    _tokenize,
)
from presslens.corpus.tokenize import sentence_spans
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, STOPWORDS

_UNVERIFIED_RE = re.compile("|".join(lex.UNVERIFIED_PATTERNS), re.IGNORECASE)


# --- attribution ---------------------------------------------------------------------------------
@dataclass
class _Speaker:
    text: str
    verb: str
    pos: int
    after: bool


def _speaker_back(s: _Sent, v: int) -> str:
    """The speaker read backwards from a reporting verb at v."""
    b = v - 1
    while b >= 0 and s.norms[b] in lex.SPEAKER_TRAILING:
        b -= 1
    e = b + 1
    while b >= 0 and e - b <= MAX_SPEAKER_TOKENS and s.norms[b] not in lex.SPEAKER_STOP \
            and not (s.norms[b] in _REPORTING_GROUP and b < e - 1):
        b -= 1
    lo = b + 1
    toks = s.norms[lo:e]
    # drop a time phrase inside ("officials in Pakistan on Sunday")
    for k, w in enumerate(toks):
        if w == "on" and k + 1 < len(toks) and (toks[k + 1] in lex.WEEKDAYS or toks[k + 1] in MONTHS):
            e = lo + k
            break
    while e > lo and s.norms[e - 1] in lex.SPEAKER_TRAILING:
        e -= 1
    return s.span_text(lo, e).strip()


def _appositive_speaker(s: _Sent, comma: int) -> str:
    """ "Sarfraz Bugti, the chief minister of Balochistan, told": name and appositive."""
    for c in range(comma - 1, max(-1, comma - MAX_SPEAKER_TOKENS), -1):
        if s.norms[c] in lex.SPEAKER_STOP:
            if s.norms[c] != "," or c == comma - 1:
                return ""
            name = _speaker_back(s, c)
            if not name or not _is_named(name):
                return ""
            return f"{name}, {s.span_text(c + 1, comma)}"
    return ""


def _clean_speaker(text: str) -> str:
    return text.strip(" \t•·▪-–—*\"“”'‘’:;,")


def _speaker_forward(s: _Sent, k: int) -> str:
    e = k
    n = len(s.norms)
    while e < n and e - k < MAX_SPEAKER_TOKENS and s.norms[e] not in lex.SPEAKER_STOP and s.norms[e] not in (".", "!", "?"):
        e += 1
    return s.span_text(k, e).strip()


def _speakers(s: _Sent, *, resolution: bool = False) -> list[_Speaker]:
    """Reporting verbs of a sentence with their speakers (with ``resolution``, also the
    subject of "claimed responsibility", a name that "the group" may refer back to)."""
    out: list[_Speaker] = []
    norms = s.norms
    n = len(norms)
    for i, w in enumerate(norms):
        for cue in lex.SPEAKER_AFTER_CUES:
            L = len(cue)
            if w == cue[0] and tuple(norms[i:i + L]) == cue:
                sp = _clean_speaker(_speaker_forward(s, i + L))
                if sp:
                    out.append(_Speaker(sp, s.span_text(i, i + L), i, False))
                break
        if w not in lex.ATTRIBUTION_VERBS or (i > 0 and s.toks[i][:1].isupper()):
            continue  # not a verb of saying ("the United States")
        if i > 0 and norms[i - 1] in ("was", "were", "is", "are", "been", "be", "being", "no", "the", "a"):
            continue
        if i + 1 < n and w.startswith("claim") and norms[i + 1] in (
                "responsibility", "credit", "the", "a", "an", "in", "by", "that"):
            if norms[i + 1] != "that" and not resolution:
                continue
        if w in ("put", "puts") and "toll" not in norms[max(0, i - 4):i + 4] and "figure" not in norms[i:i + 4]:
            continue
        sp = _speaker_back(s, i)
        after = False
        if not sp and i > 0 and norms[i - 1] == ",":
            sp = _appositive_speaker(s, i - 1)  # "X, the chief minister of Y, told"
            if not sp and i + 1 < n and w in ("said", "says", "added", "noted", "stated", "claimed", "reported"):
                sp = _speaker_forward(s, i + 1)  # "..., said the minister"
                after = True
        if not sp and w in ("saying", "stating", "adding", "claiming", "alleging", "reporting"):
            sp = _sentence_subject(s, i)
        sp = _clean_speaker(sp)
        if sp and sp.lower() not in ("it", "this", "that", "which", "there"):
            out.append(_Speaker(sp, s.toks[i], i, after))
        elif sp.lower() == "it":
            out.append(_Speaker(sp, s.toks[i], i, after))
    return out


def _sentence_subject(s: _Sent, limit: int) -> str:
    e = 0
    while e < limit and e < MAX_SPEAKER_TOKENS and s.norms[e] not in lex.ATTRIBUTION_VERBS \
            and s.norms[e] not in lex.SPEAKER_STOP:
        e += 1
    while e > 0 and s.norms[e - 1] in lex.SPEAKER_TRAILING:
        e -= 1
    return s.span_text(0, e)


def _is_named(speaker: str) -> bool:
    words = speaker.split()
    if not words:
        return False
    for k, w in enumerate(words):
        core = w.strip("’'\".,()")
        if core[:1].isupper() and core.lower() not in STOPWORDS:
            return True
    return False


def _needs_resolving(speaker: str) -> bool:
    low = speaker.lower()
    return low in lex.BACK_REFERRING_SPEAKERS and low not in lex.SELF_STANDING_SPEAKERS


def _attribution(s: _Sent, q0: int, q1: int, speakers: list[_Speaker]) -> tuple[str, str, int]:
    """The speaker of the claim at tokens q0..q1: (speaker, verb, verb index) or empty."""
    best = None
    for sp in speakers:
        if sp.pos < q0:
            best = sp
    if best is None:
        for sp in speakers:
            if sp.pos >= q1:
                best = sp
                break
    if best is None:
        return "", "", -1
    return best.text, best.verb, best.pos


def _resolver(text: str, sent_start: int) -> Callable[[str], str]:
    """Resolve "he"/"the group" to the last named speaker before sent_start."""

    def resolve(_speaker: str) -> str:
        lo = max(0, sent_start - RESOLVE_WINDOW_CHARS)
        spans = sentence_spans(text[lo:sent_start], offset=lo)
        for a, b in reversed(spans[-MAX_RESOLVE_SENTENCES:]):
            s = _tokenize(text, a, b)
            named = [sp.text for sp in _speakers(s, resolution=True)
                     if _is_named(sp.text) and not _needs_resolving(sp.text)]
            if named:
                return named[-1]
        return ""

    return resolve


def _mark_unverified(rows: list[dict], sent_index: int) -> None:
    """A sentence "The claim could not be verified" right after claims: mark the distancing ones
    (all of that sentence's claims when none is distanced)."""
    mine = [r for r in rows if r.get("sent_index") == sent_index]
    distanced = [r for r in mine if _REPORTING_GROUP.get(str(r["attribution_verb"]).lower()) == "distancing"]
    for r in distanced or mine:
        r["verified"] = False
