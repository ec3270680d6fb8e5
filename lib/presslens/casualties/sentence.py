"""Shared pieces of claim extraction: the claim columns, a sentence's tokens, a count of people, limits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presslens.corpus.tokenize import WORD_RE, normalize
from presslens.lexicons.speech import REPORTING_VERBS

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
QUALIFIERS = ("exact", "at_least", "at_most", "approximate", "range", "vague", "zero")


#: Most tokens read as the people counted after a number ("armed separatist gang members").
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


_DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")


_DECIMAL_RE = re.compile(r"^\d+\.\d+$")


_WORDISH_RE = re.compile(r"^[^\W_][\w'’.&-]*$")


_HAS_ALPHA_RE = re.compile(r"[^\W\d_]")


_PREPOSITION_LIKE = frozenset("""in on at near during after before from since until by for with across inside outside
    around throughout when while as following amid amidst of over into among""".split())


_GAP_OK_NEXT = _PREPOSITION_LIKE | {"and", "or", "but", "including", ",", ".", ";", ":", ")", "-", "–", "—",
                                    "respectively", "each", "more", "others", "while", "who", "--"}


_HOSTAGE_MARKERS = {"hostage", "hostages", "captive", "captives"}


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
    person: str = ""  # "name", "subject" (he/she) or "object" (him/her): one person named or referred to

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
