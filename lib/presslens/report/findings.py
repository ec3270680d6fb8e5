"""The findings page (``index.html``): the outlets side by side and where they disagree.

Built by the runner from the tables the notebooks wrote (``tables/*.csv``, columns as documented
in the README) and the story's text. Other tables may grow columns; a missing table or column
makes its part of the page say so, never fails the page. Every finding links to its evidence
sentence in a notebook page (the anchors :mod:`presslens.report.export` puts on every sentence a
page shows); the sentence is also in the link's tooltip.

Sections: the story; the outlets side by side (outlet, date, words, the dead and injured each
gives, top speakers, leading frames); where they disagree (tolls, other numbers, names, dates,
quotes only one outlet carries); the notebooks; the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from presslens.report.export import Page, anchors_in, asset, nav_html
from presslens.report.folder import regular_file
from presslens.report.output import restore_cell
from presslens.report.render import NO_MATH, escape, format_cell, link, sentence_anchor

if TYPE_CHECKING:
    from presslens.corpus.story import Story

#: Word n-gram length for deciding whether another outlet carries a quote.
QUOTE_NGRAM = 4
#: Share of a quote's n-grams another article must contain to count as carrying it.
QUOTE_SHARED = 0.5
#: Shortest direct quote (words) listed as carried by one outlet only.
QUOTE_MIN_WORDS = 4
#: Speakers and frames shown per outlet.
TOP_N = 3
#: Characters of a quote shown in the table (the whole quote is in the notebook page).
QUOTE_CHARS = 320
#: Most rows of a table on the findings page (a story of hundreds of articles; the CSVs have every row).
FINDINGS_ROWS = 300

#: The notebook pages each kind of evidence is looked for in, in order.
TOLL_PAGES = ("03_casualty_tables.html", "01_source_comparison.html")
COMPARE_PAGES = ("01_source_comparison.html", "03_casualty_tables.html", "02_wording_framing.html")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class Evidence:
    """Links from a finding to its sentence: the first report page that anchors it."""

    def __init__(self, out_dir: Path, sentences: dict[tuple[str, int], str]) -> None:
        self.anchors = {p.name: anchors_in(p.read_text(encoding="utf-8", errors="replace"))
                        for p in sorted(out_dir.glob("[0-9][0-9]_*.html")) if regular_file(p)}
        self.sentences = sentences

    def link(self, text: str, article_id: object, sent_id: object, *, pages: Sequence[str],
             cls: str = "") -> str:
        """Return ``text`` (escaped) as a link to the sentence, or plain when no page shows it.

        Args:
            text: the link text.
            article_id: the sentence's article.
            sent_id: its sentence id.
            pages: report pages to look in, in order.
            cls: extra CSS class.

        Returns:
            An HTML fragment (the sentence as the tooltip).
        """
        try:
            art, sid = str(article_id), int(float(sent_id))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return escape(text)
        anchor = sentence_anchor(art, sid)
        tip = self.sentences.get((art, sid), "")
        for page in pages:
            if anchor in self.anchors.get(page, ()):
                return (f'<a class="pl-ev-link {cls}" href="{escape(page)}#{escape(anchor)}" '
                        f'title="{escape(tip)}">{escape(text)}</a>')
        return f'<span title="{escape(tip)}">{escape(text)}</span>'


def read_table(out_dir: Path, name: str, columns: Iterable[str]) -> tuple[pd.DataFrame | None, str]:
    """Read ``tables/<name>.csv`` for the findings page, or say why it cannot be used.

    Args:
        out_dir: the report folder.
        name: the table's name.
        columns: columns the page needs.

    Returns:
        ``(table, "")``, or ``(None, message)`` when the file is missing, unreadable or lacks a column.
    """
    path = out_dir / "tables" / f"{name}.csv"
    if not path.exists() and not path.is_symlink():
        return None, f"tables/{name}.csv is missing (its notebook failed or did not run)."
    if not regular_file(path):
        return None, f"tables/{name}.csv is not a file presslens wrote (a link or a special file); not read."
    try:
        df = pd.read_csv(path, keep_default_na=False, dtype=str)
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        return None, f"tables/{name}.csv cannot be read ({type(exc).__name__})."
    for col in df.columns:  # undo the formula neutralisation of write_table: the page shows the text as written
        quoted = df[col].str.startswith("'")
        if quoted.any():
            df.loc[quoted, col] = df.loc[quoted, col].map(restore_cell)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        return None, f"tables/{name}.csv has no column {', '.join(missing)}."
    return df, ""


def _num(value: object) -> float | None:
    try:
        f = float(str(value))
    except ValueError:
        return None
    return None if f != f else f


def figure_text(low: object, high: object, quantity: object) -> str:
    """A casualty figure in short: ``5``, ``≥ 5``, ``≤ 12``, ``5–7``, else the words as written.

    Args:
        low: lower bound (empty = none).
        high: upper bound (empty = none).
        quantity: the count as written, used when neither bound is known.

    Returns:
        The figure as text.
    """
    lo, hi = _num(low), _num(high)
    if lo is not None and hi is not None:
        return format_cell(lo) if lo == hi else f"{format_cell(lo)}–{format_cell(hi)}"
    if lo is not None:
        return f"≥ {format_cell(lo)}"
    if hi is not None:
        return f"≤ {format_cell(hi)}"
    return str(quantity)


def _words(text: str) -> list[str]:
    """Lower-case words with a plural or third-person "s" cut ("rejects" and "reject" match)."""
    out = []
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'")
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _ngrams(words: Sequence[str], n: int = QUOTE_NGRAM) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def carried_elsewhere(quote: str, others: Iterable[set[tuple[str, ...]]], *, n: int = QUOTE_NGRAM,
                      share: float = QUOTE_SHARED) -> bool:
    """Whether another article carries a quote: it holds at least ``share`` of the quote's word n-grams.

    Args:
        quote: the quoted words.
        others: the word n-gram sets of the other articles (:func:`article_ngrams`).
        n: n-gram length.
        share: the share needed.

    Returns:
        True when some other article carries it (a quote shorter than ``n`` words: all its words in sequence).
    """
    words = _words(quote)
    if not words:
        return True
    grams = _ngrams(words, min(n, len(words)))
    return any(len(grams & other) >= share * len(grams) for other in others)


def carried_only_by(quotes: Sequence[str], owners: Sequence[str], texts: dict[str, str], *, n: int = QUOTE_NGRAM,
                    share: float = QUOTE_SHARED) -> list[bool]:
    """For each quote, whether no article but its own carries it (:func:`carried_elsewhere`, for a whole story).

    The articles' n-grams are indexed once, keeping only those some quote has, so the cost grows
    with the story's words and the quotes' n-grams, not with quotes × articles.

    Args:
        quotes: the quotes' text.
        owners: the article id of each quote.
        texts: every article's text, by article id.
        n: n-gram length.
        share: the share of a quote's n-grams another article must hold to carry it.

    Returns:
        One bool per quote: True when no other article carries it (False for a quote without words).
    """
    from collections import Counter

    wanted: list[set[tuple[str, ...]]] = []
    for quote in quotes:
        words = _words(quote)
        wanted.append(_ngrams(words, min(n, len(words))) if words else set())
    needed = set().union(*wanted) if wanted else set()
    sizes = sorted({len(g) for grams in wanted for g in grams})
    postings: dict[tuple[str, ...], list[str]] = {}
    for art, text in texts.items():
        for g in article_ngrams(text, sizes=sizes) & needed:
            postings.setdefault(g, []).append(art)
    out = []
    for grams, own, quote in zip(wanted, owners, quotes):
        if not grams:
            out.append(False)
            continue
        counts = Counter(a for g in grams for a in postings.get(g, ()) if a != own)
        out.append(not any(c >= share * len(grams) for c in counts.values()))
    return out


def article_ngrams(text: str, *, sizes: Iterable[int] = range(1, QUOTE_NGRAM + 1)) -> set[tuple[str, ...]]:
    """Word n-grams of an article's text (every size up to :data:`QUOTE_NGRAM`, for short quotes too)."""
    words = _words(text)
    out: set[tuple[str, ...]] = set()
    for k in sizes:
        out |= _ngrams(words, k)
    return out


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: Sequence[int] = ()) -> str:
    """An HTML table from escaped cells (the page script makes it sortable and searchable)."""
    num = set(numeric)
    head = "".join(f'<th{" class=pl-num" if i in num else ""}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td{" class=pl-num" if i in num else ""}>{c}</td>' for i, c in enumerate(r))
                   + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _note(text: str) -> str:
    return f'<p class="pl-note">{escape(text)}</p>'


