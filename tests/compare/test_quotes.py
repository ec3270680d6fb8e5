"""Direct and indirect quotes with speakers."""

from __future__ import annotations

from pathlib import Path

from presslens.compare.quotes import QUOTE_COLUMNS, SPEAKER_COLUMNS, quote_spans, quotes_table, speakers_table
from presslens.corpus.story import load_story
from presslens.lexicons.speech import SPEAKER_KINDS
from seed import SEED_000, SEED_002


def test_quote_spans_straight_curly_and_open() -> None:
    t = 'He said “a b c.” Then "d e f," she said. “An open quote'
    spans = quote_spans(t, start=0, end=len(t))
    assert [t[a:b] for a, b in spans] == ["a b c.", "d e f,", "An open quote"]
    assert quote_spans("It's the mayor's 6\" pipe.", start=0, end=25) == []  # inch mark after a digit


def test_quote_spans_wire_copy_and_mixed_marks() -> None:
    t = "''The dock is closed,'' she said. “We lost it all,\" he said."
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == ["The dock is closed,", "We lost it all,"]
    t = '"It was over,” the skipper said.'
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == ["It was over,"]


def _story(tmp_path: Path, texts: dict[str, str]):
    tmp_path.mkdir(parents=True, exist_ok=True)
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
    assert ind.loc["fire service", "text"] == "the blaze started in a conveyor tunnel"
    assert ind.loc["fire service", "speaker_kind"] == "organisation"
    sp = speakers_table(q).set_index("speaker_group")
    assert list(speakers_table(q).columns) == SPEAKER_COLUMNS
    assert sp.loc["Ivan Reyes", "n_direct"] == 1 and sp.loc["Ivan Reyes", "n_indirect"] == 1


def test_one_utterance_in_pieces_is_one_quote(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": (
        "Ferry operators met on Friday.\n\n"
        "“The channel is too shallow,” captain Lena Moor said, “and nobody will dredge it.”\n\n"
        "“We tried,” she said. “The council never answered our letters.”\n\n"
        "“It will cost more next year,” Moor said, adding that the fleet was ageing. “Much more.”\n")})
    q = quotes_table(story)
    direct = q[q.kind == "direct"]
    first = direct[direct.text.str.startswith("The channel")].iloc[0]
    assert first.text.endswith("nobody will dredge it.") and first.n_words == 10  # the attribution is not counted
    second = direct[direct.text.str.startswith("We tried")].iloc[0]
    assert second.text.endswith("letters.") and second.speaker == "she" and second.speaker_name == "Lena Moor"
    # a participle with words of its own ends the quote: the next piece is a quote of its own
    assert {"It will cost more next year,", "Much more."} <= set(direct.text)
    assert set(direct.speaker_name) == {"Lena Moor"}


def test_reported_speech_shapes(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": (
        "Dockworkers in Port Halden threatened a strike on Monday.\n\n"
        "The strike would start next week, union leader Sam Adeyemi told reporters.\n\n"
        "Adeyemi also urged the council to reopen the talks.\n\n"
        "The council denied the charge, saying the offer was fair.\n\n"
        "Council spokeswoman Mia Tran called the plan “reckless and late.”\n")})
    q = quotes_table(story)
    ind = q[q.kind == "indirect"]
    by_text = ind.set_index("text")
    assert by_text.loc["The strike would start next week", "speaker_name"] == "Sam Adeyemi"  # content before the verb
    assert by_text.loc["to reopen the talks", "verb"] == "urged"
    assert by_text.loc["the offer was fair", "speaker"] == "The council"  # a participle takes the subject
    mixed = ind[ind.text.str.contains("reckless")].iloc[0]
    assert mixed.speaker_name == "Mia Tran" and mixed.text == "the plan “reckless and late.”"
    assert not (q.kind == "direct").any()  # a scare quote inside reported speech is not a quote of its own


def test_scare_quotes_and_titles_are_not_quotes(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": (
        "The “harbour plan” was shown on the show “Coast Today.”\n\n"
        "Critics called it a “white elephant” in a long report.\n")})
    q = quotes_table(story)
    assert (q.kind == "direct").sum() == 0


