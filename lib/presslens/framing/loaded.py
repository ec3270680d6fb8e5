"""Loaded language: subjective and one-sided words, per outlet per 1,000 words, with their sentences.

Two sources (documented in :data:`presslens.lexicons.framing.LOADED_LANGUAGE`):

- a lexicon of loaded wording by category: epistemological verbs ("claimed", "admitted"),
  emotive verbs ("slammed", "boasted"), labelling nouns ("mob", "thugs"), ideological labels
  ("far-left", "woke"), subjective intensifiers ("utterly", "massive"), evaluative adjectives
  ("bizarre", "reckless") and emotive nouns ("fiasco", "power grab");
- the strong-valence words of VADER's human-rated lexicon (``sentiment word``), less the
  harm, conflict and courtesy words that news uses as plain report.

A capitalised match next to another capitalised word is part of a name ("Radical Road", "the
Mob Museum") and is left out, unless the sentence is in title case (a headline); a capitalised
word on its own is a proper adjective ("a Marxist plot", "Orwellian") and counts. A match inside quotation marks is the
speaker's word, not the outlet's: ``in_quote`` tells them apart. A word is only a cue: whether a
sentence is biased depends on what it says about whom, so read the evidence.

Speed: the category of each word is memoised as written, and a sentence none of whose words
has one skips the per-word pass.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.framing.frames import LexiconRegex, column_lists, compile_lexicon, lexicon_spans, ranked_counts
from presslens.lexicons.framing import (
    LOADED_CATEGORIES,
    LOADED_LANGUAGE,
    VADER_MIN_NEGATIVE,
    VADER_MIN_POSITIVE,
    VADER_NEUTRAL_NEWS_WORDS,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Columns of :func:`loaded_language_table`.
LOADED_COLUMNS = ["article_id", "outlet", "section", "sent_id", "term", "category", "in_quote", "start", "end",
                  "sentence"]
#: Columns of :func:`loaded_rates`.
RATE_COLUMNS = ["outlet", "article_id", "category", "n", "n_outlet_voice", "words", "per_1000", "terms"]
#: Category value of the all-categories row in :func:`loaded_rates`.
ALL_CATEGORIES = "all loaded language"
#: The category of VADER's strong-valence words.
SENTIMENT = "sentiment word"

_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_QUOTES = "\"“”«»"
#: "claimed responsibility", "claimed the lives of": the plain news sense of "claim".
_NEUTRAL_USE = re.compile(r"\s+(?:(?:full\s+|sole\s+)?responsibility|credit|ownership|the\s+lives|(?:\w+\s+)?lives|victory)\b",
                          re.IGNORECASE)
#: "hate crime", "hate speech", "hate group": legal and research terms, not the writer's emotion.
_LEGAL_HATE = re.compile(r"[\s-]+(?:crimes?|speech|groups?|incidents?)\b", re.IGNORECASE)
_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{3,}")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[LexiconRegex, dict[str, str]]:
    """The loaded-language lexicon compiled, and each pattern's category (on first use)."""
    patterns = {p: c for c, ps in LOADED_LANGUAGE.items() for p in ps}
    return compile_lexicon(patterns), patterns


@lru_cache(maxsize=1)
def _category_regexes() -> list[tuple[re.Pattern[str], str]]:
    from presslens.framing.frames import pattern_regex

    return [(re.compile(pattern_regex(ps)[:-len(r"(?![\w])")] + r"$", re.IGNORECASE), c)
            for c, ps in LOADED_LANGUAGE.items() if ps]


@lru_cache(maxsize=50_000)
def category_of(term: str) -> str:
    """The loaded-language category of a matched term (as written), or an empty string.

    Args:
        term: a lexicon match.

    Returns:
        The category of the first category (in :data:`LOADED_CATEGORIES` order) with a
        pattern matching the whole term.
    """
    key = re.sub(r"\s+", " ", term.lower())
    for rx, cat in _category_regexes():
        if rx.match(key):
            return cat
    return ""


@lru_cache(maxsize=4)
def sentiment_words(min_negative: float = VADER_MIN_NEGATIVE, min_positive: float = VADER_MIN_POSITIVE
                    ) -> frozenset[str]:
    """VADER lexicon words of strong valence that are loaded in news.

    Args:
        min_negative: smallest negative valence kept, as a positive number (valence <= -this).
        min_positive: smallest positive valence kept (praise is loaded only when strong).

    Returns:
        Lower-case words (letters, inner hyphens or apostrophes, at least 3 letters) with
        valence ``<= -min_negative`` or ``>= min_positive``, less
        :data:`~presslens.lexicons.framing.VADER_NEUTRAL_NEWS_WORDS`.
    """
    from presslens.framing.tone import vader_lexicon

    return frozenset(w for w, v in vader_lexicon().items()
                     if (v <= -min_negative or v >= min_positive) and len(w) >= 3 and _WORD.fullmatch(w)
                     and w == w.lower() and w not in VADER_NEUTRAL_NEWS_WORDS)


