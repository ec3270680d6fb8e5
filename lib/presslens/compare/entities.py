"""Actors and places: capitalised names with their titles, by rules (no model).

A *name* is a run of capitalised tokens (small connectors such as "of" allowed inside,
"Bank of England"); a possessive "'s" ends it. A capitalised word that opens a sentence, or
stands in a title-case line (headlines), counts only when the story never writes it in
lower case ("Militants carried out…" is not a name, "Balochistan has…" is). Title words
(:data:`presslens.lexicons.sources.TITLE_WORDS`) split a run into title and name
("Balochistan Chief Minister | Sarfraz Bugti"); lower-case titles before a name ("Indian
Foreign Ministry spokesperson Randhir Jaiswal") and appositions after it ("Sarfaraz Bugti,
the chief minister of Balochistan,") are attached as the person's title.

Kinds: ``person`` (a title or honorific, or two to three capitalised words that are not a
place or organisation, or a surname of such a person in the same article), ``organisation``
(ends in an organisation word, "Baloch Liberation Army", or an acronym), ``place`` (the
gazetteer, a place word after it, "Noshki district", a preposition before it, "in Gwadar",
or a list with a place), ``other`` (single capitalised words not otherwise known:
"Herof", "Islamist").

What the rules miss: single-word names of people never given a first name ("Madonna"),
lower-case or non-Latin names, places outside the gazetteer with no cue, organisations
without an organisation word ("Hamas", "Google": ``other``), nicknames, and names that
open a sentence and also exist as common words ("Rich", "Young"). Demonyms ("Pakistani")
are not counted as mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, split_by_article
from presslens.corpus.tokenize import WORD_RE, normalize
from presslens.lexicons.common import STOPWORDS
from presslens.lexicons.sources import (
    COMMON_WORD_ENDINGS,
    DEMONYMS,
    GAZETTEER,
    GAZETTEER_PHRASES,
    HONORIFICS,
    NAME_CONNECTORS,
    NOT_NAMES,
    ORG_CUES,
    ORG_HEAD_WORDS,
    PLACE_ALIASES,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)

#: Kinds of entity.
KINDS = ("person", "organisation", "place", "other")
#: Share of capitalised words above which a sentence is a title-case line (headline).
TITLE_CASE_SHARE = 0.8
#: Longest title phrase (tokens) taken before a name or in an apposition after it.
MAX_TITLE_TOKENS = 10

#: Columns of :func:`entity_mentions`.
MENTION_COLUMNS = ["article_id", "outlet", "sent_id", "start", "end", "mention", "entity", "kind", "title",
                   "sentence"]
#: Columns of :func:`actors_table`.
ACTOR_COLUMNS = ["actor", "kind", "entity", "article_id", "outlet", "mentions", "titles", "n_outlets", "sent_id",
                 "start", "end", "sentence"]

_POSSESSIVE = {"'s", "’s", "'", "’"}
_DETERMINERS = {"the", "a", "an"}


@dataclass(frozen=True)
class Mention:
    """One name found in a text.

    Attributes:
        start: offset of the name (title excluded) in the text.
        end: end offset of the name.
        name: the name as written ("Sarfraz Bugti", "Bugti", "Baloch Liberation Army").
        kind: ``person``, ``organisation``, ``place`` or ``other``.
        title: the title attached to the name ("Balochistan Chief Minister",
            "chief minister of Balochistan"), empty when none.
    """

    start: int
    end: int
    name: str
    kind: str
    title: str = ""


def _bare(norm: str) -> str:
    return norm.rstrip(".")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and any(c.isalpha() for c in tok)


def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caps_break(prev: str, tok: str) -> bool:
    """Tell whether two capitalised words belong to different names: an all-capitals word of four
    letters or more next to a title-case one ("WATCHED Lena Moor", "CLOSE Omar Diaz")."""
    def shouting(w: str) -> bool:
        letters = [c for c in w if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)
    return shouting(prev) != shouting(tok) and (prev[1:2].islower() or tok[1:2].islower())


def lower_vocabulary(texts: list[str]) -> frozenset[str]:
    """Words a set of texts writes in lower case (to tell sentence-initial names from words).

    Args:
        texts: the texts (e.g. every article of a story).

    Returns:
        The lower-case word forms seen.
    """
    return frozenset(w for t in texts for w in WORD_RE.findall(t) if w[:1].islower())  # no groups: findall = words


_MID_CAP = re.compile(r"(?<![\w'’-])(?!(?:to|of|for|in|on|at|and|the|a|an|with|by|from|as|or|vs)\b)[a-z][a-z'’-]*,? "
                      r"([A-Z][\w'’.-]*)")


def name_vocabulary(texts: list[str]) -> frozenset[str]:
    """Capitalised words a set of texts writes after a lower-case word (names, not headline words).

    Args:
        texts: the texts (e.g. every article of a story).

    Returns:
        Those words as written ("Bugti", "Quetta"); a title-case line (a headline) keeps
        as a name only a word in this set ("Indicting" in "Indicting Omar Diaz" is not).
    """
    return frozenset(m.group(1).rstrip(".") for t in texts for m in _MID_CAP.finditer(t))


def _classify(words: list[str], *, title: str, before: str, after: str) -> str:
    low = [normalize(w) for w in words]
    phrase = " ".join(low)
    if phrase in GAZETTEER_PHRASES or phrase in PLACE_ALIASES or (len(low) == 1 and low[0] in GAZETTEER):
        return "place"
    if low[-1] in ORG_CUES or any(w in ORG_HEAD_WORDS for w in low):
        return "organisation"
    if title or _bare(low[0]) in HONORIFICS:
        return "person"
    if len(words) == 1 and _is_acronym(words[0]):
        return "organisation"
    if after in PLACE_CUES or before in PLACE_PREPOSITIONS:
        return "place"
    if all(w in GAZETTEER for w in low):
        return "place"
    if before in _DETERMINERS:
        return "other"  # "the Port Halden terminal": people are not preceded by an article
    if 2 <= len(words) <= 4 and all(w.isalpha() or "-" in w or "'" in w for w in low) \
            and not any(w in GAZETTEER or w in DEMONYMS or w in NAME_CONNECTORS for w in low):
        return "person"
    return "other"


def _pre_title(toks: list[str], i: int) -> int:
    """First token of a title written before the name starting at token ``i`` (``i`` when
    none): title words, modifiers and capitalised words ("Indian Foreign Ministry spokesperson")."""
    j = i
    has_title = False
    while j > 0 and i - j < MAX_TITLE_TOKENS:
        t = toks[j - 1]
        n = _bare(normalize(t))
        if n in TITLE_WORDS:
            has_title = True
        elif n in TITLE_MODIFIERS or t in _POSSESSIVE or (_is_cap(t) and n not in STOPWORDS):
            pass
        else:
            break
        j -= 1
    while j < i and (toks[j] in _POSSESSIVE or _bare(normalize(toks[j])) not in TITLE_WORDS | TITLE_MODIFIERS
                     and not _is_cap(toks[j])):
        j += 1
    return j if has_title else i


def _apposition(toks: list[str], k: int) -> tuple[int, int]:
    """An apposition ", the chief minister of Balochistan," starting at token ``k`` (a comma)."""
    if k + 1 >= len(toks) or toks[k] != ",":
        return -1, -1
    j = k + 1
    if normalize(toks[j]) in _DETERMINERS:
        j += 1
    elif _bare(normalize(toks[j])) not in TITLE_WORDS | TITLE_MODIFIERS:
        return -1, -1
    first = j
    has_title = False
    while j < len(toks) and j - first < MAX_TITLE_TOKENS and toks[j] not in {",", ".", ";", ":", "(", ")"}:
        if _bare(normalize(toks[j])) in TITLE_WORDS:
            has_title = True
        if normalize(toks[j]) in {"who", "which", "that", "said", "says"}:
            return -1, -1
        j += 1
    if has_title and j > first:
        return first, j
    return -1, -1


def find_mentions(text: str, *, sentences: list[tuple[int, int]], lower_vocab: frozenset[str] = frozenset(),
                  name_vocab: frozenset[str] | None = None) -> list[Mention]:
    """Find the names in a text, with their kinds and titles.

    Args:
        text: the text.
        sentences: ``(start, end)`` spans of its sentences (names never cross them).
        lower_vocab: words the story writes in lower case (see :func:`lower_vocabulary`);
            a capitalised sentence opener in it is not a name.
        name_vocab: capitalised words the story writes inside sentences (see
            :func:`name_vocabulary`); in a title-case line only these (and acronyms) are
            names. None: every capitalised word of a title-case line may be one.

    Returns:
        Mentions in text order (surname-only persons are not yet resolved; see
        :func:`resolve_mentions`).
    """
    out: list[Mention] = []
    for s0, s1 in sentences:
        spans = [(m.start() + s0, m.end() + s0) for m in WORD_RE.finditer(text[s0:s1])]
        toks = [text[a:b] for a, b in spans]
        if not toks:
            continue
        alpha = [t for t in toks if t[:1].isalpha() and normalize(t) not in STOPWORDS]
        title_case = len(alpha) >= 4 and sum(_is_cap(t) for t in alpha) / len(alpha) >= TITLE_CASE_SHARE
        first_word = next((i for i, t in enumerate(toks) if t[:1].isalnum()), 0)

        def can(i: int) -> bool:
            t = toks[i]
            if not _is_cap(t):
                return False
            n = normalize(t)
            if n in STOPWORDS or _bare(n) in NOT_NAMES:
                return False
            if (i == first_word or title_case or (i > 0 and toks[i - 1] in {'"', "“", ":"})) and t.lower() in lower_vocab \
                    and not _is_acronym(t):
                return False
            if name_vocab is not None and t.rstrip(".") not in name_vocab and not _is_acronym(t) and (
                    title_case or t.lower() in lower_vocab and not (i > 0 and _is_cap(toks[i - 1]))):
                return False  # a headline word ("Indicting"), or a common word the story never writes as a name
            return True

        i = 0
        runs: list[tuple[int, int]] = []
        while i < len(toks):
            if not can(i):
                i += 1
                continue
            j = i + 1
            while j < len(toks):
                if can(j) and _caps_break(toks[j - 1], toks[j]):
                    break
                if can(j):
                    j += 1
                elif normalize(toks[j]) in NAME_CONNECTORS and j + 1 < len(toks) and can(j + 1):
                    j += 2
                else:
                    break
            while j - i >= 2 and name_vocab is not None and toks[i] not in name_vocab and not _is_acronym(toks[i]) \
                    and toks[i].endswith("s") and not toks[i].endswith("ss") \
                    and (toks[i].lower()[:-1].endswith(("ion", "ment", "er", "ing", "ic", "al", "ist"))
                         or toks[i].lower() in lower_vocab):
                i += 1  # "2030 Elections Okafor …": a plural common word glued to a name
            single = toks[i].lower()
            if j - i == 1 and (single in DEMONYMS or single.split("-")[0] in DEMONYMS
                               or (i == first_word and single.endswith(COMMON_WORD_ENDINGS))):
                i = j
                continue  # "Pakistani forces", "Indian-sponsored", "Sustained violence"
            runs.append((i, j))
            i = j
        kinds_in_sentence: list[tuple[int, int, Mention]] = []
        for i, j in runs:
            words = toks[i:j]
            low = [_bare(normalize(w)) for w in words]
            k = max((x for x, w in enumerate(low) if w in TITLE_WORDS or w in HONORIFICS), default=-1)
            title = ""
            if k == len(words) - 1:
                if low[-1] in ORG_CUES:
                    k = -1
                else:
                    continue  # a title alone ("the Chief Minister")
            name_i = i + k + 1
            if k >= 0:
                title_i = i
                title_i = _pre_title(toks, i)
                title = text[spans[title_i][0]:spans[name_i - 1][1]]
            else:
                pj = _pre_title(toks, i)
                if pj < i:
                    title = text[spans[pj][0]:spans[i - 1][1]]
            a0, a1 = _apposition(toks, j)
            if a0 >= 0 and not title:
                title = text[spans[a0][0]:spans[a1 - 1][1]]
            name_words = toks[name_i:j]
            if not name_words:
                continue
            before = normalize(toks[i - 1]) if i > 0 else ""
            after = normalize(toks[j]) if j < len(toks) else ""
            kind = _classify(name_words, title=title, before=before, after=after)
            if kind != "person" and k >= 0 and low[k] in HONORIFICS:
                kind = "person"
            m = Mention(spans[name_i][0], spans[j - 1][1], text[spans[name_i][0]:spans[j - 1][1]], kind,
                        title if kind == "person" else "")
            kinds_in_sentence.append((name_i, j, m))
        # a list "Quetta, Gwadar, Mastung and Noshki districts": unclassified members of a list with a place are places
        for idx, (a, b, m) in enumerate(kinds_in_sentence):
            if m.kind in ("other", "person") and not m.title and len(m.name.split()) <= 2:
                for a2, b2, m2 in kinds_in_sentence:
                    if m2.kind == "place" and m2 is not m:
                        lo, hi = (b, a2) if b <= a2 else (b2, a)
                        gap = toks[lo:hi]
                        if gap and all(t in {",", "and", "or"} for t in gap):
                            kinds_in_sentence[idx] = (a, b, Mention(m.start, m.end, m.name, "place", ""))
                            break
        out += [m for _, _, m in kinds_in_sentence]
    return out


def _canonical_place(name: str) -> str:
    low = normalize(name)
    return PLACE_ALIASES.get(low, name)


def _drop_place_tail(m: Mention) -> Mention:
    """A person named with a place or a body ("Jane Roe of Eastport") is the person: the rest is dropped."""
    if m.kind not in ("person", "other") or " of " not in m.name:
        return m
    head, _, tail = m.name.partition(" of ")
    words = head.split()
    if len(words) >= 2 and tail[:1].isupper() and (m.kind == "person" or _classify(
            words, title=m.title, before="", after="") == "person"):
        return Mention(m.start, m.start + len(head), head, "person", m.title)
    return m


def _full_name(names: list[tuple[int, str]], m: Mention, bare: list[int]) -> str:
    """The full name a surname stands for: the nearest one named before it; before any, the first
    one named after it if at most two bare surnames come first (a headline and a lede); else the
    surname stays alone ("Okafor" in an article that names only "Sam Okafor", late)."""
    before = [n for pos, n in names if pos < m.start]
    if before:
        return before[-1]
    first_pos, first = names[0]
    if sum(1 for b in bare if b < first_pos) <= 2:
        return first
    return m.name


def resolve_mentions(mentions: list[Mention]) -> list[tuple[Mention, str, str]]:
    """Give each mention its entity within one article: surnames resolve to full names.

    Args:
        mentions: the mentions of one article, in text order.

    Returns:
        ``(mention, entity, kind)`` triples: "Bugti" and "Mr. Bugti" become
        "Sarfraz Bugti" (kind ``person``) when the article names a person with that
        surname; places get their display name ("US" → "United States").
    """
    mentions = [_drop_place_tail(m) for m in mentions]
    full: dict[str, list[tuple[int, str]]] = {}  # surname → (offset, full name) in text order
    bare: dict[str, list[int]] = {}  # surname → offsets of the surname alone
    for m in mentions:
        if m.kind == "person" and len(m.name.split()) >= 2:
            full.setdefault(normalize(m.name.split()[-1]), []).append((m.start, m.name))
        elif len(m.name.split()) == 1:
            bare.setdefault(normalize(m.name), []).append(m.start)
    out = []
    for m in mentions:
        words = m.name.split()
        if m.kind == "place":
            out.append((m, _canonical_place(m.name), "place"))
        elif len(words) == 1 and normalize(words[0]) in full and m.kind in ("person", "other", "place"):
            out.append((m, _full_name(full[normalize(words[0])], m, bare.get(normalize(words[0]), [])), "person"))
        elif m.kind == "other" and m.title:
            out.append((m, m.name, "person"))
        else:
            out.append((m, m.name, m.kind))
    return out


def _vote(found: list[tuple[Mention, str, str]]) -> list[tuple[Mention, str, str]]:
    """One kind per entity in an article: a name once placed ("in Port Halden") or known as an
    organisation is not a person elsewhere, unless a mention of it carries a title."""
    kinds: dict[str, Counter[str]] = {}
    titled = {ent for m, ent, kind in found if kind == "person" and m.title}
    for _, ent, kind in found:
        kinds.setdefault(ent, Counter())[kind] += 1
    out = []
    for m, ent, kind in found:
        strong = [k for k in ("place", "organisation") if kinds[ent][k]]
        if ent not in titled and strong and kind in ("person", "other"):
            kind = max(strong, key=lambda k: kinds[ent][k])
        out.append((m, ent, kind))
    return out


@accepts_story
def entity_mentions(story: Story) -> pd.DataFrame:
    """Every name mention in the story's analysed sentences.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``, ``outlet`` (label), ``sent_id``, ``start``, ``end`` (the
        name's offsets in the article text), ``mention`` (as written), ``entity`` (the
        article's full form: surnames resolved, places under their display name),
        ``kind`` (person | organisation | place | other), ``title`` (title or role
        attached to this mention, may be empty), ``sentence`` (the sentence text).
    """
    return _entity_mentions(story).copy()


@lru_cache(maxsize=16)
def _entity_mentions(story: Story) -> pd.DataFrame:
    """The mentions table, computed once per story (quotes, actors and the attribution table all use it)."""
    sents = sentences_table(story)
    vocab = lower_vocabulary([a.text for a in story.articles])
    names = name_vocabulary([a.text for a in story.articles])
    rows = []
    sents_of = split_by_article(sents)
    for a in story.articles:
        part = sents_of.get(a.article_id, sents.iloc[:0])
        starts, ids, texts = part.start.tolist(), part.sent_id.tolist(), part.text.tolist()
        found = resolve_mentions(find_mentions(a.text, sentences=list(zip(starts, part.end.tolist())),
                                               lower_vocab=vocab, name_vocab=names))
        for m, ent, kind in _vote(found):
            k = bisect_right(starts, m.start) - 1  # the last sentence starting at or before the mention
            rows.append((a.article_id, a.label, int(ids[k]), m.start, m.end, m.name, ent, kind, m.title, texts[k]))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def actors_table(mentions: pd.DataFrame, *, groups: dict[str, str] | None = None) -> pd.DataFrame:
    """Actors and places per outlet: how often each article names each entity.

    Args:
        mentions: the table of :func:`entity_mentions`.
        groups: optional map entity → actor name grouping spellings across outlets (from
            :func:`presslens.compare.variants.name_groups`); entities not in it stand alone.

    Returns:
        One row per (actor, article). Columns: ``actor`` (the group name shared across
        outlets), ``kind``, ``entity`` (the article's spelling), ``article_id``,
        ``outlet``, ``mentions`` (count), ``titles`` (distinct titles, "; " separated),
        ``n_outlets`` (articles naming the actor), ``sent_id``, ``start``, ``end``,
        ``sentence`` (the first mention). Sorted by kind, outlets and mentions.
    """
    if mentions.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    groups = groups or {}
    m = mentions.copy()
    m["actor"] = m.entity.map(lambda e: groups.get(e, e))
    rows = []
    for (actor, aid), g in m.groupby(["actor", "article_id"], sort=False):
        kind = Counter(g.kind).most_common(1)[0][0]
        titles = "; ".join(dict.fromkeys(t for t in g.title if t))
        first = g.iloc[0]
        rows.append((actor, kind, Counter(g.entity).most_common(1)[0][0], aid, first.outlet, len(g), titles, 0,
                     int(first.sent_id), int(first.start), int(first.end), first.sentence))
    out = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    out["n_outlets"] = out.groupby("actor").article_id.transform("nunique")
    kind_order = {k: i for i, k in enumerate(KINDS)}
    out = out.sort_values(["kind", "n_outlets", "mentions", "actor"], ascending=[True, False, False, True],
                          key=lambda s: s.map(kind_order) if s.name == "kind" else s, kind="stable")
    return out.reset_index(drop=True)


_SPACE = re.compile(r"\s+")


def titles_by_person(mentions: pd.DataFrame) -> dict[str, list[str]]:
    """Titles given to each person in a mentions table (lower case, white space collapsed).

    Args:
        mentions: rows of :func:`entity_mentions` (usually one article's).

    Returns:
        entity → list of distinct titles.
    """
    out: dict[str, list[str]] = {}
    for ent, kind, title in zip(mentions.entity, mentions.kind, mentions.title):
        if kind == "person" and title:
            t = _SPACE.sub(" ", normalize(title))
            out.setdefault(ent, [])
            if t not in out[ent]:
                out[ent].append(t)
    return out
