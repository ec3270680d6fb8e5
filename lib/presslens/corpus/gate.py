"""Trigger gates: cheap, exact tests that tell a sentence cannot hold any phrase of a word list.

The wording stages (actor labels, agency, attribution) look for phrases from word lists in
every sentence; most sentences hold none. :func:`letter_words` gives the lower-case ASCII
letter runs a sentence's tokens can normalise to (plus the pieces the word tokenizer cuts
out of longer runs), and :func:`may_hold` tells, from those words alone, whether some phrase
of a :func:`phrase_gate` could match — False only when none can, so a gated stage gives the
same results as an ungated one. :func:`sentence_tokens` and :func:`token_norms` tokenise a
sentence that passes the gate, faster than building ``Token`` records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple, TypeVar

from presslens.corpus.tokenize import normalize, word_regex

#: Sentences whose gate words are kept (see :func:`letter_words`): more than a story's sentences.
LETTER_WORDS_CACHE = 8192
# The sentence gate (see letter_words): ASCII letter runs of the lower-cased text, and the two
# tokenizer rules that cut a token out of a longer run ("5th|militants", "army|n't").
_RUN_RE = re.compile(r"[a-z]+")
_NUMBER_CUT_RE = re.compile(r"(?<=\d)(?:st|nd|rd|th|s)([a-z]+)")
_NT_CUT_RE = re.compile(r"(?<![a-z])([a-z]+)n['’]t")
_NUMBER_CUT_CUE_RE = re.compile(r"\d(?:st|nd|rd|th|s)[a-z]")


class PhraseGate(NamedTuple):
    """The words a phrase list needs (see :func:`phrase_gate`)."""

    #: First words (their longest ASCII letter runs) of the phrases.
    first: frozenset[str]
    #: For each first word, the word sets of the phrases starting with it.
    phrases: dict[str, tuple[frozenset[str], ...]]
    #: True when some phrase has no letter in its first word (the gate cannot skip anything).
    always: bool


def phrase_gate(phrases: Iterable[str]) -> PhraseGate:
    """Build the gate of :func:`may_hold` for a list of phrases.

    Args:
        phrases: lexicon phrases (space-separated words, compared with normalised tokens).

    Returns:
        For each phrase, the set of its words' longest ASCII letter runs ("counter-terrorism
        units" gives {"terrorism", "units"}), grouped under the run of its first word.
    """
    out: dict[str, list[frozenset[str]]] = {}
    for p in phrases:
        parts = [max(r, key=len) if (r := _RUN_RE.findall(w.lower())) else "" for w in p.split()]
        if parts:
            out.setdefault(parts[0], []).append(frozenset(x for x in parts if x))
    return PhraseGate(frozenset(out), {k: tuple(v) for k, v in out.items()}, "" in out)


def may_hold(words: frozenset[str], gate: PhraseGate) -> bool:
    """Cheap necessary test before tokenising a sentence: can it hold one of the gate's phrases?

    Args:
        words: :func:`letter_words` of the sentence.
        gate: from :func:`phrase_gate`.

    Returns:
        False when no phrase can match a token sequence of the sentence (exact); True when
        one might (all its words occur).
    """
    if gate.always:
        return True
    for w in words & gate.first:
        for parts in gate.phrases[w]:
            if parts <= words:
                return True
    return False


def _cut_runs(low: str) -> set[str]:
    """Tokens the word tokenizer cuts out of longer letter runs of low ("5th|militants", "army|n't")."""
    out = set(_NT_CUT_RE.findall(low))
    for m in _NUMBER_CUT_RE.finditer(low):
        piece = m.group(1)
        out.add(piece)
        if piece.endswith("n") and low[m.end():m.end() + 2] in ("'t", "’t"):
            out.add(piece[:-1])
    return out


@lru_cache(maxsize=LETTER_WORDS_CACHE)
def letter_words(text: str) -> frozenset[str]:
    """Lower-case ASCII letter runs a token of text can normalise to or hold.

    Every ASCII letter run of a token's normalised form ("terrorism" of "counter-terrorism")
    is a whole run of the lower-cased text, except where the word tokenizer cuts a run
    ("5th|militants", "army|n't"); those cut pieces are included, so a gate word missing from
    this set cannot be in any token (used to skip sentences before tokenising them).

    Args:
        text: a sentence.

    Returns:
        The letter runs of the lower-cased text, plus the cut pieces (cached: the actor
        labels and the agency stages gate the same sentences).
    """
    low = text.lower()
    words = set(_RUN_RE.findall(low))
    if "n't" in low or "n’t" in low or _NUMBER_CUT_CUE_RE.search(low):
        words |= _cut_runs(low)
    return frozenset(words)


def sentence_tokens(text: str, *, offset: int = 0) -> list[tuple[int, int, str]]:
    """The ``WORD_RE`` tokens of a sentence, found with the faster equivalent pattern when it applies.

    Args:
        text: a sentence.
        offset: offset of the sentence in the article text.

    Returns:
        ``(start, end, text)`` per token, offsets into the article.
    """
    return [(m.start() + offset, m.end() + offset, m.group()) for m in word_regex(text).finditer(text)]


def token_norms(text: str, toks: list[tuple[int, int, str]], *, offset: int = 0) -> list[str]:
    """Normalised forms of a sentence's tokens (same as ``normalize`` on each token).

    Args:
        text: a sentence.
        toks: its tokens as (start, end, text, ...) with offsets into the article.
        offset: offset of the sentence in the article text.

    Returns:
        One normalised form per token: slices of the normalised sentence when that keeps
        every offset (no case mapping changes a length, no context-dependent final sigma),
        otherwise ``normalize`` per token.
    """
    low = normalize(text)
    if len(low) == len(text) and "Σ" not in text:
        return [low[t[0] - offset:t[1] - offset] for t in toks]
    return [normalize(t[2]) for t in toks]


_V = TypeVar("_V")


def longest_phrase(norms: Sequence[str], i: int, table: Mapping[tuple[str, ...], _V], *, max_words: int,
                   free: Callable[[int, int], bool] | None = None) -> tuple[int, _V] | None:
    """The longest phrase of a word list starting at token ``i``.

    Args:
        norms: the sentence's normalised tokens.
        i: where the phrase starts.
        table: phrases (tuples of normalised words) and what each stands for.
        max_words: the longest phrase in ``table``, in words.
        free: when given, a phrase over tokens ``[i, j)`` counts only if ``free(i, j)``.

    Returns:
        (number of tokens, the table's value) of the longest phrase, or None.
    """
    for n in range(min(max_words, len(norms) - i), 0, -1):
        key = tuple(norms[i:i + n])
        if key in table and (free is None or free(i, i + n)):
            return n, table[key]
    return None
