"""Direct and indirect quotes with speakers."""

from __future__ import annotations

from pathlib import Path

from presslens.compare.quotes import QUOTE_COLUMNS, quote_spans, quotes_table, speakers_table
from presslens.corpus.story import load_story
from seed import SEED_000, SEED_002


def test_quote_spans_straight_curly_and_open() -> None:
    t = 'He said “a b c.” Then "d e f," she said. “An open quote'
    spans = quote_spans(t, start=0, end=len(t))
    assert [t[a:b] for a, b in spans] == ["a b c.", "d e f,", "An open quote"]
    assert quote_spans("It's the mayor's 6\" pipe.", start=0, end=25) == []  # inch mark after a digit


def _story(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_story(tmp_path)


def test_speaker_rules(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": (
        "Mayor Ivan Reyes said on Monday that the port would reopen soon.\n\n"
        "“We will rebuild. Nobody will be left behind,” Reyes said.\n\n"
        "“The dust was everywhere,” said union leader Sam Adeyemi.\n\n"
        "The harbour master, who met the families on Tuesday, told reporters at the dock:\n\n"
        "“We had warned the operator many times.”\n\n"
        "According to the fire service, the blaze started in a conveyor tunnel.\n")})
    q = quotes_table(story)
    direct = q[q.kind == "direct"].set_index("text")
    assert direct.loc["We will rebuild. Nobody will be left behind,", "speaker_name"] == "Ivan Reyes"  # spans a sentence break
    assert direct.loc["The dust was everywhere,", "speaker_name"] == "Sam Adeyemi"
    assert direct.loc["We had warned the operator many times.", "speaker"] == "The harbour master"
    assert direct.loc["We had warned the operator many times.", "rule"] == "colon"
    ind = q[q.kind == "indirect"].set_index("speaker_name")
    assert ind.loc["Ivan Reyes", "text"].startswith("the port would reopen soon")
    assert ind.loc["fire service", "verb"] == "according to"
    assert ind.loc["fire service", "text"] == "the blaze started in a conveyor tunnel."
    sp = speakers_table(q).set_index("speaker_group")
    assert sp.loc["Ivan Reyes", "n_direct"] == 1 and sp.loc["Ivan Reyes", "n_indirect"] == 1


def test_seed_quotes(seed_story) -> None:
    q = quotes_table(seed_story)
    jaiswal = q[(q.speaker_group == "Randhir Jaiswal") & (q.kind == "direct")]
    assert set(jaiswal.article_id) == {SEED_000, SEED_002}
    assert "We categorically reject the baseless allegations made by Pakistan," in set(jaiswal.text)
    # "the province's chief minister" is Sarfraz Bugti (titled so in the same article)
    lede = q[(q.article_id == SEED_000) & (q.sent_id == 0)].iloc[0]
    assert lede.speaker == "the province’s chief minister" and lede.speaker_name == "Sarfraz Bugti"
    # spellings grouped across outlets
    assert set(q[q.speaker_group == "Sarfaraz Bugti"].article_id) == {SEED_000, SEED_002}
    he = q[(q.article_id == SEED_000) & (q.sent_id == 4)].iloc[0]
    assert he.speaker == "He" and he.speaker_name == "Talal Chaudhry" and he.verb_group == "distancing"
    assert set(q[q.speaker_name.isin(["Talal Chaudhry", "Khawaja Asif"])].article_id) == {SEED_000}
    for r in q.itertuples():
        assert seed_story.article(r.article_id).text[r.start:r.end] == r.text


def test_no_quotes(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": "A fire broke out at the port on Monday.\n\nTwelve workers died.\n"})
    q = quotes_table(story)
    assert q.empty and list(q.columns) == QUOTE_COLUMNS
    assert speakers_table(q).empty
