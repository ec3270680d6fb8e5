"""Story overview: the articles side by side and their length by section."""

from __future__ import annotations

import textwrap

import pandas as pd

from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import articles_table, paragraphs_table, tokens_table

#: Columns of :func:`section_words`.
SECTION_WORD_COLUMNS = ["article_id", "label", "section", "order", "n_words", "n_sentences"]
#: Sections that lead a bar in the length chart, in this order; others follow by position.
SECTION_ORDER = ("headline", "standfirst", "lede", "key_points", "body")
#: Metadata rows shown by :func:`side_by_side`, in order.
SIDE_BY_SIDE_ROWS = ["outlet", "byline", "published", "dateline", "desk", "headline", "standfirst", "n_words",
                     "n_sentences", "n_paragraphs", "sections", "n_boilerplate", "source_file", "repairs"]


@accepts_story
def section_words(story: Story) -> pd.DataFrame:
    """Words and sentences per article and section.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``label``; ``section``; ``order`` (position of the
        section's first paragraph in the article, 0-based); ``n_words`` (tokens that are
        not punctuation); ``n_sentences``.
    """
    paras = paragraphs_table(story)
    toks = tokens_table(story)
    if toks.empty:
        return pd.DataFrame(columns=SECTION_WORD_COLUMNS)
    words = toks[~toks.is_punct]
    from presslens.corpus.tables import sentences_table

    sents = sentences_table(story)
    sec_of_sent = sents.set_index(["article_id", "sent_id"])["section"]
    words = words.assign(section=sec_of_sent.reindex(list(zip(words.article_id, words.sent_id))).to_numpy())
    n_words = words.groupby(["article_id", "section"]).size().rename("n_words")
    n_sents = sents.groupby(["article_id", "section"]).size().rename("n_sentences")
    order = paras.groupby(["article_id", "section"])["para_id"].min().rename("order")
    df = pd.concat([order, n_words, n_sents], axis=1).fillna(0).reset_index()
    labels = {a.article_id: a.label for a in story.articles}
    df["label"] = df.article_id.map(labels)
    df[["order", "n_words", "n_sentences"]] = df[["order", "n_words", "n_sentences"]].astype(int)
    return df.sort_values(["article_id", "order"])[SECTION_WORD_COLUMNS].reset_index(drop=True)


@accepts_story
def side_by_side(story: Story) -> pd.DataFrame:
    """The articles' metadata as one column per article (for display).

    Args:
        story: the story.

    Returns:
        Index: the fields in ``SIDE_BY_SIDE_ROWS``; one column per article, named by its
        label; values as strings.
    """
    arts = articles_table(story).set_index("label")
    return arts[SIDE_BY_SIDE_ROWS].T.astype(str)


def plot_section_words(df: pd.DataFrame, *, title: str = "Article length by section"):
    """Horizontal stacked bars: one bar per article, one segment per section.

    Args:
        df: output of :func:`section_words`.
        title: figure title.

    Returns:
        A matplotlib Figure (sized for the number of articles).
    """
    import matplotlib.pyplot as plt

    labels = list(dict.fromkeys(df.label))
    first = df.groupby("section")["order"].mean().sort_values()
    sections = [s for s in SECTION_ORDER if s in first.index] + [s for s in first.index if s not in SECTION_ORDER]
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.55 * max(len(labels), 1)))
    cmap = plt.get_cmap("tab10" if len(sections) <= 10 else "tab20")
    left = [0] * len(labels)
    for k, sec in enumerate(sections):
        vals = [int(df[(df.label == lab) & (df.section == sec)].n_words.sum()) for lab in labels]
        ax.barh(range(len(labels)), vals, left=left, color=cmap(k % cmap.N), label=sec.replace("_", " "))
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(range(len(labels)), [textwrap.shorten(lab, 32, placeholder="…") for lab in labels])
    ax.invert_yaxis()
    ax.set_xlabel("words (tokens that are not punctuation)")
    ax.set_title(title)
    ax.legend(title="section", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    fig.tight_layout()
    return fig
