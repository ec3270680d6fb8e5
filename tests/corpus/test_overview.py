"""Tests for presslens.corpus.overview."""

from __future__ import annotations

from presslens.corpus.overview import SECTION_WORD_COLUMNS, plot_section_words, section_words, side_by_side
from presslens.corpus.tables import articles_table
from seed import SEED_002


def test_section_words_add_up_to_article_words(seed_story) -> None:
    sw = section_words(seed_story)
    assert list(sw.columns) == SECTION_WORD_COLUMNS
    totals = sw.groupby("article_id").n_words.sum()
    arts = articles_table(seed_story).set_index("article_id")
    assert totals.to_dict() == arts.n_words.to_dict()
    s002 = sw[sw.article_id == SEED_002].set_index("section")
    assert s002.loc["headline", "n_words"] == 10
    assert s002.loc["risks", "n_sentences"] == 3


def test_side_by_side_has_a_column_per_article(seed_story) -> None:
    sbs = side_by_side(seed_story)
    assert list(sbs.columns) == ["Daijiworld Media Network", "by Avery Klein"]
    assert sbs.loc["published", "by Avery Klein"] == "2026-02-01"


def test_plot_has_one_bar_per_article(seed_story) -> None:
    import matplotlib.pyplot as plt

    fig = plot_section_words(section_words(seed_story))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Daijiworld Media Network", "by Avery Klein"]
    assert ax.get_legend().get_texts()[0].get_text() == "headline"
    plt.close(fig)
