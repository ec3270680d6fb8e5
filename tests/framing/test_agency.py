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
    assert _agency("The attack killed 12 people and injured 30 others.") == [
        ("killed", "active", "attack"), ("injured", "active", "attack")]
    assert _agency("The bomber, who killed five people, fled.") == [("killed", "active", "bomber")]
    assert _agency("Pakistan Reports 145 Militants Killed After Attacks") == [("killed", "agentless", "")]
    assert _agency("The vote was held on Tuesday.") == []


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
