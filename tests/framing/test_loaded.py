"""Loaded language: lexicon categories, VADER sentiment words, names, quotes, rates."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.corpus.story import load_story
from presslens.framing.frames import word_counts
from presslens.framing.loaded import (
    ALL_CATEGORIES,
    LOADED_COLUMNS,
    RATE_COLUMNS,
    find_loaded,
    in_name,
    loaded_language_table,
    loaded_rates,
    plot_loaded_rates,
    sentiment_words,
    word_category,
)
from presslens.lexicons.framing import LOADED_CATEGORIES, LOADED_LANGUAGE, VADER_NEUTRAL_NEWS_WORDS


def _found(text: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t, _, _ in find_loaded(text)]


def test_lexicon_patterns_are_unique_and_categories_listed() -> None:
    seen: dict[str, str] = {}
    for cat, patterns in LOADED_LANGUAGE.items():
        assert cat in LOADED_CATEGORIES
        for p in patterns:
            assert seen.setdefault(p, cat) == cat, f"{p!r} in {seen[p]} and {cat}"


def test_categories() -> None:
    assert _found("The senator slammed the plan.") == [("emotive verb", "slammed")]
    assert _found("She claimed the audit was a witch hunt.") == [
        ("epistemological verb", "claimed"), ("emotive noun", "witch hunt")]
    assert ("labelling noun", "mob") in _found("A mob gathered outside the depot.")
    assert ("ideological label", "far-left") in _found("The far-left council voted again.")
    assert ("evaluative adjective", "bizarre") in _found("It was a bizarre decision.")
    assert _found("The council met on Tuesday to discuss the budget.") == []
    # the plain news sense of "claim" is no doubt cast on anyone
    assert _found("The Varn Front claimed responsibility for the raid.") == []
    assert _found("The floods claimed 40 lives.") == []
    assert _found("Police treat it as a hate crime.") == [] and _found("Their hate was plain.") == [("emotive noun", "hate")]


def test_sentiment_words_leave_out_plain_news_report() -> None:
    words = sentiment_words()
    assert "horrendous" in words or "horrible" in words  # strong negative valence
    assert not words & VADER_NEUTRAL_NEWS_WORDS
    assert "killed" not in words and "peaceful" not in words  # a fact; mild praise
    assert _found("Three people were killed and two injured in the crash.") == []


def test_inflections_and_compounds() -> None:
    assert word_category("outrageously") == "subjective intensifier"  # adverb of a loaded adjective
    assert word_category("smears") == "emotive verb"  # "smear" is in the lexicon
    assert word_category("ludicrously") == "subjective intensifier"
    assert word_category("scandal-ridden") == "emotive noun"
    assert word_category("table") == "" and word_category("killings") == ""


def test_names_are_left_out_but_proper_adjectives_count() -> None:
    assert _found("Crowds walked down Radical Road in Tembury.") == []
    assert ("ideological label", "marxist") in _found("He called it a Marxist plot.")
    text = "Visitors toured the Mob Museum."
    a = text.index("Mob")
    assert in_name(text, a, a + 3) and _found(text) == []
    assert ("emotive verb", "slams") in _found("Mayor Slams Council Over Bizarre Tram Plan")  # a headline


def _story(tmp_path, text: str):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return load_story(tmp_path)


def test_table_offsets_quotes_and_rates(tmp_path) -> None:
    s = _story(tmp_path, "Tram plan row\n\nThe mayor slammed the plan. "
                         "\"It is a disgraceful fiasco,\" a resident said. The council met again.\n")
    t = loaded_language_table(s)
    assert list(t.columns) == LOADED_COLUMNS
    text = s.articles[0].text
    assert all(text[a:b].lower() == term for a, b, term in zip(t.start, t.end, t.term))
    by = dict(zip(t.term, t.in_quote))
    assert not bool(by["slammed"])
    assert bool(by["fiasco"]) and bool(by["disgraceful"])
    r = loaded_rates(t, word_counts(s))
    assert list(r.columns) == RATE_COLUMNS
    assert set(r.category) == {*LOADED_CATEGORIES, ALL_CATEGORIES}
    tot = r.set_index("category").loc[ALL_CATEGORIES]
    assert tot.n == len(t) and tot.n_outlet_voice == 1
    assert tot.per_1000 == pytest.approx(1000 * len(t) / tot.words)
    fig = plot_loaded_rates(r, outlets=[s.articles[0].label])
    assert fig.axes[0].get_xlabel() == "loaded words per 1,000 words"


def test_empty_table_has_columns(tmp_path) -> None:
    t = loaded_language_table(_story(tmp_path, "Floods hit the valley.\n\nRoads were closed.\n"))
    assert t.empty and list(t.columns) == LOADED_COLUMNS
    r = loaded_rates(t, pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "section": ["body"], "words": [10]}))
    assert (r.n == 0).all()


def test_seed_story(seed_story) -> None:
    t = loaded_language_table(seed_story)
    assert {"claimed", "baseless"} <= set(t.term)
    baseless = t[t.term == "baseless"]
    assert baseless.in_quote.all()  # the spokesperson's word, not the outlet's
