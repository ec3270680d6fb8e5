"""Quotes: who says what in each article, directly ("…," Bugti said) or indirectly (X said that …).

**Direct quotes** are spans between quotation marks, found per paragraph: curly or straight
double marks, „…“, «…», the doubled apostrophes of wire copy (''…''), and single marks (‘…’,
'…') whose closing mark follows sentence punctuation (never an apostrophe; a single-marked line
standing alone is a headline or subhead, never the last speaker's words). A quote left open
at the end of a paragraph (the newsroom convention for a quote going on in the next one)
runs to the paragraph's end. Pieces of one utterance in a paragraph are one quote: a quote
broken by its attribution ("“…,” she said, “…”") or going on after it ("“…,” she said.
“…”"); the row's span then runs from the first piece to the last, and ``n_words`` counts
the quoted words only. A new cue after a sentence end ("“…,” Okonjo wrote. Later, she added,
“…”"), a participle with words of its own (", noting that …"), or another subject or verb after
the attribution (", and her brother chimed in.", ", then pointed to …") starts a new quote.
Quotes of fewer than ``MIN_QUOTE_WORDS`` words and no sentence punctuation (scare quotes,
titles, names, slogans; a short title-case quote after "on" or a possessive is a programme's
title) are kept only inside reported speech.

The speaker of a direct quote is looked for, in order (``rule``):

1. ``after``: a speech verb right after the quote ("…,” Bugti said; ”…,” said Bugti;
   ”…?” he asked; ”…,” he continued);
2. ``before``: a verb before the quote whose words it is (Jaiswal said India “…”; He
   added, “…”; X told reporters: “…”; she said, recalling her first term: “…”), or a clause ending
   in a colon (He went back to his usual theme: “…”; Rep. Ann Lee (D-Ore.): “…”; From the
   report: “…”; Here's Lee in 1992: “…”; Lee on the pier: “…”);
3. ``colon``: a previous sentence ending with a colon ("… was quoted as saying:");
4. ``previous``: a previous sentence that names a speaker and gives no words ("Sam Lau
   said in a statement.");
5. ``continued``: the speaker of the quote before, for a quote that stands alone in the
   next sentence or paragraph.

**Reported speech** (``kind`` ``indirect``): a speech verb with a subject and its content —
a that-clause, a bare clause after verbs of saying ("said the port would reopen"), an
infinitive ("vowed to fight on", "urged Congress to act"), a noun phrase after verbs such as
"denied" or "described"; the content before a closing attribution ("…, the minister said");
and "according to X". Quoted words inside reported speech ("said the plan was “dead on
arrival”") belong to that one row. A participle with no subject (", saying …") takes the
subject of the verb before it. Speaker phrases are read by :mod:`presslens.compare.speakers`
(the same finder the attribution table uses) and resolved there: ``speaker_name`` is the
person, organisation or group, ``speaker_kind`` what it is. ``speaker_group`` then joins a
person's spellings across outlets (:func:`presslens.compare.variants.name_groups`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd

from presslens.compare.entities import entity_mentions, lower_vocabulary
from presslens.compare.speakers import (
    QUOTE_CHARS,
    Coreference,
    clause_subject,
    inverted_speaker,
    speaker_for_cue,
    verb_like,
    Cue,
    Person,
    find_cues,
    person_titles,
    is_cap,
    is_word,
    phrase_after,
    subject_before,
    title_case,
)
from presslens.compare.variants import name_groups
from presslens.corpus.story import Article, Story, accepts_story
from presslens.corpus.tables import paragraphs_table, sentences_table, split_by_article
from presslens.corpus.tokenize import Token, tokens
from presslens.lexicons.common import STOPWORDS
from presslens.lexicons.sources import TITLE_MODIFIERS
from presslens.lexicons.speech import (
    CLAUSE_VERBS,
    INFINITIVE_VERBS,
    INVERTIBLE_VERBS,
    NOUN_CONTENT_VERBS,
    OBJECT_VERBS,
    QUOTE_ONLY_VERBS,
    SPEECH_NOUNS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
)

#: Quotes shorter than this (words) without sentence punctuation are scare quotes or titles.
MIN_QUOTE_WORDS = 4
#: Tokens after a closing quote mark within which a speech verb attributes it.
AFTER_QUOTE_WINDOW = 8
#: Shortest reported-speech content (words).
MIN_INDIRECT_WORDS = 3
#: Most words between two pieces of one quote (the attribution that breaks it).
MAX_GAP_WORDS = 30
#: Most tokens of the object between "called" and the quoted label ("calling his record as treasurer “…”").
_CALLED_OBJECT_TOKENS = 9
#: Shortest quote (words) kept without a speaker.
MIN_UNATTRIBUTED_WORDS = 12

#: Columns of :func:`find_quotes` / :func:`quotes_table`.
QUOTE_COLUMNS = ["article_id", "outlet", "kind", "sent_id", "start", "end", "text", "n_words", "speaker",
                 "speaker_start", "speaker_end", "speaker_name", "speaker_kind", "speaker_group", "verb",
                 "verb_group", "rule", "sentence"]
#: Columns of :func:`speakers_table`.
SPEAKER_COLUMNS = ["speaker_group", "speaker_kind", "article_id", "outlet", "n_quotes", "n_direct", "n_indirect",
                   "n_words", "speaker_names"]

_OPEN = {"“": "”", '"': '"', "„": "“", "«": "»"}
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SENT_END = set(".?!…")
_QUOTE_PUNCT = set(",.?!…—–-:;")
#: Openers of a clause that is reported content (after "said"): not a speaker's words.
_NOT_CONTENT_START = frozenset("so yes no goodbye hello thanks thank".split())
_ADJUNCT_PREPS = frozenset("in on at during after before via through over last this to at from while for with".split())
_CONJ = frozenset("and but or so yet".split())
#: Words that open an apposition after a speaker's name ("Ann Lee, the pollster who …").
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "who", "whose"}) | TITLE_MODIFIERS
#: Words before a quoted title ("on “Morning Harbor”", "told “Harbor Weekly”").
_TITLE_LEADS = frozenset("on in of told to at with from for".split())
_TITLE_SMALL = frozenset("a an the and of on in for to at with or".split())
_DASHES = frozenset(("-", "—", "–", "--"))
#: Participles that open a sentence continuing the last speaker's words ("Adding, “…”").
_LEAD_PARTICIPLES = frozenset("adding saying noting explaining continuing concluding insisting arguing".split())
_ASIDES = frozenset("however meanwhile though too also though again instead".split())
_SPEECH_PARTICIPLE = re.compile(r"(?:,[\"”’']?|\band|\bbefore|\bthen)\s+(?:adding|noting|saying|explaining|pointing|arguing|stressing|insisting|"
                                r"calling|telling|asking|warning|citing|referring|recalling|remarking|acknowledging|"
                                r"conceding|predicting|promising|declaring|suggesting|joking|complaining|admitting|"
                                r"describing|reminding|urging)\b")
#: A new clause after a quote's attribution: another subject (", and her brother chimed in"), another verb
#: (", then pointed to …").
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?:(?:his|her|their|the|a|an)\s+[a-z]+|[A-Z][a-z]+)\s+[a-z]+")
_NEW_VERB = re.compile(r",\s+(?:and\s+)?then\s+[a-z]+ed\b")
#: Nouns of the adjuncts that stand between a speech verb and its words ("in an interview on Sunday").
_ADJUNCT_NOUNS = frozenset(
    """statement statements interview interviews call conference news press week night morning afternoon evening month
    year speech rally debate event briefing appearance radio television tv show program programme email tweet post
    letter reporters telephone phone town hall hearing meeting campaign stop visit weeks months years days hours
    decades time times sunday monday tuesday wednesday thursday friday saturday today yesterday tonight weekend
    podcast video broadcast op-ed column blog release remarks address session floor trail stage crowd audience
    supporters interviewer host anchor filing court memo book""".split())
_DETERMINERS_ADJ = frozenset("a an the his her their its this that last next".split())
_ADJUNCT_PREPS_INNER = frozenset("of with on in at to for from by during after before".split())
#: Function words inside an adjunct after a speech verb ("in an interview with the paper").
_ADJUNCT_FUNCTION = frozenset("a an the his her their its this that last next of with and on in at to for from by "
                              "during after before him her them me us".split())
#: Words that cannot stand between a speech verb and its "that" (they open a clause of their own).
_NOT_BEFORE_THAT = frozenset("he she they we i it you is was were are had has have would will could can n't not "
                             "did do does been be there".split())


@dataclass
class Quote:
    """One quote or piece of reported speech (offsets into the article text).

    Attributes:
        kind: ``direct`` or ``indirect``.
        start: content start.
        end: content end.
        speaker: speaker phrase as written (empty when none found).
        speaker_start: its start (-1 when none).
        speaker_end: its end (-1 when none).
        verb: reporting verb or phrase ("said", "according to").
        rule: how the speaker was found (``after``, ``before``, ``colon``, ``previous``,
            ``continued``, ``indirect``, ``according``, ``none``).
        pieces: ``(start, end)`` of the quoted pieces of a direct quote (one for most).
    """

    kind: str
    start: int
    end: int
    speaker: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    verb: str = ""
    rule: str = "none"
    pieces: tuple[tuple[int, int], ...] = ()


def _marks(text: str, *, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Quotations in one paragraph as ``(open, content_start, content_end, close_end)``."""
    out = []
    i = start
    while i < end:
        c = text[i]
        prev = text[i - 1] if i > start else " "
        if c == "'" and text.startswith("''", i) and (i == start or not prev.isalnum()) \
                and i + 2 < end and not text[i + 2].isspace() and text[i + 2] != "'":
            j = text.find("''", i + 2, end)
            while j >= 0 and j + 2 < end and text[j + 2] == "'":
                j += 1  # ''… 'independence,''' : the last two close
            if j < 0:
                out.append((i, i + 2, end, end))
                break
            out.append((i, i + 2, j, j + 2))
            i = j + 2
            continue
        if c in "‘'" and (i == start or prev.isspace() or prev in "(:—–") and i + 1 < end and text[i + 1].isalpha():
            close = _single_close(text, i + 1, end, mark="’" if c == "‘" else "'")
            if close >= 0:  # "‘We will not back down.’", "'It is over,' she said": single marks
                out.append((i, i + 1, close, close + 1))
                i = close + 1
                continue
        if c == "”" and (i == start or prev.isspace() or prev in "(\u202a") and i + 1 < end and (
                text[i + 1].isalnum() or i == start and text[i + 1:i + 3].lstrip()[:1] in ("…", ".")):
            c_open, close = c, "”"  # a closing mark used to open ("‪”Sorry …”")
        elif c in _OPEN and (c != '"' or i == start or not prev.isalnum()):
            c_open, close = c, _OPEN[c]
        else:
            i += 1
            continue
        j = text.find(close, i + 1, end)
        if c_open == "“":
            for m in re.finditer(r'(?<=[,.?!])["“](?=\s)|(?<=[^\s"“])"(?=\s)', text[i + 1:j if j >= 0 else end]):
                j = i + 1 + m.start()  # '“I heard parts of it," Moor said. "She …”': mixed marks
                break
        if c_open == '"':
            jc = text.find("”", i + 1, end)  # '"…,” said Diaz': a straight mark closed by a curly one
            if jc >= 0 and (j < 0 or jc < j):
                j = jc
        if j < 0 and c_open == "„":
            j = text.find("”", i + 1, end)
        elif j < 0 and c_open == "“":
            js = [x for x in (text.find('"', i + 1, end), text.find("“", i + 1, end)) if x >= 0]
            j = min(js) if js else -1  # mixed marks: “…," Smith said; “…?“ he asked
        if j < 0:
            out.append((i, i + 1, end, end))
            break
        out.append((i, i + 1, j, j + 1))
        i = j + 1
    return [q for q in out if q[2] > q[1] and text[q[1]:q[2]].strip()]


