"""Attribution: who said what, and with which reporting verb.

Reporting cues (:mod:`presslens.lexicons.speech`) are found in each sentence and grouped as
neutral (said, according to), distancing (claimed, alleged), confirming, denying or
asserting. Cues and speakers come from the one speaker finder the quotes table uses
(:mod:`presslens.compare.speakers`), so a sentence gets the same speaker in both tables:

- the noun phrase before the verb ("Bugti said", "a claim New Delhi strongly rejected"),
  adverbs, auxiliaries, time phrases and appositions skipped ("Sarfaraz Bugti, the chief
  minister, told …");
- the phrase after an inverted verb or a phrase that names its source (""…," said the
  minister", "according to the military");
- the speaker of the sentence's earlier verb for a coordinated or participle verb ("said …
  and alleged", ", stating …");
- a pronoun ("He alleged …") resolved to the person it stands for
  (:class:`presslens.compare.speakers.Coreference`).

Nouns spelled like verbs are skipped ("a claim", "the reports"), and so are negated or
hypothetical uses ("could not be verified", "refused to say").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from presslens.compare.entities import entity_mentions, lower_vocabulary
from presslens.compare.speakers import (
    QUOTE_CHARS,
    Coreference,
    Person,
    find_cues,
    inverted_speaker,
    person_titles,
    speaker_for_cue,
    title_case,
)
from presslens.corpus.gate import letter_words, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, split_by_article
from presslens.corpus.tokenize import Token as _Tok
from presslens.lexicons.speech import ATTRIBUTION_GROUPS, SPEECH_PHRASES, SPEECH_VERBS, SPEAKER_PRONOUN_KINDS

#: Columns of :func:`attribution_table`.
ATTRIBUTION_COLUMNS = ["article_id", "outlet", "section", "sent_id", "group", "cue", "cue_kind", "speaker",
                       "speaker_text", "speaker_kind", "in_quote", "start", "end", "sentence"]
#: Sentences back in which a pronoun takes the previous speaker when no person fits.
PRONOUN_WINDOW = 3
#: Pronouns resolved to a person or to the previous speaker.
PRONOUNS = frozenset("he she they it we i".split())

#: Gate (see :mod:`presslens.corpus.gate`): a sentence without every word of some cue is not tokenised.
_CUE_GATE = phrase_gate([*SPEECH_PHRASES, *SPEECH_VERBS])
_ARTICLES = ("the", "a", "an")


@dataclass
class Attribution:
    """One reporting cue in a sentence.

    Attributes:
        group: neutral | distancing | confirming | denying | asserting.
        cue: the verb or phrase, lower case ("claimed", "according to").
        cue_kind: verb | phrase.
        speaker_text: the speaker as written ("He", "Bugti"), empty when none found or
            when it is shared with an earlier verb of the sentence.
        speaker: the speaker after taking a coordinated verb's subject (pronouns are
            resolved by :func:`attribution_table`).
        in_quote: the cue stands inside quotation marks.
        start: offset of the cue.
        end: end offset of the cue.
        speaker_start: offset of the speaker phrase (as written or shared), -1 when none.
        speaker_end: its end, -1 when none.
    """

    group: str
    cue: str
    cue_kind: str
    speaker_text: str
    speaker: str
    in_quote: bool
    start: int
    end: int
    speaker_start: int = -1
    speaker_end: int = -1


def _tokens(text: str, offset: int) -> list[_Tok]:
    spans = sentence_tokens(text, offset=offset)
    return [_Tok(a, b, t, n) for (a, b, t), n in zip(spans, token_norms(text, spans, offset=offset))]


def _quoted(toks: list[_Tok]) -> list[bool]:
    """For each token, whether it stands inside quotation marks opened earlier in the sentence (marks included)."""
    out, inside = [], False
    for t in toks:
        if t.text in QUOTE_CHARS:
            out.append(True)
            inside = not inside
        else:
            out.append(inside)
    return out


def _clean(toks: list[_Tok], text: str, offset: int) -> str:
    while toks and toks[0].norm in _ARTICLES:
        toks = toks[1:]
    if not toks:
        return ""
    return text[toks[0].start - offset:toks[-1].end - offset]


def find_attributions(text: str, *, offset: int = 0) -> list[Attribution]:
    """Find reporting cues and their speakers in one sentence.

    Args:
        text: a sentence.
        offset: offset of the sentence in the article text (added to spans).

    Returns:
        Cues in text order. ``speaker`` equals ``speaker_text`` except for a coordinated
        or participle verb, which takes the speaker of the sentence's previous cue (a cue
        inside quotation marks takes it too); pronouns are left for
        :func:`attribution_table` to resolve across sentences.
    """
    if not may_hold(letter_words(text), _CUE_GATE):
        return []
    toks = _tokens(text, offset)
    if not toks:
        return []
    quoted = _quoted(toks)
    out: list[Attribution] = []
    prev: tuple[int, int] | None = None
    prev_speaker = ""
    for cue in find_cues(toks, headline=title_case(toks)):
        in_quote = quoted[cue.first]
        spk = None
        if not in_quote:
            spk = speaker_for_cue(toks, cue, floor=0, ceiling=len(toks), quoted=quoted, prev_spk=prev)
            if spk is None:
                spk = inverted_speaker(toks, cue, floor=0, ceiling=len(toks), quoted=quoted)
        shared = spk is not None and spk == prev
        written = _clean(toks[spk[0]:spk[1]], text, offset) if spk is not None and not shared else ""
        speaker = prev_speaker if shared or (spk is None and in_quote) else written
        s0, s1 = (toks[spk[0]].start, toks[spk[1] - 1].end) if spk is not None else (-1, -1)
        if spk is None and in_quote and prev is not None:
            s0, s1 = toks[prev[0]].start, toks[prev[1] - 1].end
        out.append(Attribution(cue.group, cue.form, cue.kind if cue.kind == "verb" else "phrase", written, speaker,
                               in_quote, toks[cue.first].start, toks[cue.last - 1].end, s0, s1))
        if spk is not None:
            prev, prev_speaker = spk, speaker
    return out


@accepts_story
def attribution_table(story: Story) -> pd.DataFrame:
    """Every reporting cue of the story with its speaker and sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``sent_id``;
        ``group`` (neutral | distancing | confirming | denying | asserting); ``cue`` (verb
        or phrase, lower case); ``cue_kind`` (verb | phrase); ``speaker`` (the phrase
        without its article; a pronoun resolved to the person it stands for, else to the
        previous speaker of the article within three sentences; a coordinated verb takes
        the earlier verb's speaker; empty when none); ``speaker_text`` (as written);
        ``speaker_kind`` (person | organisation | anonymous | group | pronoun-unresolved,
        empty when no speaker; see :mod:`presslens.compare.speakers`); ``in_quote`` (the
        cue is inside quotation marks); ``start``, ``end`` (the cue's offsets in the
        article text); ``sentence``. Empty with these columns when no cue is found.
    """
    return _attribution(story).copy()


@lru_cache(maxsize=16)
def _attribution(story: Story) -> pd.DataFrame:
    """The attribution table, computed once per story (the notebook and the actor labels both use it)."""
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    found = [(art, sent_id, section, text, find_attributions(text, offset=s))
             for art, sent_id, section, s, text in zip(sents.article_id, sents.sent_id, sents.section, sents.start,
                                                       sents.text)]
    if not any(f[-1] for f in found):
        return pd.DataFrame(columns=ATTRIBUTION_COLUMNS)
    mentions = entity_mentions(story)
    persons = [Person(int(a), int(b), str(e), str(k), str(t)) for a, b, e, k, t in
               zip(mentions.start, mentions.end, mentions.entity, mentions.kind, mentions.title)]
    story_titles = person_titles(persons)
    vocab = lower_vocabulary([a.text for a in story.articles])
    sents_of = split_by_article(sents)
    persons_of: dict[str, list[Person]] = {}
    for p, art in zip(persons, mentions.article_id.tolist()):
        persons_of.setdefault(art, []).append(p)
    corefs: dict[str, Coreference] = {}
    for a in story.articles:
        part = sents_of.get(a.article_id, sents.iloc[:0])
        corefs[a.article_id] = Coreference(
            a.text, mentions=persons_of.get(a.article_id, []),
            sentences=list(zip(part.start.tolist(), part.end.tolist())), lower_vocab=vocab, story_titles=story_titles)
    rows = []
    last: dict[str, tuple[int, str, str]] = {}
    for art, sent_id, section, text, atts in found:
        coref = corefs[art]
        for a in atts:
            speaker, kind = a.speaker, ""
            if a.speaker_start >= 0:
                res = coref.resolve(a.speaker_start, a.speaker_end)
                coref.note_speaker(a.speaker_start, res)
                kind = res.kind
                if speaker.lower() in SPEAKER_PRONOUN_KINDS:
                    speaker = res.name if res.kind == "person" and res.name else speaker
            prev = last.get(art)
            recent = prev is not None and sent_id - prev[0] <= PRONOUN_WINDOW
            if recent and (speaker.lower() in PRONOUNS or (not speaker and (a.cue.endswith("ing") or a.in_quote))):
                speaker, kind = prev[1], prev[2]
            if speaker and speaker.lower() not in PRONOUNS:
                last[art] = (sent_id, speaker, kind)
            rows.append((art, labels[art], section, sent_id, a.group, a.cue, a.cue_kind, speaker, a.speaker_text,
                         kind if speaker else "", a.in_quote, a.start, a.end, text))
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
