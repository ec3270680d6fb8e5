"""Sentence alignment: shared, partly shared and unique content; coverage matrix."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.compare.align import (
    ALIGNMENT_COLUMNS,
    COVERAGE_COLUMNS,
    UNIQUE_COLUMNS,
    coverage_matrix,
    coverage_pivot,
    sentence_alignment,
    sentence_status,
    similar_pairs,
    unique_content,
)
from presslens.corpus.story import load_story
from seed import SEED_000, SEED_002

MULTI = Path(__file__).parents[1] / "data" / "multi_outlet"


def _one_article(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Officials said a fire killed 12 workers.\n\nThe port reopened on Tuesday.\n",
                                    encoding="utf-8")
    return load_story(tmp_path)


def test_seed_unique_content(seed_story) -> None:
    u = unique_content(seed_story)
    only_000 = " ".join(u[u.article_id == SEED_000].text)
    for fact in ("female perpetrators", "human shields", "United States condemned", "Talal Chaudhry", "Khawaja Asif"):
        assert fact in only_000
    s002 = u[u.article_id == SEED_002]
    assert {"key_points", "risks"} <= set(s002[s002.kind == "section"].section)
    assert s002.text.str.contains("clearance operations").any()
    assert not u[u.article_id == SEED_002].text.str.contains("Talal Chaudhry").any()
    # shared facts are not "unique"
    assert not u.text.str.contains("seize control of any city").any()


def test_seed_status_and_scores(seed_story) -> None:
    st = sentence_status(seed_story).set_index(["article_id", "sent_id"])
    assert st.loc[(SEED_000, 13), "status"] == "shared"  # thwarted / repelled attempts to seize control
    assert st.loc[(SEED_000, 13), "best_score"] > 0.7
    assert st.loc[(SEED_000, 12), "status"] == "unique"
    al = sentence_alignment(seed_story, threshold=0.3)
    row = al[(al.article_id == SEED_000) & (al.sent_id == 5)].iloc[0]
    assert row.other_sent_id == 12 and row.match == "same"  # 17 personnel and 31 civilians
    assert seed_story.article(SEED_002).text[row.other_start:row.other_end] == row.other_text


def test_threshold_moves_sentences_out_of_shared(seed_story) -> None:
    loose = sentence_status(seed_story, threshold=0.2)
    strict = sentence_status(seed_story, threshold=0.6)
    assert (strict.status == "shared").sum() < (loose.status == "shared").sum()


def test_coverage_matrix_five_outlets() -> None:
    story = load_story(MULTI)
    cov = coverage_matrix(story)
    assert list(cov.columns) == COVERAGE_COLUMNS
    assert cov.outlet.nunique() == 5
    lede = cov[cov.unit_id == 0]
    assert lede.status.iat[0] == "shared" and set(lede.coverage) == {"same"}
    mayor = cov[cov.unit_text.str.contains("Mayor Ivan Reyes")]
    assert mayor.status.iat[0] == "partly shared" and mayor.n_outlets.iat[0] == 2
    grid = coverage_pivot(cov)
    assert grid.shape[1] == 5 and set(grid.to_numpy().ravel()) <= {0, 1, 2}
    ref = coverage_matrix(story, reference="Daily Ledger")
    assert ref.unit_article_id.iat[0] == "05_daily_ledger"


def test_one_article_story_gives_empty_tables(tmp_path: Path) -> None:
    story = _one_article(tmp_path)
    assert sentence_alignment(story).empty and list(sentence_alignment(story).columns) == ALIGNMENT_COLUMNS
    u = unique_content(story)
    assert u.empty and list(u.columns) == UNIQUE_COLUMNS
    assert set(sentence_status(story).status) == {"unique"}


@pytest.mark.parametrize("n", [2, 10])
def test_two_to_ten_outlets(tmp_path: Path, n: int) -> None:
    for i in range(n):
        extra = f"Outlet {i} alone reports that the harbour master resigned over item number {i}."
        (tmp_path / f"{i:02d}.txt").write_text(
            f"A fire at the grain terminal killed 12 workers on Monday, officials said.\n\n{extra}\n", encoding="utf-8")
    story = load_story(tmp_path)
    cov = coverage_matrix(story)
    assert cov.outlet.nunique() == n
    assert cov[cov.unit_id == 0].status.iat[0] == "shared"


def _brute_force(story, min_score: float) -> dict[tuple[int, int], float]:
    """Every pair's cosine from dense vectors (what the sparse search must find)."""
    import numpy as np

    from presslens.compare.align import MIN_SHARED_STEMS, _vectors

    v = _vectors(story)
    n = len(v.sents)
    dense = np.zeros((n, max(v.n_features, 1)))
    dense[v.rows, v.cols] = v.vals
    sim = dense @ dense.T
    shared = (dense > 0).astype(int) @ (dense > 0).astype(int).T
    return {(i, j): float(sim[i, j]) for i in range(n) for j in range(i + 1, n)
            if v.art[i] != v.art[j] and shared[i, j] >= MIN_SHARED_STEMS and sim[i, j] >= min_score - 1e-9}


