"""Claim extraction: input sentences and the claims expected (outcome, group, quantity, low, high)."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.casualties import CLAIM_COLUMNS, TRIGGER_RE, extract_claims

NA = None


def _rows(text: str) -> list[tuple]:
    df = extract_claims(text)
    return [(r.outcome, r.group, r.quantity, None if pd.isna(r.low) else int(r.low),
             None if pd.isna(r.high) else int(r.high)) for r in df.itertuples()]


# (text, [(outcome, group, quantity, low, high), ...])
CASES = [
    # bounds and quantity words
    ("Pakistani security forces killed at least 145 militants, the chief minister said.",
     [("killed", "militants", "at least 145", 145, NA)]),
    ("Attacks left close to 50 people dead.", [("killed", "people", "close to 50", NA, 50)]),
    ("More than 16,000 others were injured.", [("injured", "people", "More than 16,000", 16001, NA)]),
    ("Approximately 264 others were wounded in the two attacks.",
     [("injured", "people", "Approximately 264", 264, 264)]),
    ("Up to 300 servicemen were killed.", [("killed", "security", "Up to 300", NA, 300)]),
    ("Fewer than 10 people were hurt.", [("injured", "people", "Fewer than 10", NA, 9)]),
    ("The group claimed it killed dozens of security personnel and captured several others.",
     [("killed", "security", "dozens", 24, NA), ("captured", "security", "several", 3, NA)]),
    ("Scores of people were injured.", [("injured", "people", "Scores", 40, NA)]),
    ("Hundreds of protesters were arrested.", [("arrested", "civilians", "Hundreds", 200, NA)]),
    ("A few people were hurt.", [("injured", "people", "A few", 2, NA)]),
    ("Gunmen held an unknown number of students and staff hostage.",
     [("captured", "civilians", "an unknown number", NA, NA)]),
    ("Seventeen law enforcement personnel and 31 civilians were killed in the attacks.",
     [("killed", "security", "Seventeen", 17, 17), ("killed", "civilians", "31", 31, 31)]),
    ("Forty-four people, including 33 passengers, seven crew members, and four hijackers were killed.",
     [("killed", "people", "Forty-four", 44, 44), ("killed", "civilians", "33", 33, 33),
      ("killed", "civilians", "seven", 7, 7), ("killed", "militants", "four", 4, 4)]),
    # grammar: active verbs, coordination, ellipsis, nouns, tolls
    ("According to the military, 92 militants were killed on Saturday and 41 on Friday.",
     [("killed", "militants", "92", 92, 92), ("killed", "militants", "41", 41, 41)]),
    ("The assailant shot and killed nine people and injured at least seven others.",
     [("killed", "people", "nine", 9, 9), ("injured", "people", "at least seven", 7, NA)]),
    ("Six of the seven bombs detonated, injuring four mail carriers and two residents.",
     [("injured", "civilians", "four", 4, 4), ("injured", "civilians", "two", 2, 2)]),
    ("He opened fire on fellow soldiers, killing 13 and wounding 31.",
     [("killed", "security", "13", 13, 13), ("injured", "security", "31", 31, 31)]),
    ("The bombing left 18 dead and 40 injured.", [("killed", "people", "18", 18, 18),
                                                 ("injured", "people", "40", 40, 40)]),
    ("The blasts caused seven injuries.", [("injured", "people", "seven", 7, 7)]),
    ("The death toll from the earthquake rose to 2,000 on Tuesday.", [("killed", "people", "2,000", 2000, 2000)]),
    ("The attack killed 14 civilians, including six children.",
     [("killed", "civilians", "14", 14, 14), ("killed", "civilians", "six", 6, 6)]),
    ("Two people lost their lives.", [("killed", "people", "Two", 2, 2)]),
    ("Pakistan Reports 145 Militants Killed After Attacks", [("killed", "militants", "145", 145, 145)]),
    ("Police arrested 15 suspects.", [("arrested", "militants", "15", 15, 15)]),
    ("Three people were arrested in connection with the attack.", [("arrested", "militants", "Three", 3, 3)]),
    ("Rebels abducted more than 300 schoolgirls.", [("captured", "civilians", "more than 300", 301, NA)]),
    ("Some 200 people remain missing after the floods.", [("missing", "people", "Some 200", 200, 200)]),
    ("At least 10 people were killed or injured.", [("casualties", "people", "At least 10", 10, NA)]),
    # singular
    ("A police officer was killed in the attack.", [("killed", "security", "A police officer", 1, 1)]),
    ("The blast killed a police officer and injured four bystanders.",
     [("killed", "security", "a police officer", 1, 1), ("injured", "civilians", "four", 4, 4)]),
    ("The assailant shot and killed himself.", [("killed", "militants", "himself", 1, 1)]),
    ("One trooper was killed and another was wounded.",
     [("killed", "security", "One", 1, 1), ("injured", "security", "another", 1, 1)]),
    # zero
    ("There were no casualties in the incident.", [("casualties", "people", "no casualties", 0, 0)]),
    ("There were no reported casualties.", [("casualties", "people", "no reported casualties", 0, 0)]),
    ("No one was hurt or killed in the attack.",
     [("killed", "people", "No one", 0, 0), ("injured", "people", "No one", 0, 0)]),
    ("The bomb damaged the building but caused no injuries.", [("injured", "people", "no injuries", 0, 0)]),
    ("The envelope did not cause any casualties.", [("casualties", "people", "did not cause any casualties", 0, 0)]),
    ("All three hostages were freed unharmed.", [("injured", "people", "unharmed", 0, 0)]),
    ("No arrests have been made.", [("arrested", "people", "No arrests", 0, 0)]),
]

# sentences without any casualty claim
NEGATIVES = [
    "Pakistani security forces launched a nearly 40-hour-long counter-operation.",
    "Pakistan's Defence Minister said two of the attacks involved female perpetrators.",
    "9 of 55 Photos: Dead",
    "The militants threatened to kill 100 hostages if their demands were not met.",
    "The attackers had planned to kill as many as 50 people.",
    "He could have killed dozens of people.",
    "Four members of the group torched logging equipment, causing over $18,000 in damage.",
    "Authorities uncovered 6 additional incendiary devices which had failed to ignite.",
    "The fires damaged office space, two trucks, and an equipment storage facility.",
    "The 2019 death toll is expected to rise.",
    "He was killed in 1999.",
    "An assailant shot and killed Bruce Cofield, 59, on Florida Street.",
    "Gaxiola was convicted and sentenced to two life terms without parole.",
    "The three missing names were Californians nominated to the court.",
    "Labour lost many a seat in the North.",
    "The 40-year-old man, who killed nobody, lives in Texas.".replace(", who killed nobody,", ""),
    "The two men were indicted for this arson.",
    "The passengers were not injured.",
    "Two of the attackers fled on foot.",
    "The violence marks one of the deadliest flare-ups in years.",
    "Officials did not disclose detailed comparative casualty figures for past operations.",
    "The unit was 40 km from the site where 2 people",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_claims(text: str, expected: list[tuple]) -> None:
    assert sorted(_rows(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_not_claims(text: str) -> None:
    assert _rows(text) == []


def test_columns_and_dtypes_on_empty_text() -> None:
    for text in ("", "Nothing happened here.", "The deadline passed."):
        df = extract_claims(text)
        assert list(df.columns) == CLAIM_COLUMNS
        assert df.empty
        assert str(df["low"].dtype) == "Int64" and str(df["high"].dtype) == "Int64"


def test_offsets_point_into_text() -> None:
    text = "Intro line.\nOfficials said 17 soldiers were killed on Saturday. Later, 3 more died."
    df = extract_claims(text)
    assert [text[s:e] for s, e in zip(df.start, df.end)] == ["17 soldiers", "3"]
    assert [text[s:e] for s, e in zip(df.sent_start, df.sent_end)] == list(df.sentence)
    assert df.time.tolist() == ["on Saturday", ""]


def test_attribution_and_verification() -> None:
    text = ("The separatist Baloch Liberation Army claimed responsibility for the attacks. "
            "The group claimed it killed dozens of security personnel, though the claim could not be "
            "independently verified. Balochistan Chief Minister Sarfraz Bugti said 17 law enforcement "
            "personnel were killed. Eyewitnesses reported several civilians injured.")
    df = extract_claims(text)
    assert df.attribution.tolist() == ["The separatist Baloch Liberation Army",
                                       "Balochistan Chief Minister Sarfraz Bugti", "Eyewitnesses"]
    assert df.attribution_verb.tolist() == ["claimed", "said", "reported"]
    assert df.verified.tolist()[0] is False
    assert pd.isna(df.verified.iloc[1]) and pd.isna(df.verified.iloc[2])


def test_attribution_after_the_claim_and_according_to() -> None:
    df = extract_claims("A wave of attacks left close to 50 people dead, the province's chief minister said on "
                        "Sunday. According to the army, 92 militants were killed.")
    assert df.attribution.tolist() == ["the province's chief minister", "the army"]
    assert df.attribution_verb.tolist() == ["said", "According to"]
    assert df.time.tolist() == ["", ""]


def test_unverified_in_next_sentence() -> None:
    df = extract_claims("The rebels claimed they had killed 20 soldiers. The claim could not be verified.")
    assert df.verified.tolist() == [False]


def test_definite_back_reference_is_not_a_new_claim() -> None:
    df = extract_claims("An assailant shot and killed two civilians. Prosecutors indicted him for the murders of "
                        "the two victims.")
    assert len(df) == 1


def test_trigger_scan_is_word_bounded() -> None:
    assert TRIGGER_RE.search("a skilled killer") is None
    assert TRIGGER_RE.search("Three were Killed.") is not None
