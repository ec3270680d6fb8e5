"""Actor labels: what each outlet calls the parties of an armed conflict, and how it qualifies them.

Labels come from :data:`presslens.lexicons.framing.ACTOR_LABELS` (militants, insurgents,
terrorists, security forces, civilians, …), from compounds ("insurgent networks",
"militant groups") and from capitalised group names ("Baloch Liberation Army", "Frontier
Corps"). The modifiers an outlet attaches are read from the words just before the label:
judgement and affiliation words ("banned", "separatist"), hyphenated affiliations
("Indian-sponsored", "Iran-backed") and proper adjectives ("Baloch", "Pakistani").
A label inside quotation marks, or in a sentence with a reporting verb, carries the speaker
(``attributed_to``): "Indian-sponsored militants" is the military's word, not the outlet's.

Speed: a sentence is tokenised only when its lower-case letter words hold every word of some
label form or a group-name head and cue (:func:`letter_words`, :func:`phrase_gate`,
:func:`may_hold`, an exact test also used by :mod:`presslens.framing.agency`); most sentences hold none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from presslens.corpus.gate import letter_words, longest_phrase, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.tokenize import is_stopword, normalize
from presslens.framing.attribution import attribution_table
from presslens.lexicons.framing import (
    ACTOR_CATEGORIES,
    ACTOR_LABELS,
    GROUP_NAME_HEADS,
    HARM_VERBS,
    LABEL_COMPOUND_HEADS,
    LABEL_MODIFIERS,
    MODIFIER_SUFFIXES,
    NAMED_GROUP_CUES,
    STATE_FORCE_NAME_HEADS,
    WEAK_GROUP_CUES,
)
from presslens.lexicons.sources import TITLE_WORDS
from presslens.lexicons.speech import REPORTING_VERBS

#: Columns of :func:`actor_labels_table`.
LABEL_COLUMNS = ["article_id", "outlet", "section", "sent_id", "category", "label", "form", "text", "modifiers",
                 "in_quote", "attributed_to", "start", "end", "sentence"]
#: Most words looked at before a label for modifiers.
MAX_MODIFIERS = 3
#: Longest surface form in the lexicon, in words.
_MAX_WORDS = 4

_SURFACE: dict[tuple[str, ...], tuple[str, str]] = {
    tuple(f.split()): (label, cat) for label, (cat, forms) in ACTOR_LABELS.items() for f in forms
}
#: First words of the surface forms: a lexicon phrase can only start on one of these.
_FIRST = frozenset(k[0] for k in _SURFACE)
#: Labels that double as adjectives ("militant attempts", "separatist groups").
_ADJECTIVAL = frozenset(f for f in (x[0] for x in _SURFACE if len(x) == 1)
                        if f in {"militant", "insurgent", "terrorist", "separatist", "rebel", "extremist", "jihadist",
                                 "jihadi", "islamist", "radical", "paramilitary", "militia", "guerrilla", "military",
                                 "army", "police", "civilian", "terror"} or f == "terror")
_TRIGGER_RE = re.compile(r"\b(?:" + "|".join(sorted({re.escape(k[0]) for k in _SURFACE} | {"terror"}, key=len,
                                                     reverse=True)) + r")|(?:[A-Z][\w'’-]*\s+)+[A-Z]", re.IGNORECASE)
_CAP_WORD = re.compile(r"[A-Z][\w'’.-]*")
_NAME_JOINERS = frozenset("of al el e ul i wal-e the".split())
_QUOTES = "\"“”«»"
_STOP_BEFORE = frozenset("a an the this that these those his her its their our some any all many several".split())
_STOP_BEFORE_THE = _STOP_BEFORE | {"the"}
_ADJECTIVAL_TERROR = _ADJECTIVAL | {"terror"}

#: Gate of the lexicon labels (see :func:`may_hold`).
_GATE = phrase_gate(" ".join(k) for k in _SURFACE)
#: A group name ends on a head and holds a group cue or ends on a state-force head.
_HEAD_GATE = phrase_gate(sorted(GROUP_NAME_HEADS))
_NAME_CUE_GATE = phrase_gate(sorted(NAMED_GROUP_CUES | STATE_FORCE_NAME_HEADS))


def _name_category(words: list[str]) -> str:
    """Category of a capitalised name ending on a group head, or "" when it names no armed actor.

    The head of "A of B" is A's last word ("Secretary of State" is a title, "United States of
    Jihad" a book); a title word makes the name a person's title; an armed group needs a cue
    word that is not only the head's own ("Islamic State", "Baloch Liberation Army", "Taliban";
    not "Arizona State", "Deep State", "Vermont State Police").
    """
    lw = [w.lower() for w in words]
    if "of" in lw[1:]:
        lw = lw[:lw.index("of", 1)]
    head = lw[-1].split("-")[-1] if lw else ""
    if not lw or head not in GROUP_NAME_HEADS or any(w in TITLE_WORDS for w in lw):
        return ""
    parts = [p for w in lw for p in re.split(r"[-’']", w) if p]
    cues = set(parts) & NAMED_GROUP_CUES
    if cues - WEAK_GROUP_CUES:
        return "armed group"
    if head in STATE_FORCE_NAME_HEADS:
        return "state forces"
    return ""


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:3].lower() == "al-" and tok[3:4].isupper())


def _named_groups(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalised names of armed groups or state forces: (first token, last token + 1, category)."""
    out = []
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and (_capitalised(toks[j + 1][2]) or (toks[j + 1][2].lower() in _NAME_JOINERS
                                     and j + 2 < len(toks) and toks[j + 2][2][:1].isupper())):
            j += 1
        words = [t[2] for t in toks[i:j + 1]]
        while words and (words[0].lower() in _STOP_BEFORE_THE or is_stopword(words[0].lower())):
            words, i = words[1:], i + 1
        # the longest run ending on a group head: "Baloch Liberation Army", "Pakistani Taliban"
        k = len(words)
        while k > 0 and words[k - 1].lower().split("-")[-1] not in GROUP_NAME_HEADS:
            k -= 1
        cat = _name_category(words[:k]) if k else ""
        if cat and (k > 1 or words[0].lower() in NAMED_GROUP_CUES):
            out.append((i, i + k, cat))
        i = j + 1
    return out


