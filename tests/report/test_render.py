"""Tests for presslens.report.render: everything from article text is escaped; tables open with a preview."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from presslens.report.render import (FOLD_AFTER, NO_MATH, escape, evidence_html, format_cell, highlight, html_table,
                                     sentence_anchor, sentence_key)


def test_escape() -> None:
    assert escape('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    assert escape(None) == ""


def test_highlight_escapes_and_marks() -> None:
    text = "At least 145 <b>militants</b> were killed.\nNext line."
    html = highlight(text, [(0, 12, "killed"), (5, 8, "overlap"), (13, 29, "<x>")], title="<T>")
    assert "<b>" not in html and "&lt;b&gt;militants&lt;/b&gt;" in html
    assert '<mark style="background:#ffe08a" title="killed">At least 145</mark>' in html
    assert 'title="&lt;x&gt;"' in html
    assert html.startswith("<h4>&lt;T&gt;</h4>") and "<br>" in html
    assert html.count("<mark") == 2  # the overlapping span is clipped away
    assert NO_MATH in html and 'class="pl-text' in html  # "$65" is never typeset; long texts fold in reports


def test_html_table_escapes_cells() -> None:
    df = pd.DataFrame({"text": ["<script>x</script>"], "n": [1]})
    html = html_table(df, columns=["text"])
    assert "<script>" not in html and "&lt;script&gt;" in html and ">n<" not in html


def test_html_table_opens_with_a_preview_and_shows_all_rows_behind_a_control() -> None:
    df = pd.DataFrame({"article_id": ["a"] * 30, "sent_id": range(30), "text": [f"row {i}" for i in range(30)],
                       "score": np.linspace(0, 1, 30)})
    html = html_table(df, columns=["text", "score"])
    preview, full = html.split("<details", 1)
    assert preview.count("<tr>") == 1 + 5  # header + the first five rows
    assert "show all 30 rows" in full and full.count("<tr") == 1 + 30  # nothing stops silently at 200
    # the sentence of every row is marked although its columns are not shown, for report links
    assert 'data-pl-sent="a:0"' in full and 'data-pl-sent="a:29"' in full and "data-pl-sent" not in preview
    assert '<th class="pl-num">score</th>' in html and '<th>text</th>' in html  # numbers right, text left
    assert NO_MATH in html


def test_html_table_short_tables_show_everything_and_long_ones_say_what_they_leave_out() -> None:
    short = html_table(pd.DataFrame({"x": range(FOLD_AFTER)}))
    assert "<details" not in short and short.count("<tr") == 1 + FOLD_AFTER
    long = html_table(pd.DataFrame({"x": range(50)}), max_rows=20)
    assert "The first 20 of 50 rows" in long and long.count("<tr") == 2 * 1 + 5 + 20


def test_html_table_marks_pairs_of_sentences_and_skips_missing_ones() -> None:
    df = pd.DataFrame({"article_id_a": ["x", "x"], "sent_id_a": [3, -1], "article_id_b": ["y", "y"],
                       "sent_id_b": [4, float("nan")], "fact": ["f", "g"]})
    html = html_table(df, columns=["fact"])
    assert 'data-pl-sent="x:3 y:4"' in html and html.count("data-pl-sent") == 1


def test_format_cell_and_anchor() -> None:
    assert [format_cell(v) for v in (None, math.nan, 145.0, 0.29847, 12.345, True, "a")] == \
        ["", "", "145", "0.298", "12.3", "True", "a"]
    assert sentence_anchor("07 usa/today", 12) == "s-07_usa_today-12"
    assert sentence_key("a", 2.0) == "a:2" and sentence_key("a", -1) is None and sentence_key("", 1) is None


def test_evidence_html_escapes_and_marks(seed_story) -> None:
    from presslens.framing.frames import frame_hits

    hits = frame_hits(seed_story)
    html = evidence_html(seed_story, hits.head(3), category="frame_name")
    assert html.startswith('<ul class="pl-evidence') and html.count("<li") >= 1 and "<mark" in html
    assert "<script" not in html and "data-pl-sent=" in html
    assert evidence_html(seed_story, hits.head(0), category="frame_name") == "<p><i>No evidence sentence.</i></p>"


def test_links_are_only_ever_http() -> None:
    from presslens.report.render import link, safe_href

    assert safe_href("https://news.example/a?b=1&c=2") == "https://news.example/a?b=1&amp;c=2"
    assert safe_href("HTTP://news.example/") == "HTTP://news.example/"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
                "vbscript:x", "//evil.example/x", "/etc/passwd", "file:///etc/passwd", "http:evil", None, 5):
        assert safe_href(bad) is None, bad
    assert link("javascript:alert(1)", "<b>Outlet</b>") == "&lt;b&gt;Outlet&lt;/b&gt;"
    assert link("https://a.example/\"onmouseover=x", "O").startswith('<a href="https://a.example/&quot;onmouseover=x"')


def test_html_table_caps_columns_and_says_so() -> None:
    from presslens.report.render import html_table

    wide = pd.DataFrame([list(range(50))], columns=[f"c{i}" for i in range(50)])
    out = html_table(wide, max_columns=10)
    assert "<th class=\"pl-num\">c9</th>" in out and ">c10<" not in out
    assert "The first 10 of 50 columns" in out
    assert "columns;" not in html_table(wide.iloc[:, :40])


def test_shown_note() -> None:
    from presslens.report.render import shown_note

    assert shown_note(5, 5, what="outlets") == ""
    note = shown_note(20, 200, what="outlets <b>", where="tone.csv")
    assert "20 of 200 outlets &lt;b&gt;" in note and "tables/tone.csv" in note
