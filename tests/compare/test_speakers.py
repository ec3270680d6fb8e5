"""The speaker finder: cues, speaker phrases, and who they name."""

from __future__ import annotations

from presslens.compare.entities import find_mentions, lower_vocabulary, resolve_mentions
from presslens.compare.speakers import (Coreference, Person, clause_subject, find_cues, phrase_after, speaker_for_cue,
                                        subject_before)
from presslens.corpus.tokenize import sentence_spans, tokens


def _cues(text: str) -> list[str]:
    return [c.form for c in find_cues(tokens(text))]


def _subject(text: str, verb: str) -> str:
    toks = tokens(text)
    v = next(i for i, t in enumerate(toks) if t.norm == verb)
    span = subject_before(toks, v)
    return "" if span is None else text[toks[span[0]].start:toks[span[1] - 1].end]


def test_cues_skip_nouns_negations_and_hypotheticals() -> None:
    assert _cues("The mayor said the port was safe.") == ["said"]
    assert _cues("His remarks drew a claim of bias.") == []
    assert _cues("She did not say when, and refused to comment.") == []
    assert _cues("The fighting continued for days.") == []  # "continued" reports speech only next to a quote
    assert _cues("According to the coast guard, two boats sank.") == ["according to"]
    assert _cues("The captain was quick to point out the risks.") == ["point out"]


def test_subjects_skip_appositions_and_relative_clauses() -> None:
    assert _subject("Lena Moor, the harbour's chief engineer, said the wall held.", "said") == "Lena Moor"
    assert _subject("Sen. Ruth Okafor (D-Ore.), who chairs the panel, said it failed.", "said") == "Sen. Ruth Okafor"
    assert _subject("Officials who spoke to reporters on Sunday said it failed.", "said") == "Officials"
    assert _subject("Pia Lund, 34, of Eastport, said she saw it.", "said") == "Pia Lund"
    assert _subject("It was a claim the Port Authority strongly rejected.", "rejected") == "the Port Authority"
    assert _subject("Nobody in the crowd, however, said a word.", "said") == "Nobody in the crowd"


def test_phrase_after_inverted_verbs_and_sources() -> None:
    toks = tokens("“We are done,” said retired Capt. Omar Diaz, the ship's owner.")
    k = next(i for i, t in enumerate(toks) if t.norm == "said")
    span = phrase_after(toks, k + 1, loose=True)
    assert " ".join(t.text for t in toks[span[0]:span[1]]) == "retired Capt. Omar Diaz"
    toks = tokens("The ferry sank, according to a report by the coast guard.")
    k = next(i for i, t in enumerate(toks) if t.norm == "to")
    span = phrase_after(toks, k + 1, loose=True)
    assert " ".join(t.text for t in toks[span[0]:span[1]]) == "a report by the coast guard"


def test_participles_take_the_earlier_subject() -> None:
    text = "The union rejected the offer, saying it was too low."
    toks = tokens(text)
    quoted = [False] * len(toks)
    cues = find_cues(toks)
    first = speaker_for_cue(toks, cues[0], floor=0, ceiling=len(toks), quoted=quoted)
    second = speaker_for_cue(toks, cues[1], floor=0, ceiling=len(toks), quoted=quoted, prev_spk=first)
    assert second == first and text[toks[first[0]].start:toks[first[1] - 1].end] == "The union"


def test_subject_after_hyphenated_title_apposition() -> None:
    assert _subject("Wenna Lind, co-founder of the Harbor Action Group, said the vote mattered.", "said") == "Wenna Lind"
    assert _subject("Tom Brandt, ex-governor of the state, said it failed.", "said") == "Tom Brandt"


def test_phrase_after_with_a_day_as_modifier() -> None:
    toks = tokens("“Nonsense,” reads a Friday column in the paper.")
    k = next(i for i, t in enumerate(toks) if t.norm == "reads")
    span = phrase_after(toks, k + 1)
    assert " ".join(t.text for t in toks[span[0]:span[1]]) == "a Friday column"


def test_phrase_after_with_an_ly_adjective() -> None:
    toks = tokens("According to weekly figures of the port authority, most ferries ran late.")
    span = phrase_after(toks, 2, loose=True)
    assert " ".join(t.text for t in toks[span[0]:span[1]]) == "weekly figures of the port authority"


def _clause_subject(text: str, *, last: bool = True) -> str:
    toks = tokens(text)
    span = clause_subject(toks, floor=0, until=len(toks) - 1, quoted=[False] * len(toks), last=last)
    return "" if span is None else text[toks[span[0]].start:toks[span[1] - 1].end]


def test_clause_subject_skips_adjuncts_and_subordinate_clauses() -> None:
    assert _clause_subject("The committee, in a memo to its members, phrased it more gently:") == "The committee"
    assert _clause_subject("And although he praised the volunteers, Bram Tessell voiced a sober warning, saying",
                           last=False) == "Bram Tessell"


def _coref(text: str) -> Coreference:
    sents = sentence_spans(text)
    found = resolve_mentions(find_mentions(text, sentences=sents, lower_vocab=lower_vocabulary([text])))
    return Coreference(text, mentions=[Person(m.start, m.end, ent, kind, m.title) for m, ent, kind in found],
                       sentences=sents, lower_vocab=lower_vocabulary([text]))


def test_pronouns_follow_gender_and_the_last_speaker() -> None:
    text = ("Mayor Ivan Reyes met harbour chief Dana Whitlock on Monday. Whitlock said she was worried. "
            "Reyes said he was not. She said the wall would not hold.")
    c = _coref(text)
    she = text.rindex("She")
    assert c.resolve(she, she + 3).name == "Dana Whitlock"
    he = text.index("he was not")
    assert c.resolve(he, he + 2).name == "Ivan Reyes"


def test_roles_anonymous_speakers_and_groups() -> None:
    text = "Governor Ana Silva toured the docks. Later the governor said the port would reopen."
    c = _coref(text)
    k = text.index("the governor")
    assert c.resolve(k, k + len("the governor")).name == "Ana Silva"
    text = "Governor Ana Silva toured the docks. A Silva aide said the port would reopen. Officials agreed."
    c = _coref(text)
    k = text.index("A Silva aide")
    aide = c.resolve(k, k + len("A Silva aide"))
    assert aide.kind == "anonymous" and aide.name != "Ana Silva"
    k = text.index("Officials")
    assert c.resolve(k, k + len("Officials")).kind == "group"
