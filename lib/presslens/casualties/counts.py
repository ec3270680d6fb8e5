"""Counts of people: numbers and number words, bounds, quantity words, the people counted and their group."""

from __future__ import annotations

import re

from presslens.casualties.sentence import (
    _PREPOSITION_LIKE,
    _DECIMAL_RE,
    _DIGITS_RE,
    _GAP_OK_NEXT,
    _HAS_ALPHA_RE,
    _HOSTAGE_MARKERS,
    _REPORTING_GROUP,
    _WORDISH_RE,
    MAX_GROUP_TOKENS,
    _match_seq,
    _Sent,
    _Unit,
)
from presslens.casualties.persons import OBJECT_PRONOUNS, SUBJECT_PRONOUNS, group_of_name, name_at, pronoun_at
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, NUMBER_WORDS, STOPWORDS
from presslens.lexicons.sources import TITLE_WORDS

_SINGULAR_DETS = {("a",), ("an",), ("the",), ("another",), ("one",), ("a", "second"), ("a", "third"),
                  ("the", "other"), ("one", "other"), ("a", "fourth"), ("the", "second"), ("the", "third"),
                  ("at", "least", "one"), ("his",), ("her",), ("their",)}


_COLLECTIVE = {"police", "personnel", "staff", "crew", "forces", "family", "families", "people", "others", "lives",
               "bodies", "troops", "militia", "youth", "everyone", "someone", "elderly"}


# --- numbers -------------------------------------------------------------------------------------
def _number_at(s: _Sent, i: int) -> tuple[int, int] | None:
    """A cardinal number written at token i: (value, next index), or None."""
    n = len(s.norms)
    if i >= n:
        return None
    norm = s.norms[i]
    value: float | None = None
    j = i
    if _DIGITS_RE.match(norm):
        value = float(norm.replace(",", ""))
        j = i + 1
    elif _DECIMAL_RE.match(norm) and i + 1 < n and s.norms[i + 1] in ("million", "thousand"):
        value = float(norm)
        j = i + 1
    else:
        total, current, j = 0, 0, i
        seen = False
        while j < n:
            w = s.norms[j]
            parts = w.split("-")
            if w in NUMBER_WORDS and w not in ("none", "zero", "dozen", "hundred", "thousand", "million", "billion"):
                current += NUMBER_WORDS[w]
            elif len(parts) == 2 and all(p in NUMBER_WORDS for p in parts) and NUMBER_WORDS[parts[0]] >= 20 \
                    and 0 < NUMBER_WORDS[parts[1]] < 10:
                current += NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
            elif w in ("hundred",) and seen:
                current = max(current, 1) * 100
            elif w in ("thousand", "million") and seen:
                total += max(current, 1) * NUMBER_WORDS[w]
                current = 0
            elif w == "and" and seen and j + 1 < n and s.norms[j + 1] in NUMBER_WORDS and j > 0 \
                    and s.norms[j - 1] in ("hundred", "thousand"):
                pass
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        value = float(total + current)
    while j < n and s.norms[j] in lex.MULTIPLIERS:
        value *= lex.MULTIPLIERS[s.norms[j]]
        j += 1
    return int(value), j


def _bounds(value: int, mod: str) -> tuple[int | None, int | None, str]:
    if mod == "at_least":
        return value, None, "at_least"
    if mod == "more_than":
        return value + 1, None, "at_least"
    if mod == "at_most":
        return None, value, "at_most"
    if mod == "less_than":
        return None, max(value - 1, 0), "at_most"
    if mod == "approximate":
        return value, value, "approximate"
    return value, value, "exact"


