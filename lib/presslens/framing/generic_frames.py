"""Generic news frames: conflict, economic consequences, human interest, morality, responsibility.

Semetko & Valkenburg (2000) measure five frames that recur in news on any topic with a battery
of yes/no questions ("Does the story reflect disagreement between parties?", "Is there a
mention of the costs involved?", "Does the story provide a human face on the issue?", …).
Here each question has cue wording (:data:`presslens.lexicons.framing.GENERIC_FRAME_QUESTIONS`
and the money and age patterns of :data:`~presslens.lexicons.framing.GENERIC_FRAME_REGEXES`);
each question gets an answer between 0 and 1: the number of the article's sentences holding
one of its cues, up to :data:`FULL_ANSWER` sentences for a full "yes" (one passing mention
is a weak yes). A frame's ``score`` is the mean of its questions' answers, as the original
scale is the mean of its items, and the frame is ``present`` when the score reaches
:data:`PRESENT_AT`. Every cue is kept with its sentence and offsets (:func:`generic_frame_evidence`).

Word cues are a reading aid, not a coder: they find the wording the questions ask about, but
cannot tell who disagrees with whom or whether a cost is the story's point. Validated against
trained annotators on climate-change news (see the README for the figures).

Speed: a question's cue regex runs only on sentences whose letter runs hold the words one of
its cues needs (:class:`presslens.framing.frames.LexiconGate`, exact), and an extra regex that
needs a digit (:func:`needs_digit`) only on sentences with a digit; the cues found are the
same as running every question on every sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.gate import letter_words
from presslens.framing.frames import (
    LexiconGate,
    LexiconRegex,
    column_lists,
    compile_lexicon,
    gate_applies,
    lexicon_spans,
    ranked_counts,
)
from presslens.framing.loaded import in_name
from presslens.lexicons.framing import GENERIC_FRAME_NAMES, GENERIC_FRAME_QUESTIONS, GENERIC_FRAME_REGEXES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Columns of :func:`generic_frame_evidence`.
EVIDENCE_COLUMNS = ["article_id", "outlet", "section", "sent_id", "frame", "question", "cue", "start", "end",
                    "sentence"]
#: Columns of :func:`generic_frames_table`.
FRAME_COLUMNS = ["article_id", "outlet", "frame", "frame_name", "present", "score", "questions", "n_sentences",
                 "words", "evidence_sent_ids"]
#: Questions whose cues are often capitalised names ("the Catholic Church", "Book of Genesis");
#: the cues of other questions are left out inside a multi-word name ("Justice Department").
NAME_QUESTIONS: frozenset[str] = frozenset({"religion"})
#: Sentences with a cue that answer a question fully "yes" (fewer give a partial answer).
FULL_ANSWER = 3
#: Score (mean answer of a frame's questions) at which the frame is present. Set once on the
#: development half of the Narrative Frames Corpus (README): a frame whose wording is common in
#: any news (conflict, resolution) needs less, economic wording (costs are mentioned in passing
#: in much news) needs most of its questions answered.
PRESENT_AT: dict[str, float] = {"conflict": 1 / 6, "economic": 2 / 3, "human_interest": 1 / 4, "morality": 1 / 3,
                                "resolution": 1 / 4}


@lru_cache(maxsize=1)
def _question_regexes() -> list[tuple[str, str, LexiconRegex, tuple[re.Pattern[str], ...]]]:
    """(frame, question id, cue lexicon, extra regexes) for every question (compiled on first use)."""
    out = []
    for frame, questions in GENERIC_FRAME_QUESTIONS.items():
        for qid, (_text, patterns) in questions.items():
            extra = tuple(re.compile(r) for r in GENERIC_FRAME_REGEXES.get(qid, ()))
            out.append((frame, qid, compile_lexicon(patterns), extra))
    return out


@lru_cache(maxsize=1)
def _question_gate() -> LexiconGate:
    """The gate of the questions' cue lexicons, one group per question in :func:`_question_regexes` order."""
    return LexiconGate(patterns for questions in GENERIC_FRAME_QUESTIONS.values()
                       for _text, patterns in questions.values())


_SPACES = re.compile(r"\s+")


