"""Tests for presslens.report.findings: the findings page reads the tables defensively."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.corpus.story import load_story
from presslens.report.findings import (article_ngrams, carried_elsewhere, figure_text, index_html, read_table,
                                       unique_quotes)

MULTI = Path(__file__).parents[1] / "data" / "multi_outlet"


class _Result:
    def __init__(self, name: str, ok: bool = True, error: str = "") -> None:
        self.name, self.ok, self.seconds, self.error = name, ok, 1.0, error


def test_figure_text() -> None:
    assert [figure_text(*x) for x in [("5", "5", "five"), ("5", "", "at least five"), ("", "12", "up to 12"),
                                      ("5", "7", "5-7"), ("", "", "dozens")]] == ["5", "≥ 5", "≤ 12", "5–7", "dozens"]


def test_a_quote_is_carried_when_half_its_word_runs_are_elsewhere() -> None:
    other = article_ngrams("Officials said: “We had crews on site within eight minutes,” adding more later.")
    assert carried_elsewhere("We had crews on site within eight minutes, but the dust was thick", [other])
    assert not carried_elsewhere("The dust made it extremely dangerous for everyone inside", [other])
    assert carried_elsewhere("on site", [other])  # a short quote: all its words in sequence


def test_read_table_says_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "tables").mkdir()
    df, note = read_table(tmp_path, "quotes", ["text"])
    assert df is None and note.startswith("tables/quotes.csv is missing")
    pd.DataFrame({"text": ["a"]}).to_csv(tmp_path / "tables" / "quotes.csv", index=False)
    df, note = read_table(tmp_path, "quotes", ["text", "speaker_group"])
    assert df is None and note == "tables/quotes.csv has no column speaker_group."
    df, note = read_table(tmp_path, "quotes", ["text"])
    assert note == "" and list(df["text"]) == ["a"]


def test_unique_quotes_keeps_long_direct_quotes_no_other_outlet_carries() -> None:
    from presslens.corpus.story import Story

    shared = "We will rebuild the quay before the winter storms arrive"
    df = pd.DataFrame({"outlet": ["Harbour Wire", "Evening Post"], "title": ["Quay fire", "Fire at the quay"],
                       "text": [f'The mayor said: "{shared}." Officials added: "Nobody was on the night shift at the quay."',
                                f'"{shared}," the mayor told reporters on Tuesday.']})
    st = Story.from_dataframe(df)
    a, b = (x.article_id for x in st.articles)
    quotes = pd.DataFrame({"article_id": [a, a, b, a], "kind": ["direct", "direct", "direct", "indirect"],
                           "text": [shared, "Nobody was on the night shift at the quay", shared,
                                    "the quay would reopen in a month or so"],
                           "n_words": ["11", "9", "11", "9"], "sent_id": ["1", "2", "1", "3"], "speaker_group": ""})
    assert list(unique_quotes(st, quotes)["text"]) == ["Nobody was on the night shift at the quay"]


def test_index_page_survives_missing_tables_and_escapes(tmp_path: Path) -> None:
    st = load_story(MULTI)
    (tmp_path / "tables").mkdir()
    pd.DataFrame({"article_id": [a.article_id for a in st.articles], "label": ["<b>x</b>"] * len(st.articles),
                  "published": "", "n_words": "10"}).to_csv(tmp_path / "tables" / "articles.csv", index=False)
    page = index_html(st, out_dir=tmp_path, results=[_Result("03_casualty_tables", False, "cell 4: KeyError: 'x'")])
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    for name in ("casualty_reconciled", "discrepancies", "quotes"):
        assert f"tables/{name}.csv is missing" in page
    assert "1 notebook(s) failed" in page and "cell 4: KeyError" in page
    assert 'id="tolls"' in page and 'id="quotes"' in page and "http" not in page.replace("http-equiv", "")


def test_event_figures_leave_out_other_events_and_parts() -> None:
    import pandas as pd

    from presslens.report.findings import event_figures

    claims = pd.DataFrame({"low": ["9", "30", "4", "2"], "scope": ["event", "other", "event", "event"],
                           "role": ["total", "total", "part", ""]})
    assert event_figures(claims)["low"].tolist() == ["9", "2"]
    assert event_figures(claims.drop(columns=["scope", "role"]))["low"].tolist() == ["9", "30", "4", "2"]


def test_carried_only_by_agrees_with_carried_elsewhere_over_a_story() -> None:
    from presslens.report.findings import carried_only_by

    texts = {"a": "The ferry captain said the engines failed twice before dawn near the reef.",
             "b": "Officials said the engines failed twice before dawn, the ferry captain told us.",
             "c": "A baker in the port said nobody was hurt when the ferry came in late.",
             "d": ""}
    quotes = ["the engines failed twice before dawn", "nobody was hurt when the ferry came in late",
              "engines failed", "!!!", "the ferry captain said"]
    owners = ["a", "c", "b", "a", "a"]
    got = carried_only_by(quotes, owners, texts)
    want = [bool(_words_of(q)) and not carried_elsewhere(q, [article_ngrams(t) for k, t in texts.items() if k != o])
            for q, o in zip(quotes, owners)]
    assert got == want == [False, True, False, False, True]


def _words_of(text: str) -> list[str]:
    from presslens.report.findings import _words

    return _words(text)


def test_findings_tables_are_capped(monkeypatch) -> None:
    from presslens.report import findings

    monkeypatch.setattr(findings, "FINDINGS_ROWS", 2)
    assert "The first 2 of 5 facts" in findings._capped(5, what="facts", table="discrepancies.csv")
    assert findings._capped(2, what="facts", table="discrepancies.csv") == ""