def _is_date_or_money(s: _Sent, i: int, j: int) -> bool:
    """The number at tokens i..j-1 is part of a date, time, money, share, age or year."""
    prev = s.norms[i - 1] if i > 0 else ""
    nxt = s.norms[j] if j < len(s.norms) else ""
    nxt2 = s.norms[j + 1] if j + 1 < len(s.norms) else ""
    if prev in MONTHS or prev in ("$", "€", "£", "no", "no.", "#", "number", "aged", "age", "ages", "page", "route",
                                  "flight", "highway", "interstate", "section", "article", "room", "unit", "level"):
        return True
    if nxt in MONTHS or nxt in ("%", "percent", "per", "pc", "years", "year", "a.m.", "p.m.", "am", "pm", "o'clock",
                                "dollars", "rupees", "euros", "pounds", "yuan", "hours", "minutes", "km", "miles"):
        return True
    if nxt == ":" and nxt2[:1].isdigit():
        return True
    if nxt == "-" and nxt2.startswith("year"):
        return True
    return False


# --- the people counted --------------------------------------------------------------------------
def _group_of(norms: list[str], texts: list[str], head_idx: int, lo: int) -> str | None:
    """Group of the noun phrase norms[lo:head_idx+1] whose head is at head_idx."""
    head = norms[head_idx]
    group = lex.GROUP_NOUNS.get(head)
    if group is None:
        t = texts[head_idx]
        if t[:1].isupper() and head.endswith(lex.DEMONYM_ENDINGS + lex.DEMONYM_SINGULAR_ENDINGS) and len(head) > 4:
            group = "civilians"
        elif _person_like(head):
            group = "people"
        else:
            return None
    mods = norms[lo:head_idx]
    if head in lex.AMBIGUOUS_HEADS or group == "people":
        for k in range(len(mods) - 1, -1, -1):
            m = mods[k]
            if (m, head) in lex.SECURITY_COMPOUNDS:
                return "security"
            g = lex.GROUP_MODIFIERS.get(m) or (lex.GROUP_NOUNS.get(m) if m not in ("other", "others") else None)
            if g and g != "people":
                return g
    return group