def test_speaker_kinds(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": (
        "Senator Ruth Okafor visited the port on Monday.\n\n"
        "“This is unacceptable,” a senior aide to Okafor said.\n\n"
        "“We will not pay,” officials said.\n\n"
        "“Nobody warned us,” the senator said.\n\n"
        "“It is too late,” they said.\n")})
    q = quotes_table(story).set_index("text")
    assert set(q.speaker_kind) <= set(SPEAKER_KINDS)
    aide = q.loc["This is unacceptable,"]
    assert aide.speaker_kind == "anonymous" and aide.speaker_group != "Ruth Okafor"  # never merged into her
    assert q.loc["We will not pay,", "speaker_kind"] == "group"
    assert q.loc["Nobody warned us,", "speaker_group"] == "Ruth Okafor"  # the title she is given
    assert q.loc["It is too late,", "speaker_kind"] == "pronoun-unresolved"


def _direct(tmp_path: Path, body: str) -> dict[str, tuple[str, str]]:
    """Direct quotes of a one-article story: text → (speaker phrase, speaker name)."""
    q = quotes_table(_story(tmp_path, {"a.txt": "Harbour Board Meets.\n\nEastport Daily, 2024-03-01\n\n" + body}))
    return {r.text: (r.speaker, r.speaker_name) for r in q[q.kind == "direct"].itertuples()}


def test_colon_lead_in_names_its_source(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "Here's Mayor Lina Ortez in March 2019: “We will build the bridge this year. It is right for everyone.”\n\n"
        "The audit was published on Monday. From the audit: “In general, the older piers fared worse than the "
        "newer ones in every district.”\n\n"
        "Rep. Tom Brandt (D-Ore.):\"I have not heard anyone cite that figure before today. Who told you that?\"\n\n"
        "The campaign, in a note on the dispute, worded it more carefully: \"Her practice was to write to officials "
        "on their work accounts.\"\n"))
    assert d["We will build the bridge this year. It is right for everyone."] == ("Mayor Lina Ortez", "Lina Ortez")
    assert d["In general, the older piers fared worse than the newer ones in every district."][0] == "the audit"
    assert d["I have not heard anyone cite that figure before today. Who told you that?"] == (
        "Rep. Tom Brandt", "Tom Brandt")
    assert d["Her practice was to write to officials on their work accounts."][0] == "The campaign"
    d = _direct(tmp_path / "b", "Mayor Dana Ruiz on the pier: “It was never safe and we knew it.”\n")
    assert d["It was never safe and we knew it."] == ("Mayor Dana Ruiz", "Dana Ruiz")


def test_colon_lead_in_to_someone_is_not_the_source(tmp_path: Path) -> None:
    d = _direct(tmp_path, "The mayor delivered a blunt message to Reyes: “You will have to fix the pier this year.”\n")
    assert d.get("You will have to fix the pier this year.", ("", ""))[0] != "Reyes"


def test_signature_line_after_a_dash_bullet(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "\"I will look into it. I do not know the status, but I will certainly look into it.\"\n\n"
        "- Dana Ruiz.\n\n"
        "The senator has said this before.\n"))
    assert d["I will look into it. I do not know the status, but I will certainly look into it."] == (
        "Dana Ruiz", "Dana Ruiz")


def test_speaker_with_hyphenated_title_apposition(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“Today's vote shows that the council can act when it wants to,” Sara Lind, co-founder of "
                          "the Harbor Action Group, said in a statement.\n")
    assert d["Today's vote shows that the council can act when it wants to,"] == ("Sara Lind", "Sara Lind")


def test_a_new_cue_after_a_sentence_end_opens_a_new_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“The pier was never safe,” Dana Ruiz wrote. Still, she added, “we also cannot ignore the changes to the "
        "harbor since 2007.”\n\n"
        "\"The harbor is a sort of trap for the small boats,\" Ruiz said before adding: \"Though the fishermen, "
        "maybe they know a way out.\"\n"))
    assert d["The pier was never safe,"] == ("Dana Ruiz", "Dana Ruiz")
    assert d["we also cannot ignore the changes to the harbor since 2007."] == ("she", "Dana Ruiz")
    assert d["The harbor is a sort of trap for the small boats,"][1] == "Dana Ruiz"
    assert d["Though the fishermen, maybe they know a way out."][1] == "Dana Ruiz"


