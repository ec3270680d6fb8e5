"""The public API in presslens/__init__.py: lazy, listed by dir(), documented, and story-friendly."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pandas as pd
import pytest

import presslens
from presslens.corpus.story import Story, as_story, load_story
from presslens.errors import StoryError
from seed import SEED


def test_dir_lists_the_api() -> None:
    names = dir(presslens)
    for n in ("load_story", "Story", "extract_claims", "find_quotes", "quotes_table", "casualty_claims",
              "reconcile", "distinctive_terms", "frame_hits", "articles_table", "corpus", "framing"):
        assert n in names
    assert set(presslens.__all__) <= set(names)


def test_every_public_name_resolves_and_has_a_docstring() -> None:
    for n in presslens.__all__:
        obj = getattr(presslens, n)
        doc = inspect.getdoc(obj) or ""
        assert doc.strip(), n
        if callable(obj) and n.endswith(("_table", "_terms", "_mentions", "_claims", "_hits", "_counts")):
            assert "Returns" in doc or "Columns" in doc, n


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        presslens.nonsense  # noqa: B018


def test_import_is_light() -> None:
    code = "import sys, presslens; print(sorted(m for m in ('pandas', 'numpy', 'nltk', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_old_import_paths_still_work() -> None:
    from presslens.casualties import extract_claims
    from presslens.quotes import find_quotes
    from presslens.story import load_story as old_load

    assert extract_claims is presslens.extract_claims
    assert find_quotes is presslens.find_quotes
    assert old_load is load_story


def test_functions_accept_a_slug_or_a_folder(seed_story: Story, seed_dir) -> None:
    by_story = presslens.sentences_table(seed_story)
    by_slug = presslens.sentences_table(SEED)
    by_path = presslens.sentences_table(seed_dir)
    pd.testing.assert_frame_equal(by_story, by_slug)
    pd.testing.assert_frame_equal(by_story, by_path)
    assert as_story(SEED) is as_story(seed_dir)  # loaded once while the files are unchanged
    with pytest.raises(TypeError, match="story slug or a folder path"):
        presslens.sentences_table(42)


def test_story_repr_is_one_short_line(seed_story: Story) -> None:
    r = repr(seed_story)
    assert "\n" not in r and len(r) < 200
    assert SEED in r and "2 articles" in r
    assert "characters" in repr(seed_story.articles[0]) and len(repr(seed_story.articles[0])) < 120


def test_story_from_dataframe() -> None:
    df = pd.DataFrame({
        "body": ["Three people were hurt when a bus overturned near the river on Monday.\n\nPolice said the driver fled.",
                 "A bus crash injured three passengers on Monday, officials said."],
        "site": ["The Daily Example", "Example Wire"],
        "headline": ["Bus overturns by the river", "Three hurt in bus crash"],
        "when": ["2024-03-04", "March 4, 2024"],
    })
    st = Story.from_dataframe(df, text="body", outlet="site", title="headline", date="when", slug="bus-crash")
    assert [a.outlet for a in st.articles] == ["The Daily Example", "Example Wire"]
    assert [a.meta["published"] for a in st.articles] == ["2024-03-04", "2024-03-04"]
    assert st.articles[0].meta["headline"] == "Bus overturns by the river"
    assert len(st.articles[0].analysed_blocks()) == 3  # headline and two paragraphs
    claims = presslens.casualty_claims(st)
    assert set(claims["low"].dropna().astype(int)) == {3}
    with pytest.raises(StoryError, match="no column 'text'"):
        Story.from_dataframe(df)
