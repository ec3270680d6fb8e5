"""Attribution: reporting verbs, groups and speakers."""

from __future__ import annotations

from presslens.corpus.story import load_story
from presslens.framing.attribution import ATTRIBUTION_COLUMNS, attribution_summary, attribution_table, find_attributions
from seed import SEED_000, SEED_002


def _cues(text):
    return [(a.cue, a.group, a.speaker) for a in find_attributions(text)]


def test_speaker_rules() -> None:
    assert _cues("“We had it,” Bugti said.") == [("said", "neutral", "Bugti")]
    assert _cues("Sarfaraz Bugti, the chief minister, told reporters.") == [("told", "neutral", "Sarfaraz Bugti")]
    assert _cues("It was a claim New Delhi strongly rejected.") == [("rejected", "denying", "New Delhi")]
    assert _cues("According to the military, 92 were killed.") == [("according to", "neutral", "military")]
    assert _cues("Asif said two attacks involved women and alleged that militants hid.") == [
        ("said", "neutral", "Asif"), ("alleged", "distancing", "Asif")]
    assert _cues("The group claimed the attack, saying it was revenge.") == [
        ("claimed", "distancing", "group"), ("saying", "neutral", "group")]


def test_same_speakers_as_the_quotes(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(
        "Harbour chief Dana Whitlock, who met the crews on Monday, said the wall would hold. She added that "
        "repairs would start soon.\n\n“We are ready,” a port official said.\n\nThe fighting continued for days.\n",
        encoding="utf-8")
    t = attribution_table(load_story(tmp_path))
    assert list(t.cue) == ["said", "added", "said"]
    assert list(t.speaker) == ["Harbour chief Dana Whitlock", "Dana Whitlock", "port official"]
    assert list(t.speaker_text) == ["Harbour chief Dana Whitlock", "She", "port official"]
    assert list(t.speaker_kind) == ["person", "person", "anonymous"]


def test_nouns_and_non_speech_are_skipped() -> None:
    assert _cues("The claim could not be independently verified.") == []
    assert _cues("We had intelligence reports of an attack.") == []
    assert _cues("He refused to say the name.") == []
    assert _cues("The United States condemned the attack.") == [("condemned", "asserting", "United States")]


def test_seed_attribution(seed_story) -> None:
    t = attribution_table(seed_story)
    assert list(t.columns) == ATTRIBUTION_COLUMNS
    for art in (SEED_000, SEED_002):
        claimed = t[(t.article_id == art) & (t.cue == "claimed")]
        assert claimed.speaker.str.contains("Baloch Liberation Army").any()
        assert (claimed.group == "distancing").all()
        rejected = t[(t.article_id == art) & (t.cue == "rejected")]
        assert len(rejected) == 1 and rejected.iloc[0].group == "denying"
    alleged = t[(t.article_id == SEED_000) & (t.cue == "alleged")]
    assert list(alleged.speaker) == ["Talal Chaudhry", "Pakistan’s Defence Minister Khawaja Asif"]
    assert list(alleged.speaker_text) == ["He", ""]
    assert t[(t.article_id == SEED_002) & (t.cue == "alleged")].empty
    r = t[t.cue == "rejected"].iloc[0]
    text = seed_story.article(r.article_id).text
    assert text[r.start:r.end] == "rejected" and r.sentence in text


def test_no_speech_gives_empty_table(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Floods hit the valley.\n\nRoads were closed.\n", encoding="utf-8")
    s = load_story(tmp_path)
    t = attribution_table(s)
    assert t.empty and list(t.columns) == ATTRIBUTION_COLUMNS
    summ = attribution_summary(t, outlets=[s.articles[0].label])
    assert summ.n.sum() == 0 and (summ.share == 0).all()
