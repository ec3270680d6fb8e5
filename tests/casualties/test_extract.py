"""Claim extraction: input sentences and the claims expected (outcome, group, quantity, low, high).

Every sentence here is written for the test (invented people, places and outlets).
"""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.casualties import CLAIM_COLUMNS, QUALIFIERS, TRIGGER_RE, claims_in_sentences, extract_claims

NA = None


def _rows(text: str) -> list[tuple]:
    df = extract_claims(text)
    return [(r.outcome, r.group, r.quantity, None if pd.isna(r.low) else int(r.low),
             None if pd.isna(r.high) else int(r.high)) for r in df.itertuples()]


# (text, [(outcome, group, quantity, low, high), ...])
CASES = [
    # bounds and quantity words
    ("Border guards killed at least 60 fighters, the governor said.",
     [("killed", "militants", "at least 60", 60, NA)]),
    ("The storm left close to 40 people dead.", [("killed", "people", "close to 40", NA, 40)]),
    ("More than 2,500 others were injured.", [("injured", "people", "More than 2,500", 2501, NA)]),
    ("Approximately 120 others were wounded in the blasts.", [("injured", "people", "Approximately 120", 120, 120)]),
    ("Up to 80 sailors were killed.", [("killed", "security", "Up to 80", NA, 80)]),
    ("Fewer than 10 spectators were hurt.", [("injured", "civilians", "Fewer than 10", NA, 9)]),
    ("Scores of villagers were injured.", [("injured", "civilians", "Scores", 40, NA)]),
    ("Hundreds of students were arrested.", [("arrested", "civilians", "Hundreds", 200, NA)]),
    ("A few people were hurt.", [("injured", "people", "A few", 2, NA)]),
    ("The blast wounded two dozen others.", [("injured", "people", "two dozen", 24, 24)]),
    # ranges
    ("Between 200 and 500 people were killed in the floods.",
     [("killed", "people", "Between 200 and 500", 200, 500)]),
    ("Six to nine guards were wounded.", [("injured", "security", "Six to nine", 6, 9)]),
    ("He opened fire in the lobby, killing three or possibly four people.",
     [("killed", "people", "three or possibly four", 3, 4)]),
    # coordination, parts and the clause each outcome belongs to
    ("Twelve rangers and 19 villagers were killed in the ambush.",
     [("killed", "security", "Twelve", 12, 12), ("killed", "civilians", "19", 19, 19)]),
    ("According to the army, 70 fighters were killed on Monday and 25 on Tuesday.",
     [("killed", "militants", "70", 70, 70), ("killed", "militants", "25", 25, 25)]),
    ("A blast killed 12, including 5 police officers, and another 30 were wounded.",
     [("killed", "people", "12", 12, 12), ("killed", "security", "5", 5, 5),
      ("injured", "people", "another 30", 30, 30)]),
    ("The attack killed 9 soldiers and injured 21 others.",
     [("killed", "security", "9", 9, 9), ("injured", "people", "21", 21, 21)]),
    ("Gunmen stormed the hotel in Port Ellis, killing 12.", [("killed", "people", "12", 12, 12)]),
    ("Federal agents said 14 were wounded.", [("injured", "people", "14", 14, 14)]),
    ("He opened fire on the guards at the gate, killing four and wounding six.",
     [("killed", "security", "four", 4, 4), ("injured", "security", "six", 6, 6)]),
    ("The bus driver was killed along with three others.",
     [("killed", "civilians", "The bus driver", 1, 1), ("killed", "people", "three", 3, 3)]),
    # shapes of sentences
    ("Two of the four attackers were killed in the raid.", [("killed", "militants", "Two", 2, 2)]),
    ("Three more people died in hospital overnight.", [("killed", "people", "Three", 3, 3)]),
    ("The dead include two nurses and a pharmacist.",
     [("killed", "civilians", "two", 2, 2), ("killed", "civilians", "a pharmacist", 1, 1)]),
    ("Two firefighters were among the dead.", [("killed", "other", "Two", 2, 2)]),
    ("Of those killed, three were tourists and one was a guide.",
     [("killed", "people", "three", 3, 3), ("killed", "people", "one", 1, 1)]),
    ("Four passengers became injured when the roof fell.", [("injured", "civilians", "Four", 4, 4)]),
    ("Six guards sustained injuries in the riot.", [("injured", "security", "Six", 6, 6)]),
    ("Nine people suffered minor but non-life-threatening injuries.", [("injured", "people", "Nine", 9, 9)]),
    ("A clerk suffered stab wounds to the arm.", [("injured", "civilians", "A clerk", 1, 1)]),
    ("Two others remain in critical condition.", [("injured", "people", "Two", 2, 2)]),
    ("Nine people are still in custody.", [("arrested", "militants", "Nine", 9, 9)]),
    ("The bomb went off in the square, killing and injuring four.", [("casualties", "people", "four", 4, 4)]),
    ("The attacker stabbed two shoppers to death.", [("killed", "civilians", "two", 2, 2)]),
    ("The gunman managed to kill six worshippers before he fled.", [("killed", "civilians", "six", 6, 6)]),
    ("Man fatally stabs 3 at Marlow train station", [("killed", "people", "3", 3, 3)]),
    ("The gunman gunned down eleven diners.", [("killed", "civilians", "eleven", 11, 11)]),
    ("Three people were shot in the car park.", [("injured", "people", "Three", 3, 3)]),
    ("The fire took 14 lives.", [("killed", "people", "14", 14, 14)]),
    ("He was charged with five counts of murder.", [("killed", "people", "five", 5, 5)]),
    ("Officials raised the number of wounded to 48.", [("injured", "people", "48", 48, 48)]),
    ("Three of the slain guards were named on Friday.", [("killed", "security", "Three", 3, 3)]),
    ("Medics treated 30 people at the scene.", [("injured", "people", "30", 30, 30)]),
    # people nouns, also those not in the lists
    ("Nine recruits and two clerics were wounded.",
     [("injured", "civilians", "Nine", 9, 9), ("injured", "civilians", "two", 2, 2)]),
    ("Four diners, two foreigners and three asylum seekers were hurt.",
     [("injured", "civilians", "Four", 4, 4), ("injured", "civilians", "two", 2, 2),
      ("injured", "civilians", "three", 3, 3)]),
    ("Five service members were killed.", [("killed", "security", "Five", 5, 5)]),
    ("A Briton, two Canadians and a German national were killed.",
     [("killed", "civilians", "A Briton", 1, 1), ("killed", "civilians", "two", 2, 2),
      ("killed", "civilians", "a German national", 1, 1)]),
    ("Four cartographers were injured.", [("injured", "people", "Four", 4, 4)]),
    # one person: a role, a name, a pronoun, oneself
    ("A deputy was killed in the shootout.", [("killed", "security", "A deputy", 1, 1)]),
    ("The prison guard was killed and another was wounded.",
     [("killed", "security", "The prison guard", 1, 1), ("injured", "security", "another", 1, 1)]),
    ("Police named the gunman as Ivo Brandt. Brandt was killed by officers.",
     [("killed", "militants", "Brandt", 1, 1)]),
    ("The gunman, identified as Ivo Brandt, was killed by police.",
     [("killed", "militants", "The gunman", 1, 1)]),
    ("A teacher fled the building. She was shot in the leg.", [("injured", "civilians", "She", 1, 1)]),
    ("Officers shot him twice.", [("injured", "people", "him", 1, 1)]),
    ("The attacker shot and killed himself.", [("killed", "militants", "The attacker", 1, 1)]),
    ("Later, the bomber took his own life.", [("killed", "militants", "the bomber", 1, 1)]),
    ("Hours later he decided to take his own life.", [("killed", "militants", "his own life", 1, 1)]),
    ("The suspect surrendered to police.", [("arrested", "militants", "The suspect", 1, 1)]),
    ("A hostage was taken.", [("captured", "people", "A hostage", 1, 1)]),
    ("Officials said Principal Dora Marsh, 47, and school nurse Ines Kell, 56, were shot and killed.",
     [("killed", "civilians", "Principal Dora Marsh, 47, and school nurse Ines Kell", 2, 2)]),
    ("Suspect in custody after Brookhaven mall shooting", [("arrested", "militants", "Suspect", 1, 1)]),
    ("Police arrested the gunman's brother on Friday.", [("arrested", "civilians", "the gunman's brother", 1, 1)]),
    ("The dead included editor Paul Verne and three other reporters.",
     [("killed", "civilians", "Paul Verne", 1, 1), ("killed", "civilians", "three", 3, 3)]),
    ("Doctors said that of the 20 injured, six had been released.",
     [("injured", "people", "the 20", 20, 20), ("injured", "people", "six", 6, 6)]),
    ("The hospital was treating four victims.", [("injured", "people", "four", 4, 4)]),
    # hostages coordinated with a count killed share its outcome
    ("He is sought over the fatal shooting of a guard and three hostages.",
     [("killed", "security", "a guard", 1, 1), ("killed", "people", "three", 3, 3)]),
    ("The gunmen killed a guard and took three hostages.",
     [("killed", "security", "a guard", 1, 1), ("captured", "people", "three", 3, 3)]),
    # casualties in hospital care are the wounded
    ("Surgeons in two clinics treated the 31 casualties of the crash.",
     [("injured", "civilians", "the 31", 31, 31)]),
    ("The storm caused 31 casualties.", [("casualties", "people", "31", 31, 31)]),
    # a common typing slip of "at least"
    ("A least 9 people died in the flood.", [("killed", "people", "A least 9", 9, None)]),
    # zero
    ("There were no casualties in the raid.", [("casualties", "people", "no casualties", 0, 0)]),
    ("No one was hurt or killed in the fire.",
     [("killed", "people", "No one", 0, 0), ("injured", "people", "No one", 0, 0)]),
    ("The device damaged a wall but caused no injuries.", [("injured", "people", "no injuries", 0, 0)]),
    ("All 40 passengers were rescued unharmed.", [("injured", "civilians", "unharmed", 0, 0)]),
    ("No arrests were reported.", [("arrested", "people", "No arrests", 0, 0)]),
]

