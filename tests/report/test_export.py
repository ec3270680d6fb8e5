"""Tests for presslens.report.export: reader pages are offline, tidy, navigable and anchored."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from presslens.report.export import (MAX_OUTPUTS, Page, SentenceRef, anchor_fragments, anchors_in, export_html,
                                     nav_html, tidy_outputs)
from presslens.report.render import html_table

SENT_A = "The harbour master said three cranes were damaged in the storm on Tuesday."
SENT_B = "Dock workers were sent home while engineers inspected the north quay."


def _refs() -> list[SentenceRef]:
    return [SentenceRef("wire:0", "s-wire-0", SENT_A, "Harbour Wire"),
            SentenceRef("wire:1", "s-wire-1", SENT_B, "Harbour Wire"),
            SentenceRef("post:4", "s-post-4", SENT_A, "Evening Post"),  # the same sentence in another outlet
            SentenceRef("post:5", "s-post-5", "Short one.", "Evening Post")]


def test_tidy_outputs_merges_html_drops_path_reprs_and_caps() -> None:
    html = [nbformat.v4.new_output("display_data", data={"text/html": f"<p>{i}</p>", "text/plain": "x"})
            for i in range(3)]
    path = nbformat.v4.new_output("execute_result", data={"text/plain": "PosixPath('/r/.staging/x/figures/a.png')"},
                                  execution_count=1)
    number = nbformat.v4.new_output("execute_result", data={"text/plain": "42"}, execution_count=2)
    tidy = tidy_outputs([*html, path, number])
    assert len(tidy) == 2 and tidy[0]["data"]["text/html"] == "<p>0</p>\n<p>1</p>\n<p>2</p>"
    assert tidy[1]["data"]["text/plain"] == "42"  # a real result stays
    images = [nbformat.v4.new_output("display_data", data={"image/png": "AAAA"}) for _ in range(MAX_OUTPUTS + 7)]
    capped = tidy_outputs(images)
    assert len(capped) == MAX_OUTPUTS + 1 and "7 more outputs" in capped[-1]["text"]


def test_anchors_go_to_marked_rows_then_to_the_text_then_to_quoting_cells() -> None:
    import pandas as pd

    marked = html_table(pd.DataFrame({"article_id": ["wire"] * 9, "sent_id": [1] + [9] * 8, "x": range(9)}),
                        columns=["x"])
    prose = f"<p><b>Evening Post</b>: {SENT_A}</p><p>Harbour Wire: <i>{SENT_A[:20]}</i>{SENT_A[20:]}</p>"
    quotes = ("<table><tr><td>Evening Post</td><td>three cranes were damaged in the storm on Tuesday</td></tr>"
              "</table>")
    out = anchor_fragments([marked, prose, quotes], _refs())
    # 1. the marked row carries its anchor (in the full table, not the preview)
    assert '<span class="pl-anchor" id="s-wire-1"></span>0' in out[0]
    assert out[0].split("<details")[0].count("pl-anchor") == 0
    # 2. a sentence split by markup is found; of two copies, the one in its own outlet's paragraph
    assert re.search(r'Harbour Wire: <i><span class="pl-anchor" id="s-wire-0"></span>The harbour', out[1])
    assert '<b>Evening Post</b>: <span class="pl-anchor" id="s-post-4"></span>The harbour' in out[1]
    # 3. every anchor once; short sentences are not looked for in the text
    page = "".join(out)
    assert sorted(anchors_in(page)) == ["s-post-4", "s-wire-0", "s-wire-1"]
    assert page.count('id="s-wire-0"') == 1


def test_a_quote_in_a_table_cell_anchors_its_sentence() -> None:
    cell = "<table><tr><td>Harbour Wire</td><td>engineers inspected the north quay and found cracks</td></tr></table>"
    refs = [SentenceRef("wire:1", "s-wire-1", SENT_B.replace(".", " and found cracks."), "Harbour Wire")]
    out = anchor_fragments([cell], refs)[0]
    assert '<td><span class="pl-anchor" id="s-wire-1"></span>engineers inspected' in out


def test_anchoring_keeps_escaped_text_escaped() -> None:
    frag = "&lt;script&gt;alert(1)&lt;/script&gt; <p>" + SENT_B + "</p>"
    out = anchor_fragments([frag], _refs())[0]
    assert out.startswith("&lt;script&gt;alert(1)&lt;/script&gt;") and "<script" not in out
    assert 'id="s-wire-1"' in out


def test_nav_lists_pages_and_contents_escaped() -> None:
    nav = nav_html(current="b.html", pages=[Page("index.html", "Findings"), Page("b.html", "<B>")],
                   toc=[(2, "x-1", "Quotes & <speakers>")])
    assert 'href="b.html" aria-current="page">&lt;B&gt;' in nav and '<a href="#x-1">Quotes &amp; &lt;speakers&gt;' in nav


def test_exported_page_loads_nothing_from_the_network(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\n\n## First part\n\nCosts $33.5 million and $65 each."),
                nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
                    "display_data", data={"text/html": f"<p>{SENT_A}</p>"})])]
    src = tmp_path / "n.ipynb"
    nbformat.write(nb, src)
    html_path = tmp_path / "n.html"
    export_html(src, html_path, title="T", pages=[Page("index.html", "Findings"), Page("n.html", "N")])
    page = html_path.read_text(encoding="utf-8")
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', page)  # no CDN: require.js, MathJax, mermaid
    assert "MathJax" not in page.replace("mathjax_ignore", "") and "require.min.js" not in page
    assert "tex2jax_ignore mathjax_ignore" in page and "$33.5 million and $65" in page
    assert '<a href="#First-part">First part</a>' in page  # the contents
    assert "sortable, searchable tables" in page  # the table script is inline
