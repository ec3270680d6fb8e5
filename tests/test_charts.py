"""Tests of presslens.charts."""

from presslens.charts import wrap_label


def test_wrap_label() -> None:
    assert wrap_label("a" * 10 + " " + "b" * 30 + " " + "c" * 30, width=20).count("\n") == 1
    assert wrap_label("Daijiworld Media Network", width=24) == "Daijiworld Media Network"
    assert wrap_label("one two three four five six", width=8, lines=2).endswith("…")
