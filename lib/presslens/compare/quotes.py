"""Quotes: who says what in each article, directly ("…," Bugti said) or indirectly (X said that …).

Direct quotes are spans between double quotation marks, straight or curly, found per
paragraph, so one quote may run over several sentences; a quote left open at the end of a
paragraph (the newsroom convention for a quote continuing in the next one) runs to the
paragraph's end. Quotes of fewer than ``MIN_QUOTE_WORDS`` words that are all capitalised
("Herof") are names, not speech, and are left out; other short quotes (scare quotes) are
kept only when a speaker is found.

The speaker of a direct quote is looked for, in order:

1. a reporting verb right after the quote in its sentence (",” Bugti said", ",” said Bugti");
2. the nearest reporting verb before the quote in its sentence ("Jaiswal said India “…”");
3. a previous sentence ending with a colon and holding a reporting verb ("Jaiswal … was
   quoted as saying:" followed by the quote paragraph);
4. the previous quote's speaker when the quote stands alone in the next sentence or
   paragraph (a continued quote).

Indirect speech: a reporting verb (:data:`presslens.lexicons.speech.REPORTING_VERBS`)
with a subject, followed by "that" or, for verbs of saying
(:data:`presslens.lexicons.sources.BARE_SPEECH_VERBS`), by a clause; and "according to X".
A participle with no subject ("…, accusing Islamabad of …") takes the subject of the
sentence's earlier reporting verb.

The speaker phrase is read backwards from the verb (subject) or forwards after it
("said Bugti", "according to provincial officials"), skipping appositions (", the chief
minister of Balochistan,"). It is normalised within the article (``speaker_name``): a
person named in it; "he"/"she" → the last person named before; a title without a name
("the province's chief minister") → the one person the article gives that title; else an
organisation or place named in it; else the phrase in lower case without its article
("provincial officials"). ``speaker_group`` then joins spellings across outlets
(:func:`presslens.compare.variants.name_groups`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from presslens.compare.entities import entity_mentions, titles_by_person
from presslens.compare.variants import name_groups
from presslens.corpus.story import Article, Story, accepts_story
from presslens.corpus.tables import paragraphs_table, sentences_table
from presslens.corpus.tokenize import Token as _Tok
from presslens.corpus.tokenize import normalize, tokens
from presslens.lexicons.common import STOPWORDS
from presslens.lexicons.sources import (
    BARE_SPEECH_VERBS,
    GENERIC_SPEAKERS,
    SPEAKER_BOUNDARY,
    SPEAKER_CUT,
    SPEAKER_FILLERS,
    SPEAKER_PRONOUNS,
    SPEAKER_SKIP,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from presslens.lexicons.speech import ATTRIBUTION_PHRASES, REPORTING_VERBS

#: Quotes shorter than this (words) are kept only with a speaker, and never when all capitalised.
MIN_QUOTE_WORDS = 3
#: Tokens after a closing quote mark within which a reporting verb attributes it.
AFTER_QUOTE_WINDOW = 6
#: Longest speaker phrase (tokens).
MAX_SPEAKER_TOKENS = 10
#: Shortest indirect-speech content (words).
MIN_INDIRECT_WORDS = 3

#: Columns of :func:`find_quotes` / :func:`quotes_table`.
QUOTE_COLUMNS = ["article_id", "outlet", "kind", "sent_id", "start", "end", "text", "n_words", "speaker",
                 "speaker_start", "speaker_end", "speaker_name", "speaker_group", "verb", "verb_group", "rule",
                 "sentence"]
#: Columns of :func:`speakers_table`.
SPEAKER_COLUMNS = ["speaker_group", "article_id", "outlet", "n_quotes", "n_direct", "n_indirect", "n_words",
                   "speaker_names"]

_OPEN = {"“": "”", '"': '"', "„": "”", "«": "»"}
_QUOTE_MARKS = set('"“”„«»')
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PHRASES = sorted(((tuple(p.split()), g) for p in ATTRIBUTION_PHRASES for g in [ATTRIBUTION_PHRASES[p]]),
                  key=lambda x: -len(x[0]))


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
        rule: how the speaker was found (``after``, ``before``, ``colon``,
            ``continued``, ``indirect``, ``according``, ``none``).
    """

    kind: str
    start: int
    end: int
    speaker: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    verb: str = ""
    rule: str = "none"


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
    out = []
    i = start
    while i < end:
        c = text[i]
        if c in _OPEN and (c != '"' or i == start or not text[i - 1].isalnum()):
            close = _OPEN[c]
            j = text.find(close, i + 1, end)
            if j < 0:
                out.append((i + 1, end))
                break
            out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return [(a, b) for a, b in out if b > a and text[a:b].strip()]


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return tokens(text[start:end], offset=start)


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