def _capped(n: int, *, what: str, table: str) -> str:
    """A note that a findings table lists only its first :data:`FINDINGS_ROWS` of ``n`` rows ("" when all)."""
    if n <= FINDINGS_ROWS:
        return ""
    return _note(f"The first {FINDINGS_ROWS:,} of {n:,} {what}; tables/{table} has them all.")


# ---------------------------------------------------------------------------------------------
# sections


def outlets_section(story: "Story", out_dir: Path, ev: Evidence) -> str:
    """The outlets side by side: one row per article."""
    arts, note = read_table(out_dir, "articles", ["article_id", "label", "published", "n_words"])
    notes = []
    if arts is None:
        notes.append(note)
        arts = pd.DataFrame({"article_id": [a.article_id for a in story.articles],
                             "label": [a.label for a in story.articles], "published": "", "n_words": ""})
    claims, cnote = read_table(out_dir, "casualty_claims", ["article_id", "sent_id", "outcome", "group", "low", "high",
                                                            "quantity"])
    quotes, qnote = read_table(out_dir, "quotes", ["article_id", "sent_id", "speaker_group", "n_words"])
    frames, fnote = read_table(out_dir, "frames", ["article_id", "section", "frame_name", "per_1000"])
    notes += [n for n in (cnote, qnote, fnote) if n]
    rows = []
    for a in arts.head(FINDINGS_ROWS).itertuples():
        art = str(a.article_id)
        cells = [link(getattr(a, "url", ""), a.label)
                 + (f'<br><span class="pl-muted">{escape(a.outlet)}</span>'
                    if str(getattr(a, "outlet", "") or "") not in ("", str(a.label)) else ""),
                 escape(a.published), escape(a.n_words)]
        for outcome in ("killed", "injured"):
            cells.append(_toll_cell(claims, art, outcome, ev) if claims is not None else "")
        cells.append(_speakers_cell(quotes, art, ev) if quotes is not None else "")
        cells.append(_frames_cell(frames, art) if frames is not None else "")
        rows.append(cells)
    table = _table(["outlet", "published", "words", "killed", "injured", "top speakers (words quoted)",
                    "leading frames (per 1,000 words)"], rows, numeric=[2])
    return ("<p>Each figure, speaker and frame links to its sentence in the notebook pages. Killed and injured "
            "are the figures each outlet gives, by group; <i>claimed</i> marks a figure the outlet attributes "
            "with distance or could not verify.</p>" + "".join(_note(n) for n in notes) + table
            + _capped(len(arts), what="articles", table="articles.csv"))


