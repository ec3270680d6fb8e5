"""Tone: VADER sentence scores."""

from __future__ import annotations

from conftest import SEED_002
from presslens.tone import TONE_COLUMNS, plot_tone, score_sentence, tone_label, tone_summary, tone_table


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