@lru_cache(maxsize=1)
def _single_words() -> dict[str, str]:
    """Single-word literal lexicon entries (no ``*``) → category."""
    return {p: c for c, ps in LOADED_LANGUAGE.items() for p in ps if " " not in p and "*" not in p}


#: Inflectional and derivational endings tried to reach a lexicon word: (ending, replacement).
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ably", "able"), ("ibly", "ible"), ("ily", "y"), ("ally", "al"), ("ly", ""), ("ly", "e"), ("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"),
    ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ness", ""), ("iness", "y"))


@lru_cache(maxsize=100_000)
def word_category(word: str) -> str:
    """The loaded category of one lower-case word not matched by the lexicon's patterns.

    A strong-valence VADER word is a ``sentiment word``; an inflected or derived form of a
    lexicon adjective, adverb or VADER word ("outrageously" from "outrageous", "smearing" from
    "smear") takes its base's category (adverbs of loaded adjectives are intensifiers);
    a hyphenated compound with a loaded part ("scandal-ridden", "often-incompetent") takes that
    part's category.

    Args:
        word: a word, lower case.

    Returns:
        The category, or an empty string.
    """
    sentiment = sentiment_words()
    if word in sentiment:
        return SENTIMENT
    if word in VADER_NEUTRAL_NEWS_WORDS or len(word) < 5:
        return ""
    single = _single_words()
    for end, rep in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[:-len(end)] + rep
            if base in VADER_NEUTRAL_NEWS_WORDS:
                return ""
            cat = single.get(base) or (SENTIMENT if base in sentiment else "")
            if cat:
                return "subjective intensifier" if end.endswith("ly") else cat
    if "-" in word:
        for part in word.split("-"):
            cat = single.get(part) or (SENTIMENT if part in sentiment else "")
            if cat:
                return cat
    return ""


#: :func:`word_category` of a word as written (memo: most words are looked up many times); emptied when large.
_WORD_CATEGORY: dict[str, str] = {}
#: Entries kept in the memo before it is emptied.
_MEMO_MAX = 100_000


