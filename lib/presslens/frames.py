"""Frames: which policy frames each outlet leans on, per 1,000 words, with the triggering sentences.

Each frame of :data:`presslens.lexicons.framing.FRAMES` (derived from the Policy Frames
Codebook) is a list of trigger patterns. All patterns of all frames are compiled into one
regular expression (longest first, so "natural resources" wins over "resources" and
"law enforcement" over "law"), run once per sentence; a match is looked up in a dict to
find its frame. Scores are trigger counts per 1,000 words, per outlet and per section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from presslens.lexicons.framing import FRAME_NAMES, FRAMES
from presslens.story import Story
from presslens.render import wrap_label
from presslens.tables import sentences_table, tokens_table

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Columns of :func:`frame_hits`.
HIT_COLUMNS = ["article_id", "outlet", "section", "sent_id", "frame", "frame_name", "term", "start", "end", "sentence"]
#: Columns of :func:`frame_scores`.
SCORE_COLUMNS = ["outlet", "article_id", "section", "frame", "frame_name", "hits", "sentences", "words", "per_1000",
                 "evidence_sent_ids"]
#: Columns of :func:`word_counts`.
WORD_COLUMNS = ["article_id", "outlet", "section", "words"]
#: Section value for the whole article in :func:`frame_scores`.
ALL_SECTIONS = "all"


def pattern_regex(patterns: Iterable[str]) -> str:
    """Turn lexicon patterns into one regular-expression alternation.

    Args:
        patterns: lower-case patterns; ``*`` at the end of a word means any word ending;
            a space between words matches any white space or a hyphen.

    Returns:
        A pattern string (no groups), alternatives longest first, bounded so that a match
        never starts or ends inside a word (nor just after a hyphen).
    """
    alts = []
    for p in sorted(set(patterns), key=lambda x: (-len(x), x)):
        words = [re.escape(w.rstrip("*")) + (r"[\w'’-]*" if w.endswith("*") else "") for w in p.split()]
        alts.append(r"[\s-]+".join(words))
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])"


def _lookup_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _compile() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    big = re.compile(pattern_regex(p for ps in FRAMES.values() for p in ps), re.IGNORECASE)
    # one anchored pattern per frame, to look up which frame a match belongs to
    per = [(re.compile(pattern_regex(ps)[:-len(r"(?![\w])")] + r"$", re.IGNORECASE), f) for f, ps in FRAMES.items()]
    return big, per


_BIG, _PER_FRAME = _compile()
_CACHE: dict[str, str] = {}


def frame_of(term: str) -> str:
    """Return the frame id of a matched trigger (as written), or an empty string."""
    key = _lookup_key(term)
    if key not in _CACHE:
        if len(_CACHE) > 50_000:
            _CACHE.clear()
        _CACHE[key] = ""
        # longest pattern wins, as in the big regex: check the frame whose pattern matches
        # the whole term, preferring exact multi-word patterns
        for rx, frame in _PER_FRAME:
            if rx.match(key):
                _CACHE[key] = frame
                break
    return _CACHE[key]


def find_frames(text: str, *, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """Find frame triggers in a text.

    Args:
        text: a sentence or any text.
        offset: added to spans.

    Returns:
        ``(frame, term, start, end)`` in text order; ``term`` is the lower-case match.
    """
    out = []
    for m in _BIG.finditer(text):
        f = frame_of(m.group())
        if f:
            out.append((f, m.group().lower(), m.start() + offset, m.end() + offset))
    return out


def word_counts(story: Story) -> pd.DataFrame:
    """Words (non-punctuation tokens) per article and section.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``words``. One
        row per section present, in text order.
    """
    toks = tokens_table(story)
    sents = sentences_table(story)[["article_id", "sent_id", "section"]]
    t = toks.loc[~toks["is_punct"], ["article_id", "sent_id"]].merge(sents, on=["article_id", "sent_id"], how="left")
    out = t.groupby(["article_id", "section"], sort=False).size().rename("words").reset_index()
    labels = {a.article_id: a.label for a in story.articles}
    out["outlet"] = out["article_id"].map(labels)
    return out[WORD_COLUMNS]


def frame_hits(story: Story) -> pd.DataFrame:
    """Every frame trigger in the story, with its sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet``; ``section``; ``sent_id``; ``frame`` (id);
        ``frame_name``; ``term`` (the trigger, lower case); ``start``, ``end`` (offsets
        of the trigger in the article text); ``sentence``.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows = []
    for art, sent_id, section, s, text in zip(sents.article_id, sents.sent_id, sents.section, sents.start, sents.text):
        for f, term, a, b in find_frames(text, offset=s):
            rows.append((art, labels[art], section, sent_id, f, FRAME_NAMES[f], term, a, b, text))
    return pd.DataFrame(rows, columns=HIT_COLUMNS)


