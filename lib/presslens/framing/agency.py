"""Agency: are deaths and injuries written with a doer or without one?

Each death or injury word (:data:`presslens.lexicons.framing.HARM_VERBS` and
:data:`~presslens.lexicons.framing.HARM_NOUNS`) in a sentence is classified:

- ``active``: an agent does it — "security forces killed at least 145 militants",
  "it killed dozens", "forces reported killing 145 militants";
- ``passive_agent``: passive with the doer named — "were killed by a suicide bomber";
- ``agentless``: no doer — "31 civilians were killed", "militants killed in raids",
  "17 personnel lost their lives", "the death toll rose".

Rules, no parser: a "be"/"get" form before a past participle, or a participle followed by
a preposition or the end of the clause, makes it passive; "by" within the clause names the
agent; otherwise an object after the verb ("at least 145", "the", "dozens") makes it active
and the noun phrase before it is the agent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.gate import letter_words, longest_phrase, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.tokenize import number_value
from presslens.lexicons.framing import (
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_BREAKS,
    HARM_NOUNS,
    HARM_VERBS,
    OBJECT_OPENERS,
    PASSIVE_GAP_WORDS,
)
from presslens.lexicons.speech import REPORTING_VERBS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Agency classes in display order.
AGENCY_CLASSES: tuple[str, ...] = ("active", "passive_agent", "agentless")
#: Columns of :func:`agency_table`.
AGENCY_COLUMNS = ["article_id", "outlet", "section", "sent_id", "harm", "cue", "agency", "agent", "start", "end",
                  "sentence"]
#: Columns of :func:`agency_summary`.
SUMMARY_COLUMNS = ["outlet", "article_id", "agency", "n", "share"]
#: Tokens looked at after a passive verb for "by".
BY_WINDOW = 8
#: Longest agent kept, in tokens.
MAX_AGENT_TOKENS = 8

_CUES: dict[tuple[str, ...], tuple[str, str]] = {
    **{tuple(k.split()): (v, "verb") for k, v in HARM_VERBS.items()},
    **{tuple(k.split()): (v, "noun") for k, v in HARM_NOUNS.items()},
}
_MAX_CUE = max(len(k) for k in _CUES)
_CUE_FIRST = frozenset(k[0] for k in _CUES)
#: Sentences without all the words of some cue are skipped before tokenising.
_GATE = phrase_gate(" ".join(k) for k in _CUES)
_TRIGGER_RE = re.compile(r"\b(?:" + "|".join(sorted({re.escape(k[0]) for k in _CUES}, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
_DETS = frozenset("a an the this that these those his her its their our such any no every each".split())
_RELATIVES = frozenset("who which that".split())
_PARTICIPLE_ONLY = frozenset("slain".split())
_BASE_FORMS = frozenset(k for k in HARM_VERBS if not re.search(r"(ed|en|ing|wn|ot|ew|ain|urt)$", k.split()[0]))


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _agent_before(toks: list[tuple[int, int, str, str]], i: int) -> tuple[int, int] | None:
    """Token range (a, b) of the noun phrase before position i, or None."""
    j = i - 1
    while j >= 0 and (toks[j][3] in AUX_ADVERBS or (toks[j][3].endswith("ly") and toks[j][2].islower())
                      or (toks[j][3] in REPORTING_VERBS and toks[j][2].islower())):
        j -= 1
    end = j
    while j >= 0 and end - j < MAX_AGENT_TOKENS:
        t = toks[j]
        if not _is_word(t[2]) and t[3] not in ("'s", "-"):
            break
        if t[3] in REPORTING_VERBS and t[2].islower():
            break
        if t[3] in CLAUSE_BREAKS and not (t[3] in ("of", "and") and j < end):
            if t[3] in _RELATIVES and j == end:  # "militants who killed", "the bomber, who killed"
                j -= 1
                while j >= 0 and toks[j][2] in (",", "-", "--", "—", "–", "("):
                    j -= 1
                end = j
                continue
            if t[3] in ("who", "which") and j < end and j > 0:  # "militants who attacked the post killed"
                return _antecedent(toks, j)
            break
        j -= 1
    a = j + 1
    while a <= end and toks[a][3] in _DETS:
        a += 1
    while a <= end and toks[a][3] in ("of", "and"):
        a += 1
    return (a, end) if a <= end else None


def _antecedent(toks: list[tuple[int, int, str, str]], rel: int) -> tuple[int, int] | None:
    """The noun phrase before a relative pronoun at position rel."""
    j = rel - 1
    while j >= 0 and toks[j][2] in (",", "-", "--", "—", "–", "("):
        j -= 1
    end = j
    while j >= 0 and end - j < MAX_AGENT_TOKENS and (_is_word(toks[j][2]) or toks[j][3] == "'s") \
            and toks[j][3] not in CLAUSE_BREAKS and not (toks[j][3] in REPORTING_VERBS and toks[j][2].islower()):
        j -= 1
    a = j + 1
    while a <= end and toks[a][3] in _DETS:
        a += 1
    return (a, end) if a <= end else None


def _agent_after_by(toks: list[tuple[int, int, str, str]], i: int) -> tuple[int, int] | None:
    """Range of the phrase after "by" found within the clause from position i, or None."""
    for k in range(i, min(len(toks), i + BY_WINDOW)):
        t = toks[k]
        if not _is_word(t[2]) and t[2] not in ("'s", "-"):
            return None
        if t[3] == "by":
            a = b = k + 1
            while b < len(toks) and b - a < MAX_AGENT_TOKENS and (_is_word(toks[b][2]) or toks[b][3] == "'s") \
                    and not (toks[b][3] in CLAUSE_BREAKS and toks[b][3] not in ("of",)):
                b += 1
            return (a, b - 1) if b > a else None
    return None


def _opens_object(toks: list[tuple[int, int, str, str]], k: int, *, title_case: bool) -> bool:
    if k >= len(toks):
        return False
    t = toks[k]
    if not _is_word(t[2]):
        return False
    return t[3] in OBJECT_OPENERS or number_value(t[2]) is not None or (t[2][:1].isupper() and not title_case) \
        or (t[3] not in CLAUSE_BREAKS and t[3] not in BE_FORMS and t[3] not in ("and", "or") and t[3].endswith("s")
            and not t[3].endswith("ss"))


def find_agency(text: str, *, offset: int = 0) -> list[dict]:
    """Classify each death or injury word of one sentence.

    Args:
        text: a sentence.
        offset: offset of the sentence in the article text.

    Returns:
        Dicts with ``harm`` (death | injury | casualties), ``cue`` (lower case), ``agency`` (active |
        passive_agent | agentless), ``agent`` (as written, empty when agentless),
        ``start``, ``end`` (the cue's offsets), in text order.
    """
    if not may_hold(letter_words(text), _GATE) or not _TRIGGER_RE.search(text):
        return []
    spans = sentence_tokens(text, offset=offset)
    norms = token_norms(text, spans, offset=offset)
    toks = [(a, b, t, n) for (a, b, t), n in zip(spans, norms)]
    out = []
    i = 0
    while i < len(toks):
        if toks[i][3] not in _CUE_FIRST:
            i += 1
            continue
        hit = longest_phrase(norms, i, _CUES, max_words=_MAX_CUE)
        if not hit:
            i += 1
            continue
        n, (harm, kind) = hit
        cue = " ".join(t[3] for t in toks[i:i + n])
        title_case = not toks[i][2].islower()
        after = i + n
        agency, rng, agent_text = "agentless", None, ""
        prev = i - 1
        while prev >= 0 and (toks[prev][3] in PASSIVE_GAP_WORDS or (toks[prev][3].endswith("ly")
                                                                   and toks[prev][2].islower())):
            prev -= 1
        prev_norm = toks[prev][3] if prev >= 0 else ""
        if kind == "noun" or prev_norm in _DETS:
            rng = _agent_after_by(toks, after)
            agency = "passive_agent" if rng else "agentless"
        elif prev_norm in BE_FORMS or cue in _PARTICIPLE_ONLY:
            rng = _agent_after_by(toks, after)
            agency = "passive_agent" if rng else "agentless"
        elif (after < len(toks) and toks[after][3] == "by"):
            rng = _agent_after_by(toks, after)
            agency = "passive_agent" if rng else "agentless"
        elif _opens_object(toks, after, title_case=title_case) or cue.split()[0] in _BASE_FORMS or cue.endswith("ing"):
            if _opens_object(toks, after, title_case=title_case):
                rng = _agent_before(toks, i)
                agency = "active" if rng else "agentless"
                if not rng and prev_norm == "and" and out and out[-1]["agency"] == "active":
                    agency, agent_text = "active", out[-1]["agent"]  # "killed 12 and injured 30"
            else:
                rng = _agent_after_by(toks, after)
                agency = "passive_agent" if rng else "agentless"
        else:
            rng = _agent_after_by(toks, after)
            agency = "passive_agent" if rng else "agentless"
        agent = agent_text if agency == "active" and not rng else ""
        if rng:
            a, b = rng
            agent = text[toks[a][0] - offset:toks[b][1] - offset]
        out.append({"harm": harm, "cue": cue, "agency": agency, "agent": agent,
                    "start": toks[i][0], "end": toks[i + n - 1][1]})
        i += n
    return out


@accepts_story
def agency_table(story: Story) -> pd.DataFrame:
    """Every death or injury mention of the story, classified by agency.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet``; ``section``; ``sent_id``; ``harm`` (death |
        injury | casualties: either); ``cue`` (the word, lower case); ``agency`` (active | passive_agent |
        agentless); ``agent`` (as written; empty when agentless); ``start``, ``end`` (the
        cue's offsets in the article text); ``sentence``. Empty with these columns when no
        death or injury is mentioned.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows = []
    for art, sent_id, section, s, text in zip(sents["article_id"].tolist(), sents["sent_id"].tolist(),
                                              sents["section"].tolist(), sents["start"].tolist(),
                                              sents["text"].tolist()):
        for f in find_agency(text, offset=s):
            rows.append((art, labels[art], section, sent_id, f["harm"], f["cue"], f["agency"], f["agent"],
                         f["start"], f["end"], text))
    return pd.DataFrame(rows, columns=AGENCY_COLUMNS)


def agency_summary(table: pd.DataFrame, *, outlets: list[str]) -> pd.DataFrame:
    """Mentions per outlet and agency class.

    Args:
        table: an :func:`agency_table`.
        outlets: outlet labels in display order (an outlet without mentions gets zeros).

    Returns:
        Columns: ``outlet``; ``article_id`` (empty when the outlet has no mention);
        ``agency``; ``n``; ``share`` (of the outlet's mentions, 0 when none).
    """
    rows = []
    for o in outlets:
        d = table[table["outlet"] == o]
        art = d["article_id"].iloc[0] if len(d) else ""
        for c in AGENCY_CLASSES:
            k = int((d["agency"] == c).sum())
            rows.append((o, art, c, k, k / len(d) if len(d) else 0.0))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def plot_agency(summary: pd.DataFrame, *, outlets: list[str], title: str = "Who does the killing? Agency of death and "
                "injury mentions") -> "Figure":
    """Stacked horizontal bars: share of active / passive-with-agent / agentless per outlet.

    Args:
        summary: an :func:`agency_summary` table.
        outlets: outlet labels in display order (top to bottom).
        title: figure title.

    Returns:
        The figure; each bar is labelled with the outlet's number of mentions.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    colours = {"active": "#c44e52", "passive_agent": "#dd8452", "agentless": "#8c8c8c"}
    names = {"active": "active, agent named", "passive_agent": "passive, agent named (\"by …\")",
             "agentless": "agentless"}
    fig, ax = plt.subplots(figsize=(8.5, 0.55 * len(outlets) + 1.8))
    y = list(range(len(outlets)))[::-1]
    left = [0.0] * len(outlets)
    for c in AGENCY_CLASSES:
        vals = [float(summary.loc[(summary["outlet"] == o) & (summary["agency"] == c), "share"].sum()) for o in outlets]
        ax.barh(y, vals, left=left, color=colours[c], label=names[c])
        left = [a + b for a, b in zip(left, vals)]
    totals = [int(summary.loc[summary["outlet"] == o, "n"].sum()) for o in outlets]
    for yy, t in zip(y, totals):
        ax.text(1.01, yy, f"n={t}", va="center", fontsize=8)
    ax.set_yticks(y, [wrap_label(o) for o in outlets], fontsize=9)
    ax.set_xlim(0, 1.1)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of death and injury mentions")
    ax.set_title(title, pad=24)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
