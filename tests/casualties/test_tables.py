"""Story-level casualty tables: de-duplication, reconciliation and consistency checks."""

from __future__ import annotations

import pandas as pd

from presslens.casualties.tables import (
    CHECK_COLUMNS,
    RECONCILED_COLUMNS,
    STORY_CLAIM_COLUMNS,
    check_consistency,
    claim_mentions,
    claims,
    highlight_spans,
    range_rows,
    reconcile,
)
from seed import SEED_000, SEED_002


def _claim(outlet, outcome, group, quantity, low, high, *, qualifier="exact", kind="explicit", time="", role="total",
           reliable=True, verified=None, attribution="", verb="", sent_id=0, mentions=1, sentence="s.", scope="event",
           article=None, key=None, published="", group_text=None):
    return {"article_id": article or outlet.lower(), "outlet": outlet, "sent_id": sent_id, "section": "body",
            "outcome": outcome, "group": group, "group_text": group if group_text is None else group_text,
            "quantity": quantity, "low": low, "high": high,
            "qualifier": qualifier, "kind": kind, "start": 0, "end": 1, "sentence": sentence,
            "attribution": attribution, "attribution_verb": verb, "verified": verified, "time": time,
            "mentions": mentions, "sent_ids": str(sent_id), "evidence": f"[{sent_id}] {sentence}",
            "reliable": reliable, "role": role, "scope": scope, "scope_reason": "" if scope == "event" else "x",
            "outlet_key": key or outlet.lower(), "published": published}


def _df(*rows) -> pd.DataFrame:
    df = pd.DataFrame(list(rows), columns=STORY_CLAIM_COLUMNS)
    for c in ("low", "high"):
        df[c] = pd.array(df[c].tolist(), dtype="Int64")
    return df


def test_seed_claims_are_deduplicated_with_every_sentence(seed_story) -> None:
    m = claim_mentions(seed_story)
    c = claims(seed_story)
    assert list(c.columns) == STORY_CLAIM_COLUMNS
    rep = c[(c.article_id == SEED_002) & (c.group == "militants") & (c.low == 145)].iloc[0]
    n = len(m[(m.article_id == SEED_002) & (m.group == "militants") & (m.low == 145)])
    assert rep.mentions == n >= 4
    assert rep.evidence.count(" | ") == n - 1
    art = seed_story.article(SEED_000)
    for r in c[c.article_id == SEED_000].itertuples():
        assert r.sentence.find(art.text[r.start:r.end]) >= 0  # offsets point into Article.text
    parts = c[(c.article_id == SEED_000) & (c.role == "part")]
    assert sorted(parts.low.tolist()) == [41, 92]


def test_reconcile_best_is_the_majority_then_the_lower() -> None:
    df = _df(_claim("A", "killed", "civilians", "10", 10, 10), _claim("B", "killed", "civilians", "12", 12, 12),
             _claim("C", "killed", "civilians", "12", 12, 12), _claim("D", "killed", "security", "3", 3, 3),
             _claim("E", "killed", "security", "5", 5, 5))
    r = reconcile(df).set_index(["group", "outcome"])
    assert (r.loc[("civilians", "killed"), ["low", "best", "high"]].tolist()) == [10, 12, 12]
    assert r.loc[("civilians", "killed"), "status"] == "conflict"
    assert r.loc[("security", "killed"), "best"] == 3  # a tie goes to the lower figure


def test_reconcile_bounds_agree_and_unverified_claims_do_not_count() -> None:
    df = _df(_claim("A", "killed", "militants", "at least 145", 145, None, qualifier="at_least"),
             _claim("B", "killed", "militants", "145", 145, 145),
             _claim("A", "killed", "security", "dozens", 24, None, kind="vague", qualifier="vague", reliable=False,
                    verified=False, attribution="the group", verb="claimed"),
             _claim("B", "killed", "security", "17", 17, 17),
             _claim("A", "captured", "security", "several", 3, None, kind="vague", reliable=False, verified=False))
    r = reconcile(df).set_index(["group", "outcome"])
    mil = r.loc[("militants", "killed")]
    assert (mil.best, mil.best_quantity, mil.status) == (145, "145", "agree")
    sec = r.loc[("security", "killed")]
    assert (sec.best, sec.status, sec.n_outlets) == (17, "single source", 1)
    assert "dozens (the group; not verified)" in sec.unverified
    cap = r.loc[("security", "captured")]
    assert cap.status == "unverified claim" and pd.isna(cap.best)


def test_checks_within_and_across_outlets() -> None:
    df = _df(_claim("A", "killed", "militants", "at least 145", 145, None, qualifier="at_least"),
             _claim("A", "killed", "militants", "92", 92, 92, time="on Saturday", role="part"),
             _claim("A", "killed", "militants", "41", 41, 41, time="on Friday", role="part"),
             _claim("A", "killed", "people", "close to 50", None, 50, qualifier="at_most"),
             _claim("A", "killed", "security", "17", 17, 17), _claim("A", "killed", "civilians", "31", 31, 31),
             _claim("B", "killed", "militants", "145", 145, 145,
                    sentence="The tally of 145 included militants killed in later operations."),
             _claim("B", "killed", "militants", "92", 92, 92, time="on Saturday", role="part"),
             _claim("B", "killed", "people", "20", 20, 20), _claim("B", "killed", "civilians", "31", 31, 31))
    k = check_consistency(df)
    assert list(k.columns) == CHECK_COLUMNS
    rows = {(r.outlet, r.check): r for r in k.itertuples()}
    a = rows[("A", "parts vs total")]
    assert (a.parts, a.parts_sum, a.gap, a.status) == ("92 on Saturday + 41 on Friday", 133, 12, "parts short of total")
    assert rows[("A", "groups vs overall")].status == "ok"
    assert rows[("B", "parts vs total")].note.startswith("[0] The tally of 145 included")
    over = rows[("B", "groups vs overall")]
    assert (over.parts_sum, over.gap, over.status) == (31, -11, "parts exceed total")
    across = rows[("all outlets", "parts vs total")]
    assert (across.parts_sum, across.total) == (133, "145")


