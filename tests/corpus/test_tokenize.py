"""Tests for presslens.corpus.tokenize: sentences, tokens, spans, numbers, stems."""

from __future__ import annotations

import pytest

from presslens.corpus.tokenize import is_punct, is_stopword, normalize, number_value, sentence_spans, stem, word_spans


def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def _toks(text: str) -> list[str]:
    return [text[a:b] for a, b in word_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met U.S. officials in Quetta. They left.", ["He met U.S. officials in Quetta.", "They left."]),
        ("On Feb. 2 Mr. Bugti spoke. Lt. Gen. Khan agreed.", ["On Feb. 2 Mr. Bugti spoke.", "Lt. Gen. Khan agreed."]),
        ("It is No. 5 on the list. Yes.", ["It is No. 5 on the list.", "Yes."]),
        ('He said "we won." Then he left!', ['He said "we won."', "Then he left!"]),
        ("Headline Without Period\nThe body starts here.", ["Headline Without Period", "The body starts here."]),
        ("wrapped prose that goes\non and on. Next one.", ["wrapped prose that goes\non and on.", "Next one."]),
        ("no punctuation at all in this text", ["no punctuation at all in this text"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_sentence_spans_offset_and_trim() -> None:
    text = "  First one.   Second one.  "
    spans = sentence_spans(text, offset=100)
    assert spans == [(102, 112), (115, 126)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan’s minister didn't say", ["Pakistan", "’s", "minister", "did", "n't", "say"]),
        ("U.S. and Mr. Khan", ["U.S.", "and", "Mr.", "Khan"]),
        ("1,200 people over a 40-hour-long raid", ["1,200", "people", "over", "a", "40-hour-long", "raid"]),
        ("(3.5%) rose; “quoted”", ["(", "3.5%", ")", "rose", ";", "“", "quoted", "”"]),
        ("O’Brien wrote e-mail", ["O’Brien", "wrote", "e-mail"]),
        ("He said no.", ["He", "said", "no", "."]),
    ],
)
def test_word_tokens(text: str, expected: list[str]) -> None:
    assert _toks(text) == expected


def test_word_spans_slice_back_to_tokens() -> None:
    text = "Islamabad, Feb 2: Pakistani forces killed “at least 145” militants — officials said."
    spans = word_spans(text, offset=0)
    assert all(text[a:b].strip() == text[a:b] and text[a:b] for a, b in spans)
    joined = "".join(text[a:b] for a, b in spans)
    assert joined == "".join(text.split())  # no character lost or added


@pytest.mark.parametrize(
    ("token", "value"),
    [("145", 145.0), ("1,200", 1200.0), ("40-hour", 40.0), ("seventeen", 17.0), ("Twenty-five", 25.0),
     ("3.5%", 3.5), ("$5", 5.0), ("militants", None), ("one-sided", None)],
)
def test_number_value(token: str, value: float | None) -> None:
    assert number_value(token) == value


def test_normalize_stem_stop_punct() -> None:
    assert normalize("Pakistan’s") == "pakistan's"
    assert normalize("“Herof”") == '"herof"'
    assert stem("militants") == "milit"
    assert stem("killed") == "kill"
    assert stem("145") == "145"
    assert is_stopword("the") and not is_stopword("killed")
    assert is_punct("—") and is_punct("...") and not is_punct("U.S.")


def test_word_regex_fast_path_gives_the_same_tokens() -> None:
    from presslens.corpus.tokenize import WORD_RE, word_regex

    plain = "Mr. Khan met U.S. officials on Feb. 2 and 1,200 people waited for 40-hour talks."
    tricky = "He didn't write to press@example.org, officials said."
    assert word_regex(plain) is not WORD_RE
    assert word_regex(tricky) is WORD_RE
    assert [m.group() for m in word_regex(plain).finditer(plain)] == [m.group() for m in WORD_RE.finditer(plain)]
    assert [tricky[a:b] for a, b in word_spans(tricky)][:4] == ["He", "did", "n't", "write"]
    assert "press@example.org" in [tricky[a:b] for a, b in word_spans(tricky)]


def test_tokens_records() -> None:
    from presslens.corpus.tokenize import tokens

    toks = tokens("Bugti’s “Herof” claim.", offset=10)
    assert [(t.text, t.norm) for t in toks] == [("Bugti", "bugti"), ("’s", "'s"), ("“", '"'), ("Herof", "herof"),
                                                ("”", '"'), ("claim", "claim"), (".", ".")]
    assert (toks[0].start, toks[0].end) == (10, 15)


def test_word_regex_uses_the_full_pattern_for_nt_in_any_case() -> None:
    from presslens.corpus.tokenize import WORD_RE, word_regex

    for text in ("ARMYN't ATTACK", "they didN'T go", "it isn’T so", "We DIDn’t know"):
        assert word_regex(text) is WORD_RE, text
        assert [m.group() for m in word_regex(text).finditer(text)] == [m.group() for m in WORD_RE.finditer(text)]
    assert [m.group() for m in word_regex("ARMYN't").finditer("ARMYN't")] == ["ARMY", "N't"]


@pytest.mark.parametrize(
    "text",
    ["Mr. Vantor didn't wait:  the 40-hour talks in\u00a0Dralee ended.", "snake_case names __init__ and a_b@x.org _lead",
     "  leading space, O’Malley’s  rock-n-roll & R&B/soul... ", "", "___", "no-gap"],
)
def test_word_gaps_give_the_tokens_and_spans_of_word_spans(text: str) -> None:
    from presslens.corpus.tokenize import word_gaps

    pieces, toks = word_gaps(text)
    assert toks == _toks(text)
    assert text.startswith("".join(pieces))
    spans, pos = [], 0
    for piece, tok in zip(pieces, toks, strict=True):
        assert piece.endswith(tok)
        pos += len(piece)
        spans.append((pos - len(tok), pos))
    assert spans == word_spans(text)


def test_word_pattern_keeps_joined_words_whole() -> None:
    assert _toks("rock-n-roll R&B/soul O’Malley’s wasn’t-it a-") == ["rock-n-roll", "R&B/soul", "O’Malley", "’s", "was",
                                                                     "n’t", "-", "it", "a", "-"]
