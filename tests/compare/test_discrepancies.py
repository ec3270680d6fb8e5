"""Discrepancies: tolls, dates, times, ages, quantities and names that differ across outlets."""

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
    assert list(d.columns) == DISCREPANCY_COLUMNS
    toll = d[(d.kind == "toll") & (d.fact == "killed (militants)")].iloc[0]
    assert {toll.value_a.lower(), toll.value_b.lower()} == {"145 militants", "at least 145 militants"}
    assert toll.status == "hedge"
    hours = d[(d.kind == "quantity") & (d.fact == "hour")].iloc[0]
    assert {hours.value_a, hours.value_b} == {"nearly 40-hour-long", "40-hour"} and hours.status == "hedge"
    date = d[d.kind == "date"].iloc[0]
    assert (date.value_a, date.value_b) == ("February 1, 2026", "Feb 2")  # earlier publication first
    assert date.status == "publication"
    assert seed_story.article(SEED_002).text[date.start_a:date.end_a] == "February 1, 2026"
    name = d[d.kind == "name"].iloc[0]
    assert {name.value_a, name.value_b} == {"Sarfraz Bugti", "Sarfaraz Bugti"} and name.status == "spelling"
    for r in d[d.sent_id_a >= 0].itertuples():
        assert seed_story.article(r.article_id_a).text[r.start_a:r.end_a] == r.value_a
        assert seed_story.article(r.article_id_b).text[r.start_b:r.end_b] == r.value_b
        assert r.value_a in r.sentence_a and r.value_b in r.sentence_b
    # the same figures in both outlets make no row
    assert not d.fact.str.contains("security|civilians").any()


def _story(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_story(tmp_path)


def test_tolls_hedge_revision_conflict(tmp_path: Path) -> None:
    story = _story(tmp_path, {
        "a.txt": "A fire at the grain terminal killed 12 workers and injured 30 people on Monday, officials said.\n",
        "b.txt": "A fire at the grain terminal killed at least 12 workers and injured 41 people on Monday, officials "
                 "said.\n",
        "story.toml": '[[articles]]\nfile = "a.txt"\npublished = "2031-05-03"\n\n'
                      '[[articles]]\nfile = "b.txt"\npublished = "2031-05-04"\n',
    })
    d = discrepancies_table(story)
    killed = d[d.fact == "killed (civilians)"]
    injured = d[d.fact == "injured (people)"]
    assert killed.status.tolist() == ["hedge"]
    assert injured.status.tolist() == ["revision"]  # one count a day: an early and a later count
    r = injured.iloc[0]
    assert (r.value_a, r.value_b) == ("30 people", "41 people")
    assert r.by_outlet == "a (2031-05-03): 30; b (2031-05-04): 41"
    pub = d[d.status == "publication"].iloc[0]
    assert (pub.value_a, pub.value_b, pub.sent_id_a) == ("2031-05-03", "2031-05-04", -1)


def test_same_day_different_counts_conflict(tmp_path: Path) -> None:
    story = _story(tmp_path, {
        "a.txt": "A fire at the grain terminal in Port Varen killed 12 workers on Monday, officials said.\n",
        "b.txt": "A fire at the grain terminal in Port Varen killed 15 workers on Monday, officials said.\n",
        "c.txt": "A fire at the grain terminal in Port Varen killed more than 10 workers on Monday, officials said.\n",
    })
    r = discrepancies_table(story).query("kind == 'toll'").iloc[0]
    assert r.status == "conflict" and {r.value_a, r.value_b} <= {"12 workers", "15 workers", "more than 10 workers"}


def test_ages_and_aligned_quantities(tmp_path: Path) -> None:
    story = _story(tmp_path, {
        "a.txt": "Harbour Wire\n\nThe harbour master, Teodor Brask, 54, resigned after the grain terminal fire, "
                 "which destroyed 300 tonnes of wheat.\n",
        "b.txt": "Coastal Times\n\nHarbour master Teodor Brask, 56, resigned after the grain terminal fire, which "
                 "destroyed 450 tonnes of wheat.\n",
    })
    d = discrepancies_table(story)
    age = d[d.kind == "age"].iloc[0]
    assert age.fact == "age of Teodor Brask" and {age.value_a, age.value_b} == {"54", "56"}
    tonnes = d[(d.kind == "quantity") & (d.fact == "tonnes")].iloc[0]
    assert {tonnes.value_a, tonnes.value_b} == {"300 tonnes", "450 tonnes"} and tonnes.status == "conflict"


def test_nothing_differs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A fire killed 12 workers at the grain terminal on Monday.\n")
    (tmp_path / "b.txt").write_text("Twelve workers died at the grain terminal in a fire on Monday.\n")
    d = discrepancies_table(load_story(tmp_path))
    assert d.empty and list(d.columns) == DISCREPANCY_COLUMNS
    (tmp_path / "b.txt").unlink()
    assert discrepancies_table(load_story(tmp_path)).empty