def _title_case(text: str) -> bool:
    """A headline-style sentence: at least 80 % of its words of four letters or more are capitalised."""
    long = _LONG_WORD.findall(text)
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z][\w'’-]*")


def in_name(text: str, a: int, b: int) -> bool:
    """Tell whether the match ``text[a:b]`` is part of a multi-word name.

    "Radical Road", "the Mob Museum", "Fake News Awards" are names: a capitalised word next to
    another capitalised one; "a Marxist plot" or an "Orwellian" law is a proper adjective, loaded
    all the same; the first word of a sentence is capitalised anyway and is a name only when the
    next word is capitalised too.

    Args:
        text: the sentence.
        a: start of the match.
        b: end of the match.

    Returns:
        True when the match is part of a name.
    """
    before = text[:a]
    if before.strip(" \"“‘'(") == "":
        return bool(_CAP_AFTER.match(text, b))
    return bool(_CAP_BEFORE.search(before)) or bool(_CAP_AFTER.match(text, b))


def find_loaded(text: str, *, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """Find loaded words and phrases in one sentence.

    Args:
        text: a sentence.
        offset: added to spans.

    Returns:
        ``(category, term, start, end)`` in text order; ``term`` is the match in lower case
        with single spaces. Lexicon matches take precedence over sentiment words.
    """
    rx, _ = _lexicon()
    title = None
    found: list[tuple[int, int, str]] = []
    spans = lexicon_spans(rx, text)
    for a, b in spans:
        raw = text[a:b]
        if raw[0].isupper() and in_name(text, a, b):
            title = _title_case(text) if title is None else title
            if not title:
                continue
        cat = category_of(raw)
        if cat and not (raw.lower().startswith("claim") and _NEUTRAL_USE.match(text, b)) \
                and not (raw.lower() == "hate" and _LEGAL_HATE.match(text, b)):
            found.append((a, b, cat))
    taken = spans  # a lexicon match left out (a name, a plain "claimed responsibility") stays out
    memo = _WORD_CATEGORY
    cats = list(map(memo.get, _WORD.findall(text)))
    if None in cats:
        if len(memo) > _MEMO_MAX:
            memo.clear()
        cats = [memo[w] if w in memo else memo.setdefault(w, word_category(w.lower())) for w in _WORD.findall(text)]
    for m in (_WORD.finditer(text) if any(cats) else ()):
        cat = memo[m.group()]
        if not cat or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        w = m.group()
        if w[0].isupper() and in_name(text, m.start(), m.end()):
            title = _title_case(text) if title is None else title
            if not title:
                continue
        found.append((m.start(), m.end(), cat))
    return [(c, re.sub(r"\s+", " ", text[a:b].lower()), a + offset, b + offset) for a, b, c in sorted(found)]


@accepts_story
def loaded_language_table(story: Story) -> pd.DataFrame:
    """Every loaded word or phrase of the story, with its sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``sent_id``;
        ``term`` (lower case); ``category`` (see :data:`~presslens.lexicons.framing.LOADED_CATEGORIES`);
        ``in_quote`` (inside quotation marks: the speaker's word); ``start``, ``end``
        (offsets in the article text); ``sentence``. Empty with these columns when there is none.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows = []
    for art, sent_id, section, s, text in zip(*column_lists(sents, "article_id", "sent_id", "section", "start",
                                                            "text")):
        for cat, term, a, b in find_loaded(text, offset=s):
            quoted = sum(text.count(q, 0, a - s) for q in _QUOTES) % 2 == 1
            rows.append((art, labels[art], section, sent_id, term, cat, quoted, a, b, text))
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)


def loaded_rates(table: pd.DataFrame, words: pd.DataFrame, *, max_terms: int = 8) -> pd.DataFrame:
    """Loaded words per 1,000 words, per outlet and category.

    Args:
        table: a :func:`loaded_language_table`.
        words: a :func:`presslens.framing.frames.word_counts` table.
        max_terms: distinct terms listed per row.

    Returns:
        One row per outlet and category (every category listed, zeros included), plus the row
        ``all loaded language``. Columns: ``outlet``; ``article_id``; ``category``; ``n``
        (matches); ``n_outlet_voice`` (matches outside quotation marks); ``words`` (the
        outlet's words); ``per_1000`` (matches per 1,000 words); ``terms`` (distinct terms,
        most frequent first, ``;`` separated).
    """
    per_art: dict[tuple, int] = {}
    for art, outlet, n in zip(*column_lists(words, "article_id", "outlet", "words")):
        if not (pd.isna(art) or pd.isna(outlet)):
            per_art[(art, outlet)] = per_art.get((art, outlet), 0) + int(n)
    terms: dict[tuple, list] = {}
    voice: dict[tuple, int] = {}
    for art, cat, term, quoted in zip(*column_lists(table, "article_id", "category", "term", "in_quote")):
        for key in ((art, cat), (art, ALL_CATEGORIES)):
            terms.setdefault(key, []).append(term)
            voice[key] = voice.get(key, 0) + (not quoted)
    rows = []
    for (art, outlet), n in per_art.items():
        for cat in (*LOADED_CATEGORIES, ALL_CATEGORIES):
            ts = terms.get((art, cat), ())
            rows.append((outlet, art, cat, len(ts), voice.get((art, cat), 0), n, 1000 * len(ts) / n if n else 0.0,
                         ";".join(ranked_counts(ts)[:max_terms])))
    return pd.DataFrame(rows, columns=RATE_COLUMNS)


def plot_loaded_rates(rates: pd.DataFrame, *, outlets: list[str],
                      title: str = "Loaded language per 1,000 words") -> "Figure":
    """Stacked horizontal bars: loaded words per 1,000 words per outlet, by category.

    Args:
        rates: a :func:`loaded_rates` table.
        outlets: outlet labels in display order (top to bottom).
        title: figure title.

    Returns:
        The figure; each bar is labelled with the outlet's total rate.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    d = rates[rates["category"] != ALL_CATEGORIES]
    grid = d.pivot_table(index="outlet", columns="category", values="per_1000", aggfunc="mean").reindex(
        index=outlets, columns=list(LOADED_CATEGORIES)).fillna(0.0)
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(outlets) + 2.0))
    y = list(range(len(outlets)))[::-1]
    left = [0.0] * len(outlets)
    colours = plt.get_cmap("tab10")
    for k, cat in enumerate(LOADED_CATEGORIES):
        vals = grid[cat].tolist()
        ax.barh(y, vals, left=left, color=colours(k), label=cat)
        left = [a + b for a, b in zip(left, vals)]
    for yy, t in zip(y, left):
        ax.text(t, yy, f" {t:.0f}", va="center", fontsize=8)
    ax.set_yticks(y, [wrap_label(o) for o in outlets], fontsize=9)
    ax.set_xlim(0, max(left + [1.0]) * 1.15)
    ax.set_xlabel("loaded words per 1,000 words")
    ax.set_title(title, pad=30)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize=7, frameon=False)
    fig.tight_layout()
    return fig
