"""Generic news frames (Semetko & Valkenburg battery): cues, graded answers, presence, heat map."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.corpus.story import load_story
from presslens.framing.frames import word_counts
from presslens.framing.generic_frames import (
    EVIDENCE_COLUMNS,
    FRAME_COLUMNS,
    FULL_ANSWER,
    find_generic_cues,
    generic_frame_evidence,
    generic_frames_table,
    plot_generic_frames,
    question_text,
)
from presslens.lexicons.framing import GENERIC_FRAME_NAMES, GENERIC_FRAME_QUESTIONS


def _questions(text: str) -> set[tuple[str, str]]:
    return {(f, q) for f, q, _, _, _ in find_generic_cues(text)}


def test_battery_has_the_five_frames_and_twenty_questions() -> None:
    assert set(GENERIC_FRAME_QUESTIONS) == set(GENERIC_FRAME_NAMES) == {
        "conflict", "economic", "human_interest", "morality", "resolution"}
    assert sum(len(q) for q in GENERIC_FRAME_QUESTIONS.values()) == 20
    assert question_text("economic", "costs").startswith("Is there a mention of the costs")


def test_cues_answer_their_questions() -> None:
    assert ("conflict", "reproach") in _questions("The mayor accused the council of wasting time.")
    assert ("conflict", "disagreement") in _questions("Farmers and the ministry remain at odds over the dam.")
    assert ("economic", "costs") in _questions("The new bridge will cost $4.5 billion.")
    assert ("economic", "costs") in _questions("Officials put the bill at £18m.")  # money amount pattern
    assert ("human_interest", "human_face") in _questions("Mara Velden, 58, lost her orchard.")
    assert ("morality", "religion") in _questions("The Catholic Church urged restraint.")  # a name, yet religion
    assert ("resolution", "urgent_action") in _questions("Engineers say urgent action is needed.")
    assert _questions("The weather was mild on Tuesday.") == set()


def test_names_are_not_cues() -> None:
    # "Justice" in a department's name is no moral message; "Hope Street" no emotion
    assert ("morality", "moral_message") not in _questions("The Justice Department filed papers.")
    assert ("human_interest", "emotive_wording") not in _questions("They met on Fear Street in Dunmore.")
    assert ("morality", "religion") not in _questions("Officials in Islamabad met the envoy.")
    spans = find_generic_cues("Ministers blamed the port.", offset=10)
    f, q, cue, a, b = next(x for x in spans if x[1] == "reproach")
    assert cue == "blamed" and (a, b) == (20, 26)


def _tiny_story(tmp_path, text: str):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return load_story(tmp_path)


def test_graded_answers_and_presence(tmp_path) -> None:
    s = _tiny_story(tmp_path, "Harbour row deepens\n\n"
                    "The union accused the port authority of lying. The authority denounced the union. "
                    "Critics slammed both. Dockers and managers remain at odds over pay. "
                    "The dispute cost the town $3 million.\n")
    ev = generic_frame_evidence(s)
    assert list(ev.columns) == EVIDENCE_COLUMNS and not ev.empty
    art = s.articles[0]
    r = ev.iloc[0]
    assert art.text[r.start:r.end].lower() == r.cue
    t = generic_frames_table(ev, word_counts(s))
    assert list(t.columns) == FRAME_COLUMNS and len(t) == 5
    conflict = t.set_index("frame").loc["conflict"]
    reproach_sents = ev[(ev.frame == "conflict") & (ev.question == "reproach")].sent_id.nunique()
    assert reproach_sents >= FULL_ANSWER  # a full answer
    assert conflict.present and conflict.score >= 0.25 and conflict.questions.startswith("reproach")
    morality = t.set_index("frame").loc["morality"]
    assert not morality.present and morality.score == 0 and morality.questions == ""
    # the threshold decides presence; the score does not change with it
    t2 = generic_frames_table(ev, word_counts(s), present_at={f: 1.0 for f in GENERIC_FRAME_NAMES})
    assert not t2.present.any() and t2.score.tolist() == t.score.tolist()


def test_score_is_the_mean_of_capped_answers() -> None:
    ev = pd.DataFrame({"article_id": ["a"] * 5, "frame": ["economic"] * 5,
                       "question": ["costs"] * 4 + ["losses_gains"], "sent_id": [1, 2, 3, 4, 1]})
    words = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "section": ["body"], "words": [300]})
    e = generic_frames_table(ev, words, full_answer=3).set_index("frame").loc["economic"]
    assert e.score == pytest.approx((1 + 1 / 3 + 0) / 3, abs=1e-3)  # 4 cost sentences cap at a full answer
    assert e.questions == "costs;losses_gains" and e.n_sentences == 4 and e.evidence_sent_ids == "1;2;3;4"


def test_seed_and_heatmap(seed_story) -> None:
    ev = generic_frame_evidence(seed_story)
    t = generic_frames_table(ev, word_counts(seed_story))
    assert set(t.article_id) == {a.article_id for a in seed_story.articles}
    # both articles report accusations exchanged between two governments: conflict
    assert t[t.frame == "conflict"].present.all()
    assert t.present.dtype == bool and t.score.between(0, 1).all()
    fig = plot_generic_frames(t, outlets=[a.label for a in seed_story.articles])
    assert len(fig.axes[0].get_xticklabels()) == 5


def test_gated_cues_equal_every_question_run(monkeypatch) -> None:
    """The lexicon gate skips only questions that have no cue: same cues as running every question."""
    import random

    from presslens.framing import generic_frames

    rng = random.Random(7)
    cues = [p.replace("*", "s") for qs in GENERIC_FRAME_QUESTIONS.values() for _t, ps in qs.values() for p in ps]
    filler = ["the", "Council", "of", "Velmora", "said", "on", "Tuesday", "that", "a", "new", "bridge", "$4 million",
              "Ana Ruiz, 58,", "-", "“", "ſ", "é"]
    texts = [" ".join(rng.choice(cues + filler * 3) for _ in range(rng.randint(1, 14))) for _ in range(300)]
    texts += [t.upper() for t in texts[:30]] + [t.title() for t in texts[30:60]]
    gated = [find_generic_cues(t, offset=5) for t in texts]
    monkeypatch.setattr(generic_frames, "gate_applies", lambda gate, text: False)
    assert [find_generic_cues(t, offset=5) for t in texts] == gated
    assert sum(map(bool, gated)) > 200


def test_needs_digit_only_when_every_match_holds_one() -> None:
    import re

    from presslens.framing.generic_frames import needs_digit

    proved = [r"\d", r"a\d", r"[0-9]+", r"(?:\d|5)", r"a(\d)b", r"x{2}\d", r"(?:ab\d|\d{2}c)"]
    unproved = [r"(?:x|\d)", r"\d?", r"[\d,]", r"[^\d]", r"\D", r"\d*", r"a|\d", "[0-9a]"]
    assert all(needs_digit(p) for p in proved) and not any(needs_digit(p) for p in unproved)
    for p in proved:  # a text without a digit never matches a proved pattern
        assert not re.search(p, "ab c x, five ¾ xx abc")
