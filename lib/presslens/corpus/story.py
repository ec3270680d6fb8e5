"""Stories: a folder of articles on one event, with an optional ``story.toml`` manifest.

``load_story(path)`` reads every article file of the folder (``.txt``, ``.html``, ``.json``,
``.jsonl``), parses its structure, applies the manifest's overrides and returns a
:class:`Story`. Problems name the file at fault (:class:`~presslens.errors.InputError`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import os
import re
import stat
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Union

if TYPE_CHECKING:
    import pandas as pd

from presslens.corpus.dates import parse_date
from presslens.corpus.parse import ANALYSED_KINDS, Block, parse_text
from presslens.corpus.readers import NOT_ARTICLES, READERS, RawDocument, file_kind, json_document, read_bytes, read_file
from presslens.corpus.tokenize import is_stopword, normalize, stem
from presslens.errors import InputError, StoryError
from presslens.lexicons.layout import OUTLET_DOMAINS
from presslens.paths import resolve_story_dir

#: Name of the manifest file in a story folder.
MANIFEST = "story.toml"
#: Per-article manifest keys (each overrides what the parser found).
ARTICLE_KEYS = ("file", "id", "label", "outlet", "url", "published", "language", "byline", "headline", "dateline")
#: Keys a manifest may have at its top level.
MANIFEST_KEYS = ("title", "region", "event_dates", "articles")
#: Most articles in one story (after reading; duplicates included). The scale goal is 2,000 articles.
MAX_STORY_ARTICLES = 2_000
#: Most bytes of article files in one story, checked before any file is read.
MAX_STORY_BYTES = 64_000_000
#: Most characters of article text in one story (about 3.3 million words; 2,000 articles of 10,000).
MAX_STORY_CHARS = 20_000_000
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
            HTML fields), ``manifest``, ``url`` (the outlet named after the article's web
            address) or ``inferred`` (a year taken from the story).
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

    @property
    def outlet_key(self) -> str:
        """What counts as one outlet: :func:`outlet_key` of the outlet name, else ``article:<id>``.

        Two articles of one outlet share it, so wherever the workbench counts outlets they count once.
        """
        return outlet_key(self.outlet) or f"article:{self.article_id}"

    def __repr__(self) -> str:
        return f"Article({self.article_id!r}, {self.label!r}, {len(self.text):,} characters)"

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
        title: from the manifest, else what the headlines share (:func:`story_title`).
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

    def __repr__(self) -> str:
        outlets = [a.label for a in self.articles]
        shown = ", ".join(outlets[:4]) + (f", … ({len(outlets) - 4} more)" if len(outlets) > 4 else "")
        title = self.title if len(self.title) <= 60 else self.title[:59].rstrip() + "…"
        return f"<Story {self.slug!r}: {title!r}, {len(self.articles)} articles: {shown}>"

    @classmethod
    def from_dataframe(cls, df: "pd.DataFrame", *, text: str = "text", outlet: str | None = "outlet",
                       title: str | None = "title", date: str | None = "date", url: str | None = None,
                       byline: str | None = None, article_id: str | None = None, slug: str = "dataframe",
                       story_title: str = "") -> "Story":
        """Build a story from a DataFrame of articles a user already has, one row per article.

        Each row is read as a JSON article would be (the title becomes the headline, the text
        its paragraphs, split at blank lines) and parsed like an article file.

        Args:
            df: the articles.
            text: column holding the article text (required).
            outlet: column holding the outlet name (None or a missing column: none).
            title: column holding the headline.
            date: column holding the publication date (any format :func:`parse_date` reads).
            url: column holding the article's address.
            byline: column holding the authors.
            article_id: column holding a unique id per article (default: ``<slug>-<row number>``).
            slug: the story's slug (used in ids and report folders).
            story_title: the story's title (default: built from the headlines, as for a folder).

        Returns:
            The story; ``path`` is the current folder, ``source_file`` of each article is
            ``"row <n>"``.

        Raises:
            StoryError: ``text`` is not a column, or no row has text.
        """
        if text not in df.columns:
            raise StoryError(f"Story.from_dataframe: no column {text!r} (columns: {', '.join(map(str, df.columns))})")
        cols = {"headline": title, "outlet": outlet, "date": date, "url": url, "byline": byline, "id": article_id}
        articles: list[Article] = []
        for n, (_, row) in enumerate(df.iterrows()):
            body = row[text]
            if not isinstance(body, str) or not body.strip():
                continue
            obj: dict[str, Any] = {"text": body}
            for key, col in cols.items():
                if col and col in df.columns and isinstance(row[col], str | int | float | dt.date) and str(row[col]).strip() \
                        and str(row[col]) != "nan":
                    obj[key] = str(row[col])
            name = f"row {n + 1}"
            obj.setdefault("id", f"{slug}-{n + 1}")
            doc = json_document(obj, source_file=name, index=n, path=f"DataFrame {name}")
            articles.append(_build_article(doc, file_stem=slug, multi=True, overrides={}))
        if not articles:
            raise StoryError(f"Story.from_dataframe: no row has text in column {text!r}")
        return _assemble(articles, notes=[], slug=slug, path=Path.cwd(), manifest={"title": story_title},
                         where=Path.cwd(), min_articles=1)

    def article(self, article_id: str) -> Article:
        """Return the article with this id (KeyError naming the known ids otherwise)."""
        for a in self.articles:
            if a.article_id == article_id:
                return a
        raise KeyError(f"no article {article_id!r} in story {self.slug!r}; ids: {[a.article_id for a in self.articles]}")


_WEB_ENDING = r"\.(?:com|org|net|co\.uk|co|news|tv|uk|us|ca|au|in|pk|go\.com|com\.au|co\.in|com\.pk)$"


def url_domain(url: str) -> str:
    """The host of a web address without "www." ("https://www.nytimes.com/…" → "nytimes.com"); empty if none."""
    m = re.match(r"^\s*(?:[a-z][\w+.-]*://)?(?:www\d?\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?=[/:?#]|\s*$)", url.casefold())
    return m.group("host") if m else ""


def outlet_from_url(url: str) -> str:
    """The outlet an article's web address names: a known site's name, else its domain ("example.org")."""
    host = url_domain(url)
    if not host:
        return ""
    parts = host.split(".")
    for k in range(len(parts) - 1):  # "edition.cnn.com" → "cnn.com"
        name = OUTLET_DOMAINS.get(".".join(parts[k:]))
        if name:
            return name
    return host


def outlet_key(name: str) -> str:
    """A key under which the spellings of one outlet's name fall together.

    Args:
        name: an outlet name as written ("The Guardian", "guardian", "theguardian.com", "CNN.com",
            "CNN (Web News)", "https://www.nytimes.com/…").

    Returns:
        The name case-folded, a known site's domain replaced by its name, without a trailing
        qualifier in parentheses, a leading "the", a web ending (".com", ".co.uk", ...), a "www."
        prefix and anything but letters and digits ("guardian", "cnn", "newyorktimes"); empty for
        an empty name.
    """
    s = name.casefold().strip()
    host = url_domain(s) if "." in s and " " not in s else ""
    if host:
        s = outlet_from_url(host).casefold()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    s = re.sub(r"(?:/.*)?$", "", s) if host else s
    s = re.sub(_WEB_ENDING, "", s)
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    s = re.sub(r"^the\b", "", s)
    return re.sub(r"[^\w]|_", "", s)


#: Longest phrase (in words) a story title built from the headlines may have.
TITLE_MAX_WORDS = 6
_TITLE_BREAKS = re.compile(r"[:;,|?!—–()\"“”]|\s-\s|'\s|\s'|’\s|\s‘")


def _headline_words(headline: str) -> list[tuple[str, str]]:
    """(word as written, its stem) for the words of a headline (punctuation left out)."""
    return [(w, stem(normalize(w))) for w in re.findall(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]", headline)]


def _title_phrases(headline: str) -> list[list[tuple[str, str]]]:
    """Candidate title phrases of a headline: runs of words inside one stretch between punctuation."""
    out = []
    for part in _TITLE_BREAKS.split(headline):
        words = _headline_words(part)
        stop = [is_stopword(normalize(w)) for w, _ in words]
        digit = [w[0].isdigit() for w, _ in words]
        for i in range(len(words)):
            if stop[i]:
                continue  # no phrase starts with a stopword
            for n in range(1, min(TITLE_MAX_WORDS, len(words) - i) + 1):
                if stop[i + n - 1] or all(digit[i:i + n]) or n == 1 and not words[i][0][:1].isupper():
                    continue
                out.append(words[i:i + n])
    return out


def story_title(headlines: list[str], *, fallback: str, outlets: list[str] | None = None,
                ledes: list[str] | None = None) -> str:
    """A title for a story built from what its headlines share, not from one of them.

    Every run of up to ``TITLE_MAX_WORDS`` words (matched by stem, not starting or ending with
    a stopword; a single word only when capitalised, a name) is counted once per outlet; the
    phrase shared by most outlets wins, longer phrases counting for more (a phrase of n words
    weighs 1 + 0.8 (n - 1)); a tie goes to the phrase more ledes hold. It is written as in the
    first headline that has it.

    Args:
        headlines: the articles' headlines (empty ones are ignored).
        fallback: the title when no phrase is shared by two outlets (one headline: that headline).
        outlets: each headline's outlet key (default: every headline its own outlet).
        ledes: the articles' first paragraphs, to break ties.

    Returns:
        The title ("Harlow Park shooting", "Brackwell flood").
    """
    pairs = [(h, o) for h, o in zip(headlines, outlets or [str(i) for i in range(len(headlines))]) if h.strip()]
    if len(pairs) == 1:
        return " ".join(pairs[0][0].split())
    counts: dict[tuple[str, ...], set[str]] = {}
    written: dict[tuple[str, ...], str] = {}
    for h, outlet in pairs:
        for phrase in _title_phrases(h):
            key = tuple(st for _, st in phrase)
            counts.setdefault(key, set()).add(outlet)
            written.setdefault(key, " ".join(w for w, _ in phrase))
    lede_stems = [" " + " ".join(st for _, st in _headline_words(t)) + " " for t in (ledes or []) if t]
    shared = [(len(o) * (1 + 0.8 * (len(k) - 1)), sum(f" {' '.join(k)} " in t for t in lede_stems), len(k), k)
              for k, o in counts.items() if len(o) >= 2]
    if not shared:
        return fallback
    best = max(shared)[3]
    title = written[best]
    return title[:1].upper() + title[1:]


def _unknown_key(path: Path, key: str, known: tuple[str, ...], where: str) -> InputError:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return InputError(path, f"{where}unknown key '{key}'; {hint}known keys: {', '.join(known)}")


def _event_dates(path: Path, value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not isinstance(value, list | str | dt.date):
        raise InputError(path, f"'event_dates' must be a date or a list of dates (\"2026-02-01\"), not {value!r}")
    out = []
    for d in items:
        if isinstance(d, dt.date):
            out.append(d.isoformat()[:10])
        elif isinstance(d, str) and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", d.strip()):
            out.append(d.strip())
        else:
            raise InputError(path, f"'event_dates' item {d!r} is not a date (write it as \"2026-02-01\")")
    return out


def read_manifest(path: Path) -> dict[str, Any]:
    """Read and check a ``story.toml``.

    Args:
        path: the manifest file (a regular file; a link must stay inside its folder).

    Returns:
        The manifest as a dict, with ``articles`` a list of per-article dicts and ``event_dates``
        a list of ISO date strings.

    Raises:
        InputError: malformed TOML, an unknown key (with the closest known one), or a wrongly typed
            value, naming the file.
    """
    real = path.resolve()
    if path.is_symlink() and path.parent.resolve() not in real.parents:
        raise InputError(path, "is a link to a file outside the story folder; not read")
    try:
        data = tomllib.loads(read_bytes(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not valid TOML ({exc})") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(path, "not valid TOML (" + ("nested too deeply" if isinstance(exc, RecursionError)
                                                    else str(exc).split(";")[0][:120]) + ")") from None
    for key in data:
        if key not in MANIFEST_KEYS:
            raise _unknown_key(path, key, MANIFEST_KEYS, "")
    for key in ("title", "region"):
        if key in data and not isinstance(data[key], str):
            raise InputError(path, f"'{key}' must be a string in quotes, not {data[key]!r}")
    arts = data.get("articles", [])
    if not isinstance(arts, list) or not all(isinstance(a, dict) for a in arts):
        raise InputError(path, "'articles' must be a list of [[articles]] tables")
    for n, a in enumerate(arts, start=1):
        if not isinstance(a.get("file"), str) or not a["file"].strip():
            raise InputError(path, f"[[articles]] entry {n} has no 'file'")
        for k, v in a.items():
            if k not in ARTICLE_KEYS:
                raise _unknown_key(path, k, ARTICLE_KEYS, f"[[articles]] entry {n}: ")
            if not isinstance(v, (str, dt.date, dt.datetime)):
                raise InputError(path, f"[[articles]] entry {n}: '{k}' must be a string")
    data["event_dates"] = _event_dates(path, data.get("event_dates", []))
    data["articles"] = arts
    return data


def _listed_file(folder: Path, name: str, manifest_path: Path) -> Path:
    """The file a manifest entry names: inside the folder once resolved, and a regular file."""
    p = (folder / name).resolve()
    if folder.resolve() not in p.parents:
        raise InputError(manifest_path, f"article file '{name}' is outside the story folder")
    try:
        mode = p.stat().st_mode
    except OSError:
        raise InputError(manifest_path, f"article file '{name}' does not exist in {folder}") from None
    if not stat.S_ISREG(mode):
        raise InputError(manifest_path, f"article file '{name}' is {file_kind(mode)}, not a regular file")
    return p


def _not_read(p: Path, root: Path) -> tuple[str, str, str] | None:
    """Why a folder entry is not read as an article (a note for the parse report), or None to read it."""
    name = p.name
    if name.startswith("."):
        return (name, "file not read", "hidden (its name starts with '.')")
    if p.is_symlink():
        try:
            target = p.resolve(strict=True)
        except (OSError, RuntimeError):
            return (name, "file not read", "a link that leads nowhere")
        if root not in target.parents:
            return (name, "file not read", "a link to a file outside the story folder")
    try:
        mode = p.stat().st_mode
    except OSError as exc:
        return (name, "file not read", f"cannot be read ({exc.strerror or exc})")
    if stat.S_ISDIR(mode):
        return (name + "/", "folder not read", "subfolders are not read; put its articles in the story folder")
    if not stat.S_ISREG(mode):
        return (name, "file not read", f"{file_kind(mode)}, not a regular file")
    if p.suffix.lower() not in READERS:
        return (name, "file not read", f"unsupported type {p.suffix or '(none)'}")
    return None


def _article_files(folder: Path, manifest: dict[str, Any], manifest_path: Path) -> tuple[list[Path], list[tuple[str, str, str]]]:
    """The article files of a story folder (the manifest's first) and notes on every entry not read.

    Only regular files inside the folder are read (a link must lead to one inside the folder); a
    FIFO, a device, a link leading outside, a subfolder, a hidden file or a file of another type
    is noted, never opened.
    """
    notes: list[tuple[str, str, str]] = []
    root = folder.resolve()
    listed = [_listed_file(folder, a["file"], manifest_path) for a in manifest.get("articles", [])]
    others = []
    for p in sorted(folder.iterdir()):
        if p.name.lower() in NOT_ARTICLES:
            continue
        why = _not_read(p, root)
        if why is not None:
            notes.append(why)
        elif p.resolve() not in listed:
            others.append(p)
    return listed + others, notes


def _check_size(files: list[Path], slug: str) -> None:
    """Refuse a story whose article files pass :data:`MAX_STORY_BYTES`, before reading any."""
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            continue
    if total > MAX_STORY_BYTES:
        raise StoryError(f"story {slug} holds {total / 1e6:,.0f} MB of article files; the limit is "
                         f"{MAX_STORY_BYTES / 1e6:,.0f} MB (presslens.corpus.story.MAX_STORY_BYTES): split it into "
                         "several stories")


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
    if not meta["outlet"] and meta["url"] and (name := outlet_from_url(meta["url"])):
        meta["outlet"], source["outlet"] = name, "url"
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
    slug = folder.name if folder.name not in ("", ".", "..") else folder.resolve().name
    manifest_path = folder / MANIFEST
    has_manifest = manifest_path.exists() or manifest_path.is_symlink()
    manifest = read_manifest(manifest_path) if has_manifest else {"articles": [], "event_dates": []}
    files, notes = _article_files(folder, manifest, manifest_path)
    if not files:
        folders = [n[0] for n in notes if n[1] == "folder not read"]
        hint = f"; it holds folders ({', '.join(folders[:5])}): is one of them the story?" if folders else ""
        raise StoryError(f"no article files (.txt, .html, .json, .jsonl) in {folder}{hint}")
    _check_size(files, slug)
    overrides = {(folder / a["file"]).resolve(): a for a in manifest["articles"]}
    articles: list[Article] = []
    chars = 0
    for f in files:
        name = f.relative_to(folder) if f.parent == folder else f.relative_to(folder.resolve())
        docs = read_file(f, name=str(name))
        chars += sum(len(d.text) for d in docs)
        if len(articles) + len(docs) > MAX_STORY_ARTICLES:
            raise StoryError(f"story {slug} has more than {MAX_STORY_ARTICLES:,} articles, the limit "
                             "(presslens.corpus.story.MAX_STORY_ARTICLES): split it into several stories")
        if chars > MAX_STORY_CHARS:
            raise StoryError(f"story {slug} has more than {MAX_STORY_CHARS:,} characters of article text, the limit "
                             "(presslens.corpus.story.MAX_STORY_CHARS): split it into several stories")
        ov = overrides.get(f.resolve(), {})
        for doc in docs:
            articles.append(_build_article(doc, file_stem=f.stem, multi=len(docs) > 1, overrides=ov if len(docs) == 1 else {}))
    return _assemble(articles, notes=notes, slug=slug, path=folder, manifest=manifest, where=folder,
                     min_articles=min_articles)


def _assemble(articles: list[Article], *, notes: list[tuple[str, str, str]], slug: str, path: Path,
              manifest: dict[str, Any], where: Path, min_articles: int) -> Story:
    """Set duplicates aside, give years and unique labels, and build the :class:`Story`."""
    seen: dict[str, str] = {}
    ids: set[str] = set()
    kept = []
    for a in articles:
        key = " ".join(a.body_text().lower().split())
        if key in seen:
            notes.append((a.source_file, "duplicate article", f"same text as {seen[key]}; left out of the analysis"))
            continue
        if a.article_id in ids:
            raise InputError(where / a.source_file, f"article id '{a.article_id}' is used twice in the story")
        seen[key] = a.source_file
        ids.add(a.article_id)
        kept.append(a)
    kept = _unique_labels(_infer_years(kept, manifest.get("event_dates", [])))
    if len(kept) < min_articles:
        dups = [n for n in notes if n[1] == "duplicate article"]
        why = ""
        if dups:
            shown = "; ".join(f"{f} ({d.split(';')[0]})" for f, _, d in dups[:3])
            why = (f" after leaving out {len(dups)} duplicate(s) with the same text as another article: {shown}"
                   + (f"; … ({len(dups) - 3} more)" if len(dups) > 3 else ""))
        raise StoryError(f"story {slug} has {len(kept)} article(s){why}; at least {min_articles} needed")
    title = str(manifest.get("title") or story_title(
        [a.meta["headline"] for a in kept], outlets=[a.outlet_key for a in kept], fallback=slug,
        ledes=[next((a.text[b.start:b.end] for b in a.blocks if b.section == "lede"), "") for a in kept]))
    return Story(slug=slug, path=path, title=title, region=str(manifest.get("region", "")),
                 event_dates=tuple(manifest.get("event_dates", [])), articles=tuple(kept), notes=tuple(notes))


#: What a function taking a story accepts: a :class:`Story`, a story slug or a folder path.
StoryLike = Union[Story, str, "os.PathLike[str]"]
_LOADED: dict[tuple, Story] = {}
_LOADED_MAX = 8


def _folder_signature(folder: Path) -> tuple:
    """Names, sizes and modification times of a folder's files (a changed file gives a new signature)."""
    out = []
    for p in sorted(folder.iterdir()):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((p.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def as_story(story: StoryLike) -> Story:
    """Return ``story`` itself, or the story a slug or folder path names (loaded once while unchanged).

    Args:
        story: a :class:`Story`, a slug in ``data/stories`` or a path to a story folder.

    Returns:
        The story. A slug or path is loaded with :func:`load_story`; the same object is
        returned again while the folder's files are unchanged, so tables computed on it are reused.

    Raises:
        TypeError: ``story`` is neither a story nor a path.
        StoryError, InputError: as :func:`load_story`.
    """
    if isinstance(story, Story):
        return story
    if not isinstance(story, str | os.PathLike):
        raise TypeError(f"expected a Story, a story slug or a folder path, not {type(story).__name__}")
    folder = resolve_story_dir(story)
    if not folder.is_dir():
        raise StoryError(f"story folder not found: {folder}")
    key = (str(folder.resolve()), _folder_signature(folder))
    if key not in _LOADED:
        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = load_story(folder)
    return _LOADED[key]


F = TypeVar("F", bound=Callable[..., Any])


def accepts_story(fn: F) -> F:
    """Decorate a function whose first argument is a story so that it also takes a slug or a folder path.

    Args:
        fn: the function (first parameter ``story``).

    Returns:
        The wrapped function, with the same name, signature and docstring (plus a note).
    """

    @functools.wraps(fn)
    def wrapper(story: StoryLike, *args: Any, **kwargs: Any) -> Any:
        return fn(as_story(story), *args, **kwargs)

    if wrapper.__doc__:
        wrapper.__doc__ += "\n\n    ``story`` may also be a story slug or a story folder path (see :func:`as_story`).\n"
    return wrapper  # type: ignore[return-value]
