"""Casualty claims: who was killed, injured, captured, arrested or missing, how many, says who.

:func:`extract_claims` reads plain text and returns one row per claim: the outcome, the
group of people, the count as written with its bounds, the sentence, who says so, whether
the text says it could not be verified, and a time qualifier. Story-level tables (claims
per outlet, reconciliation across outlets, parts-against-totals checks) are in
:mod:`presslens.casualty_tables` and re-exported here.

How it reads a sentence (only sentences holding an outcome word are read):

1. *Counts*: a number ("145", "1,200", "seventeen", "forty-four", "two dozen"), a quantity
   word ("several", "dozens"), a zero ("no one", "nobody", "no casualties") or one person
   ("a police officer", "the assailant", "one civilian"), with a bound phrase before it
   ("at least", "more than", "nearly", "about") and the people counted after it
   ("law enforcement personnel"). A number followed by anything that is not a person
   ("40-hour", "two of the attacks", "$18,000", "6 devices") is not a count of people.
2. *Outcome*: the count is linked to an outcome word by grammar: after it ("17 people were
   killed", "four others wounded", "left 50 people dead", "lost their lives"), before it
   ("killing 13", "injured at least seven others", "the death of two people", "the death
   toll rose to 12"), as its own noun ("seven injuries", "30 hostages"), or through
   coordination ("17 personnel and 31 civilians were killed", "92 militants were killed
   on Saturday and 41 on Friday", "killed 20 people, including five children").
   Threats, plans and negation ("threatened to kill", "could have killed", "were not
   hurt") are not claims.
3. *Group*: the head noun and its modifiers, from the word lists in
   :mod:`presslens.lexicons.casualties` ("security personnel" → security, "gang members"
   → militants, "Chinese citizens" → civilians); mixed groups ("security personnel and
   civilians") and unnamed ones are ``people``; people arrested without a group are
   ``militants`` (suspects).
4. *Attribution*: the speaker of a reporting verb before the claim ("X said 17 were
   killed"), after it ("..., the minister said"), or "according to X"; "he", "the group"
   and the like are resolved to the last named speaker of the preceding sentences.

Quantity-word convention (the shared benchmark's, after UCDP/IBC practice of a
conservative lower bound): exact N → low = high = N; "at least N" → low N, high empty;
"more than / over N" → low N + 1; "nearly / close to / up to / as many as N" → high N,
low empty; "fewer than / less than N" → high N - 1; "about / around / some /
approximately N" → low = high = N, qualifier ``approximate``. Quantity words give only a
lower bound: "a few" ≥ 2, "multiple" ≥ 2, "several" ≥ 3, "a dozen" = 12, "dozens" ≥ 24,
"several dozen" ≥ 36, "scores" ≥ 40, "hundreds" ≥ 200, "thousands" ≥ 2000; "many", "a
number of" and "an unknown number of" have no bound. Zero claims ("no casualties", "no one
was hurt") have low = high = 0. One named role ("a police officer was killed") counts 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, NUMBER_WORDS, STOPWORDS
from presslens.lexicons.speech import REPORTING_VERBS
from presslens.tokenize import WORD_RE, normalize, sentence_spans

#: Columns of :func:`extract_claims`, in order.
CLAIM_COLUMNS = [
    "outcome", "group", "group_text", "quantity", "low", "high", "qualifier", "kind", "start", "end",
    "sentence", "sent_start", "sent_end", "attribution", "attribution_verb", "verified", "time",
]
#: Outcomes, in display order.
OUTCOMES = ("killed", "injured", "captured", "arrested", "missing", "casualties")
#: Groups, in display order.
GROUPS = ("civilians", "security", "militants", "people", "other")
#: Qualifiers of a count.
QUALIFIERS = ("exact", "at_least", "at_most", "approximate", "vague", "zero")
#: Most tokens read as the people counted after a number ("white supremacist gang members").
MAX_GROUP_TOKENS = 6
#: Most tokens skipped between the people counted and the outcome word.
MAX_LINK_TOKENS = 6
#: Most tokens of a parenthesis skipped after the people counted (", including ..., ").
MAX_PARENTHESIS_TOKENS = 16
#: Most tokens read back from a reporting verb for its speaker.
MAX_SPEAKER_TOKENS = 12
#: A time qualifier must start within this many characters after the claim ("92 militants
#: were killed on Saturday"), so that "raids conducted on Friday" far after it is not taken.
TIME_WINDOW_CHARS = 30
#: Previous sentences searched to resolve "he" or "the group" to a named speaker.
MAX_RESOLVE_SENTENCES = 8
#: Characters of preceding text searched for those sentences.
RESOLVE_WINDOW_CHARS = 4000


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_TRIGGER_WORDS = (
    set(lex.PASSIVE_OUTCOMES) | set(lex.ACTIVE_OUTCOMES) - lex.NEEDS_HOSTAGE - lex.NEEDS_LIVES
    | set(lex.OUTCOME_NOUNS) | set(lex.OF_OUTCOMES) - {"lives", "bodies"} | lex.UNHARMED_WORDS
    | {"toll", "lives", "hostage", "hostages", "captive", "custody"}
) - {"infected", "burned", "drowned", "life", "body", "held", "took", "holding", "taking"}


def _trie_pattern(words) -> str:
    """A regular expression matching exactly these words, factored as a prefix tree (fast)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


#: One pattern finding every outcome word: only sentences it matches are read.
TRIGGER_RE = re.compile(r"(?<![\w-])" + _trie_pattern(sorted(w.lower() for w in _TRIGGER_WORDS)) + r"(?![\w-])",
                        re.IGNORECASE)
