"""Tests for presslens.corpus.parse: structure of the seed articles and general layout rules."""

from __future__ import annotations

from presslens.corpus.parse import ANALYSED_KINDS, parse_text
from presslens.paths import stories_dir

SEED = stories_dir() / "balochistan-2026-02"


def _read(name: str) -> str:
    return (SEED / name).read_text(encoding="utf-8")


def _pieces(text: str, parsed, kind: str) -> list[str]:
    return [text[b.start:b.end] for b in parsed.blocks if b.kind == kind]


def _covered_everything(text: str, parsed) -> bool:
    mask = [False] * len(text)
    for b in parsed.blocks:
        for i in range(b.start, b.end):
            mask[i] = True
    return all(m or ch.isspace() for m, ch in zip(mask, text))


def test_seed_000_header_and_dateline() -> None:
    text = _read("000_262b19c4243f2b1a.txt")
    p = parse_text(text)
    assert p.fields["outlet"] == "Daijiworld Media Network"
    assert p.fields["dateline"] == "Islamabad"
    assert p.fields["published"] == "--02-02"  # no year in the text
    assert "headline" not in p.fields
    lede = [b for b in p.blocks if b.section == "lede"]
    assert len(lede) == 1 and text[lede[0].start:].startswith("Pakistani security forces killed")
    assert not _pieces(text, p, "boilerplate")
    assert _covered_everything(text, p)


def test_seed_002_structure() -> None:
    text = _read("002_b5890622697dba39.txt")
    p = parse_text(text)
    assert p.fields["byline"] == "Avery Klein"
    assert p.fields["published"] == "2026-02-01"
    assert p.fields["desk"] == "World"
    headline = "Pakistan Reports 145 Militants Killed After Coordinated Attacks in Balochistan"
    assert _pieces(text, p, "headline") == [headline]
    assert _pieces(text, p, "standfirst")[0].startswith("Provincial authorities say intensified clearance")
    boiler = [(b.label, text[b.start:b.end]) for b in p.blocks if b.kind == "boilerplate"]
    assert ("repeated headline", headline) in boiler
    assert ("link list", "More from World") in boiler
    assert any(label == "link list" and t.startswith("Kremlin says Russia") for label, t in boiler)
    key_points = [text[b.start:b.end] for b in p.blocks if b.section == "key_points"]
    risks = [text[b.start:b.end] for b in p.blocks if b.section == "risks"]
    assert len(key_points) == 3 and key_points[0].startswith("Security forces reported killing 145")
    assert len(risks) == 3 and risks[0].startswith("Sustained insurgent activity")
    assert all(b.kind == "bullet" for b in p.blocks if b.section in ("key_points", "risks"))
    context = [text[b.start:b.end] for b in p.blocks if b.section == "context"]
    assert len(context) == 1 and context[0].startswith("Provincial leaders and security forces")
    # prose after the Key Points list is body again
    assert any(b.section == "body" and text[b.start:].startswith("Provincial officials in Pakistan") for b in p.blocks)
    assert _covered_everything(text, p)
    analysed = " ".join(text[b.start:b.end] for b in p.blocks if b.kind in ANALYSED_KINDS)
    assert "Kremlin" not in analysed and "By Avery Klein" not in analysed


def test_gallery_share_and_copyright_lines_are_boilerplate() -> None:
    text = ("Floods Hit The Valley Towns\n\n"
            "Rescue teams reached the valley on Monday after two days of heavy rain, officials said.\n"
            "9 of 55 Photos: Dead cattle lie in a field\n"
            "Share this article on Facebook\n"
            "The water receded by evening, and residents began to return to their homes.\n"
            "© 2026 Example News. All rights reserved.\n")
    p = parse_text(text)
    reasons = {text[b.start:b.end]: b.label for b in p.blocks if b.kind == "boilerplate"}
    assert reasons["9 of 55 Photos: Dead cattle lie in a field"] == "photo gallery caption"
    assert reasons["Share this article on Facebook"] == "share/subscribe line"
    assert reasons["© 2026 Example News. All rights reserved."] == "copyright line"
    assert _pieces(text, p, "headline") == ["Floods Hit The Valley Towns"]
    assert len(_pieces(text, p, "paragraph")) == 2


def test_long_prose_starting_with_share_word_is_kept() -> None:
    text = ("Share prices fell sharply in Karachi on Monday as investors weighed the risk of further "
            "violence in the province and the cost to mining projects, traders said.")
    p = parse_text(text)
    assert [b.kind for b in p.blocks] == ["paragraph"]


