"""One person named or referred to: names of a text, attackers' names, pronouns (invented text)."""

from __future__ import annotations

from presslens.casualties import extract_claims
from presslens.casualties.persons import attacker_names, name_words

TEXT = ("Police identified the gunman as Ivo Brandt, 31. A guard, Lena Ortiz, was wounded when she tried to "
        "stop him. Brandt was killed by officers. Police said the Brandt family had not been told.")


def test_name_words_are_never_lower_case() -> None:
    names = name_words(TEXT + " The police arrived.")
    assert {"Ivo", "Brandt", "Lena", "Ortiz"} <= names
    assert "Police" not in names and "The" not in names


def test_attacker_names_stand_beside_an_attacker_noun() -> None:
    assert attacker_names(TEXT) == {"Brandt"}


def test_names_and_pronouns_take_their_group() -> None:
    df = extract_claims(TEXT)
    rows = {(r.quantity, r.outcome, r.group) for r in df.itertuples()}
    assert ("Brandt", "killed", "militants") in rows
    assert ("A guard", "injured", "security") in rows
    assert not any(q == "Lena Ortiz" for q, _, _ in rows)  # the guard's name: the same person


def test_a_name_that_acts_is_no_victim() -> None:
    assert extract_claims("Witnesses said Brandt shot at the windows. Brandt killed two guards.").quantity.tolist() \
        == ["two"]


def test_possessive_and_organisation_names_are_not_people() -> None:
    text = ("Members of the group Northern Front, led by Karl Dunn, were arrested. Dunn's brother was not "
            "charged.")
    df = extract_claims(text)
    assert "Northern Front" not in set(df.quantity) and "Dunn" not in set(df.quantity)
