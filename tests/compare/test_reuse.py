"""Text reuse: maximal runs of identical words between two articles."""

from __future__ import annotations

from pathlib import Path

from presslens.compare.reuse import REUSE_COLUMNS, shared_runs, text_reuse
from presslens.corpus.story import load_story
from seed import SEED_000, SEED_002


def test_shared_runs_are_maximal() -> None:
    a = "x y a b c d e f g h i j z".split()
    b = "q a b c d e f g h i j r s".split()
    assert shared_runs(a, b, min_run=8) == [(2, 1, 10)]
    assert shared_runs(a, b, min_run=11) == []
    assert shared_runs(a[:5], b, min_run=8) == []


def test_seed_reuse_spans_point_into_both_texts(seed_story) -> None:
    r = text_reuse(seed_story)
    assert list(r.columns) == REUSE_COLUMNS
    row = r[r.text.str.contains("seize control")].iloc[0]
    assert row.n_words == 9
    assert seed_story.article(SEED_000).text[row.start:row.end] == "to seize control of any city or strategic installation"
    assert seed_story.article(SEED_002).text[row.other_start:row.other_end] == row.text
    assert r.n_words.max() == 12  # "greater autonomy and a larger share of the province's natural resources"


def test_no_reuse_gives_empty_table(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A fire killed twelve dock workers at the grain terminal on Monday morning.\n")
    (tmp_path / "b.txt").write_text("Twelve people died when flames swept through the port's silo in the early hours.\n")
    r = text_reuse(load_story(tmp_path))
    assert r.empty and list(r.columns) == REUSE_COLUMNS


def test_text_reuse_finds_every_pair_as_the_pairwise_scan_would(tmp_path: Path) -> None:
    wire = "The harbour authority said the northern pier would stay closed until engineers finished their survey"
    (tmp_path / "a.txt").write_text(f"Kestrel Daily reports. {wire}. Nothing else here today.\n")
    (tmp_path / "b.txt").write_text(f"Morning Lark notes rain. {wire}, officials added. {wire}.\n")
    (tmp_path / "c.txt").write_text("An unrelated story about a village fete and its prize marrows won by a baker.\n")
    (tmp_path / "d.txt").write_text(f"{wire} on Tuesday.\n")
    st = load_story(tmp_path)
    r = text_reuse(st)
    from presslens.corpus.tables import tokens_table

    toks = tokens_table(st)
    words = {a: g.norm.tolist() for a, g in toks[~toks.is_punct].groupby("article_id", sort=False)}
    ids = [a.article_id for a in st.articles]
    expected = sorted((x, y, n) for k, x in enumerate(ids) for y in ids[k + 1:]
                      for _, _, n in shared_runs(words[x], words[y]))
    assert sorted(zip(r.article_id, r.other_article_id, r.n_words)) == expected
    assert len(expected) >= 4  # a-b twice (b repeats the wire line), a-d, b-d twice
    for row in r.itertuples():
        assert st.article(row.article_id).text[row.start:row.end].lower().split()[:3] == \
            st.article(row.other_article_id).text[row.other_start:row.other_end].lower().split()[:3]
