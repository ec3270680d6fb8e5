"""Tests for presslens.report.render: everything from article text is escaped."""

from __future__ import annotations

import pandas as pd

from presslens.report.render import escape, evidence_html, highlight, html_table


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


def test_html_table_escapes_cells() -> None:
    df = pd.DataFrame({"text": ["<script>x</script>"], "n": [1]})
    html = html_table(df, columns=["text"])
    assert "<script>" not in html and "&lt;script&gt;" in html and ">n<" not in html


def test_evidence_html_escapes_and_marks(seed_story) -> None:
    from presslens.framing.frames import frame_hits

    hits = frame_hits(seed_story)
    html = evidence_html(seed_story, hits.head(3), category="frame_name")
    assert html.startswith("<ul>") and html.count("<li>") >= 1 and "<mark" in html and "<script" not in html
    assert evidence_html(seed_story, hits.head(0), category="frame_name") == "<p><i>No evidence sentence.</i></p>"
