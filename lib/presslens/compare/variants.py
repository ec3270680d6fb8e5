"""Name variants: one person, place or organisation spelled differently (across outlets or within one).

A *spelling variant* is a pair of names, as written, that differ only in how their words are
spelled — never in which words they have:

- ``diacritics``: the same letters once accents are removed ("Anaïs" / "Anais");
- ``spelling``: words within a few edits of each other (optimal string alignment distance,
  computed with rapidfuzz: 1 edit for words of 4–5 letters, 2 from 6 letters, never more
  than a third of the word; a swap of two letters is one edit; two edits only when they touch
  vowels and doubled letters, as transliterations do: "Mohammed" / "Muhammad",
  "Brunelle" / "Brunnele"), with the same first letter ("Tomaso" / "Tommaso",
  "Harowgate" / "Harrowgate");
- ``abbreviation``: a word of a name of several words shortened with a period ("Ft. Carrow" /
  "Fort Carrow"; a one-word abbreviation, "Fla.", is ambiguous and not counted);
- ``word order``: the same two or three words of a person's name in another order.

What is *not* a variant: a longer and a shorter form of one name ("Teodor Brask" / "Brask",
"Kerrin" / "South Kerrin": a name whose words are a part of another's), singular and plural
or other endings of one word ("Orvanian" / "Orvanians", "Republic" / "Republican",
"Islamist" / "Islamic": a common stem and endings from
:data:`presslens.lexicons.sources.VARIANT_ENDINGS`, or one word the start of the other; only
the surname of a person's full name may differ that way, "Luis Molan" / "Luis Molans"),
typography (case, periods, hyphens, spaces and quote marks are house style: "U.S." / "US",
"TelMart" / "Telmart", a hashtag "JaneDoe"), common words ("Internet" / "Intercept": a word
the story also writes in lower case is not a name's spelling; nor are number words,
stopwords, gazetteer places and demonyms), and a heading word glued to a name ("WATCH
Brask": a leading word in capitals that the story writes in lower case is dropped). Names
are compared only with names of the same kind (person with person; a name of unknown kind,
``other``, with any kind), and only when they have the same number of words and at least one
word in common (one-word names excepted).

Candidates are compared within blocks (same number of words and same first letters), with
rapidfuzz's ``cdist`` filtering each block, so large stories never compare all pairs in
Python.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from collections import Counter

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from presslens.corpus.tokenize import WORD_RE, normalize, number_value
from presslens.lexicons.common import STOPWORDS
from presslens.lexicons.sources import DEMONYMS, GAZETTEER, NAME_CONNECTORS, PLACE_ALIASES, VARIANT_ENDINGS

#: Most edits between two spellings of one word (words of 6 letters or more; 1 below).
MAX_EDITS = 2
#: Shortest word (letters) compared by edit distance.
MIN_LENGTH = 4
#: Fewest letters of a common stem before two endings ("Islam" + "ist" / "ic").
MIN_STEM = 4

#: Columns of :func:`name_variants`.
VARIANT_COLUMNS = ["group", "kind", "name_a", "article_id_a", "outlet_a", "sent_id_a", "start_a", "end_a",
                   "sentence_a", "name_b", "article_id_b", "outlet_b", "sent_id_b", "start_b", "end_b", "sentence_b",
                   "edit_distance", "reason", "articles_a", "articles_b"]

_KIND_RANK = {"person": 0, "place": 1, "organisation": 2, "other": 3}


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings (rapidfuzz).

    Args:
        a: a string.
        b: another string.

    Returns:
        The least number of insertions, deletions and substitutions turning ``a`` into ``b``.
    """
    return int(Levenshtein.distance(a, b))