def _single_close(text: str, i: int, end: int, *, mark: str) -> int:
    """The closing single mark of a quotation opened before ``i``, or -1: the first ``mark`` right after
    sentence punctuation and before a space or the paragraph's end (not an apostrophe: "don’t",
    "the players’ union"), with no double quotation mark or line break before it."""
    for m in re.finditer(re.escape(mark), text[i:end]):
        j = i + m.start()
        if text[j - 1] in ",.?!…" and (j + 1 >= end or text[j + 1].isspace() or text[j + 1] in ")—–"):
            return j if not any(ch in text[i:j] for ch in '"“”\n') else -1
    return -1


def quote_spans(text: str, *, start: int, end: int) -> list[tuple[int, int]]:
    """Direct quotations inside one paragraph.

    Args:
        text: the article text.
        start: paragraph start.
        end: paragraph end.

    Returns:
        ``(content_start, content_end)`` pairs (quotation marks excluded); a quote not
        closed before the paragraph ends runs to its end.
    """
    return [(a, b) for _, a, b, _ in _marks(text, start=start, end=end)]


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


@dataclass
class _Seg:
    """A quotation mark pair: ``open``/``close`` are the marks' outer offsets, ``t0``/``t1`` its tokens."""

    open: int
    c0: int
    c1: int
    close: int
    t0: int
    t1: int
    para: int

    opens: bool = False  # nothing but punctuation or a conjunction before it in its sentence

    def speechy(self, text: str) -> bool:
        """Enough words, or a short piece that ends in "?"/"!" or opens its sentence with punctuation
        inside ("“Judge,” Okafor said"): not a title ("on “Meet the Press.”") or a scare quote."""
        body = text[self.c0:self.c1].rstrip().rstrip("’'\"”")  # "“We're like ‘Salt and Pepper,’”": the inner mark
        n = _n_words(body)
        if n >= MIN_QUOTE_WORDS + 2:
            return True
        if self.close == self.c1:  # open to the paragraph's end
            return n >= MIN_QUOTE_WORDS
        if body[-1:] in "?!":
            return n >= 1
        return (self.opens and n >= 1 or n >= MIN_QUOTE_WORDS) and body[-1:] in ",.…:;—–"


def _is_title(text: str, seg: "_Seg") -> bool:
    """Tell whether a short quotation is a title after a preposition or a possessive: 'on Channel Nine's
    “Sunday Docks,”', 'told “Morning Harbor”' (every word capitalised, at most four, no "?" or "!")."""
    body = text[seg.c0:seg.c1].rstrip().rstrip("’'\"”")
    words = _WORD.findall(body)
    if not words or len(words) > 4 or body[-1:] in "?!" or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL
                                                                       for w in words) or not words[0][:1].isupper():
        return False
    before = _WORD.findall(text[max(0, seg.open - 30):seg.open])
    lead = text[max(0, seg.open - 3):seg.open].rstrip()
    return bool(before) and (before[-1].lower() in _TITLE_LEADS or lead.endswith(("’s", "'s", "’", "'")))


class _Doc:
    """Tokens of an article's paragraphs with their sentence, paragraph and quotation."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.toks: list[Token] = []
        self.para: list[int] = []
        self.segs: list[_Seg] = []
        self.para_rng: list[tuple[int, int]] = []
        for pi, (p0, p1) in enumerate(paragraphs):
            first = len(self.toks)
            self.toks += tokens(text[p0:p1], offset=p0)
            self.para += [pi] * (len(self.toks) - first)
            self.para_rng.append((first, len(self.toks)))
        starts = [t.start for t in self.toks]
        self.starts = starts
        #: capitalised words written after a lower-case word: names, not sentence openers
        self.mid_caps = frozenset(m.group() for m in re.finditer(r"(?<=[a-z,] )[A-Z][\w'’-]*", text))
        self.quoted = [False] * len(self.toks)
        self.seg_of: list[int] = [-1] * len(self.toks)
        for pi, (p0, p1) in enumerate(paragraphs):
            for o, c0, c1, cl in _marks(text, start=p0, end=p1):
                t0 = bisect_right(starts, o - 1)
                t1 = bisect_right(starts, cl - 1)
                seg = _Seg(o, c0, c1, cl, t0, t1, pi)
                seg.opens = o == p0 or text[max(p0, o - 2):o].rstrip()[-1:] in (".", "!", "?", ":", "", "\u202a") \
                    or re.search(r"(?:^|[.!?:]\s+)(?:and|but|so)?\s*$", text[max(p0, o - 12):o].lower()) is not None
                for k in range(t0, t1):
                    self.quoted[k] = True
                    self.seg_of[k] = len(self.segs)
                self.segs.append(seg)
        # sentences as token ranges (a sentence never crosses a paragraph)
        self.sents: list[tuple[int, int]] = []
        self.sent_of = [0] * len(self.toks)
        sent_starts = [a for a, _ in sentences]
        last = -1
        for k, t in enumerate(self.toks):
            s = max(bisect_right(sent_starts, t.start) - 1, 0)
            if s != last or not self.sents or self.para[k] != self.para[self.sents[-1][0]]:
                self.sents.append((k, k + 1))
                last = s
            else:
                self.sents[-1] = (self.sents[-1][0], k + 1)
            self.sent_of[k] = len(self.sents) - 1
        self.sent_cues: list[list[Cue]] = []
        for a, b in self.sents:
            sub = self.toks[a:b]
            head = title_case(sub) and not any(t.text in _SENT_END for t in sub[:-1])
            self.sent_cues.append([Cue(c.first + a, c.last + a, c.form, c.group, c.kind)
                                   for c in find_cues(sub, quoted=self.quoted[a:b], headline=head)])

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens ``a`` .. ``b - 1``."""
        return self.toks[a].start, self.toks[b - 1].end

    def words_between(self, a: int, b: int) -> int:
        """Word tokens outside quotes in ``toks[a:b]``."""
        return sum(1 for k in range(a, b) if is_word(self.toks[k]) and not self.quoted[k])


@dataclass
class _Attr:
    """A cue with its speaker phrase (token indexes) and reported content (character offsets)."""

    cue: Cue
    spk: tuple[int, int] | None
    c0: int = -1
    c1: int = -1
    rule: str = "indirect"