def _noun_phrase(s: _Sent, k: int) -> tuple[int, int, int, str | None, str | None] | None:
    """The people counted from token k: (start, end, head index, group, head outcome).

    Returns (k, k, -1, None, None) for no noun phrase (a bare count), None when the words
    after the count name something that is not people ("40 hours", "two of the attacks").
    """
    n = len(s.norms)
    j = k
    if j < n and s.norms[j] == "of":
        j += 1
        if j < n and s.norms[j] in lex.BACK_REFERENCE:
            return k, j + 1, -1, None, None
        if j < n and s.norms[j] in ("the", "these", "those", "their", "its", "his", "her", "our", "my", "your"):
            j += 1
            num = _number_at(s, j) if j < n else None
            if num is not None:  # "one of the three attackers", "one of the three"
                after = s.norms[num[1]:num[1] + 4]
                if after and (after[0] in lex.NOMINAL_PARTICIPLES or after[0] in lex.OUTCOME_NOUNS) or any(
                        w in lex.ECHO_NOUNS for w in after):
                    return None  # "seven of the 15 killed", "two of the 23 victims": the 15, the 23 are the claim
                j = num[1]
                if j >= n or not _WORDISH_RE.match(s.toks[j]) or s.norms[j] in STOPWORDS or s.norms[j] in lex.LINK_WORDS \
                        or s.norms[j] in lex.PASSIVE_OUTCOMES:
                    return k, j, -1, None, None
        if j >= n or not _WORDISH_RE.match(s.toks[j]):
            return None
    run_end = j
    while run_end < n and run_end - j < MAX_GROUP_TOKENS:
        t, w = s.toks[run_end], s.norms[run_end]
        if not _WORDISH_RE.match(t) or not _HAS_ALPHA_RE.search(w):
            break
        if w in STOPWORDS and w not in ("other", "others", "further", "more") or w in _PREPOSITION_LIKE:
            break
        if w in lex.LINK_WORDS and w != "more" or w in lex.HARM_VERBS or w in _REPORTING_GROUP:
            break
        if w in _HOSTAGE_MARKERS and run_end > j and s.norms[run_end - 1] in lex.GROUP_NOUNS:
            break  # "held three people hostage"
        if w in lex.NP_STOP or w in lex.INJURY_VERBS:
            break
        if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES) and run_end > j and any(
                s.norms[x] in lex.GROUP_NOUNS for x in range(j, run_end)):
            break
        if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES) and w not in lex.OUTCOME_NOUNS \
                and w not in lex.GROUP_NOUNS:
            # "the injured officers", "an injured female student": a participle before a noun of
            # people is a modifier
            if not any(x < n and (s.norms[x] in lex.GROUP_NOUNS or _person_like(s.norms[x]))
                       for x in (run_end + 1, run_end + 2)):
                break
        run_end += 1
    if run_end == j:
        return (k, k, -1, None, None) if j == k else None
    head = -1
    head_outcome = None
    for r in range(j, run_end):
        w = s.norms[r]
        if w in lex.OUTCOME_NOUNS and (r + 1 == run_end or s.norms[r + 1] not in lex.GROUP_NOUNS):
            if r + 1 < run_end and _HAS_ALPHA_RE.match(s.norms[r + 1]) and s.norms[r + 1] not in ("more", "further"):
                continue  # a modifier: "hostage standoffs", "injury reports"
            head, head_outcome = r, lex.OUTCOME_NOUNS[w]
            break
        if w in lex.GROUP_NOUNS or (s.toks[r][:1].isupper() and len(w) > 4 and (
                w.endswith(lex.DEMONYM_ENDINGS) or w.endswith(lex.DEMONYM_SINGULAR_ENDINGS) and r == run_end - 1)):
            head = r
    if head < 0:
        if all(s.norms[r] in ("more", "further") for r in range(j, run_end)) and j == k:
            return k, k, -1, None, None  # "3 more died": a bare count
        last = run_end - 1
        if _person_like(s.norms[last]) and not s.toks[last][:1].isupper():
            # a noun of people not in the lists ("four cartoonists"): people
            return j, run_end, last, _group_of(s.norms, s.toks, last, j) or "people", None
        return None
    if head_outcome is None and head + 1 < run_end and _HAS_ALPHA_RE.match(s.norms[head + 1]) \
            and s.norms[head + 1] not in lex.NOUN_AFTER_PEOPLE_OK and s.norms[head + 1] not in lex.WEEKDAYS \
            and s.norms[head + 1] not in MONTHS and not _person_like(s.norms[head + 1]) \
            and not s.norms[head + 1].endswith(("ed", "ing", "en", "wn")):
        return None  # the people word modifies a noun after it: "police headquarters", "army base"
    end = head + 1
    group = None if head_outcome else _group_of(s.norms, s.toks, head, j)
    if head_outcome is None:
        # a participle before the noun states the outcome: "the slain officers", "the injured civilian"
        head_outcome = next((lex.PASSIVE_OUTCOMES[_bare(s.norms[r])] for r in range(j, head)
                             if _bare(s.norms[r]) in lex.NOMINAL_PARTICIPLES), None)
    # coordination of people without a new count: "students and staff", "personnel and civilians"
    if head_outcome is None and end + 1 < n and s.norms[end] in ("and", "or"):
        sub = _noun_phrase_plain(s, end + 1)
        if sub is not None:
            sub_end, sub_group = sub
            end = sub_end
            if sub_group != group:
                group = "people"
    return j, end, head, group, head_outcome


def _bare(w: str) -> str:
    """A word without a "now-" prefix ("now-deceased")."""
    return w[4:] if w.startswith("now-") else w


def _person_like(w: str) -> bool:
    """A lower-case noun whose ending names people ("cartoonists", "diners", "a 23-year-old")
    and that is not a thing."""
    if _AGE_NOUN_RE.match(w):
        return True
    return len(w) > 4 and w.isalpha() and w.endswith(lex.PERSON_SUFFIXES) and w not in lex.NOT_PEOPLE_NOUNS \
        and w not in STOPWORDS and not w.endswith(("ness", "ings", "ment", "tion", "sion"))


