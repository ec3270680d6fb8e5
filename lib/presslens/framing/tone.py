"""Tone: VADER sentence scores per outlet and section.

VADER (Hutto & Gilbert 2014) with the lexicon packaged in ``vaderSentiment`` (no
download). Each analysed sentence gets ``compound`` (−1 … 1), and the shares of positive,
neutral and negative wording. A sentence none of whose VADER tokens (VADER's own tokenizer)
is in the lexicon, and without emoji, scores exactly compound 0, neu 1 in VADER's code, so it
is not sent through the rest of the analyser, which keeps long stories fast. VADER was built for social media; on news it mostly tracks violent and
emotive vocabulary ("killed", "attack" are negative), so compare outlets, not absolute values.
Scores are memoised per distinct sentence text (repeated boilerplate lines, reruns); tables
are built column-wise, summaries from index lists (no per-group pandas filtering). A
sentence's words are lower-cased once and VADER's word-valence rules (negation, "no",
boosters, idioms, "least") run on that list with the same arithmetic in the same order, so
the scores are VADER's to the last bit (tested against ``polarity_scores``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

#: Compound score at or above which a sentence is positive (VADER's authors' threshold).
POSITIVE = 0.05
#: Compound score at or below which a sentence is negative.
NEGATIVE = -0.05
#: Columns of :func:`tone_table`.
TONE_COLUMNS = ["article_id", "outlet", "section", "sent_id", "compound", "pos", "neu", "neg", "label", "start",
                "end", "sentence"]
#: Columns of :func:`tone_summary`.
SUMMARY_COLUMNS = ["outlet", "article_id", "section", "sentences", "mean_compound", "share_negative",
                   "share_positive", "most_negative_sent_id", "most_negative"]
#: Section value for the whole article in :func:`tone_summary`.
ALL_SECTIONS = "all"



@lru_cache(maxsize=1)
def _analyzer() -> "SentimentIntensityAnalyzer":
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


#: Distinct sentence texts whose scores are memoised.
SCORE_CACHE_SIZE = 1 << 15
_NEUTRAL = (0.0, 0.0, 1.0, 0.0)


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon: token (lower case) → mean valence of its human raters (−4 … 4).

    Returns:
        The packaged lexicon (shared, do not modify).
    """
    return _analyzer().lexicon


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    return frozenset(_analyzer().emojis)


def _senti_text(text: str) -> SentiText | None:
    """VADER's ``SentiText`` of a text without emoji (None for a text with emoji)."""
    from vaderSentiment.vaderSentiment import SentiText

    if not _emoji_chars().isdisjoint(text):
        return None
    return SentiText(text.strip())


def _neutral_words(words: list[str]) -> bool:
    return bool(words) and _analyzer().lexicon.keys().isdisjoint(w.lower() for w in words)


def fixed_neutral(text: str) -> bool:
    """Tell whether VADER's ``polarity_scores(text)`` is exactly compound 0, pos 0, neu 1, neg 0.

    It is when the text has no emoji (VADER replaces them by words) and at least one VADER
    token, none of them (lower-cased) in the lexicon: every valence is then 0 (see
    ``SentimentIntensityAnalyzer.sentiment_valence`` and ``score_valence``).

    Args:
        text: a sentence.

    Returns:
        True when the analyser can be skipped.
    """
    st = _senti_text(text)
    return st is not None and _neutral_words(st.words_and_emoticons)


class _Vader(NamedTuple):
    """VADER's word-valence constants (see ``vaderSentiment.vaderSentiment``)."""

    negate: frozenset[str]
    n_scalar: float
    c_incr: float
    booster: dict[str, float]
    special_cases: dict[str, float]


@lru_cache(maxsize=1)
def _vader() -> _Vader:
    """VADER's constants, read from the package on first use."""
    import vaderSentiment.vaderSentiment as vs

    return _Vader(frozenset(vs.NEGATE), vs.N_SCALAR, vs.C_INCR, vs.BOOSTER_DICT, vs.SPECIAL_CASES)