def test_empty_inputs_give_documented_columns() -> None:
    empty = _df()
    assert list(reconcile(empty).columns) == RECONCILED_COLUMNS and reconcile(empty).empty
    assert list(check_consistency(empty).columns) == CHECK_COLUMNS and check_consistency(empty).empty
    assert range_rows(empty, reconcile(empty)).empty
    assert highlight_spans(pd.DataFrame(), "x") == []


def test_highlight_spans_mark_claim_phrases(seed_story) -> None:
    m = claim_mentions(seed_story)
    spans = highlight_spans(m, SEED_000)
    text = seed_story.article(SEED_000).text
    phrases = [text[s:e] for s, e, _ in spans]
    assert "at least 145 militants" in phrases
    assert ("dozens of security personnel" in phrases) or any(cat.endswith("(unverified)") for *_, cat in spans)


def test_articles_of_one_outlet_count_once_and_the_latest_figure_is_its_own() -> None:
    df = _df(_claim("Valley Courier", "killed", "people", "four", 4, 4, article="vc-1", key="valleycourier",
                    published="2021-05-08", sentence="A gunman killed four people."),
             _claim("Valley Courier (2)", "killed", "people", "five", 5, 5, article="vc-2", key="valleycourier",
                    published="2021-05-10", sentence="The toll has risen to five."),
             _claim("Ohio Ledger", "killed", "people", "five", 5, 5, article="ol-1", key="ohioledger",
                    published="2021-05-09"))
    r = reconcile(df).set_index(["group", "outcome"]).loc[("people", "killed")]
    assert (r.n_outlets, r.best, r.low, r.status) == (2, 5, 5, "revision")
    assert "four" in r.by_outlet and "→" in r.by_outlet  # the earlier figure is still shown


def test_an_outlets_conflicting_latest_figures_are_a_conflict() -> None:
    df = _df(_claim("A", "injured", "people", "11", 11, 11), _claim("B", "injured", "people", "12", 12, 12))
    r = reconcile(df).iloc[0]
    assert r.status == "conflict" and "11" in r.by_outlet and "12" in r.by_outlet


def test_other_scope_never_counts() -> None:
    df = _df(_claim("A", "killed", "people", "26", 26, 26), _claim("B", "killed", "people", "58", 58, 58, scope="other"),
             _claim("B", "killed", "people", "26", 26, 26))
    r = reconcile(df).iloc[0]
    assert (r.best, r.high, r.status) == (26, 26, "agree") and "58" not in r.by_outlet


def test_update_line_marks_the_earlier_figure() -> None:
    from presslens.casualties.tables import _mark_earlier
    df = _df(_claim("A", "injured", "people", "59", 59, 59, sentence="Hospitals treated 59 people."),
             _claim("A", "injured", "people", "119", 119, 119,
                    sentence="Officials raised the number of wounded to 119."))
    _mark_earlier(df, df, {0: 59, 1: 119})
    assert df.role.tolist() == ["earlier", "total"]
    r = reconcile(df).iloc[0]
    assert (r.best, r.status) == (119, "revision") and "[earlier]" in r.by_outlet


def test_checks_need_an_overall_toll_and_show_both_sentences() -> None:
    df = _df(_claim("A", "killed", "people", "Ana Ruiz", 1, 1, kind="singular", group_text="Ana Ruiz"),
             _claim("A", "killed", "security", "five", 5, 5, sentence="Five officers died."),
             _claim("B", "killed", "people", "six", 6, 6, group_text="adults"),
             _claim("B", "killed", "civilians", "20", 20, 20),
             _claim("C", "killed", "people", "12 people", 12, 12, sentence="Twelve people were killed."),
             _claim("C", "killed", "security", "14", 14, 14, sentence="Fourteen officers were killed."))
    k = check_consistency(df)
    flagged = k[k.status != "ok"]
    assert set(flagged.outlet) == {"C"}  # one person named or a subgroup is no overall toll
    row = flagged.iloc[0]
    assert "Twelve people" in row.evidence and "Fourteen officers" in row.evidence


def test_one_days_figure_below_the_total_is_no_flag() -> None:
    df = _df(_claim("A", "killed", "militants", "145", 145, 145),
             _claim("A", "killed", "militants", "92", 92, 92, time="on Saturday", role="part"))
    k = check_consistency(df)
    assert k[k.check == "parts vs total"].status.tolist() == ["ok"]


def test_a_tie_of_outlets_goes_to_the_latest_report() -> None:
    df = _df(_claim("A", "killed", "people", "20", 20, 20, published="2021-05-01"),
             _claim("B", "killed", "people", "22", 22, 22, published="2021-05-03"),
             _claim("C", "killed", "people", "21", 21, 21, published="2021-05-02"))
    assert reconcile(df).iloc[0].best == 22
