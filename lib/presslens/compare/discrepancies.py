"""Discrepancies: the same fact given with different values, one row per fact.

A fact is compared only where the workbench knows it is the same fact:

- ``toll``: the event's casualty figures per outcome and group ("killed (people)"), from the
  casualty claims (:mod:`presslens.casualties.tables`; claims scoped to another event, per-day
  parts, single victims and unverified or "claimed" figures left out). Each article gives its
  figure (its highest reliable figure, numbers before quantity words) and its other figures
  are listed beside it.
- ``date``: dates written in sentences of one content unit (the same content told by several
  outlets, :mod:`presslens.compare.align`) that no two outlets share; and the articles'
  publication dates when they differ (shown with the header line that writes them).
- ``time``: clock times of one content unit ("8:20 a.m." / "about 8:20 a.m.").
- ``age``: ages given to one person ("Dana Reyes, 34," / "35-year-old Dana Reyes"), the person's
  spellings grouped across outlets.
- ``quantity``: numbers tied to the same noun within one content unit ("51,000 runners" /
  "50,000 runners", "nearly 40-hour" / "40-hour"); numbers of dates, years and casualty
  claims are left to the rows above.
- ``name``: spellings of one name (:mod:`presslens.compare.variants`).

Each row says how the values differ (``status``):

- ``hedge``: the same number, only the wording of its bound differs ("49" / "at least 49");
- ``revision``: different numbers from articles published on different days whose figures
  agree within each day, or a figure the text itself presents as an update ("rose to",
  "initially", "as of Monday": :data:`presslens.lexicons.sources.REVISION_CUES`) — an early
  and a later count;
- ``compatible``: different numbers that can both be true ("at least 10" / "20");
- ``conflict``: values that cannot all be true;
- ``spelling`` (name rows) and ``publication`` (publication dates).

Side ``a`` and side ``b`` are the two values compared (the value most articles give, and the
most given other one), earlier publication first (then story order); ``by_outlet`` lists every
article's value.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from presslens.casualties.tables import claim_mentions, claims
from presslens.compare.align import RELATED_RATIO, SIMILARITY_THRESHOLD, similar_pairs, sentence_status
from presslens.compare.entities import entity_mentions
from presslens.compare.variants import name_groups
from presslens.corpus.dates import find_dates
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import tokens_table
from presslens.corpus.tokenize import stem
from presslens.lexicons.sources import (
    CLOCK_UNITS,
    DURATION_UNITS,
    GENERIC_COUNT_NOUNS,
    PAGE_COUNT_NOUNS,
    NUMBER_QUALIFIERS,
    NUMBER_SUFFIX_NOISE,
    REVISION_CUES,
    TIMESTAMP_CUES,
)

#: Columns of :func:`number_facts`.
FACT_COLUMNS = ["article_id", "sent_id", "start", "end", "number", "value", "unit", "unit_stem", "qualifier",
                "qualifier_kind"]
#: Columns of :func:`discrepancies_table`.
DISCREPANCY_COLUMNS = ["kind", "fact", "article_id_a", "outlet_a", "value_a", "qualifier_a", "sent_id_a", "start_a",
                       "end_a", "sentence_a", "article_id_b", "outlet_b", "value_b", "qualifier_b", "sent_id_b",
                       "start_b", "end_b", "sentence_b", "score", "status", "by_outlet"]
#: Kinds of row, in display order.
KINDS = ("toll", "date", "time", "age", "quantity", "name")
#: Fewest words (numbers not counted) of a sentence whose numbers and dates are compared
#: (shorter ones are header lines, captions' counters or live-blog stamps, not statements of fact).
MIN_FACT_WORDS = 5
#: Most ages a person can be given.
MAX_AGE = 120

_QUALIFIERS = sorted(((tuple(k.split()), k) for k in NUMBER_QUALIFIERS), key=lambda x: -len(x[0]))
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_REVISION = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(REVISION_CUES, key=len, reverse=True))
                       + r")\b", re.IGNORECASE)
_TWEET_SIGNATURE = re.compile(r"\(@\w+\)")
_TIMESTAMP = re.compile(r"\b(?:" + "|".join(TIMESTAMP_CUES) + r")\W*(?:at\W*)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:aged\s+)?|\(\s*)(\d{1,3})(?!\s*(?:,|and|or|&)\s*\d)"
                        r"\s*(?:[,.;:)]|$|\s+(?:was|is|who|of|from)\b)")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")


def _unit_of(tok: str, nxt: str, nxt_is_word: bool) -> str:
    parts = tok.split("-")
    if len(parts) > 1 and parts[0][:1].isdigit():
        rest = [p for p in parts[1:] if p.lower() not in NUMBER_SUFFIX_NOISE]
        if rest:
            return rest[0].lower()
    return nxt.lower() if nxt_is_word else ""


@accepts_story
def number_facts(story: Story) -> pd.DataFrame:
    """Numbers with their unit and qualifier, one row per number token.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``, ``sent_id``, ``start``, ``end`` (offsets of the number
        with its qualifier and the word after it, when that is its unit), ``number`` (as
        written: "at least 145 militants", "nearly 40-hour-long"), ``value`` (float),
        ``unit`` (the word counted, lower case; empty when none), ``unit_stem``,
        ``qualifier`` (empty when none), ``qualifier_kind`` (lower bound | upper bound |
        approximate | exact; empty when none). Numbers inside dates and years are left out.
    """
    toks = tokens_table(story)
    texts = {a.article_id: a.text for a in story.articles}
    rows = []
    durations = DURATION_UNITS | {stem(u) for u in DURATION_UNITS}
    for (aid, sid), g in toks.groupby(["article_id", "sent_id"], sort=False, observed=True):
        if not g.is_number.any():
            continue
        text = texts[aid]
        s0, s1 = int(g.start.iat[0]), int(g.end.iat[-1])
        in_dates = [(d.start + s0, d.end + s0) for d in find_dates(text[s0:s1])]
        norms, raw = g["norm"].astype(str).tolist(), g["text"].astype(str).tolist()
        starts, ends = g.start.tolist(), g.end.tolist()
        stops, puncts = g.is_stop.tolist(), g.is_punct.tolist()
        for k in np.flatnonzero(g.is_number.to_numpy()):
            if any(a <= starts[k] < b for a, b in in_dates) or _YEAR.match(raw[k]):
                continue
            if not raw[k][:1].isdigit() and norms[k] in ("one", "none"):
                continue  # "one of the deadliest"
            nxt_ok = k + 1 < len(raw) and not stops[k + 1] and not puncts[k + 1] and raw[k + 1][:1].isalpha()
            nxt_ok = nxt_ok or (k + 1 < len(raw) and norms[k + 1] in CLOCK_UNITS)
            unit = _unit_of(raw[k], raw[k + 1] if k + 1 < len(raw) else "", nxt_ok)
            qual, q0 = "", starts[k]
            for words, key in _QUALIFIERS:
                n = len(words)
                if k - n >= 0 and tuple(norms[k - n:k]) == words:
                    if words in (("over",), ("under",)) and (unit in durations or unit.rstrip("s") in
                                                             {u.rstrip("s") for u in DURATION_UNITS}):
                        break  # "over 40 hours": during, not a bound
                    qual, q0 = key, starts[k - n]
                    break
            value = float(g.number.iat[k])
            e = ends[k + 1] if nxt_ok and unit == raw[k + 1].lower() else ends[k]
            rows.append((aid, int(sid), q0, e, text[q0:e], value, unit, stem(unit) if unit else "", qual,
                         NUMBER_QUALIFIERS.get(qual, "")))
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


# --- shared helpers --------------------------------------------------------------------------

def _published(story: Story) -> dict[str, str]:
    return {a.article_id: str(a.meta.get("published", ""))[:10] for a in story.articles}


def _order_key(story: Story):
    pub = _published(story)
    order = {a.article_id: i for i, a in enumerate(story.articles)}
    return lambda aid: (pub.get(aid) or "9999", order.get(aid, 10 ** 9))


def _label(story: Story, aid: str) -> str:
    pub = _published(story)[aid]
    return story.article(aid).label + (f" ({pub})" if pub else "")


def _by_outlet(story: Story, values: list[tuple[str, str]]) -> str:
    """``label (date): v1, v2; label2: v3`` for ``(article_id, value)`` pairs, articles in date order."""
    per: dict[str, list[str]] = {}
    for aid, v in values:
        per.setdefault(aid, [])
        if v not in per[aid]:
            per[aid].append(v)
    key = _order_key(story)
    return "; ".join(f"{_label(story, aid)}: {', '.join(vs)}" for aid, vs in sorted(per.items(), key=lambda x: key(x[0])))


def _interval(low, high) -> tuple[float | None, float | None]:
    lo = None if low is None or low is pd.NA or low != low else float(low)
    hi = None if high is None or high is pd.NA or high != high else float(high)
    return lo, hi


def _overlap(a: tuple, b: tuple) -> bool:
    lo = max(x for x in (a[0], b[0], -1.0) if x is not None)
    his = [x for x in (a[1], b[1]) if x is not None]
    return not his or lo <= min(his)


def _number_status(story: Story, figures: list[dict]) -> str:
    """hedge | revision | compatible | conflict for figures (``aid``, ``point``, ``low``, ``high``,
    ``qualifier``, ``sentence``) that do not all agree."""
    points = {f["point"] for f in figures}
    if len(points) == 1:
        return "hedge"
    pub = _published(story)
    if any(_REVISION.search(f["sentence"]) for f in figures):
        return "revision"
    intervals = [(f["low"], f["high"]) for f in figures]
    compatible = all(_overlap(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1:])
    if compatible and any(f.get("vague") for f in figures):
        return "compatible"  # a quantity word ("dozens") beside a number is imprecision, not another count
    by_day: dict[str, set] = {}
    for f in figures:
        by_day.setdefault(pub.get(f["aid"], ""), set()).add(f["point"])
    if "" not in by_day and len(by_day) > 1 and all(len(v) == 1 for v in by_day.values()):
        return "revision"
    return "compatible" if compatible else "conflict"


def _pick_sides(story: Story, figures: list[dict]) -> tuple[dict, dict]:
    """The value most articles give and the most given other one (another wording of it for a
    hedge), earlier publication first."""
    key = _order_key(story)
    figures = sorted(figures, key=lambda f: key(f["aid"]))
    votes = Counter(f["point"] for f in figures)
    top = max(votes.values())
    main = min(p for p, c in votes.items() if c == top)
    a = next(f for f in figures if f["point"] == main)
    key_of = {x.article_id: x.outlet_key for x in story.articles}
    others = [f for f in figures if f["point"] != main]
    elsewhere = [f for f in others if key_of[f["aid"]] != key_of[a["aid"]]]
    if not elsewhere and others:  # every other value is in a's outlet: take a from another outlet
        alt = [f for f in figures if f["point"] == main and key_of[f["aid"]] != key_of[others[0]["aid"]]]
        a = alt[0] if alt else a
        elsewhere = [f for f in others if key_of[f["aid"]] != key_of[a["aid"]]]
    others = elsewhere or others
    clash = [f for f in others if not _overlap((a["low"], a["high"]), (f["low"], f["high"]))]
    others = clash or others  # show two values that cannot both be true when there are such
    if others:
        ov = Counter(f["point"] for f in others)
        t2 = max(ov.values())
        second = min(p for p, c in ov.items() if c == t2)
        b = next(f for f in others if f["point"] == second)
    else:
        b = next(f for f in figures if (f["low"], f["high"], f["qualifier"]) != (a["low"], a["high"], a["qualifier"]))
    return (a, b) if key(a["aid"]) <= key(b["aid"]) else (b, a)


def _row(story: Story, kind: str, fact: str, a: dict, b: dict, status: str, by_outlet: str, score: float) -> tuple:
    la, lb = story.article(a["aid"]).label, story.article(b["aid"]).label
    return (kind, fact, a["aid"], la, a["value"], a.get("qual", ""), a["sent_id"], a["start"], a["end"], a["sentence"],
            b["aid"], lb, b["value"], b.get("qual", ""), b["sent_id"], b["start"], b["end"], b["sentence"],
            round(float(score), 3), status, by_outlet)


class _Scores:
    """Cosine of two sentences (article id, sent id), from the story's similar pairs."""

    def __init__(self, story: Story, threshold: float) -> None:
        sents, pairs = similar_pairs(story, min_score=RELATED_RATIO * threshold)
        self.pos = {(a, int(s)): i for i, (a, s) in enumerate(zip(sents.article_id, sents.sent_id))}
        self.score = {(int(i), int(j)): float(sc) for i, j, sc in zip(pairs.i, pairs.j, pairs.score)}

    def __call__(self, a: tuple[str, int], b: tuple[str, int]) -> float:
        i, j = self.pos.get(a), self.pos.get(b)
        if i is None or j is None:
            return 0.0
        return self.score.get((min(i, j), max(i, j)), 0.0)


