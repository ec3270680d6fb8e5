"""One person named or referred to: "Varney was killed", "he was arrested", "police shot him".

A casualty report often counts a person by name or pronoun rather than by number. These
are counts of one (``kind`` singular) when an outcome goes with them, and their group is
read from the text: a name written beside an attacker noun anywhere in the text ("the
gunman, Cole Varney") is an attacker's; a name after a people noun takes its group
("Officer Glen Marsh", "teacher Anne Voss"); a pronoun takes the group of the nearest person
named before it (in its sentence or the one before).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presslens.casualties.sentence import _Sent, _Unit
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, STOPWORDS
from presslens.lexicons.sources import GAZETTEER, GAZETTEER_PHRASES, HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS

#: Subject pronouns counted as one person ("he was killed").
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
#: Object pronouns counted as one person after an outcome verb ("police killed him").
OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her"})
#: Characters of text before a pronoun searched for the person it refers to.
PRONOUN_WINDOW_CHARS = 400
#: Most tokens between an attacker noun and the name it introduces ("the gunman, identified as
#: 24-year-old Ali Reza").
ATTACKER_NAME_GAP = 6
#: Connectors inside a name ("Abu Salim al-Varnawi", "Ludwig van Beethoven").
NAME_CONNECTORS = frozenset({"de", "del", "da", "di", "van", "von", "der", "bin", "ibn", "al", "el", "la", "le"})

_CAP_WORD_RE = re.compile(r"(?<=[a-z0-9,;:)]\s)([A-Z][\w'’-]*[a-z][\w'’-]*)")
_ATTACKER_NOUNS = frozenset(w for w, g in lex.GROUP_NOUNS.items() if g == "militants") | {"accused"}
_NOT_NAME = frozenset(MONTHS) | frozenset(lex.WEEKDAYS) | frozenset(lex.GROUP_NOUNS) | STOPWORDS | GAZETTEER \
    | lex.US_STATES | frozenset(TITLE_WORDS) | frozenset(HONORIFICS) | lex.NOT_PERSON_NAMES


@lru_cache(maxsize=8)
def name_words(text: str) -> frozenset[str]:
    """Words of a text that are names: written capitalised after a lower-case word or a comma
    somewhere, and never in lower case (so "Police" and "Said" are not names).

    Args:
        text: the whole text.

    Returns:
        The words, as written (possessive "'s" removed).
    """
    lower = {w.strip("\"'“”‘’()[],.;:!?") for w in text.split() if w[:1].islower() or w[1:2].islower() and not w[:1].isalnum()}
    out = set()
    for m in _CAP_WORD_RE.finditer(text):
        w = re.sub(r"['’]s$", "", m.group(1))
        if w.lower() not in lower and w.lower() not in _NOT_NAME:
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=8)
def attacker_names(text: str) -> frozenset[str]:
    """Last words of the names a text writes beside an attacker noun ("suspected gunman Dale
    Corwin", "the shooter, Ali Reza, 24", "identified the gunman as 24-year-old Ali Reza")."""
    names = name_words(text)
    out = set()
    toks = [t.rstrip(".") or t for t in re.findall(r"[\w'’.-]+|[^\w\s]", text)]
    low = [t.lower() for t in toks]
    for i, w in enumerate(low):
        if w not in _ATTACKER_NOUNS:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + ATTACKER_NAME_GAP)):
            t = re.sub(r"['’]s$", "", toks[k])
            if t in names:
                while k + 1 < len(toks) and re.sub(r"['’]s$", "", toks[k + 1]) in names:
                    k += 1
                out.add(re.sub(r"['’]s$", "", toks[k]))
                break
            if low[k] in (".", ";", ":") or (low[k] in lex.GROUP_NOUNS and low[k] not in _ATTACKER_NOUNS):
                break
    return frozenset(out)


def group_of_name(s: _Sent, a: int, b: int) -> tuple[str, str]:
    """Group of the person named by tokens a..b, and the words that gave it."""
    for r in range(a - 1, max(-1, a - 4), -1):  # "suspect Wade Tolliver", "the gunman, Cole Varney"
        w = s.norms[r]
        if w in lex.GROUP_NOUNS and w not in ("others", "other", "people"):
            return lex.GROUP_NOUNS[w], s.span_text(r, b)
        if w not in ("the", "a", ",", "suspected", "accused", "alleged", "former"):
            break
    for r in range(a, b):  # a title inside the run: "Officer Glen Marsh"
        w = s.norms[r]
        if w in lex.GROUP_NOUNS and w not in ("others", "other", "people"):
            return lex.GROUP_NOUNS[w], s.span_text(a, b)
    last = re.sub(r"['’]s$", "", s.toks[b - 1])
    if last in attacker_names(s.text):
        return "militants", s.span_text(a, b)
    return "people", s.span_text(a, b)


