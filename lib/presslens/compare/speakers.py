"""The one speaker finder: reporting cues, the speaker phrase each names, and who that is.

Quotes (:mod:`presslens.compare.quotes`) and the attribution table
(:mod:`presslens.framing.attribution`) both use it, so a sentence gets the same speaker in
both tables. It works on tokens (:class:`presslens.corpus.tokenize.Token`), with general
rules of news English and no parser:

**Cues** (:func:`find_cues`): verbs of saying (:data:`presslens.lexicons.speech.SPEECH_VERBS`)
and phrases ("according to", "pointed out"). A verb form is left out when it is a noun
("a claim", "his remarks"), negated or hypothetical ("did not say", "refused to say"),
capitalised outside a title-case line, or a verb that reports speech only next to a
quotation ("continued", "read") away from one.

**Speaker phrases**: the subject before the verb (:func:`subject_before`), skipping adverbs
and auxiliaries ("had earlier said"), time phrases ("on Sunday"), a party tag ("(D-Ore.)"),
appositions and relative clauses between commas (", the chief minister of Balochistan,",
", who met the families,") and relative clauses without commas ("officials who spoke to
reporters said"); the phrase after an inverted verb or a source phrase
(:func:`phrase_after`: ",” said the minister", "according to provincial officials").

**Who it is** (:class:`Coreference`, per article): a named person (surnames and title
forms joined: "Mayor Reyes", "Reyes" → "Ivan Reyes"); a pronoun → the nearest
compatible person before it (gender from honorifics, gendered titles and the pronouns the
article uses after the name; the last speaker first); a role noun ("the senator", "the
spokeswoman") → the person the article gives that title; indefinite speakers ("a Reyes
aide", "one official") stay ``anonymous`` and plural ones ("officials", "police") a
``group``, never merged into a named person; organisations and institutional voices ("the
ministry", "the report") are ``organisation``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from presslens.corpus.tokenize import Token
from presslens.lexicons.common import MONTHS, STOPWORDS
from presslens.lexicons.sources import HONORIFICS, NOT_NAMES, TITLE_MODIFIERS, TITLE_WORDS
from presslens.lexicons.speech import (
    GENDER_WORDS,
    GROUP_SPEAKERS,
    INDEFINITE_WORDS,
    INVERTIBLE_VERBS,
    NOUNISH_VERBS,
    ORGANISATION_SPEAKERS,
    QUOTE_ONLY_VERBS,
    ROLE_NOUNS,
    SOURCE_PHRASES,
    SPEAKER_PRONOUN_KINDS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_SYNONYMS,
)

#: Longest speaker phrase, in tokens.
MAX_SPEAKER_TOKENS = 14
#: Longest apposition or relative clause skipped between a subject and its verb, in tokens.
MAX_INSERT_TOKENS = 40
#: Sentences back in which a pronoun or a role noun looks for its person.
COREFERENCE_WINDOW = 6

QUOTE_CHARS = frozenset('"“”„«»')
#: Prefixes of a hyphenated title ("co-founder", "ex-governor", "vice-chair").
_ROLE_PREFIXES = frozenset("co ex vice deputy former acting".split())
#: Words ending in "-ly" that are nouns or adjectives, not adverbs ("early results", "a weekly poll").
_LY_NOUNS_ADJECTIVES = frozenset("family ally italy assembly early daily weekly monthly yearly quarterly nightly "
                                 "elderly friendly".split())
_DETERMINERS = frozenset("the a an this these those his her its their our my your".split())
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Skipped between a subject and its verb.
_SKIP_BACK = frozenset(
    """
    also later earlier had has have was were is are would will could then previously further separately once again
    publicly privately reportedly recently initially subsequently repeatedly quickly firmly strongly flatly swiftly
    immediately formally officially angrily simply just still already only even first never ever often always
    finally since long himself herself themselves itself overall too both all however 've 's 'd been be did do does
    """.split()
)
#: Time words skipped before a verb ("officials on Sunday said").
_TIME = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tonight", "morning", "evening", "night", "afternoon", "week", "month", "year",
                   "weekend", "earlier", "later", "last", "this", "on", "late", "recently", *MONTHS])
#: Words that open a clause: a speaker phrase read backwards stops before them.
_OPENERS = frozenset(
    """
    and but or nor so yet that which who whom whose while as when where because if after before since though although
    until unless whether than then now still meanwhile however instead also indeed moreover furthermore finally later
    earlier today yesterday here there thus hence besides otherwise rather what how why once even why
    """.split()
)
#: Prepositions that may stand inside a speaker phrase ("officials in Pakistan", "a source close to").
_INNER_PREPS = frozenset("of for at from with in to".split())
#: Lower-case words that never stand inside a speaker phrase.
_NOT_IN_PHRASE = (STOPWORDS - _DETERMINERS - _INNER_PREPS - frozenset("all both each few more most other some such "
                                                                      "own same".split())) | frozenset(
    "told asked said says say".split())
_SUBJECT_PRONOUNS = frozenset("he she i we they it you".split())
_OBJECT_PRONOUNS = frozenset("him her them me us".split())
_RELATIVES = frozenset("who that which whom".split())
#: Words that open an insert between commas (", who …,", ", a former aide,", ", 24,").
_INSERT_OPENERS = frozenset("who whose which where a an the his her their its one another herself himself "
                            "themselves itself however though too meanwhile in on at of for during after speaking "
                            "writing asked also like including both each now then formerly once".split())
_NEGATIONS = frozenset("not n't never no".split())
_MODALS = frozenset("to can cannot could would should must might may will shall".split())
_NOUN_CONTEXT = _DETERMINERS | frozenset("had have has of with by in on for from received new media news 's ’s "
                                         "no any".split())
_PHRASE_CUES = sorted(((tuple(p.split()), g) for p, g in SPEECH_PHRASES.items()), key=lambda x: -len(x[0]))
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _group in _PHRASE_CUES:
    _PHRASES_BY_FIRST.setdefault(_words[0], []).append((_words, _group))
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_ASIDES = frozenset("however meanwhile though too instead also now then again moreover furthermore nonetheless "
                    "nevertheless indeed still separately later earlier too, likewise similarly".split())
_CALL = frozenset("call calls called calling".split())
#: Past forms of speech verbs that do not end in -ed.
_IRREGULAR_FORMS = frozenset("said told wrote read put hit shot went began made spoke quoted".split())
#: Words before "to" that leave the verb after it a fact ("was quick to point out", "went on to say").
_FACTUAL_TO = frozenset("went goes go continued continues proceeded quick quicker eager first last hastened rushed "
                        "moved".split())
_VERBISH_STOPS = frozenset("is was has had did does will would can could should".split())
_SUBORDINATING = frozenset("that when who whom after before while as because if since though although where whether "
                           "until unless".split())
#: A definite role noun: "the president", "the Florida senator", "the former governor".
_ROLE_RE = re.compile(r"\b[Tt]he (?P<mods>(?:[\w.-]+ ){0,2}?)(?P<head>[a-z][a-z-]+)\b(?! of)")
_QUANTIFIERS = frozenset("one two three four five six seven eight nine ten some many several few all both most half "
                         "dozens hundreds thousands".split())


@dataclass(frozen=True)
class Cue:
    """A reporting cue in a token list.

    Attributes:
        first: index of its first token.
        last: index after its last token.
        form: the verb or phrase, lower case ("said", "according to").
        group: neutral | distancing | confirming | denying | asserting.
        kind: ``verb`` or ``phrase``.
    """

    first: int
    last: int
    form: str
    group: str
    kind: str

    @property
    def source_after(self) -> bool:
        """The speaker follows the cue ("according to X")."""
        return self.form in SOURCE_PHRASES

    @property
    def quote_only(self) -> bool:
        """The cue reports speech only right next to a quotation ("continued", "went on")."""
        return self.form.split()[0] in QUOTE_ONLY_VERBS

    @property
    def participle(self) -> bool:
        """A participle that takes the subject of an earlier verb (", saying …")."""
        return self.form.split()[0].endswith("ing") and self.form not in SOURCE_PHRASES


def is_word(t: Token) -> bool:
    """Tell whether a token is a word or a number (not punctuation)."""
    return t.text[:1].isalnum()


def is_cap(t: Token) -> bool:
    """Tell whether a token starts with a capital letter."""
    return t.text[:1].isupper()


def title_case(toks: list[Token]) -> bool:
    """Tell whether a token list is a title-case line (a headline: most content words capitalised)."""
    words = [t for t in toks if t.text[:1].isalpha() and t.norm not in STOPWORDS]
    return len(words) >= 4 and sum(is_cap(t) for t in words) >= 0.8 * len(words)


def find_cues(toks: list[Token], *, quoted: list[bool] | None = None, lo: int = 0, hi: int | None = None,
              headline: bool = False) -> list[Cue]:
    """Reporting cues in ``toks[lo:hi]``, outside quotation marks.

    Args:
        toks: the tokens of a sentence (or of a paragraph).
        quoted: for each token, whether it stands inside quotation marks (None: none does).
        lo: first token looked at.
        hi: end of the tokens looked at (None: all).
        headline: the tokens are a title-case line, so capitalised verbs count ("Mayor Says …").

    Returns:
        Cues in order; phrases are matched before single verbs, longest first.
    """
    hi = len(toks) if hi is None else hi
    out: list[Cue] = []
    i = lo
    while i < hi:
        if quoted is not None and quoted[i]:
            i += 1
            continue
        t = toks[i]
        n = t.norm
        hit = None
        for words, group in _PHRASES_BY_FIRST.get(n, ()):
            if i + len(words) <= hi and tuple(x.norm for x in toks[i:i + len(words)]) == words \
                    and (not is_cap(t) or headline or words[0] in ("according", "citing", "in", "as", "quoting")):
                if words[0] not in ("according", "as", "in") and not _verb_here(toks, i):
                    break
                hit = Cue(i, i + len(words), " ".join(words), group, "phrase")
                break
        if hit is None and (n in SPEECH_VERBS or n in QUOTE_ONLY_VERBS) and (not is_cap(t) or headline) \
                and _verb_here(toks, i) and (n not in QUOTE_ONLY_VERBS or _near_quote(toks, i)):
            hit = Cue(i, i + 1, n, SPEECH_VERBS.get(n, "neutral"), "verb")
        if hit is None and n in _CALL and not is_cap(t) and _verb_here(toks, i) and i + 1 < len(toks) \
                and toks[i + 1].text not in QUOTE_CHARS and toks[i + 1].text != "'" and any(
                x.text in QUOTE_CHARS or x.text == "'" for x in toks[i + 2:i + 11]):
            hit = Cue(i, i + 1, n, "neutral", "verb")  # "called the plan “reckless”"
        if hit is not None and hit.kind == "phrase" and hit.form in ("citing", "quoting") and i > 0 \
                and toks[i - 1].norm in _DETERMINERS:
            hit = None
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit.last
    if any(c.form == "in a statement" for c in out) and len(out) > 1:
        out = [c for c in out if c.form != "in a statement"]
    return out


def _near_quote(toks: list[Token], i: int) -> bool:
    """Tell whether a quotation mark stands right before or after token ``i``, or a colon ends its sentence
    after it ("…,” he continued"; "She continued, “…”"; "He went on:")."""
    before = toks[max(0, i - 4):i]
    after = toks[i + 1:i + 6]
    marks = QUOTE_CHARS | {"'"}
    return any(t.text in marks for t in before) or any(t.text in marks for t in after) \
        or bool(after) and after[-1].text == ":" or i + 1 < len(toks) and toks[-1].text == ":"


def _verb_here(toks: list[Token], i: int) -> bool:
    """Tell whether the speech-verb form at ``i`` is used as a verb of saying here."""
    n = toks[i].norm
    prev = toks[i - 1].norm if i else ""
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    if prev in _DETERMINERS or prev in ("'s", "’s") or _apostrophe_possessive(toks, i - 1):
        return False  # "a claim", "the reports", "Bugti's remarks"
    k = i - 1
    while k >= 0 and (toks[k].norm in ("even", "still", "also", "just", "not", "n't", "never", "only")
                      or (toks[k].norm.endswith("ly") and toks[k].text.islower())):
        k -= 1
    if k >= 0 and toks[k].norm == "will" and any(t.text in QUOTE_CHARS for t in toks[max(0, k - 5):k]):
        return True  # '“…,” the mayor will say': words of a speech released in advance
    if k >= 0 and toks[k].norm in _MODALS and not (toks[k].norm == "to" and k > 0 and toks[k - 1].norm in _FACTUAL_TO) \
            and not (k + 1 < i and toks[k + 1].norm == "only" and toks[k].norm in ("could", "would")):
        return False  # "refused to say", "could say" (but "was quick to point out", "went on to say")
    if any(x.norm in _NEGATIONS for x in toks[max(0, i - 3):i]):
        return False  # "did not deny"
    after = tuple(x.norm for x in toks[i + 1:i + 3])
    if after[:1] == ("to",) and after[1:] in (("be",), ("have",), ("been",)):
        return False  # "said to be"
    if n == "charged" and nxt == "with":
        return False
    if n in NOUNISH_VERBS and (prev in _NOUN_CONTEXT or i >= 2 and toks[i - 2].norm in _NOUN_CONTEXT - _DETERMINERS
                               or i >= 1 and toks[i - 1].text.islower() and toks[i - 1].norm.endswith(("al", "ic"))):
        return False  # "intelligence reports", "had received reports", "political claims"
    if n.endswith("ed") and prev in ("be", "been", "being", "is", "are", "was", "were") and n not in (
            "quoted", "asked", "told", "informed", "reported"):
        return False  # passive: "was criticized"
    return True


def agrees(toks: list[Token], cue: Cue, spk: tuple[int, int]) -> bool:
    """Tell whether a subject can go with a verb's form: a base form ("say", "retort") needs a
    plural subject or I/we/you/they ("officials say"), never "a Reyes-style retort"."""
    form = cue.form.split()[0]
    if cue.kind != "verb" or form.endswith(("s", "ed", "ing")) or form in _IRREGULAR_FORMS:
        return True
    head = toks[spk[1] - 1].norm
    if head in ("he", "she", "it"):
        return False
    words = [t.norm for t in toks[spk[0]:spk[1]]]
    if words[0] in ("a", "an", "this", "his", "her", "its") and "and" not in words and not head.endswith("s"):
        return False  # "a Reyes-style retort", "his claim"
    return True


def _apostrophe_possessive(toks: list[Token], k: int) -> bool:
    """Tell whether the token at ``k`` is the apostrophe of a plural possessive ("the senators' remarks")."""
    if k < 1 or toks[k].text not in ("'", "’"):
        return False
    before = toks[k - 1]
    return before.end == toks[k].start and before.text[-1:] in "sS" and before.text[:1].isalpha() \
        and (k + 1 >= len(toks) or toks[k + 1].start > toks[k].end)


def _skip_back(toks: list[Token], j: int, floor: int) -> int:
    """Index of the last token of the subject before a verb at ``j + 1`` (adverbs, auxiliaries
    and time phrases skipped)."""
    while j >= floor:
        t = toks[j]
        n = t.norm
        if t.text == "," and j - 2 >= floor and toks[j - 1].norm in _ASIDES and toks[j - 2].text == ",":
            j -= 3  # "Moor, meanwhile, said"
            continue
        if n in _ASIDES and j - 1 >= floor and toks[j - 1].text == "," and j + 1 < len(toks) and toks[j + 1].text == ",":
            j -= 2
            continue
        if n == "to" and j - 1 >= floor and toks[j - 1].norm in _FACTUAL_TO:
            j -= 2  # "Moor was quick to retort"
            continue
        if n in _SKIP_BACK or n in _NEGATIONS or (n.endswith("ly") and t.text.islower() and len(n) > 4):
            j -= 1
        elif n in _TIME and (n in ("on", "earlier", "later", "recently") or t.text.islower()
                             or (j > floor and toks[j - 1].norm in _TIME | {"on", "this", "last", "next"})):
            j -= 1
        elif n in _TIME and n not in ("this", "last", "on", "late") and j > floor and not is_cap(toks[j - 1]):
            j -= 1  # "Reyes Tuesday said"
        else:
            break
    return j


def _name_follows(toks: list[Token], j: int, ceiling: int) -> bool:
    """Tell whether lower-case words at ``j`` lead to a capitalised name ("co-host Ned Halvorsen")."""
    for m in range(j, min(ceiling, j + 3)):
        t = toks[m]
        if is_cap(t):
            return m > j
        if not is_word(t) or t.norm in STOPWORDS or t.norm in SPEECH_VERBS:
            return False
    return False


def _after_of(toks: list[Token], k: int, floor: int) -> bool:
    """Tell whether the piece before the comma at ``k`` opens with "of/from/in" (", of Eastport, Ore.,")."""
    m = k - 1
    while m >= floor and toks[m].text != "," and k - m <= 8:
        m -= 1
    return m >= floor and toks[m].text == "," and toks[m + 1].norm in ("of", "from", "in")


def _matching_open(toks: list[Token], j: int, floor: int) -> int:
    """Index of the "(" that the ")" at ``j`` closes (-1 when none)."""
    k = j - 1
    while k >= floor and j - k <= 12:
        if toks[k].text == "(":
            return k
        k -= 1
    return -1


def _role_base(t: Token) -> str:
    """A token's word without a final period or a prefix such as "co-"/"ex-" ("co-founder" → "founder")."""
    n = t.norm.rstrip(".")
    head, sep, rest = n.partition("-")
    return rest if sep and head in _ROLE_PREFIXES and rest else n