_UNVERIFIED_RE = re.compile("|".join(lex.UNVERIFIED_PATTERNS), re.IGNORECASE)
_NOT_TEXT_RE = re.compile(lex.NOT_TEXT_LINE, re.IGNORECASE)
_DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")
_DECIMAL_RE = re.compile(r"^\d+\.\d+$")
_WORDISH_RE = re.compile(r"^[^\W_][\w'’.&-]*$")
_HAS_ALPHA_RE = re.compile(r"[^\W\d_]")

_MONTH_ALT = _alternation(MONTHS)
_DAY_ALT = _alternation(lex.WEEKDAYS)
_NUMWORD_ALT = _alternation([w for w in NUMBER_WORDS if w not in ("none", "zero")])
_UNIT_ALT = _alternation(lex.DURATION_UNITS)
#: A time qualifier of a claim ("on Saturday", "over a 40-hour period", "in the past 24 hours").
TIME_RE = re.compile(
    rf"""(?<![\w-])(?:
      (?:(?:on|since|until|by|from|last|this|early|late|early\s+on|late\s+on)\s+)?(?:{_DAY_ALT})(?:\s+(?:night|morning|evening|afternoon))?
    | (?:(?:on|since|by|from|until)\s+)?(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?
    | (?:(?:on|since|by|from|until)\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})(?:,?\s+\d{{4}})?
    | (?:over|during|within|in|for|across|throughout)\s+(?:the\s+)?(?:(?:past|last|previous|first|next|following)\s+)?
      (?:a\s+|an\s+)?(?:(?:about|nearly|more\s+than|over|some|around|almost|roughly|approximately)\s+)?
      (?:\d+|{_NUMWORD_ALT}|a|an)[\s-](?:{_UNIT_ALT})(?:[\s-](?:period|span|long|stretch))?
    | (?:{_alternation(lex.TIME_WORDS)})
    | (?:in|since|during)\s+(?:(?:early|late|mid)[\s-])?(?:{_MONTH_ALT}|\d{{4}})(?:\s+\d{{4}})?
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)

_SINGULAR_DETS = {("a",), ("an",), ("the",), ("another",), ("one",), ("a", "second"), ("a", "third"),
                  ("the", "other"), ("one", "other"), ("a", "fourth"), ("the", "second"), ("the", "third"),
                  ("at", "least", "one")}
_COLLECTIVE = {"police", "personnel", "staff", "crew", "forces", "family", "families", "people", "others", "lives",
               "bodies", "troops", "militia", "youth", "everyone", "someone", "elderly"}
_PREPOSITION_LIKE = frozenset("""in on at near during after before from since until by for with across inside outside
    around throughout when while as following amid amidst of over into among""".split())
_GAP_OK_NEXT = _PREPOSITION_LIKE | {"and", "or", "but", "including", ",", ".", ";", ":", ")", "-", "–", "—",
                                    "respectively", "each", "more", "others", "while"}
_OBJECT_STARTERS = frozenset("""the a an his her their its him them this that these those two three four five six seven
    eight nine ten one several dozens""".split())
_CONNECTORS = {(",",), ("and",), (",", "and"), ("or",), (",", "or"), ("as", "well", "as"), ("plus",), ("along", "with")}
_INCLUDING = {("including",), (",", "including"), ("among", "them"), (",", "among", "them"), ("among", "whom"),
              (",", "among", "whom"), ("of", "whom"), (",", "of", "whom"), ("of", "which"), ("(",), (",", "including", "at", "least")}
_TOLL_LINKS = frozenset("""rose risen rising climbed climbing jumped stood stands reached hit was is has had now to at of
    increased grew mounted stand final official""".split())
_TOLL_TYPES = {"death": "killed", "casualty": "casualties", "injury": "injured"}
_HOSTAGE_MARKERS = {"hostage", "hostages", "captive", "captives"}
_LIVES_VERBS = {"claimed", "claiming", "claims", "claim", "took", "taking", "cost", "costing", "ended", "ending"}
_MODAL_BEFORE = lex.NOT_CLAIM_BEFORE
_REPORTING_GROUP = REPORTING_VERBS


@dataclass
class _Sent:
    """Tokens of one sentence (parallel lists)."""

    text: str
    start: int
    end: int
    starts: list[int]
    ends: list[int]
    toks: list[str]
    norms: list[str]

    def span_text(self, a: int, b: int) -> str:
        """Text of tokens a..b-1 (original characters)."""
        if b <= a:
            return ""
        return self.text[self.starts[a]:self.ends[b - 1]]


@dataclass
class _Unit:
    """A count of people in a sentence (token indexes, end exclusive)."""

    q0: int
    q1: int
    n0: int
    n1: int
    low: int | None
    high: int | None
    qualifier: str
    kind: str
    group: str | None = None
    group_text: str = ""
    head_outcome: str | None = None
    zero: bool = False
    outcomes: list[str] = field(default_factory=list)
    link: str = ""
    definite: bool = False

    @property
    def bare(self) -> bool:
        return self.n1 <= self.n0 and self.head_outcome is None


def _tokenize(text: str, start: int, end: int) -> _Sent:
    starts, ends, toks, norms = [], [], [], []
    for m in WORD_RE.finditer(text, start, end):
        t = m.group()
        starts.append(m.start())
        ends.append(m.end())
        toks.append(t)
        norms.append(normalize(t))
    return _Sent(text, start, end, starts, ends, toks, norms)


def _match_seq(norms: list[str], i: int, table) -> tuple[tuple[str, ...], int] | None:
    """Longest key of ``table`` (tuples of tokens) starting at token i."""
    best = None
    for key in _keys_by_first(id(table), table).get(norms[i] if i < len(norms) else "", ()):
        n = len(key)
        if tuple(norms[i:i + n]) == key and (best is None or n > len(best)):
            best = key
    return (best, i + len(best)) if best else None


_KEY_CACHE: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _keys_by_first(tid: int, table) -> dict[str, list[tuple[str, ...]]]:
    got = _KEY_CACHE.get(tid)
    if got is None:
        got = {}
        for key in table:
            got.setdefault(key[0], []).append(key)
        _KEY_CACHE[tid] = got
    return got


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
        return int(value), j
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
        if t[:1].isupper() and head.endswith(lex.DEMONYM_ENDINGS) and len(head) > 4:
            group = "civilians"
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
        if j < n and s.norms[j] in ("the", "these", "those", "their", "its", "his", "her", "our"):
            j += 1
        if j >= n or not _WORDISH_RE.match(s.toks[j]):
            return None
    run_end = j
    while run_end < n and run_end - j < MAX_GROUP_TOKENS:
        t, w = s.toks[run_end], s.norms[run_end]
        if not _WORDISH_RE.match(t) or not _HAS_ALPHA_RE.search(w):
            break
        if w in STOPWORDS and w not in ("other", "others"):
            break
        if w in lex.LINK_WORDS or w in lex.HARM_VERBS or w in _REPORTING_GROUP:
            break
        if w in _HOSTAGE_MARKERS and run_end > j and s.norms[run_end - 1] in lex.GROUP_NOUNS:
            break  # "held three people hostage"
        if w in lex.NP_STOP:
            break
        if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES) and run_end > j and any(
                s.norms[x] in lex.GROUP_NOUNS for x in range(j, run_end)):
            break
        if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES) and w not in lex.OUTCOME_NOUNS \
                and w not in lex.GROUP_NOUNS:
            # "the injured officers": a participle before a noun of people is a modifier
            if not (run_end + 1 < n and s.norms[run_end + 1] in lex.GROUP_NOUNS):
                break
        run_end += 1
    if run_end == j:
        return (k, k, -1, None, None) if j == k else None
    head = -1
    head_outcome = None
    for r in range(j, run_end):
        w = s.norms[r]
        if w in lex.OUTCOME_NOUNS and (r + 1 == run_end or s.norms[r + 1] not in lex.GROUP_NOUNS):
            head, head_outcome = r, lex.OUTCOME_NOUNS[w]
            break
        if w in lex.GROUP_NOUNS or (s.toks[r][:1].isupper() and w.endswith(lex.DEMONYM_ENDINGS) and len(w) > 4):
            head = r
    if head < 0:
        return None
    if head_outcome is None and head + 1 < run_end and s.norms[head] in lex.GROUP_MODIFIERS and (
            not s.toks[head + 1][:1].isupper() or s.toks[head][:1].isupper()):
        return None  # the people word is a modifier: "the National Wildlife Refuge headquarters"
    end = head + 1
    group = None if head_outcome else _group_of(s.norms, s.toks, head, j)
    # coordination of people without a new count: "students and staff", "personnel and civilians"
    if head_outcome is None and end + 1 < n and s.norms[end] in ("and", "or"):
        sub = _noun_phrase_plain(s, end + 1)
        if sub is not None:
            sub_end, sub_group = sub
            end = sub_end
            if sub_group != group:
                group = "people"
    return j, end, head, group, head_outcome


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
    num = _number_at(s, j)
    if num is not None:
        value, j2 = num
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
        if det == ("another",) and (j >= n or not _WORDISH_RE.match(s.toks[j]) or norms[j] in STOPWORDS
                                     or norms[j] in lex.LINK_WORDS or norms[j] in lex.PASSIVE_OUTCOMES):
            return _Unit(i, j, j, j, 1, 1, "exact", "singular")
        np_ = _noun_phrase(s, j)
        if np_ is None or np_[2] < 0 or np_[4] is not None:
            return None
        a, b, head, group, _ = np_
        hn = norms[head]
        if hn in _COLLECTIVE or (hn.endswith("s") and hn not in ("bus",)) or hn in ("men", "women", "children", "police",
                                                                                  "people", "personnel"):
            return None
        if det in {("the",), ("the", "other")} and b < n and norms[b] in ("of", "'s", "who", "whose"):
            return None
        low = 1
        high = None if det == ("at", "least", "one") else 1
        return _Unit(i, b, a, b, low, high, "at_least" if high is None else "exact", "singular", group=group,
                     group_text=s.span_text(a, b))
    return None


def _finish_numeric(s: _Sent, i: int, j2: int, low, high, qual: str, kind: str) -> _Unit | None:
    n = len(s.norms)
    np_ = _noun_phrase(s, j2)
    if np_ is None:
        return None
    a, b, head, group, head_outcome = np_
    if head >= 0 and head_outcome is None and s.norms[head] in lex.NOT_BARE_HEADS and b - a == 1:
        return None
    if head < 0 and b <= a:
        nxt = s.norms[j2] if j2 < n else "."
        if i >= 2 and s.norms[i - 1] == "," and s.toks[i - 2][:1].isupper() and s.norms[i - 2] not in STOPWORDS \
                and s.norms[i - 2] not in lex.GROUP_NOUNS and nxt in (",", ")", ".", "and", ";", "-", "–", "—"):
            return None  # an age after a name: "Bruce Cofield, 59,"
        if any(w in ("aged", "ages", "age") for w in s.norms[max(0, i - 3):i]):
            return None  # "aged 25 and 31"
        if nxt not in _GAP_OK_NEXT and nxt not in lex.LINK_WORDS and nxt not in lex.INCLUDE_VERBS and nxt not in lex.PASSIVE_OUTCOMES \
                and nxt not in lex.HARM_VERBS and nxt not in lex.FATAL_WORDS and not (nxt in lex.NEGATION_WORDS):
            return None
    return _Unit(i, j2, a, b, low, high, qual, kind, group=group, group_text=s.span_text(a, b) if b > a else "",
                 head_outcome=head_outcome)


def _find_units(s: _Sent) -> list[_Unit]:
    units: list[_Unit] = []
    i, n = 0, len(s.norms)
    while i < n:
        w = s.norms[i]
        if w in lex.REFLEXIVE and i > 0 and s.norms[i - 1] in lex.ACTIVE_OUTCOMES:
            # "shot and killed himself": the perpetrator
            units.append(_Unit(i, i + 1, i, i + 1, 1, 1, "exact", "singular", group=lex.REFLEXIVE[w],
                               group_text=s.toks[i]))
            i += 1
            continue
        if w in _UNIT_FIRST or w.split("-")[0] in _UNIT_FIRST or _DIGITS_RE.match(w) or _DECIMAL_RE.match(w):
            u = _unit_at(s, i)
            if u is not None:
                units.append(u)
                i = max(u.n1, u.q1, i + 1)
                continue
        i += 1
    return units


def _first_words() -> frozenset[str]:
    words = set()
    for table in (lex.ZERO_WORDS, lex.QUANTITY_MODIFIERS, lex.VAGUE_QUANTITIES, lex.COUNT_WORDS):
        words |= {k[0] for k in table}
    words |= {w for w in NUMBER_WORDS if w not in ("none",)}
    words |= {w.split("-")[0] for w in NUMBER_WORDS}
    words |= {"a", "an", "another", "one"}
    return frozenset(words)


_UNIT_FIRST = _first_words()


# --- outcomes ------------------------------------------------------------------------------------
_BLOCKED = "blocked"
_BE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "getting"})


def _passive_after(s: _Sent, k: int, *, zero: bool, depth: int = 0) -> tuple[list[str], int] | None:
    """Outcome words after the people counted, from token k: (outcomes, end) or None."""
    n = len(s.norms)
    norms = s.norms
    if k >= n or depth > 1:
        return None
    # the comma closing a parenthesis that started before the count: "..., and one tourist, were killed"
    if norms[k] == "," and k + 1 < n and norms[k + 1] in _BE_AUX:
        return _passive_after(s, k + 1, zero=zero, depth=depth)
    # a parenthesis: ", including ... ," / "(...)" / ", identified as A, B and C,"
    if norms[k] in (",", "(", "-", "–", "—"):
        close = {"(": ")"}.get(norms[k], norms[k])
        for e in range(k + 1, min(n, k + MAX_PARENTHESIS_TOKENS)):
            w = norms[e]
            if w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in (";", ":"):
                break
            if w == close or (close == "," and w in ("-", "–", "—")):
                after = _passive_after(s, e + 1, zero=zero, depth=depth + 1)
                if after is not None:
                    return after
                if close == ")":
                    break
        return None
    # a phrase of place or relation before the verb: "Three employees at an IRS center in Ogden were injured"
    w0 = norms[k]
    if w0 in _PREPOSITION_LIKE or (w0.endswith(("ed", "ing")) and k + 1 < n and norms[k + 1] in _PREPOSITION_LIKE
                                   and w0 not in lex.PASSIVE_OUTCOMES and w0 not in lex.ACTIVE_OUTCOMES):
        for e in range(k + 1, min(n, k + MAX_PARENTHESIS_TOKENS)):
            w = norms[e]
            if w in _BE_AUX:
                return _passive_after(s, e, zero=zero, depth=depth + 1)
            if w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in _REPORTING_GROUP or w in (
                    ";", ":", "who", "which", "that", "and", "when", "after", "before", "while") or _starts_count(s, e):
                if w != "and" or not (e + 1 < n and s.toks[e + 1][:1].isupper()):
                    return None
        return None
    j = k
    skipped = 0
    fatal = False
    negated = False
    aux = False
    while j < n and skipped <= MAX_LINK_TOKENS:
        w = norms[j]
        phrase = _match_seq(norms, j, lex.PASSIVE_PHRASES)
        if phrase is not None:
            if negated and not zero:
                return None
            key, e = phrase
            outs = [lex.PASSIVE_PHRASES[key]]
            return _more_outcomes(s, e, outs, fatal), e
        if w in lex.PASSIVE_OUTCOMES:
            if negated and not zero:
                return None
            if w in lex.WEAK_PASSIVE and skipped == 0:
                return None
            out = lex.PASSIVE_OUTCOMES[w]
            if fatal and out == "injured":
                out = "killed"
            if not aux and w in lex.ACTIVE_OUTCOMES and j + 1 < n:
                nxt = norms[j + 1]
                if nxt in ('"', "“", "'", "‘") and j + 2 < n:
                    nxt = norms[j + 2]
                if nxt in _OBJECT_STARTERS or _DIGITS_RE.match(nxt) or nxt in lex.REFLEXIVE or (
                        nxt in _UNIT_FIRST and _unit_at(s, j + 1) is not None) or (
                        s.toks[j + 1][:1].isupper() and nxt not in MONTHS and nxt not in lex.WEEKDAYS
                        and nxt not in _PREPOSITION_LIKE and nxt not in STOPWORDS):
                    return None  # "gunmen killed three people": the count is the subject
            if skipped == 0 and j + 1 < n and _is_content_word(s, j + 1):
                return None  # an adjective before a noun: "the three missing names"
            return _more_outcomes(s, j + 1, [out], fatal), j + 1
        if w in lex.FATAL_WORDS:
            fatal = True
        elif w in lex.NEGATION_WORDS:
            negated = True
        elif w in lex.HARM_VERBS:
            if j + 1 < n and norms[j + 1] in ("and", ","):
                j += 1
        elif w in ("who", "all", "whom") or (w == "of" and j > k and norms[j - 1] == "all"):
            pass
        elif w not in lex.LINK_WORDS:
            return None
        if w in _BE_AUX:
            aux = True
        j += 1
        skipped += 1
    return None


def _is_content_word(s: _Sent, i: int) -> bool:
    """A lower-case word that is not a function, link, outcome or time word."""
    t, w = s.toks[i], s.norms[i]
    return bool(_HAS_ALPHA_RE.match(t[:1])) and not t[:1].isupper() and w not in STOPWORDS \
        and w not in _PREPOSITION_LIKE and w not in lex.LINK_WORDS and w not in lex.PASSIVE_OUTCOMES \
        and w not in lex.WEEKDAYS and w not in _TIME_FIRST and w not in lex.GROUP_NOUNS and w not in _REPORTING_GROUP \
        and w not in ("respectively", "apiece", "overnight", "yesterday", "today", "tonight", "earlier", "later",
                      "including", "while", "whereas", "according", "police", "officials", "authorities")


_TIME_FIRST = frozenset({"last", "this", "early", "late", "yesterday", "today", "tonight", "overnight"})


def _more_outcomes(s: _Sent, j: int, outs: list[str], fatal: bool) -> list[str]:
    """Outcomes coordinated after the first ("killed or injured", "hurt or killed")."""
    n = len(s.norms)
    conj = ""
    while j + 1 < n and s.norms[j] in ("or", "and", ",", "nor"):
        conj = conj or s.norms[j]
        w = s.norms[j + 1]
        if w in lex.PASSIVE_OUTCOMES and w not in lex.WEAK_PASSIVE:
            o = lex.PASSIVE_OUTCOMES[w]
            if o not in outs:
                outs.append(o)
            j += 2
        else:
            break
    if len(outs) > 1 and conj in ("or", "nor") and set(outs) <= {"killed", "injured"}:
        return ["casualties:" + "|".join(outs)]
    return outs


def _blocked_before(s: _Sent, v: int) -> bool:
    """The outcome verb at v is a threat, plan, hypothesis or negation."""
    for b in range(max(0, v - 3), v):
        w = s.norms[b]
        if w in _MODAL_BEFORE:
            return True
        if w in (",", ";", ".") and b < v - 1:
            return False
    return False


def _active_before(s: _Sent, u: _Unit) -> str | None:
    """Outcome verb or noun right before the count ("killing 13", "the death of two people")."""
    i = u.q0
    norms = s.norms
    if i == 0:
        return None
    v = i - 1
    if norms[v] in ('"', "“", "'", "‘") and v > 0:
        v -= 1
    w = norms[v]
    if w == "without":
        return None
    if w in lex.ACTIVE_OUTCOMES:
        if w in lex.NEEDS_LIVES:
            return None
        if w in ("lost", "losing") and (u.n1 <= u.n0 or u.group in (None, "people")):
            return None  # "lost 15 soldiers" but not "lost many a seat"
        if w in lex.NEEDS_HOSTAGE:
            after = norms[u.n1] if u.n1 < len(norms) else ""
            if after not in _HOSTAGE_MARKERS and not (u.head_outcome == "captured"):
                return None
        if v > 0 and norms[v - 1] in ("was", "were", "is", "are", "been", "be", "being") and w not in ("killing",):
            return None  # "were killed 20 km away"
        if _blocked_before(s, v):
            return _BLOCKED
        return lex.ACTIVE_OUTCOMES[w]
    if w == "of" and v > 0:
        noun = norms[v - 1]
        if noun in lex.OF_OUTCOMES:
            if noun == "lives":
                if v >= 3 and norms[v - 2] == "the" and norms[v - 3] in _LIVES_VERBS:
                    return "killed"
                return None
            if noun == "bodies":
                return "killed"
            if _blocked_before(s, v - 1):
                return None
            return lex.OF_OUTCOMES[noun]
    # "the death toll rose to 12", "a toll of 30", "the death toll from the quake rose to 2,000"
    if norms[v] not in _TOLL_LINKS:
        return None
    for b in range(v - 1, max(-1, v - 10), -1):
        w = norms[b]
        if w == "toll":
            kind = norms[b - 1] if b > 0 else ""
            return _TOLL_TYPES.get(kind, "killed")
        if w in lex.TALLY_WORDS and norms[v] == "of" and b == v - 1:
            # "the tally of 145 included militants killed in raids": the outcome comes after
            end = max(u.n1, u.q1)
            for e in range(end, min(len(norms), end + 8)):
                if norms[e] in lex.PASSIVE_OUTCOMES and norms[e] not in lex.WEAK_PASSIVE:
                    return lex.PASSIVE_OUTCOMES[norms[e]]
            return None
        if w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in (";", ":", ".") or _DIGITS_RE.match(w):
            return None
    return None


def _link_units(s: _Sent, units: list[_Unit]) -> None:
    """Give each count its outcomes (in place)."""
    n = len(s.norms)
    passive: list[tuple[list[str], int] | None] = [None] * len(units)
    for idx in range(len(units) - 1, -1, -1):
        u = units[idx]
        end = max(u.n1, u.q1)
        res = _passive_after(s, end, zero=u.zero)
        if res is None and idx + 1 < len(units):
            # "17 personnel and 31 civilians were killed": take the next count's outcome
            nxt = units[idx + 1]
            if _is_link_gap(s, end, nxt.q0) and passive[idx + 1] is not None and not (
                    nxt.n1 > nxt.n0 and s.norms[nxt.n1 - 1] in lex.BACK_REFERENCE):
                res = passive[idx + 1]
        passive[idx] = res
    prev: _Unit | None = None
    for idx, u in enumerate(units):
        res = passive[idx]
        before = _active_before(s, u)
        outs: list[str] = []
        if before == _BLOCKED:
            u.outcomes = []
            continue  # "threatened to kill 100 hostages"
        if res is not None:
            outs, u.link = list(res[0]), "after"
        elif before is not None:
            outs, u.link = [before], "before"
        elif u.head_outcome is not None:
            outs, u.link = [u.head_outcome], "noun"
        elif prev is not None and prev.outcomes:
            end = max(u.n1, u.q1)
            nxt = s.norms[end] if end < n else "."
            incl = any(tuple(s.norms[u.q0 - len(k):u.q0]) == k for k in _INCLUDING if u.q0 - len(k) >= 0)
            backref = u.n1 > u.n0 and s.norms[u.n1 - 1] in lex.BACK_REFERENCE
            if backref:
                pass  # "killed 57 people, many of whom were guests"
            elif _is_link_gap(s, max(prev.n1, prev.q1), u.q0):
                outs, u.link = list(prev.outcomes), "coordinated"
            elif incl:
                outs, u.link = list(prev.outcomes), "including"
            elif u.q0 > 0 and s.norms[u.q0 - 1] in ("and", ",") and (nxt in _GAP_OK_NEXT or TIME_RE.match(
                    s.text, s.starts[end] if end < n else s.end)):
                outs, u.link = list(prev.outcomes), "gapped"
        if outs and (u.bare or u.group is None):
            if u.link in ("coordinated", "gapped", "after", "before") and prev is not None and prev.outcomes \
                    and prev.group:
                u.group, u.group_text = prev.group, prev.group_text
        u.outcomes = outs
        if outs:
            prev = u
    for u in units:
        if u.outcomes and u.group is None:
            end = max(u.n1, u.q1)
            if end + 1 < n and s.norms[end] in lex.INCLUDE_VERBS:
                sub = _noun_phrase_plain(s, end + 1)  # "the tally of 145 included militants"
                if sub is not None:
                    u.group, u.group_text = sub[1], s.span_text(end + 1, sub[0])
                    continue
            u.group, u.group_text = _group_before(s, u)


def _is_link_gap(s: _Sent, a: int, b: int) -> bool:
    """Tokens a..b-1 join two counts in one list: ", ", "and", ", including", or a place
    phrase then a connector ("two citizens from the United States, five tourists")."""
    gap = tuple(s.norms[a:b])
    if gap in _CONNECTORS or gap in _INCLUDING:
        return True
    if not gap or gap[0] not in _PREPOSITION_LIKE or len(gap) > 10:
        return False
    for k in range(1, len(gap)):
        if gap[k:] in _CONNECTORS or gap[k:] in _INCLUDING:
            mid = [(w, t) for w, t in zip(gap[1:k], s.toks[a + 1:a + k])]
            return all(t[:1].isupper() or (w not in lex.PASSIVE_OUTCOMES and w not in lex.ACTIVE_OUTCOMES
                                           and w not in _REPORTING_GROUP and w not in (";", ":", "who", "which", "that"))
                       for w, t in mid)
    return False


def _group_before(s: _Sent, u: _Unit) -> tuple[str, str]:
    """Group of a bare count from the nearest people named before it in the sentence."""
    for r in range(u.q0 - 1, max(-1, u.q0 - 25), -1):
        w = s.norms[r]
        if w in lex.GROUP_NOUNS and w not in ("other", "others", "member", "members", "official", "officials") \
                and w not in lex.NOT_BARE_HEADS and w.endswith("s"):
            lo = r
            while lo > 0 and _WORDISH_RE.match(s.toks[lo - 1]) and s.norms[lo - 1] not in STOPWORDS and r - lo < 3 \
                    and _HAS_ALPHA_RE.search(s.norms[lo - 1]) and s.norms[lo - 1] not in NUMBER_WORDS \
                    and s.norms[lo - 1] not in lex.ACTIVE_OUTCOMES and s.norms[lo - 1] not in lex.PASSIVE_OUTCOMES:
                lo -= 1
            return _group_of(s.norms, s.toks, r, lo) or "people", s.span_text(lo, r + 1)
    return "people", ""


# --- zero claims from nouns ----------------------------------------------------------------------
def _zero_noun_claims(s: _Sent, taken: set[int]) -> list[tuple[int, int, list[str], str]]:
    """Zero claims written with outcome nouns: "no casualties", "no injuries or fatalities",
    "did not cause any casualties", "without injuries". Returns (q0, q1, outcomes, quantity)."""
    out = []
    n = len(s.norms)
    norms = s.norms
    i = 0
    while i < n:
        w = norms[i]
        start = None
        j = i
        if w == "no" and i not in taken:
            start, j = i, i + 1
        elif w in ("any", "without"):
            for cue in lex.ZERO_VERB_CUES:
                L = len(cue)
                if i - L + 1 >= 0 and tuple(norms[i - L + 1:i + 1]) == cue:
                    start = i - L + 1
                    if start > 0 and norms[start - 1] in ("did", "does", "do", "has", "have", "had", "was", "were"):
                        start -= 1
                    j = i + 1
                    break
        if start is None:
            i += 1
            continue
        found: list[str] = []
        last = -1
        while j < n and j - i <= 8:
            x = norms[j]
            if x in lex.ZERO_NOUNS:
                o = lex.ZERO_NOUNS[x]
                if o not in found:
                    found.append(o)
                last = j
            elif x in lex.ZERO_FILLERS or x == ",":
                pass
            else:
                break
            j += 1
        if found and all(t not in taken for t in range(start, last + 1)):
            if "casualties" in found:
                found = ["casualties"]
            out.append((start, last + 1, found, s.span_text(start, last + 1)))
            taken.update(range(start, last + 1))
            i = last + 1
            continue
        i += 1
    return out


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
        if w not in lex.ATTRIBUTION_VERBS:
            continue
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


# --- time ----------------------------------------------------------------------------------------
def _time_of(s: _Sent, a: int, b: int, lo: int, hi: int) -> str:
    """First time qualifier between characters a and b, else between lo and a."""
    m = TIME_RE.search(s.text, a, b) if b > a else None
    if m is not None and m.start() - a > TIME_WINDOW_CHARS:
        m = None
    if m is None and a > lo:
        for m2 in TIME_RE.finditer(s.text, lo, a):
            if m2.group().split()[0].lower() in _PREPOSITION_LIKE:
                m = m2
    return m.group().strip() if m else ""


# --- sentence ------------------------------------------------------------------------------------
def _sentence_claims(text: str, start: int, end: int, resolve: Callable[[str], str]) -> list[dict]:
    """Claims of one sentence text[start:end] as row dicts (offsets into text)."""
    if _NOT_TEXT_RE.match(text, start, end):
        return []
    s = _tokenize(text, start, end)
    if not s.norms:
        return []
    units = _find_units(s)
    _link_units(s, units)
    taken: set[int] = set()
    found: list[dict] = []
    prev_group = None
    for u in units:
        if not u.outcomes:
            continue
        u_end = max(u.q1, u.n1)
        if u.link == "noun" and any(w in lex.UNHARMED_WORDS for w in s.norms[u_end:u_end + 6]):
            continue  # "all three hostages were freed unharmed": the claim is that no one was hurt
        taken.update(range(u.q0, u_end))
        group = u.group or "people"
        if prev_group and group == "people" and s.norms[u.n0:u.n1] in (["others"], ["other"]) \
                or (prev_group and u.kind == "singular" and u.n1 <= u.n0):
            group = prev_group  # "killed five soldiers and wounded three others", "... and another was hurt"
        q1 = u.q1 - 1 if u.q1 - 1 > u.q0 and s.norms[u.q1 - 1] == "of" else u.q1
        qtext = s.span_text(u.q0, q1) if u.kind != "singular" else s.span_text(u.q0, u_end)
        outs = [p for o in u.outcomes for p in (o.split(":")[1].split("|") if u.kind == "zero" and ":" in o else [o])]
        for o in outs:
            outcome = o.split(":")[0]
            g = group
            if outcome == "arrested" and g == "people" and not u.zero:
                g = lex.ARRESTED_PEOPLE_GROUP
            found.append({"q0": u.q0, "q1": u_end, "outcome": outcome, "group": g, "group_text": u.group_text,
                          "low": u.low, "high": u.high, "qualifier": u.qualifier, "quantity": qtext, "kind": u.kind,
                          "definite": u.definite})
        if group != "people":
            prev_group = group
    # "no casualties", "did not cause any injuries"
    for q0, q1, outs, qtext in _zero_noun_claims(s, taken):
        for o in outs:
            found.append({"q0": q0, "q1": q1, "outcome": o, "group": "people", "group_text": "", "low": 0, "high": 0,
                          "qualifier": "zero", "quantity": qtext, "kind": "zero", "definite": False})
    # "freed unharmed"
    for i, w in enumerate(s.norms):
        if w in lex.UNHARMED_WORDS and i not in taken:
            group, gtext = _group_before(s, _Unit(i, i + 1, i + 1, i + 1, 0, 0, "zero", "zero"))
            found.append({"q0": i, "q1": i + 1, "outcome": "injured", "group": group, "group_text": gtext, "low": 0,
                          "high": 0, "qualifier": "zero", "quantity": s.toks[i], "kind": "zero", "definite": False})
    if not found:
        return []
    found.sort(key=lambda f: (f["q0"], OUTCOMES.index(f["outcome"])))
    speakers = _speakers(s)
    unverified = bool(_UNVERIFIED_RE.search(text, start, end))
    distancing = any(_REPORTING_GROUP.get(sp.verb.lower()) == "distancing" for sp in speakers)
    rows = []
    for k, f in enumerate(found):
        q0, q1 = f["q0"], f["q1"]
        speaker, verb, vpos = _attribution(s, q0, q1, speakers)
        if speaker and _needs_resolving(speaker):
            speaker = resolve(speaker) or speaker
        c0, c1 = s.starts[q0], s.ends[q1 - 1]
        nxt = next((g["q0"] for g in found[k + 1:] if g["q0"] >= q1), None)
        seg_end = s.starts[nxt] if nxt is not None else end
        if vpos >= q1:
            # stop before the speaker of a trailing "..., the minister said"
            comma = max((i for i in range(q1, vpos) if s.norms[i] == ","), default=vpos)
            seg_end = min(seg_end, s.starts[comma])
        prev_end = s.ends[found[k - 1]["q1"] - 1] if k > 0 else start
        is_distanced = _REPORTING_GROUP.get(verb.lower()) == "distancing"
        rows.append({
            "outcome": f["outcome"], "group": f["group"], "group_text": f["group_text"], "quantity": f["quantity"],
            "low": f["low"], "high": f["high"], "qualifier": f["qualifier"], "kind": f["kind"], "start": c0, "end": c1,
            "sentence": text[start:end], "sent_start": start, "sent_end": end,
            "attribution": speaker, "attribution_verb": verb,
            "verified": False if unverified and (is_distanced or not distancing) else None,
            "time": _time_of(s, c1, seg_end, prev_end, c0),
            "definite": f["definite"],
        })
    return rows


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


_INT_COLUMNS = ("start", "end", "sent_start", "sent_end")
_BOUND_COLUMNS = ("low", "high")


def _claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the documented columns and dtypes (empty rows: empty table)."""
    data = {}
    for c in CLAIM_COLUMNS:
        values = [r[c] for r in rows]
        if c in _BOUND_COLUMNS:
            data[c] = pd.array(values, dtype="Int64")
        elif c in _INT_COLUMNS:
            data[c] = pd.array(values, dtype="int64")
        elif c == "verified":
            data[c] = pd.array(values, dtype="boolean")
        else:
            data[c] = pd.Series(values, dtype="object")
    return pd.DataFrame(data)


@lru_cache(maxsize=1)
def _empty_template() -> pd.DataFrame:
    return _claims_frame([])


def _empty_claims() -> pd.DataFrame:
    return _empty_template().copy()


def claims_in_sentences(text: str, spans: list[tuple[int, int]]) -> list[dict]:
    """Claims of the given sentences of a text, as row dicts.

    Args:
        text: the whole text (offsets point into it; preceding text resolves "he said").
        spans: sentence ``(start, end)`` pairs; only those holding an outcome word are read.

    Returns:
        One dict per claim with the keys of :data:`CLAIM_COLUMNS` plus ``sent_index``
        (the position of its sentence in ``spans``).
    """
    rows: list[dict] = []
    last_claim_sent = -2
    for idx, (a, b) in enumerate(spans):
        if not TRIGGER_RE.search(text, a, b):
            if last_claim_sent == idx - 1 and _UNVERIFIED_RE.search(text, a, b) and rows:
                _mark_unverified(rows, idx - 1)
            continue
        got = _sentence_claims(text, a, b, _resolver(text, a))
        got = [r for r in got if not (r.pop("definite") and any(
            (p["outcome"], p["low"], p["high"]) == (r["outcome"], r["low"], r["high"]) for p in rows))]
        for r in got:
            r["sent_index"] = idx
        if got:
            last_claim_sent = idx
        elif last_claim_sent == idx - 1 and _UNVERIFIED_RE.search(text, a, b) and rows:
            _mark_unverified(rows, idx - 1)
        rows.extend(got)
    return rows


def _mark_unverified(rows: list[dict], sent_index: int) -> None:
    """A sentence "The claim could not be verified" right after claims: mark the distancing ones
    (all of that sentence's claims when none is distanced)."""
    mine = [r for r in rows if r.get("sent_index") == sent_index]
    distanced = [r for r in mine if _REPORTING_GROUP.get(str(r["attribution_verb"]).lower()) == "distancing"]
    for r in distanced or mine:
        r["verified"] = False


@lru_cache(maxsize=4096)
def _line_sentences(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(line))


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of the text that hold an outcome word, plus the sentence after each one
    (for "The claim could not be verified."), in order."""
    out: list[tuple[int, int]] = []
    seen_lines: set[int] = set()
    lines: list[tuple[int, int]] = []
    for m in TRIGGER_RE.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        if ls in seen_lines:
            continue
        seen_lines.add(ls)
        le = text.find("\n", m.end())
        lines.append((ls, len(text) if le < 0 else le))
    for ls, le in lines:
        spans = [(a + ls, b + ls) for a, b in _line_sentences(text[ls:le])]
        for k, (a, b) in enumerate(spans):
            if TRIGGER_RE.search(text, a, b):
                if not out or out[-1] != (a, b):
                    out.append((a, b))
                if k + 1 < len(spans):
                    out.append(spans[k + 1])
    # keep order and uniqueness
    return sorted(set(out))


def extract_claims(text: str) -> pd.DataFrame:
    """Casualty claims stated in a text.

    Only sentences containing an outcome word are read (see :data:`TRIGGER_RE`). Bounds
    follow the convention in this module's docstring.

    Args:
        text: plain text (a report, an article body, a sentence).

    Returns:
        One row per claim, in text order. Columns: ``outcome`` (killed | injured |
        captured | arrested | missing | casualties); ``group`` (civilians | security |
        militants | people | other); ``group_text`` (the words naming the people, may be
        empty); ``quantity`` (the count as written: "at least 145", "dozens", "no one",
        "a police officer"); ``low``, ``high`` (nullable Int64 bounds); ``qualifier``
        (exact | at_least | at_most | approximate | vague | zero); ``kind`` (explicit |
        vague | singular | zero); ``start``, ``end`` (character offsets of the count and
        the people counted in ``text``); ``sentence`` (the sentence text); ``sent_start``,
        ``sent_end`` (its offsets); ``attribution`` (who says so, empty when the text
        states it in its own voice; "he" or "the group" resolved to the last named
        speaker); ``attribution_verb`` ("said", "claimed", "according to", …);
        ``verified`` (False where the text says the claim could not be verified, else
        NA); ``time`` (a time qualifier in the claim's clause: "on Saturday", "over 40
        hours", else empty).
    """
    if not text or not TRIGGER_RE.search(text):
        return _empty_claims()
    rows = claims_in_sentences(text, _candidate_spans(text))
    if not rows:
        return _empty_claims()
    return _claims_frame(rows)


# --- story level (implemented in presslens.casualty_tables) ---------------------------------------
def claims(story) -> pd.DataFrame:
    """Claims of every article of a story, de-duplicated within each article.

    Args:
        story: a :class:`presslens.story.Story`.

    Returns:
        See :func:`presslens.casualty_tables.claims` (columns
        :data:`presslens.casualty_tables.STORY_CLAIM_COLUMNS`).
    """
    from presslens.casualty_tables import claims as _claims

    return _claims(story)


def reconcile(claims_df: pd.DataFrame) -> pd.DataFrame:
    """One row per (group, outcome) across outlets: low, best, high and status.

    Args:
        claims_df: the output of :func:`claims`.

    Returns:
        See :func:`presslens.casualty_tables.reconcile`.
    """
    from presslens.casualty_tables import reconcile as _reconcile

    return _reconcile(claims_df)


def check_consistency(claims_df: pd.DataFrame) -> pd.DataFrame:
    """Parts against totals, within each outlet and across outlets.

    Args:
        claims_df: the output of :func:`claims`.

    Returns:
        See :func:`presslens.casualty_tables.check_consistency`.
    """
    from presslens.casualty_tables import check_consistency as _check

    return _check(claims_df)
