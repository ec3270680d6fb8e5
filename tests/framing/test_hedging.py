"""Hedging and certainty markers."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.framing.frames import word_counts
from presslens.framing.hedging import HEDGE_COLUMNS, find_hedges, hedge_rates, hedges_table
from seed import SEED_000, SEED_002


def _markers(text):
    return [(g, m) for g, m, _, _ in find_hedges(text)]


def test_find_hedges_rules() -> None:
    assert _markers("The claim could not be independently verified.") == [
        ("unverified", "could not be independently verified")]
    assert _markers("At least 145 were reportedly killed over about 40 hours.") == [
        ("approximation", "at least"), ("reported", "reportedly"), ("approximation", "about")]
    assert _markers("They talked about the attack in May.") == []
    assert _markers("Talks may resume.") == [("modal", "may")]


def test_seed_hedges(seed_story) -> None:
    t = hedges_table(seed_story)
    assert list(t.columns) == HEDGE_COLUMNS
    unv = t[t.group == "unverified"]
    assert list(unv.article_id) == [SEED_000] and unv.iloc[0].marker == "could not be independently verified"
    r = unv.iloc[0]
    assert seed_story.article(SEED_000).text[r.start:r.end] == "could not be independently verified"
    rates = hedge_rates(t, word_counts(seed_story)).set_index(["article_id", "group"])
    row = rates.loc[(SEED_000, "unverified")]
    assert row.n == 1 and row.per_1000 == pytest.approx(1000 / row.words)
    assert rates.loc[(SEED_002, "modal"), "n"] >= 2  # "could", "may" in the Risks bullets
    assert rates.loc[(SEED_002, "unverified"), "n"] == 0


def test_hedge_rates_groups_and_marker_order() -> None:
    hedges = pd.DataFrame({"article_id": ["a"] * 5 + ["b"], "group": ["modal", "modal", "certainty", "modal",
                                                                     "reported", "modal"],
                           "marker": ["may", "could", "confirmed", "could", "reportedly", "may"]})
    words = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["A", "A", "B"], "section": ["lede", "body", "body"],
                          "words": [100, 300, 0]})
    r = hedge_rates(hedges, words).set_index(["article_id", "group"])
    assert len(r) == 2 * 7
    assert (r.loc[("a", "modal"), "n"], r.loc[("a", "modal"), "words"]) == (3, 400)
    assert r.loc[("a", "modal"), "per_1000"] == 7.5 and r.loc[("a", "modal"), "markers"] == "could;may"
    assert r.loc[("a", "all hedges"), "n"] == 4 and r.loc[("a", "all hedges"), "markers"] == "could;may;reportedly"
    assert r.loc[("a", "certainty"), "markers"] == "confirmed" and r.loc[("a", "belief"), "markers"] == ""
    assert r.loc[("b", "modal"), "per_1000"] == 0.0  # no words: no rate, no crash


def test_find_hedges_unicode_text() -> None:
    # curly quotes and accents take the fast path; "İ" falls back to the case-insensitive regex
    assert _markers("“Reportedly,” the café may close.") == [("reported", "reportedly"), ("modal", "may")]
    assert _markers("İt may be so; it is believed.") == [("modal", "may"), ("belief", "it is believed")]