# --- tolls -----------------------------------------------------------------------------------

def _point(low, high) -> float | None:
    lo, hi = _interval(low, high)
    return lo if lo is not None else hi


def _as_read(r) -> str:
    """A figure as written, with the number read when the words give none ("a dozen (12)", "dozens (24+)")."""
    q = str(r.quantity)
    if any(ch.isdigit() for ch in q):
        return q
    lo, hi = _interval(r.low, r.high)
    if lo is not None and hi is not None:
        return f"{q} ({lo:g})" if lo == hi else f"{q} ({lo:g}-{hi:g})"
    if lo is not None:
        return f"{q} ({lo:g}+)"
    return f"{q} (up to {hi:g})" if hi is not None else q


def _toll_rows(story: Story, scores: _Scores) -> list[tuple]:
    c = claims(story)
    if c.empty:
        return []
    if "scope" in c.columns:
        c = c[c["scope"] != "other"]
    c = c[c.reliable.astype(bool) & (c.role == "total") & c.kind.isin(["explicit", "vague"])]
    rows = []
    texts = {a.article_id: a.text for a in story.articles}
    for (outcome, group), g in c.groupby(["outcome", "group"], sort=False):
        figures, listed = [], []
        for aid, ga in g.groupby("article_id", sort=False):
            cand = [r for r in ga.itertuples() if _point(r.low, r.high) is not None]
            if not cand:
                continue
            listed += [(aid, _as_read(r)) for r in cand]
            exact = [r for r in cand if r.kind != "vague"]
            if not exact:
                continue  # a quantity word alone ("several") is listed, not compared
            best = max(exact, key=lambda r: (_point(r.low, r.high), r.mentions))
            lo, hi = _interval(best.low, best.high)
            s, e = int(best.start), int(best.end)
            figures.append({"aid": aid, "point": _point(best.low, best.high), "low": lo, "high": hi,
                            "qualifier": best.qualifier, "qual": best.qualifier, "value": texts[aid][s:e],
                            "vague": best.kind == "vague",
                            "sent_id": int(best.sent_id), "start": s, "end": e, "sentence": best.sentence})
        if len({story.article(f["aid"]).outlet_key for f in figures}) < 2 and len(figures) < 2:
            continue
        if len({(f["point"], f["low"], f["high"], f["qualifier"]) for f in figures}) < 2:
            continue
        status = _number_status(story, figures)
        a, b = _pick_sides(story, figures)
        rows.append(_row(story, "toll", f"{outcome} ({group})", a, b, status, _by_outlet(story, listed),
                         scores((a["aid"], a["sent_id"]), (b["aid"], b["sent_id"]))))
    return rows