def _is_cap(t: str) -> bool:
    return t[:1].isupper()


def _head_ok(toks: list[_Tok]) -> bool:
    for t in toks:
        n = t.norm.rstrip(".")
        if _is_cap(t.text) or n in TITLE_WORDS or n in GENERIC_SPEAKERS or n in SPEAKER_PRONOUNS:
            return True
    return False


def _phrase_ok(t: _Tok) -> bool:
    n = t.norm.rstrip(".")
    return (_is_cap(t.text) and t.text not in _QUOTE_MARKS) or n in TITLE_WORDS or n in TITLE_MODIFIERS \
        or n in GENERIC_SPEAKERS or n in SPEAKER_FILLERS or n in SPEAKER_PRONOUNS or t.text[:1].isdigit()


def _trim(toks: list[_Tok]) -> list[_Tok]:
    while toks and (toks[0].norm in {"of", "for", "'s", "’s", ","} or toks[0].text in _QUOTE_MARKS):
        toks = toks[1:]
    while toks and (toks[-1].norm in {"of", "for", "the", "a", "an", ","} or toks[-1].text in _QUOTE_MARKS):
        toks = toks[:-1]
    return toks


def _subject_before(toks: list[_Tok], v: int, *, floor: int = 0) -> list[_Tok]:
    """The speaker phrase before the verb at index ``v`` (tokens ``floor`` .. ``v-1``)."""
    j = v - 1
    while j >= floor and (toks[j].norm in SPEAKER_SKIP or toks[j].norm in {"not", "n't"}):
        j -= 1
    if j >= floor and toks[j].text == ",":
        # an apposition (", the chief minister of Balochistan,") or a relative clause
        # (", who met the families,") → skip to the name before it
        k = j - 1
        while k >= floor and toks[k].text != "," and j - k <= 2 * MAX_SPEAKER_TOKENS:
            k -= 1
        inner = toks[k + 1:j]
        if k >= floor and toks[k].text == "," and inner and (
                any(t.norm.rstrip(".") in TITLE_WORDS for t in inner) or inner[0].norm in {"who", "whose"}):
            j = k - 1
        else:
            return []
    end = j + 1
    while j >= floor and end - j <= MAX_SPEAKER_TOKENS:
        t = toks[j]
        if t.norm in SPEAKER_BOUNDARY:
            break
        if t.norm in {"'s", "’s"} and j - 1 >= floor and toks[j - 1].text[:1].isalpha():
            j -= 2  # "the province's chief minister"
            continue
        if not (_phrase_ok(t) or t.norm in SPEAKER_CUT):
            break
        j -= 1
    phrase = _trim(toks[j + 1:end])
    # "Provincial officials in Pakistan on Sunday said" → "Provincial officials"
    cut = next((i for i, t in enumerate(phrase) if i > 0 and t.norm in SPEAKER_CUT), None)
    if cut is not None:
        phrase = _trim(phrase[:cut])
    while phrase and phrase[0].norm in SPEAKER_CUT:
        phrase = phrase[1:]
    if phrase and _head_ok(phrase):
        return phrase
    return _determiner_phrase(toks, end, floor=floor)


def _determiner_phrase(toks: list[_Tok], end: int, *, floor: int) -> list[_Tok]:
    """A plain noun phrase opened by an article right before the verb ("The harbour master")."""
    j = end - 1
    while j >= floor and end - j <= 4 and toks[j].text[:1].isalpha() and toks[j].norm not in STOPWORDS:
        j -= 1
    if j < floor or j == end - 1 or toks[j].norm not in {"the", "a", "an"}:
        return []
    if j > floor and toks[j - 1].text[:1].isalnum():
        return []  # "killed the militants said": the article must open a clause
    return toks[j:end]