def fold(text: str) -> str:
    """Comparison form of a name: accents removed, case folded, straight quotes.

    Args:
        text: a name or word ("Chérif").

    Returns:
        The folded form ("cherif").
    """
    decomposed = unicodedata.normalize("NFKD", normalize(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 17)
def _letters(word: str) -> str:
    """A word's folded letters and digits (cached: a story repeats its words)."""
    return "".join(c for c in fold(word) if c.isalnum())


def _plain(word: str) -> str:
    """A word in lower case with straight quotes, accents kept."""
    return normalize(word).casefold()


def _skeleton(letters: str) -> str:
    """Consonants of a word with doubled letters collapsed ("brunnelle" -> "brnl")."""
    out = []
    for c in letters:
        if c in "aeiouy":
            continue
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _known(letters: str) -> bool:
    """A place of the gazetteer or a demonym (their spelling is fixed): "america", "americans"."""
    for w in (letters, letters[:-1] if letters.endswith("s") else letters):
        if w in GAZETTEER or w in DEMONYMS or w in PLACE_ALIASES:
            return True
    return False


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def clean_name(name: str, *, common_words: frozenset[str] = frozenset()) -> str:
    """A name without a heading word glued before it and without leading or trailing connectors.

    Args:
        name: a name as found ("WATCH Brask", "of Lorne Police").
        common_words: words the story writes in lower case (folded), see :func:`common_vocabulary`.

    Returns:
        The name ("Brask", "Lorne Police"); empty when nothing is left.
    """
    words = name.split()
    while len(words) > 1 and _is_caps(words[0]) and not all(_is_caps(w) for w in words) \
            and _letters(words[0]) in common_words:
        words = words[1:]
    while words and fold(words[0]) in NAME_CONNECTORS:
        words = words[1:]
    while words and fold(words[-1]) in NAME_CONNECTORS:
        words = words[:-1]
    return " ".join(words)


def common_vocabulary(texts: list[str]) -> frozenset[str]:
    """Words written in lower case somewhere in some texts, folded (common words, not names).

    Args:
        texts: the texts (every article, or every sentence, of a story).

    Returns:
        The folded lower-case word forms.
    """
    return frozenset(_letters(m.group()) for t in texts for m in WORD_RE.finditer(t) if m.group()[:1].islower())


def _endings_only(x: str, y: str) -> bool:
    """Two words that are one stem with different endings ("orvanian"/"orvanians", "islamist"/"islamic")."""
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    return any(x[j:] in VARIANT_ENDINGS and y[j:] in VARIANT_ENDINGS for j in range(MIN_STEM, k + 1))


def _is_abbreviation(short: str, long_: str) -> bool:
    """``short`` ("Ft.") abbreviates ``long_`` ("Fort"): a period, the same first letter, letters in order."""
    if not short.endswith(".") or short.count(".") != 1:
        return False
    s, lg = _letters(short), _letters(long_)
    if len(s) < 2 or len(s) >= len(lg) or s[0] != lg[0]:
        return False
    it = iter(lg)
    return all(c in it for c in s)


def _word_relation(x: str, y: str, *, common_words: frozenset[str]) -> tuple[str, int]:
    """How two different words of two names relate: ``(reason, edits)``, reason empty when unrelated.

    ``ending`` (a common stem with endings of :data:`VARIANT_ENDINGS`, or one word the other's
    start) is returned for the caller to judge.
    """
    lx, ly = _letters(x), _letters(y)
    if not lx or not ly or lx[0] != ly[0] or min(len(lx), len(ly)) < MIN_LENGTH:
        return "", 0
    if lx in common_words or ly in common_words or _known(lx) or _known(ly) or \
            number_value(lx) is not None or number_value(ly) is not None or lx in STOPWORDS or ly in STOPWORDS:
        return "", 0
    shorter = min(len(lx), len(ly))
    limit = min(MAX_EDITS if shorter >= 6 else 1, shorter // 3)
    d = int(OSA.distance(lx, ly, score_cutoff=limit))
    if d > limit:
        return "", 0
    if d >= 2 and _skeleton(lx) != _skeleton(ly):
        return "", 0  # two edits only in vowels and doubled letters ("Mohammed" / "Muhammad")
    if _endings_only(lx, ly) or lx.startswith(ly) or ly.startswith(lx):
        return "ending", d
    return "spelling", d


def spelling_variant(a: str, b: str, *, kind: str = "other",
                     common_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Tell whether two names as written are spellings of one name.

    Args:
        a: a name ("Rena Halvorsen").
        b: another name ("Renna Halvorsen").
        kind: the names' kind (``person`` allows the surname of a full name to differ in its
            ending: "Luis Molan" / "Luis Molans").
        common_words: folded words the story writes in lower case (they are not name spellings).

    Returns:
        ``(reason, edits)``: reason is one of ``diacritics``, ``capitalisation``,
        ``punctuation``, ``abbreviation``, ``spelling``, ``word order`` (see the module
        docstring; several joined by " + "), empty when they are not variants; edits is the
        number of letter edits between the differing words (0 when none).
    """
    if a == b:
        return "", 0
    wa, wb = a.split(), b.split()
    la, lb = [_letters(w) for w in wa], [_letters(w) for w in wb]
    if not all(la) or not all(lb):
        return "", 0
    if "".join(la) == "".join(lb):
        # the same letters: accents are spelling; case, periods, hyphens, spaces and quote marks are typography
        if len(wa) == len(wb) and [fold(w) for w in wa] == [fold(w) for w in wb] and \
                [_plain(w) for w in wa] != [_plain(w) for w in wb]:
            return "diacritics", 0
        return "", 0
    if len(wa) != len(wb):
        return "", 0
    if len(wa) in (2, 3) and kind == "person" and sorted(la) == sorted(lb):
        return "word order", 0
    same = [x == y for x, y in zip(la, lb)]
    if len(wa) > 1 and not any(same):
        return "", 0
    reasons: list[str] = []
    edits = 0
    for k, (x, y) in enumerate(zip(wa, wb)):
        if same[k]:
            if fold(x) != fold(y) or normalize(x) == normalize(y):
                continue
            reasons.append("diacritics")
            continue
        if len(wa) > 1 and (_is_abbreviation(x, y) or _is_abbreviation(y, x)):
            reasons.append("abbreviation")
            continue
        rel, d = _word_relation(x, y, common_words=common_words)
        if rel == "ending":
            surname = kind == "person" and len(wa) >= 2 and k == len(wa) - 1 and all(same[:-1])
            rel = "spelling" if surname else ""
        if not rel:
            return "", 0
        reasons.append(rel)
        edits += d
    reasons = list(dict.fromkeys(reasons))
    return (" + ".join(reasons), edits) if reasons else ("", 0)


def variant_reason(a: str, b: str) -> tuple[str, int]:
    """Tell whether two different names are spellings of one name (no story context).

    Args:
        a: a name ("Sarfraz Bugti").
        b: another name ("Sarfaraz Bugti").

    Returns:
        ``(reason, edit_distance)``: reason as in :func:`spelling_variant` (empty when not
        variants, or the same string up to case); edit_distance is the Levenshtein distance
        of the lower-case names.
    """
    reason, _ = spelling_variant(a, b, kind="person")
    return reason, edit_distance(normalize(a), normalize(b))


def _block_key(name: str) -> tuple:
    letters = [_letters(w) for w in name.split()]
    return len(letters), tuple(w[:1] for w in letters)


def variant_pairs(names: list[str], *, kinds: list[str] | None = None,
                  common_words: frozenset[str] = frozenset()) -> list[tuple[int, int, str, int]]:
    """All pairs of spelling variants among distinct names.

    Args:
        names: distinct names as written (any order).
        kinds: the kind of each name (``person``, ``place``, ``organisation``, ``other``);
            None for all ``other``. Names of different kinds are compared only when one is ``other``.
        common_words: folded words the story writes in lower case.

    Returns:
        ``(i, j, reason, edits)`` with ``i < j`` indexes into ``names``.
    """
    kinds = kinds or ["other"] * len(names)
    out: dict[tuple[int, int], tuple[str, int]] = {}

    def check(i: int, j: int) -> None:
        i, j = min(i, j), max(i, j)
        if i == j or (i, j) in out:
            return
        ki, kj = kinds[i], kinds[j]
        if ki != kj and "other" not in (ki, kj):
            return
        kind = ki if ki != "other" else kj
        reason, d = spelling_variant(names[i], names[j], kind=kind, common_words=common_words)
        if reason:
            out[(i, j)] = (reason, d)

    # same letters (diacritics, case, punctuation, spacing) and same words in another order
    by_letters: dict[str, list[int]] = {}
    by_words: dict[tuple[str, ...], list[int]] = {}
    blocks: dict[tuple, list[int]] = {}
    for i, n in enumerate(names):
        letters = [_letters(w) for w in n.split()]
        if not letters or not all(letters):
            continue
        by_letters.setdefault("".join(letters), []).append(i)
        by_words.setdefault(tuple(sorted(letters)), []).append(i)
        blocks.setdefault(_block_key(n), []).append(i)
    for members in list(by_letters.values()) + list(by_words.values()):
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                check(i, j)
    # spellings and abbreviations: same number of words and first letters; rapidfuzz filters each block
    for (n_words, _), members in blocks.items():
        if len(members) < 2:
            continue
        folded = [fold(names[i]) for i in members]
        cutoff = (MAX_EDITS + 3) * n_words  # an abbreviation drops letters: check those pairs too
        dist = process.cdist(folded, folded, scorer=Levenshtein.distance, score_cutoff=cutoff, dtype=np.int32)
        xs, ys = np.nonzero(np.triu(dist <= cutoff, k=1))
        for x, y in zip(xs.tolist(), ys.tolist()):
            check(members[x], members[y])
    return sorted((i, j, r, d) for (i, j), (r, d) in out.items())


def _story_kinds(mentions: pd.DataFrame, column: str) -> dict[str, str]:
    """One kind per name across the story: its most frequent known kind, ``other`` when none."""
    per: dict[str, Counter[str]] = {}
    for name, kind in zip(mentions[column].tolist(), mentions["kind"].tolist()):
        if not isinstance(name, str):  # a missing name has no group
            continue
        counts = per.setdefault(name, Counter())
        if kind != "other":
            counts[kind] += 1
    return {name: min(counts, key=lambda k: (-counts[k], _KIND_RANK.get(k, 9))) if counts else "other"
            for name, counts in per.items()}


def name_groups(mentions: pd.DataFrame, *, kinds: tuple[str, ...] = ("person",),
                common_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """Group spellings of one actor across outlets.

    Spellings are grouped when they are spelling variants (:func:`spelling_variant`); a
    one-word name of a person joins the full name whose surname it is ("Bugti" → "Sarfraz
    Bugti") when exactly one such group exists.

    Args:
        mentions: a table with ``entity``, ``kind`` and ``article_id`` columns (see
            :func:`presslens.compare.entities.entity_mentions`).
        kinds: entity kinds whose spellings are grouped.
        common_words: folded words the story writes in lower case (see :func:`common_vocabulary`).

    Returns:
        entity → group name, for every entity of those kinds; the group name is the
        spelling used by most articles (then the longest, then the first seen). A
        one-word name that is the surname of two different people stays apart.
    """
    sub = mentions[mentions.kind.isin(kinds)]
    if sub.empty:
        return {}
    n_arts = sub.groupby("entity", sort=False).article_id.nunique()
    names = list(n_arts.index)
    kind_of = _story_kinds(sub, "entity")
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _, _ in variant_pairs(names, kinds=[kind_of[n] for n in names], common_words=common_words):
        parent[find(i)] = find(j)
    by_surname: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        w = n.split()
        if len(w) >= 2 and kind_of[n] == "person":
            by_surname.setdefault(fold(w[-1]), []).append(i)
    for i, n in enumerate(names):
        w = n.split()
        if len(w) == 1 and len(w[0]) >= 3 and fold(w[0]) in by_surname:
            roots = {find(j) for j in by_surname[fold(w[0])]}
            if len(roots) == 1:
                parent[find(i)] = roots.pop()
    by_root: dict[int, list[int]] = {}
    for i in range(len(names)):
        by_root.setdefault(find(i), []).append(i)
    out: dict[str, str] = {}
    for members in by_root.values():
        best = max(members, key=lambda i: (n_arts.iat[i], len(names[i]), -i))
        for i in members:
            out[names[i]] = names[best]
    return out


def name_variants(mentions: pd.DataFrame, *, common_words: frozenset[str] | None = None,
                  article_order: list[str] | None = None) -> pd.DataFrame:
    """Pairs of spellings of one name, across outlets or within one article, with both sentences.

    Args:
        mentions: the table of :func:`presslens.compare.entities.entity_mentions`.
        common_words: folded words the story writes in lower case (see
            :func:`common_vocabulary`); None to take them from the mentions' sentences.
        article_order: article ids in story order (side ``a`` is the earlier article); None
            for the order of the mentions table.

    Returns:
        One row per pair of spellings. Columns: ``group`` (the spelling of the pair's group
        used by most articles), ``kind`` (person | place | organisation | other, the names'
        most frequent kind in the story); for each side ``_a`` / ``_b``: ``name`` (as
        written), ``article_id``, ``outlet``, ``sent_id``, ``start``, ``end`` (its first
        mention; the two sides are in different articles whenever the spellings occur in
        different articles) and ``sentence``; ``edit_distance`` (Levenshtein distance of
        the lower-case names); ``reason`` (diacritics | capitalisation | punctuation |
        abbreviation | spelling | word order, see the module docstring); ``articles_a``,
        ``articles_b`` (every article writing that spelling, "; " separated). Empty with
        these columns when no two spellings differ.
    """
    if mentions.empty:
        return pd.DataFrame(columns=VARIANT_COLUMNS)
    if common_words is None:
        common_words = common_vocabulary(list(dict.fromkeys(mentions.sentence)))
    cleaned = [clean_name(n, common_words=common_words) for n in mentions.mention]
    m = mentions.assign(name=cleaned, start=[int(s) + max(n.find(c), 0) for s, n, c in
                                             zip(mentions.start, mentions.mention, cleaned)])
    m = m[m.name != ""]
    if m.empty:
        return pd.DataFrame(columns=VARIANT_COLUMNS)
    order = {a: i for i, a in enumerate(article_order or list(dict.fromkeys(m.article_id)))}
    m = m.assign(rank=m.article_id.map(lambda a: order.get(a, len(order))))
    m = m.sort_values(["rank", "start"], kind="stable")
    kind_of = _story_kinds(m, "name")
    names = list(dict.fromkeys(m.name))
    firsts = m.drop_duplicates(["name", "article_id"])
    rows_of = firsts.groupby("name", sort=False).indices  # positions, in table order
    n_arts = {n: len(ix) for n, ix in rows_of.items()}
    pairs = variant_pairs(names, kinds=[kind_of[n] for n in names], common_words=common_words)
    by_name = {n: firsts.iloc[rows_of[n]] for n in dict.fromkeys(names[k] for i, j, _, _ in pairs for k in (i, j))}
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _, _ in pairs:
        parent[find(i)] = find(j)
    members: dict[int, list[int]] = {}
    for i in range(len(names)):
        members.setdefault(find(i), []).append(i)
    group = {}
    for idx in members.values():
        best = max(idx, key=lambda i: (n_arts[names[i]], -i))
        for i in idx:
            group[names[i]] = names[best]
    rows = []
    for i, j, reason, _ in pairs:
        ga, gb = by_name[names[i]], by_name[names[j]]
        ra, rb = _representatives(ga, gb)
        if ra.rank > rb.rank or (ra.rank == rb.rank and ra.start > rb.start):
            ra, rb, ga, gb = rb, ra, gb, ga
        kind = kind_of[ra.name] if kind_of[ra.name] != "other" else kind_of[rb.name]
        rows.append((group[ra.name], kind, ra.name, ra.article_id, ra.outlet, int(ra.sent_id), int(ra.start),
                     int(ra.start) + len(ra.name), ra.sentence, rb.name, rb.article_id, rb.outlet, int(rb.sent_id),
                     int(rb.start), int(rb.start) + len(rb.name), rb.sentence,
                     edit_distance(normalize(ra.name), normalize(rb.name)), reason,
                     "; ".join(ga.article_id), "; ".join(gb.article_id)))
    out = pd.DataFrame(rows, columns=VARIANT_COLUMNS)
    kinds_order = {k: i for i, k in enumerate(_KIND_RANK)}
    return out.sort_values(["kind", "group", "name_a", "name_b"], kind="stable",
                           key=lambda s: s.map(kinds_order) if s.name == "kind" else s).reset_index(drop=True)


def _representatives(ga: pd.DataFrame, gb: pd.DataFrame):
    """First mentions of two spellings, in two different articles when they have any."""
    for ra in ga.itertuples():
        for rb in gb.itertuples():
            if ra.article_id != rb.article_id:
                return ra, rb
    return next(ga.itertuples()), next(gb.itertuples())