def _negated(low: str) -> bool:
    """VADER's ``negated([word])`` for one lower-cased word."""
    low = low.lower()
    return low in _vader().negate or "n't" in low


def _negation_check(valence: float, lows: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check`` on the lower-cased words (the same steps, no per-call lower-casing)."""
    N_SCALAR = _vader().n_scalar  # noqa: N806 - VADER's name

    if start_i == 0:
        if _negated(lows[i - (start_i + 1)]):
            valence = valence * N_SCALAR
    if start_i == 1:
        if lows[i - 2] == "never" and (lows[i - 1] == "so" or lows[i - 1] == "this"):
            valence = valence * 1.25
        elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
            valence = valence
        elif _negated(lows[i - (start_i + 1)]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if lows[i - 3] == "never" and (lows[i - 2] == "so" or lows[i - 2] == "this") or \
                (lows[i - 1] == "so" or lows[i - 1] == "this"):
            valence = valence * 1.25
        elif lows[i - 3] == "without" and (lows[i - 2] == "doubt" or lows[i - 1] == "doubt"):
            valence = valence
        elif _negated(lows[i - (start_i + 1)]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence: float, lows: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` on the lower-cased words (same sequences, same order)."""
    v = _vader()
    BOOSTER_DICT, SPECIAL_CASES = v.booster, v.special_cases  # noqa: N806 - VADER's names

    onezero = f"{lows[i - 1]} {lows[i]}"
    twoonezero = f"{lows[i - 2]} {lows[i - 1]} {lows[i]}"
    twoone = f"{lows[i - 2]} {lows[i - 1]}"
    threetwoone = f"{lows[i - 3]} {lows[i - 2]} {lows[i - 1]}"
    threetwo = f"{lows[i - 3]} {lows[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lows) - 1 > i:
        zeroone = f"{lows[i]} {lows[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lows) - 1 > i + 1:
        zeroonetwo = f"{lows[i]} {lows[i + 1]} {lows[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _lexicon_valence(words: list[str], lows: list[str], i: int, is_cap_diff: bool) -> float:
    """VADER's ``sentiment_valence`` of a lexicon word ``words[i]``, from the words lower-cased once.

    The same arithmetic in the same order as ``SentimentIntensityAnalyzer.sentiment_valence``
    (with its ``_negation_check``, ``_special_idioms_check`` and ``_least_check``), which
    lower-case the whole sentence several times per lexicon word.
    """
    from vaderSentiment.vaderSentiment import scalar_inc_dec

    v = _vader()
    C_INCR, N_SCALAR = v.c_incr, v.n_scalar  # noqa: N806 - VADER's names
    an = _analyzer()
    lexicon = an.lexicon
    item, low = words[i], lows[i]
    valence = lexicon[low]
    if low == "no" and i != len(words) - 1 and lows[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lows[i - 1] == "no") or (i > 1 and lows[i - 2] == "no") \
            or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in ["or", "nor"]):
        valence = lexicon[low] * N_SCALAR
    if item.isupper() and is_cap_diff:
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    for start_i in range(0, 3):
        if i > start_i and lows[i - (start_i + 1)] not in lexicon:
            s = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _negation_check(valence, lows, start_i, i)
            if start_i == 2:
                valence = _special_idioms_check(valence, lows, i)
    return an._least_check(valence, words, i)


def _polarity(st: SentiText) -> dict[str, float]:
    """VADER's ``polarity_scores`` for a text without emoji, from its ``SentiText``.

    The same steps as ``SentimentIntensityAnalyzer.polarity_scores`` after its emoji pass
    (which leaves a text without emoji unchanged, one character at a time): see
    :func:`_polarity_of_words`.
    """
    words = st.words_and_emoticons
    return _polarity_of_words(words, [w.lower() for w in words], st.is_cap_diff, st.text)


