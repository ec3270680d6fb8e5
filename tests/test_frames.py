"""Frames: triggers, scores per 1,000 words, evidence."""

from __future__ import annotations

import pytest

from conftest import SEED_000, SEED_002
from presslens.frames import (
    HIT_COLUMNS,
    find_frames,
    frame_hits,
    frame_of,
    frame_scores,
    plot_frames_heatmap,
    word_counts,
)
from presslens.lexicons.framing import FRAMES


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
    assert risks.iloc[0].hits >= 5


def test_word_counts_sum_to_tokens(seed_story) -> None:
    w = word_counts(seed_story)
    assert w[w.article_id == SEED_002].words.sum() == 676
    assert set(w[w.article_id == SEED_000].section) == {"lede", "body"}


def test_heatmap_and_labels(seed_story) -> None:
    scores = frame_scores(frame_hits(seed_story), word_counts(seed_story))
    fig = plot_frames_heatmap(scores, outlets=[a.label for a in seed_story.articles])
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 2 and len(ax.get_xticklabels()) == len(FRAMES)
