"""Stories: a folder of articles on one event, with an optional ``story.toml`` manifest.

``load_story(path)`` reads every article file of the folder (``.txt``, ``.html``, ``.json``,
``.jsonl``), parses its structure, applies the manifest's overrides and returns a
:class:`Story`. Problems name the file at fault (:class:`~presslens.errors.InputError`).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presslens.dates import parse_date
from presslens.errors import InputError, StoryError
from presslens.parse import ANALYSED_KINDS, Block, parse_text
from presslens.paths import resolve_story_dir
from presslens.readers import NOT_ARTICLES, READERS, RawDocument, read_file

#: Name of the manifest file in a story folder.
MANIFEST = "story.toml"
#: Per-article manifest keys (each overrides what the parser found).
ARTICLE_KEYS = ("file", "id", "label", "outlet", "url", "published", "language", "byline", "headline", "dateline")
#: Metadata fields an article carries (all strings; empty when unknown).
META_FIELDS = ("outlet", "byline", "published", "dateline", "headline", "standfirst", "desk", "url", "language")


@dataclass(frozen=True, eq=False)
class Article:
    """One parsed article.

    Attributes:
        article_id: stable id (manifest ``id``, else the file stem, with ``-N`` for the
            N-th article of a multi-article file).
        label: unique display name within the story: the manifest's ``label``, else the
            outlet, else "by <byline>", else the id (the id is appended to repeats).
        source_file: file name relative to the story folder.
        text: the document text; every span (blocks, sentences, tokens) points into it.
        blocks: the structure: analysed blocks, metadata and boilerplate.
        meta: metadata fields (see ``META_FIELDS``), empty strings when unknown.
        meta_source: where each non-empty field came from: ``text``, ``file`` (JSON or
            HTML fields), ``manifest`` or ``inferred`` (a year taken from the story).
        repairs: encoding notes (decoding, line endings, mojibake repairs).
        dropped: text of the file that is not in ``text`` (HTML outside the main
            content), as ``(reason, text)``.
        extra: other metadata fields of a JSON article.
    """

    article_id: str
    label: str
    source_file: str
    text: str
    blocks: tuple[Block, ...]
    meta: dict[str, str]
    meta_source: dict[str, str] = field(default_factory=dict)
    repairs: tuple[str, ...] = ()
    dropped: tuple[tuple[str, str], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def outlet(self) -> str:
        """The outlet name, or an empty string."""
        return self.meta.get("outlet", "")

    def analysed_blocks(self) -> list[Block]:
        """Blocks whose text is analysed (headline, standfirst, paragraphs, bullets)."""
        return [b for b in self.blocks if b.kind in ANALYSED_KINDS]

    def body_text(self) -> str:
        """The analysed text: analysed blocks joined by blank lines (for display and hashing)."""
        return "\n\n".join(self.text[b.start:b.end] for b in self.analysed_blocks())


@dataclass(frozen=True, eq=False)
class Story:
    """A set of articles about one event.

    Attributes:
        slug: the folder name.
        path: the folder.
        title: from the manifest, else the first article's headline, else the slug.
        region: from the manifest (may be empty).
        event_dates: ISO dates from the manifest (may be empty).
        articles: the articles, in file-name order (manifest order when it lists them).
        notes: story-level notes for the parse report as ``(file, kind, detail)``: files
            not read, duplicate articles left out, manifest warnings.
    """

    slug: str
    path: Path
    title: str
    region: str
    event_dates: tuple[str, ...]
    articles: tuple[Article, ...]
    notes: tuple[tuple[str, str, str], ...] = ()

    def article(self, article_id: str) -> Article:
        """Return the article with this id (KeyError naming the known ids otherwise)."""
        for a in self.articles:
            if a.article_id == article_id:
                return a
        raise KeyError(f"no article {article_id!r} in story {self.slug!r}; ids: {[a.article_id for a in self.articles]}")


def read_manifest(path: Path) -> dict[str, Any]:
    """Read and check a ``story.toml``.

    Args:
        path: the manifest file.

    Returns:
        The manifest as a dict, with ``articles`` a list of per-article dicts.

    Raises:
        InputError: malformed TOML or wrongly typed fields, naming the file.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not valid TOML ({exc})") from None
    arts = data.get("articles", [])
    if not isinstance(arts, list) or not all(isinstance(a, dict) for a in arts):
        raise InputError(path, "'articles' must be a list of [[articles]] tables")
    for n, a in enumerate(arts, start=1):
        if not isinstance(a.get("file"), str) or not a["file"].strip():
            raise InputError(path, f"[[articles]] entry {n} has no 'file'")
        for k, v in a.items():
            if not isinstance(v, (str, dt.date, dt.datetime)):
                raise InputError(path, f"[[articles]] entry {n}: '{k}' must be a string")
    dates = data.get("event_dates", [])
    if isinstance(dates, (str, dt.date)):
        dates = [dates]
    data["event_dates"] = [str(d) for d in dates]
    data["articles"] = arts
    return data


def _article_files(folder: Path, manifest: dict[str, Any], manifest_path: Path) -> tuple[list[Path], list[tuple[str, str, str]]]:
    notes: list[tuple[str, str, str]] = []
    root = folder.resolve()
    listed: list[Path] = []
    for a in manifest.get("articles", []):
        p = (folder / a["file"]).resolve()
        if root not in p.parents:
            raise InputError(manifest_path, f"article file '{a['file']}' is outside the story folder")
        if not p.is_file():
            raise InputError(manifest_path, f"article file '{a['file']}' does not exist in {folder}")
        listed.append(p)
    others = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".") or p.name.lower() in NOT_ARTICLES or p.is_dir():
            continue
        if p.suffix.lower() not in READERS:
            notes.append((p.name, "file not read", f"unsupported type {p.suffix or '(none)'}"))
            continue
        if p.resolve() not in listed:
            others.append(p)
    return listed + others, notes