_AGE_NOUN_RE = re.compile(r"^\d{1,3}-year-olds?$")


def _noun_phrase_plain(s: _Sent, k: int) -> tuple[int, str | None] | None:
    """A noun phrase of people with no count at k (for "X and Y"): (end, group) or None."""
    n = len(s.norms)
    if k >= n or _starts_count(s, k):
        return None
    r = k
    head = -1
    while r < n and r - k < 4:
        t, w = s.toks[r], s.norms[r]
        if not _WORDISH_RE.match(t) or (w in STOPWORDS and w not in ("other",)) or w in lex.LINK_WORDS:
            break
        if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in lex.NP_STOP or w in _REPORTING_GROUP
                or w in lex.HARM_VERBS or _starts_count(s, r)) and w not in lex.GROUP_NOUNS:
            break
        if w in _HOSTAGE_MARKERS and head >= 0:
            break
        if w in lex.GROUP_NOUNS:
            head = r
        r += 1
    if head < 0:
        return None
    return head + 1, _group_of(s.norms, s.toks, head, k)


def _starts_count(s: _Sent, i: int) -> bool:
    w = s.norms[i]
    return bool(_DIGITS_RE.match(w)) or (w in NUMBER_WORDS and w not in ("none",)) or w in ("a", "an", "another", "one",
                                                                                           "several", "dozens", "no")


