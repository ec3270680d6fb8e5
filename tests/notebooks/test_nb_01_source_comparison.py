"""The source-comparison notebook, executed headless: the tables it writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from seed import SEED_000, SEED_002

MULTI = Path(__file__).parents[1] / "data" / "multi_outlet"
TABLES = ("coverage", "unique_content", "reuse", "quotes", "actors", "name_variants", "discrepancies")


def _read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / "tables" / f"{name}.csv", keep_default_na=False)


def test_seed_tables(run_notebook) -> None:
    out = run_notebook("01_source_comparison")
    unique = _read(out, "unique_content")
    only_000 = " ".join(unique[unique.article_id == SEED_000].text)
    for fact in ("female perpetrators", "human shields", "United States condemned", "Talal Chaudhry", "Khawaja Asif"):
        assert fact in only_000
    u002 = unique[unique.article_id == SEED_002]
    assert {"key_points", "risks"} <= set(u002[u002.kind == "section"].section)
    assert u002.text.str.contains("additional militants who were killed during ongoing clearance operations").any()

    variants = _read(out, "name_variants")
    assert {tuple(sorted(p)) for p in zip(variants.name_a, variants.name_b)} == {("Sarfaraz Bugti", "Sarfraz Bugti")}

    disc = _read(out, "discrepancies")
    dates = disc[disc.kind == "date"]
    assert ("February 1, 2026", "Feb 2") in set(zip(dates.value_a, dates.value_b))
    tolls = disc[disc.kind == "toll"]
    militants = tolls[tolls.fact == "killed (militants)"].iloc[0]
    assert {militants.value_a.lower(), militants.value_b.lower()} == {"145 militants", "at least 145 militants"}
    assert militants.status == "hedge"
    hours = disc[(disc.kind == "quantity") & (disc.fact == "hour")].iloc[0]
    assert {hours.value_a, hours.value_b} == {"nearly 40-hour-long", "40-hour"} and hours.status == "hedge"
    names = disc[disc.kind == "name"]
    assert {names.value_a.iat[0], names.value_b.iat[0]} == {"Sarfraz Bugti", "Sarfaraz Bugti"}

    quotes = _read(out, "quotes")
    jaiswal = quotes[(quotes.speaker_group == "Randhir Jaiswal") & (quotes.kind == "direct")]
    assert set(jaiswal.article_id) == {SEED_000, SEED_002}

    actors = _read(out, "actors")
    for name in ("Talal Chaudhry", "Khawaja Asif"):
        assert actors[actors.actor == name].article_id.tolist() == [SEED_000]
    assert set(actors[actors.actor == "Sarfaraz Bugti"].entity) == {"Sarfraz Bugti", "Sarfaraz Bugti"}

    cov = _read(out, "coverage")
    assert set(cov.status) == {"shared", "partly shared", "unique"}
    assert set(cov.coverage) <= {"same", "related"}  # no empty cells
    assert (cov[cov.status == "unique"].missing != "").all()
    assert (unique.groupby("outlet")["rank"].min() == 1).all()
    assert (out / "figures" / "coverage_heatmap.png").stat().st_size > 10_000


def test_five_outlets(run_notebook) -> None:
    out = run_notebook("01_source_comparison", story=MULTI)
    cov = _read(out, "coverage")
    assert cov.outlet.nunique() == 5
    unique = _read(out, "unique_content")
    assert unique[unique.outlet == "Daily Ledger"].text.str.contains("Shares in Nordgrain").any()
    variants = _read(out, "name_variants")
    assert set(variants.name_b) | set(variants.name_a) == {"Marta Olsen", "Martha Olsen"}
    q = _read(out, "quotes")
    assert set(q[q.speaker_group == "Sam Adeyemi"].kind) == {"direct", "indirect"}


def test_one_article_story(run_notebook, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("one_article")
    (folder / "a.txt").write_text("Harbour Wire\n\nA fire killed 12 workers at the port, officials said.\n",
                                  encoding="utf-8")
    out = run_notebook("01_source_comparison", story=folder)
    for name in TABLES:
        df = pd.read_csv(out / "tables" / f"{name}.csv")
        if name not in ("quotes", "actors"):
            assert df.empty, name
    assert len(_read(out, "quotes")) == 1