def _short(s: str) -> str:
    return " ".join(s.split())


def _build_article(doc: RawDocument, *, file_stem: str, multi: bool, overrides: dict[str, Any]) -> Article:
    parsed = parse_text(doc.text, header_blocks=doc.header_blocks, known=doc.fields)
    meta = {k: "" for k in META_FIELDS}
    source: dict[str, str] = {}
    for k, v in parsed.fields.items():
        if k in meta and v:
            meta[k], source[k] = _short(v), "text"
    if parsed.fields.get("place") and not meta["dateline"]:
        meta["dateline"], source["dateline"] = parsed.fields["place"], "text"
    for k, v in doc.fields.items():
        if k in meta and v and not meta[k]:
            meta[k], source[k] = _short(v), "file"
    for k, v in overrides.items():
        if k in meta and str(v).strip():
            meta[k], source[k] = _short(str(v)), "manifest"
    if meta["published"] and not meta["published"].startswith("--") and not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["published"]):
        d = parse_date(meta["published"])
        if d:
            meta["published"] = d.iso()
    art_id = str(overrides.get("id") or doc.fields.get("id") or (f"{file_stem}-{doc.index + 1}" if multi else file_stem))
    return Article(article_id=_short(art_id), label=str(overrides.get("label", "")).strip(), source_file=doc.source_file,
                   text=doc.text, blocks=parsed.blocks, meta=meta, meta_source=source,
                   repairs=tuple(doc.repairs), dropped=tuple(doc.dropped), extra=dict(doc.extra))


def _infer_years(articles: list[Article], event_dates: list[str]) -> list[Article]:
    """Give a year to dates written without one ("Feb 2"): the manifest's, else the other articles'."""
    years = [int(d[:4]) for d in event_dates if re.match(r"\d{4}", d)]
    if not years:
        years = [int(a.meta["published"][:4]) for a in articles if re.match(r"\d{4}-", a.meta["published"])]
    if not years:
        return articles
    year = Counter(years).most_common(1)[0][0]
    out = []
    for a in articles:
        if a.meta["published"].startswith("--"):
            meta = dict(a.meta, published=f"{year:04d}{a.meta['published'][1:]}")
            a = Article(**{**a.__dict__, "meta": meta, "meta_source": {**a.meta_source, "published": "inferred"}})
        out.append(a)
    return out


def _unique_labels(articles: list[Article]) -> list[Article]:
    base = [a.label or a.meta["outlet"] or (f"by {a.meta['byline']}" if a.meta["byline"] else a.article_id)
            for a in articles]
    counts = Counter(base)
    out = []
    for a, b in zip(articles, base):
        label = b if counts[b] == 1 else f"{b} ({a.article_id})"
        out.append(Article(**{**a.__dict__, "label": label}))
    return out


def load_story(path: str | Path, *, min_articles: int = 1) -> Story:
    """Load a story folder.

    Args:
        path: a story slug (looked up in ``data/stories``) or a folder path.
        min_articles: fewest articles accepted after duplicates are set aside
            (comparisons need 2; the report runner asks for 2).

    Returns:
        The story.

    Raises:
        StoryError: the folder is missing, holds no article files, or too few articles.
        InputError: an article file or the manifest cannot be used (names the file).
    """
    folder = resolve_story_dir(path)
    if not folder.is_dir():
        raise StoryError(f"story folder not found: {folder}")
    manifest_path = folder / MANIFEST
    manifest = read_manifest(manifest_path) if manifest_path.is_file() else {"articles": [], "event_dates": []}
    files, notes = _article_files(folder, manifest, manifest_path)
    if not files:
        raise StoryError(f"no article files (.txt, .html, .json, .jsonl) in {folder}")
    overrides = {(folder / a["file"]).resolve(): a for a in manifest["articles"]}
    articles: list[Article] = []
    for f in files:
        docs = read_file(f, name=str(f.resolve().relative_to(folder.resolve())))
        ov = overrides.get(f.resolve(), {})
        for doc in docs:
            articles.append(_build_article(doc, file_stem=f.stem, multi=len(docs) > 1, overrides=ov if len(docs) == 1 else {}))
    seen: dict[str, str] = {}
    ids: set[str] = set()
    kept = []
    for a in articles:
        key = " ".join(a.body_text().lower().split())
        if key in seen:
            notes.append((a.source_file, "duplicate article", f"same text as {seen[key]}; left out of the analysis"))
            continue
        if a.article_id in ids:
            raise InputError(folder / a.source_file, f"article id '{a.article_id}' is used twice in the story")
        seen[key] = a.source_file
        ids.add(a.article_id)
        kept.append(a)
    kept = _unique_labels(_infer_years(kept, manifest["event_dates"]))
    if len(kept) < min_articles:
        raise StoryError(f"story {folder.name} has {len(kept)} article(s); at least {min_articles} needed")
    title = str(manifest.get("title") or (kept[0].meta["headline"] if kept else "") or folder.name)
    return Story(slug=folder.name, path=folder, title=title, region=str(manifest.get("region", "")),
                 event_dates=tuple(manifest["event_dates"]), articles=tuple(kept), notes=tuple(notes))
