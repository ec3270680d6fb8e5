"""Casualty claims: who was killed, injured, captured, arrested or missing, how many, says who.

:func:`extract_claims` reads plain text and returns one row per claim: the outcome, the
group of people, the count as written with its bounds, the sentence, who says so, whether
the text says it could not be verified, and a time qualifier. Story-level tables (claims
per outlet, reconciliation across outlets, parts-against-totals checks) are in
:mod:`presslens.casualties.tables` and re-exported here.

How it reads a sentence (only sentences holding an outcome word are read):

1. *Counts*: a number ("145", "1,200", "seventeen", "forty-four", "two dozen"), a range
   ("six to nine", "between 200 and 500"), a quantity word ("several", "dozens"), a zero
   ("no one", "nobody", "no casualties") or one person ("a police officer", "the
   assailant", a name, "he", "him", "himself"), with a bound phrase before it ("at least",
   "more than", "nearly", "about") and the people counted after it ("law enforcement
   personnel", "cartoonists": a noun of people by its ending). A number followed by
   anything that is not a person ("40-hour", "two of the attacks", "$18,000", "6
   devices") is not a count of people.
2. *Outcome*: the count is linked to an outcome word by grammar: after it ("17 people were
   killed", "four others wounded", "left 50 people dead", "lost their lives", "suffered
   minor injuries", "remain in critical condition", "were among the dead"), before it
   ("killing 11", "gunned down 14", "injured at least seven others", "the death of two
   people", "the death toll rose to 12", "took 17 lives"), as its own noun or modifier
   ("seven injuries", "30 hostages", "the slain officers"), by a frame ("The dead include
   ...", "Of those killed, ..."), or through coordination ("17 personnel and 31 civilians
   were killed", "92 militants were killed on Saturday and 41 on Friday", "killed 20
   people, including five children"). A count takes the outcome of its own clause before
   one borrowed from the next count. Threats, plans and negation ("threatened to kill",
   "could have killed", "were not hurt") are not claims.
3. *Group*: the head noun and its modifiers, from the word lists in
   :mod:`presslens.lexicons.casualties` ("security personnel" → security, "gang members"
   → militants, "Chinese citizens" → civilians); mixed groups ("security personnel and
   civilians") and unnamed ones are ``people``; people arrested without a group are
   ``militants`` (suspects); a name or pronoun takes its group from the text
   (:mod:`presslens.casualties.persons`).
4. *Attribution*: the speaker of a reporting verb before the claim ("X said 17 were
   killed"), after it ("..., the minister said"), or "according to X"; "he", "the group"
   and the like are resolved to the last named speaker of the preceding sentences.

Quantity-word convention (the shared benchmark's, after UCDP/IBC practice of a
conservative lower bound): exact N → low = high = N; "at least N" → low N, high empty;
"more than / over N" → low N + 1; "nearly / close to / up to / as many as N" → high N,
low empty; "fewer than / less than N" → high N - 1; "about / around / some /
approximately N" → low = high = N, qualifier ``approximate``. Quantity words give only a
lower bound: "a few" ≥ 2, "multiple" ≥ 2, "several" ≥ 3, "a dozen" = 12, "dozens" ≥ 24,
"several dozen" ≥ 36, "scores" ≥ 40, "hundreds" ≥ 200, "thousands" ≥ 2000; "many", "a
number of" and "an unknown number of" have no bound. Zero claims ("no casualties", "no one
was hurt") have low = high = 0. One named role or person ("a police officer was killed",
"Varney was killed") counts 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from presslens.casualties.attribution import (
    _UNVERIFIED_RE,
    _attribution,
    _mark_unverified,
    _needs_resolving,
    _resolver,
    _speakers,
)
from presslens.casualties.counts import _find_units, _group_before
from presslens.casualties.grammar import _link_units, _time_of, _zero_noun_claims
from presslens.casualties.sentence import (
    _REPORTING_GROUP,
    CLAIM_COLUMNS,
    OUTCOMES,
    _tokenize,
    _trie_pattern,
    _Unit,
)
from presslens.corpus.tokenize import sentence_spans
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import NUMBER_WORDS

_TRIGGER_WORDS = (
    set(lex.PASSIVE_OUTCOMES) | set(lex.ACTIVE_OUTCOMES) - lex.NEEDS_HOSTAGE - lex.NEEDS_LIVES
    | set(lex.OUTCOME_NOUNS) | set(lex.OF_OUTCOMES) - {"lives", "bodies"} | lex.UNHARMED_WORDS
    | {"toll", "lives", "hostage", "hostages", "captive", "custody", "condition"} | lex.INJURY_HARM_VERBS
    | {"recovering", "admitted", "airlifted"} | set(lex.REFLEXIVE)
    | {w for k in lex.ACTIVE_PHRASES for w in k[:1]} | {k[0] for k in lex.PASSIVE_PHRASES if k[0] not in ("were", "in")}
) - {"infected", "burned", "drowned", "life", "body", "held", "took", "holding", "taking"}


#: One pattern finding every outcome word: only sentences it matches are read.
TRIGGER_RE = re.compile(r"(?<![\w-])(?:" + _trie_pattern(sorted(w.lower() for w in _TRIGGER_WORDS))
                        + r"|own\s+li(?:fe|ves))(?![\w-])", re.IGNORECASE)


_NOT_TEXT_RE = re.compile(lex.NOT_TEXT_LINE, re.IGNORECASE)


# --- sentence ------------------------------------------------------------------------------------
def _sentence_claims(text: str, start: int, end: int, resolve: Callable[[str], str],
                     echo: dict[int, dict] | None = None, members: bool = True) -> list[dict]:
    """Claims of one sentence text[start:end] as row dicts (offsets into text).

    Without ``members``, one person listed as a member of a count before it ("killing 9
    people, including the night manager") is left out (see :func:`_member_of_count`).

    With ``echo`` (figure → its claim), only the counts that state no outcome but repeat one
    of those figures for people ("the 22 victims" after "22 people were killed") are read,
    as mentions of that claim.
    """
    if _NOT_TEXT_RE.match(text, start, end):
        return []
    s = _tokenize(text, start, end)
    if not s.norms:
        return []
    units = _find_units(s, persons=echo is None)
    _link_units(s, units)
    if echo is not None:
        units = _echoes(s, units, echo)
    taken: set[int] = set()
    found: list[dict] = []
    prev_group = None
    for u in units:
        if not u.outcomes:
            continue
        if not members and _member_of_count(s, u, units):
            taken.update(range(u.q0, max(u.q1, u.n1)))
            continue  # "killing 9 people, including the night manager": one of the 9, not a figure of its own
        u_end = max(u.q1, u.n1)
        if u.link == "noun" and "captured" in u.outcomes and any(
                w in lex.UNHARMED_WORDS or w in lex.RELEASE_WORDS for w in s.norms[u_end:u_end + 6]):
            continue  # "the hostages were freed": their release, not a new capture
        if "captured" in u.outcomes and any(w in lex.RELEASE_BEFORE for w in s.norms[max(0, u.q0 - 3):u.q0]):
            u.outcomes = [o for o in u.outcomes if o != "captured"]
            if not u.outcomes:
                continue  # "the rescue of nearly 30 people held captive": a release
        taken.update(range(u.q0, u_end))
        group = u.group or "people"
        if prev_group and u.kind == "singular" and u.n1 <= u.n0:
            group = prev_group  # "one deputy was killed and another was hurt" ("three others" stay people)
        q1 = u.q1 - 1 if u.q1 - 1 > u.q0 and s.norms[u.q1 - 1] == "of" else u.q1
        qtext = s.span_text(u.q0, q1) if u.kind != "singular" else s.span_text(u.q0, u_end)
        outs = [p for o in u.outcomes for p in (o.split(":")[1].split("|") if u.kind == "zero" and ":" in o else [o])]
        for o in outs:
            outcome = o.split(":")[0]
            g = group
            if outcome == "arrested" and g == "people" and not u.zero:
                g = lex.ARRESTED_PEOPLE_GROUP
            if outcome == "casualties" and not u.zero and _in_care(s, u.q0, u_end):
                outcome = "injured"  # "the 23 casualties were treated in two clinics": the wounded
            found.append({"q0": u.q0, "q1": u_end, "outcome": outcome, "group": g, "group_text": u.group_text,
                          "low": u.low, "high": u.high, "qualifier": u.qualifier, "quantity": qtext, "kind": u.kind,
                          "definite": u.definite})
        if group != "people":
            prev_group = group
    if echo is not None:
        found = [f for f in found if f["outcome"] != "_"]
        return _rows(text, start, end, s, found, resolve) if found else []
    # "no casualties", "did not cause any injuries"
    for q0, q1, outs, qtext in _zero_noun_claims(s, taken):
        for o in outs:
            found.append({"q0": q0, "q1": q1, "outcome": o, "group": "people", "group_text": "", "low": 0, "high": 0,
                          "qualifier": "zero", "quantity": qtext, "kind": "zero", "definite": False})
    # "the hostages were freed unharmed": no one of a group of people was hurt (one person
    # unharmed is no toll: "his son escaped unharmed")
    for i, w in enumerate(s.norms):
        if w in lex.UNHARMED_WORDS and i not in taken:
            group, gtext = _group_before(s, _Unit(i, i + 1, i + 1, i + 1, 0, 0, "zero", "zero"), subjects=True)
            if not gtext:
                continue
            found.append({"q0": i, "q1": i + 1, "outcome": "injured", "group": group, "group_text": gtext, "low": 0,
                          "high": 0, "qualifier": "zero", "quantity": s.toks[i], "kind": "zero", "definite": False})
    if not found:
        return []
    return _rows(text, start, end, s, found, resolve)


def _in_care(s, a: int, b: int) -> bool:
    """Words of hospital care in the clause of tokens a..b ("the 23 casualties were
    treated in two clinics"): casualties in care are the wounded."""
    stops = (";", ".", ":", "but")
    lo = a
    while lo > 0 and a - lo < lex.CARE_REACH and s.norms[lo - 1] not in stops:
        lo -= 1
    hi = b
    while hi < len(s.norms) and hi - b < lex.CARE_REACH and s.norms[hi] not in stops:
        hi += 1
    return any(w in lex.CARE_WORDS for w in s.norms[lo:a] + s.norms[b:hi])


def _member_of_count(s, u: _Unit, units: list[_Unit]) -> bool:
    """One person killed, listed after "including" (or "among them") behind a count of several
    people killed: a member of that count ("killing 9 people, including the night manager and a
    driver", "killed 14 people, including nurses and a retired teacher")."""
    if u.kind != "singular" or u.person in ("subject", "object") or u.outcomes != ["killed"] \
            or any(w in lex.REFLEXIVE for w in s.norms[u.q0:max(u.q1, u.n1)]):
        return False  # not the attacker ("before killing himself"); the wounded are listed apart
    for p in units:
        if p is u or p.q0 >= u.q0 or not p.outcomes or p.kind not in ("explicit", "vague"):
            continue
        if p.low is not None and p.low < 2 or not set(p.outcomes) & set(u.outcomes):
            continue
        between = s.norms[max(p.q1, p.n1):u.q0]
        if any(w in lex.MEMBER_LIST_CUES for w in between) and not any(w in (";", ":", "but", "while") for w in between):
            return True
    return False


def _rows(text: str, start: int, end: int, s, found: list[dict], resolve: Callable[[str], str]) -> list[dict]:
    """Row dicts of the claims found in one sentence, with attribution, verification and time."""
    found.sort(key=lambda f: (f["q0"], OUTCOMES.index(f["outcome"])))
    speakers = _speakers(s)
    unverified = bool(_UNVERIFIED_RE.search(text, start, end))
    distancing = any(_REPORTING_GROUP.get(sp.verb.lower()) == "distancing" for sp in speakers)
    rows = []
    for k, f in enumerate(found):
        q0, q1 = f["q0"], f["q1"]
        speaker, verb, vpos = _attribution(s, q0, q1, speakers)
        if speaker and _needs_resolving(speaker):
            speaker = resolve(speaker) or speaker
        c0, c1 = s.starts[q0], s.ends[q1 - 1]
        nxt = next((g["q0"] for g in found[k + 1:] if g["q0"] >= q1), None)
        seg_end = s.starts[nxt] if nxt is not None else end
        if vpos >= q1:
            # stop before the speaker of a trailing "..., the minister said"
            comma = max((i for i in range(q1, vpos) if s.norms[i] == ","), default=vpos)
            seg_end = min(seg_end, s.starts[comma])
        prev_end = s.ends[found[k - 1]["q1"] - 1] if k > 0 else start
        is_distanced = _REPORTING_GROUP.get(verb.lower()) == "distancing"
        rows.append({
            "outcome": f["outcome"], "group": f["group"], "group_text": f["group_text"], "quantity": f["quantity"],
            "low": f["low"], "high": f["high"], "qualifier": f["qualifier"], "kind": f["kind"], "start": c0, "end": c1,
            "sentence": text[start:end], "sent_start": start, "sent_end": end,
            "attribution": speaker, "attribution_verb": verb,
            "verified": False if unverified and (is_distanced or not distancing) else None,
            "time": _time_of(s, c1, seg_end, prev_end, c0),
            "definite": f["definite"],
        })
    return rows


def _echoes(s, units: list[_Unit], echo: dict[int, dict]) -> list[_Unit]:
    """Counts of people with no outcome of their own that repeat a figure of the text: given
    that figure's outcome and group. A repeat is definite ("the 22 victims"), counts
    "victims", or names the same people ("20 children")."""
    out = []
    for u in units:
        if u.outcomes or u.person or u.kind != "explicit" or u.low is None or u.low != u.high or u.low not in echo:
            continue
        claim = echo[u.low]
        head = s.norms[u.n1 - 1] if u.n1 > u.n0 else ""
        if not head or head in lex.OUTCOME_NOUNS and u.head_outcome:
            continue
        if not (u.definite or head in lex.ECHO_NOUNS or head == claim["head"]):
            continue
        u.outcomes, u.link = [claim["outcome"]], "echo"
        u.group, u.group_text = claim["group"], claim["group_text"]
        out.append(u)
    return out


_INT_COLUMNS = ("start", "end", "sent_start", "sent_end")


_BOUND_COLUMNS = ("low", "high")


def _claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the documented columns and dtypes (empty rows: empty table)."""
    data = {}
    for c in CLAIM_COLUMNS:
        values = [r[c] for r in rows]
        if c in _BOUND_COLUMNS:
            data[c] = pd.array(values, dtype="Int64")
        elif c in _INT_COLUMNS:
            data[c] = pd.array(values, dtype="int64")
        elif c == "verified":
            data[c] = pd.array(values, dtype="boolean")
        else:
            data[c] = pd.Series(values, dtype="object")
    return pd.DataFrame(data)


@lru_cache(maxsize=1)
def _empty_template() -> pd.DataFrame:
    return _claims_frame([])


def _empty_claims() -> pd.DataFrame:
    return _empty_template().copy()


def claims_in_sentences(text: str, spans: list[tuple[int, int]], *, repeats: bool = False,
                        members: bool = True) -> list[dict]:
    """Claims of the given sentences of a text, as row dicts.

    A definite count that repeats a figure stated before ("the two victims" after "killed
    two civilians") is the same claim: it is left out, or with ``repeats`` kept as a
    mention of that claim (its group and group words taken from it).

    Args:
        text: the whole text (offsets point into it; preceding text resolves "he said").
        spans: sentence ``(start, end)`` pairs; only those holding an outcome word are read.
        repeats: keep definite repeats as mentions of the earlier claim.
        members: keep one person listed as a member of a count before it ("killing 9
            people, including the night manager": the manager, 1, as a claim of its own); without it
            only the count is a claim.

    Returns:
        One dict per claim with the keys of :data:`CLAIM_COLUMNS` plus ``sent_index``
        (the position of its sentence in ``spans``).
    """
    rows: list[dict] = []
    last_claim_sent = -2
    for idx, (a, b) in enumerate(spans):
        if not TRIGGER_RE.search(text, a, b):
            if last_claim_sent == idx - 1 and _UNVERIFIED_RE.search(text, a, b) and rows:
                _mark_unverified(rows, idx - 1)
            continue
        got = _sentence_claims(text, a, b, _resolver(text, a), members=members)
        kept = []
        for r in got:
            definite = r.pop("definite")
            earlier = next((p for p in rows + kept if (p["outcome"], p["low"], p["high"]) == (r["outcome"], r["low"], r["high"])
                            and (r["kind"] != "singular" or p["group"] == r["group"])), None) if definite else None
            if earlier is None:
                kept.append(r)
            elif repeats:
                r["group"], r["group_text"] = earlier["group"], earlier["group_text"]
                kept.append(r)
        got = kept
        for r in got:
            r["sent_index"] = idx
        if got:
            last_claim_sent = idx
        elif last_claim_sent == idx - 1 and _UNVERIFIED_RE.search(text, a, b) and rows:
            _mark_unverified(rows, idx - 1)
        rows.extend(got)
    if repeats and rows:
        _add_echoes(text, spans, rows)
    return rows


def _add_echoes(text: str, spans: list[tuple[int, int]], rows: list[dict]) -> None:
    """Mentions of the text's figures in sentences that give no outcome ("the 22 victims")."""
    by_value: dict[int, list[dict]] = {}
    for r in rows:
        if r["kind"] == "explicit" and r["low"] is not None and r["low"] == r["high"] and r["low"] >= 2:
            by_value.setdefault(int(r["low"]), []).append(r)
    echo = {}
    for v, rs in by_value.items():
        if len({r["outcome"] for r in rs}) == 1:
            first = rs[0]
            head = re.findall(r"[\w'-]+", first["group_text"].lower())
            echo[v] = {"outcome": first["outcome"], "group": first["group"], "group_text": first["group_text"],
                       "head": head[-1] if head else ""}
    if not echo:
        return
    words = {w for w, v in NUMBER_WORDS.items() if v in echo}
    cue = re.compile(r"(?<![\w,.])(?:" + "|".join(sorted({str(v) for v in echo} | words, key=len, reverse=True))
                     + r")(?![\w,])", re.IGNORECASE)
    claimed = {(r["sent_start"], r["start"]) for r in rows}
    for idx, (a, b) in enumerate(spans):
        if not cue.search(text, a, b):
            continue
        for r in _sentence_claims(text, a, b, _resolver(text, a), echo=echo):
            if (r["sent_start"], r["start"]) in claimed:
                continue
            r.pop("definite")
            r["sent_index"] = idx
            rows.append(r)
    rows.sort(key=lambda r: (r["sent_index"], r["start"]))


@lru_cache(maxsize=4096)
def _line_sentences(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(line))


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of the text that hold an outcome word, plus the sentence after each one
    (for "The claim could not be verified."), in order."""
    out: list[tuple[int, int]] = []
    seen_lines: set[int] = set()
    lines: list[tuple[int, int]] = []
    for m in TRIGGER_RE.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        if ls in seen_lines:
            continue
        seen_lines.add(ls)
        le = text.find("\n", m.end())
        lines.append((ls, len(text) if le < 0 else le))
    for ls, le in lines:
        spans = [(a + ls, b + ls) for a, b in _line_sentences(text[ls:le])]
        for k, (a, b) in enumerate(spans):
            if TRIGGER_RE.search(text, a, b):
                if not out or out[-1] != (a, b):
                    out.append((a, b))
                if k + 1 < len(spans):
                    out.append(spans[k + 1])
    # keep order and uniqueness
    return sorted(set(out))


def extract_claims(text: str) -> pd.DataFrame:
    """Casualty claims stated in a text.

    Only sentences containing an outcome word are read (see :data:`TRIGGER_RE`). Bounds
    follow the convention in this module's docstring.

    Args:
        text: plain text (a report, an article body, a sentence).

    Returns:
        One row per claim, in text order. Columns: ``outcome`` (killed | injured |
        captured | arrested | missing | casualties); ``group`` (civilians | security |
        militants | people | other); ``group_text`` (the words naming the people, may be
        empty); ``quantity`` (the count as written: "at least 145", "dozens", "no one",
        "a police officer"); ``low``, ``high`` (nullable Int64 bounds); ``qualifier``
        (exact | at_least | at_most | approximate | vague | zero); ``kind`` (explicit |
        vague | singular | zero); ``start``, ``end`` (character offsets of the count and
        the people counted in ``text``); ``sentence`` (the sentence text); ``sent_start``,
        ``sent_end`` (its offsets); ``attribution`` (who says so, empty when the text
        states it in its own voice; "he" or "the group" resolved to the last named
        speaker); ``attribution_verb`` ("said", "claimed", "according to", …);
        ``verified`` (False where the text says the claim could not be verified, else
        NA); ``time`` (a time qualifier in the claim's clause: "on Saturday", "over 40
        hours", else empty).
    """
    if not text or not TRIGGER_RE.search(text):
        return _empty_claims()
    rows = claims_in_sentences(text, _candidate_spans(text))
    if not rows:
        return _empty_claims()
    return _claims_frame(rows)
