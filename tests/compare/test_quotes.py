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
        "Here's Mayor Wenna Ortez in June 2017: “We will build the bridge this year. It is right for everyone.”\n\n"
        "The audit was published on Monday. From the audit: “In general, the older piers fared worse than the "
        "newer ones in every district.”\n\n"
        "Rep. Tom Brandt (D-Ore.):\"Nobody on this committee has seen that number before. Where does it come from?\"\n\n"
        "The committee, in a memo to its members, phrased it more gently: \"The treasurer tended to settle the "
        "bills at the end of each month.\"\n"))
    assert d["We will build the bridge this year. It is right for everyone."] == ("Mayor Wenna Ortez", "Wenna Ortez")
    assert d["In general, the older piers fared worse than the newer ones in every district."][0] == "the audit"
    assert d["Nobody on this committee has seen that number before. Where does it come from?"] == (
        "Rep. Tom Brandt", "Tom Brandt")
    assert d["The treasurer tended to settle the bills at the end of each month."][0] == "The committee"
    d = _direct(tmp_path / "b", "Mayor Mira Okonjo on the pier: “It was never safe and we knew it.”\n")
    assert d["It was never safe and we knew it."] == ("Mayor Mira Okonjo", "Mira Okonjo")


def test_colon_lead_in_to_someone_is_not_the_source(tmp_path: Path) -> None:
    d = _direct(tmp_path, "The mayor sent a sharp reply to Reyes: “You will have to fix the pier this year.”\n")
    assert d.get("You will have to fix the pier this year.", ("", ""))[0] != "Reyes"


def test_signature_line_after_a_dash_bullet(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "\"I will ask my staff. I have not seen the report, but I will gladly read it this week.\"\n\n"
        "- Mira Okonjo.\n\n"
        "The senator has said this before.\n"))
    assert d["I will ask my staff. I have not seen the report, but I will gladly read it this week."] == (
        "Mira Okonjo", "Mira Okonjo")


def test_speaker_with_hyphenated_title_apposition(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“Today's vote shows that the council can act when it wants to,” Wenna Lind, co-founder of "
                          "the Harbor Action Group, said in a statement.\n")
    assert d["Today's vote shows that the council can act when it wants to,"] == ("Wenna Lind", "Wenna Lind")


def test_a_new_cue_after_a_sentence_end_opens_a_new_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“The pier was never safe,” Mira Okonjo wrote. Later, she added, “we must not forget the storms that hit the "
        "harbor in 2009.”\n\n"
        "\"The harbor mouth is a narrow gate for the small boats,\" Okonjo said before adding: \"Still, the old "
        "skippers seem to find their way.\"\n"))
    assert d["The pier was never safe,"] == ("Mira Okonjo", "Mira Okonjo")
    assert d["we must not forget the storms that hit the harbor in 2009."] == ("she", "Mira Okonjo")
    assert d["The harbor mouth is a narrow gate for the small boats,"][1] == "Mira Okonjo"
    assert d["Still, the old skippers seem to find their way."][1] == "Mira Okonjo"


def test_participle_with_words_of_its_own_ends_the_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“I count Emil among my oldest allies,” Pia Ginter told Quist, noting that she and her partner, Brisa, "
        "“have dined with him every spring since college.”\n\n"
        "\"He will never be as popular as the mayor,\" Ginter said, recalling her first term: \"I doubt he hurt "
        "my chances, but he cost me weeks.\"\n"))
    assert d["I count Emil among my oldest allies,"] == ("Pia Ginter", "Pia Ginter")
    assert "have dined with him every spring since college." not in "".join(d)  # inside the reported clause
    assert d["I doubt he hurt my chances, but he cost me weeks."][1] == "Pia Ginter"


def test_documents_that_read_after_a_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“Welcome aboard! Expect the ferry to run late all week!” a banner on the ferry terminal reads.\n\n"
        "“Jellyfish have more backbone than the members of the harbor board,” reads a Friday column in "
        "The Eastport Herald.\n\n"
        "The paper was blunt.\n\n"
        "” … for a town like Eastport, that old ferry is long gone,” wrote Harbor Monthly.\n"))
    assert d["Welcome aboard! Expect the ferry to run late all week!"][0] == "a banner on the ferry terminal"
    assert d["Jellyfish have more backbone than the members of the harbor board,"][0] == "a Friday column"
    assert d[" … for a town like Eastport, that old ferry is long gone,"][0] == "Harbor Monthly"


def test_participle_aside_between_cue_and_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, "At the fair, Omar Tesk joked, again putting on a thick accent, “Hallelujah, friends! Step right "
                          "up and win a prize!”\n")
    assert d["Hallelujah, friends! Step right up and win a prize!"] == ("Omar Tesk", "Omar Tesk")


def test_quote_ending_in_an_inner_quote_is_speech(tmp_path: Path) -> None:
    d = _direct(tmp_path, "Two neighbours, Tom Haverly and Ray Oduya, campaign together.\n\n"
                          "“We’re like ‘Salt and Pepper,’” Haverly explained with a smile.\n")
    assert d["We’re like ‘Salt and Pepper,’"] == ("Haverly", "Tom Haverly")


def test_colon_lead_in_after_a_dash(tmp_path: Path) -> None:
    d = _direct(tmp_path, "The count is not the whole story - more from the audit: “Many depots now log their "
                          "deliveries by hand to save a little time.”\n")
    assert d["Many depots now log their deliveries by hand to save a little time."][0] == "the audit"