def _name_before_colon(doc: _Doc, k: int, *, floor: int) -> tuple[int, int] | None:
    """A name or title right before a colon that opens a quotation ("… veteran pollster Ivo Brandt: “…”",
    "Continued Diaz: “…”")."""
    toks = doc.toks
    if k - 1 > floor and toks[k - 1].text == ")" and not doc.quoted[k - 1]:
        m = k - 2  # "Rep. Ann Lee (D-Ore.): “…”": the party and state after the name
        while m > floor and toks[m].text != "(" and k - m <= 8:
            m -= 1
        if toks[m].text == "(" and m - 1 >= floor:
            k = m
    if k - 1 < floor or not is_cap(toks[k - 1]) or doc.quoted[k - 1]:
        return None
    m = k - 1
    while m > floor and is_cap(toks[m - 1]) and not doc.quoted[m - 1] and toks[m - 1].norm not in STOPWORDS:
        m -= 1
    if m > floor and toks[m - 1].norm in ("to", "at", "for", "with", "about", "on", "of", "against", "by"):
        return None  # "delivered a stern warning to Reyes: “…”": the one spoken to
    if m == floor and k - m == 1 and toks[m].text.rstrip(".") not in doc.mid_caps:
        return None  # "Yes:" or a one-word heading (but "Okafor: “…”" when the article names Okafor)
    return (m, k) if any(t.text[:1].isupper() and len(t.text) > 1 for t in toks[m:k]) else None


def _source_before_colon(doc: _Doc, k: int, *, floor: int) -> tuple[int, int] | None:
    """The source a colon lead-in presents: "From the report: “…”", "More from Quist: “…”",
    "Here's Quist in 1992: “…”" (the phrase after "from" or "here's", up to an adjunct or the colon)."""
    toks = doc.toks
    a = k
    while a > floor and toks[a - 1].text not in (",", ";", "—", "–", "-", ".") and not doc.quoted[a - 1]:
        a -= 1  # the piece of the clause ending at the colon
    words = [t.norm for t in toks[a:k]]
    start = -1
    if words[:2] in (["here", "'s"], ["here", "’s"], ["here", "is"], ["here", "are"], ["here", "was"]):
        start = a + 2
    else:
        f = next((x for x in range(k - 1, a - 1, -1) if toks[x].norm == "from"), -1)
        if f >= 0 and all(t.norm in ("more", "also", "and", "again", "this", "excerpt", "excerpts", "quote", "quotes",
                                     "passage", "passages", "lines", "words")
                          or not is_word(t) for t in toks[a:f]):
            start = f + 1  # "From the report:", "More from Quist:", "An excerpt from the letter:"
    if start < 0:
        name = phrase_after(toks, a, ceiling=k, quoted=doc.quoted)  # "Mayor Ann Lee on the pier: “…”"
        if name is not None and is_cap(toks[name[1] - 1]) and name[1] < k and toks[name[1]].norm in ("on", "about") \
                and not any(verb_like(t) for t in toks[name[1]:k]) and k - name[1] <= 8:
            return name
    if start < 0 or start >= k:
        return None
    spk = phrase_after(toks, start, ceiling=k, quoted=doc.quoted, loose=True)
    if spk is None:
        return None
    rest = toks[spk[1]:k]
    if rest and not (rest[0].norm in ("in", "on", "at", "during", "last", "this") and len(rest) <= 5):
        return None  # only a short time or place adjunct may follow the source
    return spk


def _skip_to_content(doc: _Doc, cue: Cue, hi: int) -> tuple[int, str]:
    """First token of a cue's reported content and how it is introduced (``that``, ``to``,
    ``bare``, ``np``, ``quote``, ``colon`` or ``none``)."""
    toks = doc.toks
    form = cue.form.split()[0]
    k = cue.last
    if k >= hi:
        return k, "none"
    # "said that", "told reporters that", "said on Monday that", "told a crowd in Eastport that"
    m = k
    aside = False
    while m < min(hi, k + 24):
        t = toks[m]
        if doc.quoted[m] and t.text not in QUOTE_CHARS:
            break
        if t.text == "," and m + 1 < hi and (toks[m + 1].norm in _ADJUNCT_PREPS | {"after", "before", "during"}
                                             or aside and toks[m + 1].norm == "that"):
            aside = True  # "said, before the vote, in an interview with an anchor, that …": adjuncts between commas
            m += 1
            continue
        if t.norm == "that":
            if m + 1 < hi and toks[m + 1].norm not in (",", ".") and not (
                    m + 1 < hi and toks[m + 1].norm in ("is", "was", "'s")):
                return m + 1, "that"
            if m == k and m + 2 < hi and toks[m + 1].norm in ("is", "was", "'s") and form in CLAUSE_VERBS:
                return m, "bare"  # "economists say that is the future": "that" is the subject
            break
        if t.text in (".", ";", ":", ",") or t.text in QUOTE_CHARS or t.norm in SPEECH_VERBS \
                or t.norm in _NOT_BEFORE_THAT or m - k >= 14 and t.text != ",":
            break
        m += 1
    # adjuncts: "in a statement", "on Monday", "Tuesday", "to reporters", adverbs
    while k < hi:
        t = toks[k]
        n = t.norm
        if n in _ADJUNCT_PREPS and not (n == "to" and k + 1 < hi and toks[k + 1].norm.isalpha()
                                        and toks[k + 1].text.islower() and toks[k + 1].norm not in STOPWORDS
                                        and form in INFINITIVE_VERBS):
            m = k + 1
            while m < hi and m - k <= 12:
                if doc.quoted[m] and doc.seg_of[m] >= 0 and _is_title(doc.text, doc.segs[doc.seg_of[m]]) \
                        and doc.segs[doc.seg_of[m]].t1 > m:
                    m = doc.segs[doc.seg_of[m]].t1  # 'said on “Morning Harbor,” “…”': a programme's title
                    continue
                if not is_word(toks[m]) or toks[m].norm == "that" or doc.quoted[m]:
                    break
                w = toks[m]
                if w.norm in _ADJUNCT_NOUNS or is_cap(w) or w.norm in ("him", "her", "them", "me", "us"):
                    m += 1
                elif w.norm in _DETERMINERS_ADJ and (toks[m - 1].norm in _ADJUNCT_PREPS_INNER or m == k + 1
                                                     or toks[m - 1].norm.endswith("ing") and m - 1 == k + 1):
                    m += 1  # "in a …", "with the …", "in making his …": an article after a preposition
                elif w.norm in _ADJUNCT_PREPS_INNER and m > k + 1:
                    m += 1
                elif w.text.islower() and w.norm not in STOPWORDS and w.norm not in SPEECH_VERBS \
                        and not (w.norm.endswith("ed") and toks[m - 1].norm not in _DETERMINERS_ADJ) \
                        and (toks[m - 1].norm in _DETERMINERS_ADJ | _ADJUNCT_PREPS_INNER or toks[m - 1].text.islower()):
                    m += 1  # "in a wide-ranging interview", "about the famed surgeon"
                else:
                    break
            if m == k + 1:
                break
            k = m
            if k < hi and toks[k].text == ",":
                k += 1
            continue
        if n.endswith("ly") and t.text.islower() and n not in ("only",):
            k += 1
            continue
        if n in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                 "tonight", "again", "repeatedly", "recently", "also", "earlier", "later", "then", "too"):
            k += 1
            continue
        break
    if k + 2 < hi and toks[k].text == "," and toks[k + 1].norm in _ASIDES and toks[k + 2].text == ",":
        k += 3  # "acknowledged, however, “…”"
    if k + 2 < hi and toks[k].text == "," and (toks[k + 1].norm.endswith("ing") and toks[k + 1].text.islower()
                                                or toks[k + 1].norm in _ASIDES and toks[k + 2].norm.endswith("ing")):
        m = next((x for x in range(k + 2, min(hi, k + 12)) if toks[x].text in (",", ":") or doc.quoted[x]), -1)
        if m > 0 and toks[m].text in (",", ":") and m + 1 < hi and doc.quoted[m + 1]:
            return m + 1, "quote"  # "joked, again using a drawl, “…”"
    if k + 1 < hi and toks[k].text == "," and toks[k + 1].norm in _ADJUNCT_PREPS:
        m = next((x for x in range(k + 2, min(hi, k + 10)) if toks[x].text in (",", ":") or doc.quoted[x]), -1)
        if m > 0 and toks[m].text in (",", ":") and m + 1 < hi and doc.quoted[m + 1]:
            return m + 1, "quote"  # "replied sharply, with a grin: “…”"
    if k < hi and toks[k].norm in ("of", "about"):
        m = next((x for x in range(k + 1, min(hi, k + 10)) if toks[x].text in (",", ":") or doc.quoted[x]), -1)
        if m > 0 and toks[m].text in (",", ":") and (m + 1 == hi or doc.quoted[m + 1]):
            return m + 1, "quote"  # "said of Congress: “…”", "added about Reyes: “…”"
    if k + 1 < hi and toks[k].norm == "to" and toks[k + 1].norm in ("say", "add", "ask", "note", "explain", "tell"):
        k += 2  # "interjected to say: “…”"
        if k < hi and toks[k].text == ":" and k + 1 < hi and doc.quoted[k + 1]:
            return k + 1, "quote"
    if k >= hi:
        return k, "none"
    t = toks[k]
    if t.text in QUOTE_CHARS or doc.quoted[k]:
        return k, "quote"
    if t.text in (":",):
        return k + 1, "colon"
    if t.text == "," and k + 1 < hi and doc.quoted[k + 1]:
        return k + 1, "quote"
    # the person spoken to: "told reporters he …", "urged Congress to act"
    if form in OBJECT_VERBS or cue.form in ("called on", "calls on", "call on", "calling on"):
        obj = phrase_after(doc.toks, k, ceiling=hi, quoted=doc.quoted)
        if obj is None and toks[k].norm in ("me", "us", "him", "her", "them", "reporters", "voters", "supporters"):
            obj = (k, k + 1)
        if obj is not None:
            m = obj[1]
            while m < hi and toks[m].norm.endswith("ly") and toks[m].text.islower():
                m += 1  # "told the agency simply, “…”"
            while m < hi and toks[m].norm in ("on", "in", "at", "during") and m + 1 < hi:
                nxt = phrase_after(doc.toks, m + 1, ceiling=hi, quoted=doc.quoted)
                if nxt is None:
                    break
                m = nxt[1]
            if m < hi and toks[m].norm == "that":
                return m + 1, "that"
            if m < hi and toks[m].norm == "to" and form in INFINITIVE_VERBS | {"call", "calls", "called", "calling"}:
                return m, "to"
            if m < hi and (toks[m].text in (":",) or toks[m].text == "," and m + 1 < hi and doc.quoted[m + 1]):
                return m + 1, "quote"
            if m < hi and doc.quoted[m]:
                return m, "quote"
            if m < hi and toks[m].norm in ("whether", "if", "what", "why", "how", "when", "who", "about"):
                return m, "bare"
            if form in ("told", "tells", "tell", "telling", "assured", "assures", "reminded", "reminds", "informed",
                        "warned", "warns") and m < hi and _clause_start(toks[m]):
                return m, "bare"
            return m, "none"
    if cue.form in ("called for", "calls for", "call for", "calling for"):
        return k, "np"
    if t.norm == "to" and form in INFINITIVE_VERBS:
        return k, "to"
    if form in NOUN_CONTENT_VERBS and (t.norm in ("the", "a", "an", "his", "her", "their", "its", "any", "reports",
                                                  "claims", "allegations") or is_cap(t) and form in (
            "accused", "accuses", "accusing", "described", "describes", "praised", "criticized", "blamed", "defended")):
        return k, "np"
    if form in ("called", "calls", "calling", "call") and t.text[:1].isalpha():
        # "called the plan “reckless”": a quotation right after a short object
        for m in range(k, min(hi, k + _CALLED_OBJECT_TOKENS + 1)):
            if doc.quoted[m]:
                return k, "np"
            if not is_word(toks[m]) and toks[m].norm not in ("'s", "’s"):
                break  # ("called the council’s suspension “arbitrary”": a possessive inside the object)
        return k, "none"
    if form in CLAUSE_VERBS and _clause_start(t):
        return k, "bare"
    if form in ("asked", "asks", "ask", "asking", "wondered", "wonders") and t.norm in (
            "whether", "if", "what", "why", "how", "when", "who"):
        return k, "bare"
    return k, "none"


