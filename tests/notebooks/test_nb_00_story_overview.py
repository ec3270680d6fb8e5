"""The overview notebook, executed headless on the seed story: its written tables."""

from __future__ import annotations

import pandas as pd

from seed import SEED_000, SEED_002


def test_overview_tables(run_notebook) -> None:
    out = run_notebook("00_story_overview")
    arts = pd.read_csv(out / "tables" / "articles.csv", keep_default_na=False).set_index("article_id")
    assert arts.loc[SEED_000, "source_file"] == "000_262b19c4243f2b1a.txt"
    assert arts.loc[SEED_000, "outlet"] == "Daijiworld Media Network"
    assert arts.loc[SEED_000, "outlet_key"] == "daijiworldmedianetwork"
    assert arts.loc[SEED_002, "outlet_key"] == f"article:{SEED_002}"  # no outlet: the article counts alone
    assert arts.loc[SEED_000, "dateline"] == "Islamabad"
    assert arts.loc[SEED_000, "published"] == "2026-02-02"
    assert arts.loc[SEED_000, "headline"] == ""
    assert arts.loc[SEED_002, "byline"] == "Avery Klein"
    assert arts.loc[SEED_002, "published"] == "2026-02-01"
    assert arts.loc[SEED_002, "headline"] == "Pakistan Reports 145 Militants Killed After Coordinated Attacks in Balochistan"
    rep = pd.read_csv(out / "tables" / "parse_report.csv", keep_default_na=False)
    bp = rep[rep.kind == "boilerplate"]
    assert sorted(bp.reason) == ["link list", "link list", "repeated headline"]
    sw = pd.read_csv(out / "tables" / "section_words.csv")
    assert set(sw[sw.article_id == SEED_002].section) == {"headline", "standfirst", "lede", "key_points", "body",
                                                          "context", "risks"}
    assert (out / "figures" / "article_lengths.png").stat().st_size > 10_000
    html = (out / "00_story_overview.html").read_text(encoding="utf-8")
    assert "Daijiworld Media Network" in html and "load_story(story)" not in html  # code hidden