def _unit_at(s: _Sent, i: int) -> _Unit | None:
    """A count of people starting at token i, or None."""
    n = len(s.norms)
    norms = s.norms
    j = i
    mod = "exact"
    dets: list[str] = []
    # zero words first ("no one", "nobody", "none of the passengers", "no civilians")
    z = _match_seq(norms, j, lex.ZERO_WORDS)
    if z is not None:
        key, j2 = z
        if key == ("no",):
            np_ = _noun_phrase(s, j2)
            if np_ is None or np_[2] < 0 or np_[4] is not None:
                return None
            a, b, head, group, _ = np_
            return _Unit(i, j2, a, b, 0, 0, "zero", "zero", group=group, group_text=s.span_text(a, b), zero=True)
        np_ = _noun_phrase(s, j2) if key == ("none",) else (j2, j2, -1, None, None)
        if np_ is None or np_[4] is not None:
            np_ = (j2, j2, -1, None, None)
        a, b, head, group, _ = np_
        return _Unit(i, j2, a, b, 0, 0, "zero", "zero", group=group or "people",
                     group_text=s.span_text(a, b) if b > a else "", zero=True)
    # bound phrases ("at least", "more than", "an additional", "the other")
    for _ in range(3):
        m = _match_seq(norms, j, lex.QUANTITY_MODIFIERS)
        if m is None:
            break
        key, j2 = m
        kind = lex.QUANTITY_MODIFIERS[key]
        if kind != "exact" and (mod == "exact" or (mod == "approximate" and kind != "approximate")):
            mod = kind
        dets.extend(key)
        j = j2
    low: int | None
    high: int | None
    # quantity words ("several", "dozens", "an unknown number of")
    v = _match_seq(norms, j, lex.VAGUE_QUANTITIES)
    c = _match_seq(norms, j, lex.COUNT_WORDS)
    if v is not None and (c is None or len(v[0]) >= len(c[0])):
        key, j2 = v
        if j2 < n and norms[j2] in ("'", '"', "’", "”") and j > 0 and norms[j - 1] in ("'", '"', "‘", "“"):
            j2 += 1  # "'Multiple' deaths"
        if j2 < n and norms[j2] == "of" and key[-1] != "of":
            j2 += 1
        np_ = _noun_phrase(s, j2)
        if np_ is None:
            return None
        a, b, head, group, head_outcome = np_
        if b <= a:
            # "several were hurt", "dozens more were wounded": a bare quantity word needs an outcome word next
            nxt = norms[j2] if j2 < n else "."
            if key in (("many",), ("a", "number", "of")) or (
                    nxt not in lex.LINK_WORDS and nxt not in lex.PASSIVE_OUTCOMES and nxt not in ("more", "others")):
                return None
        if i > 0 and norms[i - 1] in ("too", "so", "how") and key == ("many",):
            return None  # "too many people dead": no count
        if head_outcome == "injured" and norms[head] in ("wounds", "wound", "injuries") and i > 0 \
                and norms[i - 1] in lex.WOUND_OWNER_WORDS:
            return None  # "had multiple stab wounds": one person's wounds
        lo_v = lex.VAGUE_QUANTITIES[key]
        if mod == "more_than" and lo_v is not None:
            lo_v += 1
        return _Unit(i, j2 if b <= a else j2, a, b, lo_v, None, "vague", "vague", group=group,
                     group_text=s.span_text(a, b), head_outcome=head_outcome)
    if c is not None:
        key, j2 = c
        value = lex.COUNT_WORDS[key]
        if key == ("both",):
            np_ = _noun_phrase(s, j2)
            if np_ is None or np_[2] < 0:
                return None
        low, high, qual = _bounds(value, mod)
        if key == ("a", "dozen") and qual == "exact":
            qual = "approximate"
        return _finish_numeric(s, i, j2, low, high, qual, "explicit")
    between = j < n and norms[j] == "between"
    num = _number_at(s, j + 1 if between else j)
    if num is not None:
        value, j2 = num
        # a range: "six to nine", "two or three", "one or possibly two", "between 200 and 500"
        top = _range_end(s, j2, between=between)
        if between and top is None:
            return None
        if top is not None and top[0] > value:
            mult = next((lex.MULTIPLIERS[w] for w in norms[j2:top[1]] if w in lex.MULTIPLIERS), 1)
            if mult > 1 and not any(w in lex.MULTIPLIERS for w in norms[j:j2]) and value * mult <= top[0]:
                value *= mult  # "50-100 million": both in millions
            if _is_date_or_money(s, j, top[1]):
                return None
            u = _finish_numeric(s, i, top[1], value if mod in ("exact", "approximate") else None, top[0], "range",
                                "explicit")
            return u
        if _is_date_or_money(s, j, j2):
            return None
        if j2 == j + 1 and len(norms[j]) == 4 and norms[j].isdigit() and 1900 <= value <= 2100:
            # a year unless people follow
            np_ = _noun_phrase(s, j2)
            if np_ is None or np_[2] < 0 or np_[4] is not None:
                return None
        low, high, qual = _bounds(value, mod)
        kind = "zero" if value == 0 else "explicit"
        if value == 0:
            qual = "zero"
        u = _finish_numeric(s, i, j2, low, high, qual, kind)
        if u is not None and dets[:1] in (["the"], ["these"], ["those"]) and "last" not in dets:
            u.definite = True  # "the two victims": people counted before
        return u
    # one person: "a police officer", "the assailant", "another", "a second soldier"
    det = tuple(dets)
    if det and det in _SINGULAR_DETS or (j < n and norms[j] in ("a", "an") and not dets):
        if j < n and norms[j] in ("a", "an") and not dets:
            det = (norms[j],)
            j += 1
            if j < n and norms[j] in ("second", "third", "fourth", "fifth"):
                j += 1
        if (det == ("another",) or j > i + 1 and norms[j - 1] in _ORDINALS) and (
                j >= n or not _WORDISH_RE.match(s.toks[j]) or norms[j] in STOPWORDS
                or norms[j] in lex.LINK_WORDS or norms[j] in lex.PASSIVE_OUTCOMES):
            return _Unit(i, j, j, j, 1, 1, "exact", "singular")  # "another was hurt", "a fifth wounded"
        np_ = _noun_phrase(s, j)
        if np_ is None or np_[2] < 0 or (np_[4] is not None and norms[np_[2]] in lex.OUTCOME_NOUNS
                                          and norms[np_[2]] not in _HOSTAGE_MARKERS):
            return None
        a, b, head, group, head_outcome = np_
        hn = norms[head]
        if hn in _COLLECTIVE or (hn.endswith("s") and hn not in ("bus",)) or hn in ("men", "women", "children", "police",
                                                                                  "people", "personnel"):
            return None
        if b + 1 < n and norms[b] in ("'s", "’s"):
            # a possessive: "the bomber's brother", "the shooter's mother" (the person is the second noun)
            np2 = _noun_phrase(s, b + 1)
            if np2 is None or np2[2] < 0 or np2[4] is not None:
                return None
            a, b, head, group, _ = np2
            hn = norms[head]
            if hn.endswith("s") and hn not in ("bus",):
                return None
            return _Unit(i, b, a, b, 1, 1, "exact", "singular", group=group, group_text=s.span_text(a, b), definite=True)
        if det in {("the",), ("the", "other")} and b < n and norms[b] in ("of", "whose"):
            return None
        low = 1
        high = None if det == ("at", "least", "one") else 1
        return _Unit(i, b, a, b, low, high, "at_least" if high is None else "exact", "singular",
                     group=group or ("people" if head_outcome else None), group_text=s.span_text(a, b),
                     head_outcome=head_outcome, definite=det in {("the",), ("his",), ("her",), ("their",)})
    return None