def event_figures(claims: pd.DataFrame) -> pd.DataFrame:
    """Casualty claims a reader compares across outlets: the story's own event (``scope`` not "other")
    and whole figures (``role`` not "part", such as one day's share of a toll).

    Args:
        claims: rows of ``casualty_claims.csv`` (columns ``scope`` and ``role`` used when present).

    Returns:
        The rows kept, in their order.
    """
    keep = pd.Series(True, index=claims.index)
    if "scope" in claims.columns:
        keep &= claims["scope"] != "other"
    if "role" in claims.columns:
        keep &= claims["role"] != "part"
    return claims[keep]


def _toll_cell(claims: pd.DataFrame, art: str, outcome: str, ev: Evidence) -> str:
    mine = event_figures(claims[(claims["article_id"] == art) & (claims["outcome"] == outcome)])
    parts = []
    seen = set()
    for r in mine.itertuples():
        fig = figure_text(r.low, r.high, r.quantity)
        key = (fig, r.group)
        if key in seen:
            continue
        seen.add(key)
        claimed = str(getattr(r, "reliable", "")).lower() == "false"
        label = f"{r.group}: {fig}"
        parts.append(ev.link(label, art, r.sent_id, pages=TOLL_PAGES) + (" <i>claimed</i>" if claimed else ""))
    return "<br>".join(parts)


def _speakers_cell(quotes: pd.DataFrame, art: str, ev: Evidence) -> str:
    mine = quotes[(quotes["article_id"] == art) & (quotes["speaker_group"] != "")]
    if mine.empty:
        return ""
    mine = mine.assign(words=pd.to_numeric(mine["n_words"], errors="coerce").fillna(0))
    top = mine.groupby("speaker_group", sort=False)["words"].sum().sort_values(ascending=False, kind="stable")
    parts = []
    for speaker, words in top.head(TOP_N).items():
        first = mine[mine["speaker_group"] == speaker].iloc[0]
        parts.append(ev.link(str(speaker), art, first["sent_id"], pages=COMPARE_PAGES) + f" ({int(words)})")
    return "<br>".join(parts)