# --- content units: quantities, times, dates ---------------------------------------------------

def _claim_spans(story: Story) -> dict[str, list[tuple[int, int]]]:
    m = claim_mentions(story)
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, s, e in zip(m.article_id, m.start, m.end):
        if s is not pd.NA and e is not pd.NA:
            out.setdefault(aid, []).append((int(s), int(e)))
    return out


def _aligned_pairs(items: list[dict], key_of: dict[str, str], scores: "_Scores", threshold: float):
    """Pairs of items of two outlets whose sentences are aligned (cosine ≥ threshold)."""
    by_sent: dict[tuple[str, int], list[dict]] = {}
    for x in items:
        by_sent.setdefault((x["aid"], x["sent_id"]), []).append(x)
    sents = list(by_sent)
    for i, s1 in enumerate(sents):
        for s2 in sents[i + 1:]:
            if key_of[s1[0]] != key_of[s2[0]] and scores(s1, s2) >= threshold - 1e-9:
                yield by_sent[s1], by_sent[s2]


def _unit_rows(story: Story, facts: pd.DataFrame, threshold: float, scores: _Scores) -> list[tuple]:
    st = sentence_status(story, threshold=threshold)
    unit = {(a, int(s)): int(u) for a, s, u in zip(st.article_id, st.sent_id, st.unit_id)}
    text = {(a, int(s)): t for a, s, t in zip(st.article_id, st.sent_id, st.text)}
    start = {(a, int(s)): int(x) for a, s, x in zip(st.article_id, st.sent_id, st.start)}
    key_of = {a.article_id: a.outlet_key for a in story.articles}
    toks = tokens_table(story)
    wordy = ~toks.is_punct & ~toks.is_number & toks["text"].astype(str).str.contains(r"[^\W\d_]", regex=True)
    n_words = toks[wordy].groupby(["article_id", "sent_id"], observed=True).size().to_dict()
    spans = _claim_spans(story)
    rows: list[tuple] = []
    # numbers tied to a noun, in aligned sentences
    f = facts[(facts.unit_stem != "") & ~facts.unit.isin(GENERIC_COUNT_NOUNS | PAGE_COUNT_NOUNS)]
    f = f[np.array([n_words.get((a, int(x)), 0) >= MIN_FACT_WORDS and not _TIMESTAMP.search(
        text.get((a, int(x)), "")[:max(0, int(s0) - start.get((a, int(x)), 0))][-30:])
        for a, x, s0 in zip(f.article_id, f.sent_id, f.start)], dtype=bool)]
    f = f[np.array([not any(s < e2 and s2 < e for s2, e2 in spans.get(a, ()))
                    for a, s, e in zip(f.article_id, f.start, f.end)], dtype=bool)]
    f = f[np.array([not _TWEET_SIGNATURE.search(text.get((a, int(s)), "")) for a, s in zip(f.article_id, f.sent_id)],
                   dtype=bool)]
    f = f.assign(unit_id=[unit.get((a, int(s)), -1) for a, s in zip(f.article_id, f.sent_id)])
    for (_, _), g in f.groupby(["unit_id", "unit_stem"], sort=False):
        if g.article_id.map(key_of).nunique() < 2:
            continue
        items = []
        for r in g.itertuples():
            lo, hi = _bounds(float(r.value), r.qualifier_kind)
            items.append({"aid": r.article_id, "point": float(r.value), "low": lo, "high": hi,
                          "qualifier": r.qualifier, "qual": r.qualifier, "value": r.number, "sent_id": int(r.sent_id),
                          "start": int(r.start), "end": int(r.end), "sentence": text[(r.article_id, int(r.sent_id))]})
        differ, hedged = [], []
        for xs, ys in _aligned_pairs(items, key_of, scores, threshold):
            vx, vy = {x["point"] for x in xs}, {y["point"] for y in ys}
            if not vx & vy:
                differ += xs + ys
            else:
                shared = vx & vy
                qx = {x["qualifier"] for x in xs if x["point"] in shared}
                qy = {y["qualifier"] for y in ys if y["point"] in shared}
                if qx != qy:
                    hedged += [x for x in xs + ys if x["point"] in shared]
        figures = list({id(x): x for x in (differ or hedged)}.values())
        if not figures:
            continue
        status = _number_status(story, figures) if differ else "hedge"
        a, b = _pick_sides(story, figures)
        kind = "time" if g.unit.iat[0] in CLOCK_UNITS else "quantity"
        fact = "time of day" if kind == "time" else g.unit.value_counts().index[0]
        rows.append(_row(story, kind, fact, a, b, status, _by_outlet(story, [(x["aid"], x["value"]) for x in figures]),
                         scores((a["aid"], a["sent_id"]), (b["aid"], b["sent_id"]))))
    # dates of the story's days written in aligned sentences
    years = {p[:4] for p in _published(story).values() if p}
    dated: dict[int, list[dict]] = {}
    for (aid, sid), t in text.items():
        if not any(ch.isdigit() for ch in t) or _TWEET_SIGNATURE.search(t) or \
                n_words.get((aid, sid), 0) < MIN_FACT_WORDS:
            continue
        for d in find_dates(t):
            if d.year is not None and years and str(d.year) not in years:
                continue  # another year: another event
            dated.setdefault(unit[(aid, sid)], []).append(
                {"aid": aid, "md": (d.month, d.day), "value": t[d.start:d.end], "sent_id": sid,
                 "start": start[(aid, sid)] + d.start, "end": start[(aid, sid)] + d.end, "sentence": t})
    for _, ds in dated.items():
        pairs = [(xs, ys) for xs, ys in _aligned_pairs(ds, key_of, scores, threshold)
                 if not {x["md"] for x in xs} & {y["md"] for y in ys}]
        if not pairs:
            continue
        xs, ys = pairs[0]
        a, b = xs[0], ys[0]
        key = _order_key(story)
        a, b = (a, b) if key(a["aid"]) <= key(b["aid"]) else (b, a)
        involved = list({id(x): x for p in pairs for x in p[0] + p[1]}.values())
        rows.append(_row(story, "date", "date", a, b, "conflict",
                         _by_outlet(story, [(d["aid"], d["value"]) for d in involved]),
                         scores((a["aid"], a["sent_id"]), (b["aid"], b["sent_id"]))))
    return rows