def test_wire_dateline() -> None:
    text = "QUETTA, Pakistan (AP) — Gunmen attacked a bus station on Friday, killing at least six people, police said."
    p = parse_text(text)
    assert p.fields["dateline"] == "QUETTA, Pakistan"
    assert text[p.blocks[0].start:p.blocks[0].end].startswith("QUETTA")
    assert p.blocks[1].kind == "paragraph" and text[p.blocks[1].start:].startswith("Gunmen attacked")


def test_known_header_blocks_from_json() -> None:
    text = "The Headline\n\nThe standfirst sentence here\n\nBody paragraph one is here and long enough."
    p = parse_text(text, header_blocks=2, known={"headline": "The Headline", "standfirst": "x"})
    assert [b.kind for b in p.blocks] == ["headline", "standfirst", "paragraph"]
    assert p.blocks[2].section == "lede"


def test_lead_in_line_ending_in_colon_is_prose() -> None:
    text = ("Harbour Reopens After Storm\n\n"
            "The port reopened on Tuesday after a three-day closure that stranded dozens of ships, officials said.\n"
            "The harbour master told reporters:\n"
            "\u201cWe are open, but slowly.\u201d\n"
            "Officials said repairs would take weeks\n"
            "Crews worked through the night to clear debris from the two main berths, the agency said.\n")
    p = parse_text(text)
    kinds = {text[b.start:b.end]: (b.kind, b.label) for b in p.blocks}
    assert kinds["The harbour master told reporters:"] == ("paragraph", "")
    assert kinds["Officials said repairs would take weeks"] == ("paragraph", "")


# --- header shapes (invented outlets, people and places) --------------------------------------

BODY = ("Flood barriers failed along the river in Marrowdale on Tuesday, forcing hundreds of families "
        "to leave their homes, the county emergency office said.\n")


def _parse(text: str):
    p = parse_text(text)
    assert _covered_everything(text, p)
    return p


def _kinds(text: str, p) -> dict[str, tuple[str, str]]:
    return {text[b.start:b.end]: (b.kind, b.label) for b in p.blocks}


def test_outlet_and_date_line_after_headline_and_byline() -> None:
    text = "Barriers fail in Marrowdale\nBy Ilse Varga, Tomas Reyes\nThe Valley Courier (Web), 2024-03-05\n\n" + BODY
    p = _parse(text)
    assert p.fields["headline"] == "Barriers fail in Marrowdale"
    assert p.fields["byline"] == "Ilse Varga, Tomas Reyes"  # several authors, none of them an outlet
    assert p.fields["outlet"] == "The Valley Courier (Web)"
    assert p.fields["published"] == "2024-03-05"
    assert [b.kind for b in p.blocks] == ["headline", "meta", "meta", "paragraph"]
    assert p.blocks[3].section == "lede"  # the outlet line is not the lede


def test_outlet_dash_date_and_outlet_with_its_own_dash() -> None:
    assert _parse("Rivers rise\nNorthwire — March 5, 2024\n\n" + BODY).fields["outlet"] == "Northwire"
    f = _parse("Rivers rise\nGuest Column - Left, 2024-03-05\n\n" + BODY).fields
    assert f["outlet"] == "Guest Column - Left" and f["published"] == "2024-03-05"


def test_byline_with_pipes_and_byline_ending_in_an_outlet() -> None:
    f = _parse("Rivers rise in the valley\nBy Ilse Varga | Harbor Times | June 13, 2016\n\n" + BODY).fields
    assert (f["byline"], f["outlet"], f["published"]) == ("Ilse Varga", "Harbor Times", "2016-06-13")
    f = _parse("Rivers rise in the valley\nBy Ilse Varga and Tomas Reyes, Harbor Press\n\n" + BODY).fields
    assert (f["byline"], f["outlet"]) == ("Ilse Varga and Tomas Reyes", "Harbor Press")


def test_published_line_with_time_and_week_day() -> None:
    f = _parse("Rivers rise in the valley\nPublished 3:04 PM ET, Mon June 13, 2016\n\n" + BODY).fields
    assert f["published"] == "2016-06-13" and "desk" not in f and "outlet" not in f


def test_headline_ending_in_a_question_or_a_quotation_above_the_byline() -> None:
    for head in ("Can the levees hold? Engineers doubt it", "Mayor on the flood: “We were not ready”"):
        f = _parse(head + "\nBy Ilse Varga\nHarbor Times, 2024-03-05\n\n" + BODY).fields
        assert f["headline"] == head and f["outlet"] == "Harbor Times"