def _is_insert(inner: list[Token]) -> bool:
    """Tell whether tokens between two commas are an apposition, relative clause or aside."""
    if not inner or len(inner) > MAX_INSERT_TOKENS:
        return False
    first = inner[0]
    if first.text in QUOTE_CHARS:
        return False
    if first.norm not in ("who", "whose", "which") and any(
            t.norm in SPEECH_VERBS and t.text.islower() and not t.norm.endswith("ing") for t in inner):
        return False  # ", the duke called for …, calling": a clause, not an apposition
    if first.text.islower() and first.norm.endswith("ing") and len(first.norm) > 5:
        return True  # ", delivering Cross' speech,"
    if first.norm in _INSERT_OPENERS or first.text[:1].isdigit() or _role_base(first) in TITLE_WORDS \
            or _role_base(first) in TITLE_MODIFIERS:
        return True
    if is_cap(first) and len(inner) <= 8:
        return True  # ", R-Ore.,", ", Harbour Radio's host,"
    if any(_role_base(t) in TITLE_WORDS or _role_base(t) in ROLE_NOUNS for t in inner[:6]) and len(inner) <= 25:
        return True  # ", legal director for the group,"
    return first.norm.endswith("ly") and len(inner) <= 3


def subject_before(toks: list[Token], v: int, *, floor: int = 0, quoted: list[bool] | None = None
                   ) -> tuple[int, int] | None:
    """The speaker phrase written before the verb at token ``v``.

    Args:
        toks: tokens of the sentence.
        v: index of the verb (or cue phrase).
        floor: first token the phrase may use.
        quoted: tokens inside quotation marks (the phrase never uses them).

    Returns:
        ``(first, last + 1)`` token indexes of the phrase, or None when the verb has no
        subject (a participle, an inverted verb, a cue opening the sentence).
    """
    j = _skip_back(toks, v - 1, floor)
    skipped = False
    for _ in range(6):
        if j < floor:
            return None
        if toks[j].text not in (",", ")") and j - 1 >= floor:
            # a short insert before one just skipped: "Pia Lund, 30, of Eastport, Ore., who …, said"
            k = j
            while k >= floor and toks[k].text != "," and j - k <= 8:
                k -= 1
            if k > floor and toks[k].text == "," and skipped and _is_insert(toks[k + 1:j + 1]) \
                    and (toks[k + 1].norm in ("of", "from", "in") or toks[k + 1].text[:1].isdigit()
                         or j - k <= 3 and all(is_cap(t) or not is_word(t) for t in toks[k + 1:j + 1])
                         and _after_of(toks, k, floor)):
                j = _skip_back(toks, k - 1, floor)
                continue
        if toks[j].text == ")":
            k = _matching_open(toks, j, floor)
            if k < 0:
                return None
            j = _skip_back(toks, k - 1, floor)
            continue
        if toks[j].text == ",":
            k = j - 1
            while k >= floor and toks[k].text not in (",", ";", ":") and j - k <= MAX_INSERT_TOKENS + 1:
                k -= 1
            inner = toks[k + 1:j]
            if k >= floor and toks[k].text == "," and inner and len(inner) <= 5 and all(
                    is_cap(t) or t.text == "." for t in inner) and toks[k - 1].norm.rstrip(".") not in NOT_NAMES:
                before = _phrase_back(toks, k - 1, floor=floor, quoted=quoted) if k - 1 >= floor else None
                if before is not None and toks[before[0]].norm in _DETERMINERS | {"former"}:
                    return (k + 1, j)  # "the party's nominee, Ruth Okafor, said" → the name
            if k >= floor and toks[k].text == "," and inner and not skipped and inner[0].norm.rstrip(".") in (
                    HONORIFICS | TITLE_WORDS) and is_cap(inner[0]) and len(inner) <= 8 \
                    and sum(is_cap(t) for t in inner) >= 2 and toks[k - 1].text.islower():
                # "…, after winning Oregon, Gov. Ana Silva (D-OR), said": the titled name is the subject
                m = j
                while m > k + 1 and not is_word(toks[m - 1]) or toks[m - 1].text == ")":
                    m = _matching_open(toks, m - 1, k + 1) if toks[m - 1].text == ")" else m - 1
                    if m < 0:
                        break
                if m > k + 1:
                    return (k + 1, m)
            if k >= floor and toks[k].text == "," and _is_insert(inner):
                j = _skip_back(toks, k - 1, floor)
                skipped = True
                continue
            return None
        break
    if j < floor or (quoted is not None and quoted[j]):
        return None
    return _phrase_back(toks, j, floor=floor, quoted=quoted)


