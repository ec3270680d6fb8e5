"""Tests for presslens.corpus.dates."""

from __future__ import annotations

import pytest

from presslens.corpus.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [("World February 1, 2026", "2026-02-01"), ("Islamabad, Feb 2: x", "--02-02"), ("1 Feb 2026", "2026-02-01"),
     ("2019-03-01T12:00:00Z", "2019-03-01"), ("on May 5th, 2020", "2020-05-05"), ("Sept. 11", "--09-11")],
)
def test_parse_date(text: str, iso: str) -> None:
    d = parse_date(text)
    assert d is not None and d.iso() == iso


@pytest.mark.parametrize("text", ["they may 2 go", "Feb 31", "in 2026 alone", "march 3 miles"])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_default_year_and_spans() -> None:
    text = "On Feb 2 and on March 3, 2025."
    dates = find_dates(text)
    assert [text[d.start:d.end] for d in dates] == ["Feb 2", "March 3, 2025"]
    assert dates[0].iso(default_year=2026) == "2026-02-02"
    assert dates[1].iso(default_year=1999) == "2025-03-03"
