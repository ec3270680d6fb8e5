"""Sentences and word tokens with character spans into the original text.

Sentences come from NLTK's Punkt tokenizer *configured by us* (a news abbreviation list,
no trained model, no downloads), run separately on each line block so that a headline
without a final period never swallows the next paragraph. Words come from one compiled
``re`` pattern in the Penn Treebank style (clitics ``'s`` and ``n't`` split off,
punctuation separate) that keeps "U.S.", "Mr.", "1,200" and "40-hour" whole. Every span
slices back to its token: ``text[start:end] == token``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from presslens.lexicons.common import ABBREVIATIONS, NUMBER_WORDS, STOPWORDS

_ABBR_ALT = "|".join(sorted((re.escape(a) for a in ABBREVIATIONS if "." not in a), key=len, reverse=True))

_WORD_TAIL = (
    r"""
    | ['’](?:s|re|ve|ll|d|m)\b                # clitics
    | (?:[A-Za-z]\.){2,}                      # U.S., U.N., a.m.
    | (?<![\w.])(?=[A-Za-z]{1,5}\.\s+\S)(?:"""
    + _ABBR_ALT
    + r""")\.(?=\s+\S)                       # Mr. Feb. Gen. (not at the end of a sentence)
    | [$€£¥₹]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?:[-–][^\W\d_]+)*(?:%)?   # 1,200  40-hour  3.5%
    | [^\W_]++(?:(?:[-&/]|['’](?!(?:s|re|ve|ll|d|m|t)\b))[^\W_]++)*+   # words (runs of letters joined by - & / ')
    | \.{2,}|-{2,}|…                          # ellipses, double dashes
    | [^\w\s]                                 # any other punctuation mark
    """
)
#: The word tokenizer: alternatives are tried in order at each position.
WORD_RE = re.compile(
    r"""
    https?://\S+[^\s.,;:!?'"’”)\]]            # URL
    | [\w.+-]+@\w+(?:\.\w+)+                 # e-mail
    | \w+(?=n['’]t\b)                         # "do" of "don't"
    | n['’]t\b                                # n't
    """
    + _WORD_TAIL,
    re.VERBOSE | re.IGNORECASE,
)
#: The same tokens for text without "@" or "n't" (about 3× faster: no look-ahead over
#: every word for an e-mail address or a negation clitic).
_FAST_WORD_RE = re.compile(r"""https?://\S+[^\s.,;:!?'"’”)\]]""" + _WORD_TAIL, re.VERBOSE | re.IGNORECASE)
#: Text holding one of these needs the full pattern ("n't" in any letter case, either apostrophe).
_SLOW_CUES = ("@", *(n + q + t for n in "nN" for q in "'’" for t in "tT"))

_NUMERIC_RE = re.compile(r"^[$€£¥₹]?(\d+(?:[.,]\d+)*)")
_ALPHA_RE = re.compile(r"[^\W\d_]")
_PUNCT_RE = re.compile(r"^[^\w]+$")
_QUOTE_TRANS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
#: A single line break inside wrapped prose: the line does not end a sentence and the next
#: one goes on in lower case (replaced by a space, which keeps every offset).
#: (The line break comes first and the character before it is looked behind at from after it:
#: a pattern that starts with a plain character is searched for that character, far faster.)
_HARD_WRAP_RE = re.compile(r"\n(?<=[^\s.!?:;\"”'’]\n)(?=[ \t]*[a-z0-9(])")


class _PlainLanguageVars(PunktLanguageVars):
    """Punkt's English settings with the same patterns compiled by the stdlib ``re``.

    NLTK 3.10 routes every Punkt pattern through ``nltk.redos`` (the ``regex`` engine under
    a wall-clock timeout), 2–6× slower than ``re``. These patterns are NLTK's own fixed
    ones (linear, no caller input in the pattern), so the guard buys nothing here; the
    sentence spans are the same (checked by ``bench/equivalence.py`` on the corpus).
    """

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(
                self._word_tokenize_fmt % {"NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                                           "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self) -> re.Pattern[str]:
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(
                self._period_context_fmt % {"NonWord": self._re_non_word_chars,
                                            "SentEndChars": self._re_sent_end_chars}, re.UNICODE | re.VERBOSE)
            return self._re_period_context


_NON_PUNCT_RE = re.compile(r"[^\W\d]")


class _PlainToken(PunktToken):
    """Punkt's token with its patterns compiled by the stdlib ``re`` (see ``_PlainLanguageVars``)."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$")
    _RE_ALPHA = re.compile(r"[^\W\d]+$")

    @property
    def is_non_punct(self):  # noqa: ANN201 - mirrors PunktToken
        """True if the token is either a number or is alphabetic."""
        return _NON_PUNCT_RE.search(self.type)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=_PlainLanguageVars(), token_cls=_PlainToken)


@lru_cache(maxsize=1)
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("english")


def sentence_spans(text: str, *, offset: int = 0) -> list[tuple[int, int]]:
    """Split text into sentences.

    Args:
        text: any text. A line break ends a sentence (so a headline without a final
            period stands alone), except inside hard-wrapped prose: a line that does not
            end in sentence punctuation followed by one that goes on in lower case.
        offset: added to every span (for text that is a slice of a larger one).

    Returns:
        ``(start, end)`` pairs with surrounding white space trimmed.
    """
    spans: list[tuple[int, int]] = []
    punkt = _punkt()
    joined = _HARD_WRAP_RE.sub(" ", text) if "\n" in text else text
    for line in re.finditer(r"[^\n]+", joined):
        s, e = line.span()
        chunk = line.group()
        # Punkt breaks only at ".", "?" or "!": a line without one is one sentence (as Punkt returns it)
        found = punkt.span_tokenize(chunk) if "." in chunk or "?" in chunk or "!" in chunk else ((0, len(chunk)),)
        for a, b in found:
            piece = chunk[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if b - trail > a + lead:
                spans.append((offset + s + a + lead, offset + s + b - trail))
    return spans


def word_spans(text: str, *, offset: int = 0) -> list[tuple[int, int]]:
    """Split text into word and punctuation tokens.

    Args:
        text: a sentence or any text.
        offset: added to every span.

    Returns:
        ``(start, end)`` pairs, one per token, in order.
    """
    return [(m.start() + offset, m.end() + offset) for m in word_regex(text).finditer(text)]


def word_regex(text: str) -> re.Pattern[str]:
    """Return the compiled word pattern for this text: ``WORD_RE``, or its faster equivalent
    when the text holds no "@" and no "n't" (same tokens).

    Args:
        text: the text about to be tokenised.

    Returns:
        A compiled pattern whose ``finditer(text)`` gives the tokens of :func:`word_spans`.
    """
    for cue in _SLOW_CUES:
        if cue in text:
            return WORD_RE
    return _FAST_WORD_RE


#: Each word pattern with the white space before a token taken in as well: ``findall`` then gives
#: every token with the white space before it (C speed, no match objects; lengths give the spans).
_SPACED_RE = {p: re.compile(r"\s*(?:" + p.pattern + ")", re.VERBOSE | re.IGNORECASE) for p in (WORD_RE, _FAST_WORD_RE)}


def word_gaps(text: str) -> tuple[list[str], list[str]]:
    """Split text into the tokens of :func:`word_spans`, each with the text before it.

    Args:
        text: a sentence or any text.

    Returns:
        ``(pieces, tokens)``: ``tokens[i]`` is the i-th token and ``pieces[i]`` the text from the
        end of the previous token (or the start) to the end of this one, so the pieces joined are
        a prefix of ``text`` and their lengths give every span.
    """
    if "_" in text:
        # "_" is the only character outside white space that may start no token, so only
        # then can a gap hold more than white space: cut the pieces at the matches.
        pieces, toks = [], []
        prev = 0
        for m in word_regex(text).finditer(text):
            pieces.append(text[prev:m.end()])
            toks.append(m.group())
            prev = m.end()
        return pieces, toks
    pieces = _SPACED_RE[word_regex(text)].findall(text)
    return pieces, list(map(str.lstrip, pieces))  # the gaps are white space, which no token starts with


class Token(NamedTuple):
    """A token with its span (offsets into the text it came from) and normalised form."""

    start: int
    end: int
    text: str
    norm: str


def tokens(text: str, *, offset: int = 0) -> list[Token]:
    """Tokenise text into :class:`Token` records (the tokens of :func:`word_spans`).

    Args:
        text: a sentence or any text.
        offset: added to every span.

    Returns:
        The tokens in order, each with ``start``, ``end``, ``text`` and ``norm``.
    """
    return [Token(m.start() + offset, m.end() + offset, m.group(), normalize(m.group()))
            for m in word_regex(text).finditer(text)]


def normalize(token: str) -> str:
    """Return the comparison form of a token: lower case, straight quotes, ASCII dashes."""
    return token.translate(_QUOTE_TRANS).lower()


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """Return the Snowball (Porter2) stem of a normalised token; numbers and marks unchanged."""
    if not _ALPHA_RE.search(norm) or norm[0].isdigit():
        return norm
    return _stemmer().stem(norm)


def is_stopword(norm: str) -> bool:
    """Tell whether a normalised token is in presslens's own stopword list."""
    return norm in STOPWORDS


def is_punct(token: str) -> bool:
    """Tell whether a token is only punctuation."""
    return bool(_PUNCT_RE.match(token))


def number_value(token: str) -> float | None:
    """Return the number a token writes, or None.

    Args:
        token: a token such as ``"145"``, ``"1,200"``, ``"40-hour"``, ``"3.5%"`` or
            ``"seventeen"``; hyphenated number words (``"twenty-five"``) are summed.

    Returns:
        The value as a float, or None when the token is not a number.
    """
    m = _NUMERIC_RE.match(token)
    if m:
        digits = m.group(1)
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
            digits = digits.replace(",", "")
        elif "," in digits:
            digits = digits.split(",")[0]
        try:
            return float(digits)
        except ValueError:
            return None
    norm = normalize(token)
    if norm in NUMBER_WORDS:
        return float(NUMBER_WORDS[norm])
    parts = norm.split("-")
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        a, b = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if a >= 20 and a % 10 == 0 and 0 < b < 10:
            return float(a + b)
    return None
