"""Trigger gates: letter words, phrase gates, sentence tokens and their norms."""

from __future__ import annotations

from presslens.corpus.gate import letter_words, may_hold, phrase_gate, sentence_tokens, token_norms
from presslens.corpus.tokenize import normalize, word_spans


def test_gate_words_and_phrases() -> None:
    # letter runs of the lower-cased text, plus the pieces the tokenizer cuts off ("5th|militants", "ARMY|N'T")
    words = letter_words("The 5thmilitants ARMYN'T; counter-terrorism")
    assert {"militants", "army", "terrorism", "counter"} <= words and "counter-terrorism" not in words
    gate = phrase_gate(["security forces", "counter-terrorism units", "militants"])
    assert gate.first == {"security", "terrorism", "militants"}
    assert not may_hold(letter_words("Security was tight."), gate)  # "forces" missing
    assert may_hold(letter_words("the SECURITY forces"), gate)
    assert not may_hold(letter_words("Floods hit the valley."), gate)


def test_sentence_tokens_and_norms() -> None:
    toks = sentence_tokens("“MİLİTANTS” don’t ARMYN't", offset=5)
    assert [t[2] for t in toks] == ["“", "MİLİTANTS", "”", "do", "n’t", "ARMY", "N't"]
    assert toks[1][:2] == (6, 15)
    # İ lower-cases to two characters: norms fall back to one token at a time, same result
    assert token_norms("“MİLİTANTS” don’t ARMYN't", toks, offset=5) == [
        '"', "mi̇li̇tants", '"', "do", "n't", "army", "n't"]
    assert token_norms("Army’s UNIT", sentence_tokens("Army’s UNIT"), offset=0) == ["army", "'s", "unit"]


def test_sentence_tokens_and_norms_equal_the_tokenizer() -> None:
    for text in ("Mr. Khan didn't say 1,200 “MİLİTANTS” were killed.", "ΣΟΦΙΑ and the ARMYN't", "plain words here"):
        toks = sentence_tokens(text, offset=3)
        assert [(a - 3, b - 3) for a, b, _ in toks] == word_spans(text)
        assert token_norms(text, toks, offset=3) == [normalize(t) for _, _, t in toks]


def test_longest_phrase_prefers_the_longest_free_match() -> None:
    from presslens.corpus.gate import longest_phrase

    table = {("security",): "a", ("security", "forces"): "b", ("forces",): "c"}
    norms = ["the", "security", "forces", "came"]
    assert longest_phrase(norms, 1, table, max_words=2) == (2, "b")
    assert longest_phrase(norms, 1, table, max_words=2, free=lambda a, b: b <= 2) == (1, "a")
    assert longest_phrase(norms, 0, table, max_words=2) is None
    assert longest_phrase(norms, 2, table, max_words=2) == (1, "c")
