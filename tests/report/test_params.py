"""Tests for presslens.report.params: one clear ValueError per bad notebook parameter."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.paths import reports_dir
from presslens.report.params import ParameterError, check_parameters
from seed import SEED


def test_good_values_come_back_clean_and_in_order() -> None:
    story, out, thr, ref, n = check_parameters(story=SEED, output_dir="", similarity_threshold="0.4",
                                               reference_outlet=" ", n_terms=10.0)
    assert (story, thr, ref, n) == (SEED, 0.4, "", 10)
    assert out == str(reports_dir() / SEED)  # empty output_dir: the story's own report folder
    assert check_parameters(story=SEED, output_dir="reports/x") == (SEED, "reports/x")
    assert check_parameters(unknown=[1]) == ([1],)  # parameters without a rule pass unchanged


@pytest.mark.parametrize(("name", "value", "says"), [
    ("similarity_threshold", "abc", "must be a number above 0 and at most 1"),
    ("similarity_threshold", -1, "must be above 0 and at most 1"),
    ("similarity_threshold", 5, "must be above 0 and at most 1"),
    ("similarity_threshold", float("nan"), "must be a number"),
    ("min_count", 0, "must be from 1 to 1000"),
    ("min_count", 2.5, "must be a whole number"),
    ("n_terms", True, "must be a whole number"),
    ("reference_outlet", 3, "must be text"),
    ("reference_outlet", "Nowhere Gazette", "is not an article id or outlet label of this story"),
])
def test_each_bad_value_is_named_with_what_it_must_be(name: str, value: object, says: str) -> None:
    with pytest.raises(ValueError, match=says) as err:
        check_parameters(story=SEED, **{name: value})
    assert str(err.value).startswith(f"{name} = {value!r}:") and "\n" not in str(err.value)


def test_a_missing_story_and_several_bad_values_in_one_error(tmp_path: Path) -> None:
    with pytest.raises(ParameterError) as err:
        check_parameters(story=str(tmp_path / "nope"), output_dir="", similarity_threshold="high")
    lines = str(err.value).splitlines()
    assert lines[0] == "bad parameter value(s):" and len(lines) == 3
    assert "story = " in lines[1] and "no story folder at" in lines[1] and SEED in lines[1]
    assert lines[2].strip().startswith("similarity_threshold = 'high'")
    with pytest.raises(ValueError, match="output_dir = 5"):
        check_parameters(story=SEED, output_dir=5)


def test_reference_outlet_accepts_a_label_or_an_id(seed_story) -> None:
    art = seed_story.articles[0]
    assert check_parameters(story=SEED, reference_outlet=art.label) == (SEED, art.label)
    assert check_parameters(story=SEED, reference_outlet=art.article_id) == (SEED, art.article_id)
