"""Attribution: who said what, and with which reporting verb.

Reporting verbs and phrases (:mod:`presslens.lexicons.speech`) are found in each sentence
and grouped as neutral (said, according to), distancing (claimed, alleged), confirming,
denying or asserting. The speaker is read with a few general rules, no parser:

- the noun phrase before the verb ("Bugti said", "a claim New Delhi strongly rejected");
  adverbs, auxiliaries and a time phrase are skipped ("had earlier reported", "on Sunday");
  a title before a name is dropped ("spokesperson Randhir Jaiswal" → "Randhir Jaiswal");
- the phrase after an inverted verb or a phrase that names its source
  (""…," said the minister", "according to the military");
- the sentence's opening name for an appositive ("Bugti, the chief minister, told …");
- the previous speaker for a coordinated or participle verb ("said … and alleged",
  ", stating …") and for a pronoun ("He alleged …"), within the article.

Nouns spelled like verbs are skipped ("a claim", "the reports").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from presslens.corpus.gate import letter_words, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table
from presslens.corpus.tokenize import Token as _Tok
from presslens.lexicons.common import MONTHS
from presslens.lexicons.speech import ATTRIBUTION_GROUPS, ATTRIBUTION_PHRASES, REPORTING_VERBS

#: Columns of :func:`attribution_table`.
ATTRIBUTION_COLUMNS = ["article_id", "outlet", "section", "sent_id", "group", "cue", "cue_kind", "speaker",
                       "speaker_text", "in_quote", "start", "end", "sentence"]
#: Longest speaker kept, in tokens.
MAX_SPEAKER_TOKENS = 10
#: Sentences back in which a pronoun or participle finds its speaker.
PRONOUN_WINDOW = 3

#: Words before a verb form that make it a noun ("a claim", "their denials").
_DETERMINERS = frozenset("a an the this that these those his her its their our my your such any no 's every each "
                         "baseless unfounded latest earlier previous similar".split())
#: Words that end the speaker search backwards (clause boundaries).
_BREAKS = frozenset("that which who whom whose but or as while when where after before because though although if "
                    "since until following with without into during amid against so than than then by to "
                    "says said say told tells according what how why whether".split())
#: Skipped between a speaker and its verb.
_SKIP = frozenset("had has have having was were is are be been also earlier later then once just further not never "
                  "would could might may will shall should can did do does again first even still".split())
#: Words before a verb that make it hypothetical or infinitive ("refused to say", "cannot say").
_NOT_SPEECH = frozenset("to can cannot could would should must might may will shall".split())
#: Time words skipped before a verb ("officials on Sunday said").
_TIME = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tonight", "morning", "evening", "night", "afternoon", "week", "month", "year",
                   "earlier", "later", "last", "this", "on", "late", *MONTHS])
#: Prepositions allowed inside a speaker ("officials in Pakistan", "minister of Balochistan").
_INNER_PREPS = frozenset("of for in at from and".split())
#: Pronouns resolved to the previous speaker.
PRONOUNS = frozenset("he she they it we i".split())
#: Verbs whose speaker may follow them after a quote or comma ("…," said Bugti).
_INVERTIBLE = frozenset("said says added adds asked wrote noted explained continued insisted warned stated "
                        "claimed replied recalled".split())
#: Verb forms that are often plural nouns ("intelligence reports", "United States"): kept only
#: in lower case and when no determiner, preposition or "have" stands in the two tokens before.
_NOUNISH = frozenset("reports report states claims claim notes remarks comments estimates updates posts "
                     "warns".split())
_NOUN_CONTEXT = _DETERMINERS | frozenset("had have has of with by in on for from received new media news".split())
#: Negations that cancel a cue nearby ("could not be verified", "did not deny").
_NEGATIONS = frozenset("not n't never no".split())
#: Phrases whose speaker follows them.
_SOURCE_AFTER = frozenset(["according to", "as reported by", "citing", "cited", "in a statement from"])
_QUOTES = "\"“”«»"
_CUE_RE = re.compile(r"\b(?:" + "|".join(sorted({re.escape(k.split()[0]) for k in ATTRIBUTION_PHRASES}
                                                 | {re.escape(v) for v in REPORTING_VERBS}, key=len, reverse=True))
                     + r")\b", re.IGNORECASE)
_PHRASES = sorted(((tuple(p.split()), g) for p, g in ATTRIBUTION_PHRASES.items()), key=lambda x: -len(x[0]))


def _by_first_word(phrases: list[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Index phrases by their first word, keeping their order (longest first)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, group in phrases:
        out.setdefault(words[0], []).append((words, group))
    return out


#: Gate (see :mod:`presslens.corpus.gate`): a sentence without every word of some cue is not tokenised.
_CUE_GATE = phrase_gate([*ATTRIBUTION_PHRASES, *REPORTING_VERBS])
#: The attribution phrases by first word: a token is compared only with phrases it can start.
_PHRASES_BY_FIRST = _by_first_word(_PHRASES)


@dataclass
class Attribution:
    """One reporting cue in a sentence.

    Attributes:
        group: neutral | distancing | confirming | denying | asserting.
        cue: the verb or phrase, lower case ("claimed", "according to").
        cue_kind: verb | phrase.
        speaker_text: the speaker as written ("He", "Bugti"), empty when none found.
        speaker: the speaker after resolving pronouns and coordinated verbs.
        in_quote: the cue stands inside quotation marks.
        start: offset of the cue.
        end: end offset of the cue.
    """

    group: str
    cue: str
    cue_kind: str
    speaker_text: str
    speaker: str
    in_quote: bool
    start: int
    end: int


def _tokens(text: str, offset: int) -> list[_Tok]:
    spans = sentence_tokens(text, offset=offset)
    return [_Tok(a, b, t, n) for (a, b, t), n in zip(spans, token_norms(text, spans, offset=offset))]


def _is_word(t: _Tok) -> bool:
    return t.text[0].isalnum()


def _quote_parity(toks: list[_Tok], i: int) -> bool:
    """True when token i stands inside quotation marks opened earlier in the sentence."""
    return sum(1 for t in toks[:i] if t.text in _QUOTES) % 2 == 1


def _clean(toks: list[_Tok], text: str, offset: int) -> str:
    while toks and toks[0].norm in ("the", "a", "an"):
        toks = toks[1:]
    if not toks:
        return ""
    return text[toks[0].start - offset:toks[-1].end - offset]


def _speaker_before(toks: list[_Tok], i: int) -> tuple[list[_Tok], str]:
    """Tokens of the noun phrase before position i, and why the search stopped."""
    j = i - 1
    while j >= 0 and (toks[j].norm in _SKIP or (toks[j].norm.endswith("ly") and toks[j].text.islower())):
        j -= 1
    while j >= 1 and toks[j].norm in _TIME and (toks[j].norm in ("on", "earlier", "later")
                                               or toks[j - 1].norm in _TIME | {"on", "this", "last"}):
        j -= 1
    if j >= 0 and toks[j].norm == "on":
        j -= 1
    if j >= 0 and toks[j].norm == "and":
        return [], "and"
    out: list[_Tok] = []
    why = "start"
    while j >= 0 and len(out) < MAX_SPEAKER_TOKENS:
        t = toks[j]
        if not _is_word(t) and t.norm not in ("'s", "-", "'"):
            why = "comma" if t.text == "," else "punct"
            break
        if t.norm in _BREAKS or (t.norm in REPORTING_VERBS and t.text.islower()):
            why = "break"
            break
        out.append(t)
        j -= 1
    out = out[::-1]
    while out and (out[0].norm in _INNER_PREPS or out[0].norm in _SKIP):
        out = out[1:]
    if out and out[-1].norm in PRONOUNS:  # "told Fox News he believes": the pronoun is the speaker
        out = out[-1:]
    # a name after a lower-case word that is not part of it ("a claim New Delhi",
    # "spokesperson Randhir Jaiswal"): keep the capitalised run next to the verb
    for k in range(len(out) - 1, 0, -1):
        if out[k].text[0].isupper() and out[k - 1].text.islower() and out[k - 1].norm not in _INNER_PREPS \
                and out[k - 1].norm not in ("'s",) and all(x.text[0].isupper() or x.norm in _INNER_PREPS
                                                           for x in out[k:]):
            out = out[k:]
            break
    return out, why


def _speaker_after(toks: list[_Tok], i: int) -> list[_Tok]:
    out: list[_Tok] = []
    j = i
    while j < len(toks) and len(out) < MAX_SPEAKER_TOKENS:
        t = toks[j]
        if not _is_word(t) and t.norm not in ("'s", "-"):
            break
        if t.norm in _BREAKS - {"by"} or t.norm in REPORTING_VERBS or (out and t.norm in ("said", "says")):
            break
        out.append(t)
        j += 1
    return out


def _first_clause(toks: list[_Tok]) -> list[_Tok]:
    out = []
    for t in toks:
        if t.text == ",":
            break
        if not _is_word(t):
            return []
        out.append(t)
    return out if 0 < len(out) <= 6 and any(t.text[0].isupper() for t in out) else []


def find_attributions(text: str, *, offset: int = 0) -> list[Attribution]:
    """Find reporting cues and their speakers in one sentence.

    Args:
        text: a sentence.
        offset: offset of the sentence in the article text (added to spans).

    Returns:
        Cues in text order. ``speaker`` equals ``speaker_text`` except for a coordinated
        or participle verb, which takes the speaker of the sentence's previous cue;
        pronouns are left for :func:`attribution_table` to resolve across sentences.
    """
    if not may_hold(letter_words(text), _CUE_GATE) or not _CUE_RE.search(text):
        return []
    toks = _tokens(text, offset)
    out: list[Attribution] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        phrase = None
        for words, group in _PHRASES_BY_FIRST.get(t.norm, ()):
            if tuple(x.norm for x in toks[i:i + len(words)]) == words:
                phrase = (" ".join(words), group, len(words))
                break
        if phrase:
            cue, group, n = phrase
            kind = "phrase"
        elif t.norm in REPORTING_VERBS:
            cue, group, n, kind = t.norm, REPORTING_VERBS[t.norm], 1, "verb"
            prev = toks[i - 1].norm if i else ""
            nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
            before = {x.norm for x in toks[max(0, i - 3):i]}
            k = i - 1
            while k >= 0 and (toks[k].norm in ("even", "still", "not", "also", "just") or toks[k].norm.endswith("ly")):
                k -= 1
            after2 = tuple(x.norm for x in toks[i + 1:i + 3])
            if (k >= 0 and toks[k].norm in _NOT_SPEECH) or (after2[:1] == ("to",) and after2[1:] in (("be",), ("have",),
                                                                                                 ("been",))):
                i += 1
                continue
            if prev in _DETERMINERS or (cue == "charged" and nxt == "with") or cue.endswith("ly") \
                    or before & _NEGATIONS or (cue in _NOUNISH and (not t.text.islower() and i > 0
                                                                    or {x.norm for x in toks[max(0, i - 2):i]} & _NOUN_CONTEXT)):
                i += 1
                continue
        else:
            i += 1
            continue
        in_quote = _quote_parity(toks, i)
        end = toks[i + n - 1].end
        spk: list[_Tok] = []
        inherit = False
        if kind == "phrase" and cue in _SOURCE_AFTER:
            spk = _speaker_after(toks, i + n)
        else:
            spk, why = _speaker_before(toks, i)
            prev_tok = toks[i - 1] if i else None
            if not spk and (why == "and" or (kind == "verb" and cue.endswith("ing")
                                             and (prev_tok is None or prev_tok.text == ","))):
                inherit = True
            if not spk and not inherit and why == "comma" and prev_tok is not None and prev_tok.text == ",":
                spk = _first_clause(toks[:i - 1])
            if not spk and not inherit and not in_quote and cue in _INVERTIBLE and prev_tok is not None \
                    and (prev_tok.text in _QUOTES or prev_tok.text == ","):
                after = _speaker_after(toks, i + n)
                nxt_i = i + n + len(after)
                if after and (nxt_i >= len(toks) or not _is_word(toks[nxt_i])):
                    spk = after
        speaker_text = _clean(spk, text, offset)
        speaker = speaker_text
        if inherit or (not speaker_text and in_quote):
            for prev_att in reversed(out):
                if prev_att.speaker:
                    speaker = prev_att.speaker
                    break
        out.append(Attribution(group, cue, kind, speaker_text, speaker, in_quote, t.start, end))
        i += n
    if any(a.cue == "in a statement" for a in out) and len(out) > 1:
        out = [a for a in out if a.cue != "in a statement"]
    return out


@accepts_story
def attribution_table(story: Story) -> pd.DataFrame:
    """Every reporting cue of the story with its speaker and sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``sent_id``;
        ``group`` (neutral | distancing | confirming | denying | asserting); ``cue`` (verb
        or phrase, lower case); ``cue_kind`` (verb | phrase); ``speaker`` (resolved: a
        pronoun or a coordinated verb takes the previous speaker of the article within
        three sentences; empty when none); ``speaker_text`` (as written); ``in_quote``
        (the cue is inside quotation marks); ``start``, ``end`` (the cue's offsets in the
        article text); ``sentence``. Empty with these columns when no cue is found.
    """
    return _attribution(story).copy()


@lru_cache(maxsize=16)
def _attribution(story: Story) -> pd.DataFrame:
    """The attribution table, computed once per story (the notebook and the actor labels both use it)."""
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    rows = []
    last: dict[str, tuple[int, str]] = {}
    for art, sent_id, section, s, text in zip(sents.article_id, sents.sent_id, sents.section, sents.start, sents.text):
        for a in find_attributions(text, offset=s):
            speaker = a.speaker
            prev = last.get(art)
            recent = prev is not None and sent_id - prev[0] <= PRONOUN_WINDOW
            if recent and (speaker.lower() in PRONOUNS or (not speaker and (a.cue.endswith("ing") or a.in_quote))):
                speaker = prev[1]
            if speaker and speaker.lower() not in PRONOUNS:
                last[art] = (sent_id, speaker)
            rows.append((art, labels[art], section, sent_id, a.group, a.cue, a.cue_kind, speaker, a.speaker_text,
                         a.in_quote, a.start, a.end, text))
    return pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)


def attribution_summary(table: pd.DataFrame, *, outlets: list[str]) -> pd.DataFrame:
    """Cues per outlet and group.

    Args:
        table: an :func:`attribution_table`.
        outlets: outlet labels in display order (outlets without cues get zeros).

    Returns:
        Columns: ``outlet``; ``group``; ``n`` (cues); ``share`` (of the outlet's cues, 0
        when it has none); ``cues`` (distinct cues, most frequent first, ``;`` separated).
    """
    rows = []
    for o in outlets:
        d = table[table["outlet"] == o]
        for g in ATTRIBUTION_GROUPS:
            dg = d[d["group"] == g]
            rows.append((o, g, len(dg), len(dg) / len(d) if len(d) else 0.0,
                         ";".join(dg["cue"].value_counts().index)))
    return pd.DataFrame(rows, columns=["outlet", "group", "n", "share", "cues"])