def _polarity_of_words(words: list[str], lows: list[str], is_cap_diff: bool, text: str) -> dict[str, float]:
    """VADER's scores from a text's VADER tokens: boosters and "kind of" score 0, a word outside
    the lexicon scores 0, every lexicon word goes through ``sentiment_valence``
    (:func:`_lexicon_valence`), then ``_but_check`` and ``score_valence`` on the stripped text.
    """
    BOOSTER_DICT = _vader().booster  # noqa: N806 - VADER's name
    an = _analyzer()
    lexicon = an.lexicon
    sentiments: list[float] = [0] * len(words)  # a booster, "kind of" or a word outside the lexicon: 0
    found = lexicon.keys() & set(lows)
    if found:
        last = len(words) - 1
        for i, low in enumerate(lows):
            if low in found and low not in BOOSTER_DICT and not (i < last and low == "kind" and lows[i + 1] == "of"):
                sentiments[i] = _lexicon_valence(words, lows, i, is_cap_diff)
    sentiments = an._but_check(words, sentiments)
    return an.score_valence(sentiments, text)


def _vader_tokens(text: str) -> tuple[list[str], list[str]]:
    """``SentiText(text).words_and_emoticons`` and the same words lower-cased."""
    from vaderSentiment.vaderSentiment import SentiText

    words = list(map(SentiText._strip_punc_if_word, text.split()))
    return words, [w.lower() for w in words]


@lru_cache(maxsize=SCORE_CACHE_SIZE)
def _scores(text: str) -> tuple[float, float, float, float]:
    """(compound, pos, neu, neg) of one sentence (see :func:`score_sentence`)."""
    from vaderSentiment.vaderSentiment import allcap_differential

    if not _emoji_chars().isdisjoint(text):
        s = _analyzer().polarity_scores(text)  # emoji: VADER's own path
        return s["compound"], s["pos"], s["neu"], s["neg"]
    stripped = text.strip()
    words, lows = _vader_tokens(stripped)
    if words and _analyzer().lexicon.keys().isdisjoint(lows):
        return _NEUTRAL
    s = _polarity_of_words(words, lows, allcap_differential(words), stripped)
    return s["compound"], s["pos"], s["neu"], s["neg"]


def score_sentence(text: str) -> dict[str, float]:
    """VADER scores of one sentence.

    Args:
        text: a sentence.

    Returns:
        ``{"compound", "pos", "neu", "neg"}``; a sentence with no lexicon word scores
        compound 0 and neu 1 without calling the analyser.
    """
    compound, pos, neu, neg = _scores(text)
    return {"compound": compound, "pos": pos, "neu": neu, "neg": neg}


def tone_label(compound: float) -> str:
    """Return positive, negative or neutral for a compound score."""
    return "positive" if compound >= POSITIVE else "negative" if compound <= NEGATIVE else "neutral"


@accepts_story
def tone_table(story: Story) -> pd.DataFrame:
    """VADER scores of every analysed sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet``; ``section``; ``sent_id``; ``compound``;
        ``pos``, ``neu``, ``neg`` (shares of the sentence's wording); ``label`` (positive
        ≥ 0.05, negative ≤ −0.05, else neutral); ``start``, ``end`` (the sentence's offsets
        in the article text); ``sentence``.
    """
    sents = sentences_table(story)
    if sents.empty:
        return pd.DataFrame([], columns=TONE_COLUMNS)
    labels = {a.article_id: a.label for a in story.articles}
    texts, arts = sents["text"].tolist(), sents["article_id"].tolist()
    compound, pos, neu, neg = (list(c) for c in zip(*map(_scores, texts)))
    return pd.DataFrame({"article_id": arts, "outlet": [labels[a] for a in arts],
                         "section": sents["section"].tolist(), "sent_id": sents["sent_id"].tolist(),
                         "compound": compound, "pos": pos, "neu": neu, "neg": neg,
                         "label": [tone_label(c) for c in compound], "start": sents["start"].tolist(),
                         "end": sents["end"].tolist(), "sentence": texts}, columns=TONE_COLUMNS)


