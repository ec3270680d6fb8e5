"""Actors and places by capitalisation rules, titles and a gazetteer."""

from __future__ import annotations

from presslens.compare.entities import (actors_table, entity_mentions, find_mentions, lower_vocabulary,
                                        name_vocabulary, resolve_mentions)
from presslens.compare.variants import name_groups
from presslens.corpus.tokenize import sentence_spans
from seed import SEED_000, SEED_002


def _find(text: str):
    return find_mentions(text, sentences=sentence_spans(text), lower_vocab=lower_vocabulary([text]))


def test_titles_before_and_after_names() -> None:
    text = ("Balochistan Chief Minister Sarfraz Bugti said 17 people died. Randhir Jaiswal, a spokesperson for the "
            "Indian Foreign Ministry, spoke. Pakistan's junior interior minister Talal Chaudhry said more.")
    by_name = {m.name: m for m in _find(text)}
    assert by_name["Sarfraz Bugti"].kind == "person" and by_name["Sarfraz Bugti"].title == "Balochistan Chief Minister"
    assert by_name["Randhir Jaiswal"].title == "spokesperson for the Indian Foreign Ministry"
    assert by_name["Talal Chaudhry"].title == "Pakistan's junior interior minister"
    assert by_name["Indian Foreign Ministry"].kind == "organisation"
    assert text[by_name["Sarfraz Bugti"].start:by_name["Sarfraz Bugti"].end] == "Sarfraz Bugti"


def test_sentence_openers_and_lists() -> None:
    text = ("Militants attacked Quetta, Gwadar and Noshki districts. Sustained violence followed. "
            "The militants fled. Meanwhile, the Baloch Liberation Army claimed it.")
    found = {m.name: m.kind for m in _find(text)}
    assert "Militants" not in found and "Sustained" not in found and "Meanwhile" not in found
    assert found["Gwadar"] == "place" and found["Noshki"] == "place"
    assert found["Baloch Liberation Army"] == "organisation"


def test_seed_actors_per_outlet(seed_story) -> None:
    m = entity_mentions(seed_story)
    row = m[(m.article_id == SEED_002) & (m.mention == "Bugti")].iloc[0]
    assert row.entity == "Sarfaraz Bugti" and row.kind == "person"  # surname resolved within the article
    actors = actors_table(m, groups=name_groups(m))
    for name in ("Talal Chaudhry", "Khawaja Asif"):
        rows = actors[actors.actor == name]
        assert rows.article_id.tolist() == [SEED_000] and rows.kind.iat[0] == "person"
    bugti = actors[actors.actor == "Sarfaraz Bugti"]
    assert set(bugti.entity) == {"Sarfraz Bugti", "Sarfaraz Bugti"} and (bugti.n_outlets == 2).all()
    us = actors[actors.actor == "United States"]
    assert us.mentions.iat[0] == 2  # "The United States" and "the US"
    assert actors[actors.actor == "Randhir Jaiswal"].n_outlets.iat[0] == 2


def test_headline_and_caption_words_are_not_names() -> None:
    text = ("Harbour Boss Slams Dredging Delay\n\nWATCHED Lena Moor speaks at the port, where she works as a pilot. "
            "Photo 2031 Regulations Moor plan. The harbour boss, said Lena Moor, is wrong about the dredging delay.")
    sents = sentence_spans(text)
    names = {m.name for m in find_mentions(text, sentences=sents, lower_vocab=lower_vocabulary([text]),
                                           name_vocab=name_vocabulary([text]))}
    assert "Slams" not in " ".join(names) and "Lena Moor" in names
    assert not any(n.startswith(("WATCHED", "Regulations")) for n in names)


def test_surnames_take_the_full_name_named_before() -> None:
    text = ("Ruth Okafor of Eastport met Sam Okafor. Okafor said the talks failed. "
            "Later the chair, Dana Okafor, spoke.")
    found = resolve_mentions(find_mentions(text, sentences=sentence_spans(text), lower_vocab=lower_vocabulary([text])))
    ents = [ent for m, ent, kind in found if kind == "person"]
    assert ents[0] == "Ruth Okafor"  # "of Eastport" dropped from the person
    bare = [ent for m, ent, kind in found if m.name == "Okafor"]
    assert bare == ["Sam Okafor"]  # the nearest full name before it
