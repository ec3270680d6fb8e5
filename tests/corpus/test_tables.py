"""Tests for presslens.corpus.tables: the long-format tables of the seed story."""

from __future__ import annotations

from presslens.corpus.tables import (
    ARTICLE_COLUMNS,
    REPORT_COLUMNS,
    SENTENCE_COLUMNS,
    TOKEN_COLUMNS,
    articles_table,
    paragraphs_table,
    parse_report,
    sentences_table,
    tokens_table,
)
from seed import SEED_000, SEED_002


def test_sentences_slice_back_and_keep_sections(seed_story) -> None:
    sents = sentences_table(seed_story)
    assert list(sents.columns) == SENTENCE_COLUMNS
    texts = {a.article_id: a.text for a in seed_story.articles}
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in sents.itertuples())
    s002 = sents[sents.article_id == SEED_002]
    assert s002.iloc[0].section == "headline"
    assert s002.iloc[1].section == "standfirst"
    assert set(s002.section) >= {"lede", "key_points", "body", "context", "risks"}
    s000 = sents[sents.article_id == SEED_000]
    assert s000.iloc[0].text.startswith("Pakistani security forces killed at least 145 militants")
    assert list(s000.sent_id) == list(range(len(s000)))


def test_tokens_spans_numbers_and_stems(seed_story) -> None:
    toks = tokens_table(seed_story)
    assert list(toks.columns) == TOKEN_COLUMNS
    texts = {a.article_id: a.text for a in seed_story.articles}
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in toks.itertuples())
    nums = toks[toks.is_number & (toks.article_id == SEED_000)]
    assert {"145", "17", "31", "92", "41", "40-hour-long"} <= set(nums.text)
    assert nums.set_index("text").loc["40-hour-long", "number"] == 40.0
    row = toks[(toks.text == "militants")].iloc[0]
    assert row.stem == "milit" and not row.is_stop
    assert toks[toks.norm == "the"].is_stop.all()


def test_articles_table(seed_story) -> None:
    arts = articles_table(seed_story)
    assert list(arts.columns) == ARTICLE_COLUMNS
    a = arts.set_index("article_id")
    assert a.loc[SEED_000, "source_file"] == "000_262b19c4243f2b1a.txt"
    assert a.loc[SEED_002, "n_paragraphs"] == 21  # headline, standfirst, 3+3 bullets, 13 paragraphs
    assert a.loc[SEED_002, "n_boilerplate"] == 3
    assert a.loc[SEED_002, "sections"].split(";")[:3] == ["headline", "standfirst", "lede"]
    assert 380 < a.loc[SEED_000, "n_words"] < 450


def test_paragraph_kinds(seed_story) -> None:
    paras = paragraphs_table(seed_story)
    p002 = paras[paras.article_id == SEED_002]
    assert (p002.kind == "bullet").sum() == 6
    assert list(p002.kind[:2]) == ["headline", "standfirst"]


def test_parse_report_lists_what_was_set_aside(seed_story) -> None:
    rep = parse_report(seed_story)
    assert list(rep.columns) == REPORT_COLUMNS
    bp = rep[rep.kind == "boilerplate"]
    assert set(bp.reason) == {"repeated headline", "link list"}
    assert (bp.article_id == SEED_002).all()
    meta = rep[(rep.kind == "metadata") & (rep.article_id == SEED_000)]
    assert set(meta.text) == {"Daijiworld Media Network - Islamabad", "Islamabad, Feb 2: "}


def test_split_by_article_equals_a_filter_per_article(seed_story) -> None:
    import pandas as pd

    from presslens.corpus.tables import sentences_table, split_by_article

    sents = sentences_table(seed_story)
    parts = split_by_article(sents)
    assert set(parts) == set(sents.article_id)
    for art, part in parts.items():
        pd.testing.assert_frame_equal(part, sents[sents.article_id == art])
    assert split_by_article(sents.iloc[:0]) == {}
