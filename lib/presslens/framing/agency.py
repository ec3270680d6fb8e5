"""Agency: are deaths and injuries written with a doer or without one?

Each death or injury word (:data:`presslens.lexicons.framing.HARM_VERBS` and
:data:`~presslens.lexicons.framing.HARM_NOUNS`) in a sentence is classified:

- ``active``: an agent does it — "security forces killed at least 145 militants",
  "a gunman opened fire, killing 50", "forces reported killing 145 militants";
- ``passive_agent``: passive with the doer named — "were killed by a suicide bomber";
- ``agentless``: no doer — "31 civilians were killed", "militants killed in raids",
  "17 personnel lost their lives", "the death toll rose", and an event or weapon as subject
  ("the blast killed 12" names no one).

Rules, no parser: a "be"/"get" form before a past participle, or a participle followed by
a preposition or the end of the clause, makes it passive; "by" within the clause names the
agent; otherwise an object after the verb ("at least 145", "the", "dozens") makes it active
and the noun phrase before it is the agent. An agent must be able to act: its head is a
person, group or force noun (:data:`~presslens.lexicons.framing.AGENT_NOUNS`), a pronoun, or
a capitalised name that is no place, time or building, and it is not the object of a
preposition ("the shooting in Texas killed" has no agent). A participle after a comma takes
the main clause's actor; a verb coordinated with the previous one shares its doer ("was shot
and killed", "killed 8, injured 12").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.gate import letter_words, longest_phrase, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.tokenize import is_stopword, number_value
from presslens.lexicons.framing import (
    ACTOR_LABELS,
    AGENT_NOUNS,
    AGENT_PRONOUNS,
    AGENT_STOP_VERBS,
    AGENT_TIME_WORDS,
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_BREAKS,
    HARM_NOUNS,
    HARM_VERBS,
    OBJECT_OPENERS,
    PASSIVE_GAP_WORDS,
)
from presslens.lexicons.sources import (
    GAZETTEER,
    GAZETTEER_PHRASES,
    HONORIFICS,
    NAME_CONNECTORS,
    NOT_NAMES,
    PLACE_CUES,
    TITLE_WORDS,
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
#: Heads of agents: person, group and force nouns, and the actor labels' one-word forms.
_AGENT_HEADS = AGENT_NOUNS | {f for _cat, forms in ACTOR_LABELS.values() for f in forms if " " not in f}
#: Last words of capitalised names of places and buildings, which do not act.
_BUILDINGS = frozenset("school university college hospital church mosque synagogue temple club nightclub center centre "
                       "street avenue road station airport mall park hall building stadium arena hotel bay river lake mountain "
                       "mountains island beach square bridge port harbor harbour yard base".split())
_BASE_FORMS = frozenset(k for k in HARM_VERBS if not re.search(r"(ed|en|ing|wn|ot|ew|ain|urt)$", k.split()[0]))


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


#: Words before a participle of harm that make it a clause of the main subject ("…, killing 50",
#: "by killing", "before killing himself").
_PARTICIPLE_LEADS = frozenset("by after before while when since".split())
#: Words that open a clause: the subject of a participle is looked for after the last one.
#: (A relative "who"/"which" is no opener: "A man who said he was X opened fire, killing" is the man's.)
_CLAUSE_OPENERS = frozenset("that when while whereas because although though if since until then but as where".split())
#: Nouns of events that a name before them modifies ("the Harlow Arena attacks"): the name is no agent.
_EVENT_NOUNS = frozenset("attack attacks shooting shootings bombing bombings massacre massacres rampage raid raids "
                         "killings siege blast explosion".split())
_QUOTE_MARKS = frozenset("\"“”‘’'«»")
_PREPOSITIONS = frozenset(
    "in at on of from near into onto outside inside across throughout during after before since until by with "
    "without for to toward towards over under behind beyond against among between via like along down up through "
    "around past off upon amid amidst beside near".split())
_NAME_INSIDE = NAME_CONNECTORS | {"-", "'s", "’s"}
_NOT_AGENT_NAMES = NOT_NAMES | GAZETTEER


def _is_actor_noun(norm: str) -> bool:
    return norm in _AGENT_HEADS or norm.endswith(("ist", "ists")) or (norm.endswith(("man", "men")) and len(norm) > 4)


def _name_run(toks: list[tuple[int, int, str, str]], head: int) -> int:
    """First token of the capitalised name ending at ``head`` (titles and honorifics included)."""
    a = head
    while a - 1 >= 0:
        t, n = toks[a - 1][2], toks[a - 1][3]
        if t[:1].isupper() or (n in _NAME_INSIDE and a - 2 >= 0 and toks[a - 2][2][:1].isupper()):
            a -= 1
        elif n.rstrip(".") in HONORIFICS or n in TITLE_WORDS:
            a -= 1
        else:
            break
    while a < head and (toks[a][3] in _DETS or toks[a][3] in _NAME_INSIDE):
        a += 1
    return a


def _is_agent_name(toks: list[tuple[int, int, str, str]], a: int, head: int) -> bool:
    """A capitalised run that names someone who can act: not a place, a time or an institution building."""
    words = [t[3] for t in toks[a:head + 1] if t[3] not in _NAME_INSIDE]
    text = " ".join(words)
    if not words or words[-1] in _NOT_AGENT_NAMES or text in GAZETTEER_PHRASES or words[-1] in AGENT_TIME_WORDS:
        return False
    if words[-1] in PLACE_CUES or words[-1] in _BUILDINGS or all(is_stopword(w.rstrip(".")) for w in words):
        return False
    return number_value(toks[head][2]) is None


def _actor_phrase(toks: list[tuple[int, int, str, str]], head: int) -> tuple[int, int] | None:
    """Token range of the agent noun phrase whose head is ``head``, or None when it cannot act.

    The head must be a person, group or force noun (:data:`~presslens.lexicons.framing.AGENT_NOUNS`),
    a pronoun, or a capitalised name that is no place, time or building; the phrase reads
    back from the head over its modifiers and stops at clause breaks, verbs of thinking and
    saying, and punctuation ("French police believe the gunman" → "the gunman").
    """
    t, n = toks[head][2], toks[head][3]
    if n in AGENT_PRONOUNS and head == _clause_start(toks, head):
        return (head, head)
    if n in AGENT_PRONOUNS:
        return (head, head) if toks[head - 1][3] not in _PREPOSITIONS else None
    if t[:1].isupper() and not _is_actor_noun(n):
        a = _name_run(toks, head)
        return (a, head) if _is_agent_name(toks, a, head) else None
    if not _is_actor_noun(n):
        return None
    a = head
    while a - 1 >= 0 and head - (a - 1) < MAX_AGENT_TOKENS:
        pt, pn = toks[a - 1][2], toks[a - 1][3]
        if not (_is_word(pt) or pn in ("'s", "’s", "-")) or pn in CLAUSE_BREAKS or pn in AGENT_STOP_VERBS \
                or pn in AGENT_PRONOUNS or pn in BE_FORMS or pn in REPORTING_VERBS or pn in _DETS \
                or pn in _PREPOSITIONS or pn in _CUE_FIRST:
            break
        if pn.endswith("ing") and not _is_actor_noun(pn):
            break
        a -= 1
    while a < head and toks[a][3] in ("least", "most", "of", "and"):
        a += 1
    return (a, head)  # determiners left out, as written after them ("the gunman" -> "gunman")


def _clause_start(toks: list[tuple[int, int, str, str]], i: int) -> int:
    """Index of the first token of the clause holding token ``i`` (after a ";" or a sentence-opening phrase)."""
    j = i
    while j > 0 and toks[j - 1][2] not in (";", ":"):
        j -= 1
    return j


def _agent_before(toks: list[tuple[int, int, str, str]], i: int) -> tuple[int, int] | None:
    """Token range (a, b) of the agent before the verb at position i, or None.

    The head is the word just before the verb (auxiliaries and adverbs skipped); a relative
    pronoun points to its antecedent ("the bomber, who killed"); a head inside a prepositional
    phrase ("the shooting in Texas killed") is not the subject, so the phrase before the
    preposition is tried instead.
    """
    j = i - 1
    while j >= 0 and (toks[j][3] in AUX_ADVERBS or toks[j][3] == "n't"
                      or (toks[j][3].endswith("ly") and toks[j][2].islower())):
        j -= 1
    for _ in range(3):
        while j >= 0 and toks[j][2] in (",", "-", "--", "—", "–", "(", ")"):
            j -= 1
        if j < 0:
            return None
        n = toks[j][3]
        if n in _RELATIVES:
            return _antecedent(toks, j)
        rng = _actor_phrase(toks, j)
        # a head governed by a preposition is an object, not the subject: look before it
        a = rng[0] if rng else j
        if not rng:  # the phrase of a head that cannot act: read back over its modifiers
            while a - 1 >= 0 and _is_word(toks[a - 1][2]) and toks[a - 1][3] not in _PREPOSITIONS \
                    and toks[a - 1][3] not in CLAUSE_BREAKS and toks[a - 1][2].islower() and j - a < 3:
                a -= 1
        k = a - 1
        while k >= 0 and toks[k][3] in _DETS:
            k -= 1
        if k >= 0 and toks[k][3] in _PREPOSITIONS and toks[k][3] not in ("of",):
            j = k - 1
            continue
        if rng and k >= 0 and toks[k][3] == "of" and not (toks[j][2][:1].isupper()):
            j = k - 1  # "one of the gunmen" keeps its head; "the worst of the attacks" is no agent
            continue
        return rng
    return None


def _antecedent(toks: list[tuple[int, int, str, str]], rel: int) -> tuple[int, int] | None:
    """The agent noun phrase before a relative pronoun at position rel (not a place: "in Varnby, which killed")."""
    j = rel - 1
    while j >= 0 and toks[j][2] in (",", "-", "--", "—", "–", "("):
        j -= 1
    rng = _actor_phrase(toks, j) if j >= 0 else None
    return rng if rng and not _governed(toks, rng[0]) else None


def _governed(toks: list[tuple[int, int, str, str]], a: int) -> bool:
    """Tell whether the phrase starting at token ``a`` is no subject: a preposition's object, a predicate, a place in apposition."""
    k = a - 1
    while k >= 0 and (toks[k][3] in _DETS or toks[k][2] in _QUOTE_MARKS):
        k -= 1
    return k >= 0 and (toks[k][3] in _PREPOSITIONS or toks[k][3] in BE_FORMS  # "he was the Phantom": a predicate
                       or (k >= 1 and toks[k][2] == "," and toks[k - 1][2][:1].isupper() and toks[a][2][:1].isupper()))