_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh"})


def _range_end(s: _Sent, j: int, *, between: bool) -> tuple[int, int] | None:
    """The upper number of a range after a number ending at token j: "to nine", "or three",
    "or possibly two", "-9", "and 500" (after "between"): (value, next index) or None."""
    n = len(s.norms)
    if j >= n:
        return None
    links = ("and",) if between else ("to", "or", "-", "–")
    if s.norms[j] not in links:
        return None
    k = j + 1
    if k < n and s.norms[k] in ("possibly", "perhaps", "maybe", "even"):
        k += 1
    num = _number_at(s, k) if k < n else None
    return num


def _finish_numeric(s: _Sent, i: int, j2: int, low, high, qual: str, kind: str) -> _Unit | None:
    n = len(s.norms)
    charge = _murder_counts(s, j2)
    if charge is not None:  # "charged with 9 counts of murder": 9 people killed
        return _Unit(i, j2, j2, charge, low, high, qual, kind, group="people", group_text="", head_outcome="killed",
                     definite=True)
    np_ = _noun_phrase(s, j2)
    if np_ is None:
        return None
    a, b, head, group, head_outcome = np_
    if head_outcome == "injured" and s.norms[head] in ("wounds", "wound", "injuries") and i > 0 \
            and s.norms[i - 1] in lex.WOUND_OWNER_WORDS:
        return None  # "suffered three gunshot wounds": one person's wounds, not three people
    if head >= 0 and s.norms[head] == "lives" and i > 0 and s.norms[i - 1] in lex.LIVES_VERBS:
        return _Unit(i, j2, a, b, low, high, qual, kind, group="people", group_text=s.span_text(a, b),
                     head_outcome="killed")  # "took 9 lives", "claimed at least 12 lives"
    if head >= 0 and head_outcome is None and s.norms[head] in lex.NOT_BARE_HEADS and b - a == 1:
        return None
    if head < 0 and b <= a:
        nxt = s.norms[j2] if j2 < n else "."
        if i >= 2 and s.norms[i - 1] == "," and s.toks[i - 2][:1].isupper() and s.norms[i - 2] not in STOPWORDS \
                and s.norms[i - 2] not in lex.GROUP_NOUNS and nxt in (",", ")", ".", "and", ";", "-", "–", "—"):
            return None  # an age after a name: "Owen Marsh, 59,"
        if any(w in ("aged", "ages", "age") for w in s.norms[max(0, i - 3):i]):
            return None  # "aged 25 and 31"
        if nxt not in _GAP_OK_NEXT and nxt not in lex.LINK_WORDS and nxt not in lex.INCLUDE_VERBS and nxt not in lex.PASSIVE_OUTCOMES \
                and nxt not in lex.HARM_VERBS and nxt not in lex.FATAL_WORDS and not (nxt in lex.NEGATION_WORDS) \
                and nxt not in lex.INJURY_VERBS:
            return None
    return _Unit(i, j2, a, b, low, high, qual, kind, group=group, group_text=s.span_text(a, b) if b > a else "",
                 head_outcome=head_outcome)