def tone_summary(tone: pd.DataFrame) -> pd.DataFrame:
    """Mean tone per outlet, per section and for the whole article.

    Args:
        tone: a :func:`tone_table`.

    Returns:
        Columns: ``outlet``; ``article_id``; ``section`` (a section label or "all");
        ``sentences``; ``mean_compound``; ``share_negative``, ``share_positive`` (of the
        sentences); ``most_negative_sent_id`` and ``most_negative`` (the lowest-scoring
        sentence: the evidence). Sections in text order, "all" first.
    """
    comp = tone["compound"].to_numpy(dtype=np.float64)
    label, sent_id, sentence = tone["label"].tolist(), tone["sent_id"].tolist(), tone["sentence"].tolist()
    groups: dict[tuple, list[int]] = {}  # (outlet, article) -> row positions, as groupby(sort=False)
    for i, key in enumerate(zip(tone["outlet"].tolist(), tone["article_id"].tolist())):
        if not (pd.isna(key[0]) or pd.isna(key[1])):
            groups.setdefault(key, []).append(i)
    sections = tone["section"].tolist()
    rows = []
    for (outlet, art), idx in groups.items():
        parts: dict = {}
        for i in idx:
            if not pd.isna(sections[i]):
                parts.setdefault(sections[i], []).append(i)
        for section, ix in [(ALL_SECTIONS, idx), *parts.items()]:
            vals = comp[ix]  # a contiguous copy, summed as pandas does (numpy pairwise sum)
            worst = ix[int(vals.argmin())]
            n = len(ix)
            rows.append((outlet, art, section, n, float(vals.sum() / np.float64(n)),
                         sum(label[i] == "negative" for i in ix) / n, sum(label[i] == "positive" for i in ix) / n,
                         int(sent_id[worst]), sentence[worst]))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def plot_tone(summary: pd.DataFrame, *, outlets: list[str], title: str = "Tone (VADER compound) by outlet and section"
              ) -> "Figure":
    """Heatmap of mean compound tone: outlets × sections ("all" first).

    Args:
        summary: a :func:`tone_summary` table.
        outlets: outlet labels in display order (rows).
        title: figure title.

    Returns:
        The figure; sections in their usual order (mean position in the articles); grey
        cells are sections an outlet does not have; each cell shows the mean and the number
        of sentences.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    pos: dict[str, list[int]] = {}
    for _, g in summary[summary["section"] != ALL_SECTIONS].groupby("article_id", sort=False):
        for k, sec in enumerate(g["section"]):
            pos.setdefault(sec, []).append(k)
    sections = [ALL_SECTIONS, *sorted(pos, key=lambda x: sum(pos[x]) / len(pos[x]))]
    mean = summary.pivot_table(index="outlet", columns="section", values="mean_compound").reindex(
        index=outlets, columns=sections)
    count = summary.pivot_table(index="outlet", columns="section", values="sentences").reindex(
        index=outlets, columns=sections)
    fig, ax = plt.subplots(figsize=(1.1 * len(sections) + 3.2, 0.6 * len(outlets) + 2.0))
    grid = np.ma.masked_invalid(mean.to_numpy(dtype=float))
    cmap = plt.get_cmap("RdBu").with_extremes(bad="#eeeeee")
    im = ax.imshow(grid, aspect="auto", cmap=cmap, vmin=-1, vmax=1)
    ax.set_xticks(range(len(sections)), sections, rotation=30, ha="right", fontsize=9)
    ax.set_yticks(range(len(outlets)), [wrap_label(o) for o in outlets], fontsize=9)
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v = mean.iat[i, j]
            if pd.notna(v):
                ax.text(j, i, f"{v:+.2f}\n(n={int(count.iat[i, j])})", ha="center", va="center", fontsize=7)
    ax.axvline(0.5, color="black", lw=1)
    ax.set_xlabel("section")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    fig.colorbar(im, ax=ax, label="mean compound (−1 negative … +1 positive)", shrink=0.8)
    fig.tight_layout()
    return fig
