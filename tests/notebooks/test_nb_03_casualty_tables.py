"""The casualty-tables notebook, executed headless: its written tables hold the seed expectations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from presslens.casualties.tables import CHECK_COLUMNS, RECONCILED_COLUMNS, STORY_CLAIM_COLUMNS
from seed import SEED_000, SEED_002


def _read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / "tables" / f"{name}.csv", keep_default_na=False, dtype=str)


@pytest.fixture(scope="module")
def seed_out(run_notebook) -> Path:
    return run_notebook("03_casualty_tables")


def test_claims_csv(seed_out: Path) -> None:
    c = _read(seed_out, "casualty_claims")
    assert list(c.columns) == STORY_CLAIM_COLUMNS
    a = c[c.article_id == SEED_000]
    key = {(r.outcome, r.group, r.quantity, r.low, r.high): r for r in a.itertuples()}
    assert "chief minister" in key[("killed", "militants", "at least 145", "145", "")].attribution
    assert ("killed", "people", "close to 50", "", "50") in key
    assert ("killed", "security", "17", "17", "17") in key and ("killed", "civilians", "31", "31", "31") in key
    assert key[("killed", "militants", "92", "92", "92")].time == "on Saturday"
    assert key[("killed", "militants", "41", "41", "41")].time == "on Friday"
    assert key[("killed", "militants", "92", "92", "92")].attribution == "the military"
    bla = key[("killed", "security", "dozens", "24", "")]
    assert "Baloch Liberation Army" in bla.attribution and bla.verified == "False" and bla.reliable == "False"
    cap = key[("captured", "people", "several", "3", "")]  # "several others": not inherited from the soldiers
    assert "Baloch Liberation Army" in cap.attribution and cap.verified == "False"
    assert set(c.scope) == {"event"} and set(c.scope_reason) == {""}
    assert c.outlet_key.nunique() == 2  # two outlets
    inj = key[("injured", "civilians", "several", "3", "")]
    assert inj.attribution == "Eyewitnesses"
    assert not any("40" in q for q in a.quantity) and "two" not in set(a.quantity)
    b = c[c.article_id == SEED_002]
    m145 = b[(b.group == "militants") & (b.low == "145") & (b.high == "145")]
    assert len(m145) == 1 and int(m145.iloc[0].mentions) >= 4
    att = m145.iloc[0].attribution
    assert "authorities" in att and "officials" in att and "chief minister" in att
    assert len(m145.iloc[0].sent_ids.split(";")) == int(m145.iloc[0].mentions)
    assert "key_points" in set(b.section) or any("Security forces reported" in e for e in b.evidence)
    m92 = b[(b.group == "militants") & (b.low == "92")]
    assert m92.iloc[0].time == "on Saturday" and "earlier" in m92.iloc[0].sentence
    assert {("security", "17"), ("civilians", "31")} <= {(r.group, r.low) for r in b.itertuples()}
    assert "lost their lives" in b[b.low == "17"].iloc[0].sentence
    sf = b[(b.quantity == "dozens") & (b.section == "standfirst")]
    assert len(sf) == 1 and sf.iloc[0].group_text == "security personnel and civilians"


def test_reconciled_csv(seed_out: Path) -> None:
    r = _read(seed_out, "casualty_reconciled")
    assert list(r.columns) == RECONCILED_COLUMNS
    rows = {(x.group, x.outcome): x for x in r.itertuples()}
    mil = rows[("militants", "killed")]
    assert (mil.best, mil.status) == ("145", "agree")
    sec = rows[("security", "killed")]
    assert sec.best == "17" and "dozens" in sec.unverified and "Baloch Liberation Army" in sec.unverified
    assert rows[("civilians", "killed")].best == "31"
    assert rows[("people", "captured")].status == "unverified claim" and rows[("people", "captured")].best == ""


def test_checks_csv(seed_out: Path) -> None:
    k = _read(seed_out, "casualty_checks")
    assert list(k.columns) == CHECK_COLUMNS
    a = k[(k.article_id == SEED_000) & (k.check == "parts vs total")].iloc[0]
    assert (a.parts_sum, a.total, a.gap, a.status) == ("133", "at least 145", "12", "parts short of total")
    b = k[(k.article_id == SEED_002) & (k.check == "parts vs total")].iloc[0]
    assert "clearance operations" in b.note
    g = k[(k.article_id == SEED_000) & (k.check == "groups vs overall")].iloc[0]
    assert (g.parts_sum, g.total_high, g.status) == ("48", "50", "ok")


def test_figure_and_highlighted_text(seed_out: Path) -> None:
    assert (seed_out / "figures" / "casualty_ranges.png").stat().st_size > 10_000
    html = (seed_out / "03_casualty_tables.html").read_text(encoding="utf-8")
    assert "<mark" in html and "militants killed" in html


def test_one_article_story(run_notebook, seed_dir: Path, tmp_path: Path) -> None:
    shutil.copy(seed_dir / f"{SEED_002}.txt", tmp_path / f"{SEED_002}.txt")
    out = run_notebook("03_casualty_tables", story=tmp_path)
    r = _read(out, "casualty_reconciled")
    assert list(r.columns) == RECONCILED_COLUMNS and set(r.status) == {"single source"}
    assert "Only one article" in (out / "03_casualty_tables.html").read_text(encoding="utf-8")


def test_story_without_claims(run_notebook, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Local Times - Springfield\nThe city council approved a budget, the mayor said.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Valley News\nThe festival drew thousands of visitors.\n", encoding="utf-8")
    out = run_notebook("03_casualty_tables", story=tmp_path)
    for name, cols in (("casualty_claims", STORY_CLAIM_COLUMNS), ("casualty_reconciled", RECONCILED_COLUMNS),
                       ("casualty_checks", CHECK_COLUMNS)):
        df = _read(out, name)
        assert list(df.columns) == cols and df.empty
    assert "No casualty claims found" in (out / "03_casualty_tables.html").read_text(encoding="utf-8")