def _object_after(toks: list[_Tok], k: int, *, ceiling: int) -> list[_Tok]:
    """The speaker phrase starting at index ``k`` ("said Bugti", "according to provincial officials")."""
    j = k
    while j < ceiling and j - k < MAX_SPEAKER_TOKENS:
        t = toks[j]
        if t.norm in SPEAKER_BOUNDARY or t.norm in SPEAKER_CUT or not (t.text[:1].isalnum() or t.norm in {"'s", "’s"}):
            break
        j += 1
    phrase = _trim(toks[k:j])
    if phrase and not _is_cap(phrase[-1].text) and not _head_ok(phrase[-1:]):
        plain = phrase[0].norm in {"the", "a", "an"} and len(phrase) <= 4 and not any(
            t.norm in {"of", "'s", "’s", "his", "her", "their"} for t in phrase)
        return phrase if plain else []  # "the fire service" yes, "a video of his remarks" no
    return phrase if phrase and _head_ok(phrase) else []


def _verbs(toks: list[_Tok], *, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Reporting verbs and phrases in ``toks[lo:hi]`` as ``(first, last+1, form)``."""
    hi = len(toks) if hi is None else hi
    out = []
    i = lo
    while i < hi:
        hit = None
        for words, _ in _PHRASES:
            if tuple(t.norm for t in toks[i:i + len(words)]) == words:
                hit = (i, i + len(words), " ".join(words))
                break
        if hit is None and toks[i].norm in REPORTING_VERBS and not _is_cap(toks[i].text):
            hit = (i, i + 1, toks[i].norm)
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _span_of(toks: list[_Tok]) -> tuple[int, int]:
    return toks[0].start, toks[-1].end


def _speaker_for_verb(toks: list[_Tok], v0: int, v1: int, form: str, *, floor: int, ceiling: int) -> list[_Tok]:
    if form in ATTRIBUTION_PHRASES and form.startswith(("according", "as reported", "citing", "cited")):
        return _object_after(toks, v1, ceiling=ceiling)
    subj = _subject_before(toks, v0, floor=floor)
    if not subj and form.startswith(("was quoted", "quoted")):
        return []
    return subj


def _in_quote(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a - 1 <= i < b + 1 for a, b in spans)


def find_article_quotes(article: Article, *, sentences: list[tuple[int, int]],
                        paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Direct and indirect quotes of one article, with their speaker phrases.

    Args:
        article: the article.
        sentences: its sentence spans, in order.
        paragraphs: its analysed paragraph spans, in order.

    Returns:
        Quotes in text order (speaker phrases as written; see :func:`quotes_table` for
        normalised speakers).
    """
    text = article.text
    direct: list[Quote] = []
    qspans: list[tuple[int, int]] = []
    for p0, p1 in paragraphs:
        qspans += quote_spans(text, start=p0, end=p1)
    sent_idx = {i: s for i, s in enumerate(sentences)}

    def sentence_of(pos: int) -> int:
        for i, (a, b) in sent_idx.items():
            if a <= pos < b + 1:
                return i
        return max((i for i, (a, _) in sent_idx.items() if a <= pos), default=0)

    prev: Quote | None = None
    prev_sent = -10
    for q0, q1 in qspans:
        content = text[q0:q1]
        words = _WORD.findall(content)
        if not words:
            continue
        if len(words) < MIN_QUOTE_WORDS and all(w[:1].isupper() for w in words):
            continue
        si, se = sentence_of(q0), sentence_of(max(q1 - 1, q0))
        s_start, s_end = sentences[si][0], sentences[se][1]
        toks = _tokens(text, s_start, s_end)
        # tokens outside any quote of these sentences
        inside = [q0 - 1 <= t.start < q1 + 1 for t in toks]
        close_idx = next((i for i, t in enumerate(toks) if t.start >= q1), len(toks))
        open_idx = next((i for i, t in enumerate(toks) if t.start >= q0 - 1), 0)
        found: Quote | None = None
        # 1. verb right after the quote
        for v0, v1, form in _verbs(toks, lo=close_idx, hi=min(len(toks), close_idx + AFTER_QUOTE_WINDOW + 1)):
            if any(inside[v0:v1]):
                continue
            subj = _subject_before(toks, v0, floor=close_idx)
            if not subj and form in REPORTING_VERBS and not form.endswith("ing") and v0 - close_idx <= 2:
                subj = _object_after(toks, v1, ceiling=len(toks))  # ",” said Bugti"
            if not subj and form.endswith("ing"):
                continue
            if not subj and form in ATTRIBUTION_PHRASES:
                subj = _object_after(toks, v1, ceiling=len(toks))
            if subj:
                a, b = _span_of(subj)
                found = Quote("direct", q0, q1, text[a:b], a, b, form, "after")
            break
        # 2. nearest verb before the quote in its sentence
        if found is None:
            cands = [v for v in _verbs(toks, hi=open_idx) if not any(inside[v[0]:v[1]])
                     and not _in_quote(toks[v[0]].start, qspans)]
            for v0, v1, form in reversed(cands):
                subj = _speaker_for_verb(toks, v0, v1, form, floor=0, ceiling=open_idx)
                if not subj and toks[v0].norm.endswith("ing"):
                    for w0, w1, f2 in reversed([c for c in cands if c[0] < v0]):
                        subj = _speaker_for_verb(toks, w0, w1, f2, floor=0, ceiling=open_idx)
                        if subj:
                            break
                if subj:
                    a, b = _span_of(subj)
                    found = Quote("direct", q0, q1, text[a:b], a, b, form, "before")
                    break
        # 3. previous sentence ending with a colon
        if found is None and si > 0 and text[sentences[si - 1][0]:sentences[si - 1][1]].rstrip().endswith(":") \
                and not any(t.start < q0 - 1 and not _in_quote(t.start, qspans) and t.text[:1].isalnum() for t in toks[:open_idx]):
            pt = _tokens(text, *sentences[si - 1])
            for v0, v1, form in reversed(_verbs(pt)):
                subj = _speaker_for_verb(pt, v0, v1, form, floor=0, ceiling=len(pt))
                if not subj and v0 > 0:
                    # "X was quoted as saying:" → subject before the auxiliary
                    subj = _subject_before(pt, v0, floor=0)
                if subj:
                    a, b = _span_of(subj)
                    found = Quote("direct", q0, q1, text[a:b], a, b, form, "colon")
                    break
        # 4. a continued quote
        if found is None and prev is not None and prev.speaker and si - prev_sent <= 2:
            found = Quote("direct", q0, q1, prev.speaker, prev.speaker_start, prev.speaker_end, prev.verb, "continued")
        if found is None:
            if len(words) < MIN_QUOTE_WORDS:
                continue
            found = Quote("direct", q0, q1)
        direct.append(found)
        prev, prev_sent = found, se
    indirect = _indirect(text, sentences, qspans, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, q.kind))


