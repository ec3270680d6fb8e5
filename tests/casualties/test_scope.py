"""Event scope of claims: the story's event, or another event, place or time (invented stories)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from presslens.casualties.scope import EventFrame, claim_scope, event_frame, places_in
from presslens.casualties.tables import check_consistency, claims, reconcile
from presslens.corpus.story import Story

FRAME = EventFrame(years=frozenset({2021}), months=frozenset({(2021, 5), (2021, 4)}),
                   places=frozenset({"brookhaven"}), regions=frozenset({"ohio", "us"}),
                   known=frozenset({"brookhaven", "fairview", "columbus"}), facilities=frozenset({"mall"}))


def _scope(sentence: str, claim: str, **kw) -> tuple[str, str]:
    a = sentence.index(claim)
    return claim_scope(sentence, frame=FRAME, at=(a, a + len(claim)), **kw)


@pytest.mark.parametrize("sentence,claim,why", [
    ("In 2009, a gunman killed 13 people at a base in Texas.", "13 people", "another time"),
    ("The attack was the deadliest since 2001, when hijackers killed nearly 3,000 people.", "nearly 3,000",
     "comparison"),
    ("Separately, police said two men were arrested after a robbery.", "two men", "another event"),
    ("About 40,000 people die in road crashes each year.", "About 40,000", "general statistic"),
    ("A shooting in Fairview, Idaho, left three dead.", "three", "another place"),
    ("Last December a gunman at a Texas church killed 26 worshippers.", "26 worshippers", "another time"),
    ("The 2015 bombings, which killed 30, shocked the city.", "30", "another time"),
    ("Two guards were hurt in a stampede at a stadium last month.", "Two guards", "another"),
    ("More than 90 people have been killed in at least 12 attacks on shrines around the region since 2014.",
     "More than 90", "general statistic"),
    ("Over 300 people have died on the border roads of the province since 2016, the report says.", "Over 300",
     "another time"),
    ("Police arrested 14 activists during a protest outside the parliament.", "14 activists", "another event"),
    ("Guards detained a man for throwing stones at the gate.", "a man", "another event"),
    ("Storms cause more deaths in the valley (40) than floods (12).", "40", "comparison"),
    # another attacker acting in the same sentence
    ("Meanwhile another gunman burst into a cafe and held three people hostage.", "three people", "another event"),
    # a new incident introduced in the story
    ("To add to the fear, there was also a stabbing near the harbour that killed a guard.", "a guard", "another event"),
    # a figure over several events
    ("The twin bombings that left 23 people dead shook the region.", "23 people", "general statistic"),
    ("Both attacks together killed 19 people.", "19 people", "general statistic"),
    # the deaths a protest is about
    ("Crowds gathered in Brookhaven for the rallies after the deaths of three teenagers in custody.",
     "three teenagers", "comparison"),
    # a year before a quoted name of an event
    ("He recalled the 1994 \u201cHarbor strangler\u201d killings that left 6 women dead.", "6 women", "another time"),
    # hostages taken at another kind of place than the event's, even in the event's town
    ("A man entered a cafe in north Brookhaven and is thought to hold a hostage.", "a hostage", "another place"),
    ("The siege at a cafe in Brookhaven, where, officers said, a man holds three hostages, goes on.",
     "three hostages", "another place"),
])
def test_other_scope(sentence: str, claim: str, why: str) -> None:
    scope, reason = _scope(sentence, claim)
    assert scope == "other" and reason.startswith(why)


@pytest.mark.parametrize("sentence,claim", [
    ("Five shoppers were killed at the mall on Saturday.", "Five shoppers"),
    ("Six people were killed in the deadliest attack on the town since 2001.", "Six people"),
    ("Officials in Columbus said 5 people were killed in Brookhaven.", "5 people"),
    ("A cousin of the gunman was arrested in Lisbon.", "A cousin"),
    ("The gunman, a 2012 graduate of the local college, killed four students.", "four students"),
    ("Police said 16 people had been taken into custody since Sunday's attack.", "16 people"),
    # a possible second attacker is no other event
    ("After 5 people were killed, police said they doubted another gunman had helped.", "5 people"),
    # a facility noun as a modifier is no place
    ("The driver killed six cyclists and then crashed into a school bus.", "six cyclists"),
    # the event's own name beside the claim outweighs a place named after it
    ("Officers surrounded the two men, wanted for killing 7 people in the Brookhaven attack, in a barn near Fairview.",
     "7 people"),
    ("Gunmen took 20 shoppers hostage at the mall.", "20 shoppers"),
])
def test_event_scope(sentence: str, claim: str) -> None:
    outcome = "arrested" if "arrested" in sentence or "custody" in sentence else (
        "captured" if "hostage" in sentence else "killed")
    assert _scope(sentence, claim, outcome=outcome) == ("event", "")


def test_paragraph_context_dates_a_claim() -> None:
    scope, reason = _scope("Twelve people were killed.", "Twelve people", context="In 1998, a bomb hit the square.")
    assert scope == "other" and reason.startswith("paragraph: another time")
    assert _scope("Twelve people were killed in Brookhaven.", "Twelve people",
                  context="In 1998, a bomb hit the square.") == ("event", "")


def test_places_in_text() -> None:
    ps = places_in("Shots were fired in Fairview, Idaho, and at a Nevada nightclub near Reno.")
    assert [(p.name, p.region) for p in ps][:2] == [("fairview", "idaho"), ("nevada", "nevada")]
    assert places_in("John Smith, Texas Rangers captain, spoke.") == []


def _story() -> Story:
    df = pd.DataFrame({
        "title": ["Gunman kills five at Brookhaven mall", "Brookhaven mall shooting: five dead",
                  "Brookhaven mourns after mall attack"],
        "outlet": ["Valley Courier", "Ohio Ledger", "valley courier"],
        "date": ["2021-05-08", "2021-05-08", "2021-05-10"],
        "text": [
            "A gunman killed four people at a mall in Brookhaven, Ohio, on Saturday, police said.\n\n"
            "In 2009, a gunman at a factory in Fairview killed 11 workers.",
            "Five people were killed at the Brookhaven mall, officials said.\n\n"
            "No one was hurt in a second scare on Sunday.",
            "The toll has risen to five people, officials said on Monday.\n\n"
            "About 40,000 people die on American roads each year."],
    })
    return Story.from_dataframe(df, text="text", outlet="outlet", title="title", date="date")


def test_story_frame_and_claim_scopes() -> None:
    st = _story()
    frame = event_frame(st)
    assert "brookhaven" in frame.places and 2021 in frame.years and "mall" in frame.facilities
    c = claims(st)
    other = c[c.scope == "other"]
    assert set(other.low.astype(int)) == {11, 0, 40000}
    assert (other.scope_reason != "").all()
    zero = other[other.low == 0].iloc[0]
    assert zero.scope_reason.startswith("zero figure")
    assert (c[c.scope == "event"].scope_reason == "").all()


def test_other_scope_stays_out_of_reconciliation_and_checks() -> None:
    st = _story()
    c = claims(st)
    r = reconcile(c).set_index(["group", "outcome"])
    assert ("civilians", "killed") not in r.index  # the 11 workers of 2009
    people = r.loc[("people", "killed")]
    assert people.best == 5 and "40,000" not in people.by_outlet
    assert check_consistency(c).empty or (check_consistency(c).status != "parts exceed total").all()


LATER = EventFrame(years=frozenset({2021}), months=frozenset({(2021, 5), (2021, 4)}),
                   places=frozenset({"brookhaven"}), last_day=dt.date(2021, 5, 5))  # a Wednesday


@pytest.mark.parametrize("sentence,claim,published,group,scope", [
    # a victim killed on a day after the event was reported: another killing
    ("Officers say he shot dead a guard in Brookhaven Thursday.", "a guard", "2021-05-07", "security",
     "other"),
    ("The governor said three villagers were killed today.", "three villagers", "2021-05-07", "people", "other"),
    # the event's own day, a later death, the attackers' deaths, another verb's day, a late article
    ("Police said a guard was killed Wednesday.", "a guard", "2021-05-07", "security", "event"),
    ("A guard who was hurt in the attack died of his wounds on Thursday.", "A guard", "2021-05-07", "security",
     "event"),
    ("The two gunmen were killed Friday in a raid.", "The two gunmen", "2021-05-07", "militants", "event"),
    ("The mayor spoke on Thursday about the 5 people killed.", "5 people", "2021-05-07", "people", "event"),
    ("Police said a guard was killed Thursday.", "a guard", "2021-05-20", "security", "event"),
])
def test_a_later_day_is_another_killing(sentence: str, claim: str, published: str, group: str, scope: str) -> None:
    a = sentence.index(claim)
    got, reason = claim_scope(sentence, frame=LATER, at=(a, a + len(claim)), outcome="killed", group=group,
                              published=published)
    assert got == scope and (scope == "event" or reason.startswith("another day"))