def test_participle_with_words_of_its_own_ends_the_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“I regard Dan as an old friend,” Pia Ginter told Olsen, noting that he and his wife, Calla, “have "
        "regularly talked with him for years.”\n\n"
        "\"She can never be as far left as the mayor,\" Ginter said, recalling her own race: \"I'm not sure he "
        "damaged me, but he took my time.\"\n"))
    assert d["I regard Dan as an old friend,"] == ("Pia Ginter", "Pia Ginter")
    assert "have regularly talked with him for years." not in "".join(d)  # inside the reported clause
    assert d["I'm not sure he damaged me, but he took my time."][1] == "Pia Ginter"


def test_documents_that_read_after_a_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“Hi visitors! The ferry may be late again this week!” a welcome message on the website reads.\n\n"
        "“There are rocks that have shown more spine than the harbor board,” reads a Wednesday editorial in "
        "The Eastport Herald.\n\n"
        "The paper was blunt.\n\n"
        "” … in the case of Eastport, the ferry has already left the dock,” wrote Harbor Monthly.\n"))
    assert d["Hi visitors! The ferry may be late again this week!"][0] == "a welcome message on the website"
    assert d["There are rocks that have shown more spine than the harbor board,"][0] == "a Wednesday editorial"
    assert d[" … in the case of Eastport, the ferry has already left the dock,"][0] == "Harbor Monthly"


def test_participle_aside_between_cue_and_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, "At the rally, Omar Beck joked, again using an exaggerated drawl, “Amen, brother! Come on up "
                          "and get baptized!”\n")
    assert d["Amen, brother! Come on up and get baptized!"] == ("Omar Beck", "Omar Beck")


def test_quote_ending_in_an_inner_quote_is_speech(tmp_path: Path) -> None:
    d = _direct(tmp_path, "Two neighbours, Tom Hale and Ray Oduya, campaign together.\n\n"
                          "“We’re like ‘Ebb and Flow,’” Hale explained with a smile.\n")
    assert d["We’re like ‘Ebb and Flow,’"] == ("Hale", "Tom Hale")


def test_colon_lead_in_after_a_dash(tmp_path: Path) -> None:
    d = _direct(tmp_path, "It is not enough to look representative - more from the audit: “Today many vendors weight "
                          "their samples on other variables to look better.”\n")
    assert d["Today many vendors weight their samples on other variables to look better."][0] == "the audit"


def test_speaker_whose_apposition_lacks_its_closing_comma(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“The mayor needs a plan for the ferry voters,” Nate Silva, the polling analyst who founded "
                          "harbor.com tweeted on Wednesday.\n")
    assert d["The mayor needs a plan for the ferry voters,"] == ("Nate Silva", "Nate Silva")


def test_mixed_marks_straight_close_without_punctuation(tmp_path: Path) -> None:
    t = '“As a builder, he put people out of business, too" Tom Sween said. "In fact, nobody bid low."'
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == [
        "As a builder, he put people out of business, too", "In fact, nobody bid low."]


def test_another_subject_or_verb_after_the_attribution_ends_the_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“Tell her I promised you a picture,” Bette Ebel said, and her husband cut in. “Don’t forget her husband "
        "Tom, I have been friends with her since school.”\n\n"
        "\"We know we've got work to do,\" Ruiz told a cheering crowd, then referred to the council's slogan. \"But "
        "that work is not to make the harbor great again.\"\n"))
    assert d["Tell her I promised you a picture,"] == ("Bette Ebel", "Bette Ebel")
    # the husband's words are not hers
    assert d.get("Don’t forget her husband Tom, I have been friends with her since school.", ("", ""))[1] != "Bette Ebel"
    assert d["We know we've got work to do,"][0] == "Ruiz"
    assert d["But that work is not to make the harbor great again."][0] == "Ruiz"


def test_speech_released_in_advance(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“Until you have sat at that desk, you do not know what it is like to run the harbor,” the "
                          "mayor will say.\n")
    assert d["Until you have sat at that desk, you do not know what it is like to run the harbor,"][0] == "the mayor"