def _is_modifier(tok: str, position: int) -> bool:
    low = normalize(tok)
    if low in LABEL_MODIFIERS or low.endswith(MODIFIER_SUFFIXES):
        return True
    return position > 0 and tok[:1].isupper() and low not in _STOP_BEFORE and not is_stopword(low)


def _modifiers(toks: list[tuple[int, int, str]], first: int) -> list[str]:
    out: list[str] = []
    j = first - 1
    while j >= 0 and len(out) < MAX_MODIFIERS and _is_modifier(toks[j][2], j):
        out.append(toks[j][2])
        j -= 1
    if j == 0 and toks[0][2][:1].isupper() and (normalize(toks[0][2]) in LABEL_MODIFIERS
                                                or normalize(toks[0][2]).endswith(MODIFIER_SUFFIXES)):
        out.append(toks[0][2])
    return out[::-1]


def find_labels(text: str, *, offset: int = 0) -> list[dict]:
    """Find actor labels and their modifiers in one sentence.

    Args:
        text: a sentence.
        offset: offset of the sentence in the article text.

    Returns:
        Dicts with ``category``, ``label`` (display form: "militants", "insurgent networks",
        or the group's name as written), ``form`` (noun | adjective | compound | name),
        ``text`` (as written), ``modifiers`` (``;`` separated, in text order), ``in_quote``,
        ``start``, ``end``; in text order.
    """
    words = letter_words(text)
    names = may_hold(words, _HEAD_GATE) and may_hold(words, _NAME_CUE_GATE)
    if not (names or may_hold(words, _GATE)) or not _TRIGGER_RE.search(text):
        return []
    toks = sentence_tokens(text, offset=offset)
    norms = token_norms(text, toks, offset=offset)
    n_toks = len(toks)
    found: list[tuple[int, int, str, str, str]] = []  # first, last+1, category, label, form
    taken: set[int] = set()
    for a, b, cat in (_named_groups(toks) if names else ()):
        found.append((a, b, cat, " ".join(t[2] for t in toks[a:b]), "name"))
        taken.update(range(a, b))
    i = 0
    while i < n_toks:
        if norms[i] not in _FIRST or i in taken:
            i += 1
            continue
        hit = longest_phrase(norms, i, _SURFACE, max_words=_MAX_WORDS,
                             free=lambda a, b: not taken & set(range(a, b)))
        if not hit:
            i += 1
            continue
        n, (label, cat) = hit
        nxt = norms[i + n] if i + n < n_toks else ""
        nxt_tok = toks[i + n][2] if i + n < n_toks else ""
        form = "noun"
        if n == 1 and norms[i] in _ADJECTIVAL_TERROR:
            if nxt in LABEL_COMPOUND_HEADS:
                found.append((i, i + 2, cat, f"{norms[i]} {nxt}", "compound"))
                i += 2
                continue
            starts_label = (i + 1 < n_toks and norms[i + 1] in _FIRST
                            and any(tuple(norms[i + 1:i + 1 + k]) in _SURFACE for k in range(1, _MAX_WORDS + 1))) \
                or (i + 1) in taken
            if starts_label:
                i += 1  # a modifier of the next label ("separatist Baloch Liberation Army")
                continue
            if nxt_tok and nxt_tok[0].isalpha() and not is_stopword(nxt) \
                    and nxt not in REPORTING_VERBS and nxt not in HARM_VERBS and not nxt.endswith("ed"):
                form = "adjective"
        if norms[i] == "terror" and form == "noun":
            i += 1
            continue
        found.append((i, i + n, cat, label, form))
        i += n
    out = []
    for a, b, cat, label, form in sorted(found):
        quotes_before = sum(1 for t in toks[:a] if t[2] in _QUOTES)
        out.append({"category": cat, "label": label, "form": form,
                    "text": text[toks[a][0] - offset:toks[b - 1][1] - offset],
                    "modifiers": ";".join(_modifiers(toks, a)), "in_quote": quotes_before % 2 == 1,
                    "start": toks[a][0], "end": toks[b - 1][1]})
    return out