def find_generic_cues(text: str, *, offset: int = 0) -> list[tuple[str, str, str, int, int]]:
    """Cues of the generic-frame questions in one sentence.

    Args:
        text: a sentence.
        offset: added to spans.

    Returns:
        ``(frame, question, cue, start, end)`` for each cue, in question order then text
        order; ``cue`` is the matched text in lower case with single spaces.
    """
    gate = _question_gate()
    questions = _question_regexes()
    maybe = gate.groups(letter_words(text)) if gate_applies(gate, text) else set(range(len(questions)))
    skip_without_digit = _digit_extras()
    digits = _DIGIT.search(text) is not None
    out = []
    for k in sorted(maybe | _with_extra()):
        frame, qid, rx, extra = questions[k]
        spans = [(a, b) for a, b in lexicon_spans(rx, text)
                 if qid in NAME_QUESTIONS or not (text[a].isupper() and in_name(text, a, b))] if k in maybe else []
        for r in extra:
            if digits or r not in skip_without_digit:
                spans += [m.span() for m in r.finditer(text)]
        if not spans:
            continue
        for a, b in sorted(set(spans)):
            out.append((frame, qid, _SPACES.sub(" ", text[a:b].lower()), a + offset, b + offset))
    return out


@lru_cache(maxsize=1)
def _with_extra() -> frozenset[int]:
    """Questions (their :func:`_question_regexes` index) with extra regexes: never skipped by the gate."""
    return frozenset(k for k, q in enumerate(_question_regexes()) if q[3])


_DIGIT = re.compile(r"\d")


def needs_digit(pattern: str) -> bool:
    r"""Tell whether every match of a regular expression holds a digit, from its parse tree.

    Proved only for the plain shapes (a digit, a set of digits, or a group, a repeat of at least
    one, or every branch of an alternation that needs one, anywhere in the top-level sequence);
    False when not proved, so a text without a digit may skip the regex only when it is True.

    Args:
        pattern: a regular expression.

    Returns:
        True when a text without a ``\d`` character cannot match.
    """
    try:
        from re import _constants as c
        from re import _parser as parser

        tree = parser.parse(pattern)
    except Exception:  # noqa: BLE001 - another Python's internals: prove nothing
        return False

    def digit_item(op: object, av: object) -> bool:
        if op is c.LITERAL:
            return chr(av).isdigit() and chr(av).isascii()  # type: ignore[arg-type]
        if op is c.RANGE:
            return ord("0") <= av[0] and av[1] <= ord("9")  # type: ignore[index]
        return op is c.CATEGORY and av is c.CATEGORY_DIGIT

    def seq(items: object) -> bool:
        for op, av in items:  # type: ignore[attr-defined]
            if op is c.LITERAL and digit_item(op, av):
                return True
            if op is c.IN and av and all(digit_item(o, a) for o, a in av):
                return True
            if op is c.SUBPATTERN and seq(av[-1]):
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and seq(av[2]):
                return True
            if op is c.BRANCH and all(seq(b) for b in av[1]):
                return True
        return False

    return seq(tree)


@lru_cache(maxsize=1)
def _digit_extras() -> frozenset[re.Pattern[str]]:
    """Extra regexes that need a digit (:func:`needs_digit`): skipped on a sentence without one."""
    return frozenset(r for q in _question_regexes() for r in q[3] if needs_digit(r.pattern))


