"""The story as long-format DataFrames: articles, paragraphs, sentences, tokens, parse report.

Every row carries ``article_id`` and character offsets (``start``, ``end``) into that
article's document text (``Article.text``), so any result can quote its source.
Tables are computed once per story object and copied out (callers may modify them).
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
import numpy as np
import pandas as pd

from presslens.corpus.story import META_FIELDS, Story, accepts_story
from presslens.corpus.tokenize import is_punct, is_stopword, normalize, number_value, sentence_spans, stem, word_gaps

#: Columns of :func:`paragraphs_table`.
PARAGRAPH_COLUMNS = ["article_id", "para_id", "kind", "section", "start", "end", "text"]
#: Columns of :func:`sentences_table`.
SENTENCE_COLUMNS = ["article_id", "sent_id", "para_id", "section", "start", "end", "text"]
#: Columns of :func:`tokens_table`.
TOKEN_COLUMNS = ["article_id", "sent_id", "tok_id", "start", "end", "text", "norm", "stem",
                 "is_stop", "is_punct", "is_number", "number"]
#: Columns of :func:`articles_table`.
ARTICLE_COLUMNS = ["article_id", "label", "source_file", "outlet", "outlet_key", *META_FIELDS[1:], "n_paragraphs",
                   "n_sentences", "n_words", "sections", "n_boilerplate", "boilerplate_chars", "repairs"]
#: Columns of :func:`parse_report`.
REPORT_COLUMNS = ["article_id", "source_file", "kind", "reason", "start", "end", "chars", "text"]


def split_by_article(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """A long table split by ``article_id`` in one pass (a filter per article is quadratic in big stories).

    Args:
        table: any table with an ``article_id`` column.

    Returns:
        article id → its rows, in table order with their index (the same frame as
        ``table[table.article_id == id]``); articles without rows are absent.
    """
    if table.empty:
        return {}
    return {str(k): g for k, g in table.groupby("article_id", sort=False, observed=True)}


@accepts_story
def paragraphs_table(story: Story) -> pd.DataFrame:
    """Analysed paragraphs, one row each.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``para_id`` (0-based within the article); ``kind``
        (headline | standfirst | paragraph | bullet); ``section`` (headline, standfirst,
        lede, body, key_points, context, risks, …); ``start``, ``end`` (offsets in the
        article text); ``text``.
    """
    return _paragraphs(story).copy()


@lru_cache(maxsize=16)
def _paragraphs(story: Story) -> pd.DataFrame:
    rows = []
    for a in story.articles:
        for i, b in enumerate(a.analysed_blocks()):
            rows.append((a.article_id, i, b.kind, b.section, b.start, b.end, a.text[b.start:b.end]))
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


@accepts_story
def sentences_table(story: Story) -> pd.DataFrame:
    """Sentences of the analysed text, one row each.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``sent_id`` (0-based within the article, in text order);
        ``para_id``; ``section``; ``start``, ``end`` (offsets in the article text);
        ``text`` (``article.text[start:end]``).
    """
    return _sentences(story).copy()


@lru_cache(maxsize=16)
def _sentences(story: Story) -> pd.DataFrame:
    rows = []
    for a in story.articles:
        n = 0
        for i, b in enumerate(a.analysed_blocks()):
            for s, e in sentence_spans(a.text[b.start:b.end], offset=b.start):
                rows.append((a.article_id, n, i, b.section, s, e, a.text[s:e]))
                n += 1
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


@accepts_story
def tokens_table(story: Story) -> pd.DataFrame:
    """Word and punctuation tokens, one row each.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``sent_id``; ``tok_id`` (0-based within the article);
        ``start``, ``end`` (offsets in the article text); ``text``; ``norm`` (lower case,
        straight quotes); ``stem`` (Snowball); ``is_stop`` (our stopword list);
        ``is_punct``; ``is_number`` (digits or number words: "145", "1,200", "40-hour",
        "seventeen"); ``number`` (its value, NaN otherwise). Compact storage: ``article_id``,
        ``text``, ``norm`` and ``stem`` are categorical (categories sorted, so sorting and
        grouping by them follow the text), the four integer columns int32.
    """
    return _tokens(story).copy()


@lru_cache(maxsize=1 << 18)
def _token_features(tok: str) -> tuple[str, str, bool, bool, bool, float | None]:
    """(norm, stem, is_stop, is_punct, is_number, number) of a token text (cached: tokens repeat)."""
    norm = normalize(tok)
    num = number_value(tok)
    return norm, stem(norm), is_stopword(norm), is_punct(tok), num is not None, num


def _sorted_dtype(uniq: list[str]) -> pd.CategoricalDtype:
    """The categorical dtype of distinct sorted strings, built without pandas checking again that they are distinct."""
    cats = pd.Index(uniq, dtype="str")
    fast = getattr(pd.CategoricalDtype, "_from_fastpath", None)  # pandas' own unchecked constructor
    return fast(cats, False) if fast else pd.CategoricalDtype(cats)


def _categorical(codes: np.ndarray, values: list[str]) -> pd.Categorical:
    """A categorical of ``values[codes]`` whose categories are sorted (so sorting by it sorts the text)."""
    uniq = sorted(set(values))  # equal values (e.g. two texts with one norm) share one category
    where = {v: i for i, v in enumerate(uniq)}
    remap = np.fromiter(map(where.__getitem__, values), dtype=np.int32, count=len(values))
    return pd.Categorical.from_codes(remap[codes], dtype=_sorted_dtype(uniq), validate=False)


@lru_cache(maxsize=16)
def _tokens(story: Story) -> pd.DataFrame:
    sents = _sentences(story)  # articles in story order, each one's sentences in text order
    texts = {a.article_id: a.text for a in story.articles}
    counts: list[int] = []
    pieces: list[str] = []  # each token with the text between it and the token before
    toks: list[str] = []
    for sent in sents["text"].tolist():
        got, words = word_gaps(sent)
        counts.append(len(words))
        pieces += got
        toks += words
    if not toks:
        df = pd.DataFrame([], columns=TOKEN_COLUMNS)
        df["number"] = df["number"].astype("float64")
        return df
    n = len(toks)
    tok_len = np.fromiter(map(len, toks), dtype=np.int64, count=n)
    ends = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=n))  # over all sentences
    row = np.repeat(np.arange(len(counts)), counts)  # the sentence row of each token
    before = np.concatenate([[0], ends])[np.concatenate([[0], np.cumsum(counts)[:-1]])]  # per sentence
    end = (ends - before[row] + sents["start"].to_numpy(dtype=np.int64)[row]).astype(np.int32)
    where = {a: i for i, a in enumerate(texts)}
    ids = sents["article_id"].tolist()
    art = np.fromiter(map(where.__getitem__, ids), dtype=np.int32, count=len(ids))[row]  # article of each token
    first = np.concatenate([[0], np.cumsum(np.bincount(art, minlength=len(texts)))[:-1]])
    codes, uniques = pd.factorize(np.array(toks, dtype=object))
    idx = codes.astype(np.int32)
    words = list(uniques)
    feats = list(map(_token_features, words))
    norm, stems, stop, punct, is_num, number = (list(map(itemgetter(k), feats)) for k in range(6))
    return pd.DataFrame({"article_id": _categorical(art, list(texts)),
                         "sent_id": sents["sent_id"].to_numpy(dtype=np.int32)[row],
                         "tok_id": (np.arange(n) - first[art]).astype(np.int32),
                         "start": end - tok_len.astype(np.int32), "end": end,
                         "text": _categorical(idx, words), "norm": _categorical(idx, norm),
                         "stem": _categorical(idx, stems), "is_stop": np.array(stop, dtype=bool)[idx],
                         "is_punct": np.array(punct, dtype=bool)[idx], "is_number": np.array(is_num, dtype=bool)[idx],
                         "number": np.array([np.nan if v is None else v for v in number], dtype="float64")[idx]},
                        columns=TOKEN_COLUMNS)


@accepts_story
def articles_table(story: Story) -> pd.DataFrame:
    """One row per article: metadata and size.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``, ``label``, ``source_file``, ``outlet``, ``outlet_key`` (what
        counts as one outlet: :attr:`Article.outlet_key`), the other metadata fields
        (``byline``, ``published``, ``dateline``, ``headline``, ``standfirst``, ``desk``,
        ``url``, ``language``), ``n_paragraphs``, ``n_sentences``, ``n_words``
        (tokens that are not punctuation), ``sections`` (section labels in order, ``;``
        separated), ``n_boilerplate`` (boilerplate pieces set aside), ``boilerplate_chars``,
        ``repairs`` (encoding notes, ``;`` separated).
    """
    paras, sents, toks = _paragraphs(story), _sentences(story), _tokens(story)
    rows = []
    paras_of, sents_of = split_by_article(paras), split_by_article(sents)
    words_of = split_by_article(toks[~toks.is_punct])
    for a in story.articles:
        mine = paras_of.get(a.article_id, paras.iloc[:0])
        sections = list(dict.fromkeys(mine["section"]))
        bp = [b for b in a.blocks if b.kind == "boilerplate"]
        rows.append([a.article_id, a.label, a.source_file, a.meta["outlet"], a.outlet_key,
                     *(a.meta[k] for k in META_FIELDS[1:]),
                     len(mine), len(sents_of.get(a.article_id, ())),
                     len(words_of.get(a.article_id, ())), ";".join(sections), len(bp), sum(b.end - b.start for b in bp),
                     ";".join(a.repairs)])
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


@accepts_story
def parse_report(story: Story) -> pd.DataFrame:
    """Everything that was not analysed as article text, and every encoding repair.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id`` (empty for story-level notes); ``source_file``; ``kind``
        (``metadata``: header lines, datelines, headings, bullet markers; ``boilerplate``;
        ``outside main content``: HTML page text not extracted; ``encoding``: a repair;
        ``file``: a file not read or a duplicate left out); ``reason``; ``start``, ``end``
        (offsets in the article text, -1 when not applicable); ``chars`` (non-space
        characters); ``text``.
    """
    rows = []
    for a in story.articles:
        for b in a.blocks:
            if b.kind in ("meta", "boilerplate"):
                t = a.text[b.start:b.end]
                kind = "metadata" if b.kind == "meta" else "boilerplate"
                rows.append((a.article_id, a.source_file, kind, b.label, b.start, b.end, len("".join(t.split())), t))
        for reason, t in a.dropped:
            rows.append((a.article_id, a.source_file, "outside main content", reason, -1, -1, len("".join(t.split())), t))
        for note in a.repairs:
            rows.append((a.article_id, a.source_file, "encoding", note, -1, -1, 0, ""))
    for file, kind, detail in story.notes:
        rows.append(("", file, "file", f"{kind}: {detail}", -1, -1, 0, ""))
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)
