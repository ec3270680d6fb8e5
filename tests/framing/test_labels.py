"""Actor labels and their modifiers."""

from __future__ import annotations

from presslens.corpus.story import load_story
from presslens.framing.labels import (
    LABEL_COLUMNS,
    actor_labels_table,
    find_labels,
    label_counts,
)
from seed import SEED_000, SEED_002


def _labels(text):
    return [(f["label"], f["form"], f["modifiers"]) for f in find_labels(text)]


def test_find_labels_rules() -> None:
    assert _labels("The banned Baloch Liberation Army claimed it.") == [("Baloch Liberation Army", "name", "banned")]
    assert _labels("Iran-backed rebels attacked insurgent networks.") == [
        ("rebels", "noun", "Iran-backed"), ("insurgent networks", "compound", "")]
    assert _labels("Militant attacks rose.") == [("militants", "adjective", "")]
    assert _labels("The Republican Party met in Ohio.") == []
    assert _labels("Radical Islamic terrorism was discussed.") == [("radicals", "adjective", "")]


def test_names_need_a_group_cue_of_their_own() -> None:
    # a university team, a book title, a title and a state police are no armed groups
    assert _labels("He studied at Dunmore State before the war.") == []
    assert _labels("Her book, United States of Jihad, sold well.") == []
    assert _labels("The Secretary of State met the envoy.") == []
    assert [(f["label"], f["category"]) for f in find_labels("The Tarvia State Police arrested him.")] == [
        ("Tarvia State Police", "state forces")]
    # sentence-initial function words are not part of the name
    assert [f["label"] for f in find_labels("With the Islamic State gone, the Taliban regrouped.")] == [
        "Islamic State", "Taliban"]


def test_seed_labels(seed_story) -> None:
    t = actor_labels_table(seed_story)
    assert list(t.columns) == LABEL_COLUMNS
    nouns = t[t.form.isin(["noun", "compound", "name"])]
    lab0 = set(nouns[nouns.article_id == SEED_000].label)
    lab2 = set(nouns[nouns.article_id == SEED_002].label)
    assert {"militants", "insurgents", "attackers"} <= lab0 and "insurgent networks" not in lab0
    assert {"militants", "insurgent networks"} <= lab2
    isp = t[(t.article_id == SEED_002) & (t.modifiers == "Indian-sponsored")].iloc[0]
    assert isp.label == "militants" and isp.in_quote and isp.attributed_to == "federal military"
    bla = t[t.label == "Baloch Liberation Army"]
    assert set(bla[bla.article_id == SEED_000].modifiers) == {"separatist", ""}
    assert set(bla[bla.article_id == SEED_002].modifiers) == {"banned"}
    r = bla.iloc[0]
    assert seed_story.article(r.article_id).text[r.start:r.end] == "Baloch Liberation Army"
    wide = label_counts(t, outlets=[a.label for a in seed_story.articles])
    assert wide.loc[("armed group", "militants"), "Daijiworld Media Network"] >= 5
    assert "Indian-sponsored" in wide.loc[("armed group", "militants"), "modifiers"]


def test_no_labels(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Floods hit the valley.\n\nRoads were closed.\n", encoding="utf-8")
    t = actor_labels_table(load_story(tmp_path))
    assert t.empty and list(t.columns) == LABEL_COLUMNS
    assert label_counts(t, outlets=["x"]).empty


def test_gate_keeps_cut_tokens() -> None:
    # tokens cut out of a longer letter run are still found (the gate never hides a label)
    assert [(f["label"], f["text"]) for f in find_labels("5thmilitants attacked")] == [("militants", "militants")]
    assert [(f["label"], f["text"], f["start"]) for f in find_labels("They said the ARMYN'T came", offset=3)] == [
        ("army", "ARMY", 17)]
