"""Tests of presslens.charts."""

from presslens.charts import wrap_label


def test_wrap_label() -> None:
    assert wrap_label("a" * 10 + " " + "b" * 30 + " " + "c" * 30, width=20).count("\n") == 1
    assert wrap_label("Daijiworld Media Network", width=24) == "Daijiworld Media Network"
    assert wrap_label("one two three four five six", width=8, lines=2).endswith("…")


def test_chart_outlets_keeps_all_when_few_else_the_heaviest_in_order() -> None:
    from presslens.charts import chart_outlets

    assert chart_outlets(["b", "a", "b"], limit=5) == ["b", "a"]
    assert chart_outlets(list("abcdef"), weights={"c": 5, "e": 3, "a": 1}, limit=3) == ["a", "c", "e"]
    assert chart_outlets(list("abcdef"), weights={"c": 5, "e": 3}, keep=["f"], limit=2) == ["c", "f"]
    assert chart_outlets(list("abcdef"), keep=["zz"], limit=2) == ["a", "b"]  # unknown keep ignored; ties in order


def test_top_segments_pools_the_small_ones() -> None:
    from presslens.charts import top_segments

    segs = {"headline": 1, "body": 10, "notes": 3, "box": 2, "sidebar": 1}
    assert top_segments(segs, limit=5) == {k: k for k in segs}
    got = top_segments(segs, limit=3, always=["headline"], other="other")
    assert got == {"headline": "headline", "body": "body", "notes": "other", "box": "other", "sidebar": "other"}


def test_section_words_for_chart_keeps_the_longest_articles() -> None:
    import pandas as pd

    from presslens.charts import section_words_for_chart

    rows = [(f"a{k}", sec, n) for k in range(6) for sec, n in (("body", 10 * k + 1), (f"box{k}", 2))]
    t = pd.DataFrame(rows, columns=["article_id", "section", "n_words"])
    d = section_words_for_chart(t, max_articles=2, max_sections=2, always=["body"])
    assert list(dict.fromkeys(d.article_id)) == ["a4", "a5"]  # the two longest, in table order
    assert set(d.section) == {"body", "other sections"} and d.n_words.sum() == 41 + 51 + 4
    assert set(section_words_for_chart(t, max_articles=2, max_sections=3).section) == {"body", "box4", "box5"}
    assert section_words_for_chart(t.head(2)).equals(t.head(2))


def test_top_rows_keeps_the_heaviest_values() -> None:
    import pandas as pd

    from presslens.charts import top_rows

    t = pd.DataFrame({"section": ["all", "a", "b", "c", "a", "all"], "n": [1, 5, 2, 9, 5, 1]})
    # a: 10 sentences, c: 9, b: 2; "all" is always kept
    assert list(top_rows(t, column="section", weight="n", limit=2, always=["all"]).section) == ["all", "a", "a", "all"]
    assert top_rows(t, column="section", weight="n", limit=4) is t
