"""Frames: triggers, scores per 1,000 words, evidence."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from presslens.corpus.gate import letter_words
from presslens.framing.frames import (
    HIT_COLUMNS,
    LexiconGate,
    ascii_safe,
    gate_applies,
    compile_lexicon,
    find_frames,
    frame_hits,
    frame_of,
    frame_scores,
    lexicon_spans,
    lower_safe,
    pattern_regex,
    plot_frames_heatmap,
    SHORT_SECTIONS,
    ranked_counts,
    word_counts,
)
from presslens.lexicons.framing import FRAMES
from seed import SEED_000, SEED_002


def test_lexicon_patterns_are_unique() -> None:
    seen: dict[str, str] = {}
    for frame, patterns in FRAMES.items():
        for p in patterns:
            assert seen.setdefault(p, frame) == frame, f"{p!r} in {seen[p]} and {frame}"


def test_longest_match_wins() -> None:
    hits = find_frames("Law enforcement guarded natural resources and the law.")
    assert [(f, t) for f, t, _, _ in hits] == [("crime_punishment", "law enforcement"),
                                                ("capacity_resources", "natural resources"), ("legality", "law")]
    assert frame_of("Infrastructure") == "capacity_resources" and frame_of("banana") == ""
    assert find_frames("investigators") and find_frames("investigators")[0][0] == "crime_punishment"


def test_seed_economic_and_resources(seed_story) -> None:
    hits = frame_hits(seed_story)
    assert list(hits.columns) == HIT_COLUMNS
    scores = frame_scores(hits, word_counts(seed_story))
    alls = scores[scores.section == "all"].set_index(["article_id", "frame"])
    cap = alls["per_1000"].xs("capacity_resources", level="frame")
    assert cap[SEED_002] > cap[SEED_000]
    both = alls["per_1000"].unstack()[["economic", "capacity_resources"]].sum(axis=1)
    assert both[SEED_002] > both[SEED_000]
    ev = hits[(hits.article_id == SEED_002) & hits.frame.isin(["economic", "capacity_resources"])]
    text = " ".join(ev.sentence)
    for phrase in ("infrastructure projects", "natural resource operations", "extraction and development sectors"):
        assert phrase in text
    assert set(ev.section) >= {"risks", "key_points"}
    r = alls.loc[(SEED_002, "capacity_resources")]
    assert r.per_1000 == pytest.approx(1000 * r.hits / r.words)
    risks = scores[(scores.article_id == SEED_002) & (scores.section == "risks") & (scores.frame == "capacity_resources")]
    assert risks.iloc[0].hits >= 4 and risks.iloc[0].words >= 50  # long enough for its own row


def test_word_counts_sum_to_tokens(seed_story) -> None:
    w = word_counts(seed_story)
    assert w[w.article_id == SEED_002].words.sum() == 676
    assert set(w[w.article_id == SEED_000].section) == {"lede", "body"}


def test_heatmap_and_labels(seed_story) -> None:
    scores = frame_scores(frame_hits(seed_story), word_counts(seed_story))
    fig = plot_frames_heatmap(scores, outlets=[a.label for a in seed_story.articles])
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 2 and len(ax.get_xticklabels()) == len(FRAMES)


_ALL_FRAME_PATTERNS = [p for ps in FRAMES.values() for p in ps]
_TRICKY = ("Law-enforcement and LAW enforcement guarded natural  resources; air-strikes hit the war-torn port. "
           "Investigators’ counter-terrorism raids, the ſecurity İnfrastructure, KILLED Σ civilians’ "
           "bodies; re-election campaign\u00a0trail, cease-fire, an estimated 40; Économie, warfare-wars.")


def test_factored_regex_finds_the_plain_alternation_matches() -> None:
    def spans(rx: str, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rx, text, re.IGNORECASE)]

    fast, plain = pattern_regex(_ALL_FRAME_PATTERNS), pattern_regex(_ALL_FRAME_PATTERNS, factor=False)
    assert fast != plain and spans(fast, _TRICKY) == spans(plain, _TRICKY) != []
    # a lexicon full of shared prefixes, classes and separators, on random texts
    lex = ["ab", "ab*", "abc", "abc d*", "abcd", "ab c", "abd*", "b-a", "ba*", "bac d", "a b c", "acc*"]
    rng = random.Random(7)
    fast, plain = pattern_regex(lex), pattern_regex(lex, factor=False)
    for _ in range(2000):
        text = "".join(rng.choice(["a", "b", "c", "d", "A", " ", "-", "’", "x", "ab", "abc "]) for _ in range(12))
        assert spans(fast, text) == spans(plain, text), text
    with pytest.raises(ValueError):
        pattern_regex(["Lower"])


def test_lexicon_spans_equal_case_insensitive_regex() -> None:
    rx = compile_lexicon(_ALL_FRAME_PATTERNS)
    assert all(lower_safe(chr(i), rx.literals) for i in range(128))
    assert lower_safe("é", rx.literals) and lower_safe("’", rx.literals) and lower_safe("\u00a0", rx.literals)
    assert not any(lower_safe(c, rx.literals) for c in "ſıİΣ")  # fold to "s"/"i", two characters, context
    for text in (_TRICKY, _TRICKY.upper(), _TRICKY.replace("ſ", "s"), "plain ascii security forces", "ſ"):
        assert lexicon_spans(rx, text) == [m.span() for m in rx.ci.finditer(text)]
    assert lexicon_spans(rx, "the ſecurity forces")[0] == (4, 19)  # "ſ" matches "s" case-insensitively
    odd = compile_lexicon(["ſun", "sea*", "kilo watt"])  # a non-ASCII literal: ASCII "s" matches "ſ" too
    assert not odd.ascii_literals and not lower_safe("s", odd.literals)
    for text in ("Sun, ſun, SEAS; KILO-watt, Kilo watt", "sun and sea"):
        assert lexicon_spans(odd, text) == [m.span() for m in odd.ci.finditer(text)] != []


def test_frame_scores_counts_and_evidence_order() -> None:
    hits = pd.DataFrame({"article_id": ["a"] * 6, "outlet": ["A"] * 6,
                         "section": ["body"] * 5 + ["lede"], "sent_id": [3, 1, 1, 2, 3, 0],
                         "frame": ["economic"] * 6})
    words = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["A", "A"], "section": ["lede", "body"],
                          "words": [10, 40]})
    s = frame_scores(hits, words, max_evidence=2, min_section_words=10).set_index(["section", "frame"])
    assert len(s) == 3 * len(FRAMES) and list(s.index.get_level_values(0).unique()) == ["lede", "body", "all"]
    body, alls = s.loc[("body", "economic")], s.loc[("all", "economic")]
    assert (body.hits, body.sentences, body.words, body.per_1000) == (5, 3, 40, 125.0)
    assert body.evidence_sent_ids == "3;1"  # ties keep the order of first appearance
    assert (alls.hits, alls.sentences, alls.words, alls.per_1000) == (6, 4, 50, 120.0)
    assert s.loc[("lede", "political")].hits == 0 and s.loc[("lede", "political")].evidence_sent_ids == ""
    assert ranked_counts([3, 1, 1, 2, 3, 0]) == [3, 1, 2, 0] and ranked_counts(["x", "y", "y"]) == ["y", "x"]


def test_short_sections_are_pooled() -> None:
    hits = pd.DataFrame({"article_id": ["a"] * 4, "outlet": ["A"] * 4, "section": ["headline", "lede", "body", "body"],
                         "sent_id": [0, 1, 2, 3], "frame": ["economic"] * 4})
    words = pd.DataFrame({"article_id": ["a"] * 3, "outlet": ["A"] * 3, "section": ["headline", "lede", "body"],
                          "words": [4, 30, 120]})
    s = frame_scores(hits, words).set_index(["section", "frame"])
    assert list(s.index.get_level_values(0).unique()) == [SHORT_SECTIONS, "body", "all"]
    short = s.loc[(SHORT_SECTIONS, "economic")]
    assert (short.hits, short.words, short.evidence_sent_ids) == (2, 34, "0;1")
    assert short.per_1000 == pytest.approx(2000 / 34)  # not 250 per 1,000 for the 4-word headline
    assert s.loc[("body", "economic")].hits == 2 and s.loc[("all", "economic")].hits == 4


def test_lexicon_gate_rules_out_only_groups_without_a_match() -> None:
    """Random lexicons and texts: a group the gate leaves out never matches; unrelated text rules all out."""
    rng = random.Random(11)
    pieces = ["ab", "abc", "b", "ca", "a", "ab*", "c*", "b-a", "a’c", "ba*", "x1"]
    for _ in range(60):
        groups = [[" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
                  for _ in range(rng.randint(1, 4))]
        gate = LexiconGate(groups)
        rxs = [compile_lexicon(g) for g in groups]
        for _ in range(40):
            text = "".join(rng.choice(["a", "b", "c", "A", "B", " ", "-", "’", "x", "1", "ab", "abc ", "é", "."])
                           for _ in range(rng.randint(0, 16)))
            assert gate_applies(gate, text)
            maybe = gate.groups(letter_words(text))
            for k, rx in enumerate(rxs):
                if lexicon_spans(rx, text):
                    assert k in maybe, (groups[k], text)
    gate = LexiconGate([["security forces", "police*"], ["cost*"], ["cease-fire"]])
    assert gate.groups(letter_words("Rain fell on the hills.")) == set()
    assert gate.groups(letter_words("The Policemen and the cease-fire.")) == {0, 2}
    assert gate.groups(letter_words("Forces of security.")) == {0}  # words present: may match (the regex decides)


def test_gate_applies_only_where_lexicon_spans_lowercases() -> None:
    gate = LexiconGate([["sun", "sea*"]])
    assert ascii_safe(gate.literal_set) and gate_applies(gate, "Sun and SEA, café")
    assert not gate_applies(gate, "the ſun")  # "ſ" matches "s" case-insensitively: no gate
    odd = LexiconGate([["ſun"]])
    assert not ascii_safe(odd.literal_set) and not gate_applies(odd, "plain sun")