def _frames_cell(frames: pd.DataFrame, art: str) -> str:
    mine = frames[(frames["article_id"] == art) & (frames["section"] == "all")]
    mine = mine.assign(rate=pd.to_numeric(mine["per_1000"], errors="coerce").fillna(0))
    mine = mine[mine["rate"] > 0].sort_values("rate", ascending=False, kind="stable")
    return "<br>".join(f"{escape(r.frame_name)} ({r.rate:.1f})" for r in mine.head(TOP_N - 1).itertuples())


def tolls_section(out_dir: Path, ev: Evidence) -> str:
    """Tolls the outlets give differently: conflicting figures, then compatible but different ones."""
    rec, note = read_table(out_dir, "casualty_reconciled", ["group", "outcome", "status", "low", "best", "high"])
    if rec is None:
        return _note(note)
    claims, cnote = read_table(out_dir, "casualty_claims", ["article_id", "sent_id", "outcome", "group", "low", "high",
                                                            "quantity"])
    outlet_of = _labels(out_dir)
    rows = []
    for conflict in (True, False):
        for r in rec.itertuples():
            lo, hi = _num(r.low), _num(r.high)
            differ = lo is not None and hi is not None and lo != hi
            if (r.status == "conflict") != conflict or (not conflict and not differ):
                continue
            figures = ""
            if claims is not None:
                mine = event_figures(claims[(claims["outcome"] == r.outcome) & (claims["group"] == r.group)])
                figures = "<br>".join(
                    f"{escape(outlet_of.get(c.article_id, c.article_id))}: "
                    + ev.link(figure_text(c.low, c.high, c.quantity), c.article_id, c.sent_id, pages=TOLL_PAGES)
                    for c in mine.itertuples())
            elif "by_outlet" in rec.columns:
                figures = escape(r.by_outlet)
            span = figure_text(r.low, r.high, "") if differ else format_cell(lo)
            rows.append([f"<b>{escape(r.group)} {escape(r.outcome)}</b>",
                         escape("conflict" if conflict else "different but compatible"),
                         f"{escape(span)}<br><span class=pl-muted>best {escape(format_cell(_num(r.best)))}</span>",
                         figures])
    head = "" if claims is not None else _note(cnote)
    if not rows:
        return head + "<p>The outlets give no conflicting death or injury figures.</p>"
    return head + _table(["what is counted", "status", "range", "each outlet's figure (links to its sentence)"], rows)


def _labels(out_dir: Path) -> dict[str, str]:
    arts, _ = read_table(out_dir, "articles", ["article_id", "label"])
    return {} if arts is None else dict(zip(arts["article_id"], arts["label"]))


def discrepancy_section(out_dir: Path, ev: Evidence, *, kinds: Sequence[str], what: str) -> str:
    """Facts given differently, from ``discrepancies.csv`` rows of the given kinds: both sides linked."""
    cols = ["kind", "fact", "article_id_a", "outlet_a", "value_a", "sent_id_a",
            "article_id_b", "outlet_b", "value_b", "sent_id_b"]
    disc, note = read_table(out_dir, "discrepancies", cols)
    if disc is None:
        return _note(note)
    mine = disc[disc["kind"].isin(kinds)]
    if mine.empty:
        return f"<p>No {escape(what)} found.</p>"
    rows = [[escape(r.fact),
             f"{escape(r.outlet_a)}: " + ev.link(r.value_a, r.article_id_a, r.sent_id_a, pages=COMPARE_PAGES),
             f"{escape(r.outlet_b)}: " + ev.link(r.value_b, r.article_id_b, r.sent_id_b, pages=COMPARE_PAGES),
             escape(r.kind)]
            for r in mine.head(FINDINGS_ROWS).itertuples()]
    return (_table(["fact", "one outlet", "another outlet", "kind"], rows)
            + _capped(len(mine), what="facts", table="discrepancies.csv"))


