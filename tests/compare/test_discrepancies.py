"""Discrepancies: numbers, qualifiers, dates and names that differ across outlets."""

from __future__ import annotations

from pathlib import Path

from presslens.compare.discrepancies import DISCREPANCY_COLUMNS, discrepancies_table, number_facts
from presslens.compare.entities import entity_mentions
from presslens.compare.variants import name_variants
from presslens.corpus.story import load_story
from seed import SEED_000, SEED_002


def test_number_facts_units_and_qualifiers(seed_story) -> None:
    f = number_facts(seed_story)
    lede = f[(f.article_id == SEED_000) & (f.sent_id == 0)].set_index("value")
    assert lede.loc[145.0, "qualifier"] == "at least" and lede.loc[145.0, "unit_stem"] == "milit"
    assert lede.loc[40.0, "qualifier"] == "nearly" and lede.loc[40.0, "unit"] == "hour"
    assert lede.loc[50.0, "qualifier"] == "close to"
    kp = f[(f.article_id == SEED_002) & (f.sent_id == 5) & (f.value == 40.0)].iloc[0]
    assert kp.qualifier == ""  # "over 40 hours" is a duration, not a lower bound
    assert 2026.0 not in set(f.value)  # years in dates are not quantities


def test_seed_discrepancies(seed_story) -> None:
    d = discrepancies_table(seed_story, variants=name_variants(entity_mentions(seed_story)))
    q = d[d.kind == "qualifier"]
    militants = q[q.fact == "militants"].iloc[0]
    assert (militants.value_a, militants.value_b) == ("at least 145 militants", "145 militants")
    hours = q[q.fact == "hour"]
    assert set(zip(hours.qualifier_a, hours.qualifier_b)) == {("nearly", ""), ("nearly", "about")}
    assert {"about 40 hours", "40-hour"} <= set(hours.value_b)
    date = d[d.kind == "date"].iloc[0]
    assert (date.value_a, date.value_b) == ("Feb 2", "February 1, 2026")
    assert seed_story.article(SEED_002).text[date.start_b:date.end_b] == "February 1, 2026"
    name = d[d.kind == "name"].iloc[0]
    assert {name.value_a, name.value_b} == {"Sarfraz Bugti", "Sarfaraz Bugti"}
    for r in d[d.sent_id_a >= 0].itertuples():
        assert seed_story.article(r.article_id_a).text[r.start_a:r.end_a] == r.value_a
        assert r.value_a in r.sentence_a and r.value_b in r.sentence_b


def test_nothing_differs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A fire killed 12 workers at the grain terminal on Monday.\n")
    (tmp_path / "b.txt").write_text("Twelve workers died at the grain terminal in a fire on Monday.\n")
    d = discrepancies_table(load_story(tmp_path))
    assert d.empty and list(d.columns) == DISCREPANCY_COLUMNS
    (tmp_path / "b.txt").unlink()
    assert discrepancies_table(load_story(tmp_path)).empty