def _clause_subject(toks: list[tuple[int, int, str, str]], i: int) -> tuple[int, int] | None:
    """The agent of a participle clause ("A gunman opened fire, killing 50"): the main clause's actor.

    The clause is read back from the participle at ``i`` to its opener ("who", "when", "that",
    "then", …, a dateline or the sentence start); its agent is the first person, group or
    force in it that is not the object of a preposition ("fire at the club", "in Orlando"), a
    predicate ("he was the Phantom"), a place in apposition ("in Varnby, Tarvia, killing") or
    the speaker of a reporting verb ("police said a gunman …").
    """
    start = i - 1
    while start > 0 and toks[start - 1][3] not in _CLAUSE_OPENERS and toks[start - 1][2] not in (";", ":"):
        start -= 1
    j = max(start, _dateline_end(toks))
    while j < i:
        if not _is_word(toks[j][2]):
            j += 1
            continue
        head = j
        if toks[j][2][:1].isupper() and not _is_actor_noun(toks[j][3]):
            while head + 1 < i and (toks[head + 1][2][:1].isupper() or (
                    toks[head + 1][3] in NAME_CONNECTORS and head + 2 < i and toks[head + 2][2][:1].isupper())):
                head += 1
            if head + 1 < i and _is_actor_noun(toks[head + 1][3]):
                head += 1  # a name before a noun modifies it ("a Tarvian immigrant")
            elif head + 1 < i and toks[head + 1][3] in _EVENT_NOUNS:
                j = head + 2  # "the Harlow Arena attacks": an event, no one acts
                continue
        while head + 1 < i and _is_actor_noun(toks[head][3]) and _is_actor_noun(toks[head + 1][3]):
            head += 1  # "police officer", "civilian contractor"
        rng = _actor_phrase(toks, head)
        if rng and not _governed(toks, rng[0]) and not _speaks(toks, head):
            return rng
        j = head + 1
    return None