@accepts_story
def actor_labels_table(story: Story) -> pd.DataFrame:
    """Every actor label of the story with its modifiers and sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``sent_id``;
        ``category`` (armed group | state forces | victims); ``label`` (display form, e.g.
        "militants", "insurgent networks", "Baloch Liberation Army"); ``form`` (noun |
        adjective: "militant attacks" | compound: "insurgent networks" | name);
        ``text`` (as written); ``modifiers`` (words attached before it, ``;`` separated:
        "banned", "Indian-sponsored"); ``in_quote`` (inside quotation marks);
        ``attributed_to`` (resolved speaker of the sentence's first reporting cue, see
        :func:`presslens.framing.attribution.attribution_table`; empty when the sentence reports no
        speech or the label is the speaker itself); ``start``, ``end`` (offsets in the article text);
        ``sentence``. Empty with these columns when no label is found.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    att = attribution_table(story)
    speakers: dict[tuple[str, int], str] = {}  # first non-empty speaker of each sentence
    for key_art, key_sent, speaker in zip(att["article_id"].tolist(), att["sent_id"].tolist(),
                                          att["speaker"].tolist()):
        if speaker != "" and (key_art, key_sent) not in speakers:
            speakers[(key_art, key_sent)] = speaker
    rows = []
    for art, sent_id, section, s, text in zip(sents["article_id"].tolist(), sents["sent_id"].tolist(),
                                              sents["section"].tolist(), sents["start"].tolist(),
                                              sents["text"].tolist()):
        found = find_labels(text, offset=s)
        if not found:
            continue
        speaker = speakers.get((art, sent_id), "")
        for f in found:
            by = "" if f["text"].lower() in speaker.lower() else speaker
            rows.append((art, labels[art], section, sent_id, f["category"], f["label"], f["form"], f["text"],
                         f["modifiers"], f["in_quote"], by, f["start"], f["end"], text))
    return pd.DataFrame(rows, columns=LABEL_COLUMNS)


def label_counts(table: pd.DataFrame, *, outlets: Iterable[str], forms: tuple[str, ...] = ("noun", "compound", "name")
                 ) -> pd.DataFrame:
    """Label uses per outlet (a wide table for display).

    Args:
        table: an :func:`actor_labels_table`.
        outlets: outlet labels in display order (columns).
        forms: which forms to count (adjective uses left out by default).

    Returns:
        Index ``category``, ``label``; one column per outlet with counts; a final column
        ``modifiers`` listing the distinct modifiers used with the label, per outlet
        (``outlet: a, b | …``). Sorted by category order then total count.
    """
    outlets = list(outlets)
    d = table[table["form"].isin(forms)]
    if d.empty:
        return pd.DataFrame(columns=outlets + ["modifiers"], index=pd.MultiIndex.from_arrays([[], []],
                                                                                           names=["category", "label"]))
    wide = pd.crosstab([d["category"], d["label"]], d["outlet"]).reindex(columns=outlets, fill_value=0)
    mods = {}
    for (cat, lab), g in d.groupby(["category", "label"]):
        parts = []
        for o in outlets:
            m = sorted({x for v in g.loc[g["outlet"] == o, "modifiers"] for x in v.split(";") if x})
            if m:
                parts.append(f"{o}: {', '.join(m)}")
        mods[(cat, lab)] = " | ".join(parts)
    wide["modifiers"] = [mods.get(k, "") for k in wide.index]
    order = {c: n for n, c in enumerate(ACTOR_CATEGORIES)}
    total = wide[outlets].sum(axis=1)
    idx = sorted(wide.index, key=lambda k: (order.get(k[0], 99), -total[k], k[1]))
    return wide.loc[idx]
