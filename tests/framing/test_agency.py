"""Agency of death and injury mentions."""

from __future__ import annotations

from presslens.corpus.story import load_story
from presslens.framing.agency import AGENCY_COLUMNS, agency_summary, agency_table, find_agency, plot_agency
from seed import SEED_000


def _agency(text):
    return [(f["cue"], f["agency"], f["agent"]) for f in find_agency(text)]


def test_rules() -> None:
    assert _agency("Gunmen shot dead two policemen.") == [("shot dead", "active", "Gunmen")]
    assert _agency("Five people were killed by a suicide bomber.") == [("killed", "passive_agent", "a suicide bomber")]
    assert _agency("Militants killed in raids were buried.") == [("killed", "agentless", "")]
    # an event or a weapon is no doer: "the attack killed 12" names no one
    assert _agency("The attack killed 12 people and injured 30 others.") == [
        ("killed", "agentless", ""), ("injured", "agentless", "")]
    assert _agency("The gunmen killed 12 people and injured 30 others.") == [
        ("killed", "active", "gunmen"), ("injured", "active", "gunmen")]
    assert _agency("The bomber, who killed five people, fled.") == [("killed", "active", "bomber")]
    assert _agency("Pakistan Reports 145 Militants Killed After Attacks") == [("killed", "agentless", "")]
    assert _agency("The vote was held on Tuesday.") == []


def test_agents_are_people_groups_or_forces() -> None:
    # a participle clause takes the main clause's actor
    assert _agency("A gunman opened fire inside a crowded dance hall, killing 37 people.") == [
        ("killing", "active", "gunman")]
    assert _agency("Tomas Reyl, 29, stormed the depot in Varnby, killing four guards.") == [
        ("killing", "active", "Tomas Reyl")]
    # page furniture and events before the verb are no agents
    assert _agency("Story highlights Dunmore mass shooting killed 49 people") == [("killed", "agentless", "")]
    assert _agency("The blast in Varnby killed nine people.") == [("killed", "agentless", "")]
    # the verb of thinking ends the phrase; a name keeps only its capitalised run
    assert _agency("Officials believe the gunman killed nine people.") == [("killed", "active", "gunman")]
    assert _agency("The worst in recent history Maren Olde killed 20 people.") == [("killed", "active", "Maren Olde")]
    # places, times and buildings do not act; the subject before the phrase does
    assert _agency("The shooting in Tarvia killed 26 people.") == [("killed", "agentless", "")]
    assert _agency("A man in a red jacket killed two people.") == [("killed", "active", "man")]
    assert _agency("He killed two guards.") == [("killed", "active", "He")]
    # the main clause's own subject, not a predicate, a speaker or a name in apposition
    assert _agency('A loner who said he was "The Raven" opened fire, killing six.') == [("killing", "active", "loner")]
    assert _agency("Police said a gunman opened fire, killing 50.") == [("killing", "active", "gunman")]
    assert _agency("DUNMORE, Tarvia — A masked teenager opened fire at a school, killing three.") == [
        ("killing", "active", "masked teenager")]  # the dateline is no subject
    assert _agency("Police hunted the pair, who were masked when they burst into the depot, killing 7.") == [
        ("killing", "active", "they")]  # the clause next to the participle
    assert _agency("In April, another young man opened fire at a chapel in Dunmore, Tarvia, killing one woman.") == [
        ("killing", "active", "another young man")]


def test_seed_agency(seed_story) -> None:
    t = agency_table(seed_story)
    assert list(t.columns) == AGENCY_COLUMNS
    s0 = t[t.article_id == SEED_000]
    active = s0[s0.sentence.str.contains("security forces killed at least 145 militants")]
    assert active.iloc[0].agency == "active" and active.iloc[0].agent == "Pakistani security forces"
    killed = s0[s0.sentence.str.contains("31 civilians were killed")]
    assert list(killed.agency) == ["agentless"]
    r = killed.iloc[0]
    assert seed_story.article(SEED_000).text[r.start:r.end] == "killed"
    summ = agency_summary(t, outlets=[a.label for a in seed_story.articles])
    shares = summ.groupby("outlet").share.sum()
    assert (shares.round(6) == 1).all()


def test_no_deaths(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Floods hit the valley.\n\nRoads were closed.\n", encoding="utf-8")
    s = load_story(tmp_path)
    t = agency_table(s)
    assert t.empty and list(t.columns) == AGENCY_COLUMNS
    summ = agency_summary(t, outlets=[s.articles[0].label])
    assert summ.n.sum() == 0
    fig = plot_agency(summ, outlets=[s.articles[0].label])
    assert fig.axes[0].get_title()