def _np_word(t: Token) -> bool:
    """Tell whether a token can stand inside a speaker phrase."""
    if not is_word(t):
        return t.norm in _POSSESSIVE or t.text == "&"
    n = t.norm
    if is_cap(t):
        return t.text.isupper() and len(n) > 1 or n not in _OPENERS
    if n in _NOT_IN_PHRASE or n in SPEECH_VERBS or n in _SUBJECT_PRONOUNS:
        return False
    return not (n.endswith("ly") and len(n) > 4 and n not in _LY_NOUNS_ADJECTIVES)


def _phrase_back(toks: list[Token], j: int, *, floor: int, quoted: list[bool] | None) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``j`` (see :func:`subject_before`)."""
    head = toks[j]
    if head.norm in _SUBJECT_PRONOUNS:
        return (j, j + 1)
    if head.norm in _OBJECT_PRONOUNS:
        return _relative_subject(toks, j, floor=floor, quoted=quoted)
    if not _np_word(head) or not is_word(head) or head.norm in _DETERMINERS:
        return None
    i = j
    while i - 1 >= floor and j - i + 1 < MAX_SPEAKER_TOKENS:
        t = toks[i - 1]
        if quoted is not None and quoted[i - 1]:
            break
        n = t.norm
        if n in _INNER_PREPS:
            # "a spokeswoman for the campaign", "officials in Pakistan", "61 percent of voters"
            if i - 2 >= floor and _np_word(toks[i - 2]) and is_word(toks[i - 2]) and toks[i - 2].norm not in _DETERMINERS \
                    and not (quoted is not None and quoted[i - 2]):
                i -= 1
                continue
            break
        if n in ("and", "&"):
            if i - 2 >= floor and (is_cap(toks[i - 2]) and is_cap(toks[i]) or toks[i - 2].norm in (
                    "current", "former", "state", "local", "federal") or is_cap(toks[i]) and _np_word(toks[i - 2])
                    and is_word(toks[i - 2]) and toks[i - 2].norm.rstrip(".") in TITLE_WORDS | ROLE_NOUNS):
                i -= 1
                continue
            break
        if t.text == ".":
            if i - 2 >= floor and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper():
                i -= 2  # an initial: "J. Omar Diaz"
                continue
            break
        if not _np_word(t):
            break
        if toks[i].norm in _DETERMINERS and t.text.islower() and n not in ("all", "both", "half"):
            break  # "released a statement": a verb before the article
        i -= 1
    while i < j and (toks[i].norm in _INNER_PREPS or toks[i].norm in ("and", "&", "'s", "’s") or not is_word(toks[i])):
        i += 1
    if i > floor and (toks[i - 1].norm in _RELATIVES | {"with", "to", "by", "from", "about", "on", "at"}
                      or toks[i - 1].text.islower() and is_word(toks[i - 1]) and not _np_word(toks[i - 1])
                      or toks[i - 1].norm in SPEECH_VERBS and toks[i - 1].text.islower()) \
            and toks[i - 1].norm not in ("that", "and", "but", "or", "so", "as", "when", "while", "if", "because"):
        rel = _relative_subject(toks, i - 1, floor=floor, quoted=quoted)
        if rel is not None:
            return rel
        if toks[i - 1].norm in SPEECH_VERBS and toks[i - 1].text.islower() and not (
                i - 2 >= floor and toks[i - 2].norm in _DETERMINERS):
            return None  # "women who accused Reyes of …": an object ("a claim New Delhi rejected" is not)
    # an apposition before the phrase: "Sam Lau, the communications director, said" is handled by
    # subject_before; here "Iris Vell, a history professor at Dunmore College who …" (the name first)
    if toks[i].norm in ("a", "an", "the") and i - 2 >= floor and toks[i - 1].text == "," and is_cap(toks[i - 2]) \
            and any(t.norm.rstrip(".") in TITLE_WORDS or t.norm in ROLE_NOUNS for t in toks[i:j + 1]):
        name = _phrase_back(toks, i - 2, floor=floor, quoted=quoted)
        if name is not None and all(is_cap(t) or not is_word(t) for t in toks[name[0]:name[1]]) \
                and not any(t.norm.rstrip(".") in NOT_NAMES for t in toks[name[0]:name[1]]) \
                and (name[0] == floor or toks[name[0] - 1].text in (",", ";", "(") or toks[name[0] - 1].norm in (
                    "and", "but")):
            return name
    if not any(is_word(t) and t.norm not in _DETERMINERS for t in toks[i:j + 1]):
        return None
    # coordinate adjectives: "the soft-spoken, 64-year-old diplomat"
    if i - 3 >= floor and toks[i - 1].text == "," and toks[i - 2].text.islower() and _np_word(toks[i - 2]) \
            and toks[i - 3].norm in ("the", "a", "an") and not (quoted is not None and quoted[i - 2]) \
            and not (is_cap(toks[i]) or toks[i].norm in _DETERMINERS) and j - i >= 1:
        i -= 3
    if head.text.islower() and (head.norm.endswith("ed") or head.norm in _TIME):
        return None  # "the areas that were hacked suggested": no noun heads the phrase
    if all(t.text[:1].isdigit() or not is_word(t) for t in toks[i:j + 1]):
        return None  # "475 pledged delegates"
    return (i, j + 1)


def _relative_subject(toks: list[Token], j: int, *, floor: int, quoted: list[bool] | None) -> tuple[int, int] | None:
    """The subject of a relative clause's noun: "officials who spoke with X said" → "officials"."""
    k = j
    while k >= floor and j - k <= 14:
        t = toks[k]
        if t.text in (",", ";", ":") or t.text in QUOTE_CHARS:
            return None
        if t.norm in ("who", "that", "which") and k - 1 >= floor and _np_word(toks[k - 1]) and is_word(toks[k - 1]) \
                and toks[k - 1].norm not in SPEECH_VERBS:
            return _phrase_back(toks, k - 1, floor=floor, quoted=quoted)
        k -= 1
    return None