def test_names_line_outlet_repeat_and_other_headlines_are_set_aside() -> None:
    text = ("Barriers fail in Marrowdale\nHARBOR TODAY, 2024-03-05\n\nIlse Varga, and Tomas Reyes\n\nHARBOR TODAY\n\n"
            "River Towns Brace For Second Crest As Rain Returns\n\n" + BODY)
    p = _parse(text)
    kinds = _kinds(text, p)
    assert kinds["Ilse Varga, and Tomas Reyes"] == ("meta", "byline")
    assert kinds["HARBOR TODAY"] == ("meta", "outlet")
    assert kinds["River Towns Brace For Second Crest As Rain Returns"] == ("boilerplate", "other headline")
    assert p.fields["outlet"] == "HARBOR TODAY" and "standfirst" not in p.fields


def test_agency_datelines() -> None:
    text = "Rivers rise\nHarbor Times, 2024-03-05\n\n(CNN) " + BODY
    p = _parse(text)
    assert (p.blocks[2].label, text[p.blocks[2].start:p.blocks[2].end]) == ("dateline", "(CNN) ")
    p = _parse("Rivers rise\nHarbor Times, 2024-03-05\n\nMarrowdale, Eastland (Reuters) " + BODY)
    assert p.fields["dateline"] == "Marrowdale, Eastland"


def test_header_lines_of_a_json_article_are_found_too() -> None:
    text = "Barriers fail\n\nIlse Varga and Tomas Reyes\n\nHarbor Today\n\n" + BODY
    p = parse_text(text, header_blocks=1, known={"headline": "Barriers fail", "outlet": "Harbor Today"})
    assert [b.label for b in p.blocks[1:3]] == ["byline", "outlet"]
    assert p.blocks[3].kind == "paragraph" and p.blocks[3].section == "lede"


# --- furniture -----------------------------------------------------------------------------

HEAD = "Barriers fail in Marrowdale\nBy Ilse Varga\nHarbor Times, 2024-03-05\n\n"
P2 = "Engineers had warned for years that the earth banks could not hold a second crest, residents said.\n"
P3 = "The county opened two shelters in school gyms and asked drivers to stay off the valley road.\n"


def test_gallery_run_inside_a_paragraph_is_cut_out_and_the_prose_kept() -> None:
    gallery = ("Photos: Flood in the valley Photos: Flood in the valley A boat passes a flooded barn. Hide Caption 1 of 2 "
               "Photos: Flood in the valley Volunteers fill sandbags near the bridge. Hide Caption 2 of 2")
    text = HEAD + BODY + "The river rose overnight. " + gallery + " Water levels fell by noon, officials said.\n" + P2
    p = _parse(text)
    kinds = _kinds(text, p)
    assert kinds[gallery] == ("boilerplate", "photo gallery caption")
    assert kinds["The river rose overnight."] == ("paragraph", "")
    assert kinds["Water levels fell by noon, officials said."] == ("paragraph", "")
    analysed = " ".join(text[b.start:b.end] for b in p.blocks if b.kind in ANALYSED_KINDS)
    assert "sandbags" not in analysed


def test_caption_lines_by_credit_and_by_position() -> None:
    cap1 = "Volunteers stack sandbags near the old mill on Tuesday. | Ana Lopez/AP Photo"
    cap2 = "Mayor Ruth Okafor, left, and Chief Dan Ito, right, tour the shelter."
    cap3 = "A boat passes a flooded barn in Marrowdale, March 5, 2024. (Photo: Ana Lopez, Harbor Times)"
    text = HEAD + BODY + cap1 + "\n" + P2 + cap2 + "\n" + P3 + cap3 + "\n"
    kinds = _kinds(text, _parse(text))
    assert {kinds[c] for c in (cap1, cap2, cap3)} == {("boilerplate", "photo caption")}
    assert kinds[P2.strip()] == ("paragraph", "")


def test_video_promo_share_bar_related_links_and_credits() -> None:
    lines = {
        "JUST WATCHED Flood hits valley towns Replay More Videos ... MUST WATCH Flood hits valley towns 02:31": "video promo",
        "Facebook Twitter Pinterest Sandbags line the road. Photograph: Ana Lopez/Harbor Times": "share buttons",
        "SEE ALSO: Valley farmers count their losses": "related link",
        "More:Why the levees failed again": "related link",
        "Valley towns brace for the second crest Read more": "related link",
        "Story Continued Below": "advertisement",
        "Sign up for the Morning Valley newsletter": "share/subscribe line",
        "Harbor Times staff writer Jon Bell contributed to this report.": "contributor credit",
        "Corrections and clarifications: An earlier version of this story misstated the river's height.": "editor's note",
        "Updated at 5:01 p.m. ET": "update stamp",
    }
    text = HEAD + BODY + "".join(line + "\n" + P2 for line in lines)
    kinds = _kinds(text, _parse(text))
    assert {line: kinds[line][1] for line in lines} == lines