def unique_quotes(story: "Story", quotes: pd.DataFrame) -> pd.DataFrame:
    """Direct quotes no other article carries (:func:`carried_elsewhere`), longest first.

    Args:
        story: the story (the other articles' text).
        quotes: ``quotes.csv`` (columns article_id, kind, text, n_words, speaker_group, sent_id).

    Returns:
        The rows of ``quotes`` that only their own article carries, longest quote first (story
        order on a tie), with at least :data:`QUOTE_MIN_WORDS` words.
    """
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    q = quotes[quotes["kind"] == "direct"].copy()
    q["words"] = pd.to_numeric(q["n_words"], errors="coerce").fillna(0).astype(int)
    q = q[q["words"] >= QUOTE_MIN_WORDS]
    keep = pd.Series(carried_only_by(list(q["text"]), [str(a) for a in q["article_id"]],
                                     {a.article_id: a.text for a in story.articles}),
                     index=q.index, dtype=bool)
    q = q[keep]
    q = q.assign(order=[order.get(a, len(order)) for a in q["article_id"]])
    return q.sort_values(["words", "order"], ascending=[False, True], kind="stable").drop(columns="order")


def quotes_section(story: "Story", out_dir: Path, ev: Evidence) -> str:
    """Quotes only one outlet carries: a count per outlet, then the quotes, longest first."""
    quotes, note = read_table(out_dir, "quotes", ["article_id", "kind", "text", "n_words", "sent_id", "speaker_group"])
    if quotes is None:
        return _note(note)
    if len(story.articles) < 2:
        return "<p>One article: every quote is its own.</p>"
    uq = unique_quotes(story, quotes)
    if uq.empty:
        return "<p>Every direct quote of four words or more appears in more than one outlet.</p>"
    labels = {a.article_id: a.label for a in story.articles}
    counts = uq["article_id"].map(labels).value_counts()
    summary = "; ".join(f"{escape(o)}: {n}" for o, n in counts.items())
    rows = []
    for r in uq.head(FINDINGS_ROWS).itertuples():
        text = r.text if len(r.text) <= QUOTE_CHARS else r.text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        rows.append([escape(labels.get(r.article_id, r.article_id)), escape(r.speaker_group or "(speaker not found)"),
                     f"<q>{escape(text)}</q>", str(r.words),
                     ev.link("in context", r.article_id, r.sent_id, pages=COMPARE_PAGES)])
    return (f"<p>Direct quotes of {QUOTE_MIN_WORDS} words or more that no other outlet carries "
            f"(fewer than half of their {QUOTE_NGRAM}-word runs appear elsewhere): {summary}.</p>"
            + _table(["outlet", "speaker", "quote", "words", "sentence"], rows, numeric=[3])
            + _capped(len(uq), what="quotes (the longest)", table="quotes.csv"))


def notebooks_section(results: Sequence[Any], pages: Sequence[Page], out_dir: Path) -> str:
    """Links to each notebook page (failures named with their error and executed notebook)."""
    by_name = {r.name: r for r in results}
    items = []
    for p in pages[1:]:
        name = Path(p.href).stem
        r = by_name.get(name)
        if r is not None and not r.ok:
            items.append(f"<li><b>{escape(p.label)}: failed</b> — {escape(r.error)} "
                         f'(<a href="{escape(name)}.failed.ipynb">executed notebook</a>)</li>')
        elif (out_dir / p.href).exists():
            when = f" ({r.seconds:.1f} s)" if r is not None else " (from an earlier run)"
            items.append(f'<li><a href="{escape(p.href)}">{escape(p.label)}</a>{escape(when)}</li>')
        else:
            items.append(f"<li>{escape(p.label)}: not run</li>")
    return f"<ul>{''.join(items)}</ul>"


def files_section(out_dir: Path) -> str:
    """The tables and figures of the report, folded."""
    tables = "".join(f'<li><a href="tables/{escape(p.name)}">{escape(p.name)}</a></li>'
                     for p in sorted((out_dir / "tables").glob("*.csv")))
    figures = "".join(f'<li><a href="figures/{escape(p.name)}">{escape(p.name)}</a></li>'
                      for p in sorted((out_dir / "figures").glob("*.png")))
    return (f"<details><summary>Tables (CSV, columns in the README)</summary><ul>{tables}</ul></details>"
            f"<details><summary>Figures</summary><ul>{figures}</ul></details>")