def _clause_start(t: Token) -> bool:
    """Tell whether a token can open a reported clause ("the", "he", "Reyes", "17", "there")."""
    n = t.norm
    if not is_word(t) or n in _NOT_CONTENT_START:
        return False
    if n in ("the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "his",
             "her", "their", "its", "our", "my", "your", "some", "many", "most", "all", "no", "none", "nobody",
             "everyone", "nothing", "if", "while", "when", "because", "even", "as", "both", "neither", "every",
             "anyone", "someone", "people", "one", "only", "what", "such", "more", "less", "further"):
        return True
    if is_cap(t) or t.text[:1].isdigit():
        return True
    return n not in STOPWORDS and n not in SPEECH_VERBS and not n.endswith("ly")


def _clause_end(doc: _Doc, k: int, hi: int, *, cues: list[Cue], cue: Cue) -> int:
    """Token index where reported content starting at ``k`` ends (exclusive) in a sentence ending at ``hi``."""
    toks = doc.toks
    for c in cues:
        if c.first <= k or c.first >= hi:
            continue
        before = toks[c.first - 1] if c.first > 0 else None
        if before is not None and before.norm in ("and", "but") and c.first - 1 > k:
            m = c.first - 1
            if m - 1 > k and toks[m - 1].text == ",":
                m -= 1
            return m  # "… to resign and said, …": the next verb has words of its own
        # ", saying …", ", adding …" after the content: a new cue
        if c.participle and before is not None and (before.text in (",", "—", "–") or doc.quoted[c.first - 1]
                                                    and c.first - 2 > k and toks[c.first - 2].text == ","):
            return c.first - 1
        # "… , and X said …": a new speaker
        subj = subject_before(toks, c.first, floor=k + 1, quoted=doc.quoted)
        if subj is not None and subj[0] > k + 1:
            m = subj[0]
            while m > k and (toks[m - 1].text in (",", ";", "—") or toks[m - 1].norm in _CONJ):
                m -= 1
            if m > k and toks[subj[0] - 1].text in {",", ";", "—", "and", "but"}:
                return m
    for x in range(k + 2, hi - 2):
        # "…, pledged his loyalty to the mayor, Mr. Reyes attacked …": a new main clause
        if toks[x].text == "," and not doc.quoted[x] and is_cap(toks[x + 1]) and not doc.quoted[x + 1]:
            spk = phrase_after(toks, x + 1, ceiling=hi, quoted=doc.quoted)
            if spk is not None and spk[1] < hi and verb_like(toks[spk[1]]) and toks[spk[1]].norm not in SPEECH_VERBS:
                return x
    end = hi
    while end > k and toks[end - 1].text in (".", "!", "?", ";", ",", ")", "…") and not doc.quoted[end - 1]:
        end -= 1
    return end


def _attributions(doc: _Doc, s: int, *, last_spk: tuple[int, int] | None = None) -> list[_Attr]:
    """Cues of sentence ``s`` with speakers and reported content (character spans, -1 when none);
    ``last_spk`` is the speaker of the sentences before (for "Adding, “…”")."""
    a, b = doc.sents[s]
    toks = doc.toks
    cues = doc.sent_cues[s]
    out: list[_Attr] = []
    prev: _Attr | None = None
    first_word = next((k for k in range(a, b) if is_word(toks[k]) and toks[k].norm not in _CONJ), a)
    lead = _sentence_initial_cue(doc, first_word, b, last_spk=last_spk)
    if lead is not None:
        out.append(lead)
        prev = lead
    for k in range(a + 1, b - 1):
        t = toks[k]
        if t.norm in SPEECH_NOUNS and t.text.islower() and not doc.quoted[k]:
            att = _noun_attribution(doc, k, lo=a, hi=b, cues=cues)
            if att is not None:
                out.append(att)
    for cue in cues:
        spk = speaker_for_cue(toks, cue, floor=a, ceiling=b, quoted=doc.quoted, prev_spk=prev.spk if prev else None)
        inverted = False
        if spk is None:
            spk = inverted_speaker(toks, cue, floor=a, ceiling=b, quoted=doc.quoted)  # "…, said the minister."
            inverted = spk is not None
        att = _Attr(cue, spk)
        out.append(att)
        if spk is not None:
            prev = att
        if spk is None:
            continue
        if inverted:
            m = cue.first - 1
            if toks[m].text == "," and not doc.quoted[m - 1] and doc.words_between(first_word, m) + sum(
                    1 for x in range(first_word, m) if doc.quoted[x] and is_word(toks[x])) >= MIN_INDIRECT_WORDS:
                att.c0, att.c1 = toks[first_word].start, toks[m - 1].end
            continue
        if cue.source_after:
            # "According to X, CONTENT." / "CONTENT, according to X."
            if cue.first <= first_word + 1:
                k = spk[1]
                while k < b and toks[k].text != ",":
                    k += 1
                if k + 1 < b:
                    att.c0, att.c1 = toks[k + 1].start, doc.span(k + 1, _clause_end(doc, k + 1, b, cues=cues, cue=cue))[1]
            else:
                end = cue.first
                while end > a and (toks[end - 1].text in (",", "—", "–", "(") or toks[end - 1].norm in _CONJ):
                    end -= 1
                if end > first_word:
                    att.c0, att.c1 = toks[first_word].start, toks[end - 1].end
            att.rule = "according"
            continue
        k, how = _skip_to_content(doc, cue, b)
        if cue.quote_only and how not in ("quote", "colon"):
            continue  # "continued", "went on": speech only right before a quotation
        if how in ("that", "bare", "to", "np"):
            end = _clause_end(doc, k, b, cues=cues, cue=cue)
            if how == "np":
                end = next((x for x in range(k, end) if toks[x].text in (",", ";") and not doc.quoted[x]), end)
            if end > k:
                att.c0, att.c1 = toks[k].start, toks[end - 1].end
            continue
        if how in ("quote", "colon"):
            att.c0 = toks[k].start if k < b else -1
            att.c1 = doc.span(k, _clause_end(doc, k, b, cues=cues, cue=cue))[1] if k < b else -1
            att.rule = "before"
            continue
        # "CONTENT, X said." / "CONTENT, said X." / "A, X said, B."
        lead = spk[0] if spk[0] < cue.first else cue.first
        m = lead - 1
        if m > a and doc.quoted[m] and doc.seg_of[m] >= 0 and m - 1 > a and toks[m - 1].text == "," \
                and not doc.segs[doc.seg_of[m]].speechy(doc.text) \
                and _n_words(doc.text[toks[first_word].start:doc.segs[doc.seg_of[m]].open]) >= MIN_INDIRECT_WORDS:
            m -= 1  # "she is a “calm, careful pilot,” Diaz said": words before the quote
        tail_end = _clause_end(doc, cue.last, b, cues=cues, cue=cue)
        if doc.words_between(cue.last, tail_end) > 10 and not (cue.last < b and toks[cue.last].text == ","):
            continue
        if m > a and toks[m].text in (",", "—", "–") and doc.words_between(first_word, m) + sum(
                1 for x in range(first_word, m) if doc.quoted[x] and is_word(toks[x])) >= MIN_INDIRECT_WORDS:
            tail = _clause_end(doc, cue.last, b, cues=cues, cue=cue)
            tail_words = doc.words_between(cue.last, tail)
            c1 = toks[m - 1].end
            if tail > cue.last and tail_words >= MIN_INDIRECT_WORDS and toks[cue.last].text == "," and \
                    _clause_start(toks[min(cue.last + 1, b - 1)]):
                c1 = toks[tail - 1].end  # "A, she said, B."
            att.c0, att.c1 = toks[first_word].start, c1
            att.rule = "indirect"
    return out