def test_furniture_sentence_at_the_end_of_a_prose_paragraph_is_cut_out() -> None:
    para = ("The county opened two shelters in school gyms and asked drivers to stay off the valley road. "
            "Click here to sign up for our flood alerts.")
    text = HEAD + BODY + para + "\n"
    kinds = _kinds(text, _parse(text))
    assert kinds["Click here to sign up for our flood alerts."] == ("boilerplate", "share/subscribe line")
    assert kinds[para.split(" Click")[0]] == ("paragraph", "")


def test_bracketed_promo_and_name_tooltip_inside_a_sentence() -> None:
    tooltip = "Ruth Anne OkaforValley mayor faces recall vote Levee money stalls in council MORE"
    para = (f"Mayor Ruth Okafor {tooltip} said the town would rebuild the banks before winter."
            "(GRAPHIC: Where the river broke through - hrbr.ly/2x)")
    text = HEAD + BODY + para + "\n"
    kinds = _kinds(text, _parse(text))
    assert kinds[tooltip] == ("boilerplate", "related headlines tooltip")
    assert kinds["(GRAPHIC: Where the river broke through - hrbr.ly/2x)"] == ("boilerplate", "related link")
    assert kinds["Mayor Ruth Okafor"] == ("paragraph", "")


def test_embedded_tweet_and_its_lines_above_after_a_lead_in() -> None:
    lead = "The county sheriff posted a warning on Tuesday night:"
    tweet = ["Do not drive on Valley Road.", "Water is over the bridge.",
             "Stay home tonight. — Marrowdale Sheriff (@MarrowSheriff) March 5, 2024"]
    text = HEAD + BODY + lead + "\n" + "\n".join(tweet) + "\n" + P2
    kinds = _kinds(text, _parse(text))
    assert [kinds[t] for t in tweet] == [("boilerplate", "embedded tweet")] * 3
    assert kinds[lead] == ("paragraph", "")


def test_prose_above_a_tweet_is_kept_when_nothing_closes_the_tweet_off() -> None:
    prose = "Residents filled sandbags all night."
    sig = "Stay home tonight. — Marrowdale Sheriff (@MarrowSheriff) March 5, 2024"
    text = HEAD + BODY + P2 + prose + "\n" + sig + "\n" + P3
    kinds = _kinds(text, _parse(text))
    assert kinds[sig] == ("boilerplate", "embedded tweet") and kinds[prose] == ("paragraph", "")


def test_pull_quote_and_author_biography() -> None:
    quote = "Engineers had warned for years that the earth banks could not hold."
    long_para = ("Nobody listened. " + quote + " The county said money ran out in the spring, and repairs "
                 "were put off until after the harvest.")
    bio = ("Ilse Varga is a senior correspondent for Harbor Times and the author of a book on river towns. "
           "Follow her on Twitter.")
    text = HEAD + BODY + quote + "\n" + long_para + "\n" + P3 + bio + "\n"
    kinds = _kinds(text, _parse(text))
    assert kinds[quote] == ("boilerplate", "pull quote (repeated in the text)")
    assert kinds[long_para] == ("paragraph", "")
    assert kinds[bio] == ("boilerplate", "author biography")


def test_promoted_headlines_between_paragraphs_and_headings_with_whole_word_labels() -> None:
    promo = "Valley farmers count their losses after the second flood in a year"
    text = (HEAD + BODY + promo + "\n" + P2 + "The investigation and the inquiry\n" + P3)
    p = _parse(text)
    kinds = _kinds(text, p)
    assert kinds[promo] == ("boilerplate", "headline-like line (link or subhead)")
    assert kinds["The investigation and the inquiry"] == ("meta", "heading")
    assert [b.section for b in p.blocks if b.kind == "paragraph"][-1] == "investigation_and_the_inquiry"


def test_seed_articles_keep_their_structure_under_the_furniture_rules() -> None:
    for name in ("000_262b19c4243f2b1a.txt", "002_b5890622697dba39.txt"):
        text = _read(name)
        p = parse_text(text)
        assert {b.label for b in p.blocks if b.kind == "boilerplate"} <= {"repeated headline", "link list"}
        assert _covered_everything(text, p)


