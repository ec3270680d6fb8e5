"""Name variants: spellings of one name across outlets and within one article."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.compare.variants import (
    VARIANT_COLUMNS,
    clean_name,
    common_vocabulary,
    edit_distance,
    fold,
    name_groups,
    name_variants,
    spelling_variant,
    variant_pairs,
    variant_reason,
)


def test_edit_distance_and_fold() -> None:
    assert edit_distance("sarfraz", "sarfaraz") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert fold("Chérif Ñúñez") == "cherif nunez"


@pytest.mark.parametrize("a, b, reason", [
    ("Sarfraz Bugti", "Sarfaraz Bugti", "spelling"),
    ("Tomaso Okonkwo", "Tommaso Okonkwo", "spelling"),
    ("Mehmed", "Muhammad", ""),  # three edits
    ("Mohammed", "Muhammad", "spelling"),  # two vowel edits: a transliteration
    ("Brennan Harrowgate", "Brennan Harowgate", "spelling"),
    ("Velmora", "Vlemora", "spelling"),  # two letters swapped: one edit
    ("Renée Valcourt", "Renee Valcourt", "diacritics"),
    ("Saint-Étienne", "Saint-Etienne", "diacritics"),
    ("Ft. Carrow", "Fort Carrow", "abbreviation"),
    ("Luis Marbán", "Luis Marbáns", "spelling"),
])
def test_spelling_variants(a: str, b: str, reason: str) -> None:
    assert spelling_variant(a, b, kind="person")[0] == reason
    assert spelling_variant(b, a, kind="person")[0] == reason


@pytest.mark.parametrize("a, b", [
    ("Orvanian", "Orvanians"),  # singular / plural
    ("Republic", "Republican"),  # a longer form of one stem
    ("Islamist", "Islamic"),  # other endings of one stem
    ("Democrat", "Democracy"),
    ("Calloway", "Calloways"),
    ("Teodor Brask", "Brask"),  # a longer and a shorter form of one name
    ("Kerrin", "South Kerrin"),
    ("U.S.", "US"),  # typography: periods, case, hyphens, spaces, quote marks
    ("TelMart", "Telmart"),
    ("Dale O’Reilly", "Dale O'Reilly"),
    ("Port-Varen", "Port Varen"),
    ("Nadia Ferro", "NadiaFerro"),  # a handle or hashtag
    ("Fla.", "Florida"),  # a one-word abbreviation is ambiguous
    ("Caldera", "Calzena"),  # two edits that change consonants
    ("Pakistan", "Pakistani"),  # places of the gazetteer and demonyms are spelled as listed
    ("Ali Khan", "Ari Khan"),  # words too short to risk
    ("Imran Khan", "Shehbaz Sharif"),
    ("Pell Brother", "Bell Brother"),  # first letters differ
])
def test_not_variants(a: str, b: str) -> None:
    assert spelling_variant(a, b, kind="other")[0] == ""
    assert spelling_variant(b, a, kind="other")[0] == ""


def test_surname_ending_only_in_a_full_name_of_a_person() -> None:
    assert spelling_variant("Luis Molan", "Luis Molans", kind="person")[0] == "spelling"
    assert spelling_variant("Luis Molan", "Luis Molans", kind="organisation")[0] == ""
    assert spelling_variant("Molan", "Molans", kind="person")[0] == ""


def test_word_order_and_common_words() -> None:
    assert spelling_variant("Karim Tadesse", "Tadesse Karim", kind="person")[0] == "word order"
    assert spelling_variant("Karim Tadesse", "Tadesse Karim", kind="place")[0] == ""
    common = common_vocabulary(["the internet and an intercept"])
    assert spelling_variant("Intercept", "Intercapt")[0] == "spelling"
    assert spelling_variant("Intercept", "Intercapt", common_words=common)[0] == ""
    assert variant_reason("Sarfraz Bugti", "Sarfaraz Bugti") == ("spelling", 1)
    assert variant_reason("Bugti", "Sarfraz Bugti")[0] == ""


def test_clean_name_drops_heading_words() -> None:
    common = frozenset({"watch", "of"})
    assert clean_name("WATCH Teodor Brask", common_words=common) == "Teodor Brask"
    assert clean_name("NEW HAVEN", common_words=frozenset({"new"})) == "NEW HAVEN"
    assert clean_name("of Lorne Police", common_words=common) == "Lorne Police"


def test_variant_pairs_respect_kinds() -> None:
    names = ["Velmora", "Vlemora", "Vellmora"]
    assert {(i, j) for i, j, _, _ in variant_pairs(names)} == {(0, 1), (0, 2), (1, 2)}
    got = variant_pairs(names, kinds=["person", "place", "other"])
    assert {(i, j) for i, j, _, _ in got} == {(0, 2), (1, 2)}  # unknown kind matches either


def _mentions(rows):
    return pd.DataFrame(rows, columns=["article_id", "outlet", "sent_id", "start", "end", "mention", "entity", "kind",
                                       "title", "sentence"])


def test_name_variants_one_row_per_spelling_pair() -> None:
    m = _mentions([
        ("a", "A", 0, 0, 13, "Sarfraz Bugti", "Sarfraz Bugti", "person", "", "Sarfraz Bugti said."),
        ("b", "B", 1, 5, 19, "Sarfaraz Bugti", "Sarfaraz Bugti", "person", "", "Then Sarfaraz Bugti said."),
        ("c", "C", 0, 0, 14, "Sarfaraz Bugti", "Sarfaraz Bugti", "person", "", "Sarfaraz Bugti said."),
        ("c", "C", 2, 0, 10, "Imran Khan", "Imran Khan", "person", "", "Imran Khan said."),
        ("c", "C", 3, 30, 35, "Bugti", "Sarfaraz Bugti", "person", "", "Later, officials said Bugti left."),
    ])
    g = name_groups(m)
    assert g["Sarfraz Bugti"] == g["Sarfaraz Bugti"] == "Sarfaraz Bugti"  # the spelling more articles use
    assert g["Imran Khan"] == "Imran Khan"
    v = name_variants(m, article_order=["a", "b", "c"])
    assert list(v.columns) == VARIANT_COLUMNS
    assert len(v) == 1  # "Bugti" is a shorter form, not a variant
    r = v.iloc[0]
    assert (r.name_a, r.article_id_a, r.name_b, r.article_id_b) == ("Sarfraz Bugti", "a", "Sarfaraz Bugti", "b")
    assert (r.start_b, r.end_b, r.sentence_b) == (5, 19, "Then Sarfaraz Bugti said.")
    assert (r.articles_a, r.articles_b, r.group, r.edit_distance) == ("a", "b; c", "Sarfaraz Bugti", 1)


def test_name_variants_within_one_article_and_offsets_of_cleaned_names() -> None:
    text = "WATCH Irena Brunelle and Irena Brunnelle spoke."
    m = _mentions([
        ("a", "A", 0, 0, 20, "WATCH Irena Brunelle", "WATCH Irena Brunelle", "person", "", text),
        ("a", "A", 0, 25, 40, "Irena Brunnelle", "Irena Brunnelle", "person", "", text),
    ])
    v = name_variants(m, common_words=frozenset({"watch"}))
    assert len(v) == 1
    r = v.iloc[0]
    assert r.article_id_a == r.article_id_b == "a"
    assert {r.name_a, r.name_b} == {"Irena Brunelle", "Irena Brunnelle"}
    for side in ("a", "b"):
        assert text[r[f"start_{side}"]:r[f"end_{side}"]] == r[f"name_{side}"]


def test_surname_of_two_people_stays_apart() -> None:
    m = _mentions([
        ("a", "A", 0, 0, 10, "Imran Khan", "Imran Khan", "person", "", ""),
        ("b", "B", 0, 0, 10, "Sadiq Khan", "Sadiq Khan", "person", "", ""),
        ("c", "C", 0, 0, 4, "Khan", "Khan", "person", "", ""),
        ("c", "C", 1, 0, 5, "Bugti", "Bugti", "person", "", ""),
        ("d", "D", 0, 0, 13, "Sarfraz Bugti", "Sarfraz Bugti", "person", "", ""),
    ])
    g = name_groups(m)
    assert g["Khan"] == "Khan" and g["Imran Khan"] != g["Sadiq Khan"]
    assert g["Bugti"] == "Sarfraz Bugti"
    assert name_variants(_mentions([])).empty
    assert list(name_variants(_mentions([])).columns) == VARIANT_COLUMNS