def phrase_after(toks: list[Token], k: int, *, ceiling: int | None = None, quoted: list[bool] | None = None,
                 loose: bool = False) -> tuple[int, int] | None:
    """The speaker phrase that starts at token ``k`` (",” said the minister", "according to X").

    Args:
        toks: tokens of the sentence.
        k: first token of the phrase.
        ceiling: end of the tokens it may use (None: all).
        quoted: tokens inside quotation marks (the phrase never uses them).
        loose: any noun phrase may start there (after "according to"), not only a name,
            a title or a phrase opened by an article.

    Returns:
        ``(first, last + 1)`` token indexes, or None when no phrase starts there.
    """
    ceiling = len(toks) if ceiling is None else ceiling
    if k >= ceiling:
        return None
    first = toks[k]
    if not is_word(first) or (quoted is not None and quoted[k]):
        return None
    if first.norm in _SUBJECT_PRONOUNS or first.norm in _OBJECT_PRONOUNS and not (
            first.norm == "her" and k + 1 < ceiling and is_word(toks[k + 1]) and _np_word(toks[k + 1])):
        return (k, k + 1)
    if not (is_cap(first) or first.norm in _DETERMINERS or first.norm.rstrip(".") in TITLE_WORDS | TITLE_MODIFIERS
            or first.norm in GROUP_SPEAKERS or first.norm in ORGANISATION_SPEAKERS or first.text[:1].isdigit()
            or first.norm in INDEFINITE_WORDS or loose and _np_word(first)):
        return None
    if is_cap(first) and first.norm.rstrip(".") in NOT_NAMES:
        return None
    j = k
    while j < ceiling and j - k < MAX_SPEAKER_TOKENS:
        t = toks[j]
        if quoted is not None and quoted[j]:
            break
        n = t.norm
        if (n in ("of", "for", "at", "from", "with") or loose and n == "by") and j + 1 < ceiling and j > k and (
                is_cap(toks[j + 1]) or toks[j + 1].norm in _DETERMINERS or _np_word(toks[j + 1])):
            j += 1
            continue
        if n in ("and", "&") and j + 1 < ceiling and is_cap(toks[j + 1]) and j > k and is_cap(toks[j - 1]):
            j += 1
            continue
        if t.text == "." and j > k and len(toks[j - 1].text) == 1:
            j += 1
            continue
        if n in _INNER_PREPS or j > k and t.text.islower() and n in ("whether", "if", "why", "how", "what", "when"):
            break  # ("asked voters whether …": the question starts)
        if n.rstrip(".") in NOT_NAMES and is_cap(t) and j > k and toks[j - 1].norm in _DETERMINERS and j + 1 < ceiling \
                and toks[j + 1].text.islower() and _np_word(toks[j + 1]) and toks[j + 1].norm not in STOPWORDS:
            j += 1  # "a Friday column": a day or month as a modifier
            continue
        if not _np_word(t) or (n.rstrip(".") in NOT_NAMES and is_cap(t) and j > k) or n in _TIME and t.text.islower():
            break
        if j > k and t.text.islower() and is_cap(toks[j - 1]) and toks[k].norm not in _DETERMINERS \
                and n.rstrip(".") not in TITLE_WORDS | TITLE_MODIFIERS and toks[j - 1].norm not in _POSSESSIVE \
                and not _name_follows(toks, j, ceiling):
            break  # "Whitlock put off …": a verb after a name
        if n.endswith("ed") and t.text.islower() and j > k and not (j + 1 < ceiling and _np_word(toks[j + 1])
                                                                  and is_word(toks[j + 1])):
            break  # "audio provided by"
        j += 1
    while j > k and (toks[j - 1].norm in _INNER_PREPS | _DETERMINERS | {"and", "&"} or not is_word(toks[j - 1])
                     and toks[j - 1].text != "."):
        j -= 1
    if j <= k or not any(is_word(t) and t.norm not in _DETERMINERS for t in toks[k:j]):
        return None
    return (k, j)