def index_html(story: "Story", *, out_dir: Path, results: Sequence[Any], pages: Sequence[Page] = ()) -> str:
    """Return the findings page (every value escaped).

    Args:
        story: the story.
        out_dir: the report folder (its tables and notebook pages are read).
        results: the notebook runs of this report (``name``, ``ok``, ``seconds``, ``error``).
        pages: the report's pages (findings first), for the navigation bar and the notebook links.

    Returns:
        A complete HTML page, offline (stylesheet and table script inlined).
    """
    from presslens.corpus.tables import sentences_table

    pages = list(pages) or [Page("index.html", "Findings")] + [Page(f"{r.name}.html", r.name) for r in results]
    sents = sentences_table(story)
    ev = Evidence(out_dir, {(str(a), int(s)): str(t) for a, s, t in
                            zip(sents["article_id"], sents["sent_id"], sents["text"])})
    sections = [
        ("outlets", "The outlets side by side", outlets_section(story, out_dir, ev)),
        ("disagree", "Where they disagree", "<p>Each value links to the sentence it comes from.</p>"),
        ("tolls", "Death and injury tolls", tolls_section(out_dir, ev)),
        ("numbers", "Other numbers", discrepancy_section(out_dir, ev, kinds=("quantity", "time", "age"),
                                                          what="numbers given differently")),
        ("names", "Names spelled differently", discrepancy_section(out_dir, ev, kinds=("name",),
                                                                   what="differing spellings")),
        ("dates", "Dates", discrepancy_section(out_dir, ev, kinds=("date",), what="differing dates")),
        ("quotes", "Quotes only one outlet carries", quotes_section(story, out_dir, ev)),
        ("notebooks", "The notebooks", notebooks_section(results, pages, out_dir)),
        ("files", "Tables and figures", files_section(out_dir)),
    ]
    sub = {"tolls", "numbers", "names", "dates", "quotes"}
    toc = [(3 if sid in sub else 2, sid, title) for sid, title, _ in sections]
    body = "".join(f'<h{3 if sid in sub else 2} id="{sid}">{escape(title)}</h{3 if sid in sub else 2}>{html}'
                   for sid, title, html in sections)
    failed = [r for r in results if not r.ok]
    warn = (_note(f"{len(failed)} notebook(s) failed: " + "; ".join(f"{r.name} ({r.error})" for r in failed)
                  + ". Their parts of this page say what is missing.") if failed else "")
    dates = sorted({a.meta.get("published", "") for a in story.articles} - {""})
    when = f" · published {dates[0]}" + (f" to {dates[-1]}" if len(dates) > 1 else "") if dates else ""
    outlets = {a.outlet_key for a in story.articles}
    region = f" · {escape(story.region)}" if story.region else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(story.title)} — presslens</title>
<style>{asset("report.css")}</style>
</head><body class="{NO_MATH}"><main class="pl-page">
{nav_html(current="index.html", pages=[p for p in pages if p.href == "index.html" or (out_dir / p.href).exists()],
          toc=toc)}
<h1>{escape(story.title)}</h1>
<p class="pl-muted">Story <code>{escape(story.slug)}</code>{region} · {len(story.articles)} articles from
{len(outlets)} outlet(s){escape(when)}</p>
{warn}{body}
</main><script>{asset("report.js")}</script></body></html>
"""


def fallback_index_html(story: "Story", *, out_dir: Path, results: Sequence[Any], pages: Sequence[Page] = (),
                        error: str) -> str:
    """Return a plain findings page for when :func:`index_html` fails: the error, the notebooks, the files.

    Args:
        story: the story.
        out_dir: the report folder.
        results: the notebook runs of this report.
        pages: the report's pages (findings first).
        error: why the findings could not be built (escaped here).

    Returns:
        A complete HTML page, offline.
    """
    pages = list(pages) or [Page("index.html", "Findings")] + [Page(f"{r.name}.html", r.name) for r in results]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(story.title)} — presslens</title>
<style>{asset("report.css")}</style>
</head><body class="{NO_MATH}"><main class="pl-page">
{nav_html(current="index.html", pages=[p for p in pages if p.href == "index.html" or (out_dir / p.href).exists()])}
<h1>{escape(story.title)}</h1>
{_note(error)}
<h2 id="notebooks">The notebooks</h2>{notebooks_section(results, pages, out_dir)}
<h2 id="files">Tables and figures</h2>{files_section(out_dir)}
</main><script>{asset("report.js")}</script></body></html>
"""


__all__ = ["Evidence", "fallback_index_html", "article_ngrams", "carried_elsewhere", "figure_text", "index_html", "read_table",
           "unique_quotes"]