def _murder_counts(s: _Sent, j: int) -> int | None:
    """End of "counts of (premeditated) murder" at token j, or None (not for attempted murder)."""
    n = len(s.norms)
    if j + 2 >= n or s.norms[j] not in ("counts", "count") or s.norms[j + 1] != "of":
        return None
    for x in range(j + 2, min(n, j + 6)):
        w = s.norms[x]
        if w in ("attempted", "attempt", "conspiracy"):
            return None
        if w in lex.MURDER_COUNT_NOUNS:
            return x + 1
    return None


def _find_units(s: _Sent, *, persons: bool = True) -> list[_Unit]:
    """Counts of people in a sentence, in order (with ``persons``, also one person named or
    referred to by a pronoun: :mod:`presslens.casualties.persons`)."""
    units: list[_Unit] = []
    i, n = 0, len(s.norms)
    while i < n:
        w = s.norms[i]
        if w in lex.REFLEXIVE and i > 0 and (s.norms[i - 1] in lex.ACTIVE_OUTCOMES or s.norms[i - 1] in lex.SELF_HARM_BEFORE
                                             and (s.norms[i - 1] != "on" or any(
                                                 x in lex.WEAPON_WORDS for x in s.norms[max(0, i - 5):i - 1]))):
            # "shot and killed himself", "shot himself", "turned the gun on himself": the perpetrator
            units.append(_Unit(i, i + 1, i, i + 1, 1, 1, "exact", "singular", group=lex.REFLEXIVE[w],
                               group_text=s.toks[i], head_outcome="killed", definite=True, person="reflexive"))
            i += 1
            continue
        if i > 0 and tuple(s.norms[i + 1:i + 3]) == ("own", "life") and w in ("his", "her") \
                and s.norms[i - 1] in lex.TAKE_LIFE_VERBS:
            # "took his own life", "decided to take her own life"
            units.append(_Unit(i, i + 3, i, i + 3, 1, 1, "exact", "singular", group="militants",
                               group_text=s.span_text(i, i + 3), head_outcome="killed", definite=True,
                               person="reflexive"))
            i += 3
            continue
        if w in _UNIT_FIRST or w.split("-")[0] in _UNIT_FIRST or _DIGITS_RE.match(w) or _DECIMAL_RE.match(w):
            u = _unit_at(s, i)
            if u is not None:
                units.append(u)
                i = max(u.n1, u.q1, i + 1)
                continue
        if persons and (i == 0 or s.norms[i - 1] in (";", ":")) and w in lex.GROUP_NOUNS and not w.endswith("s") \
                and w not in _COLLECTIVE and w not in lex.NOT_BARE_HEADS and i + 1 < n and not s.toks[i + 1][:1].isupper():
            # a headline's bare noun: "Suspect in custody", "...; suspect also was killed"
            units.append(_Unit(i, i + 1, i, i + 1, 1, 1, "exact", "singular", group=lex.GROUP_NOUNS[w],
                               group_text=s.toks[i], person="subject", definite=True))
            i += 1
            continue
        if persons and (w in SUBJECT_PRONOUNS or w in OBJECT_PRONOUNS):
            u = pronoun_at(s, i)
            if u is not None:
                units.append(u)
                i += 1
                continue
        if persons and s.toks[i][:1].isupper():
            u = name_at(s, i)
            if u is not None:
                units.append(u)
                i = u.q1
                continue
            while i + 1 < n and s.toks[i + 1][:1].isupper() and s.norms[i + 1] not in _UNIT_FIRST \
                    and s.norms[i + 1] not in SUBJECT_PRONOUNS:
                i += 1  # not a name: skip the whole capitalised run ("Eleanor Whitby Prescott")
        i += 1
    return _merge_name_lists(s, units)