@pytest.mark.parametrize("min_score", [0.05, 0.18, 0.3, 0.6])
def test_sparse_pairs_are_exact(min_score: float) -> None:
    story = load_story(MULTI)
    _, pairs = similar_pairs(story, min_score=min_score)
    got = {(int(i), int(j)): float(s) for i, j, s in zip(pairs.i, pairs.j, pairs.score)}
    want = _brute_force(story, min_score)
    assert set(got) == set(want)
    assert all(abs(got[k] - want[k]) < 1e-5 for k in got)


def test_coverage_has_no_empty_cells_and_names_the_missing(tmp_path: Path) -> None:
    lede = "A fire at the grain terminal in Port Varen killed 12 workers on Monday, officials said."
    texts = {
        "a.txt": f"Harbour Wire\n\n{lede}\n\nThe harbour master, Teodor Brask, said \"we lost good people\" at the quay.\n",
        "b.txt": f"Coastal Times\n\n{lede}\n\nInsurers expect claims to pass 40 million crowns after the blaze at the silo.\n",
        "c.txt": f"Evening Post\n\n{lede}\n\nThe port reopened on Thursday and ferries ran on their usual timetable again.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    story = load_story(tmp_path)
    cov = coverage_matrix(story)
    assert set(cov.coverage) <= {"same", "related"}
    unique = cov[cov.status == "unique"]
    assert len(unique) == unique.unit_id.nunique()  # one row: the one outlet that has it
    labels = [a.label for a in story.articles]
    row = unique[unique.text.str.contains("Insurers")].iloc[0]
    assert set(row.missing.split("; ")) == set(labels) - {row.outlet}
    u = unique_content(story)
    assert u.groupby("article_id")["rank"].min().eq(1).all()
    brask = u[u.text.str.contains("Brask")].iloc[0]
    assert brask.has_quote and brask.has_person and not brask.has_number and brask.weight == 2
    insurers = u[u.text.str.contains("Insurers")].iloc[0]
    assert insurers.has_number and insurers.weight == 1


def test_two_articles_of_one_outlet_count_once(tmp_path: Path) -> None:
    shared = "A fire at the grain terminal in Port Varen killed 12 workers on Monday, officials said."
    own = "The harbour master resigned on Tuesday after a heated meeting with the dock workers' union."
    (tmp_path / "a.txt").write_text(f"{shared}\n\n{own}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{shared}\n\n{own}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"{shared}\n", encoding="utf-8")
    (tmp_path / "story.toml").write_text('[[articles]]\nfile = "a.txt"\noutlet = "Harbour Wire"\n\n'
                                         '[[articles]]\nfile = "b.txt"\noutlet = "The Harbour Wire"\n', encoding="utf-8")
    story = load_story(tmp_path)
    st = sentence_status(story).set_index(["article_id", "sent_id"])
    assert st.loc[("a", 0), "status"] == "shared" and st.loc[("a", 0), "n_outlets"] == 2
    assert st.loc[("a", 1), "n_outlets"] == 1  # told twice, by one outlet
    assert unique_content(story).text.str.contains("harbour master").any()