def _signature(doc: _Doc, para: int) -> tuple[Cue, tuple[int, int], str] | None:
    """A short paragraph that signs the quotation before it: "- Ruth Okafor.", "— Jane Roe, Eastport"."""
    a, b = doc.para_rng[para]
    toks = doc.toks
    if b - a < 1 or doc.words_between(a, b) > 12:
        return None
    line = doc.text[doc.text.rfind("\n", 0, toks[a].start) + 1:toks[a].start].strip()
    if toks[a].text in _DASHES and b - a >= 2:
        name_at = a + 1
    elif line in _DASHES:
        name_at = a  # the dash read as a list bullet, outside the paragraph
    else:
        return None
    spk = phrase_after(toks, name_at, ceiling=b, quoted=doc.quoted)
    if spk is None or not is_cap(toks[spk[1] - 1]):
        return None
    return Cue(a, a + 1, "—", "neutral", "phrase"), spk, "after"


def _sentence_initial_cue(doc: _Doc, k: int, hi: int, *, last_spk: tuple[int, int] | None) -> _Attr | None:
    """A capitalised speech verb opening a sentence: "Said Lund, “…”", "Continued Diaz: “…”", "Adding, “…”"."""
    toks = doc.toks
    if k + 1 >= hi or not is_cap(toks[k]) or doc.quoted[k]:
        return None
    n = toks[k].norm
    if n in _LEAD_PARTICIPLES and toks[k + 1].text in (",", ":") and last_spk is not None:
        cue = Cue(k, k + 1, n, SPEECH_VERBS.get(n, "neutral"), "verb")
        return _Attr(cue, last_spk, toks[k + 2].start if k + 2 < hi else -1, toks[hi - 1].end, "before")
    if n not in INVERTIBLE_VERBS | {"stated", "continued", "added", "said", "wrote", "asked"}:
        return None
    spk = phrase_after(toks, k + 1, ceiling=hi, quoted=doc.quoted)
    if spk is None or not is_cap(toks[spk[1] - 1]) or spk[1] >= hi:
        return None
    m = spk[1]
    if toks[m].text == "," and m + 1 < hi and not doc.quoted[m + 1]:
        m = next((x for x in range(m + 1, hi) if doc.quoted[x] or toks[x].text == ":"), hi) - 1  # ", who …,"
    if m + 1 < hi and toks[m].text in (",", ":") and (doc.quoted[m + 1] or m + 1 == hi):
        cue = Cue(k, k + 1, n, SPEECH_VERBS.get(n, "neutral"), "verb")
        return _Attr(cue, spk, toks[m + 1].start, toks[hi - 1].end, "before")
    if toks[m].text == ":" and m + 1 == hi:
        return _Attr(Cue(k, k + 1, n, SPEECH_VERBS.get(n, "neutral"), "verb"), spk)
    return None


def _noun_attribution(doc: _Doc, k: int, *, lo: int, hi: int, cues: list[Cue]) -> _Attr | None:
    """Reported words after a noun of speech and its owner: "his comment that …", "Reyes's claim that …"."""
    toks = doc.toks
    owner = k - 1
    while owner > lo and toks[owner].text.islower() and toks[owner].norm not in ("his", "her", "their", "its", "'s",
                                                                                   "’s") and k - owner <= 2:
        owner -= 1  # "his earlier comment"
    if toks[owner].norm in ("his", "her", "their", "its"):
        spk = (owner, owner + 1)
    elif toks[owner].norm in ("'s", "’s") and owner - 1 >= lo and is_cap(toks[owner - 1]):
        m = owner - 1
        while m - 1 >= lo and is_cap(toks[m - 1]) and toks[m - 1].norm not in STOPWORDS:
            m -= 1
        spk = (m, owner)
    else:
        return None
    that = next((m for m in range(k + 1, min(hi, k + 6)) if toks[m].norm == "that"), None)
    if that is None or any(not is_word(toks[m]) or toks[m].norm in SPEECH_VERBS for m in range(k + 1, that)) \
            or that + 1 >= hi or not _clause_start(toks[that + 1]):
        return None
    end = _clause_end(doc, that + 1, hi, cues=cues, cue=None)
    if end <= that + 1:
        return None
    noun = toks[k].norm
    att = _Attr(Cue(k, k + 1, noun, SPEECH_NOUNS[noun], "noun"), spk, toks[that + 1].start, toks[end - 1].end)
    return att


def _after_quote(doc: _Doc, seg: _Seg, *, hi: int) -> tuple[Cue, tuple[int, int]] | None:
    """A speech verb right after a quotation, and its speaker (",” Bugti said", ",” said Bugti")."""
    toks = doc.toks
    k = seg.t1
    if k < hi and toks[k].text in (",", "—", "–"):
        k += 1
    if k >= hi or doc.quoted[k]:
        return None
    s = doc.sent_of[k] if k < len(toks) else -1
    cues = [c for c in doc.sent_cues[s] if c.first >= k] if s >= 0 else []
    lim = min(hi, k + AFTER_QUOTE_WINDOW + MAX_GAP_WORDS)
    new_sentence = doc.sent_of[k] != doc.sent_of[max(seg.t1 - 1, seg.t0)]
    for cue in cues:
        if cue.first >= lim or any(doc.quoted[x] and doc.segs[doc.seg_of[x]].speechy(doc.text)
                                   for x in range(k, cue.first)):
            break
        if cue.source_after:
            spk = phrase_after(toks, cue.last, ceiling=hi, quoted=doc.quoted)
            if spk is not None and cue.first - k <= 3 and not new_sentence:
                return cue, spk
            break
        spk = subject_before(toks, cue.first, floor=k, quoted=doc.quoted)
        if (spk is None or spk[0] > k) and not new_sentence and not cue.participle:
            name = phrase_after(toks, k, ceiling=cue.first, quoted=doc.quoted)
            if name is not None and is_cap(toks[name[1] - 1]) and toks[name[1]].text == "," \
                    and 2 <= cue.first - name[1] <= 14 and not any(
                    toks[x].text in (",", ";", "(", ")") or doc.quoted[x] for x in range(name[1] + 1, cue.first)) \
                    and toks[name[1] + 1].norm in _APPOSITION_OPENERS:
                return cue, name  # '“…,” Jory Ardley, the blogger who runs a site tweeted': no closing comma
        if spk is not None and spk[0] == k and not (new_sentence and (
                cue.first != spk[1] or cue.form not in INVERTIBLE_VERBS | {"say", "tell", "tells", "told"})):
            if _has_own_words(doc, cue, hi):
                return None  # '"Ruth!," the senator said her campaign was …': that verb reports other words
            return cue, spk
        if spk is not None:
            break
        if cue.first - k <= 2 and cue.form.split()[0] in INVERTIBLE_VERBS | {"added", "continued", "wrote"}:
            spk = phrase_after(toks, cue.last, ceiling=hi, quoted=doc.quoted)  # ",” said Bugti"
            if spk is None:
                spk = phrase_after(toks, cue.last, ceiling=hi, quoted=doc.quoted, loose=True)  # "said retired Gen. X"
                if spk is not None and not any(is_cap(t) for t in toks[spk[0]:spk[1]]):
                    spk = None
            if spk is not None:
                return cue, spk
        if cue.first == k and not cue.participle:
            spk = phrase_after(toks, cue.last, ceiling=hi, quoted=doc.quoted, loose=True)  # ",” agrees Okafor"
            if spk is not None and any(is_cap(t) or t.norm.rstrip(".") in SPEECH_HEADS for t in toks[spk[0]:spk[1]]):
                return cue, spk
        if cue.first - k > 1:
            break
    # "…,” Reyes boasted / ”…!” the crowd chanted: any verb after a pronoun or a name
    body = doc.text[seg.c0:seg.c1].rstrip()
    if body[-1:] in (",", "?", "!", "—", "–") or seg.close - seg.c1 > 1 and doc.text[seg.c1 - 1] in ",?!":
        v = toks[k]
        if v.text.islower() and v.text.isalpha() and v.norm.endswith("ed") and v.norm not in STOPWORDS and k + 1 < hi:
            spk = phrase_after(toks, k + 1, ceiling=hi, quoted=doc.quoted)
            if spk is not None and is_cap(toks[spk[1] - 1]):
                return Cue(k, k + 1, v.norm, SPEECH_VERBS.get(v.norm, "neutral"), "verb"), spk  # "beamed Lund"
        spk = phrase_after(toks, k, ceiling=hi, quoted=doc.quoted)
        if spk is not None and spk[1] + 1 < hi and toks[spk[0]].norm in ("a", "an", "the") \
                and toks[spk[1]].norm in ("on", "in", "at", "from") and toks[spk[1]].text.islower():
            pp = phrase_after(toks, spk[1] + 1, ceiling=hi, quoted=doc.quoted)  # "a banner on the terminal reads"
            if pp is not None and pp[1] - 1 > pp[0] and toks[pp[1] - 1].norm in INVERTIBLE_VERBS:
                pp = (pp[0], pp[1] - 1)  # the phrase took the verb for a plural noun
            if pp is not None and pp[1] < hi and toks[pp[1]].norm in INVERTIBLE_VERBS:
                spk = (spk[0], pp[1])
        if spk is not None and spk[1] < hi and spk[1] - spk[0] <= 8:
            v = toks[spk[1]]
            if v.text.islower() and v.text.isalpha() and (v.norm.endswith(("ed", "s")) or v.norm in (
                    "wrote", "told", "said", "read", "went", "began", "put", "spoke", "shot", "fired")) \
                    and v.norm not in STOPWORDS:
                return Cue(spk[1], spk[1] + 1, v.norm, SPEECH_VERBS.get(v.norm, "neutral"), "verb"), spk
    return None


