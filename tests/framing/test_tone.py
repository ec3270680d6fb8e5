"""Tone: VADER sentence scores."""

from __future__ import annotations

import pandas as pd

from presslens.framing.tone import TONE_COLUMNS, plot_tone, score_sentence, tone_label, tone_summary, tone_table
from seed import SEED_002


def test_score_sentence() -> None:
    assert score_sentence("Militants killed 20 civilians in a horrific attack.")["compound"] < -0.5
    assert score_sentence("The talks were a great success.")["compound"] > 0.5
    assert score_sentence("Tuesday 12 March.") == {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}
    assert tone_label(0.05) == "positive" and tone_label(-0.05) == "negative" and tone_label(0.0) == "neutral"


def test_seed_tone(seed_story) -> None:
    t = tone_table(seed_story)
    assert list(t.columns) == TONE_COLUMNS and len(t) == 51
    r = t.iloc[0]
    assert seed_story.article(r.article_id).text[r.start:r.end] == r.sentence
    s = tone_summary(t)
    s2 = s[s.article_id == SEED_002].set_index("section")
    assert s2.loc["all", "sentences"] == 32 and s2.loc["risks", "sentences"] == 3
    assert s2.loc["headline", "mean_compound"] < -0.5
    fig = plot_tone(s, outlets=[a.label for a in seed_story.articles])
    assert [x.get_text() for x in fig.axes[0].get_xticklabels()][0] == "all"


def test_tone_summary_means_and_evidence() -> None:
    tone = pd.DataFrame({"outlet": ["A"] * 4 + ["B"], "article_id": ["a"] * 4 + ["b"],
                         "section": ["lede", "body", "body", "lede", "body"], "sent_id": [0, 1, 2, 3, 0],
                         "compound": [-0.5, 0.25, -0.5, 0.1, 0.0],
                         "label": ["negative", "positive", "negative", "positive", "neutral"],
                         "sentence": ["s0", "s1", "s2", "s3", "b0"]})
    s = tone_summary(tone)
    assert list(zip(s.article_id, s.section)) == [("a", "all"), ("a", "lede"), ("a", "body"), ("b", "all"),
                                                  ("b", "body")]
    a = s.iloc[0]
    assert (a.sentences, a.mean_compound, a.share_negative, a.share_positive) == (4, -0.1625, 0.5, 0.5)
    assert (a.most_negative_sent_id, a.most_negative) == (0, "s0")  # first of two equal minima
    assert s.iloc[2].most_negative_sent_id == 2 and s.iloc[4].mean_compound == 0.0


def test_score_sentence_repeats_are_identical() -> None:
    text = "Officials condemned the deadly attack."
    assert score_sentence(text) == score_sentence(text) and score_sentence(text)["compound"] < 0


def test_fixed_neutral_only_where_vader_itself_gives_neutral() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from presslens.framing.tone import fixed_neutral

    an = SentimentIntensityAnalyzer()
    cases = ["The committee met on Tuesday in the capital.",  # no lexicon word: skipped
             "Residents were 'disturbed' by the blasts.",  # quoted lexicon word (VADER strips the quote)
             "Officials counted 143 people.",  # "143" is a lexicon entry
             "The convoy left 🙂 at dawn.",  # emoji: VADER turns it into words
             "", "   ", "No.", "Kind of quiet."]
    for text in cases:
        full = an.polarity_scores(text)
        neutral = full == {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
        if fixed_neutral(text):
            assert neutral, text
    assert fixed_neutral(cases[0]) and not fixed_neutral(cases[1]) and not fixed_neutral(cases[2])
    assert not fixed_neutral(cases[3]) and not fixed_neutral("")


def test_scores_equal_vader_polarity_scores() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from presslens.framing.tone import score_sentence

    an = SentimentIntensityAnalyzer()
    for text in ["Militants killed 12 people, officials said.", "It was kind of good but very bad!!!",
                 "No survivors were found.", "The talks were NOT a failure.", "I love it 🙂 but", "  Calm.  ", "",
                 "Residents were 'disturbed' by the blasts."]:
        assert score_sentence(text) == an.polarity_scores(text), text


def test_scores_equal_vader_on_every_valence_rule() -> None:
    """Each rule of VADER's word valence (negation 1-3 words back, "never so", "without doubt",
    "no" before a lexicon word, boosters, ALL CAPS, idioms, "least", "but") scores as VADER does."""
    import random

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from presslens.framing.tone import score_sentence

    an = SentimentIntensityAnalyzer()
    cases = ["The mayor was not happy.", "The mayor was not very happy.", "The plan isn't at all good.",
             "It was never so good.", "Without doubt a great day.", "No good options and no hope remained.",
             "There was no or little support.", "The council was EXTREMELY angry at the BAD news.",
             "That was the bomb, said the coach.", "The kiss of death for the plan.", "It is the least bad option.",
             "At least the food was good.", "Very least good.", "It was kind of sad, but honest.",
             "He was sort of happy and somewhat proud.", "Nobody was hurt and nothing was lost."]
    words = ["not", "never", "so", "this", "without", "doubt", "no", "or", "nor", "very", "kind", "of", "sort",
             "least", "at", "but", "GOOD", "good", "bad", "hope", "the", "bomb", "kiss", "death", "isn't", "happy",
             "extremely", "Sad", "calm", "!", "?"]
    rng = random.Random(18)
    cases += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    for text in cases:
        assert score_sentence(text) == an.polarity_scores(text), text