def _bounds(value: float, qualifier_kind: str) -> tuple[float | None, float | None]:
    if qualifier_kind == "lower bound":
        return value, None
    if qualifier_kind == "upper bound":
        return None, value
    return value, value


# --- publication dates -------------------------------------------------------------------------

def _meta_date(story: Story, aid: str) -> tuple[str, int, int, str]:
    """Where an article's header writes its publication date: (as written, start, end, line)."""
    a = story.article(aid)
    pub = a.meta.get("published", "")
    for b in a.blocks:
        if b.kind != "meta":
            continue
        line = a.text[b.start:b.end]
        for d in find_dates(line):
            if pub.endswith(f"{d.month:02d}-{d.day:02d}"):
                return line[d.start:d.end], b.start + d.start, b.start + d.end, line.strip()
    return pub, -1, -1, ""


def _publication_row(story: Story) -> list[tuple]:
    pub = _published(story)
    dated = [a.article_id for a in story.articles if pub[a.article_id]]
    if len({pub[a] for a in dated}) < 2:
        return []
    key = _order_key(story)
    dated.sort(key=key)
    first, last = dated[0], dated[-1]
    sides = []
    for aid in (first, last):
        v, s, e, line = _meta_date(story, aid)
        sides.append({"aid": aid, "value": v, "sent_id": -1, "start": s, "end": e, "sentence": line})
    days = sorted({pub[a] for a in dated})
    return [_row(story, "date", f"publication date ({days[0]} / {days[-1]})", sides[0], sides[1], "publication",
                 _by_outlet(story, [(a, pub[a]) for a in dated]), 0.0)]