def test_speaker_whose_apposition_lacks_its_closing_comma(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“The council has lost the harbor towns for good,” Jory Ardley, the shipping blogger who runs "
                          "dockwatch.net tweeted on Friday.\n")
    assert d["The council has lost the harbor towns for good,"] == ("Jory Ardley", "Jory Ardley")


def test_mixed_marks_straight_close_without_punctuation(tmp_path: Path) -> None:
    t = '“As a landlord, he drove tenants out of town, too" Tom Sween said. "In truth, nobody stayed long."'
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == [
        "As a landlord, he drove tenants out of town, too", "In truth, nobody stayed long."]


def test_another_subject_or_verb_after_the_attribution_ends_the_quote(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "“Tell him I still owe you a letter,” Marit Ebel said, and her brother chimed in. “Don’t forget our cousin "
        "Tom, he has known the family since college.”\n\n"
        "\"We have a hard winter in front of us,\" Okonjo told a crowd of dockworkers, then pointed to the council's "
        "motto. \"But that winter will not close the harbor for good.\"\n"))
    assert d["Tell him I still owe you a letter,"] == ("Marit Ebel", "Marit Ebel")
    # the brother's words are not hers
    assert d.get("Don’t forget our cousin Tom, he has known the family since college.", ("", ""))[1] != "Marit Ebel"
    assert d["We have a hard winter in front of us,"][0] == "Okonjo"
    assert d["But that winter will not close the harbor for good."][0] == "Okonjo"


def test_speech_released_in_advance(tmp_path: Path) -> None:
    d = _direct(tmp_path, "“Nobody who has not held this office can judge how hard the harbor is to run,” the "
                          "mayor will say.\n")
    assert d["Nobody who has not held this office can judge how hard the harbor is to run,"][0] == "the mayor"


def test_that_clause_after_adjuncts_between_commas(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Bram Tessell said, before the vote, in an interview with anchor Ludo Rose, that \"the council has backed "
        "schemes that betray our town.\"\n\n"
        "Lea Ortez said, in a statement, that the port would reopen on Monday.\n")}))
    by_text = q.set_index("text")
    assert by_text.loc["the council has backed schemes that betray our town.", "speaker_name"] == "Bram Tessell"
    assert by_text.loc["the port would reopen on Monday", "speaker_name"] == "Lea Ortez"


def test_called_with_a_longer_object(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Senator Ivo Marsh took a swipe at the mayor, calling his record as head of the port \"careless in good "
        "years and ruinous in bad ones.\"\n")}))
    row = q[q.text.str.contains("careless in good years")].iloc[0]
    assert row.speaker_name == "Ivo Marsh" and row.verb == "calling"


def test_single_quotation_marks(tmp_path: Path) -> None:
    t = "He told the paper: ‘We will not back down from this fight.’ The players’ union don’t agree."
    assert [t[a:b] for a, b in quote_spans(t, start=0, end=len(t))] == ["We will not back down from this fight."]
    assert quote_spans("the ‘dangerous’ plan of the players’ union", start=0, end=42) == []  # scare quote, apostrophe
    d = _direct(tmp_path, (
        "Mayor Mira Okonjo spoke to reporters on the pier.\n\n"
        "'We will not back down from this fight,' Okonjo said.\n\n"
        "'A long season for the harbor.'\n\n"
        "The council meets again next week.\n"))
    assert d["We will not back down from this fight,"] == ("Okonjo", "Mira Okonjo")
    assert "A long season for the harbor." not in d  # a subhead in single marks is nobody's words


def test_short_label_before_a_verb_that_is_not_speech(tmp_path: Path) -> None:
    d = _direct(tmp_path, "Over “ferry tax,” Okonjo sharpens the dispute.\n\nIn “lean times,” Lee fights for a seat.\n")
    assert d == {}


def test_programme_titles_are_not_quotes(tmp_path: Path) -> None:
    d = _direct(tmp_path, (
        "Mayor Mira Okonjo was interviewed on Friday.\n\n"
        "“I will not resign,” Okonjo said on Harbor TV’s “Harbor Nights,” adding that the port was safe.\n\n"
        "Appearing on “Morning Harbor,” Okonjo said, “We will rebuild the pier this year and nobody will stop us.”\n"))
    assert "Harbor Nights," not in d and "Morning Harbor," not in d
    assert d["I will not resign,"][0] == "Okonjo"
    assert d["We will rebuild the pier this year and nobody will stop us."][0] == "Okonjo"


def test_demonstrative_that_opens_reported_content(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": "Many planners in Eastport say that is the way forward for "
                                                "the harbor towns.\n"}))
    row = q[q.kind == "indirect"].iloc[0]
    assert row.text == "that is the way forward for the harbor towns" and row.speaker == "Many planners in Eastport"


def test_called_an_object_a_quoted_label(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": (
        "Former governor Bram Tessell called Voss “reckless.”\n\n"
        "Senator Ann Marsh called the council’s ruling “hasty.”\n")}))
    ind = q[q.kind == "indirect"].set_index("speaker_name")
    assert ind.loc["Bram Tessell", "text"].startswith("Voss “reckless")
    assert ind.loc["Ann Marsh", "text"].startswith("the council’s ruling “hasty")


def test_asked_someone_whether(tmp_path: Path) -> None:
    q = quotes_table(_story(tmp_path, {"a.txt": "Mayor Mira Okonjo asked residents whether they would vote in the "
                                                "harbor referendum.\n"}))
    row = q[q.kind == "indirect"].iloc[0]
    assert row.text == "whether they would vote in the harbor referendum" and row.speaker_name == "Mira Okonjo"


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