@accepts_story
def generic_frame_evidence(story: Story) -> pd.DataFrame:
    """Every cue of the generic-frame questions in the story, with its sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``sent_id``;
        ``frame`` (conflict | economic | human_interest | morality | resolution);
        ``question`` (question id, see :data:`presslens.lexicons.framing.GENERIC_FRAME_QUESTIONS`);
        ``cue`` (lower case); ``start``, ``end`` (offsets in the article text); ``sentence``.
        Empty with these columns when there is none.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows = []
    for art, sent_id, section, s, text in zip(*column_lists(sents, "article_id", "sent_id", "section", "start",
                                                            "text")):
        for frame, qid, cue, a, b in find_generic_cues(text, offset=s):
            rows.append((art, labels[art], section, sent_id, frame, qid, cue, a, b, text))
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def generic_frames_table(evidence: pd.DataFrame, words: pd.DataFrame, *, full_answer: int = FULL_ANSWER,
                         present_at: dict[str, float] | None = None, max_evidence: int = 5) -> pd.DataFrame:
    """Score the five generic frames of every article from its question cues.

    Args:
        evidence: a :func:`generic_frame_evidence` table.
        words: a :func:`presslens.framing.frames.word_counts` table (gives every article, and
            its length).
        full_answer: sentences with a cue that answer a question fully; ``k`` sentences answer
            ``min(k, full_answer) / full_answer``.
        present_at: frame → score at which it is present (default :data:`PRESENT_AT`).
        max_evidence: sentence ids listed per row.

    Returns:
        One row per article and generic frame. Columns: ``article_id``; ``outlet``;
        ``frame``; ``frame_name``; ``present`` (bool); ``score`` (mean answer of the frame's
        questions, 0 … 1); ``questions`` (ids of the questions with at least one cue, most
        cue sentences first, ``;`` separated); ``n_sentences`` (sentences holding a cue of
        the frame); ``words`` (the article's words); ``evidence_sent_ids`` (up to
        ``max_evidence`` sentence ids, those answering most questions first, ``;``
        separated: the cues are in ``generic_frame_evidence.csv``).
    """
    thresholds = PRESENT_AT if present_at is None else present_at
    n_words: dict[tuple, int] = {}
    for art, outlet, n in zip(*column_lists(words, "article_id", "outlet", "words")):
        if not (pd.isna(art) or pd.isna(outlet)):
            n_words[(art, outlet)] = n_words.get((art, outlet), 0) + int(n)
    # (article, frame, question) -> distinct sentences; (article, frame) -> sentence ids, once per question
    q_sents: dict[tuple, set] = {}
    f_sents: dict[tuple, list] = {}
    for art, frame, qid, sid in zip(*column_lists(evidence, "article_id", "frame", "question", "sent_id")):
        seen = q_sents.setdefault((art, frame, qid), set())
        if sid not in seen:
            seen.add(sid)
            f_sents.setdefault((art, frame), []).append(sid)
    rows = []
    for (art, outlet), n in n_words.items():
        for frame, questions in GENERIC_FRAME_QUESTIONS.items():
            counts = {q: len(q_sents.get((art, frame, q), ())) for q in questions}
            score = sum(min(k, full_answer) / full_answer for k in counts.values()) / len(questions)
            answered = sorted((q for q in questions if counts[q]), key=lambda q: -counts[q])
            ids = ranked_counts(f_sents.get((art, frame), ()))
            rows.append((art, outlet, frame, GENERIC_FRAME_NAMES[frame], bool(score >= thresholds[frame] - 1e-9),
                         round(score, 3), ";".join(answered), len(ids), n,
                         ";".join(str(int(x)) for x in ids[:max_evidence])))
    out = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    out["present"] = out["present"].astype(bool)
    return out


def plot_generic_frames(table: pd.DataFrame, *, outlets: list[str],
                        title: str = "Generic news frames per outlet") -> "Figure":
    """Heat map of generic-frame scores, outlets × frames.

    Args:
        table: a :func:`generic_frames_table`.
        outlets: outlet labels in display order (rows); an outlet with several articles
            shows their mean score.
        title: figure title.

    Returns:
        The figure; each cell shows the score (mean answer of the frame's questions) and a
        ✓ where the frame is present.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    frames = list(GENERIC_FRAME_NAMES)
    score = table.pivot_table(index="outlet", columns="frame", values="score", aggfunc="mean").reindex(
        index=outlets, columns=frames).fillna(0.0).to_numpy()
    present = table.assign(p=table["present"].astype(float)).pivot_table(
        index="outlet", columns="frame", values="p", aggfunc="mean").reindex(index=outlets, columns=frames).fillna(0.0)
    present = present.to_numpy()
    fig, ax = plt.subplots(figsize=(7.5, 0.55 * len(outlets) + 2.2))
    im = ax.imshow(score, aspect="auto", cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(frames)), [wrap_label(GENERIC_FRAME_NAMES[f], width=14) for f in frames], fontsize=8)
    ax.set_yticks(range(len(outlets)), [wrap_label(o) for o in outlets], fontsize=9)
    for i in range(score.shape[0]):
        for j in range(score.shape[1]):
            mark = " ✓" if present[i, j] >= 0.5 else ""
            ax.text(j, i, f"{score[i, j]:.2f}{mark}", ha="center", va="center", fontsize=8,
                    color="white" if score[i, j] > 0.6 else "black")
    ax.set_xlabel("generic frame (Semetko & Valkenburg 2000)")
    ax.set_ylabel("outlet")
    ax.set_title(f"{title}\n(mean answer of the frame's questions, 0-1; ✓ = frame present)", fontsize=10)
    fig.colorbar(im, ax=ax, label="score", shrink=0.8)
    fig.tight_layout()
    return fig


def question_text(frame: str, question: str) -> str:
    """The battery question of a question id.

    Args:
        frame: generic frame id.
        question: question id.

    Returns:
        The question as worded in the battery.
    """
    return GENERIC_FRAME_QUESTIONS[frame][question][0]

