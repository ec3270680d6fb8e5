"""Distinctive terms: weighted log-odds with an informative Dirichlet prior."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import presslens.framing.keyness as keyness
from presslens.corpus.story import load_story
from presslens.framing.keyness import (
    TERM_COLUMNS,
    distinctive_terms,
    log_odds_z,
    plot_terms,
    term_occurrences,
    top_terms,
)
from seed import SEED_000, SEED_002


def _one_article(tmp_path):
    (tmp_path / "a.txt").write_text("Militants attacked the base.\n\nSoldiers killed five militants.\n", encoding="utf-8")
    return load_story(tmp_path)


def test_log_odds_sign_and_symmetry() -> None:
    yi, yj = np.array([10.0, 1.0, 5.0]), np.array([1.0, 10.0, 5.0])
    prior = 0.1 * (yi + yj)
    d, z = log_odds_z(yi, yj, prior)
    assert d[0] > 0 > d[1] and z[0] > 0 > z[1]
    assert z[0] == pytest.approx(-z[1]) and abs(z[2]) < 1e-9


def test_occurrence_views(seed_story) -> None:
    occ = term_occurrences(seed_story)
    words = set(occ[occ.view == "words"].term)
    assert "militants" in words and "the" not in words and "145" not in words
    assert "145" in set(occ[occ.view == "numbers"].term)
    bigrams = set(occ[occ.view == "bigrams"].term)
    assert "security forces" in bigrams and "of the" not in bigrams
    art = {a.article_id: a.text for a in seed_story.articles}
    r = occ[(occ.view == "bigrams") & (occ.term == "clearance operations")].iloc[0]
    assert art[r.article_id][r.start:r.end].lower() == "clearance operations"


def test_distinctive_terms_seed(seed_story) -> None:
    t = distinctive_terms(seed_story, min_count=2)
    assert list(t.columns) == TERM_COLUMNS
    w = t[(t.view == "words") & (t.comparison == "rest")]
    ops = w[(w.article_id == SEED_002) & (w.term == "operations")].iloc[0]
    assert ops["count"] == 9 and ops["count_other"] == 0 and ops["z"] > 1.5
    # the other outlet never writes it, and not so much less that it "avoids" it: no row
    assert w[(w.article_id == SEED_000) & (w.term == "operations")].empty
    assert (t["count"] > 0).all() or (t[t["count"] == 0].distinctive == "avoided").all()
    alleged = w[(w.article_id == SEED_000) & (w.term == "alleged")].iloc[0]
    assert alleged["z"] > 0 and "alleged" in alleged["sentence"]
    assert (t["count"] + t["count_other"] >= 2).all()
    top = top_terms(t, view="numbers", n_terms=3)
    assert top.iloc[0]["term"] == "145" and top.iloc[0]["outlet"] == "by Avery Klein"


def _three_outlets(tmp_path, *, n_floods: int):
    """A story of three outlets; the first writes "flood" in n_floods sentences, the others never."""
    plain = "Crews cleared the road near the river bank. Residents waited at the school hall."
    tmp_path.mkdir()
    texts = [" ".join(["The flood reached the mill."] * n_floods + [plain] * 10),
             " ".join([plain] * 40 + ["Buses ran late."]), " ".join([plain] * 40 + ["Shops opened late."])]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(f"Valley news {i}\nOutlet{i} Daily, 2024-05-0{i + 1}\n\n{text}\n",
                                           encoding="utf-8")
    return load_story(tmp_path)


def test_unused_terms_only_when_avoided(tmp_path) -> None:
    many = distinctive_terms(_three_outlets(tmp_path / "many", n_floods=40), views=("words",))
    flood = many[many.term == "flood"]
    # the two outlets that never write it avoid it (z <= -1.96): rows with count 0
    assert len(flood) == 3 and (flood.sort_values("count")["count"].tolist()[:2] == [0, 0])
    assert (flood[flood["count"] == 0].distinctive == "avoided").all()
    few = distinctive_terms(_three_outlets(tmp_path / "few", n_floods=2), views=("words",))
    flood = few[few.term == "flood"]
    assert len(flood) == 1 and flood["count"].iloc[0] == 2  # two uses: nobody "avoids" it


def test_reference_comparison_and_errors(seed_story) -> None:
    t = distinctive_terms(seed_story, reference="by Avery Klein")
    assert set(t.comparison) == {"rest", "by Avery Klein"}
    assert set(t[t.comparison == "by Avery Klein"].outlet) == {"Daijiworld Media Network"}
    with pytest.raises(ValueError, match="not in the story"):
        distinctive_terms(seed_story, reference="Nobody")


def test_one_article_gives_empty_table(tmp_path) -> None:
    t = distinctive_terms(_one_article(tmp_path))
    assert t.empty and list(t.columns) == TERM_COLUMNS


def test_plot_has_a_panel_per_outlet(seed_story) -> None:
    t = distinctive_terms(seed_story)
    outlets = [f"Outlet number {i} with a rather long name" for i in range(8)]
    fig = plot_terms(top_terms(t, n_terms=5), outlets=outlets)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 8 and all(ax.get_title() for ax in visible)
    assert "no distinctive term" in [tx.get_text() for tx in visible[0].texts]


def test_sorted_terms_fast_and_general_paths() -> None:
    terms, idx = keyness._sorted_terms(["b", "a", "b", "c"])
    assert terms == ["a", "b", "c"] and idx.tolist() == [1, 0, 1, 2]
    terms, idx = keyness._sorted_terms(["a", "b c", "b d"])
    assert terms == ["a", "b c", "b d"] and idx.tolist() == [0, 1, 2]


def test_log_odds_on_a_subset_of_terms_is_exact() -> None:
    yi, yj = np.array([[3.0, 0.0, 1.0, 7.0]]), np.array([[1.0, 2.0, 0.0, 4.0]])
    prior = 0.1 * (yi[0] + yj[0])
    full_d, full_z = log_odds_z(yi[0], yj[0], prior)
    sub = np.array([0, 3])
    d, z = keyness._log_odds_z(yi[:, sub], yj[:, sub], prior[sub], n_i=yi.sum(axis=1, keepdims=True),
                               n_j=yj.sum(axis=1, keepdims=True), a0=prior.sum())
    assert d[0].tolist() == full_d[sub].tolist() and z[0].tolist() == full_z[sub].tolist()


def test_str_column() -> None:
    col = keyness._str_column(["x", "", "yz"], np.array([2, 0, 1, 2]))
    s = pd.Series(col)
    assert s.tolist() == ["yz", "x", "", "yz"] and s.dtype == pd.Series(["a"]).dtype


def test_occurrences_row_order_and_spans(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Security forces attacked 12 posts.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Forces left.\n", encoding="utf-8")
    st = load_story(tmp_path)
    occ = term_occurrences(st)
    a = occ[occ.outlet == st.articles[0].label]
    assert list(zip(a.view, a.term)) == [("words", "security"), ("words", "forces"), ("bigrams", "security forces"),
                                         ("words", "attacked"), ("bigrams", "forces attacked"), ("numbers", "12"),
                                         ("words", "posts")]
    text = st.articles[0].text
    assert [text[s:e] for s, e in zip(a.start, a.end)][2] == "Security forces"


def test_same_tables_with_plain_token_storage(seed_story, monkeypatch) -> None:
    expected = distinctive_terms(seed_story, reference="by Avery Klein"), term_occurrences(seed_story)
    real = keyness.tokens_table

    def plain(story):  # the tokens table without compact storage: str columns, int64
        t = real(story)
        return t.astype({c: str for c in ("article_id", "text", "norm", "stem")}
                        | {c: "int64" for c in ("sent_id", "tok_id", "start", "end")})

    monkeypatch.setattr(keyness, "tokens_table", plain)
    keyness._story_views.cache_clear()
    try:
        got = distinctive_terms(seed_story, reference="by Avery Klein"), term_occurrences(seed_story)
    finally:
        keyness._story_views.cache_clear()
    pd.testing.assert_frame_equal(got[0], expected[0])
    pd.testing.assert_frame_equal(got[1], expected[1])