def _has_own_words(doc: _Doc, cue: Cue, hi: int) -> bool:
    """Tell whether a cue after a quotation introduces reported words of its own ("said his campaign was …")."""
    k, how = _skip_to_content(doc, cue, hi)
    if how == "that":
        between = doc.toks[cue.last:k - 1]
        return len(between) <= 3 and not any(t.text == "," or t.norm == "of" for t in between) \
            and doc.words_between(k, hi) >= MIN_QUOTE_WORDS
    if how != "bare" or doc.toks[k].norm not in ("he", "she", "they", "it", "we", "i", "there", "his", "her", "their",
                                                 "its", "the", "a", "an"):
        return False
    return any(verb_like(t) and not t.norm.endswith("ing") for t in doc.toks[k + 1:min(hi, k + 6)])


#: Role heads of a subject that leads into a quotation ("The senator went on: “…”").
SPEECH_HEADS = frozenset("senator president governor candidate spokesman spokeswoman spokesperson official minister "
                         "mayor secretary chairman chairwoman leader director statement report letter".split())


def find_article_quotes(article: Article, *, sentences: list[tuple[int, int]],
                        paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Direct and indirect quotes of one article, with their speaker phrases.

    Args:
        article: the article.
        sentences: its sentence spans, in order.
        paragraphs: its analysed paragraph spans, in order.

    Returns:
        Quotes in text order (speaker phrases as written; see :func:`quotes_table` for
        resolved speakers).
    """
    text = article.text
    doc = _Doc(text, sentences, paragraphs)
    if not doc.toks:
        return []
    toks = doc.toks
    attrs: list[list[_Attr]] = []
    last_spk: tuple[int, int] | None = None
    for s in range(len(doc.sents)):
        found_s = _attributions(doc, s, last_spk=last_spk if s and doc.para[doc.sents[s][0]] - doc.para[
            doc.sents[s - 1][0]] <= 1 else None)
        attrs.append(found_s)
        spks = [x.spk for x in found_s if x.spk is not None]
        if spks:
            last_spk = spks[-1]

    # --- direct quotes: pieces of one utterance joined per paragraph --------------------------
    units: list[list[_Seg]] = []
    other_speaker: set[int] = set()  # pieces after another subject's clause: not the quote before's words
    for seg in doc.segs:
        if not seg.speechy(text):
            units.append([seg])  # a title or scare quote stands alone and breaks nothing
            continue
        prev_unit = next((u for u in reversed(units) if u[-1].speechy(text)), None)
        if prev_unit is not None and prev_unit[-1].para == seg.para - 1 and prev_unit[-1].close == prev_unit[-1].c1 \
                and seg.open == doc.toks[doc.para_rng[seg.para][0]].start and not (
                    _unit_attributed(doc, prev_unit) and _after_quote(
                        doc, seg, hi=doc.sents[doc.sent_of[min(seg.t1, len(toks) - 1)]][1])):
            prev_unit.append(seg)  # a quote left open at its paragraph's end goes on in the next one
            continue
        if prev_unit is not None and prev_unit[-1].para == seg.para:
            last = prev_unit[-1]
            gap = text[last.close:seg.open]
            n_gap = _n_words(gap) - sum(_n_words(text[g.c0:g.c1]) for g in doc.segs if last.close <= g.open < seg.open)
            gap_cues = len({att.spk for s in {doc.sent_of[k] for k in range(last.t1, seg.t0)} for att in attrs[s]
                            if last.t1 <= att.cue.first < seg.t0 and not doc.quoted[att.cue.first]
                            and att.spk is not None and not att.cue.source_after})
            lower = text[seg.c0:seg.c0 + 1].islower() and gap.rstrip().endswith(",")
            joined = (n_gap == 0 and gap.strip() in ("", ".", ",", "…", "...")) or (
                n_gap <= MAX_GAP_WORDS and re.search(r"[,:.]\s*$", gap) is not None
                and (gap_cues == 1 or n_gap == 0 or lower and gap_cues <= 2))
            gap_sents = {doc.sent_of[k] for k in range(last.t1, seg.t0) if is_word(doc.toks[k]) and not doc.quoted[k]}
            seg_sent = doc.sent_of[seg.t0]
            if joined and seg_sent != doc.sent_of[max(last.t1 - 1, last.t0)] and any(
                    att.spk is not None and last.t1 <= att.cue.first < seg.t0 for att in attrs[seg_sent]):
                joined = False  # '“A,” Okonjo wrote. Later, she added, “b …”': the next sentence has its own cue
            part = _SPEECH_PARTICIPLE.search(gap)
            if joined and _NEW_SUBJECT.search(gap):
                joined = False  # '“A,” Lee said, and her brother chimed in. “B …”': a new subject, another speaker
                other_speaker.add(seg.open)
            elif joined and _NEW_VERB.search(gap):
                joined = False  # '“A,” Lee told the crowd, then pointed to …. “B …”': another quote
            if joined and lower and part is not None and _n_words(gap[part.end():]) >= 2:
                joined = False  # '“A,” she said, noting that she and her partner, Lee, “b …”': the participle's words
            if joined and not lower and (part or n_gap > 8 and len(gap_sents) >= 2):
                joined = False  # '"A," she said, adding that …. "B."': the words after are another quote
            if joined and gap_cues >= 1 and not lower and _unit_has_lead_cue(doc, prev_unit, attrs):
                joined = False  # 'X said: "A." He added, "B."' are two quotes
            if joined and gap_cues >= 1 and not lower:
                hi = doc.sents[doc.sent_of[seg.t1]][1] if seg.t1 < len(toks) else len(toks)
                if seg.t1 < len(toks) and doc.para[seg.t1] == seg.para and _after_quote(doc, seg, hi=hi):
                    joined = False  # '"A," she said. "B," she said.' are two quotes
            if joined:
                prev_unit.append(seg)
                continue
        units.append([seg])
    units.sort(key=lambda u: u[0].open)

    direct: list[Quote] = []
    absorbed: set[int] = set()
    unit_attr: dict[int, tuple[Cue, tuple[int, int], str]] = {}
    for ui, unit in enumerate(units):
        first, last = unit[0], unit[-1]
        s_first = doc.sent_of[first.t0]
        # 1. after a piece
        found = None
        for seg in unit:
            hi = doc.sents[doc.sent_of[min(seg.t1, len(toks) - 1)]][1] if seg.t1 < len(toks) else len(toks)
            if seg.t1 < len(toks) and doc.para[seg.t1] != seg.para:
                continue
            r = _after_quote(doc, seg, hi=hi)
            if r is not None:
                found = (r[0], r[1], "after")
                break
        # 2. a cue before the quotation in its sentence whose content it is
        if found is None:
            for att in reversed(attrs[s_first]):
                if att.spk is None or att.cue.first >= first.t0:
                    continue
                if att.c0 >= 0 and att.c0 <= first.open + 1 and att.c1 >= first.c0:
                    lead = text[att.c0:first.open].strip(" ,:")
                    if _n_words(lead) == 0 or lead.lower() in ("that",):
                        found = (att.cue, att.spk, "before")
                    break
                if att.c0 < 0 and att.rule == "before":
                    found = (att.cue, att.spk, "before")
                    break
                lead = text[toks[att.cue.last - 1].end:first.open].strip()
                if att.c0 < 0 and lead.endswith(":") and _n_words(lead) <= 6 and not any(
                        c in lead[:-1] for c in ".;:!?") and not any(doc.quoted[x] for x in range(att.cue.last, first.t0)):
                    named = _name_before_colon(doc, first.t0 - 1, floor=att.cue.last) \
                        if toks[first.t0 - 1].text == ":" else None
                    found = (att.cue, named or att.spk, "before")  # "she said, recalling her first term: “…”"
                    break  # ("Pollsters agree - Ann Lee: “…”": the name before the colon)
        if found is None:
            # a lead-in clause ending in a colon or comma right before the quote
            a = doc.sents[s_first][0]
            k = first.t0 - 1
            if k > a and toks[k].text in (":", ",") and not any(c.first < first.t0 for c in doc.sent_cues[s_first]):
                spk = (_name_before_colon(doc, k, floor=a) or _source_before_colon(doc, k, floor=a)) \
                    if toks[k].text == ":" else None
                spk = spk or clause_subject(doc.toks, quoted=doc.quoted, floor=doc.sents[s_first][0], until=k, last=True)
                if spk is not None:
                    found = (Cue(k, k + 1, ":", "neutral", "phrase"), spk, "before")
        # 3./4. the previous sentence: a colon lead-in, or a speaker without words
        if found is None and _opens_sentence(doc, first):
            ps = s_first - 1
            if ps >= 0 and doc.para[doc.sents[ps][0]] >= first.para - 1:
                p_text = text[doc.toks[doc.sents[ps][0]].start:doc.toks[doc.sents[ps][1] - 1].end].rstrip()
                cands = [x for x in attrs[ps] if x.spk is not None and not doc.quoted[x.cue.first]]
                if p_text.endswith(":"):
                    if cands:
                        found = (cands[-1].cue, cands[-1].spk, "colon")
                    else:
                        p0, p1 = doc.sents[ps]
                        spk = clause_subject(doc.toks, quoted=doc.quoted, floor=p0, until=p1 - 1, last=True) \
                            or _name_before_colon(doc, p1 - 1, floor=p0) or _source_before_colon(doc, p1 - 1, floor=p0)
                        if spk is not None:
                            found = (Cue(doc.sents[ps][1] - 1, doc.sents[ps][1], ":", "neutral", "phrase"), spk,
                                     "colon")
                elif cands and cands[-1].c0 < 0 and not any(doc.quoted[k] for k in range(*doc.sents[ps])) \
                        and doc.words_between(cands[-1].cue.last, doc.sents[ps][1]) <= 8:
                    found = (cands[-1].cue, cands[-1].spk, "previous")
        # a quote left open at its paragraph's end and attributed after its continuation
        if found is None and last.close == last.c1 and ui + 1 < len(units) and units[ui + 1][0].para == last.para + 1 \
                and _opens_sentence(doc, units[ui + 1][0]):
            nu = units[ui + 1]
            for seg in nu:
                hi = doc.sents[doc.sent_of[min(seg.t1, len(toks) - 1)]][1] if seg.t1 < len(toks) else len(toks)
                r = _after_quote(doc, seg, hi=hi) if seg.t1 < len(toks) and doc.para[seg.t1] == seg.para else None
                if r is not None:
                    found = (r[0], r[1], "after")
                    break
        # a quotation alone in its paragraph, signed on the next line ("— Sen. Jane Roe")
        if found is None and _opens_sentence(doc, first) and last.para + 1 < len(doc.para_rng):
            found = _signature(doc, last.para + 1) or found
        # 5. continued from the quote before
        if found is None and direct and first.open not in other_speaker and _stands_alone(doc, unit, attrs):
            prev_q = direct[-1]
            pu = units[ui - 1] if ui > 0 else None
            if prev_q.speaker and pu is not None and first.para - pu[-1].para <= 1 and (ui - 1) in unit_attr:
                cue, spk, _ = unit_attr[ui - 1]
                found = (cue, spk, "continued")
        n_words = sum(_n_words(text[sg.c0:sg.c1]) for sg in unit)
        speechy = any(sg.speechy(text) for sg in unit)
        single = text[first.open] in "‘'" and not text.startswith("''", first.open)
        if found is not None and single and found[2] in ("colon", "previous", "continued"):
            found = None  # single marks standing alone are headlines and subheads, not the last speaker's words
        if found is None:
            absorbed.add(ui)  # no speaker: a title, a slogan, a transcript or a pull quote
            continue
        if not speechy and _is_title(text, first) and len(unit) == 1:
            absorbed.add(ui)  # 'said on Channel Nine's “Sunday Docks,”': a programme's title
            continue
        if not speechy and found[2] == "after" and found[0].form not in SPEECH_VERBS.keys() | QUOTE_ONLY_VERBS \
                and found[0].kind == "verb":
            absorbed.add(ui)  # 'Over “ferry tax,” Lee sharpens the dispute': a label before any verb
            continue
        if not speechy and (found[2] not in ("before", "after") or found[0].form == ":" or found[2] == "after" and
                            text[last.c0:last.c1].rstrip().rstrip("’'\"”")[-1:] not in (",", "?", "!", ".")):
            absorbed.add(ui)
            continue
        cue, spk, rule = found
        unit_attr[ui] = found
        a, b = doc.span(*spk)
        direct.append(Quote("direct", first.c0, last.c1, text[a:b], a, b, cue.form, rule,
                            tuple((sg.c0, sg.c1) for sg in unit)))

    # --- reported speech ------------------------------------------------------------------
    indirect: list[Quote] = []
    extra: list[Quote] = []
    for s in range(len(doc.sents)):
        for att in attrs[s]:
            if att.spk is None or att.c0 < 0 or att.c1 <= att.c0 or att.rule == "before":
                continue
            if att.cue.quote_only:
                continue
            c0, c1 = att.c0, att.c1
            body = text[c0:c1]
            labelled = att.cue.form in ("called", "calls", "call", "calling") and any(ch in body for ch in QUOTE_CHARS)
            if _n_words(body) < (2 if labelled else MIN_INDIRECT_WORDS):
                continue  # ("called Voss “reckless”": an object and its quoted label)
            inside = [q for q in direct if q.start < c1 and q.end > c0]
            if any(q.start < c0 - 2 for q in inside):
                # the content starts inside a quote that began before it ('"A," Diaz said. "B" that …, he said'):
                # the reported words are the rest
                c0 = max(q.end for q in inside if q.start < c0 - 2) + 1
                while c0 < c1 and not text[c0].isalnum():
                    c0 += 1
                inside = [q for q in inside if q.start >= c0 - 2]
                if _n_words(text[c0:c1]) < MIN_INDIRECT_WORDS:
                    continue
            if inside and all(q.start - 2 <= c0 and q.end >= c1 - 2 for q in inside[:1]) and len(inside) == 1:
                continue  # the content is one direct quote: already attributed
            if inside:
                if any(_lead_words(text, c0, q.start) == 0 and q.end >= c1 - 2 for q in inside):
                    continue
                if any(q.rule == "after" for q in inside):
                    continue  # '…, telling a radio host, “…,” he said': that quote has its own speaker
                # quoted words inside reported speech: one row (the direct pieces are dropped)
                for q in inside:
                    q.kind = "absorbed"
                c0 = min([c0] + [q.start for q in inside if q.start >= c0 - 2])
                c1 = max([c1] + [q.end for q in inside if q.end <= c1 + 2])
            a, b = doc.span(*att.spk)
            indirect.append(Quote("indirect", c0, c1, text[a:b], a, b, att.cue.form, att.rule))
            # a whole clause quoted inside reported speech ("said India “categorically rejects the
            # allegations,”") is also a direct quote of that speaker
            for ui in sorted(absorbed):
                unit = units[ui]
                u0, u1 = unit[0].c0, unit[-1].c1
                if c0 <= u0 and u1 <= c1 + 2 and unit[0].open > c0 and all(sg.speechy(text) for sg in unit) \
                        and sum(_n_words(text[sg.c0:sg.c1]) for sg in unit) >= MIN_QUOTE_WORDS \
                        and text[u0:u1].rstrip()[-1:] in (",", ".", "?", "!") and u1 >= c1 - 2 \
                        and _lead_words(text, c0, unit[0].open) <= 1:
                    extra.append(Quote("direct", u0, u1, text[a:b], a, b, att.cue.form, "before",
                                       tuple((sg.c0, sg.c1) for sg in unit)))
    direct = [q for q in direct if q.kind == "direct"] + [q for q in extra if not any(
        d.start == q.start for d in direct)]
    # nested or duplicate indirect spans: keep the first of two covering the same words
    kept: list[Quote] = []
    for q in sorted(indirect, key=lambda q: (q.start, -(q.end - q.start))):
        if any(k.start <= q.start and q.end <= k.end and k.speaker_start == q.speaker_start for k in kept):
            continue
        kept.append(q)
    return sorted(direct + kept, key=lambda q: (q.start, q.kind))


def _lead_words(text: str, a: int, b: int) -> int:
    """Words between ``a`` and ``b`` that are not "that"."""
    return len([w for w in _WORD.findall(text[a:b]) if w.lower() != "that"])


def _unit_attributed(doc: _Doc, unit: list[_Seg]) -> bool:
    """Tell whether a quotation unit already has a cue in the sentences of its pieces."""
    sents = {doc.sent_of[k] for sg in unit for k in range(sg.t0, min(sg.t1 + 1, len(doc.toks)))}
    return any(not doc.quoted[c.first] for s in sents for c in doc.sent_cues[s])


def _unit_has_lead_cue(doc: _Doc, unit: list[_Seg], attrs: list[list[_Attr]]) -> bool:
    """Tell whether a quotation unit is already introduced by a cue before its first piece."""
    first = unit[0]
    s = doc.sent_of[first.t0]
    return any(att.spk is not None and att.cue.first < first.t0 for att in attrs[s])


def _opens_sentence(doc: _Doc, seg: _Seg) -> bool:
    """Tell whether a quotation opens its sentence (nothing but a conjunction before it)."""
    a = doc.sents[doc.sent_of[seg.t0]][0]
    return all(not is_word(doc.toks[k]) or doc.toks[k].norm in _CONJ for k in range(a, seg.t0))


def _stands_alone(doc: _Doc, unit: list[_Seg], attrs: list[list[_Attr]]) -> bool:
    """Tell whether a quotation has no words of its paragraph's own outside it before it and no cue around it."""
    first, last = unit[0], unit[-1]
    if not _opens_sentence(doc, first):
        return False
    s0, s1 = doc.sent_of[first.t0], doc.sent_of[max(last.t1 - 1, first.t0)]
    return not any(att.spk is not None for s in range(s0, s1 + 1) for att in attrs[s])


def _persons(mentions: pd.DataFrame) -> list[Person]:
    return [Person(int(a), int(b), str(e), str(k), str(t)) for a, b, e, k, t in
            zip(mentions.start, mentions.end, mentions.entity, mentions.kind, mentions.title)]


@accepts_story
def find_quotes(story: Story) -> pd.DataFrame:
    """All quotes of a story with speakers resolved within each article.

    Args:
        story: the story.

    Returns:
        The table of :func:`quotes_table` with ``speaker_group`` equal to ``speaker_name``
        (no cross-outlet grouping).
    """
    sents = sentences_table(story)
    paras = paragraphs_table(story)
    mentions = entity_mentions(story)
    vocab = lower_vocabulary([a.text for a in story.articles])
    story_titles = person_titles(_persons(mentions))
    rows = []
    sents_of, paras_of, mentions_of = split_by_article(sents), split_by_article(paras), split_by_article(mentions)
    for a in story.articles:
        s = sents_of.get(a.article_id, sents.iloc[:0])
        p = paras_of.get(a.article_id, paras.iloc[:0])
        spans = list(zip(s.start.tolist(), s.end.tolist()))
        m = mentions_of.get(a.article_id, mentions.iloc[:0])
        starts = s.start.to_numpy()
        found = find_article_quotes(a, sentences=spans, paragraphs=list(zip(p.start.tolist(), p.end.tolist())))
        quoted = [pc for q in found if q.kind == "direct" for pc in q.pieces]
        coref = Coreference(a.text, mentions=_persons(m), sentences=spans, quoted=quoted, lower_vocab=vocab,
                            story_titles=story_titles)
        for q in found:
            k = max(int((starts <= q.start).sum()) - 1, 0)
            res = coref.resolve(q.speaker_start, q.speaker_end)
            coref.note_speaker(q.speaker_start, res)
            body = a.text[q.start:q.end]
            if q.kind == "direct":
                n_words = sum(_n_words(a.text[x:y]) for x, y in q.pieces) if q.pieces else _n_words(body)
            else:  # words of direct quotes inside reported speech count once
                n_words = _n_words(body) - sum(_n_words(a.text[max(d.start, q.start):min(d.end, q.end)])
                                               for d in found if d.kind == "direct" and d.start < q.end
                                               and d.end > q.start)
            rows.append((a.article_id, a.label, q.kind, int(s.sent_id.iat[k]), q.start, q.end, body, n_words,
                         q.speaker, q.speaker_start, q.speaker_end, res.name, res.kind, res.name, q.verb,
                         SPEECH_VERBS.get(q.verb, SPEECH_PHRASES.get(q.verb, SPEECH_NOUNS.get(
                             q.verb, "neutral" if q.verb else ""))), q.rule,
                         s.text.iat[k]))
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


@accepts_story
def quotes_table(story: Story) -> pd.DataFrame:
    """Who is quoted by which outlet: direct and indirect quotes with speakers grouped across outlets.

    Args:
        story: the story.

    Returns:
        One row per quote. Columns: ``article_id``, ``outlet`` (label); ``kind``
        (``direct`` | ``indirect``); ``sent_id`` (sentence where the quote starts);
        ``start``, ``end`` (offsets of the quoted words in the article text, quotation
        marks excluded; a quote broken by its attribution runs from its first word to its
        last); ``text``; ``n_words`` (words quoted or reported); ``speaker`` (the phrase as
        written, empty when not found), ``speaker_start``, ``speaker_end`` (-1 when none);
        ``speaker_name`` (resolved within the article: a person's full name, an
        organisation, or the phrase in lower case; empty for an unresolved pronoun);
        ``speaker_kind`` (person | organisation | anonymous | group | pronoun-unresolved,
        empty when no speaker); ``speaker_group`` (the same person across outlets:
        spellings grouped); ``verb`` (reporting verb or phrase); ``verb_group`` (neutral |
        distancing | confirming | denying | asserting, from :mod:`presslens.lexicons.speech`);
        ``rule`` (how the speaker was found); ``sentence`` (text of the sentence where the
        quote starts).
    """
    q = find_quotes(story)
    if q.empty:
        return q
    persons = q[q.speaker_kind == "person"]
    mentions = pd.DataFrame({"entity": persons.speaker_name, "kind": "person", "article_id": persons.article_id})
    groups = name_groups(mentions)
    story_persons = entity_mentions(story)
    story_persons = story_persons[story_persons.kind == "person"]
    counts = story_persons.entity.value_counts()
    for name in set(persons.speaker_name):
        if " " not in name and groups.get(name, name) == name:
            groups[name] = _surname_owner(name, counts)
    q["speaker_group"] = [groups.get(n, n) if k == "person" else n for n, k in zip(q.speaker_name, q.speaker_kind)]
    return q


def _surname_owner(surname: str, counts: pd.Series) -> str:
    """The full name a bare surname speaker belongs to across the story: the person with that surname
    the story names far more often than any other ("Okafor" → "Ruth Okafor", not "Sam Okafor"),
    else the surname alone."""
    full = counts[[n for n in counts.index if " " in n and n.split()[-1] == surname]]
    if full.empty:
        return surname
    ranked = full.sort_values(ascending=False)
    if len(ranked) == 1 or ranked.iat[0] >= 2 * ranked.iat[1]:
        return str(ranked.index[0])
    return surname


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """How many quotes and words each speaker gets in each outlet.

    Args:
        quotes: the table of :func:`quotes_table`.

    Returns:
        One row per (speaker group, article), resolved speakers only. Columns:
        ``speaker_group``, ``speaker_kind``, ``article_id``, ``outlet``, ``n_quotes``,
        ``n_direct``, ``n_indirect``, ``n_words`` (words quoted or reported),
        ``speaker_names`` (spellings used, "; " separated). Sorted by words, most first.
    """
    q = quotes[quotes.speaker_group.astype(str) != ""] if not quotes.empty else quotes
    if q.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    g = q.groupby(["speaker_group", "article_id", "outlet"], sort=False)
    out = g.agg(speaker_kind=("speaker_kind", lambda k: k.mode().iat[0]), n_quotes=("kind", "size"),
                n_direct=("kind", lambda k: int((k == "direct").sum())),
                n_indirect=("kind", lambda k: int((k == "indirect").sum())), n_words=("n_words", "sum"),
                speaker_names=("speaker_name", lambda s: "; ".join(dict.fromkeys(x for x in s if x)))).reset_index()
    return out.sort_values(["n_words", "speaker_group"], ascending=[False, True], kind="stable")[SPEAKER_COLUMNS] \
        .reset_index(drop=True)
