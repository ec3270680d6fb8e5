"""Name variants across outlets."""

from __future__ import annotations

import pandas as pd

from presslens.compare.variants import VARIANT_COLUMNS, edit_distance, name_groups, name_variants, variant_reason


def test_edit_distance() -> None:
    assert edit_distance("sarfraz", "sarfaraz") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


def test_variant_reason() -> None:
    assert variant_reason("Sarfraz Bugti", "Sarfaraz Bugti")[0].startswith("same surname")
    assert variant_reason("Bugti", "Sarfraz Bugti")[0] == "surname only"
    assert variant_reason("Sarfraz Bugti", "Sarfraz Bugti")[0] == ""
    assert variant_reason("Ali Khan", "Ari Khan")[0] == ""  # too short to risk
    assert variant_reason("Imran Khan", "Shehbaz Sharif")[0] == ""


def _mentions(rows):
    return pd.DataFrame(rows, columns=["article_id", "outlet", "sent_id", "start", "end", "mention", "entity", "kind",
                                       "title", "sentence"])


def test_name_groups_and_variants() -> None:
    m = _mentions([
        ("a", "A", 0, 0, 13, "Sarfraz Bugti", "Sarfraz Bugti", "person", "", "Sarfraz Bugti said."),
        ("b", "B", 1, 5, 19, "Sarfaraz Bugti", "Sarfaraz Bugti", "person", "", "Then Sarfaraz Bugti said."),
        ("c", "C", 0, 0, 14, "Sarfaraz Bugti", "Sarfaraz Bugti", "person", "", "Sarfaraz Bugti said."),
        ("c", "C", 2, 0, 10, "Imran Khan", "Imran Khan", "person", "", "Imran Khan said."),
    ])
    g = name_groups(m)
    assert g["Sarfraz Bugti"] == g["Sarfaraz Bugti"] == "Sarfaraz Bugti"  # the spelling more articles use
    assert g["Imran Khan"] == "Imran Khan"
    v = name_variants(m)
    assert list(v.columns) == VARIANT_COLUMNS
    assert len(v) == 2 and set(v.name_a) == {"Sarfraz Bugti"} and set(v.article_id_b) == {"b", "c"}
    assert v.edit_distance.tolist() == [1, 1]


def test_surname_of_two_people_stays_apart() -> None:
    m = _mentions([
        ("a", "A", 0, 0, 10, "Imran Khan", "Imran Khan", "person", "", ""),
        ("b", "B", 0, 0, 10, "Sadiq Khan", "Sadiq Khan", "person", "", ""),
        ("c", "C", 0, 0, 4, "Khan", "Khan", "person", "", ""),
    ])
    g = name_groups(m)
    assert g["Khan"] == "Khan" and g["Imran Khan"] != g["Sadiq Khan"]
    assert name_variants(_mentions([])).empty