# --- ages ---------------------------------------------------------------------------------------

def _age_rows(story: Story, mentions: pd.DataFrame) -> list[tuple]:
    people = mentions[mentions.kind == "person"]
    if people.empty:
        return []
    groups = name_groups(people)
    texts = {a.article_id: a.text for a in story.articles}
    ages: dict[str, list[dict]] = {}
    for r in people.itertuples():
        text = texts[r.article_id]
        sent_start = text.rfind("\n", 0, int(r.start)) + 1
        m = _AGE_AFTER.match(text[int(r.end):int(r.end) + 40])
        span = None
        if m:
            span = (int(r.end) + m.start(1), int(r.end) + m.end(1), m.group(1))
        else:
            before = text[max(sent_start, int(r.start) - 60):int(r.start)]
            mb = _AGE_BEFORE.search(before)
            if mb:
                off = int(r.start) - len(before)
                span = (off + mb.start(1), off + mb.end(1), mb.group(1))
        if not span or not 0 < int(span[2]) <= MAX_AGE:
            continue
        g = groups.get(r.entity, r.entity)
        ages.setdefault(g, []).append({"aid": r.article_id, "point": float(span[2]), "value": span[2],
                                       "sent_id": int(r.sent_id), "start": span[0], "end": span[1],
                                       "sentence": r.sentence, "low": float(span[2]), "high": float(span[2]),
                                       "qualifier": "", "qual": ""})
    key_of = {a.article_id: a.outlet_key for a in story.articles}
    rows = []
    for person, found in ages.items():
        if len({key_of[f["aid"]] for f in found}) < 2 or len({f["point"] for f in found}) < 2:
            continue
        a, b = _pick_sides(story, found)
        rows.append(_row(story, "age", f"age of {person}", a, b, "conflict",
                         _by_outlet(story, [(f["aid"], f["value"]) for f in found]), 0.0))
    return rows