def name_at(s: _Sent, i: int) -> _Unit | None:
    """One person named at token i ("Nikos Varelas, 17, was arrested"), or None.

    A run of capitalised words whose last word is a name of the text (:func:`name_words`),
    not followed by a possessive ("Tolliver's brother" names the brother, not Tolliver).
    """
    n = len(s.toks)
    names = name_words(s.text)
    t = s.toks[i]
    if not t[:1].isupper():
        return None
    first = i
    # titles before the name: "Teacher Anne Voss", "Officer Glen Marsh", "Sgt. Ali Reza"
    while i + 1 < n and s.toks[i + 1][:1].isupper() and s.toks[i] not in names and (
            s.norms[i] in lex.GROUP_NOUNS or s.norms[i].rstrip(".") in TITLE_WORDS or s.norms[i].rstrip(".") in HONORIFICS
            or s.norms[i].rstrip(".") in TITLE_MODIFIERS):
        i += 1
    t = s.toks[i]
    if s.norms[i] in _NOT_NAME and t not in names:
        return None
    e = i
    while e < n and (s.toks[e][:1].isupper() or (s.norms[e] in NAME_CONNECTORS and e + 1 < n
                                                  and s.toks[e + 1][:1].isupper())) and e - i < 5:
        if s.norms[e] in STOPWORDS and s.norms[e] not in NAME_CONNECTORS:
            break
        e += 1
    if e == i or s.toks[e - 1] not in names:
        return None
    if e < n and s.norms[e] in ("'s", "’s"):
        # "Tolliver's brother": the person is the one the name's owner is related to
        if e + 1 < n and s.norms[e + 1] in lex.GROUP_NOUNS and not s.norms[e + 1].endswith("s") \
                and s.norms[e + 1] not in ("police", "personnel", "staff", "crew", "family"):
            g = lex.GROUP_NOUNS[s.norms[e + 1]]
            return _Unit(first, e + 2, first, e + 2, 1, 1, "exact", "singular", group=g,
                         group_text=s.span_text(first, e + 2), definite=True)
        return None
    if first > 0 and s.norms[first - 1] in {"the", "a", "an", "from", "in", "at"} | lex.ORGANISATION_WORDS or (
            first > 1 and s.norms[first - 1] == "of" and s.norms[first - 2] not in lex.OF_OUTCOMES):
        return None  # "the Animal Liberation Front", "from the United States": an organisation or a place
    if " ".join(s.norms[i:e]) in GAZETTEER_PHRASES or any(w in GAZETTEER or w in lex.US_STATES for w in s.norms[i:e]):
        return None
    # the group is read only for names that take an outcome (see :func:`group_of_name`)
    return _Unit(first, e, first, e, 1, 1, "exact", "singular", group=None, group_text=s.span_text(first, e),
                 person="name", definite=True)


def pronoun_at(s: _Sent, i: int) -> _Unit | None:
    """One person referred to by "he"/"she" (subject) or "him"/"her" (object) at token i, or None."""
    w = s.norms[i]
    if w in SUBJECT_PRONOUNS:
        kind = "subject"
    elif w in OBJECT_PRONOUNS:
        if w == "her" and i + 1 < len(s.norms) and re.match(r"^[a-z0-9]", s.norms[i + 1]) \
                and s.norms[i + 1] not in STOPWORDS:
            return None  # "her husband": a determiner
        kind = "object"
    else:
        return None
    group, gtext = _referent_group(s, i)
    return _Unit(i, i + 1, i, i + 1, 1, 1, "exact", "singular", group=group, group_text=gtext or s.toks[i],
                 person=kind, definite=True)


def _referent_group(s: _Sent, i: int) -> tuple[str, str]:
    """Group of the nearest person named or described before token i (same or previous sentence)."""
    lo = max(0, s.starts[i] - PRONOUN_WINDOW_CHARS)
    before = s.text[lo:s.starts[i]]
    # keep the current sentence and the one before it
    cut = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s", before)]
    if len(cut) >= 2:
        before = before[cut[-2]:]
    names = name_words(s.text)
    attackers = attacker_names(s.text)
    toks = [t.rstrip(".") or t for t in re.findall(r"[\w'’.-]+|[^\w\s]", before)]
    for t in reversed(toks):
        w = t.lower()
        bare = re.sub(r"['’]s$", "", t)
        if bare in names:
            return ("militants" if bare in attackers else "people"), bare
        if w in lex.GROUP_NOUNS and not w.endswith("s") and w not in ("other", "person", "police", "personnel"):
            return lex.GROUP_NOUNS[w], t
    return "people", ""
