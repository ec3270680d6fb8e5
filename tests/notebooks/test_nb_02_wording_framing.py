"""The wording-and-framing notebook, executed headless: its written tables hold the seed expectations."""

from __future__ import annotations

import pandas as pd

from seed import SEED_000, SEED_002


def _read(out, name):
    return pd.read_csv(out / "tables" / f"{name}.csv", keep_default_na=False)


def test_seed_tables(run_notebook) -> None:
    out = run_notebook("02_wording_framing")
    frames = _read(out, "frames")
    alls = frames[frames.section == "all"].set_index(["article_id", "frame"])["per_1000"]
    assert alls[(SEED_002, "capacity_resources")] > alls[(SEED_000, "capacity_resources")]
    assert alls[(SEED_002, "capacity_resources")] + alls[(SEED_002, "economic")] > \
        alls[(SEED_000, "capacity_resources")] + alls[(SEED_000, "economic")]
    ev = _read(out, "frame_evidence")
    ev2 = " ".join(ev[(ev.article_id == SEED_002) & ev.frame.isin(["economic", "capacity_resources"])].sentence)
    assert "natural resource operations" in ev2 and "extraction and development sectors" in ev2

    lab = _read(out, "actor_labels")
    nouns = lab[lab.form != "adjective"]
    assert {"militants", "insurgents", "attackers"} <= set(nouns[nouns.article_id == SEED_000].label)
    assert {"militants", "insurgent networks"} <= set(nouns[nouns.article_id == SEED_002].label)
    isp = lab[(lab.article_id == SEED_002) & (lab.modifiers == "Indian-sponsored")]
    assert list(isp.label) == ["militants"] and list(isp.attributed_to) == ["federal military"]
    bla = lab[(lab.label == "Baloch Liberation Army") & (lab.modifiers != "")]
    assert set(zip(bla.article_id, bla.modifiers)) == {(SEED_000, "separatist"), (SEED_002, "banned")}

    att = _read(out, "attribution")
    for art in (SEED_000, SEED_002):
        a = att[att.article_id == art]
        assert a[a.cue == "claimed"].speaker.str.contains("Baloch Liberation Army").any()
        assert (a[a.cue == "rejected"].group == "denying").all() and len(a[a.cue == "rejected"]) == 1
    alleged = att[(att.article_id == SEED_000) & (att.cue == "alleged")]
    assert alleged.speaker.str.contains("Chaudhry").any() and alleged.speaker.str.contains("Asif").any()

    hed = _read(out, "hedges")
    assert ((hed.article_id == SEED_000) & (hed.marker == "could not be independently verified")).sum() == 1

    ag = _read(out, "agency")
    a0 = ag[ag.article_id == SEED_000]
    assert a0[a0.sentence.str.contains("security forces killed at least 145")].agency.iloc[0] == "active"
    assert a0[a0.sentence.str.contains("31 civilians were killed")].agency.tolist() == ["agentless"]

    assert set(frames.section) >= {"short sections", "all"}  # one-line sections pooled, never rated alone
    assert frames[frames.section == "headline"].empty
    assert frames[(frames.section != "all") & (frames.section != "short sections")].words.min() >= 50

    gen = _read(out, "generic_frames")
    assert len(gen) == 2 * 5 and set(gen.frame) == {"conflict", "economic", "human_interest", "morality", "resolution"}
    assert gen[gen.frame == "conflict"].present.all()
    gev = _read(out, "generic_frame_evidence")
    for ids, art in zip(gen.evidence_sent_ids, gen.article_id):
        for sid in (int(x) for x in str(ids).split(";") if x):
            assert ((gev.article_id == art) & (gev.sent_id == sid)).any()

    ll = _read(out, "loaded_language")
    assert {"claimed", "baseless"} <= set(ll.term) and ll[ll.term == "baseless"].in_quote.all()
    rates = _read(out, "loaded_language_rates")
    tot = rates[rates.category == "all loaded language"].set_index("article_id")
    assert tot.loc[SEED_000, "n"] == (ll.article_id == SEED_000).sum()

    terms = _read(out, "distinctive_terms")
    assert {"words", "bigrams", "numbers"} <= set(terms.view)
    tone = _read(out, "tone")
    assert len(tone) == 51
    for fig in ("distinctive_words", "frames_heatmap", "generic_frames_heatmap", "loaded_language", "tone",
                "agency_shares"):
        assert (out / "figures" / f"{fig}.png").stat().st_size > 10_000


def test_one_article_story(run_notebook, tmp_path_factory) -> None:
    d = tmp_path_factory.mktemp("one_article")
    (d / "a.txt").write_text("Floods hit the valley on Monday.\n\nOfficials said roads were closed.\n", encoding="utf-8")
    out = run_notebook("02_wording_framing", story=d)
    terms = _read(out, "distinctive_terms")
    assert terms.empty and "z" in terms.columns
    assert _read(out, "agency").empty and "agency" in _read(out, "agency").columns
    att = _read(out, "attribution")
    assert list(att.cue) == ["said"] and list(att.speaker) == ["Officials"]
    html = (out / "02_wording_framing.html").read_text(encoding="utf-8")
    assert "Only one article in this story" in html
