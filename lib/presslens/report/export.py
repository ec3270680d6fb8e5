"""Reader HTML for an executed notebook: offline, navigable, every evidence sentence anchored.

:func:`export_html` renders a notebook with nbconvert's JupyterLab look, but:

- nothing is loaded from the network: no require.js, MathJax, mermaid or widget manager (the
  ``presslens`` template in ``templates/``), the stylesheet and table script of ``assets/`` are
  inlined, and the page is marked ``tex2jax_ignore mathjax_ignore`` so "$33.5 million … $65" shows
  as written;
- a navigation bar links the findings page and the other notebook pages, and a table of contents
  lists the page's sections;
- every sentence of the story that the page shows gets a stable anchor ``s-<article id>-<sentence
  id>`` (:func:`presslens.report.render.sentence_anchor`) at its first appearance: a table row
  marked with its sentence, else the place its text appears (a table cell that quotes part of a
  sentence counts), so the findings page can link to the evidence;
- consecutive HTML outputs of a cell are merged into one, a cell's return value that is only a
  file path (``PosixPath('…/.staging/…')``) is dropped, and a cell keeps at most
  :data:`MAX_OUTPUTS` outputs.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presslens.report.render import NO_MATH, escape, sentence_anchor

if TYPE_CHECKING:
    import nbformat

    from presslens.corpus.story import Story

#: Most outputs one cell keeps in a report (the rest are counted in a note).
MAX_OUTPUTS = 200
#: Sentences shorter than this are anchored only where a table row names them (too common to find by text).
MIN_MATCH_CHARS = 25
#: A table cell must be this long to be found inside a sentence (a quote shown in a table).
MIN_CELL_CHARS = 30
#: Characters of a cell's beginning looked for inside the sentences (a quote may run over two).
PROBE_CHARS = 80

_PATH_REPR = re.compile(r"^(Posix|Windows|Pure\w*)?Path\(['\"].*['\"]\)$", re.S)
_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
_SKIP_TEXT = {"style", "script"}
_UNITS = {"tr", "li", "p", "blockquote", "dd"}


@dataclass(frozen=True)
class Page:
    """One page of a report, for the navigation bar.

    Attributes:
        href: file name (``01_source_comparison.html``).
        label: link text.
    """

    href: str
    label: str


@dataclass(frozen=True)
class SentenceRef:
    """A sentence the pages can anchor.

    Attributes:
        key: ``"<article id>:<sentence id>"`` (as in the tables' row markers).
        anchor: its HTML id.
        text: the sentence as in the article text.
        label: the article's display label (prefers an occurrence in a row naming it).
    """

    key: str
    anchor: str
    text: str
    label: str


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    """Return the text of a file in ``presslens/report/assets/`` (``report.css``, ``report.js``)."""
    return resources.files("presslens.report").joinpath("assets", name).read_text(encoding="utf-8")


def story_sentences(story: "Story") -> list[SentenceRef]:
    """List a story's sentences for anchoring, in story order.

    Args:
        story: the story.

    Returns:
        One :class:`SentenceRef` per sentence.
    """
    from presslens.corpus.tables import sentences_table

    labels = {a.article_id: a.label for a in story.articles}
    sents = sentences_table(story)
    return [SentenceRef(f"{a}:{int(s)}", sentence_anchor(a, int(s)), str(t).strip(), labels.get(a, ""))
            for a, s, t in zip(sents["article_id"].astype(str), sents["sent_id"], sents["text"])]


# ---------------------------------------------------------------------------------------------
# outputs: merge, drop path reprs, cap


def _html_only(out: Any) -> bool:
    data = out.get("data", {})
    return (out.get("output_type") == "display_data" and "text/html" in data
            and set(data) <= {"text/html", "text/plain"} and not out.get("metadata")
            and not out.get("transient"))


def tidy_outputs(outputs: list[Any]) -> list[Any]:
    """Return a cell's outputs for a reader: consecutive HTML merged, path reprs dropped, capped.

    Args:
        outputs: the cell's outputs (nbformat output nodes); not modified.

    Returns:
        New list: consecutive ``display_data`` outputs holding only HTML become one; an
        ``execute_result`` whose only content is a file path's repr is left out; past
        :data:`MAX_OUTPUTS` outputs, one stream output says how many were left out.
    """
    import nbformat

    tidy: list[Any] = []
    for out in outputs:
        data = out.get("data", {})
        if out.get("output_type") == "execute_result" and set(data) <= {"text/plain"} \
                and _PATH_REPR.match(str(data.get("text/plain", "")).strip()):
            continue
        if tidy and _html_only(out) and _html_only(tidy[-1]):
            prev = tidy[-1]
            merged = nbformat.v4.new_output("display_data", data={
                "text/html": _text(prev["data"]["text/html"]) + "\n" + _text(data["text/html"]),
                "text/plain": "<HTML>"})
            tidy[-1] = merged
            continue
        tidy.append(out)
    if len(tidy) > MAX_OUTPUTS:
        dropped = len(tidy) - MAX_OUTPUTS
        tidy = tidy[:MAX_OUTPUTS] + [nbformat.v4.new_output(
            "stream", name="stderr",
            text=f"[presslens] {dropped:,} more outputs of this cell left out of the report "
                 f"(a cell should display one table or list, not thousands of pieces)\n")]
    return tidy


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


# ---------------------------------------------------------------------------------------------
# sentence anchors


def _parse_fragment(fragment: str) -> Any:
    from lxml import html as lxml_html

    return lxml_html.fragment_fromstring(fragment, create_parent="div")


def _serialise(wrapper: Any) -> str:
    from lxml import html as lxml_html

    head = _html.escape(wrapper.text, quote=False) if wrapper.text else ""
    return head + "".join(lxml_html.tostring(child, encoding="unicode") for child in wrapper)


def _text_nodes(root: Any) -> list[tuple[Any, str, str]]:
    """Text nodes in document order: (element, "text" or "tail", text); style and script skipped."""
    nodes: list[tuple[Any, str, str]] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag not in _SKIP_TEXT and "pl-preview" not in (el.get("class") or "").split():
            if el.text:
                nodes.append((el, "text", el.text))
            for child in el:
                walk(child)
        if el is not root and el.tail:
            nodes.append((el, "tail", el.tail))

    walk(root)
    return nodes


def _unit_of(el: Any) -> Any:
    for anc in el.iterancestors():
        if anc.tag in _UNITS:
            return anc
    return None


def _span(anchor: str) -> Any:
    from lxml import etree

    span = etree.Element("span")
    span.set("class", "pl-anchor")
    span.set("id", anchor)
    return span


def _insert_at(node: tuple[Any, str, str], offset: int, span: Any) -> None:
    el, kind, _ = node
    if kind == "text":
        text = el.text or ""
        el.text, span.tail = text[:offset] or None, text[offset:] or None
        el.insert(0, span)
    else:
        text = el.tail or ""
        el.tail, span.tail = text[:offset] or None, text[offset:] or None
        el.addnext(span)


def anchor_fragments(fragments: Sequence[str], sentences: Sequence[SentenceRef]) -> list[str]:
    """Give every sentence shown in a page's HTML outputs an anchor at its first appearance.

    Three passes, in order of certainty: rows and items marked ``data-pl-sent`` (by
    :func:`~presslens.report.render.html_table` and ``evidence_html``); then the full text of a
    sentence (at least :data:`MIN_MATCH_CHARS` characters), preferring an occurrence inside a row,
    item or paragraph that names the article's label; then a table cell whose first characters
    stand inside a sentence (a quote). An anchor is an empty ``<span class="pl-anchor"
    id="s-…">`` placed where the sentence starts.

    Args:
        fragments: the HTML outputs of one page, in page order.
        sentences: the story's sentences (:func:`story_sentences`).

    Returns:
        The fragments with anchors inserted (unchanged where nothing matched).
    """
    by_key = {s.key: s for s in sentences}
    done: set[str] = set()
    trees = []
    for frag in fragments:
        try:
            trees.append(_parse_fragment(frag))
        except Exception:  # noqa: BLE001 - a fragment lxml cannot read is left as it is
            trees.append(None)
    # 1. explicit markers
    for tree in trees:
        if tree is None:
            continue
        for el in tree.iterdescendants():
            keys = el.get("data-pl-sent") if isinstance(el.tag, str) else None
            if not keys:
                continue
            target = el.find("td") if el.tag == "tr" and el.find("td") is not None else el
            for key in keys.split():
                ref = by_key.get(key)
                if ref is None or ref.key in done:
                    continue
                span = _span(ref.anchor)
                span.tail, target.text = target.text, None
                target.insert(0, span)
                done.add(ref.key)
    # 2. a sentence's full text; 3. a long table cell found inside a sentence
    for tree in trees:
        if tree is None:
            continue
        todo = [s for s in sentences if s.key not in done and len(s.text) >= MIN_MATCH_CHARS]
        if not todo:
            break
        nodes = _text_nodes(tree)
        flat = "".join(t for _, _, t in nodes)
        starts, pos = [], 0
        for _, _, t in nodes:
            starts.append(pos)
            pos += len(t)
        inserts: list[tuple[int, int, Any]] = []

        def locate(offset: int) -> tuple[int, int]:
            import bisect

            i = bisect.bisect_right(starts, offset) - 1
            return i, offset - starts[i]

        for ref in todo:
            hits, at = [], flat.find(ref.text)
            while at >= 0 and len(hits) < 10:
                hits.append(at)
                at = flat.find(ref.text, at + 1)
            if not hits:
                continue
            chosen = hits[0]
            if len(hits) > 1 and ref.label:
                for h in hits:
                    unit = _unit_of(nodes[locate(h)[0]][0])
                    if unit is not None and ref.label in unit.text_content():
                        chosen = h
                        break
            i, off = locate(chosen)
            inserts.append((i, off, _span(ref.anchor)))
            done.add(ref.key)
        left = [s for s in sentences if s.key not in done and len(s.text) >= MIN_CELL_CHARS]
        if left:
            for td in tree.iter("td"):
                if any("pl-preview" in (a.get("class") or "") for a in td.iterancestors("table")):
                    continue
                cell = td.text_content().strip()
                if len(cell) < MIN_CELL_CHARS or len(cell.split()) < 5 or td.find(".//span[@class='pl-anchor']") is not None:
                    continue
                probe = cell[:PROBE_CHARS].rsplit(" ", 1)[0] if len(cell) > PROBE_CHARS else cell
                found = [s for s in left if s.key not in done and probe in s.text]
                if not found:
                    continue
                row = td.getparent()
                row_text = row.text_content() if row is not None else ""
                ref = next((s for s in found if s.label and s.label in row_text), found[0])
                span = _span(ref.anchor)
                span.tail, td.text = td.text, None
                td.insert(0, span)
                done.add(ref.key)
        for i, off, span in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
            _insert_at(nodes[i], off, span)
    return [frag if tree is None else _serialise(tree) for frag, tree in zip(fragments, trees)]


def anchors_in(page_html: str) -> set[str]:
    """Return the sentence anchors (``s-…`` ids) a page holds."""
    return set(re.findall(r'\bid="(s-[^"]+)"', page_html))


# ---------------------------------------------------------------------------------------------
# navigation


def nav_html(*, current: str, pages: Sequence[Page], toc: Iterable[tuple[int, str, str]] = ()) -> str:
    """Return the navigation bar: links to the report's pages, then the page's contents.

    Args:
        current: the href of this page (shown as current).
        pages: the report's pages, the findings page first.
        toc: ``(level, id, text)`` of the page's headings (level 2 or 3; text is escaped here).

    Returns:
        A ``<nav class="pl-nav">`` fragment.
    """
    mark = {True: ' aria-current="page"', False: ""}
    links = "".join(f'<a href="{escape(p.href)}"{mark[p.href == current]}>{escape(p.label)}</a>' for p in pages)
    items = "".join(f'<li class="pl-toc-{lvl}"><a href="#{escape(hid)}">{escape(text)}</a></li>'
                    for lvl, hid, text in toc)
    contents = f'<div><b>On this page</b><ul class="pl-toc">{items}</ul></div>' if items else ""
    return f'<nav class="pl-nav {NO_MATH}" aria-label="report"><div class="pl-pages">{links}</div>{contents}</nav>'


def _headings(body: str) -> list[tuple[int, str, str]]:
    """(level, id, text) of the h2/h3 headings nbconvert wrote for the markdown cells."""
    out = []
    for level, hid, inner in _HEADING.findall(body):
        text = _html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        out.append((int(level), _html.unescape(hid), text))
    return out


# ---------------------------------------------------------------------------------------------
# the page


def prepare_notebook(nb: "nbformat.NotebookNode", *, sentences: Sequence[SentenceRef] = ()) -> "nbformat.NotebookNode":
    """Tidy a notebook's outputs for the reader page and anchor its sentences (in place).

    Args:
        nb: the executed notebook.
        sentences: the story's sentences (empty: no anchors).

    Returns:
        The same notebook.
    """
    slots: list[tuple[Any, str]] = []
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        cell["outputs"] = tidy_outputs(cell.get("outputs", []))
        for out in cell["outputs"]:
            if out.get("output_type") in ("display_data", "execute_result") and "text/html" in out.get("data", {}):
                slots.append((out, _text(out["data"]["text/html"])))
    if sentences and slots:
        anchored = anchor_fragments([frag for _, frag in slots], sentences)
        for (out, _), new in zip(slots, anchored):
            out["data"]["text/html"] = new
    return nb


@lru_cache(maxsize=1)
def _exporter() -> Any:
    """The page exporter, made once per process (its templates are compiled on first use).

    nbconvert's ``HTMLExporter`` validates the notebook after each of its dozen preprocessors with a
    schema validator nbformat compiles anew on every call (``relax_add_props``), a tenth of a second
    each; :func:`export_html` validates the notebook once instead.
    """
    from nbconvert import HTMLExporter

    class ReaderExporter(HTMLExporter):
        """HTMLExporter without the per-preprocessor validation (see :func:`_exporter`)."""

        def _validate_preprocessor(self, nbc: Any, preprocessor: Any) -> None:
            return None

    templates = resources.files("presslens.report").joinpath("templates")
    return ReaderExporter(template_name="presslens", extra_template_basedirs=[str(templates)],
                          exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


def export_html(nb_path: Path, html_path: Path, *, title: str, story: "Story | None" = None,
                pages: Sequence[Page] = ()) -> None:
    """Render an executed notebook as reader HTML with the code hidden (offline, anchored, navigable).

    Args:
        nb_path: the executed notebook.
        html_path: where to write the HTML (written to a temporary name, then renamed).
        title: the page title (escaped).
        story: the story the notebook ran on (its sentences get anchors; None: no anchors).
        pages: the report's pages for the navigation bar (empty: a bar with this page only).
    """
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    prepare_notebook(nb, sentences=story_sentences(story) if story is not None else ())
    nb.metadata["title"] = title
    nbformat.validate(nb)  # once, here (the exporter's check after each of its steps is left out)
    res = {"presslens": {"css": asset("report.css"), "js": asset("report.js"), "no_math": NO_MATH}}
    body, _ = _exporter().from_notebook_node(nb, resources=res)
    nav = nav_html(current=html_path.name, pages=pages or [Page(html_path.name, html_path.stem)],
                   toc=_headings(body))
    body = body.replace("<!--presslens-nav-->", nav, 1)
    tmp = html_path.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(html_path)


__all__ = ["MAX_OUTPUTS", "Page", "SentenceRef", "anchor_fragments", "anchors_in", "asset", "export_html",
           "nav_html", "prepare_notebook", "story_sentences", "tidy_outputs"]