def _indirect(text: str, sentences: list[tuple[int, int]], qspans: list[tuple[int, int]],
              direct: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for s0, s1 in sentences:
        toks = _tokens(text, s0, s1)
        verbs = [v for v in _verbs(toks) if not _in_quote(toks[v[0]].start, qspans)]
        last_subj: list[_Tok] = []
        for v0, v1, form in verbs:
            if form.startswith(("according", "as reported", "citing", "cited")):
                subj = _object_after(toks, v1, ceiling=len(toks))
                if not subj:
                    continue
                a, b = _span_of(subj)
                if v0 == 0 or (v0 == 1 and toks[0].text in _QUOTE_MARKS):
                    k = next((i for i in range(v1, len(toks)) if toks[i].text == ","), None)
                    c0 = toks[k + 1].start if k is not None and k + 1 < len(toks) else -1
                    c1 = s1
                else:
                    c0 = s0
                    c1 = toks[v0 - 1].start if v0 > 0 and toks[v0 - 1].text == "," else toks[v0].start
                if c0 >= 0 and _n_words(text[c0:c1]) >= MIN_INDIRECT_WORDS:
                    out.append(Quote("indirect", c0, c1, text[a:b], a, b, form, "according"))
                continue
            if form not in REPORTING_VERBS:
                continue
            subj = _subject_before(toks, v0)
            if not subj and form.endswith("ing") and last_subj:
                subj = last_subj
            if not subj:
                continue
            last_subj = subj
            k = v1
            tail = [t for t in toks[k:] if t.text[:1].isalnum()]
            before = [i for i, t in enumerate(toks) if t.start < subj[0].start]
            if len(tail) < MIN_INDIRECT_WORDS and before and toks[before[-1]].text == "," \
                    and toks[0].text not in _QUOTE_MARKS:
                # "CONTENT, the chief minister said on Sunday."
                body = text[s0:toks[before[-1]].start].rstrip(" .,")
                if _n_words(body) >= MIN_INDIRECT_WORDS:
                    a, b = _span_of(subj)
                    out.append(Quote("indirect", s0, s0 + len(body), text[a:b], a, b, form, "indirect"))
                continue
            nxt = toks[k] if k < len(toks) else None
            if nxt is None:
                continue
            that = next((i for i in range(k, min(len(toks), k + 9)) if toks[i].norm == "that"), None)
            if form in ("told", "tells", "tell", "telling"):
                k = that + 1 if that is not None else k
            elif that is not None and that > k and all(
                    t.norm in SPEAKER_CUT or t.norm in STOPWORDS or _is_cap(t.text) for t in toks[k:that]):
                k = that + 1  # "said on Monday that …"
            elif nxt.norm == "that":
                after = toks[k + 1] if k + 1 < len(toks) else None
                if REPORTING_VERBS[form] == "denying" and (after is None or not (
                        after.norm in STOPWORDS or _is_cap(after.text) or after.text[:1].isdigit())):
                    continue  # "rejected that charge"
                k += 1
            elif form not in BARE_SPEECH_VERBS:
                continue
            elif nxt.text in _QUOTE_MARKS or nxt.text in {":", ",", "."} or nxt.norm in {"responsibility", "credit"}:
                continue
            if k >= len(toks):
                continue
            c0, c1 = toks[k].start, s1
            # stop before a direct quote that the verb introduces, or a closing attribution
            for q in direct:
                if c0 <= q.start - 1 < c1 and q.start - 1 <= c0 + 1:
                    c0 = -1
                    break
            if c0 < 0:
                continue
            body = text[c0:c1].rstrip(" .,")
            if _n_words(body) < MIN_INDIRECT_WORDS:
                continue
            a, b = _span_of(subj)
            out.append(Quote("indirect", c0, c0 + len(body), text[a:b], a, b, form, "indirect"))
    return out


def _resolve(speaker: str, s0: int, s1: int, *, persons: pd.DataFrame, others: pd.DataFrame,
             titles: dict[str, list[str]]) -> str:
    """Normalise a speaker phrase within its article (see the module docstring)."""
    if not speaker:
        return ""
    inside = persons[(persons.start >= s0) & (persons.end <= s1)]
    if not inside.empty:
        return str(inside.entity.iat[-1])
    words = [normalize(w) for w in _WORD.findall(speaker)]
    if len(words) == 1 and words[0] in SPEAKER_PRONOUNS:
        if SPEAKER_PRONOUNS[words[0]] == "person":
            before = persons[persons.end <= s0]
            return str(before.entity.iat[-1]) if not before.empty else ""
        return words[0]
    heads = [w for w in words if w in TITLE_WORDS or w in TITLE_MODIFIERS]
    if heads and words[-1] in TITLE_WORDS:
        for n in (2, 1):
            key = " ".join(words[-n:])
            if n == 2 and (len(words) < 2 or words[-2] not in TITLE_WORDS | TITLE_MODIFIERS):
                continue
            who = [p for p, ts in titles.items() if any(re.search(rf"\b{re.escape(key)}\b", t) for t in ts)]
            if len(who) == 1:
                return who[0]
    inside = others[(others.start >= s0) & (others.end <= s1)]
    if not inside.empty:
        return str(inside.entity.iat[-1])
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


@accepts_story
def find_quotes(story: Story) -> pd.DataFrame:
    """All quotes of a story with speakers normalised within each article.

    Args:
        story: the story.

    Returns:
        The table of :func:`quotes_table` with ``speaker_group`` equal to ``speaker_name``
        (no cross-outlet grouping).
    """
    sents = sentences_table(story)
    paras = paragraphs_table(story)
    mentions = entity_mentions(story)
    rows = []
    for a in story.articles:
        s = sents[sents.article_id == a.article_id]
        p = paras[paras.article_id == a.article_id]
        spans = list(zip(s.start.tolist(), s.end.tolist()))
        m = mentions[mentions.article_id == a.article_id]
        persons = m[m.kind == "person"]
        others = m[m.kind.isin(["organisation", "place"])]
        titles = titles_by_person(m)
        starts = s.start.to_numpy()
        found = find_article_quotes(a, sentences=spans, paragraphs=list(zip(p.start.tolist(), p.end.tolist())))
        for q in found:
            k = max(int((starts <= q.start).sum()) - 1, 0)
            name = _resolve(q.speaker, q.speaker_start, q.speaker_end, persons=persons, others=others, titles=titles)
            body = a.text[q.start:q.end]
            n_words = _n_words(body)
            if q.kind == "indirect":  # words of direct quotes inside reported speech count once
                n_words -= sum(_n_words(a.text[max(d.start, q.start):min(d.end, q.end)]) for d in found
                               if d.kind == "direct" and d.start < q.end and d.end > q.start)
            rows.append((a.article_id, a.label, q.kind, int(s.sent_id.iat[k]), q.start, q.end, body, n_words,
                         q.speaker, q.speaker_start, q.speaker_end, name, name, q.verb,
                         REPORTING_VERBS.get(q.verb, ATTRIBUTION_PHRASES.get(q.verb, "")), q.rule, s.text.iat[k]))
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
        marks excluded); ``text``; ``n_words``; ``speaker`` (the phrase as written, empty
        when not found), ``speaker_start``, ``speaker_end`` (-1 when none);
        ``speaker_name`` (normalised within the article); ``speaker_group`` (the same
        actor across outlets: spellings grouped); ``verb`` (reporting verb or phrase);
        ``verb_group`` (neutral | distancing | confirming | denying | asserting, from
        :mod:`presslens.lexicons.speech`); ``rule`` (how the speaker was found);
        ``sentence`` (text of the sentence where the quote starts).
    """
    q = find_quotes(story)
    if q.empty:
        return q
    mentions = pd.DataFrame({"entity": q.speaker_name, "kind": "person", "article_id": q.article_id})
    groups = name_groups(mentions[mentions.entity.str.contains(r"[A-Z]", regex=True)])
    q["speaker_group"] = q.speaker_name.map(lambda n: groups.get(n, n))
    return q


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """How many quotes and words each speaker gets in each outlet.

    Args:
        quotes: the table of :func:`quotes_table`.

    Returns:
        One row per (speaker group, article), speakers with a name only. Columns:
        ``speaker_group``, ``article_id``, ``outlet``, ``n_quotes``, ``n_direct``,
        ``n_indirect``, ``n_words`` (words quoted or reported), ``speaker_names``
        (spellings used, "; " separated). Sorted by words, most first.
    """
    q = quotes[quotes.speaker_group.astype(str) != ""] if not quotes.empty else quotes
    if q.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    g = q.groupby(["speaker_group", "article_id", "outlet"], sort=False)
    out = g.agg(n_quotes=("kind", "size"), n_direct=("kind", lambda k: int((k == "direct").sum())),
                n_indirect=("kind", lambda k: int((k == "indirect").sum())), n_words=("n_words", "sum"),
                speaker_names=("speaker_name", lambda s: "; ".join(dict.fromkeys(s)))).reset_index()
    return out.sort_values(["n_words", "speaker_group"], ascending=[False, True], kind="stable")[SPEAKER_COLUMNS] \
        .reset_index(drop=True)