def frame_scores(hits: pd.DataFrame, words: pd.DataFrame, *, max_evidence: int = 5) -> pd.DataFrame:
    """Frame scores per outlet, for each section and for the whole article.

    Args:
        hits: a :func:`frame_hits` table.
        words: a :func:`word_counts` table.
        max_evidence: sentence ids listed per row.

    Returns:
        One row per (outlet, section, frame), frames with no trigger included (zeros), so
        outlets compare on the same grid. Columns: ``outlet``; ``article_id``;
        ``section`` (a section label, or "all" for the whole article); ``frame``;
        ``frame_name``; ``hits`` (triggers); ``sentences`` (sentences with a trigger);
        ``words`` (in the outlet's section); ``per_1000`` (hits per 1,000 words);
        ``evidence_sent_ids`` (up to ``max_evidence`` sentence ids, most triggers first,
        ``;`` separated: look them up in ``frame_evidence.csv``).
    """
    rows = []
    per_art = words.groupby(["article_id", "outlet"], sort=False)["words"].sum().reset_index()
    units = [(r.outlet, r.article_id, r.section, r.words) for r in words.itertuples()]
    units += [(r.outlet, r.article_id, ALL_SECTIONS, r.words) for r in per_art.itertuples()]
    for outlet, art, section, n in units:
        h = hits[(hits["article_id"] == art) & ((hits["section"] == section) | (section == ALL_SECTIONS))]
        for f in FRAMES:
            hf = h[h["frame"] == f]
            ev = hf["sent_id"].value_counts(sort=True).index[:max_evidence]
            rows.append((outlet, art, section, f, FRAME_NAMES[f], len(hf), hf["sent_id"].nunique(), int(n),
                         1000 * len(hf) / n if n else 0.0, ";".join(str(int(x)) for x in ev)))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def plot_frames_heatmap(scores: pd.DataFrame, *, outlets: list[str], title: str = "Frames per 1,000 words") -> "Figure":
    """Heatmap of frame scores, outlets × frames (whole articles).

    Args:
        scores: a :func:`frame_scores` table.
        outlets: outlet labels in display order (rows).
        title: figure title.

    Returns:
        The figure; each cell shows hits per 1,000 words and is coloured relative to the
        highest outlet in its frame (a frame every outlet uses heavily would otherwise
        wash out the others).
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    import textwrap

    d = scores[scores["section"] == ALL_SECTIONS]
    grid = d.pivot_table(index="outlet", columns="frame", values="per_1000", aggfunc="sum").reindex(
        index=outlets, columns=list(FRAMES)).fillna(0.0)
    values = grid.to_numpy()
    colmax = values.max(axis=0, initial=0.0)
    rel = np.divide(values, colmax, out=np.zeros_like(values), where=colmax > 0)
    fig, ax = plt.subplots(figsize=(0.95 * len(FRAMES) + 3.2, 0.55 * len(outlets) + 2.4))
    im = ax.imshow(rel, aspect="auto", cmap="YlOrRd", vmin=0, vmax=1)
    ax.set_xticks(range(len(FRAMES)), [textwrap.fill(FRAME_NAMES[f], 13) for f in FRAMES], fontsize=8)
    ax.set_yticks(range(len(outlets)), [wrap_label(o) for o in outlets], fontsize=9)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            ax.text(j, i, f"{values[i, j]:.0f}", ha="center", va="center", fontsize=8,
                    color="white" if rel[i, j] > 0.75 else "black")
    ax.set_xlabel("frame (Policy Frames Codebook)")
    ax.set_ylabel("outlet")
    ax.set_title(f"{title}\n(numbers: triggers per 1,000 words; colour: share of the highest outlet in each frame)",
                 fontsize=10)
    fig.colorbar(im, ax=ax, label="share of the frame's highest score", shrink=0.8)
    fig.tight_layout()
    return fig
