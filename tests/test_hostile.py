"""Hostile input, interrupted and concurrent runs: nothing runs, nothing lost, nothing deleted.

Every case is a row of a table: the input (a function that builds it in the test's folder and
returns the arguments of ``presslens report``), the exit status expected, a fragment of the message
expected, and what must be kept (a function that checks it). Three tables:

- :data:`REFUSED` — input refused before any notebook runs: exit 2, one line on stderr, nothing
  written (run in-process, no kernel);
- :data:`NOTED` — input read with a line in the parse report. All of it goes into one story, with the
  security payloads (a Markdown ``javascript:`` link as a headline, HTML in the text, a page-title
  payload, spreadsheet formulas in outlets, bylines and text), run once through every notebook; the
  pages are then opened in headless Chromium (:data:`PAGE_CHECKS`);
- :data:`RUNS` — report folders and runs: planted markers, a 130 KB error, a busy folder, Ctrl-C
  (a few trivial notebooks, so a case costs a kernel start, not the analyses).

No case may print a traceback. Every name, place and sentence here is made up.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from presslens.__main__ import main
from presslens.paths import notebooks_dir, project_root
from presslens.report.folder import LEGACY_LOG, MARKER, ReportLock
from presslens.report.output import FORMULA_START

BODY = ("Fire crews fought a blaze at the Marrow Quay grain store in Port Sallow on Tuesday, and three dock "
        "workers were killed, the harbour authority said.\n\n"
        "Nine people were injured, two of them seriously, according to the regional health office.\n\n"
        '"We heard the roof come down before we saw the smoke," said Ilse Varda, a crane operator.\n')


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def _two(folder: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    """A valid two-article story plus ``extra`` files."""
    return _write(folder, {"a.txt": "Grain store fire\n\n" + BODY,
                           "b.txt": "Quay blaze kills three\n\n" + BODY.replace("Nine", "Eleven"), **(extra or {})})


def cli(args: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``presslens`` in-process; return (status, stdout, stderr); no traceback may appear."""
    code = main(args)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err, out + err
    return code, out, err


# ---------------------------------------------------------------------------------------------
# REFUSED: bad input gets one line and exit 2 before any notebook runs


@dataclass(frozen=True)
class Case:
    """One hostile case.

    Attributes:
        name: what the case is.
        build: makes the input under the given folder; returns the arguments after ``report``.
        exit: the exit status expected.
        message: a fragment of the message expected (stderr, or the parse report for NOTED).
        keep: checks what must be kept (called with the test folder), or None.
    """

    name: str
    build: Callable[[Path], list[str]]
    exit: int
    message: str
    keep: Callable[[Path], None] | None = None


def _story(files: dict[str, str | bytes], *, two: bool = True) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        folder = _two(tmp / "story", files) if two else _write(tmp / "story", files)
        return [str(folder), "--out", str(tmp / "reports")]
    return build


def _nothing_written(tmp: Path) -> None:
    assert not (tmp / "reports" / "story").exists()


def _fifo_manifest(tmp: Path) -> list[str]:
    folder = _two(tmp / "story", {"story.toml": '[[articles]]\nfile = "pipe.txt"\n'})
    os.mkfifo(folder / "pipe.txt")
    return [str(folder), "--out", str(tmp / "reports")]


def _sparse(tmp: Path) -> list[str]:
    folder = _two(tmp / "story")
    for i in range(4):  # 4 × 17 MB without writing them (sparse files): refused from their sizes alone
        with open(folder / f"big{i}.txt", "wb") as fh:
            fh.truncate(17_000_000)
    return [str(folder), "--out", str(tmp / "reports")]


def _dotdot(tmp: Path) -> list[str]:
    folder = _two(tmp / "stories" / "fire")
    (tmp / "reports").mkdir()
    return [str(folder) + "/..", "--out", str(tmp / "reports")]


def _outside_untouched(tmp: Path) -> None:
    assert sorted(p.name for p in tmp.iterdir()) == ["reports", "stories"]
    assert list((tmp / "reports").iterdir()) == []


def _not_a_report(tmp: Path) -> list[str]:
    _two(tmp / "story")
    _write(tmp / "reports" / "story", {"thesis.docx": b"PK\x03\x04 my thesis", "index.html": "<p>my page</p>"})
    return [str(tmp / "story"), "--out", str(tmp / "reports")]


