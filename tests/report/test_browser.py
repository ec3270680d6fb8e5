"""The report in a real browser (headless Chromium through Playwright).

One report is built on a made-up five-outlet story (the test story with one outlet giving another
toll); then index.html and every notebook page are opened at 1280 px: no network request, no
horizontal overflow, tables sort and search, evidence links land on their sentence. Screenshots
go to the test's tmp folder. Skipped, with a message, only when no Chromium is installed
(``.ci/run`` installs Debian's ``chromium`` and sets ``PRESSLENS_REQUIRE_BROWSER=1``, which
turns the skip into a failure). Playwright drives the system Chromium; it never downloads one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presslens.report.runner import run_report

MULTI = Path(__file__).parents[1] / "data" / "multi_outlet"
WIDTH, HEIGHT = 1280, 900


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Path:
    story = tmp_path_factory.mktemp("story") / "port-fire"
    shutil.copytree(MULTI, story)
    ledger = story / "05_daily_ledger.txt"
    lines = ledger.read_text(encoding="utf-8").splitlines()
    lines[0] = "Fifteen workers were killed in a fire at a grain terminal in Port Halden on Monday."
    lines.append("The terminal cost $33.5 million to build, and its shares fell to $65 by noon.")
    ledger.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    results = run_report(story, out=out, jobs=2, progress=lambda s: None)
    assert all(r.ok for r in results), [(r.name, r.error) for r in results if not r.ok]
    return out / "port-fire"


def _open(browser: object, page_path: Path, fragment: str = "") -> tuple[object, object, list[str]]:
    ctx = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})  # type: ignore[attr-defined]
    page = ctx.new_page()
    outside: list[str] = []
    root = page_path.parent.resolve().as_uri()
    page.on("request", lambda r: None if r.url.startswith(("data:", "about:", "blob:", root)) else outside.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.as_uri() + fragment, wait_until="load")
    page.wait_for_function("document.documentElement.dataset.plReady === '1'")
    page.wait_for_timeout(200)
    assert not errors, f"{page_path.name}: script errors {errors}"
    return ctx, page, outside


OVERFLOW_JS = """() => {
  const w = document.documentElement.clientWidth, bad = [];
  if (document.documentElement.scrollWidth > w + 1) bad.push('page ' + document.documentElement.scrollWidth);
  for (const el of document.querySelectorAll('main *')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > w + 1) bad.push(el.tagName + '.' + el.className + ' right=' + Math.round(r.right));
    if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth)
      bad.push('scrolls: ' + el.tagName + '.' + el.className);
  }
  return bad.slice(0, 5);
}"""


def test_every_page_is_offline_fits_1280px_and_shows_dollars_literally(browser: object, report: Path,
                                                                       tmp_path: Path) -> None:
    pages = sorted(report.glob("*.html"))
    assert [p.name for p in pages][-1] == "index.html" and len(pages) == 5
    for path in pages:
        ctx, page, outside = _open(browser, path)
        page.screenshot(path=str(tmp_path / f"{path.stem}.png"), full_page=True)
        assert not outside, f"{path.name} made network requests: {outside}"
        assert page.evaluate(OVERFLOW_JS) == [], f"{path.name} overflows at {WIDTH} px"
        assert path.stat().st_size < 5_000_000
        assert page.evaluate("document.querySelectorAll('nav.pl-nav a[href=\"index.html\"]').length") == 1
        if path.stem.startswith("01_"):
            assert "$33.5 million" in page.inner_text("main") and "$65" in page.inner_text("main")
        ctx.close()


def _numbers(cells: list[str]) -> list[float]:
    return [float(c.replace(",", "")) for c in cells if c.strip()]


def test_tables_search_and_show_all(browser: object, report: Path) -> None:
    checked = 0
    for path in sorted(report.glob("*.html")):
        ctx, page, _ = _open(browser, path)
        boxes = page.locator("div.pl-controls")
        if boxes.count():
            controls = boxes.first
            table = controls.locator("xpath=following-sibling::table[1]")
            rows = table.locator("tbody tr")
            total = rows.count()

            def visible() -> object:
                return table.locator("tbody tr:not(.pl-hidden)")

            assert visible().count() == 5 < total  # opens with the first five rows
            controls.locator("button.pl-show-all").click()
            assert visible().count() == total
            texts = [t.lower() for t in rows.all_inner_texts()]
            words = {w.strip(".,;:\"'()“”") for w in texts[-1].split()} - {""}
            word = min(sorted(words), key=lambda w: sum(w in t for t in texts))  # the last row's rarest word
            controls.locator("input.pl-search").fill(word)  # keeps only the rows holding it
            shown = [t.lower() for t in visible().all_inner_texts()]
            assert shown and all(word in t for t in shown) and len(shown) == sum(word in t for t in texts)
            assert controls.locator(".pl-count").inner_text().startswith(f"{len(shown)} of {len(shown)}")
            checked += 1
        ctx.close()
    assert checked >= 1, "no page has a table long enough for its search and show-all controls"


def test_tables_sort_by_a_clicked_column(browser: object, report: Path) -> None:
    for path in sorted(report.glob("[0-9][0-9]_*.html")):
        ctx, page, _ = _open(browser, path)
        for table in page.locator("main table").all():
            heads = table.locator("thead th")
            nums = [i for i in range(heads.count()) if "pl-num" in (heads.nth(i).get_attribute("class") or "")]
            if not nums or table.locator("tbody tr").count() < 3:
                continue
            col, th = nums[0], heads.nth(nums[0])
            column = f"tbody tr:not(.pl-hidden) td:nth-child({col + 1})"
            table.locator("xpath=preceding-sibling::div[@class='pl-controls'][1]//button").first.click() \
                if table.locator("xpath=preceding-sibling::div[@class='pl-controls'][1]").count() else None
            th.click()
            asc = _numbers(table.locator(column).all_inner_texts())
            assert th.get_attribute("aria-sort") == "ascending" and asc == sorted(asc)
            th.click()
            desc = _numbers(table.locator(column).all_inner_texts())
            assert th.get_attribute("aria-sort") == "descending" and desc == sorted(desc, reverse=True)
            assert sorted(asc) == sorted(desc)
            ctx.close()
            return
        ctx.close()
    pytest.fail("no notebook page has a numeric column to sort")


def test_index_evidence_links_land_on_their_sentence(browser: object, report: Path) -> None:
    ctx, page, _ = _open(browser, report / "index.html")
    tolls = page.locator("#tolls ~ table").first.locator("a.pl-ev-link").all()
    quotes = page.locator("h3#quotes ~ table").first.locator("a.pl-ev-link").all()
    assert tolls and quotes, "the toll disagreement and the one-outlet quotes each link to their sentences"
    hrefs = [a.get_attribute("href") for a in tolls[:3] + quotes[:3]]
    hrefs += [h for h in page.eval_on_selector_all("a.pl-ev-link", "els => els.map(e => e.getAttribute('href'))")
              if h not in hrefs][:6]
    ctx.close()
    for href in hrefs:
        name, frag = href.split("#", 1)
        ctx, page, _ = _open(browser, report / name, "#" + frag)
        where = page.evaluate("""id => { const el = document.getElementById(id); if (!el) return null;
            const r = el.getBoundingClientRect(), box = el.closest('tr, li, p') || el;
            return {top: r.top, shown: box.getClientRects().length > 0 && !box.closest('.pl-hidden'),
                    landed: !!document.querySelector('.pl-landed'), h: innerHeight}; }""", frag)
        assert where is not None, f"{href}: no such anchor"
        assert where["shown"] and where["landed"], f"{href}: the sentence stays hidden"
        assert 0 <= where["top"] <= where["h"], f"{href}: the sentence is not in view ({where})"
        ctx.close()