# --- who the speaker is --------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    """A name mention the coreference can point to (offsets into the article text).

    Attributes:
        start: offset of the name.
        end: its end.
        entity: the article's full form of the name.
        kind: person | organisation | place | other.
        title: the title given with this mention (may be empty).
    """

    start: int
    end: int
    entity: str
    kind: str
    title: str = ""


@dataclass(frozen=True)
class SpeakerName:
    """A speaker phrase resolved within its article.

    Attributes:
        name: the person's or organisation's name, or the phrase in lower case without its
            article ("provincial officials"); empty for an unresolved pronoun.
        kind: one of :data:`presslens.lexicons.speech.SPEAKER_KINDS`.
    """

    name: str
    kind: str


def _title_words(title: str) -> set[str]:
    words = set()
    for w in _WORD.findall(title.lower().replace("’", "'")):
        w = w.rstrip(".")
        words.add(TITLE_ABBREVIATIONS.get(w, w))
    return words


def person_titles(mentions: list[Person]) -> dict[str, set[str]]:
    """Title and role words given to each person in a list of mentions ("Oregon Gov." → governor).

    Args:
        mentions: name mentions (of one article or of a whole story).

    Returns:
        entity → title words (abbreviations expanded).
    """
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.title:
            out.setdefault(m.entity, set()).update(w for w in _title_words(m.title) if w in TITLE_WORDS or w in ROLE_NOUNS)
    return out


class Coreference:
    """Resolve speaker phrases of one article to people, organisations and groups.

    Args:
        text: the article text.
        mentions: the article's name mentions (:class:`Person`), any order.
        sentences: the article's sentence spans, in order.
        quoted: ``(start, end)`` spans of quotations (names inside them are not candidates
            for a pronoun).
        lower_vocab: words the story writes in lower case (a capitalised word in it that
            is no name is written in lower case in a speaker name).
        story_titles: titles the story's other articles give people (entity → title words,
            see :func:`person_titles`), for a role noun this article does not explain.
    """

    def __init__(self, text: str, *, mentions: list[Person], sentences: list[tuple[int, int]],
                 quoted: list[tuple[int, int]] = (), lower_vocab: frozenset[str] = frozenset(),
                 story_titles: dict[str, set[str]] | None = None) -> None:
        self.text = text
        self.story_titles = story_titles or {}
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.sent_starts = [a for a, _ in sentences]
        self.sentences = sentences
        self.lower_vocab = lower_vocab
        self.quoted = sorted(quoted)
        self.titles: dict[str, set[str]] = {}
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str]] = []  # (offset, person) of resolved speakers, in order
        self.anonymous: list[tuple[int, str]] = []  # (offset, phrase) of unnamed single speakers ("the official")
        self._learn()
        self._role_mentions()

    def _sentence(self, pos: int) -> int:
        lo, hi = 0, len(self.sent_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(lo - 1, 0)

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def _learn(self) -> None:
        """Titles and genders of the article's persons."""
        votes: dict[str, Counter[str]] = {}
        text = self.text
        for m in self.mentions:
            if m.kind != "person":
                continue
            words = _title_words(m.title)
            before = re.findall(r"[\w.’'-]+", text[max(0, m.start - 30):m.start].lower())[-1:]
            if before:
                words.add(TITLE_ABBREVIATIONS.get(before[-1].rstrip("."), before[-1].rstrip(".")))
            self.titles.setdefault(m.entity, set()).update(w for w in words if w in TITLE_WORDS or w in ROLE_NOUNS)
            for w in words | ({before[-1]} if before else set()):
                g = GENDER_WORDS.get(w)
                if g:
                    votes.setdefault(m.entity, Counter())[g] += 3
            # the pronoun after the name in its sentence ("Whitlock said she …")
            s = self._sentence(m.start)
            s_end = self.sentences[s][1] if s < len(self.sentences) else len(text)
            nxt = next((x for x in self.mentions if x.start > m.end and x.kind == "person"), None)
            stop = min(s_end, nxt.start if nxt else s_end)
            for w in re.findall(r"\b(he|his|him|she|her|hers)\b", text[m.end:stop].lower()):
                votes.setdefault(m.entity, Counter())["m" if w in ("he", "his", "him") else "f"] += 1
                break
        firsts: dict[int, Person] = {}
        for m in self.mentions:
            if m.kind == "person" and not self._in_quote(m.start):
                firsts.setdefault(self._sentence(m.start), m)
        for k, (a, _) in enumerate(self.sentences):
            w = re.match(r"\W*(he|she)\b", text[a:a + 6].lower())
            if w and k - 1 in firsts and k not in firsts:
                votes.setdefault(firsts[k - 1].entity, Counter())["m" if w.group(1) == "he" else "f"] += 1
        for ent, c in votes.items():
            (g, n), *rest = c.most_common(2) + [("", 0)]
            if n > rest[0][1]:
                self.gender[ent] = g

    def _role_mentions(self) -> None:
        """Add "the president", "the Florida senator" as mentions of the person given that title, so that
        a later "he" can stand for them."""
        added = []
        for m in _ROLE_RE.finditer(self.text):
            head = m.group("head").lower()
            base = TITLE_ABBREVIATIONS.get(head, head)
            if base not in TITLE_WORDS and base not in ROLE_NOUNS or any(x.start <= m.start() < x.end for x in self.mentions):
                continue
            mods = {w.lower() for w in _WORD.findall(m.group("mods") or "")}
            who = self._titled(base, mods, m.start())
            if who:
                added.append(Person(m.start(), m.end(), who, "person", base))
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda x: x.start)

    def note_speaker(self, pos: int, name: SpeakerName) -> None:
        """Record a resolved speaker (a later pronoun prefers the last speaker)."""
        if name.kind == "person" and name.name:
            self.speakers.append((pos, name.name))
        elif name.kind == "anonymous" and name.name and not name.name.endswith("s"):
            self.anonymous.append((pos, name.name))

    def _persons_before(self, pos: int, *, gender: str) -> str:
        """The person a "he"/"she" at ``pos`` stands for (see the module docstring)."""
        s = self._sentence(pos)

        def ok(ent: str) -> bool:
            g = self.gender.get(ent)
            return g is None or g == gender

        def known(ent: str) -> bool:
            return self.gender.get(ent) == gender

        lo = self.sent_starts[max(0, s - COREFERENCE_WINDOW)] if self.sent_starts else 0
        cands = [m for m in self.mentions if lo <= m.start < pos and m.kind == "person" and not self._in_quote(m.start)]
        # 1. a person named before it in its own sentence ("Whitlock said she …")
        same = [m for m in cands if self._sentence(m.start) == s and ok(m.entity)]
        if same:
            return same[-1].entity
        # 2. the last speaker within three sentences, unless a person of that gender was named since
        recent = self.sent_starts[max(0, s - 3)] if self.sent_starts else 0
        last = [(p, n) for p, n in self.speakers if recent <= p < pos and ok(n)]
        if last:
            p, name = last[-1]
            since = [m for m in cands if m.start > p and m.entity != name and (
                known(m.entity) or self._role_rank(m) == 0)]
            if not since or known(name) and not any(self._role_rank(m) == 0 for m in since):
                return name
        # 3. the nearest sentence naming a compatible person: its first one (the subject), a person
        #    known to be of that gender first
        #    (a main-clause subject two sentences back beats an object in the sentence before)
        near = [m for m in cands if s - 2 <= self._sentence(m.start) < s and ok(m.entity)]
        if near and all(self._role_rank(m) == 2 for m in near if self._sentence(m.start) == s - 1):
            subj = [m for m in near if self._sentence(m.start) == s - 2 and self._role_rank(m) == 0]
            if subj:
                return subj[0].entity
        for k in range(s - 1, max(-1, s - COREFERENCE_WINDOW - 1), -1):
            in_k = [m for m in cands if self._sentence(m.start) == k and ok(m.entity)]
            if in_k:
                best = [m for m in in_k if known(m.entity)] or in_k
                return min(best, key=lambda m: (self._role_rank(m), m.start)).entity
        # 4. further back: the last compatible speaker
        older = [n for p, n in self.speakers if p < pos and ok(n)]
        return older[-1] if older else ""

    def _role_rank(self, m: Person) -> int:
        """0 for the subject of a main clause ("…, Mr. Reyes attacked"), 1 for a subordinate subject ("the day
        that Mr. Diaz arrived"), 2 for any other mention ("loyalty to the president")."""
        after = re.match(r"\W*([a-z]+)", self.text[m.end:m.end + 30])
        before = re.findall(r"[A-Za-z]+", self.text[max(0, m.start - 60):m.start])
        while before and (before[-1][:1].isupper() or before[-1].lower() in HONORIFICS):
            before.pop()  # the title before the name: "that Mr. Diaz", "said Sen. Jane Roe"
        if not after or after.group(1) in STOPWORDS - _VERBISH_STOPS and after.group(1) not in SPEECH_VERBS:
            return 2
        if before and before[-1].lower() in _SUBORDINATING:
            return 1
        if before and before[-1].lower() in _INNER_PREPS | {"by", "about", "on", "against", "his", "her", "their"}:
            return 2
        return 0

    def _titled(self, head: str, mods: set[str], pos: int) -> str:
        """The person the article gives the title ``head`` (nearest before ``pos`` first); else one the
        other articles of the story give it, when this article names them."""
        heads = {head} | TITLE_SYNONYMS.get(head, frozenset())
        who = [e for e, ts in self.titles.items() if heads & ts]
        if not who:
            named = {m.entity for m in self.mentions if m.kind == "person" and m.start < pos}
            who = [e for e, ts in self.story_titles.items() if heads & ts and e in named]
        if not who and len(mods) >= 1:
            # "the presumptive Republican nominee", "the four-term congressman": a described person the
            # article gives no such title; the person it names most, when named at least three times before
            counts = Counter(m.entity for m in self.mentions if m.kind == "person" and m.start < pos)
            top = counts.most_common(2)
            if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) \
                    and not self.titles.get(top[0][0], set()) - {head}:
                return top[0][0]
        if not who:
            return ""
        if len(who) > 1 and mods:
            narrowed = [e for e in who if any(mod in " ".join(self._all_titles(e)) for mod in mods)]
            who = narrowed or who
        if len(who) == 1:
            return who[0]
        near = [m for m in self.mentions if m.entity in who and m.start < pos]
        return near[-1].entity if near else ""

    def _all_titles(self, ent: str) -> list[str]:
        return [m.title.lower() for m in self.mentions if m.entity == ent and m.title]

    def display(self, start: int, end: int) -> str:
        """A speaker phrase as a name: its article dropped, common words in lower case."""
        out = []
        for m in _WORD.finditer(self.text[start:end]):
            w = m.group()
            a = start + m.start()
            in_name = any(x.start <= a < x.end for x in self.mentions)
            if not out and w.lower() in _DETERMINERS:
                continue
            low = w.lower()
            if w[:1].isupper() and not in_name and not w.isupper() and (
                    low in self.lower_vocab or low in GROUP_SPEAKERS or low in ROLE_NOUNS or low in TITLE_WORDS
                    or low in ORGANISATION_SPEAKERS or low in TITLE_MODIFIERS):
                w = low
            out.append(w)
        return " ".join(out)

    def resolve(self, start: int, end: int) -> SpeakerName:
        """Who a speaker phrase names.

        Args:
            start: offset of the phrase in the article text.
            end: its end.

        Returns:
            The :class:`SpeakerName` (see the module docstring for the rules).
        """
        if start < 0 or end <= start:
            return SpeakerName("", "")
        phrase = self.text[start:end]
        words = [w.lower().replace("’", "'") for w in _WORD.findall(phrase)]
        if not words:
            return SpeakerName("", "")
        if len(words) == 1 and words[0] in ("who", "which", "that"):
            ante = [m for m in self.mentions if m.end <= start and start - m.end <= 4]
            if ante:
                m = ante[-1]
                kind = "person" if m.kind in ("person", "other") and words[0] == "who" else "organisation"
                return SpeakerName(m.entity, kind)
            return SpeakerName("", "pronoun-unresolved")
        if len(words) == 1 and words[0] in SPEAKER_PRONOUN_KINDS:
            g = SPEAKER_PRONOUN_KINDS[words[0]]
            if g in ("m", "f"):
                anon = [(p, n) for p, n in self.anonymous if p < start and self._sentence(p) >= self._sentence(start) - 2]
                who = self._persons_before(start, gender=g)
                if anon and (not who or not any(p > anon[-1][0] for p, n in self.speakers if n == who)
                             and not any(anon[-1][0] < m.start < start and m.entity == who for m in self.mentions)):
                    return SpeakerName(anon[-1][1], "anonymous")  # "The official said … He said …"
                return SpeakerName(who, "person") if who else SpeakerName("", "pronoun-unresolved")
            return SpeakerName("", "pronoun-unresolved")
        # the head: before "of/for/at/from/with/…", after a possessive
        head_end = end
        for m in re.finditer(r"\s(?:of|for|at|from|with|in|close to|familiar with|who)\s", phrase):
            if m.start() > 0:
                head_end = start + m.start()
                break
        head_start = start
        poss = [m.end() for m in re.finditer(r"['’]s?\s", self.text[start:head_end])]
        if poss:
            head_start = start + poss[-1]
        inside = [m for m in self.mentions if m.start >= head_start and m.end <= head_end]
        head_words = [w.lower().replace("’", "'") for w in _WORD.findall(self.text[head_start:head_end])] or words
        head = head_words[-1].rstrip(".")
        indefinite = words[0] in INDEFINITE_WORDS or (words[0].isdigit() and len(words) > 1)
        last_name = inside[-1] if inside else None
        if last_name is not None and last_name.kind == "other" and " " not in last_name.entity and (
                last_name.entity.lower() in GROUP_SPEAKERS or last_name.entity.lower() in self.lower_vocab):
            last_name = None  # "Democrats", "Experts say": a common word, capitalised
            inside = []
        if last_name is not None and last_name.end >= head_end - 1 and not indefinite:
            the = self.text[max(start, last_name.start - 4):last_name.start]
            if last_name.kind == "other" and the.strip() in ("The", "the") and len(inside) == 1:
                return SpeakerName(last_name.entity, "organisation")  # "The Hill", "the Times"
            if last_name.kind == "person" or (last_name.kind == "other" and not last_name.entity.isupper()):
                return SpeakerName(last_name.entity, "person")
            if last_name.kind in ("organisation", "other"):
                return SpeakerName(last_name.entity, "organisation")
            return SpeakerName(last_name.entity, "organisation")
        base = TITLE_ABBREVIATIONS.get(head, head)
        if not indefinite and (base in TITLE_WORDS or base in ROLE_NOUNS) and not head.endswith("s") \
                and words[0] in {"the", "this", "that", "former", "ex"} | TITLE_MODIFIERS:
            mods = {w for w in head_words[:-1] if w not in _DETERMINERS}
            who = self._titled(base, mods, start)
            if who:
                return SpeakerName(who, "person")
        name = self.display(start, end)
        if head in ORGANISATION_SPEAKERS or " ".join(head_words[-2:]) in ORGANISATION_SPEAKERS:
            return SpeakerName(name, "organisation")
        cap_head = bool(head_words) and self.text[head_start:head_end].split()[-1:][0][:1].isupper() \
            if self.text[head_start:head_end].split() else False
        if head in GROUP_SPEAKERS or not cap_head and (
                head.endswith("s") and not head.endswith("ss") and len(head) > 3 and head not in ("news", "times")
                or head.endswith("men")):
            return SpeakerName(name, "group")
        if inside and not indefinite and inside[-1].kind == "organisation":
            return SpeakerName(inside[-1].entity, "organisation")
        return SpeakerName(name, "anonymous")