def _dateline_end(toks: list[tuple[int, int, str, str]]) -> int:
    """Index after a dateline ("WASHINGTON —", "PORT ELLIS, Texas (AP) —"), 0 when the sentence has none."""
    for k, t in enumerate(toks[:10]):
        if t[2] in ("—", "–", "-", "--") and k > 0:
            head = [x[2] for x in toks[:k] if _is_word(x[2])]
            if head and head[0].isupper() and len(head[0]) > 1 and all(w[:1].isupper() for w in head):
                return k + 1
            return 0
    return 0


def _speaks(toks: list[tuple[int, int, str, str]], head: int) -> bool:
    """Tell whether the phrase ending at ``head`` is the subject of a verb of saying or thinking."""
    k = head + 1
    while k < len(toks) and (toks[k][3] in AUX_ADVERBS or toks[k][3].endswith("ly")):
        k += 1
    return k < len(toks) and (toks[k][3] in REPORTING_VERBS or toks[k][3] in AGENT_STOP_VERBS)


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
        last = out[-1] if out else None
        if kind == "verb" and last and last["kind"] == "verb" and _coordinated(toks, last["last"], prev):
            # "was shot and killed", "killed 8 people, injured 12": the second verb shares the first's doer
            out.append({**last, "harm": harm, "cue": cue, "start": toks[i][0], "end": toks[i + n - 1][1],
                        "last": i + n - 1})
            i += n
            continue
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
                participle = cue.endswith("ing") and (toks[prev][2] == "," or prev_norm in _PARTICIPLE_LEADS)
                rng = _clause_subject(toks, prev) if participle else _agent_before(toks, i)
                agency = "active" if rng else "agentless"
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
                    "start": toks[i][0], "end": toks[i + n - 1][1], "kind": kind, "last": i + n - 1})
        i += n
    return [{k: v for k, v in f.items() if k not in ("kind", "last")} for f in out]


def _coordinated(toks: list[tuple[int, int, str, str]], last: int, prev: int) -> bool:
    """Tell whether a harm verb is coordinated with the previous one ("shot and killed", "killed 8, injured 12").

    Between the previous verb (ending at token ``last``) and this one (preceded by token
    ``prev``) stand only its object and a conjunction or comma: no clause opener, no other verb.
    """
    if prev < 0 or toks[prev][3] not in ("and", "or", ",") or prev <= last:
        return False
    between = toks[last + 1:prev]
    if len(between) > 6:
        return False
    return not any(t[3] in _RELATIVES or t[3] in BE_FORMS or t[3] in CLAUSE_BREAKS - {"and", "or"}
                   or t[3] in REPORTING_VERBS or t[3] in AGENT_PRONOUNS for t in between)


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