def _merge_name_lists(s: _Sent, units: list[_Unit]) -> list[_Unit]:
    """Names listed together count together: "Ana Ruiz, 47, and teacher Omar Diaz, 56, were
    killed" is one count of two."""
    out: list[_Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and prev.person == "name" and u.person == "name" and _list_gap(s, prev.q1, u.q0):
            count = (prev.low or 1) + 1
            g1 = prev.group or group_of_name(s, prev.q0, prev.q1)[0]
            g2 = group_of_name(s, u.q0, u.q1)[0]
            out[-1] = _Unit(prev.q0, u.q1, prev.n0, u.n1, count, count, "exact", "explicit",
                            group=g1 if g1 == g2 else "people",
                            group_text=s.span_text(prev.q0, u.q1), person="name")
            continue
        out.append(u)
    return out


def _list_gap(s: _Sent, a: int, b: int) -> bool:
    """Tokens a..b-1 join two names of one list: commas, an age, "and", a title of the second
    ("school psychologist")."""
    gap = [w for w in s.norms[a:b] if w != "," and not _DIGITS_RE.match(w)]
    if gap[:1] == ["and"]:
        gap = gap[1:]
    if not gap:
        return b > a
    if len(gap) > 3 or any(w in STOPWORDS for w in gap):
        return False
    last = gap[-1]
    return last in lex.GROUP_NOUNS or _person_like(last) or last in TITLE_WORDS


def _first_words() -> frozenset[str]:
    words = set()
    for table in (lex.ZERO_WORDS, lex.QUANTITY_MODIFIERS, lex.VAGUE_QUANTITIES, lex.COUNT_WORDS):
        words |= {k[0] for k in table}
    words |= {w for w in NUMBER_WORDS if w not in ("none",)}
    words |= {w.split("-")[0] for w in NUMBER_WORDS}
    words |= {"a", "an", "another", "one", "between"}
    return frozenset(words)


_UNIT_FIRST = _first_words()


def _is_subject(s: _Sent, r: int) -> bool:
    """The noun at r is followed by a verb (it is the subject: "gunmen opened fire", "agents said")."""
    if r + 1 >= len(s.norms):
        return False
    nxt = s.norms[r + 1]
    if nxt in ("have", "had", "has", "were", "are", "was", "is", "will", "would") or nxt in _REPORTING_GROUP:
        return True
    return bool(_HAS_ALPHA_RE.match(nxt)) and nxt.endswith("ed") and nxt not in lex.PASSIVE_OUTCOMES \
        and nxt not in STOPWORDS


def _group_before(s: _Sent, u: _Unit, *, stop: int = 0, subjects: bool = False) -> tuple[str, str]:
    """Group of a bare count from the nearest people named before it in the sentence
    ("opened fire on fellow recruits, killing 11"), not before token ``stop`` (the end of
    the last count that named its own people), and not a subject of the verb after it
    ("gunmen opened fire, killing 12": the victims are not the gunmen) unless ``subjects``."""
    for r in range(u.q0 - 1, max(stop - 1, u.q0 - 25), -1):
        w = s.norms[r]
        if w in lex.GROUP_NOUNS and w not in ("other", "others", "member", "members", "official", "officials") \
                and w not in lex.NOT_BARE_HEADS and w.endswith("s") and (subjects or not _is_subject(s, r)):
            lo = r
            while lo > 0 and _WORDISH_RE.match(s.toks[lo - 1]) and s.norms[lo - 1] not in STOPWORDS and r - lo < 3 \
                    and _HAS_ALPHA_RE.search(s.norms[lo - 1]) and s.norms[lo - 1] not in NUMBER_WORDS \
                    and s.norms[lo - 1] not in lex.ACTIVE_OUTCOMES and s.norms[lo - 1] not in lex.PASSIVE_OUTCOMES:
                lo -= 1
            return _group_of(s.norms, s.toks, r, lo) or "people", s.span_text(lo, r + 1)
    return "people", ""