# --- speakers of cues (shared by quotes and the attribution table) -------------------------
_CLAUSE_PREPS = frozenset("in on at during after before via through over last this to at from while for with".split())
#: Things that bear words nobody is named for ("a sign saying …").
_DISPLAYS = frozenset("sign signs banner banners placard placards poster posters headline billboard shirt t-shirt "
                      "caption".split())


def speaker_for_cue(toks: list[Token], cue: Cue, *, floor: int, ceiling: int, quoted: list[bool],
                    prev_spk: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The speaker phrase of a cue in one sentence: its subject, the source after "according to",
    a relative pronoun ("Okafor, who said"), or the subject it shares with an earlier verb
    (", saying …", "… and said").

    Args:
        toks: tokens (of a sentence, or of an article with ``floor``/``ceiling`` bounding the sentence).
        cue: the cue (see :func:`find_cues`).
        floor: first token of the sentence.
        ceiling: end of the sentence.
        quoted: for each token, whether it stands inside quotation marks.
        prev_spk: speaker phrase of the sentence's previous cue (for participles and "and said").

    Returns:
        ``(first, last + 1)`` token indexes of the phrase as written, or None.
    """
    q = quoted
    if cue.source_after:
        return phrase_after(toks, cue.last, ceiling=ceiling, quoted=q, loose=True)
    if cue.participle and cue.first > floor and is_word(toks[cue.first - 1]) and toks[cue.first - 1].text.islower():
        doc_np = subject_before(toks, cue.first, floor=floor, quoted=q)
        if doc_np is not None and toks[doc_np[1] - 1].norm in _DISPLAYS and doc_np[1] == cue.first:
            return doc_np  # "held up a sign saying …": the sign's words (a statement's are its author's)
    if cue.participle and cue.first > floor and is_word(toks[cue.first - 1]) and not q[cue.first - 1] \
            and toks[cue.first - 1].norm not in ("is", "was", "are", "were", "been", "by", "upon", "after", "while",
                                                 "before", "when", "without", "in", "on", "of", "for"):
        np_ = subject_before(toks, cue.first, floor=floor, quoted=q)
        if np_ is not None and np_[1] == cue.first:
            head = toks[np_[1] - 1]
            if head.norm in GROUP_SPEAKERS or (head.text.islower() and head.norm.endswith("s") and not
                                               head.norm.endswith("ss") and head.norm not in ("comments", "remarks")):
                return np_  # "the share of Republicans saying …", "protesters chanting …"
    if cue.participle and not (cue.first > floor and toks[cue.first - 1].norm in ("is", "was", "are", "were", "been")):
        # ", saying …", "continued by saying" take the subject of the verb before, or of the sentence
        if prev_spk is not None:
            return prev_spk
        return clause_subject(toks, floor=floor, until=cue.first, quoted=q)
    spk = subject_before(toks, cue.first, floor=floor, quoted=q)
    if spk is not None and not agrees(toks, cue, spk):
        return None  # "a Reyes-style retort": a noun, not a verb
    if spk is None and cue.first > floor and toks[cue.first - 1].norm in ("who", "which", "that") \
            and not q[cue.first - 1] and cue.first - 2 >= floor and (is_word(toks[cue.first - 2]) or toks[
                cue.first - 1].norm == "who" and toks[cue.first - 2].text == ",") \
            and toks[cue.first - 2].norm not in SPEECH_VERBS:
        return (cue.first - 1, cue.first)  # "Okafor, who said …": the relative pronoun stands for her
    if spk is None and cue.participle and prev_spk is not None:
        k = cue.first - 1
        if k >= floor and toks[k].text in (",", "and", "—", "–", "-") or toks[k].norm == "and" or cue.first == floor:
            return prev_spk
    if spk is None and cue.first > floor and toks[_skip_adverbs(toks, cue.first - 1, floor)].norm in ("and", "but"):
        if prev_spk is not None:
            return prev_spk  # "said … and alleged that …"
        return clause_subject(toks, floor=floor, until=cue.first, quoted=q)  # "He expressed concern and said …"
    return spk


def _skip_adverbs(toks: list[Token], k: int, floor: int) -> int:
    while k > floor and (toks[k].norm in ("also", "then", "later", "repeatedly", "again", "has", "had", "have")
                         or toks[k].norm.endswith("ly") and toks[k].text.islower()):
        k -= 1
    return k


def inverted_speaker(toks: list[Token], cue: Cue, *, floor: int, ceiling: int, quoted: list[bool]
                     ) -> tuple[int, int] | None:
    """The speaker after an inverted verb that follows a quotation or a comma (",” said the minister").

    Args:
        toks: tokens.
        cue: the cue.
        floor: first token of the sentence.
        ceiling: end of the sentence.
        quoted: for each token, whether it stands inside quotation marks.

    Returns:
        ``(first, last + 1)`` token indexes of the phrase, or None.
    """
    if cue.source_after or cue.form.split()[0] not in INVERTIBLE_VERBS:
        return None
    k = cue.first - 1
    if k < floor or not (toks[k].text == "," or quoted[k]):
        return None
    return phrase_after(toks, cue.last, ceiling=ceiling, quoted=quoted)


def clause_subject(toks: list[Token], *, floor: int, until: int, quoted: list[bool], last: bool = False
                   ) -> tuple[int, int] | None:
    """The subject of a clause in ``toks[floor:until]``: a name, a pronoun or a role before its first verb.

    The tokens are cut at commas and dashes; the first piece (``last``: the last piece) whose
    first verb-like word has such a subject gives it ("On Thursday, Whitlock appeared … and
    endorsed Reyes, saying"; "In response, the nominee issued the following statement:").
    """
    pieces: list[tuple[int, int]] = []
    a = floor
    for k in range(floor, until):
        if toks[k].text in (",", "—", "–", ";") and not quoted[k]:
            pieces.append((a, k))
            a = k + 1
    pieces.append((a, until))
    def opener(p0: int, p1: int) -> str:
        """The piece's first word after a conjunction ("And although he …" → "although")."""
        k = p0 + 1 if p0 + 1 < p1 and toks[p0].norm in ("and", "but", "so", "yet") else p0
        return toks[k].norm

    skipped = [p0 < p1 and (opener(p0, p1) in _SUBORDINATORS or opener(p0, p1) in _CLAUSE_PREPS) for p0, p1 in pieces]
    order = list(range(len(pieces)))
    for pi in (reversed(order) if last else order):
        p0, p1 = pieces[pi]
        if skipped[pi]:
            continue  # "As the band began to play, Whitlock …", "In a statement released Thursday, …"
        # the subject may stand in an earlier piece before an apposition ("Whitlock, herself …, drew")
        lo = next((pieces[x][0] for x in range(pi, -1, -1) if x == 0 or skipped[x - 1]), p0)
        for k in range(p0, p1):
            t = toks[k]
            if quoted[k]:
                break
            if k == p0 and pi >= 2 and skipped[pi - 1] and verb_like(t):
                # "The committee, in a memo to its members, phrased it …": the subject before an adjunct
                x = pi - 1
                while x > 0 and skipped[x]:
                    x -= 1
                q0, q1 = pieces[x]
                spk = _phrase_back(toks, q1 - 1, floor=q0, quoted=quoted) if not skipped[x] and q1 > q0 else None
                if spk is not None and spk[0] == q0 and speaker_head(toks[spk[1] - 1]):
                    return spk
                break
            if k > lo and verb_like(t):
                spk = subject_before(toks, k, floor=lo, quoted=quoted)
                if spk is not None and speaker_head(toks[spk[1] - 1]):
                    return spk
                break
    return None


def verb_like(t: Token) -> bool:
    """Tell whether a lower-case token looks like a finite verb ("appeared", "issued", "says")."""
    n = t.norm
    if not t.text.islower() or not t.text.isalpha():
        return False
    if n in _AUXILIARIES:
        return True
    if n in STOPWORDS:
        return False
    return n in SPEECH_VERBS or n in _IRREGULAR_PAST or (n.endswith("ed") and len(n) > 4)


def speaker_head(t: Token) -> bool:
    """Tell whether the last word of a phrase can head a speaker (a name, a pronoun, a role)."""
    n = t.norm.rstrip(".")
    if is_cap(t) or n in ("he", "she", "they", "we", "i"):
        return True
    return is_word(t) and t.text.isalpha() and n not in STOPWORDS and not n.endswith("ly") and n not in _NOT_HEADS


#: Words opening a subordinate clause, whose subject is not the sentence's.
_SUBORDINATORS = frozenset("as when while after before because since although though if once until unless whereas "
                           "where".split())
#: Words that never head a speaker (time words, places of speech).
_NOT_HEADS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday week month year "
                       "night morning evening afternoon time interview statement speech".split())
#: Auxiliaries: a clause's finite verb ("Diaz didn't seem …").
_AUXILIARIES = frozenset("is was are were has have had did does do will would can could should may might must "
                         "cannot".split())
#: Past forms of common verbs that do not end in -ed (a clause's first verb).
_IRREGULAR_PAST = frozenset("went put gave took made wrote told said began came sent saw spoke got held left met "
                            "brought kept found thought stood ran".split())