def test_that_clause_after_adjuncts_between_commas(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Dan Ruiz said, after his speech, in a session with host Carl Rose, that \"the mayor has embraced plans that "
        "oppose our principles.\"\n\n"
        "Lea Ortez said, in a statement, that the port would reopen on Monday.\n")}))
    by_text = q.set_index("text")
    assert by_text.loc["the mayor has embraced plans that oppose our principles.", "speaker_name"] == "Dan Ruiz"
    assert by_text.loc["the port would reopen on Monday", "speaker_name"] == "Lea Ortez"


def test_called_with_a_longer_object(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Senator Ivo Marsh took a swipe at the mayor, calling her tenure as head of the port \"ineffective at best "
        "and negligent at worst.\"\n")}))
    row = q[q.text.str.contains("ineffective at best")].iloc[0]
    assert row.speaker_name == "Ivo Marsh" and row.verb == "calling"


def test_single_quotation_marks(tmp_path: Path) -> None:
    t = "He told the paper: ‘We will not back down from this fight.’ The players’ union don’t agree."
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == ["We will not back down from this fight."]
    assert quote_spans("the ‘dangerous’ plan of the players’ union", start=0, end=42) == []  # scare quote, apostrophe
    d = _direct(tmp_path, (
        "Mayor Dana Ruiz spoke to reporters on the pier.\n\n"
        "'We will not back down from this fight,' Ruiz said.\n\n"
        "'A fight from start to finish.'\n\n"
        "The council meets again next week.\n"))
    assert d["We will not back down from this fight,"] == ("Ruiz", "Dana Ruiz")
    assert "A fight from start to finish." not in d  # a subhead in single marks is nobody's words


def test_short_label_before_a_verb_that_is_not_speech(tmp_path: Path) -> None:
    d = _direct(tmp_path, "With “harbor card,” Ruiz escalates the debate.\n\nIn “crazy year,” Lee strives for a seat.\n")
    assert d == {}


def test_programme_titles_are_not_quotes(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "Mayor Dana Ruiz was interviewed on Sunday.\n\n"
        "“I will not resign,” Ruiz said on Harbor TV’s “Harbor Nights,” adding that the port was safe.\n\n"
        "Appearing on “Morning Harbor,” Ruiz said, “We will rebuild the pier this year and nobody will stop us.”\n"))
    assert "Harbor Nights," not in d and "Morning Harbor," not in d
    assert d["I will not resign,"][0] == "Ruiz"
    assert d["We will rebuild the pier this year and nobody will stop us."][0] == "Ruiz"


def test_demonstrative_that_opens_reported_content(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": "Many economists in Eastport say that is the future of the "
                                                "harbor towns.\n"}))
    row = q[q.kind == "indirect"].iloc[0]
    assert row.text == "that is the future of the harbor towns" and row.speaker == "Many economists in Eastport"


def test_called_an_object_a_quoted_label(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Former governor Dan Ruiz called Lee “unhinged.”\n\n"
        "Senator Ann Marsh called the council’s suspension “arbitrary.”\n")}))
    ind = q[q.kind == "indirect"].set_index("speaker_name")
    assert ind.loc["Dan Ruiz", "text"].startswith("Lee “unhinged")
    assert ind.loc["Ann Marsh", "text"].startswith("the council’s suspension “arbitrary")


def test_asked_someone_whether(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": "Mayor Dana Ruiz asked voters whether they planned to attend the "
                                                "harbor caucuses.\n"}))
    row = q[q.kind == "indirect"].iloc[0]
    assert row.text == "whether they planned to attend the harbor caucuses" and row.speaker_name == "Dana Ruiz"


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
    assert set(q[q.speaker_name != ""].speaker_kind) <= set(SPEAKER_KINDS) - {"pronoun-unresolved"}
    for r in q.itertuples():
        assert seed_story.article(r.article_id).text[r.start:r.end] == r.text


def test_no_quotes(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": "A fire broke out at the port on Monday.\n\nTwelve workers died.\n"})
    q = quotes_table(story)
    assert q.empty and list(q.columns) == QUOTE_COLUMNS
    assert speakers_table(q).empty