# --- the table -----------------------------------------------------------------------------------

@accepts_story
def discrepancies_table(story: Story, *, variants: pd.DataFrame | None = None,
                        threshold: float = SIMILARITY_THRESHOLD) -> pd.DataFrame:
    """Facts given differently by different outlets, one row per fact, with both sentences.

    Args:
        story: the story.
        variants: the name-variant table of :func:`presslens.compare.variants.name_variants`
            (its rows become ``name`` rows); None for no name rows.
        threshold: alignment threshold of the content units (quantities, times, dates).

    Returns:
        Columns: ``kind`` (toll | date | time | age | quantity | name, see the module
        docstring); ``fact`` (what the fact is: "killed (people)", "date", "publication date
        (… / …)", "time of day", "age of <person>", the noun counted, or the name's group);
        for side ``_a`` and ``_b``: ``article_id``, ``outlet``, ``value`` (as written: "at
        least 145 militants", "Feb 2", "Sarfraz Bugti"), ``qualifier`` (tolls: exact,
        at_least, …; quantities: the phrase before the number, "nearly"), ``sent_id`` (-1
        for a header line), ``start``, ``end`` (offsets of the value in the article text;
        -1 when the header does not write it), ``sentence`` (the sentence or header line);
        ``score`` (cosine of the two sentences; 0 below the related level, for metadata and
        names); ``status`` (hedge | revision | compatible | conflict | spelling |
        publication); ``by_outlet`` (every article's value: ``label (publication date):
        values; …``, the article's own figure first). Sorted by kind, then fact. Empty with
        these columns when nothing differs or for one article.
    """
    if len(story.articles) < 2:
        return pd.DataFrame(columns=DISCREPANCY_COLUMNS)
    scores = _Scores(story, threshold)
    rows = _toll_rows(story, scores)
    rows += _publication_row(story)
    facts = number_facts(story)
    rows += _unit_rows(story, facts, threshold, scores)
    rows += _age_rows(story, entity_mentions(story))
    if variants is not None and not variants.empty:
        for v in variants.itertuples():
            rows.append(("name", v.group, v.article_id_a, v.outlet_a, v.name_a, "", v.sent_id_a, v.start_a, v.end_a,
                         v.sentence_a, v.article_id_b, v.outlet_b, v.name_b, "", v.sent_id_b, v.start_b, v.end_b,
                         v.sentence_b, 0.0, "spelling",
                         f"{v.name_a}: {v.articles_a}; {v.name_b}: {v.articles_b}"))
    out = pd.DataFrame(rows, columns=DISCREPANCY_COLUMNS)
    kinds = {k: i for i, k in enumerate(KINDS)}
    return out.sort_values(["kind", "fact"], kind="stable",
                           key=lambda s: s.map(kinds) if s.name == "kind" else s).reset_index(drop=True)