# sentences without any casualty claim
NEGATIVES = [
    "The army launched a nearly 30-hour-long operation.",
    "Two of the attacks involved car bombs.",
    "12 of 40 Photos: Aftermath",
    "The rebels threatened to kill 50 hostages if their demands were not met.",
    "The gang had planned to kill as many as 20 people.",
    "He could have killed dozens of people.",
    "The arsonists caused over $40,000 in damage.",
    "Police found 9 more devices that had failed to go off.",
    "The 2031 death toll is expected to rise.",
    "The passengers were not injured.",
    "Two of the attackers fled on foot.",
    "His daughter escaped unharmed.",
    "The rebels vowed to kill the hostages.",
    "The siege ended with the rescue of nearly 30 people held captive.",
    "Troops welcomed the release of 12 hostages.",
    "The protest drew thousands of people.",
    "Both hostage standoffs are over.",
    "The police headquarters was damaged.",
    "Officials did not disclose casualty figures for past raids.",
    "It lasted 10 to 15 minutes.",
    "Police have not confirmed whether the suspect surrendered.",
    "The three vacant seats went to newcomers.",
    "The guard had multiple gunshot wounds to the chest.",
    "There is too much anger and too many people dead.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_claims(text: str, expected: list[tuple]) -> None:
    assert sorted(_rows(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_not_claims(text: str) -> None:
    assert _rows(text) == []


def test_ranges_have_their_qualifier() -> None:
    df = extract_claims("Between 30 and 45 people were hurt.")
    assert df.qualifier.tolist() == ["range"] and "range" in QUALIFIERS


def test_columns_and_dtypes_on_empty_text() -> None:
    for text in ("", "Nothing happened here.", "The deadline passed."):
        df = extract_claims(text)
        assert list(df.columns) == CLAIM_COLUMNS
        assert df.empty
        assert str(df["low"].dtype) == "Int64" and str(df["high"].dtype) == "Int64"


def test_offsets_point_into_text() -> None:
    text = "Intro line.\nOfficials said 21 sailors were killed on Monday. Later, 4 more died."
    df = extract_claims(text)
    assert [text[s:e] for s, e in zip(df.start, df.end)] == ["21 sailors", "4"]
    assert [text[s:e] for s, e in zip(df.sent_start, df.sent_end)] == list(df.sentence)
    assert df.time.tolist() == ["on Monday", ""]


def test_attribution_and_verification() -> None:
    text = ("The Red Dawn Front claimed responsibility for the raids. "
            "The group claimed it killed dozens of soldiers, though the claim could not be "
            "independently verified. Governor Ana Velez said 11 border guards were killed. "
            "Witnesses reported several shoppers injured.")
    df = extract_claims(text)
    assert df.attribution.tolist() == ["The Red Dawn Front", "Governor Ana Velez", "Witnesses"]
    assert df.attribution_verb.tolist() == ["claimed", "said", "reported"]
    assert df.verified.tolist()[0] is False
    assert pd.isna(df.verified.iloc[1]) and pd.isna(df.verified.iloc[2])


def test_attribution_after_the_claim_and_according_to() -> None:
    df = extract_claims("A string of bombings left close to 30 people dead, the region's governor said on "
                        "Monday. According to the navy, 40 fighters were killed.")
    assert df.attribution.tolist() == ["the region's governor", "the navy"]
    assert df.attribution_verb.tolist() == ["said", "According to"]


def test_unverified_in_next_sentence() -> None:
    df = extract_claims("The rebels claimed they had killed 20 soldiers. The claim could not be verified.")
    assert df.verified.tolist() == [False]


def test_a_repeated_figure_is_one_claim() -> None:
    df = extract_claims("A gunman shot and killed two clerks. Prosecutors charged him over the deaths of "
                        "the two victims.")
    assert len(df) == 1


def test_a_named_person_and_the_role_are_one_claim() -> None:
    df = extract_claims("One guard, identified as Omar Zidane, was killed.")
    assert df[["outcome", "quantity"]].values.tolist() == [["killed", "One"]]


def test_capitalised_verbs_of_saying_are_names() -> None:
    df = extract_claims("Eight people, including two citizens of the United States, were killed.")
    assert set(df.attribution) == {""}


def test_trigger_scan_is_word_bounded() -> None:
    assert TRIGGER_RE.search("a skilled killer") is None
    assert TRIGGER_RE.search("Three were Killed.") is not None


@pytest.mark.parametrize("text,member", [
    ("Gunmen raided the depot on Monday, killing 9 people including the night manager and a driver.",
     "the night manager"),
    ("The blast killed 14 people, including students, nurses and a retired teacher.", "a retired teacher"),
])
def test_a_person_listed_in_a_count_is_a_member(text: str, member: str) -> None:
    spans = [(0, len(text))]
    kept = [r["quantity"] for r in claims_in_sentences(text, spans)]
    story = [r["quantity"] for r in claims_in_sentences(text, spans, members=False)]
    assert member in kept  # extract_claims keeps the member (the GTD convention: a part of the count)
    assert member not in story and len(story) == 1  # only the count


@pytest.mark.parametrize("text,kept", [
    ("He shot dead 7 guards, including a captain, before killing himself.", "himself"),
    ("At least four people, including a park ranger, were wounded.", "a park ranger"),
])
def test_attackers_and_the_wounded_are_not_members(text: str, kept: str) -> None:
    story = [r["quantity"] for r in claims_in_sentences(text, [(0, len(text))], members=False)]
    assert kept in story


@pytest.mark.parametrize("text,expected", [
    # one person "shot" with nothing saying whether they lived is no injury claim
    ("The caretaker, who was shot as he fled through the yard, had warned the board.", []),
    ("Officer Tom Reyes was shot in the incident, the station learned.", []),
    # with a wound, hospital care or a condition it is
    ("Officer Tom Reyes was shot in the leg.", [("injured", "Officer Tom Reyes")]),
    ("A cashier was shot by a robber and is likely to survive.", [("injured", "A cashier")]),
    ("Officer Tom Reyes was shot by a guard.", []),
    ("Reyes, who was treated in hospital after he was shot by a guard, spoke to reporters.", [("injured", "he")]),
    # counts keep the benchmark's convention
    ("Three people were shot in the car park.", [("injured", "Three")]),
    # but an attack that "left" people shot counts the killed and the wounded together
    ("The ambush left 9 guards shot.", []),
    ("The ambush left 9 guards shot and wounded.", [("injured", "9")]),
])
def test_one_person_shot(text: str, expected: list[tuple[str, str]]) -> None:
    df = extract_claims(text)
    assert [tuple(x) for x in df[["outcome", "quantity"]].values.tolist()] == expected
