"""Casualty claims of a story: per outlet, reconciled across outlets, checked for consistency.

- :func:`claim_mentions`: every claim of every article, with the sentence it stands in and
  its event scope (this story's event, or another event, place or time).
- :func:`claims`: the same, de-duplicated within an article (a figure repeated four times is
  one row with ``mentions`` = 4 and every evidence sentence kept).
- :func:`reconcile`: one row per (group, outcome) across outlets, in the manner of UCDP's
  low / best / high estimates, from each outlet's latest figure.
- :func:`check_consistency`: parts against totals (per-day figures against the stated
  total, group figures against the overall toll), within each article and across outlets.

Reliability: a claim is *reliable* unless the text says it could not be verified or it is
attributed with a distancing verb ("claimed", "alleged"); a perpetrator's unverified claim
("the group claimed it killed dozens of soldiers") is shown but never sets ``best``.
Scope: claims about another event, place or time (``scope`` = ``other``, see
:mod:`presslens.casualties.scope`) are listed with their reason but never enter
reconciliation or checks.

Outlets: articles of one outlet (:attr:`presslens.corpus.story.Article.outlet_key`) count
once. An outlet's figure is the one of its latest article (publication date, then story
order); a figure replaced by a later article of the outlet, or by an update line of the
same article ("the toll has risen to ..."), is a *revision*, not a conflict.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from presslens.casualties.extract import claims_in_sentences
from presslens.casualties.scope import claim_scope, event_frame
from presslens.casualties.sentence import CLAIM_COLUMNS, GROUPS, OUTCOMES
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, split_by_article
from presslens.lexicons import casualties as lex
from presslens.lexicons.speech import REPORTING_VERBS

#: Columns of :func:`claim_mentions`.
MENTION_COLUMNS = ["article_id", "outlet", "sent_id", "section",
                   *[c for c in CLAIM_COLUMNS if c not in ("sent_start", "sent_end")],
                   "scope", "scope_reason", "outlet_key", "published"]
#: Columns of :func:`claims`.
STORY_CLAIM_COLUMNS = [*MENTION_COLUMNS[:-4], "mentions", "sent_ids", "evidence", "reliable", "role",
                       *MENTION_COLUMNS[-4:]]
#: Columns of :func:`reconcile`.
RECONCILED_COLUMNS = ["group", "outcome", "low", "best", "high", "best_quantity", "n_outlets", "status",
                      "by_outlet", "unverified", "outlets"]
#: Columns of :func:`check_consistency`.
CHECK_COLUMNS = ["outlet", "article_id", "check", "outcome", "group", "parts", "parts_sum", "total", "total_low",
                 "total_high", "gap", "status", "evidence", "note"]
#: Groups whose figures add up to an overall toll of ``people`` (militants are reported
#: apart: "close to 50 people dead" counts the attacks' victims, not the attackers).
VICTIM_GROUPS = ("civilians", "security", "other")
#: Name of the pseudo-outlet of cross-outlet checks.
ALL_OUTLETS = "all outlets"
#: Separator of several values in one cell.
SEP = "; "
#: Statuses of :func:`check_consistency` (``ok`` is not a flag).
CHECK_STATUSES = ("ok", "parts short of total", "parts exceed total")

_LATEST_RE = re.compile("|".join(lex.LATEST_PATTERNS), re.IGNORECASE)
_EARLIER_RE = re.compile("|".join(lex.EARLIER_PATTERNS), re.IGNORECASE)


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


@accepts_story
def claim_mentions(story: Story) -> pd.DataFrame:
    """Every casualty claim of every article of a story, one row per mention.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (the article's display label); ``sent_id`` and
        ``section`` (from :func:`presslens.corpus.tables.sentences_table`); then the columns of
        :func:`presslens.casualties.extract_claims` (``outcome``, ``group``,
        ``group_text``, ``quantity``, ``low``, ``high``, ``qualifier``, ``kind``,
        ``start``, ``end`` — offsets into ``Article.text`` —, ``sentence``,
        ``attribution``, ``attribution_verb``, ``verified``, ``time``); ``scope``
        (``event``: this story's event; ``other``: another event, place or time, or a
        general statistic); ``scope_reason`` (why, with the words that say so; empty for
        ``event``); ``outlet_key`` (what counts as one outlet:
        :attr:`presslens.corpus.story.Article.outlet_key`); ``published`` (the article's
        publication date, empty when unknown). A definite repeat of a figure ("the 12
        victims" after "12 people were killed") is a mention of that figure. Empty (with
        these columns) when no article states a claim.
    """
    sents = sentences_table(story)
    frame = event_frame(story)
    rows: list[dict] = []
    sents_of = split_by_article(sents)
    for art in story.articles:
        mine = sents_of.get(art.article_id, sents.iloc[:0])
        spans = list(zip(mine.start.tolist(), mine.end.tolist()))
        ids = mine.sent_id.tolist()
        sections = mine.section.tolist()
        paras = mine.para_id.tolist()
        texts = mine.text.tolist()
        for r in claims_in_sentences(art.text, spans, repeats=True, members=False):
            k = r.pop("sent_index")
            before = " ".join(texts[j] for j in range(k) if paras[j] == paras[k])
            s0 = spans[k][0]
            scope, reason = claim_scope(texts[k], frame=frame, at=(r["start"] - s0, r["end"] - s0), context=before,
                                        outcome=r["outcome"], group=r["group"], published=art.meta.get("published", ""))
            r.update(article_id=art.article_id, outlet=art.label, sent_id=ids[k], section=sections[k],
                     scope=scope, scope_reason=reason, outlet_key=art.outlet_key,
                     published=art.meta.get("published", ""))
            rows.append(r)
    if not rows:
        return _typed(_empty(MENTION_COLUMNS))
    return _typed(pd.DataFrame(rows)[MENTION_COLUMNS])


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for c in ("low", "high", "best", "total_low", "total_high", "parts_sum", "gap"):
        if c in df.columns:
            df[c] = pd.array(df[c].tolist(), dtype="Int64")
    if "verified" in df.columns:
        df["verified"] = pd.array(df["verified"].tolist(), dtype="boolean")
    for c in ("sent_id", "start", "end", "mentions", "n_outlets"):
        if c in df.columns:
            df[c] = pd.array(df[c].tolist(), dtype="Int64")
    return df


def _na(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _point(low, high) -> int | None:
    """The number a claim states: its lower bound, else its upper bound."""
    if not _na(low):
        return int(low)
    if not _na(high):
        return int(high)
    return None


def _is_day_time(time: str) -> bool:
    t = str(time).lower()
    return bool(t) and (t.startswith(lex.DAY_TIME_PREFIXES) or any(t.startswith(d) for d in lex.WEEKDAYS))


@accepts_story
def claims(story: Story) -> pd.DataFrame:
    """Casualty claims of a story, de-duplicated within each article.

    A figure an article repeats (same outcome, group, bounds and scope) is one row: the
    first mention's offsets and sentence, with every evidence sentence kept. A zero figure
    ("no one was hurt") in an article that states deaths or injuries (or, for arrests and
    the like, figures of the same outcome) is about another incident or moment: its scope is
    ``other``.

    Args:
        story: the story.

    Returns:
        The columns of :func:`claim_mentions` (first mention; ``attribution`` and
        ``attribution_verb`` list every distinct one, ``; `` separated; ``verified`` is
        False when any mention says so; ``time`` the first one given), plus ``mentions``
        (how many times the article states it); ``sent_ids`` (``;`` separated);
        ``evidence`` (every sentence, ``[sent_id] text`` joined by `` | ``); ``reliable``
        (False for a claim said to be unverified or attributed with a distancing verb
        such as "claimed"); ``role`` (``part``: a per-day figure with a larger figure for the
        same group and outcome in the article; ``earlier``: a figure the article itself
        replaces — stated as an earlier report, or below a figure given as an update
        ("the toll has risen to ..."); else ``total``).
    """
    m = claim_mentions(story)
    if m.empty:
        return _typed(_empty(STORY_CLAIM_COLUMNS))
    out = []
    m = m.assign(_low=m["low"].astype("float64").fillna(-1), _high=m["high"].astype("float64").fillna(-1))
    for _, g in m.groupby(["article_id", "outcome", "group", "_low", "_high", "scope"], sort=False, dropna=False):
        first = g.iloc[0].to_dict()
        for c in ("_low", "_high"):
            first.pop(c)
        first["attribution"] = SEP.join(dict.fromkeys(a for a in g.attribution if a))
        first["attribution_verb"] = SEP.join(dict.fromkeys(a for a in g.attribution_verb if a))
        first["verified"] = False if (g.verified == False).any() else None  # noqa: E712 (nullable booleans)
        first["time"] = next((t for t in g.time if t), "")
        first["mentions"] = len(g)
        first["sent_ids"] = ";".join(str(i) for i in dict.fromkeys(g.sent_id.tolist()))
        first["evidence"] = " | ".join(f"[{i}] {t}" for i, t in dict.fromkeys(zip(g.sent_id.tolist(), g.sentence)))
        verbs = [v for v in g.attribution_verb if v]
        first["reliable"] = first["verified"] is not False and not (
            verbs and all(REPORTING_VERBS.get(v.lower()) == "distancing" for v in verbs))
        out.append(first)
    df = pd.DataFrame(out)
    _scope_zero_beside_toll(df)
    df["role"] = "total"
    for (_art, _o, _g), g in df[df.scope == "event"].groupby(["article_id", "outcome", "group"], sort=False):
        points = {i: _point(r.low, r.high) for i, r in g.iterrows()}
        for i, r in g.iterrows():
            p = points[i]
            if p is not None and _is_day_time(r.time) and any(q is not None and q > p and j != i
                                                               for j, q in points.items()):
                df.loc[i, "role"] = "part"
        _mark_earlier(df, g, points)
    df = df.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    return _typed(df[STORY_CLAIM_COLUMNS])


def _scope_zero_beside_toll(df: pd.DataFrame) -> None:
    """Zero figures of an article that also states a non-zero figure of the same outcome: scope ``other``."""
    event = df[df.scope == "event"]
    for art, g in event.groupby("article_id", sort=False):
        stated = {o for o, lo in zip(g.outcome, g.low) if not _na(lo) and int(lo) > 0}
        if stated & {"killed", "injured", "casualties"}:  # "no one was hurt" beside a death toll
            stated |= {"killed", "injured", "casualties"}
        for i, r in g[g.kind == "zero"].iterrows():
            if r.outcome in stated:
                df.loc[i, "scope"] = "other"
                df.loc[i, "scope_reason"] = lex.ZERO_BESIDE_TOLL


def _mark_earlier(df: pd.DataFrame, g: pd.DataFrame, points: dict) -> None:
    """Mark as ``earlier`` the figures of one article, group and outcome that it replaces
    (counts only: one person named is no earlier toll)."""
    totals = [i for i in g.index if df.loc[i, "role"] == "total" and points[i] is not None
              and df.loc[i, "kind"] in ("explicit", "vague")]
    if len(set(points[i] for i in totals)) < 2:
        return
    latest = [i for i in totals if _LATEST_RE.search(str(df.loc[i, "evidence"]))]
    for i in totals:
        said_earlier = _EARLIER_RE.search(str(df.loc[i, "sentence"])) is not None
        below_update = any(points[j] > points[i] for j in latest if j != i)
        if (said_earlier and any(points[j] != points[i] for j in totals if j != i)) or below_update:
            df.loc[i, "role"] = "earlier"


def _figure_text(r) -> str:
    att = f" ({r['attribution']})" if r["attribution"] else ""
    time = f" {r['time']}" if r["time"] else ""
    earlier = " [earlier]" if r.get("role") == "earlier" else ""
    p = _point(r["low"], r["high"])
    # the number when the words do not show it ("a dozen [12]", "Seventeen [17]")
    value = f" [{p}]" if p is not None and r["kind"] in ("explicit", "vague") and str(p) not in str(r["quantity"]) \
        else ""
    return f"{r['quantity']}{value}{time}{att}{earlier}"


def _article_figure(g: pd.DataFrame) -> pd.Series | None:
    """An article's figure for one group and outcome: its reliable total with the highest
    stated number (the latest toll), preferring numbers over quantity words."""
    cand = g[g.reliable.astype(bool) & (g.role == "total")]
    if "scope" in cand.columns:
        cand = cand[cand.scope != "other"]
    cand = cand[[(_point(r.low, r.high) is not None) for r in cand.itertuples()]]
    if cand.empty:
        return None
    counts = cand[cand.kind == "explicit"]
    pool = counts if not counts.empty else cand[cand.kind != "vague"] if (cand.kind != "vague").any() else cand
    best = max(pool.itertuples(), key=lambda r: (_point(r.low, r.high), r.mentions))
    return pool.loc[best.Index]


def _best_of(items: list) -> pd.Series:
    """The figure most sources give (numbers preferred over quantity words, and both over one
    person named; on a tie the one of the latest report, then the lower one; an exact wording
    preferred among equal numbers)."""
    numeric = ([r for r in items if r["kind"] == "explicit"] or [r for r in items if r["kind"] == "vague"]
               or items)
    votes = Counter(_point(r["low"], r["high"]) for r in numeric)
    top = max(votes.values())
    tied = [v for v, c in votes.items() if c == top]
    if len(tied) > 1:
        # a tie goes to the latest report (tolls are revised upwards), then to the lower figure
        def latest(v):
            dates = [str(r.get("published", "") or "") for r in numeric if _point(r["low"], r["high"]) == v]
            return max((d for d in dates if d and d != "nan"), default="")
        newest = max(latest(v) for v in tied)
        tied = [v for v in tied if latest(v) == newest]
    val = min(tied)
    same = [r for r in numeric if _point(r["low"], r["high"]) == val]
    return next((r for r in same if r["qualifier"] == "exact"), same[0])


def _overlap(a: tuple, b: tuple) -> bool:
    lo = max(x for x in (a[0], b[0], -1) if x is not None)
    his = [x for x in (a[1], b[1]) if x is not None]
    return not his or lo <= min(his)


def _interval(r) -> tuple[int | None, int | None]:
    return (None if _na(r["low"]) else int(r["low"]), None if _na(r["high"]) else int(r["high"]))


def _outlet_of(df: pd.DataFrame) -> pd.Series:
    """The outlet key of each row (the article when the table has no outlet key)."""
    if "outlet_key" in df.columns:
        keys = df["outlet_key"].astype(object)
        return keys.where(keys.notna() & (keys.astype(str) != ""), df["outlet"])
    return df["outlet"]


def _article_order(df: pd.DataFrame) -> dict[str, tuple]:
    """Articles in time order: publication date (unknown dates first), then story order."""
    first_row: dict[str, int] = {}
    dates: dict[str, str] = {}
    for k, (a, p) in enumerate(zip(df["article_id"], df["published"] if "published" in df.columns else [""] * len(df))):
        first_row.setdefault(a, k)
        dates.setdefault(a, "" if _na(p) else str(p))
    return {a: (dates[a], first_row[a]) for a in first_row}


def _outlet_figure(ga: pd.DataFrame, order: dict[str, tuple]) -> tuple[pd.Series | None, bool]:
    """An outlet's figure for one group and outcome, and whether it revised an earlier one.

    The figure of its latest article that has one; with articles of no known date, the
    highest of them (tolls rise). Revised: an earlier article of the outlet gives another
    figure, or an article replaces one of its own (role ``earlier``).
    """
    per_article = []
    for art, g in ga.groupby("article_id", sort=False):
        f = _article_figure(g)
        if f is not None:
            per_article.append((order[art], f))
    revised = bool((ga.role == "earlier").any()) if "role" in ga.columns else False
    if not per_article:
        return None, revised
    dated = [x for x in per_article if x[0][0]]
    if dated and len(dated) == len(per_article):
        chosen = max(per_article, key=lambda x: x[0])[1]
    else:
        chosen = max(per_article, key=lambda x: (_point(x[1].low, x[1].high), x[0]))[1]
    if any(_point(f.low, f.high) != _point(chosen.low, chosen.high) for _, f in per_article):
        revised = True
    return chosen, revised


def reconcile(claims_df: pd.DataFrame) -> pd.DataFrame:
    """Reconcile a story's claims across outlets: one row per (group, outcome).

    Only claims about the story's event count (``scope`` = ``event``). Each outlet (every
    article of one outlet together) contributes one figure: that of its latest article, an
    article's figure being its reliable total with the highest stated number (numbers
    preferred over quantity words; per-day parts, replaced figures and unreliable claims
    left out). ``low`` and ``high`` are the lowest and highest of those figures; ``best`` is
    the figure most outlets give (numbers preferred over quantity words), on a tie the one of
    the latest report, then the lower one.

    Args:
        claims_df: the output of :func:`claims`.

    Returns:
        Columns: ``group``, ``outcome``; ``low``, ``best``, ``high`` (nullable Int64; the
        stated number of each figure: its lower bound, else its upper bound; empty when only
        unverified claims exist); ``best_quantity`` (the best figure as written, e.g. "at
        least 145"); ``n_outlets`` (outlets with a reliable figure); ``status`` (``agree``:
        two or more outlets whose figures are compatible — "145" and "at least 145";
        ``conflict``: outlets' latest figures that cannot all be true; ``revision``: the
        latest figures agree (or one outlet gives them) but an outlet replaced an earlier
        figure of its own — by a later article or an update line; ``single source``;
        ``unverified claim``: only claims said to be unverified or "claimed");
        ``by_outlet`` (each outlet's figures with their time and attribution, side by side:
        ``outlet: figure (attribution); …``, replaced ones marked ``[earlier]``);
        ``unverified`` (claims that do not count, with who makes them); ``outlets``
        (outlets with a reliable figure, ``; `` separated).
    """
    if claims_df is None or claims_df.empty:
        return _typed(_empty(RECONCILED_COLUMNS))
    df = claims_df
    if "scope" in df.columns:
        df = df[df.scope != "other"]
    if df.empty:
        return _typed(_empty(RECONCILED_COLUMNS))
    df = df.assign(_outlet=_outlet_of(df).tolist())
    order = _article_order(df)
    names = {k: lab for k, lab in zip(df["_outlet"], df["outlet"])}
    rows = []
    keyorder = {(g, o): (GROUPS.index(g) if g in GROUPS else 9, OUTCOMES.index(o) if o in OUTCOMES else 9)
                for g, o in zip(df["group"], df["outcome"])}
    for (group, outcome), g in sorted(df.groupby(["group", "outcome"], sort=False), key=lambda x: keyorder[x[0]]):
        figures = []
        by_outlet = []
        unverified = []
        any_revised = False
        for key, ga in g.groupby("_outlet", sort=False):
            outlet = names[key]
            f, revised = _outlet_figure(ga, order)
            if f is not None:
                figures.append((outlet, f))
                any_revised = any_revised or revised
            arts = sorted(dict.fromkeys(ga.article_id), key=lambda a: order[a])
            shown = []
            for art in arts:
                ra = ga[ga.article_id == art]
                items = [_figure_text(r) + (f" ×{r['mentions']}" if r["mentions"] > 1 else "")
                         for _, r in ra.iterrows() if bool(r["reliable"])]
                if items:
                    tag = f" [{art}]" if len(arts) > 1 else ""
                    shown.append(", ".join(items) + tag)
            if shown:
                by_outlet.append(f"{outlet}: " + " → ".join(shown))
            for _, r in ga.iterrows():
                if not bool(r["reliable"]):
                    why = "not verified" if r["verified"] is False else f"{r['attribution_verb']}"
                    unverified.append(f"{outlet}: {r['quantity']} ({r['attribution'] or 'unattributed'}; {why})")
        points = [(_point(f.low, f.high), f) for _, f in figures]
        if points:
            lows = [p for p, _ in points]
            chosen = _best_of([f for _, f in figures])
            best, best_q = _point(chosen["low"], chosen["high"]), chosen["quantity"]
            intervals = [_interval(f) for _, f in figures]
            compatible = all(_overlap(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1:])
            if not compatible:
                status = "conflict"
            elif any_revised:
                status = "revision"
            elif len(figures) == 1:
                status = "single source"
            else:
                status = "agree"
            low, high = min(lows), max(lows)
        else:
            low = best = high = None
            best_q = ""
            status = "unverified claim"
        rows.append({"group": group, "outcome": outcome, "low": low, "best": best, "high": high,
                     "best_quantity": best_q, "n_outlets": len(figures), "status": status,
                     "by_outlet": SEP.join(by_outlet), "unverified": SEP.join(unverified),
                     "outlets": SEP.join(o for o, _ in figures)})
    return _typed(pd.DataFrame(rows, columns=RECONCILED_COLUMNS))


def _is_overall(r) -> bool:
    """A figure that counts everyone of an outcome: a count of people, persons or victims ("12
    people", "the 26 victims"), not one person, a subgroup ("six adults") or a bare number
    (in "five officers were killed and seven wounded" the seven are officers)."""
    if r["kind"] not in ("explicit", "vague"):
        return False
    words = str(r["group_text"]).lower().split()
    return bool(words) and words[-1] in lex.OVERALL_NOUNS


def _status(parts_sum: int, low: int | None, high: int | None, *, short_is_flag: bool) -> tuple[str, int | None]:
    if high is not None and parts_sum > high:
        return "parts exceed total", high - parts_sum
    if low is not None and parts_sum < low:
        return ("parts short of total" if short_is_flag else "ok"), low - parts_sum
    ref = low if low is not None else high
    return "ok", (ref - parts_sum) if ref is not None else None


def _note(g: pd.DataFrame, total) -> str:
    """A sentence of the article saying what the total includes ("the tally of 145 included ...")."""
    num = str(_point(total["low"], total["high"]))
    for ev in g.evidence:
        for piece in str(ev).split(" | "):
            low = piece.lower()
            if num in piece and any(cue in low for cue in lex.INCLUDES_CUES):
                return piece
    return ""


def _check_row(outlet, article_id, check, outcome, group, parts, total, g_all: pd.DataFrame) -> dict:
    s = sum(_point(p["low"], p["high"]) for p in parts)
    tl, th = _interval(total)
    # a breakdown by day that falls short of the total is worth a look; one day's figure below
    # the total, or groups that leave part of an overall toll unassigned, are not
    status, gap = _status(s, tl, th, short_is_flag=check == "parts vs total" and len(parts) >= 2)
    evidence = list(dict.fromkeys([f"[{p['sent_id']}] {p['sentence']}" for p in parts]
                                  + [f"[{total['sent_id']}] {total['sentence']}"]))
    return {
        "outlet": outlet, "article_id": article_id, "check": check, "outcome": outcome, "group": group,
        "parts": " + ".join(f"{p['quantity']}" + (f" {p['time']}" if check == "parts vs total" and p["time"] else
                                                  f" {p['group']}" if check != "parts vs total" else "")
                            for p in parts),
        "parts_sum": s, "total": total["quantity"] + (f" {total['group_text'] or total['group']}"
                                                      if check != "parts vs total" else ""),
        "total_low": tl, "total_high": th, "gap": gap, "status": status,
        "evidence": " | ".join(evidence), "note": _note(g_all, total),
    }


def _same_time(parts: list, total) -> list:
    """The parts whose time reference is the total's (both none, or the same words)."""
    t = str(total["time"]).lower()
    return [p for p in parts if str(p["time"]).lower() == t or not str(p["time"]) and not t]


def check_consistency(claims_df: pd.DataFrame) -> pd.DataFrame:
    """Check parts against totals, within each article and across outlets.

    Two checks, on reliable claims about the story's event only (``scope`` = ``event``):
    ``parts vs total`` (per-day figures of a group and outcome against the article's
    larger total for them: "92 on Saturday + 41 on Friday" against "at least 145") and
    ``groups vs overall`` (the figures of civilians, security forces and others against
    the overall toll of ``people`` for the same outcome and time reference: "17 + 31"
    against "close to 50"; militants are left out, as tolls of "people" count victims).
    Group figures that leave part of the overall toll unassigned ("1 officer" against "14
    people") are ``ok``: only groups that add up to more than the toll are flagged. Across
    outlets (``outlet`` = "all outlets") each part and total is the figure most outlets
    give (each outlet's latest; on a tie the latest report's, then the lower one).

    Args:
        claims_df: the output of :func:`claims`.

    Returns:
        Columns: ``outlet``; ``article_id`` (empty across outlets); ``check`` (``parts vs
        total`` | ``groups vs overall``); ``outcome``; ``group`` (of the total); ``parts``
        (the parts as written, `` + `` separated); ``parts_sum``; ``total`` (as written);
        ``total_low``, ``total_high`` (its bounds); ``gap`` (total minus the sum: positive
        when the parts fall short); ``status`` (``ok`` | ``parts short of total`` |
        ``parts exceed total``); ``evidence`` (every sentence compared, parts and total,
        ``[sent_id] text`` joined by `` | ``); ``note`` (a sentence saying what the total
        includes, e.g. later operations, when the article has one).
    """
    if claims_df is None or claims_df.empty:
        return _typed(_empty(CHECK_COLUMNS))
    ok = claims_df[claims_df.reliable.astype(bool)]
    if "scope" in ok.columns:
        ok = ok[ok.scope != "other"]
    ok = ok[[(_point(r.low, r.high) is not None) for r in ok.itertuples()]]
    if ok.empty:
        return _typed(_empty(CHECK_COLUMNS))
    ok = ok.assign(_outlet=_outlet_of(ok).tolist())
    order = _article_order(ok)
    rows: list[dict] = []
    pooled_parts: dict[tuple[str, str], dict[str, list]] = {}
    for (art, outlet), ga in ok.groupby(["article_id", "outlet"], sort=False):
        figures: dict[tuple[str, str], pd.Series] = {}
        for (outcome, group), g in ga.groupby(["outcome", "group"], sort=False):
            total = _article_figure(g)
            parts = [r for _, r in g[g.role == "part"].iterrows()]
            parts = list({str(p["time"]).lower(): p for p in parts}.values())
            if total is not None:
                figures[(outcome, group)] = total
            for p in parts:
                pooled_parts.setdefault((outcome, group), {}).setdefault(str(p["time"]).lower(), []).append(p)
            if parts and total is not None:
                rows.append(_check_row(outlet, art, "parts vs total", outcome, group, parts, total, ga))
        for outcome in OUTCOMES:
            total = figures.get((outcome, "people"))
            if total is None or not _is_overall(total):
                continue
            parts = _same_time([figures[(outcome, g)] for g in VICTIM_GROUPS if (outcome, g) in figures], total)
            if parts:
                rows.append(_check_row(outlet, art, "groups vs overall", outcome, "people", parts, total, ga))
    # across outlets: each outlet's latest figure
    if ok["_outlet"].nunique() > 1:
        pooled_totals: dict[tuple[str, str], list] = {}
        for (outcome, group), g in ok.groupby(["outcome", "group"], sort=False):
            for _key, ga in g.groupby("_outlet", sort=False):
                f, _ = _outlet_figure(ga, order)
                if f is not None:
                    pooled_totals.setdefault((outcome, group), []).append(f)
        totals = {k: _best_of(v) for k, v in pooled_totals.items()}
        for key, by_time in pooled_parts.items():
            if key in totals and len(by_time) >= 2:  # a breakdown by day, not one day's figure
                parts = [_best_of(v) for v in by_time.values()]
                rows.append(_check_row(ALL_OUTLETS, "", "parts vs total", key[0], key[1], parts, totals[key], ok))
        for outcome in OUTCOMES:
            total = totals.get((outcome, "people"))
            if total is None or not _is_overall(total):
                continue
            parts = _same_time([totals[(outcome, g)] for g in VICTIM_GROUPS if (outcome, g) in totals], total)
            if parts:
                rows.append(_check_row(ALL_OUTLETS, "", "groups vs overall", outcome, "people", parts, total, ok))
    if not rows:
        return _typed(_empty(CHECK_COLUMNS))
    return _typed(pd.DataFrame(rows, columns=CHECK_COLUMNS))


#: Most characters of an outlet label on the range chart.
LABEL_CHARS = 28
#: Marker shapes, one per outlet (cycled).
MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*", "<", ">")


def range_rows(claims_df: pd.DataFrame, reconciled: pd.DataFrame) -> pd.DataFrame:
    """The data of the range chart: one row per (group, outcome, outlet) figure.

    Args:
        claims_df: the output of :func:`claims`.
        reconciled: the output of :func:`reconcile`.

    Returns:
        Columns: ``row`` (the chart row label, "militants killed"); ``low``, ``high`` (the
        reconciled span; NA when only unverified claims exist); ``outlet``; ``value`` (the
        number the outlet states); ``quantity`` (as written); ``reliable``. Rows in the
        order of ``reconciled``; zero claims and claims about another event left out.
    """
    cols = ["row", "low", "high", "outlet", "value", "quantity", "reliable"]
    if claims_df is None or claims_df.empty or reconciled is None or reconciled.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    out = []
    for r in reconciled.itertuples():
        mine = claims_df[(claims_df.group == r.group) & (claims_df.outcome == r.outcome) & (claims_df.role == "total")]
        if "scope" in mine.columns:
            mine = mine[mine.scope != "other"]
        for c in mine.itertuples():
            v = _point(c.low, c.high)
            if v is None or c.kind == "zero":
                continue
            out.append((f"{r.group} {r.outcome}", r.low, r.high, c.outlet, v, c.quantity, bool(c.reliable)))
    return pd.DataFrame(out, columns=cols)


def range_chart(claims_df: pd.DataFrame, reconciled: pd.DataFrame):
    """A range chart: one row per group and outcome, the reconciled low–high span as a bar and
    each outlet's figures as markers (hollow for unverified claims).

    Args:
        claims_df: the output of :func:`claims`.
        reconciled: the output of :func:`reconcile`.

    Returns:
        A matplotlib Figure (the caller saves and closes it), or None when there is nothing
        to plot.
    """
    from matplotlib.figure import Figure

    data = range_rows(claims_df, reconciled)
    if data.empty:
        return None
    rows = list(dict.fromkeys(data.row))
    outlets = list(dict.fromkeys(data.outlet))
    fig = Figure(figsize=(9, 1.2 + 0.55 * len(rows)))
    ax = fig.add_subplot(1, 1, 1)
    ymap = {r: i for i, r in enumerate(rows)}
    for r in rows:
        span = data[data.row == r].iloc[0]
        if not _na(span.low) and not _na(span.high):
            ax.plot([span.low, span.high], [ymap[r]] * 2, color="#bbbbbb", linewidth=8, solid_capstyle="round",
                    zorder=1)
    n = max(len(outlets), 1)
    for k, o in enumerate(outlets):
        mine = data[data.outlet == o]
        offset = (k - (n - 1) / 2) * 0.12
        label = o if len(o) <= LABEL_CHARS else o[:LABEL_CHARS - 1] + "…"
        rel = mine[mine.reliable]
        unrel = mine[~mine.reliable]
        colour = f"C{k % 10}"
        ax.scatter(rel.value, [ymap[r] + offset for r in rel.row], marker=MARKERS[k % len(MARKERS)], color=colour,
                   label=label, zorder=3)
        if not unrel.empty:
            ax.scatter(unrel.value, [ymap[r] + offset for r in unrel.row], marker=MARKERS[k % len(MARKERS)],
                       facecolors="none", edgecolors=colour, label=f"{label} (unverified)", zorder=3)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows)
    ax.invert_yaxis()
    ax.set_xlabel("number of people (stated figure; lower bound for 'at least' and quantity words)")
    ax.set_title("Casualty figures by outlet: reconciled range (grey) and each outlet's figures")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=min(3, 2 * n), fontsize="small", frameon=False)
    return fig


def highlight_spans(mentions: pd.DataFrame, article_id: str) -> list[tuple[int, int, str]]:
    """Spans of an article's claim phrases for :func:`presslens.report.render.highlight`.

    Args:
        mentions: the output of :func:`claim_mentions`.
        article_id: the article.

    Returns:
        ``(start, end, category)`` triples (offsets into ``Article.text``), the category
        being "<group> <outcome>" (with " (unverified)" for claims said to be unverified and
        " (other event)" for claims about another event, place or time).
    """
    if mentions is None or mentions.empty:
        return []
    mine = mentions[mentions.article_id == article_id]
    return [(int(r.start), int(r.end), f"{r.group} {r.outcome}" + (" (unverified)" if r.verified is False else "")
             + (" (other event)" if getattr(r, "scope", "event") == "other" else ""))
            for r in mine.itertuples()]