def _kept_as_they_were(tmp: Path) -> None:
    folder = tmp / "reports" / "story"
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "thesis.docx"]
    assert (folder / "index.html").read_text() == "<p>my page</p>"


def _out_is_a_file(tmp: Path) -> list[str]:
    _two(tmp / "story")
    _write(tmp / "reports", {"story": "a file where the report folder would go"})
    return [str(tmp / "story"), "--out", str(tmp / "reports")]


REFUSED = [
    Case("missing story folder", lambda t: [str(t / "nope"), "--out", str(t / "reports")], 2, "story folder not found"),
    Case("one article", _story({"a.txt": BODY}, two=False), 2, "has 1 article(s); at least 2 needed", _nothing_written),
    Case("all but one are duplicates", _story({"a.txt": BODY, "b.txt": BODY, "c.txt": BODY}, two=False), 2,
         "has 1 article(s) after leaving out 2 duplicate(s) with the same text as another article: b.txt",
         _nothing_written),
    Case("empty file", _story({"c.txt": b""}), 2, "c.txt: file is empty", _nothing_written),
    Case("binary file", _story({"c.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8}), 2,
         "c.txt: looks like a binary file", _nothing_written),
    Case("invalid JSON", _story({"c.json": '{"text": "unclosed'}), 2, "c.json: not valid JSON", _nothing_written),
    Case("JSON text is a number", _story({"c.json": '{"title": "T", "text": 12345}'}), 2,
         "c.json: article 1: the text field 'text' is a number, not text", _nothing_written),
    Case("JSON text is true", _story({"c.json": '{"text": true}'}), 2, "the text field 'text' is true/false",
         _nothing_written),
    Case("JSON text is a list of objects", _story({"c.json": '{"text": [{"kind": "p"}]}'}), 2,
         "the text field 'text' item 1 is an object, not text", _nothing_written),
    Case("JSON 5,000-digit integer", _story({"c.json": '{"text": "x", "views": ' + "7" * 5000 + "}"}), 2,
         "c.json: JSON holds a value Python will not read", _nothing_written),
    Case("JSON nested 100,000 deep", _story({"c.jsonl": '{"text": "x", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"}),
         2, "c.jsonl: line 1: JSON nested too deeply", _nothing_written),
    Case("TOML event_dates = 5", _story({"story.toml": "event_dates = 5\n"}), 2,
         "story.toml: 'event_dates' must be a date or a list of dates", _nothing_written),
    Case("TOML unknown key titel", _story({"story.toml": 'titel = "Fire"\n'}), 2,
         "story.toml: unknown key 'titel'; did you mean 'title'?", _nothing_written),
    Case("TOML title = 5", _story({"story.toml": "title = 5\n"}), 2, "story.toml: 'title' must be a string",
         _nothing_written),
    Case("TOML nested 100,000 deep", _story({"story.toml": "title = " + "[" * 100_000 + "]" * 100_000}), 2,
         "story.toml: not valid TOML (nested too deeply)", _nothing_written),
    Case("manifest names a file outside", _story({"story.toml": '[[articles]]\nfile = "../../etc/passwd"\n'}), 2,
         "article file '../../etc/passwd' is outside the story folder", _nothing_written),
    Case("manifest names a FIFO", _fifo_manifest, 2, "article file 'pipe.txt' is a FIFO (named pipe), not a regular file",
         _nothing_written),
    Case("10 MB article", _story({"c.txt": "Harbour. " + "word " * 2_100_000}), 2,
         "c.txt: the article is 10,500,009 characters long; the limit is 500,000", _nothing_written),
    Case("2,001 articles", _story({"c.jsonl": "".join(json.dumps({"text": f"Report number {i}."}) + "\n"
                                                      for i in range(2001))}), 2,
         "has more than 2,000 articles, the limit", _nothing_written),
    Case("68 MB of article files", _sparse, 2, "holds 68 MB of article files; the limit is 64 MB", _nothing_written),
    Case("story path ending in /..", _dotdot, 2, "it holds folders (fire/): is one of them the story?",
         _outside_untouched),
    Case("--out at a folder that is not a report", _not_a_report, 2,
         "is not a presslens report (no .presslens-report.json) and is not empty (index.html, thesis.docx)",
         _kept_as_they_were),
    Case("--out where the report folder is a file", _out_is_a_file, 2, "exists and is not a folder"),
]


@pytest.mark.parametrize("case", REFUSED, ids=[c.name for c in REFUSED])
def test_refused_input_gets_one_line_and_nothing_runs(case: Case, tmp_path: Path,
                                                      capfd: pytest.CaptureFixture[str]) -> None:
    args = case.build(tmp_path)
    code, out, err = cli(["report", *args, "--only", "00"], capfd)
    assert code == case.exit, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("presslens: error: ") and len(lines[0]) < 700, err
    assert case.message in lines[0], lines[0]
    assert "notebook(s)" not in out  # nothing started
    if case.keep:
        case.keep(tmp_path)


@pytest.fixture()
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder nobody may write into: mode 555, and immutable when the tests run as root."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK) and shutil.which("chattr"):  # root ignores the mode
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    if os.access(folder, os.W_OK) and not immutable:
        real = os.mkdir

        def refuse(path: object, *a: object, **k: object) -> None:
            if str(path).startswith(str(folder)):
                raise PermissionError(13, "Permission denied", str(path))
            real(path, *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "mkdir", refuse)  # no way to make it read-only here: refuse as the kernel would
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=False)
    folder.chmod(0o755)


def test_a_read_only_out_gets_one_line(tmp_path: Path, read_only: Path, capfd: pytest.CaptureFixture[str]) -> None:
    _two(tmp_path / "story")
    code, _, err = cli(["report", str(tmp_path / "story"), "--out", str(read_only / "reports"), "--only", "00"], capfd)
    assert code == 2 and err.strip().count("\n") == 0
    assert err.startswith(f"presslens: error: cannot create the reports folder {read_only / 'reports'} (")
    assert list(read_only.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# NOTED: read with a line in the parse report; one story through every notebook, pages in Chromium

#: The manifest's title: would change the page title, and run script, if it were not escaped.
TITLE = "Harbour fire </title><script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">"
#: The story folder's own name carries markup too (it is the slug, shown on the findings page).
SLUG = "fire-<img src=x onerror=alert(1)>"
MARKDOWN_LINK = "[Statement](javascript:alert(document.domain))"
EVIL_TEXT = ('Officials said <script>alert("pwned")</script> and <img src=x onerror="alert(1)"> were found, '
             'and police said "<b>three</b> workers were killed" by the fire at the quay.')


def _utf16() -> bytes:
    return ("Dock fire toll rises\n\n" + BODY.replace("three", "four")).encode("utf-16")


def _with_nul() -> bytes:
    filler = "Harbour pilots kept the channel open through the night while tugs stood by. " * 120
    return ("Night at the quay\n\n" + filler + "\n\n").encode() + b"Smoke\x00 drifted over the town.\n" + \
        BODY.replace("three", "two").encode()


def _deep_html() -> str:
    deep = "<div>" * 400 + "<p>" + BODY.replace("\n\n", "</p><p>").replace("three", "five") + "</p>" + "</div>" * 400
    tail = "<p>Late in the evening the harbour master said the quay would stay closed until Friday.</p>"
    return f"<html><head><title>Quay fire</title></head><body><article><h1>Quay fire</h1>{deep}{tail}</article></body></html>"


def _json_article() -> str:
    return json.dumps({"title": "+Breaking: grain store burns", "source": "@QuayWatch", "url": "javascript:alert(1)",
                       "author": "=HYPERLINK(\"http://evil.example\",\"x\")", "date": "2026-03-03",
                       "text": [{"type": "p", "text": "-2+3 cranes were lost, the port operator said."},
                                BODY.replace("three", "six")]})


def _noted_story(root: Path) -> Path:
    folder = root / SLUG
    _write(folder, {
        "01_markdown.txt": f"{MARKDOWN_LINK}\n\nBy =HYPERLINK(\"http://evil.example\",\"click\")\n\n{EVIL_TEXT}\n\n{BODY}"
                           "=SUM(A1:A9) dock workers were evacuated, officials said.\n\n@channel the quay is closed.\n",
        "02_utf16.txt": _utf16(),
        "03_nul.txt": _with_nul(),
        "04_deep.html": _deep_html(),
        "05_copy.txt": f"{MARKDOWN_LINK}\n\nBy =HYPERLINK(\"http://evil.example\",\"click\")\n\n{EVIL_TEXT}\n\n{BODY}"
                       "=SUM(A1:A9) dock workers were evacuated, officials said.\n\n@channel the quay is closed.\n",
        "06_feed.json": _json_article(),
        "07_long.txt": "Quay fire report\n\n" + BODY + "\n" + "ash " * 50_000 + "\n",
        ".draft.txt": BODY,
        "scan.pdf": b"%PDF-1.4",
        "story.toml": f'title = {json.dumps(TITLE)}\nregion = "<b onmouseover=alert(1)>Sallow</b>"\n',
    })
    os.mkfifo(folder / "pipe.txt")
    (root / "secret.txt").write_text("outside the story\n")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "secret.txt").symlink_to(root / "secret.txt")
    _write(folder / "more", {"x.txt": BODY})
    return folder


@pytest.fixture(scope="module")
def noted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """The hostile story run through every notebook: (report folder, status, stdout, stderr)."""
    root = tmp_path_factory.mktemp("noted")
    folder = _noted_story(root)
    proc = subprocess.run([sys.executable, "-m", "presslens", "report", str(folder), "--out", str(root / "reports"),
                           "--jobs", "2"], capture_output=True, text=True, cwd=project_root(), timeout=900)
    return root / "reports" / SLUG, proc.returncode, proc.stdout, proc.stderr


def _parse_report(report: Path) -> list[dict[str, str]]:
    with open(report / "tables" / "parse_report.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _articles(report: Path) -> dict[str, dict[str, str]]:
    with open(report / "tables" / "articles.csv", newline="", encoding="utf-8") as fh:
        return {r["source_file"]: r for r in csv.DictReader(fh)}


def _read(source: str) -> Callable[[Path], None]:
    def keep(report: Path) -> None:
        assert source in _articles(report), f"{source} was not read"
    return keep


def _text_kept(source: str, words: str) -> Callable[[Path], None]:
    def keep(report: Path) -> None:
        arts = _articles(report)
        assert source in arts, f"{source} was not read"
        art = arts[source]["article_id"]
        with open(report / "tables" / "tone.csv", newline="", encoding="utf-8") as fh:  # one row per sentence
            sentences = [r["sentence"] for r in csv.DictReader(fh) if r["article_id"] == art]
        assert any(words in t for t in sentences), f"{words!r} is not in the analysed text of {source}"
    return keep


def _not_read(source: str) -> Callable[[Path], None]:
    def keep(report: Path) -> None:
        assert source not in _articles(report)
    return keep


NOTED = [
    Case("FIFO pipe.txt (would hang)", lambda t: ["pipe.txt"], 0, "file not read: a FIFO (named pipe), not a regular file",
         _not_read("pipe.txt")),
    Case("link to /dev/zero", lambda t: ["zero.txt"], 0, "file not read: a link to a file outside the story folder",
         _not_read("zero.txt")),
    Case("link to a file outside", lambda t: ["secret.txt"], 0, "a link to a file outside the story folder",
         _not_read("secret.txt")),
    Case("subfolder", lambda t: ["more/"], 0, "folder not read: subfolders are not read", None),
    Case("hidden file", lambda t: [".draft.txt"], 0, "file not read: hidden (its name starts with '.')",
         _not_read(".draft.txt")),
    Case("other file type", lambda t: ["scan.pdf"], 0, "file not read: unsupported type .pdf", None),
    Case("UTF-16 with byte-order mark", lambda t: ["02_utf16.txt"], 0, "decoded as UTF-16 (byte-order mark)",
         _read("02_utf16.txt")),
    Case("NUL after byte 8192", lambda t: ["03_nul.txt"], 0, "1 control character(s) removed (U+0000 ×1)",
         _text_kept("03_nul.txt", "Smoke drifted over the town.")),
    Case("HTML nested 400 deep", lambda t: ["04_deep.html"], 0, "HTML nested deeper than 200 levels",
         _text_kept("04_deep.html", "the quay would stay closed until Friday")),
    Case("duplicate article", lambda t: ["05_copy.txt"], 0, "duplicate article: same text as 01_markdown.txt",
         _not_read("05_copy.txt")),
    Case("200,000-character line", lambda t: ["07_long.txt"], 0, "", _read("07_long.txt")),
]


def test_the_hostile_story_reports_without_a_traceback(noted: tuple[Path, int, str, str]) -> None:
    report, code, out, err = noted
    assert code == 0, out + err
    assert "Traceback" not in out + err and err.strip() == "", err
    assert all(line.startswith(("presslens:", "  [", "    ")) for line in out.splitlines()), out
    assert not list(report.parent.glob(".*.new-*")) and not list(report.parent.glob(".*.old-*"))


@pytest.mark.parametrize("case", NOTED, ids=[c.name for c in NOTED])
def test_noted_input_is_kept_or_set_aside_with_a_line_in_the_parse_report(
        case: Case, noted: tuple[Path, int, str, str]) -> None:
    report, code, _, _ = noted
    assert code == case.exit
    [source] = case.build(report)
    rows = [r for r in _parse_report(report) if r["source_file"] == source]
    if case.message:
        assert any(case.message in r["reason"] for r in rows), (source, [r["reason"] for r in rows])
    if case.keep:
        case.keep(report)


def _formula_cells(path: Path) -> list[str]:
    import re

    number = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
    with open(path, newline="", encoding="utf-8") as fh:
        return [c for row in csv.reader(fh) for c in row if c[:1] in FORMULA_START and not number.fullmatch(c)]


def test_no_csv_cell_starts_a_formula(noted: tuple[Path, int, str, str]) -> None:
    report = noted[0]
    tables = sorted((report / "tables").glob("*.csv"))
    assert len(tables) >= 20
    for path in tables:
        assert _formula_cells(path) == [], path.name
    arts = _articles(report)
    assert arts["06_feed.json"]["outlet"] == "'@QuayWatch"
    assert arts["06_feed.json"]["byline"].startswith("'=HYPERLINK(")
    assert any("'=SUM(A1:A9)" in p.read_text(encoding="utf-8") for p in tables)  # a sentence opening with a formula
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "@QuayWatch" in index and "&#x27;@QuayWatch" not in index  # the page shows the outlet as written


def test_no_page_renders_article_markup(noted: tuple[Path, int, str, str]) -> None:
    report = noted[0]
    pages = sorted(report.glob("*.html"))
    assert len(pages) == 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        leaks = [t for t in ("<script>alert(", "<img src=x", "<b>three</b>", "<b onmouseover", "href=\"javascript",
                             "<script>document.title") if t in html]
        assert not leaks, f"{page.name} renders article markup: {leaks}"
        assert len(html) < 5_000_000, f"{page.name} is {len(html):,} characters"


#: Calls whose value is a number: an f-string passed to Markdown() may interpolate only these.
NUMBER_CALLS = {"len", "min", "max", "int", "round", "sum"}


def _no_text_from_data(arg: object) -> bool:
    import ast

    if isinstance(arg, ast.Constant):
        return True
    if isinstance(arg, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) or (isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Call)
                                                    and getattr(v.value.func, "id", "") in NUMBER_CALLS)
                   for v in arg.values)
    return False


def test_no_notebook_passes_computed_text_to_markdown() -> None:
    import ast

    for nb_path in sorted(notebooks_dir().glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Markdown":
                    assert all(_no_text_from_data(a) for a in node.args) and not node.keywords, \
                        f"{nb_path.name}: Markdown() of text from the data: {ast.unparse(node)}"
    assert not _no_text_from_data(ast.parse('f"{title}"').body[0].value)  # the rule catches text


# --- the pages in a real browser (the `browser` fixture is in conftest.py)

PAGE_JS = """() => ({
  title: document.title,
  hrefs: Array.from(document.querySelectorAll('[href]'), e => e.getAttribute('href')),
  handlers: Array.from(document.querySelectorAll('main *')).filter(e =>
      Array.from(e.attributes).some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 80)),
})"""


def _title_kept(page: dict, name: str) -> None:
    want = f"{' '.join(TITLE.split())} — " + ("presslens" if name == "index.html" else name.removesuffix(".html"))
    assert page["title"] == want, page["title"]


def _links_safe(page: dict, name: str) -> None:
    import re

    schemes = [m.group(1).lower() for h in page["hrefs"] if (m := re.match(r"\s*([A-Za-z][\w+.-]*):", h))]
    assert set(schemes) <= {"http", "https"}, f"{name} links with {sorted(set(schemes))}: {page['hrefs'][:5]}"


def _no_handlers(page: dict, name: str) -> None:
    assert page["handlers"] == [], f"{name}: elements with event handlers {page['handlers']}"


PAGE_CHECKS = [
    ("a payload in the title does not change the page title", _title_kept),
    ("a Markdown javascript: link (and a javascript: URL) is never a live link", _links_safe),
    ("no element of the page carries an event handler from the text", _no_handlers),
]


def test_pages_in_the_browser_run_nothing_and_fetch_nothing(browser: object,
                                                            noted: tuple[Path, int, str, str]) -> None:
    report = noted[0]
    shown: list[str] = []
    for path in sorted(report.glob("*.html")):
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        page = ctx.new_page()
        outside, dialogs, errors = [], [], []
        root = path.parent.resolve().as_uri()
        page.on("request", lambda r: None if r.url.startswith(("data:", "about:", "blob:", root))
                else outside.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_function("document.documentElement.dataset.plReady === '1'")
        page.mouse.move(200, 300)
        page.wait_for_timeout(200)
        seen = page.evaluate(PAGE_JS)
        for label, check in PAGE_CHECKS:
            check(seen, path.name)
        assert not outside, f"{path.name} made network requests: {outside}"
        assert not dialogs and not errors, (path.name, dialogs, errors)
        shown.append(page.inner_text("main"))
        ctx.close()
    assert any(MARKDOWN_LINK in t for t in shown), "the Markdown headline is shown as written, as text"


# ---------------------------------------------------------------------------------------------
# RUNS: report folders, concurrent and interrupted runs (trivial notebooks)

TINY = ("import os, time\nimport pandas as pd\nfrom presslens.report.output import write_table\n"
        "from presslens.corpus.story import load_story\n"
        "st = load_story(story)\n"
        "write_table(pd.DataFrame({'headline': [a.meta['headline'] for a in st.articles]}), output_dir=output_dir,"
        " name='tiny')\n"
        "if os.environ.get('TINY_SIGNAL'):\n"
        "    open(os.environ['TINY_SIGNAL'], 'w').write(str(os.getpid()))\n"
        "    time.sleep(120)\n")


def _notebook(path: Path, source: str) -> None:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('story: str = ""\noutput_dir: str = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {path.stem[3:].capitalize()}"), params,
                nbformat.v4.new_code_cell(source)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A notebooks folder: ``00_tiny`` writes one table; ``01_boom`` fails with a 130 KB message."""
    folder = tmp_path_factory.mktemp("notebooks")
    _notebook(folder / "00_tiny.ipynb", TINY)
    _notebook(folder / "01_boom.ipynb", "raise ValueError('the quay ' + 'x' * 130_000)")
    return folder


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory, tiny: Path) -> Path:
    """A finished report of the two-article story (with the tiny notebook), to copy for a case."""
    root = tmp_path_factory.mktemp("previous")
    _two(root / "story")
    assert main(["report", str(root / "story"), "--out", str(root / "reports"), "--notebooks", str(tiny),
                 "--only", "00"]) == 0
    return root


def _copy_previous(previous: Path, tmp: Path) -> Path:
    shutil.copytree(previous / "story", tmp / "story", symlinks=True)
    shutil.copytree(previous / "reports" / "story", tmp / "reports" / "story", symlinks=True)
    return tmp / "reports" / "story"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _plant_legacy(tmp: Path, previous: Path) -> list[str]:
    report = _copy_previous(previous, tmp)
    (report / MARKER).unlink()
    (tmp / "victim.txt").write_text("do not delete")
    (report / "my notes.txt").write_text("mine")
    (report / LEGACY_LOG).write_text(json.dumps({"00_tiny": ["../../victim.txt", str(tmp / "victim.txt"),
                                                             "tables/../../../victim.txt", "my notes.txt"]}))
    return []


def _victims_kept(tmp: Path) -> None:
    assert (tmp / "victim.txt").read_text() == "do not delete"
    report = tmp / "reports" / "story"
    assert (report / "my notes.txt").read_text() == "mine"
    assert (report / MARKER).exists() and not (report / LEGACY_LOG).exists()


def _plant_marker(tmp: Path, previous: Path) -> list[str]:
    report = _copy_previous(previous, tmp)
    victim = tmp / "victim.txt"
    victim.write_text("do not delete")
    st = victim.stat()
    data = json.loads((report / MARKER).read_text())
    data["outputs"]["00_tiny"] += [{"path": p, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
                                   for p in ("../../victim.txt", str(victim), "tables/../../../victim.txt")]
    (report / MARKER).write_text(json.dumps(data))
    (report / "tables" / "tiny.csv").unlink()
    (report / "tables" / "tiny.csv").symlink_to(victim)  # the next run replaces the link, never writes through it
    return ["--only", "00", "01"]


def _victim_and_error_kept_short(tmp: Path) -> None:
    assert (tmp / "victim.txt").read_text() == "do not delete"
    report = tmp / "reports" / "story"
    assert not (report / "tables" / "tiny.csv").is_symlink()
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "x" * 1000 not in index and "01 Boom: failed" in index
    assert (report / "01_boom.failed.ipynb").exists() and not (report / "01_boom.html").exists()


#: Locks a case holds for "another run" (released when the case ends).
_HELD: list[ReportLock] = []


def _hold_lock(tmp: Path, previous: Path) -> list[str]:
    report = _copy_previous(previous, tmp)
    lock = ReportLock(report)
    lock.acquire()
    _HELD.append(lock)
    return ["--no-wait"]


def _report_unchanged(tmp: Path) -> None:
    report = tmp / "reports" / "story"
    assert _snapshot(report) == _snapshot(tmp / "_before")


def _lock_for_a_second(tmp: Path, previous: Path) -> list[str]:
    report = _copy_previous(previous, tmp)
    lock = ReportLock(report)
    lock.acquire()
    threading.Timer(1.5, lock.release).start()
    return ["--only", "00"]


def _new_report_complete(tmp: Path) -> None:
    import re

    report = tmp / "reports" / "story"
    index = (report / "index.html").read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"#]+\.(?:html|ipynb|csv|png))"', index):
        assert (report / href).exists(), f"index.html links {href}, which is missing"


RUNS = [
    Case("planted .outputs.json (../../victim.txt, an absolute path)", lambda t: [], 0, "", _victims_kept),
    Case("planted marker and a table linked outside; a 130 KB error", lambda t: [], 1,
         "1 notebook(s) failed: 01_boom", _victim_and_error_kept_short),
    Case("another run holds the report folder (--no-wait)", lambda t: [], 3,
         f"is being written by pid {os.getpid()}", _report_unchanged),
    Case("another run holds it for 1.5 s (waits)", lambda t: [], 0, "waiting for it to finish", _new_report_complete),
]
_SETUP = dict(zip([c.name for c in RUNS], [_plant_legacy, _plant_marker, _hold_lock, _lock_for_a_second]))


@pytest.mark.parametrize("case", RUNS, ids=[c.name for c in RUNS])
def test_report_folders_and_concurrent_runs(case: Case, tmp_path: Path, previous: Path, tiny: Path,
                                            capfd: pytest.CaptureFixture[str]) -> None:
    extra = _SETUP[case.name](tmp_path, previous)
    shutil.copytree(tmp_path / "reports" / "story", tmp_path / "_before", symlinks=True)
    args = ["report", str(tmp_path / "story"), "--out", str(tmp_path / "reports"), "--notebooks", str(tiny), *extra]
    if "--only" not in extra:
        args += ["--only", "00"]
    code, out, err = cli(args, capfd)
    assert code == case.exit, out + err
    assert case.message in out + err
    assert len(out + err) < 3000, "a message is printed at full length"
    if case.exit == 1:
        assert (out + err).count("ValueError: the quay") == 1  # the error is printed once, cut short
    case.keep(tmp_path)
    while _HELD:
        _HELD.pop().release()


def test_ctrl_c_keeps_the_previous_report_and_stops_every_process(tmp_path: Path, previous: Path, tiny: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) mid-run."""
    report = _copy_previous(previous, tmp_path)
    before = _snapshot(report)
    started = tmp_path / "started"
    proc = subprocess.Popen([sys.executable, "-m", "presslens", "report", str(tmp_path / "story"), "--out",
                             str(tmp_path / "reports"), "--notebooks", str(tiny), "--only", "00"],
                            cwd=project_root(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TINY_SIGNAL": str(started)}, start_new_session=True)
    deadline = time.monotonic() + 120
    while not (started.exists() and started.read_text()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert started.exists(), proc.communicate()
    kernel = int(started.read_text())
    assert list(report.parent.glob(".story.new-*")), "the run builds in a staging folder"
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in out + err
    assert err.strip() == f"presslens: interrupted; the previous report in {report} is unchanged"
    assert _snapshot(report) == before  # every page and table as it was
    assert sorted(p.name for p in report.parent.iterdir()) == [".story.lock", "story"]  # no staging left
    for _ in range(50):
        try:
            os.kill(kernel, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"the kernel (pid {kernel}) still runs")
    assert stat.S_ISREG((report.parent / ".story.lock").stat().st_mode)
