"""Name variants: spellings across outlets that probably name the same actor.

Two names of the same kind are variants when they differ and:

- they have the same surname (last word) and first names within ``MAX_EDITS`` edits
  ("Sarfraz Bugti" / "Sarfaraz Bugti"), or the same first name and such surnames;
- a one-word name equals the surname of a longer one in another outlet ("Bugti");
- single names within ``MAX_EDITS`` edits of each other (both at least ``MIN_LENGTH``
  letters: "Kiev" / "Kyiv" is too short to risk).

Edits are Levenshtein operations on lower-case letters, allowed only up to a third of the
shorter word, so short names ("Ali" / "Ari") are never merged. Candidates are compared
within buckets (same surname, same first name, same two first letters), never all pairs.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from presslens.corpus.tokenize import normalize

#: Most edits between two spellings of a word of the same name.
MAX_EDITS = 2
#: Shortest word (letters) compared by edit distance.
MIN_LENGTH = 5

#: Columns of :func:`name_variants`.
VARIANT_COLUMNS = ["group", "kind", "name_a", "article_id_a", "outlet_a", "sent_id_a", "start_a", "end_a",
                   "sentence_a", "name_b", "article_id_b", "outlet_b", "sent_id_b", "start_b", "end_b", "sentence_b",
                   "edit_distance", "reason"]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings.

    Args:
        a: a string.
        b: another string.

    Returns:
        The least number of insertions, deletions and substitutions turning ``a`` into ``b``.
    """
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _close(a: str, b: str) -> int:
    """Edit distance when two words are close spellings of each other, else -1."""
    if a == b:
        return 0
    if min(len(a), len(b)) < MIN_LENGTH:
        return -1
    d = edit_distance(a, b)
    return d if d <= MAX_EDITS and d <= min(len(a), len(b)) // 3 else -1


def variant_reason(a: str, b: str) -> tuple[str, int]:
    """Tell whether two different names are probably spellings of one name.

    Args:
        a: a name ("Sarfraz Bugti").
        b: another name ("Sarfaraz Bugti").

    Returns:
        ``(reason, edit_distance)``; reason is empty when they are not variants (or are
        the same string up to case).
    """
    wa, wb = normalize(a).split(), normalize(b).split()
    if not wa or not wb or wa == wb:
        return "", 0
    d_full = edit_distance(" ".join(wa), " ".join(wb))
    if len(wa) >= 2 and len(wb) >= 2:
        if wa[-1] == wb[-1] and len(wa) == len(wb):
            ds = [_close(x, y) for x, y in zip(wa[:-1], wb[:-1])]
            if all(d >= 0 for d in ds):
                return f"same surname, first name differs by {sum(ds)} edit(s)", d_full
        if wa[0] == wb[0] and len(wa) == len(wb):
            ds = [_close(x, y) for x, y in zip(wa[1:], wb[1:])]
            if all(d >= 0 for d in ds):
                return f"same first name, surname differs by {sum(ds)} edit(s)", d_full
        return "", d_full
    if len(wa) == 1 and len(wb) == 1:
        d = _close(wa[0], wb[0])
        return (f"spelling differs by {d} edit(s)", d) if d > 0 else ("", d_full)
    short, long_ = (wa, wb) if len(wa) == 1 else (wb, wa)
    if short[0] == long_[-1] and len(short[0]) >= 3:
        return "surname only", d_full
    d = _close(short[0], long_[-1])
    if d > 0:
        return f"surname only, differs by {d} edit(s)", d_full
    return "", d_full


def _buckets(names: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        w = normalize(n).split()
        if not w:
            continue
        for key in (f"l:{w[-1]}", f"f:{w[0]}", f"p:{w[-1][:2]}", f"q:{w[0][:2]}"):
            out.setdefault(key, []).append(i)
    return out


def variant_pairs(names: list[str]) -> list[tuple[int, int, str, int]]:
    """All pairs of variant spellings among distinct names.

    Args:
        names: distinct names (any order).

    Returns:
        ``(i, j, reason, edit_distance)`` with ``i < j`` indexes into ``names``.
    """
    seen: set[tuple[int, int]] = set()
    out = []
    for members in _buckets(names).values():
        for i, j in combinations(sorted(set(members)), 2):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            reason, d = variant_reason(names[i], names[j])
            if reason:
                out.append((i, j, reason, d))
    return out


def name_groups(mentions: pd.DataFrame, *, kinds: tuple[str, ...] = ("person",)) -> dict[str, str]:
    """Group spellings of one actor across outlets.

    Args:
        mentions: a table with ``entity``, ``kind`` and ``article_id`` columns (see
            :func:`presslens.compare.entities.entity_mentions`).
        kinds: entity kinds whose spellings are grouped (surnames are only safe for persons).

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
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = variant_pairs(names)
    short_links: dict[int, set[int]] = {}
    for i, j, reason, _ in pairs:
        if reason.startswith("surname only"):
            s, l = (i, j) if len(names[i].split()) == 1 else (j, i)
            short_links.setdefault(s, set()).add(l)
            continue
        parent[find(i)] = find(j)
    for s, longs in short_links.items():
        roots = {find(l) for l in longs}
        if len(roots) == 1:
            parent[find(s)] = roots.pop()
    by_root: dict[int, list[int]] = {}
    for i in range(len(names)):
        by_root.setdefault(find(i), []).append(i)
    out: dict[str, str] = {}
    for members in by_root.values():
        best = max(members, key=lambda i: (n_arts.iat[i], len(names[i]), -i))
        for i in members:
            out[names[i]] = names[best]
    return out


def name_variants(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of names in different articles that are probably the same actor spelled differently.

    Args:
        mentions: the table of :func:`presslens.compare.entities.entity_mentions`.

    Returns:
        One row per pair of (name, article). Columns: ``group`` (the grouped name, see
        :func:`name_groups`), ``kind``; for each side ``_a`` / ``_b``: ``name``,
        ``article_id``, ``outlet``, ``sent_id``, ``start``, ``end`` (the name's first
        mention in that article) and ``sentence``; ``edit_distance`` (Levenshtein on the
        lower-case names); ``reason``. Surname-only pairs ("Bugti" / "Sarfraz Bugti") are
        listed only across articles where the surname stands alone.
    """
    if mentions.empty:
        return pd.DataFrame(columns=VARIANT_COLUMNS)
    groups = name_groups(mentions, kinds=("person", "organisation", "place", "other"))
    firsts = mentions.drop_duplicates(["article_id", "entity"])
    names = list(dict.fromkeys(firsts.entity))
    kinds = dict(zip(firsts.entity, firsts.kind))
    rows = []
    for i, j, reason, d in variant_pairs(names):
        if kinds[names[i]] != kinds[names[j]]:
            continue
        a_rows = firsts[firsts.entity == names[i]]
        b_rows = firsts[firsts.entity == names[j]]
        for ra in a_rows.itertuples():
            for rb in b_rows.itertuples():
                if ra.article_id == rb.article_id:
                    continue
                rows.append((groups.get(names[i], names[i]), kinds[names[i]], ra.entity, ra.article_id, ra.outlet,
                             ra.sent_id, ra.start, ra.end, ra.sentence, rb.entity, rb.article_id, rb.outlet, rb.sent_id,
                             rb.start, rb.end, rb.sentence, d, reason))
    out = pd.DataFrame(rows, columns=VARIANT_COLUMNS)
    return out.sort_values(["kind", "group", "article_id_a", "article_id_b"], kind="stable").reset_index(drop=True)