def test_explainer_box_runs_on_to_its_closing_credit() -> None:
    box = ("Timeline Floods on the Marrow Show Hide The river has broken its banks four times since 1990. "
           "Marrowdale, Eastland Two people died when the old bridge fell.")
    more = "Sarvan, Eastland A dam gave way after a week of rain. Ilse Varga and Tomas Reyes"
    text = HEAD + BODY + box + "\n" + more + "\n" + P2
    kinds = _kinds(text, _parse(text))
    assert kinds[box] == ("boilerplate", "explainer box") and kinds[more] == ("boilerplate", "explainer box")
    assert kinds[P2.strip()] == ("paragraph", "")
    # without a closing credit, only the box's own line is set aside
    text = HEAD + BODY + box + "\n" + P2
    assert _kinds(text, _parse(text))[P2.strip()] == ("paragraph", "")


def test_promo_glued_after_a_caption_credit() -> None:
    line = ("Volunteers stack sandbags near the old mill. | Ana Lopez/AP Photo Weather Valley towns brace for "
            "a second crest Forecasters expect more rain by Friday.")
    text = HEAD + BODY + line + "\n" + P2
    p = _parse(text)
    reasons = [b.label for b in p.blocks if b.start >= text.index(line) and b.end <= text.index(line) + len(line)]
    assert reasons == ["photo caption", "promo after a caption"]


def test_story_highlights_open_key_points_and_the_dateline_follows() -> None:
    text = (HEAD + "Story highlights Two shelters opened in school gyms\n\nThe valley road is closed until Friday\n\n"
            "Marrowdale (CNN) " + BODY)
    p = _parse(text)
    kinds = _kinds(text, p)
    assert kinds["Story highlights"] == ("meta", "heading")
    assert [b.section for b in p.blocks if b.kind == "bullet"] == ["key_points", "key_points"]
    assert p.fields["dateline"] == "Marrowdale"
    assert [b.section for b in p.blocks if b.kind == "paragraph"] == ["lede"]


def test_contact_line_and_closing_biography_without_a_byline() -> None:
    bio = "Dara Quint is a columnist for the Valley Post. Follow her on Twitter @daraquint."
    text = "Barriers fail in Marrowdale\nHarbor Times, 2024-03-05\n\n" + BODY + P2 + \
        "Ilse Varga can be reached at ilse@harbortimes.example.\n" + bio + "\n"
    kinds = _kinds(text, _parse(text))
    assert kinds["Ilse Varga can be reached at ilse@harbortimes.example."] == ("boilerplate", "author contact")
    assert kinds[bio] == ("boilerplate", "author biography")


def test_cheap_gates_never_hide_a_match() -> None:
    """The substring tests before the slow patterns: True whenever the pattern matches (letter case folded as re does)."""
    import re

    from presslens.corpus import parse
    from presslens.lexicons.layout import CAPTION_POSITION, FURNITURE_LINES

    assert set(parse._SEARCH_NEEDS) <= {p.pattern for _, p, _ in FURNITURE_LINES}  # no stale entry
    lines = ["Tova Brel, LEFT, and Ivo Sand, right, at the pier", "Ana Quell, r\u0131ght, waves", "(From Left) the crew",
             "He went to the harbour and spoke at length.", "A\u00a0quiet day, said Brel."]
    for s in lines:
        assert bool(CAPTION_POSITION.search(s)) <= parse._may_name_positions(s), s
    assert parse._may_name_positions("Ana Quell, r\u0131ght, waves")  # dotless i matches "i" under re.IGNORECASE
    assert not parse._may_name_positions("Officials said the ferry sank.")
    for _, p, _ in FURNITURE_LINES:
        needs = parse._SEARCH_NEEDS.get(p.pattern)
        if needs:
            for s in ("Copyright 2031 Kelmar Post. ALL RIGHTS RESERVED", "Ferry sinks off Dralee – video", "READ MORE",
                      "Timeline Show Hide the years", "It may not be published, broadcast or rewritten."):
                assert bool(p.search(s)) <= parse._may_hold(s, needs, ignore_case=bool(p.flags & re.IGNORECASE)), (s, needs)


def test_ends_sentence_matches_the_terminal_pattern() -> None:
    from presslens.corpus import parse

    for s in ("He left.", "He left", 'He said "no."', "He said “yes” ,", "Quote:”   ", "a" * 20 + '.))"” ',
              "a" * 20 + ")))))))))))", ".", "", "Why?\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"):
        assert parse._ends_sentence(s) == bool(parse._TERMINAL.search(s)), repr(s)
