"""The grammar that links a count to an outcome: passive and active verbs, outcome nouns, coordination, time."""

from __future__ import annotations

import re

from presslens.casualties.counts import (
    _UNIT_FIRST,
    _group_before,
    _noun_phrase_plain,
    _starts_count,
    _unit_at,
)
from presslens.casualties.persons import group_of_name
from presslens.casualties.sentence import (
    _DIGITS_RE,
    _GAP_OK_NEXT,
    _HAS_ALPHA_RE,
    _HOSTAGE_MARKERS,
    _PREPOSITION_LIKE,
    _REPORTING_GROUP,
    MAX_LINK_TOKENS,
    MAX_PARENTHESIS_TOKENS,
    TIME_WINDOW_CHARS,
    _alternation,
    _match_seq,
    _Sent,
    _Unit,
)
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, NUMBER_WORDS, STOPWORDS
from presslens.lexicons.sources import TITLE_WORDS

_MONTH_ALT = _alternation(MONTHS)


_DAY_ALT = _alternation(lex.WEEKDAYS)


_NUMWORD_ALT = _alternation([w for w in NUMBER_WORDS if w not in ("none", "zero")])


_UNIT_ALT = _alternation(lex.DURATION_UNITS)


#: A time qualifier of a claim ("on Saturday", "over a 40-hour period", "in the past 24 hours").
TIME_RE = re.compile(
    rf"""(?<![\w-])(?:
      (?:(?:on|since|until|by|from|last|this|early|late|early\s+on|late\s+on)\s+)?(?:{_DAY_ALT})(?:\s+(?:night|morning|evening|afternoon))?
    | (?:(?:on|since|by|from|until)\s+)?(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?
    | (?:(?:on|since|by|from|until)\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})(?:,?\s+\d{{4}})?
    | (?:over|during|within|in|for|across|throughout)\s+(?:the\s+)?(?:(?:past|last|previous|first|next|following)\s+)?
      (?:a\s+|an\s+)?(?:(?:about|nearly|more\s+than|over|some|around|almost|roughly|approximately)\s+)?
      (?:\d+|{_NUMWORD_ALT}|a|an)[\s-](?:{_UNIT_ALT})(?:[\s-](?:period|span|long|stretch))?
    | (?:{_alternation(lex.TIME_WORDS)})
    | (?:in|since|during)\s+(?:(?:early|late|mid)[\s-])?(?:{_MONTH_ALT}|\d{{4}})(?:\s+\d{{4}})?
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)


_OBJECT_STARTERS = frozenset("""the a an his her their its him them this that these those two three four five six seven
    eight nine ten one several dozens""".split())


_CONNECTORS = {(",",), ("and",), (",", "and"), ("or",), (",", "or"), ("as", "well", "as"), ("plus",), ("along", "with")}


_INCLUDING = {("including",), (",", "including"), ("among", "them"), (",", "among", "them"), ("among", "whom"),
              (",", "among", "whom"), ("of", "whom"), (",", "of", "whom"), ("of", "which"), ("(",), (",", "including", "at", "least"),
              ("--",), ("-",), ("–",), ("—",)}


_ALONG_WITH = {("along", "with"), ("together", "with"), ("as", "well", "as"), ("alongside",)}


_TOLL_LINKS = frozenset("""rose risen rising climbed climbing jumped stood stands reached hit was is has had now to at of
    increased grew mounted stand final official""".split())


_TOLL_TYPES = {"death": "killed", "casualty": "casualties", "injury": "injured"}


_LIVES_VERBS = {"claimed", "claiming", "claims", "claim", "took", "taking", "cost", "costing", "ended", "ending"}


# --- outcomes ------------------------------------------------------------------------------------
_BLOCKED = "blocked"


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


_BE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "getting"})


def _passive_after(s: _Sent, k: int, *, zero: bool, depth: int = 0, one: bool = False) -> tuple[list[str], int] | None:
    """Outcome words after the people counted, from token k: (outcomes, end) or None.

    With ``one`` (one person: "the caretaker", a name; or people an attack "left ... shot"), a
    bare "shot" / "stabbed" is an outcome only with words saying the people lived
    (:func:`_wound_near`).
    """
    n = len(s.norms)
    norms = s.norms
    if k >= n or depth > 1:
        return None
    # the comma closing a parenthesis that started before the count: "..., and one tourist, were killed"
    if norms[k] == "," and k + 1 < n and norms[k + 1] in _BE_AUX:
        return _passive_after(s, k + 1, zero=zero, depth=depth, one=one)
    # a relative clause: "Ali Reza, who died in the attack", "the officer, who was wounded"
    if norms[k] == "," and k + 1 < n and norms[k + 1] == "who":
        rel = _passive_after(s, k + 1, zero=zero, depth=depth + 1, one=one)
        if rel is not None:
            return rel
    # a parenthesis: ", including ... ," / "(...)" / ", identified as A, B and C,"
    if norms[k] in (",", "(", "-", "–", "—", "--"):
        close = {"(": ")"}.get(norms[k], norms[k])
        if k + 2 < n and norms[k + 1] in ("before", "after", "while") and norms[k + 2] == "being":
            return _passive_after(s, k + 2, zero=zero, depth=depth + 1, one=one)  # "Varney, before being killed, ..."
        for e in range(k + 1, min(n, k + MAX_PARENTHESIS_TOKENS)):
            w = norms[e]
            if (w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES) and norms[e - 1] not in _DETERMINERS \
                    or w in (";", ":") or w in lex.ATTRIBUTION_VERBS:
                break
            if w == close or (close == "," and w in ("-", "–", "—", "--")):
                after = _passive_after(s, e + 1, zero=zero, depth=depth + 1, one=one)
                if after is not None:
                    return after
                if close == ")":
                    break
        return None
    # an outcome phrase right after the people: "nine people in custody", "two others in critical condition"
    phrase = _match_seq(norms, k, lex.PASSIVE_PHRASES)
    if phrase is not None and norms[k] in _PREPOSITION_LIKE:
        return [lex.PASSIVE_PHRASES[phrase[0]]], phrase[1]
    nominal = _nominal_outcome(s, k)
    if nominal is not None:
        return [nominal[0]], nominal[1]
    # a phrase of place or relation before the verb: "Three employees at a tax office in Varnby were injured"
    w0 = norms[k]
    if w0 in _PREPOSITION_LIKE or (w0.endswith(("ed", "ing")) and k + 1 < n and norms[k + 1] in _PREPOSITION_LIKE
                                   and w0 not in lex.PASSIVE_OUTCOMES and w0 not in lex.ACTIVE_OUTCOMES):
        for e in range(k + 1, min(n, k + MAX_PARENTHESIS_TOKENS)):
            w = norms[e]
            if w in _BE_AUX or w in ("had", "has", "have") and e + 1 < n and (
                    norms[e + 1] in lex.SUBJECT_ONLY or norms[e + 1] in ("been", "also")):
                return _passive_after(s, e, zero=zero, depth=depth + 1, one=one)
            if s.toks[e][:1].isupper() and w not in ("who", "which", "that"):
                continue  # a name ("the United States")
            if w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in _REPORTING_GROUP or w in (
                    ";", ":", "who", "which", "that", "and", "when", "after", "before", "while") or _starts_count(s, e):
                if w != "and" or not (e + 1 < n and s.toks[e + 1][:1].isupper()):
                    return None
        return None
    j = k
    skipped = 0
    fatal = False
    negated = False
    aux = False
    harmed = -1  # position of "shot" / "stabbed": an injury unless an outcome word follows
    while j < n and skipped <= MAX_LINK_TOKENS:
        w = norms[j]
        nominal = _nominal_outcome(s, j)
        if nominal is not None:
            if negated and not zero:
                return None
            return [nominal[0]], nominal[1]
        phrase = _match_seq(norms, j, lex.PASSIVE_PHRASES)
        if phrase is not None:
            if negated and not zero:
                return None
            key, e = phrase
            if not aux and _object_follows(s, e):
                return None  # "a gunman gunned down 20 children": the count is the subject
            outs = [lex.PASSIVE_PHRASES[key]]
            return _more_outcomes(s, e, outs, fatal), e
        if w in lex.PASSIVE_OUTCOMES:
            if negated and not zero:
                return None
            if w in lex.WEAK_PASSIVE and skipped == 0:
                return None
            out = lex.PASSIVE_OUTCOMES[w]
            if fatal and out == "injured":
                out = "killed"
            if not aux and w in lex.ACTIVE_OUTCOMES and _object_follows(s, j + 1):
                return None  # "gunmen killed three people": the count is the subject
            if skipped == 0 and j + 1 < n and _is_content_word(s, j + 1) and not norms[j + 1].endswith("ed"):
                return None  # an adjective before a noun: "the three missing names" (not "dead unfolded")
            return _more_outcomes(s, j + 1, [out], fatal), j + 1
        if w in lex.FATAL_WORDS:
            fatal = True
        elif w in lex.NEGATION_WORDS:
            negated = True
        elif w in lex.HARM_VERBS:
            if w in lex.INJURY_HARM_VERBS and harmed < 0 and (aux or skipped == 0) and not (
                    j + 1 < n and norms[j + 1] in ("at", "down", "up", "through")) and not (
                    not aux and _object_follows(s, j + 1)):
                harmed = j
            if j + 1 < n and norms[j + 1] in ("and", ","):
                j += 1
        elif w in ("who", "all", "whom") or (w == "of" and j > k and norms[j - 1] == "all"):
            pass
        elif w not in lex.LINK_WORDS:
            break
        if w in _BE_AUX:
            aux = True
        j += 1
        skipped += 1
    if harmed >= 0 and not negated:
        if one and not fatal and not _wound_near(s, harmed):
            return None  # "was shot as he fled": shot and killed or shot and wounded, the text does not say
        outs = ["killed" if fatal else "injured"]
        second = _second_predicate(s, harmed + 1)
        return (outs + [second] if second and second not in outs else outs), harmed + 1
    return None


def _wound_near(s: _Sent, h: int) -> bool:
    """Words around "shot" / "stabbed" at h say what became of the person: a wound to a limb or
    the body ("shot in the leg"), hospital care ("was treated in hospital after she was shot"), a
    condition ("and is likely to survive"), or another outcome beside it ("four were
    shot and two killed", "was shot and detained")."""
    for w in s.norms[h + 1:h + 1 + lex.WOUND_REACH]:
        if w in (";", ".", ":"):
            break
        if w in lex.WOUND_CUES or w in lex.PASSIVE_OUTCOMES:
            return True
    for w in reversed(s.norms[max(0, h - lex.WOUND_REACH // 2):h]):
        if w in (";", ".", ":", ","):
            break
        if w in lex.WOUND_CUES:
            return True
    return False


def _second_predicate(s: _Sent, j: int) -> str | None:
    """An outcome of a second predicate of the same subject within the clause ("was shot in
    the leg by an officer, and is in custody", "was wounded and later arrested")."""
    n = len(s.norms)
    for a in range(j, min(n, j + 20)):
        w = s.norms[a]
        if w in (";", ".", ":", "who", "which", "that", "but", "while", "when", "after", "before"):
            return None
        if w != "and":
            continue
        k = a + 1
        while k < n and k - a <= 4 and (s.norms[k] in _BE_AUX or s.norms[k] in lex.LINK_WORDS) \
                and s.norms[k] not in lex.PASSIVE_OUTCOMES:
            k += 1
        if k >= n:
            return None
        phrase = _match_seq(s.norms, k, lex.PASSIVE_PHRASES)
        if phrase is not None:
            return lex.PASSIVE_PHRASES[phrase[0]]
        if s.norms[k] in lex.PASSIVE_OUTCOMES and (k > a + 1 or s.norms[k] not in lex.WEAK_PASSIVE) \
                and not _object_follows(s, k + 1):
            return lex.PASSIVE_OUTCOMES[s.norms[k]]
        return None
    return None


def _object_follows(s: _Sent, j: int) -> bool:
    """Token j starts an object of the verb before it ("killed three people", "shot him")."""
    n = len(s.norms)
    if j >= n:
        return False
    nxt = s.norms[j]
    if nxt in ('"', "“", "'", "‘") and j + 1 < n:
        j += 1
        nxt = s.norms[j]
    return nxt in _OBJECT_STARTERS or bool(_DIGITS_RE.match(nxt)) or nxt in lex.REFLEXIVE or (
        nxt in _UNIT_FIRST and _unit_at(s, j) is not None) or (
        s.toks[j][:1].isupper() and nxt not in MONTHS and nxt not in lex.WEEKDAYS
        and nxt not in _PREPOSITION_LIKE and nxt not in STOPWORDS)


def _nominal_outcome(s: _Sent, j: int) -> tuple[str, int] | None:
    """An outcome stated with a noun phrase at token j: "suffered minor injuries", "sustained
    gunshot wounds", "in critical condition", "among the dead": (outcome, end) or None."""
    norms = s.norms
    n = len(norms)
    w = norms[j]
    if w == "treated" and j + 1 < n and norms[j + 1] == "for":
        # "treated for a broken arm", "treated for gunshot wounds" (not "treated for depression")
        for x in range(j + 2, min(n, j + 6)):
            if norms[x] in lex.INJURY_NOUNS or norms[x] in lex.BODILY_HARM_WORDS:
                return "injured", x + 1
    if w in lex.INJURY_VERBS:
        e = j + 1
        if e < n and norms[e] in ("from", "for", "of"):
            e += 1
        for x in range(e, min(n, e + lex.MAX_INJURY_MODIFIERS + 1)):
            if norms[x] in lex.INJURY_NOUNS:
                return "injured", x + 1
            if norms[x] in (",", ";", ".", ":", "and", "after", "when", "while", "in", "at") or _DIGITS_RE.match(norms[x]):
                if norms[x] != "and":
                    break
    if w in lex.HOSPITAL_VERBS and j + 1 < n and norms[j + 1] in ("to", "at", "in", "into"):
        for x in range(j + 2, min(n, j + 8)):
            if norms[x] in lex.HOSPITAL_WORDS:
                return "injured", x + 1
            if norms[x] in (",", ";", ".", "and", "after", "when"):
                break
    if w == "in" and j + 2 < n and norms[j + 1] in lex.CONDITION_WORDS and norms[j + 2] == "condition":
        return "injured", j + 3
    if w == "in" and j + 3 < n and norms[j + 2] in lex.CONDITION_WORDS and norms[j + 3] == "condition":
        return "injured", j + 4  # "in very critical condition"
    if w == "among" and j + 2 < n and norms[j + 1] in ("the", "those"):
        o = lex.OUTCOME_NOUNS.get(norms[j + 2]) or lex.PASSIVE_OUTCOMES.get(norms[j + 2])
        if o is not None:
            return o, j + 3
    return None


def _is_content_word(s: _Sent, i: int) -> bool:
    """A lower-case word that is not a function, link, outcome or time word."""
    t, w = s.toks[i], s.norms[i]
    return bool(_HAS_ALPHA_RE.match(t[:1])) and not t[:1].isupper() and w not in STOPWORDS \
        and w not in _PREPOSITION_LIKE and w not in lex.LINK_WORDS and w not in lex.PASSIVE_OUTCOMES \
        and w not in lex.WEEKDAYS and w not in _TIME_FIRST and w not in lex.GROUP_NOUNS and w not in _REPORTING_GROUP \
        and w not in ("respectively", "apiece", "overnight", "yesterday", "today", "tonight", "earlier", "later",
                      "including", "while", "whereas", "according", "police", "officials", "authorities")


_TIME_FIRST = frozenset({"last", "this", "early", "late", "yesterday", "today", "tonight", "overnight"})


def _more_outcomes(s: _Sent, j: int, outs: list[str], fatal: bool) -> list[str]:
    """Outcomes coordinated after the first ("killed or injured", "hurt or killed", "was shot
    and is in custody", "was wounded and later arrested")."""
    n = len(s.norms)
    if j + 1 < n and s.norms[j] == "and":
        k = j + 1
        while k < n and k - j <= 4 and (s.norms[k] in _BE_AUX or s.norms[k] in lex.LINK_WORDS) \
                and s.norms[k] not in lex.PASSIVE_OUTCOMES:
            k += 1
        if k > j + 1 or (k < n and s.norms[k] in lex.PASSIVE_OUTCOMES and s.norms[k] not in lex.WEAK_PASSIVE):
            phrase = _match_seq(s.norms, k, lex.PASSIVE_PHRASES) if k < n else None
            o = lex.PASSIVE_PHRASES[phrase[0]] if phrase else (
                lex.PASSIVE_OUTCOMES.get(s.norms[k]) if k < n else None)
            if o is not None and o not in outs and not (k + 1 < n and _object_follows(s, k + 1) and phrase is None):
                return outs + [o] if not (set(outs) | {o}) <= {"killed", "injured"} else outs
    conj = ""
    while j + 1 < n and s.norms[j] in ("or", "and", ",", "nor"):
        conj = conj or s.norms[j]
        w = s.norms[j + 1]
        if w in lex.PASSIVE_OUTCOMES and w not in lex.WEAK_PASSIVE:
            o = lex.PASSIVE_OUTCOMES[w]
            if o not in outs:
                outs.append(o)
            j += 2
        else:
            break
    if len(outs) > 1 and conj in ("or", "nor") and set(outs) <= {"killed", "injured"}:
        return ["casualties:" + "|".join(outs)]
    return outs


def _blocked_before(s: _Sent, v: int) -> bool:
    """The outcome verb at v is a threat, plan, hypothesis or negation ("threatened to kill",
    "could have killed", "did not injure"; not "managed to kill", "used a rifle to kill")."""
    for b in range(v - 1, max(-1, v - 4), -1):
        w = s.norms[b]
        if w in (",", ";", ".", ":"):
            return False
        if w in lex.MODAL_BEFORE:
            return True
        if w in lex.INTENT_BEFORE_TO and b == v - 1:
            return True  # "attempted murder of", "plotted killings"
        if w == "to":
            prev = s.norms[b - 1] if b > 0 else ""
            prev2 = s.norms[b - 2] if b > 1 else ""
            return prev in lex.INTENT_BEFORE_TO or prev2 in lex.INTENT_BEFORE_TO or prev in ("in", "order")
    return False


def _active_before(s: _Sent, u: _Unit) -> str | None:
    """Outcome verb or noun right before the count ("killing 13", "the death of two people")."""
    i = u.q0
    norms = s.norms
    if i == 0:
        return None
    v = i - 1
    if norms[v] in ('"', "“", "'", "‘") and v > 0:
        v -= 1
    w = norms[v]
    if w == "without":
        return None
    # multi-word verbs: "gunned down 14 children", "took the lives of five", "killing and injuring four"
    for key, out in lex.ACTIVE_PHRASES.items():
        L = len(key)
        if v - L + 1 >= 0 and tuple(norms[v - L + 1:v + 1]) == key:
            if _blocked_before(s, v - L + 1):
                return _BLOCKED
            return out
    # "Among the dead were four women", "The dead included two children": the outcome is the subject's
    subj = _outcome_subject(s, v)
    if subj is not None:
        return subj
    if w in lex.INJURY_HARM_VERBS and not (v > 0 and norms[v - 1] in _BE_AUX):
        if v > 0 and norms[v - 1] in lex.FATAL_WORDS:
            return "killed"  # "fatally shot 31 people"
        if _blocked_before(s, v):
            return _BLOCKED
        end = max(u.n1, u.q1)
        if tuple(norms[end:end + 2]) == ("to", "death"):
            return "killed"  # "stabbed three people to death"
        return "injured"
    if w in lex.ACTIVE_OUTCOMES and v > 0 and norms[v - 1] in lex.FATAL_WORDS \
            and lex.ACTIVE_OUTCOMES[w] == "injured":
        return "killed"  # "fatally wounding two"
    if w in lex.ACTIVE_OUTCOMES:
        if w in lex.NEEDS_LIVES:
            return None
        if w in ("lost", "losing") and (u.n1 <= u.n0 or u.group in (None, "people")):
            return None  # "lost 15 soldiers" but not "lost many a seat"
        if w in lex.NEEDS_HOSTAGE:
            after = norms[u.n1] if u.n1 < len(norms) else ""
            if after not in _HOSTAGE_MARKERS and not (u.head_outcome == "captured"):
                return None
        if v > 0 and norms[v - 1] in ("was", "were", "is", "are", "been", "be", "being") and not w.endswith("ing"):
            return None  # "were killed 20 km away" (not "was treating three victims")
        if _blocked_before(s, v):
            return _BLOCKED
        return lex.ACTIVE_OUTCOMES[w]
    if w == "of" and v > 0:
        nv = v - 1
        if norms[nv] in ('"', "”", "’", "'") and nv > 0:
            nv -= 1  # the “senseless murders” of six
        noun = norms[nv]
        if noun in ("shooting", "shootings", "stabbing", "stabbings") and any(
                x in ("fatal", "deadly") for x in norms[max(0, nv - 3):nv]):
            return "killed"  # "the fatal shooting of 26 people"
        if noun in lex.OF_OUTCOMES and nv != v - 1:
            return lex.OF_OUTCOMES[noun]
        if noun in lex.OF_OUTCOMES:
            if noun == "lives":
                if v >= 3 and norms[v - 2] == "the" and norms[v - 3] in _LIVES_VERBS:
                    return "killed"
                return None
            if noun == "bodies":
                return "killed"
            if _blocked_before(s, v - 1):
                return None
            return lex.OF_OUTCOMES[noun]
    # "the death toll rose to 12", "a toll of 30", "the death toll from the quake rose to 2,000"
    if norms[v] not in _TOLL_LINKS:
        return None
    for b in range(v - 1, max(-1, v - 10), -1):
        if norms[b] in ("number", "count", "tally", "total") and b + 2 < v and norms[b + 1] == "of":
            o = lex.OUTCOME_NOUNS.get(norms[b + 2]) or (
                lex.PASSIVE_OUTCOMES.get(norms[b + 2]) if norms[b + 2] in _NOMINAL_PARTICIPLES else None)
            if o is not None:
                return o  # "raised the number of wounded to 119"
    for b in range(v - 1, max(-1, v - 10), -1):
        w = norms[b]
        if w == "toll":
            kind = norms[b - 1] if b > 0 else ""
            return _TOLL_TYPES.get(kind, "killed")
        if w in lex.TALLY_WORDS and norms[v] == "of" and b == v - 1:
            # "the tally of 145 included militants killed in raids": the outcome comes after
            end = max(u.n1, u.q1)
            for e in range(end, min(len(norms), end + 8)):
                if norms[e] in lex.PASSIVE_OUTCOMES and norms[e] not in lex.WEAK_PASSIVE:
                    return lex.PASSIVE_OUTCOMES[norms[e]]
            return None
        if w in lex.PASSIVE_OUTCOMES or w in lex.ACTIVE_OUTCOMES or w in (";", ":", ".") or _DIGITS_RE.match(w):
            return None
    return None


def _frame_outcome(s: _Sent) -> tuple[str | None, int]:
    """An outcome set for the counts after "Of those killed," / "of the 14 injured," in a
    sentence: (outcome, token index after the comma), or (None, 0)."""
    norms = s.norms
    n = len(norms)
    for i in range(n - 3):
        if norms[i] not in ("of", "among") or norms[i + 1] not in ("those", "the"):
            continue
        k = i + 2
        if k < n and (_DIGITS_RE.match(norms[k]) or norms[k] in NUMBER_WORDS):
            k += 1
        if k < n and norms[k] in _NOMINAL_PARTICIPLES | {"dead", "victims"} - {"victims"}:
            o = lex.OUTCOME_NOUNS.get(norms[k]) or lex.PASSIVE_OUTCOMES.get(norms[k])
            e = next((x for x in range(k + 1, min(n, k + 6)) if norms[x] == ","), None)
            if o is not None and e is not None:
                return o, e + 1
    return None, 0


def _frame_predicate(s: _Sent, j: int) -> bool:
    """A count in an outcome frame is one of those people when a verb of being or a condition
    follows it ("five were tourists", "seven remained in critical condition")."""
    return j < len(s.norms) and s.norms[j] in {"were", "was", "are", "is", "remained", "remain", "remains", "had",
                                                  "have", "included", "came"}


#: Verbs linking a subject of outcome to the people it holds ("the dead included", "among the dead were").
_SUBJECT_LINKS = frozenset({"included", "include", "includes", "were", "are", "was", "is", "comprised"})


def _outcome_subject(s: _Sent, v: int) -> str | None:
    """Outcome of a subject such as "the dead" or "among the injured" before a linking verb at v."""
    norms = s.norms
    # back over a list before the count: "The dead included editor Ali Reza and four cartoonists"
    k = v
    while k > 1 and (norms[k] in (",", "and") or norms[k] in lex.GROUP_NOUNS or norms[k] in TITLE_WORDS
                     or s.toks[k][:1].isupper() and norms[k] not in _SUBJECT_LINKS) and v - k < 12:
        k -= 1
    if k < v and norms[k] in _SUBJECT_LINKS:
        v = k
    if norms[v] not in _SUBJECT_LINKS or v < 2:
        return None
    k = v - 1
    if norms[k] in ("also",) and k > 1:
        k -= 1
    noun = norms[k]
    o = lex.OUTCOME_NOUNS.get(noun) or (lex.PASSIVE_OUTCOMES.get(noun) if noun in _NOMINAL_PARTICIPLES else None)
    if o is None:
        return None
    det = norms[k - 1]
    if det in ("the", "those") or _DIGITS_RE.match(det) or det in NUMBER_WORDS:
        return o
    return None


#: Participles that stand as nouns after "the" ("the dead", "the injured", "the wounded").
_NOMINAL_PARTICIPLES = frozenset({"dead", "killed", "injured", "wounded", "hurt", "slain", "missing", "hospitalized"})


def _link_units(s: _Sent, units: list[_Unit]) -> None:
    """Give each count its outcomes (in place)."""
    n = len(s.norms)
    passive: list[tuple[list[str], int] | None] = [None] * len(units)
    borrowed = [False] * len(units)
    for idx in range(len(units) - 1, -1, -1):
        u = units[idx]
        end = max(u.n1, u.q1)
        # one person, or people "left ... shot" by an attack (both the killed and the wounded)
        res = _passive_after(s, end, zero=u.zero, one=u.kind == "singular" or (
            u.q0 > 0 and s.norms[u.q0 - 1] in lex.RESULT_VERBS))
        if res is None and idx + 1 < len(units):
            # "17 personnel and 31 civilians were killed": take the next count's outcome
            nxt = units[idx + 1]
            if _is_link_gap(s, end, nxt.q0) and passive[idx + 1] is not None and not (
                    nxt.n1 > nxt.n0 and s.norms[nxt.n1 - 1] in lex.BACK_REFERENCE) and not nxt.person and (
                    nxt.n1 > nxt.n0 or tuple(s.norms[end:nxt.q0]) in (("and",), ("or",))):
                res = passive[idx + 1]
                borrowed[idx] = True
        passive[idx] = res
    frame, frame_at = _frame_outcome(s)
    prev: _Unit | None = None
    for idx, u in enumerate(units):
        res = passive[idx]
        before = _active_before(s, u)
        outs: list[str] = []
        if before == _BLOCKED or (u.q0 > 0 and s.norms[u.q0 - 1] in ("without", "whether")):
            u.outcomes = []
            continue  # "threatened to kill 100 hostages", "without a suspect in custody"
        # an outcome of the count's own clause first: the words after it, the verb before it, its
        # noun; an outcome borrowed from the next count ("17 soldiers and 31 civilians were killed")
        # only when it has none ("killed 12, and 30 were wounded": 12 stays killed)
        if u.person == "reflexive":
            # "shot himself", "took his own life": a death, unless the subject before it already
            # took that outcome from the same words ("he shot and killed himself")
            covered = any(p is not None and units[k].q0 < u.q0 < p[1] and units[k].outcomes
                          for k, p in enumerate(passive[:idx]))
            u.outcomes = [] if covered or _blocked_before(s, u.q0 - 1) else [u.head_outcome]
            if u.outcomes:
                prev = u
            continue
        if u.person:
            # one person named or referred to: only an outcome of its own verb ("Varney was
            # killed", "he died"; not "Varney shot at them") or as the object of one ("police shot him")
            if res is not None and not borrowed[idx] and u.person != "object" and _passive_voice(s, max(u.n1, u.q1), res[1]):
                outs, u.link = list(res[0]), "after"
            elif before is not None and u.person != "subject":
                outs, u.link = [before], "before"
            u.outcomes = outs
            continue
        if res is not None and not borrowed[idx]:
            outs, u.link = list(res[0]), "after"
        elif before is not None:
            outs, u.link = [before], "before"
        elif u.head_outcome == "captured" and prev is not None and "killed" in prev.outcomes and \
                tuple(s.norms[max(prev.n1, prev.q1):u.q0]) in (("and",), (",", "and")):
            outs, u.link = list(prev.outcomes), "coordinated"  # "the killing of a guard and three hostages"
            if u.group is None:
                u.group = "people"  # hostages are not of the group before them
        elif u.head_outcome is not None:
            outs, u.link = [u.head_outcome], "noun"
        elif res is not None and not (prev is not None and prev.outcomes and _after_including(s, u)):
            outs, u.link = list(res[0]), "after"
        elif prev is not None and prev.outcomes:
            end = max(u.n1, u.q1)
            nxt = s.norms[end] if end < n else "."
            incl = any(tuple(s.norms[u.q0 - len(k):u.q0]) == k for k in _INCLUDING if u.q0 - len(k) >= 0)
            backref = u.n1 > u.n0 and s.norms[u.n1 - 1] in lex.BACK_REFERENCE
            if backref:
                pass  # "killed 57 people, many of whom were guests"
            elif _is_link_gap(s, max(prev.n1, prev.q1), u.q0) and not (
                    nxt in _REPORTING_GROUP or nxt in lex.ATTRIBUTION_VERBS or nxt in _BE_AUX or nxt == "who"):
                outs, u.link = list(prev.outcomes), "coordinated"  # not "..., the minister said"
            elif incl:
                outs, u.link = list(prev.outcomes), "including"
            elif any(tuple(s.norms[u.q0 - len(k):u.q0]) == k for k in _ALONG_WITH if u.q0 - len(k) >= 0):
                outs, u.link = list(prev.outcomes), "along"  # "the driver was killed along with three others"
            elif u.q0 > 0 and s.norms[u.q0 - 1] in ("and", ",") and (nxt in _GAP_OK_NEXT or TIME_RE.match(
                    s.text, s.starts[end] if end < n else s.end)):
                outs, u.link = list(prev.outcomes), "gapped"
        if not outs and frame and u.q0 >= frame_at and not u.zero and _frame_predicate(s, max(u.n1, u.q1)):
            outs, u.link = [frame], "frame"  # "Of those killed, five were tourists"
            if u.n1 <= u.n0:
                u.group, u.group_text = "people", ""
        if outs and (u.bare or u.group is None):
            # a bare count of the same outcome shares the people of the count before it ("92
            # militants on Saturday and 41 on Friday"); of another outcome it does not ("killed 9
            # soldiers and injured 21")
            if u.link in ("coordinated", "gapped", "after", "before") and prev is not None and prev.outcomes \
                    and prev.group and set(outs) == set(prev.outcomes):
                u.group, u.group_text = prev.group, prev.group_text
        u.outcomes = outs
        if outs:
            prev = u
    _drop_appositions(s, units, passive, borrowed)
    for u in units:
        if u.outcomes and u.group is None and u.person == "name":
            u.group, u.group_text = group_of_name(s, u.q0, u.q1)
            continue
        if u.outcomes and u.group is None:
            end = max(u.n1, u.q1)
            if end + 1 < n and s.norms[end] in lex.INCLUDE_VERBS:
                sub = _noun_phrase_plain(s, end + 1)  # "the tally of 145 included militants"
                if sub is not None and s.norms[sub[0] - 1].endswith("s"):
                    u.group, u.group_text = sub[1], s.span_text(end + 1, sub[0])
                    continue
            stop = max((max(p.n1, p.q1) for p in units if p.q0 < u.q0 and p.n1 > p.n0 and p.outcomes), default=0)
            u.group, u.group_text = _group_before(s, u, stop=stop)


#: Words that introduce a name in apposition ("one soldier, identified as Ali Reza,").
_APPOSITION_CUES = frozenset({",", "as", "named", "identified", "--", "-", "–", "—", "("})


def _drop_appositions(s: _Sent, units: list[_Unit], passive: list, borrowed: list[bool]) -> None:
    """A name standing in apposition to a count that takes the same outcome word ("One soldier,
    identified as Ali Reza, was killed"; "two men, Ali Reza and Omar Saleh, were arrested") is
    the same person, not another claim; a description after a name ("Reza, a police officer,
    was hurt") gives the name its group."""
    for idx, u in enumerate(units):
        if u.outcomes and u.kind == "singular" and idx + 1 < len(units):
            v = units[idx + 1]
            if v.kind == "singular" and not v.person and v.q0 == max(u.q1, u.n1) + 1 \
                    and s.norms[v.q0 - 1] == "," and v.link != "after":
                v.outcomes = []  # "shot the gunman, a former soldier, ...": one person
        res = passive[idx]
        if not u.outcomes or res is None or borrowed[idx] or u.link != "after":
            continue
        out_end = res[1]
        for v in units[idx + 1:]:
            if v.q0 >= out_end:
                break
            cue = s.norms[v.q0 - 1] if v.q0 > 0 else ""
            if v.person == "name" and cue in _APPOSITION_CUES | {"and"}:
                v.outcomes = []
            elif u.person == "name" and v.kind == "singular" and not v.person and cue == ",":
                if v.group and v.group != "people":
                    u.group, u.group_text = v.group, v.group_text
                v.outcomes = []


def _passive_voice(s: _Sent, a: int, b: int) -> bool:
    """Tokens a..b (subject end to outcome end) hold a passive or intransitive outcome: a form
    of "be"/"get" before it ("was killed", "had been shot"), an outcome of the subject only
    ("died", "surrendered"), an adjective ("is dead") or a phrase ("lost his life")."""
    words = s.norms[a:b]
    if any(w in _BE_AUX for w in words):
        return True
    last = s.norms[b - 1] if b > a else ""
    return last in lex.SUBJECT_ONLY or last in ("dead", "missing", "unaccounted") or any(
        w in lex.INJURY_VERBS for w in words) or _match_seq(s.norms, a, lex.PASSIVE_PHRASES) is not None or any(
        _match_seq(s.norms, k, lex.PASSIVE_PHRASES) is not None for k in range(a, b))


def _after_including(s: _Sent, u: _Unit) -> bool:
    """The count follows "including" / "among them" (a part of the count before it)."""
    return any(tuple(s.norms[u.q0 - len(k):u.q0]) == k for k in _INCLUDING if u.q0 - len(k) >= 0)


def _is_link_gap(s: _Sent, a: int, b: int) -> bool:
    """Tokens a..b-1 join two counts in one list: ", ", "and", ", including", or a place
    phrase then a connector ("two citizens from the Netherlands, five tourists")."""
    gap = tuple(s.norms[a:b])
    if gap in _CONNECTORS or gap in _INCLUDING:
        return True
    if not gap or gap[0] not in _PREPOSITION_LIKE or len(gap) > 10:
        return False
    for k in range(1, len(gap)):
        if gap[k:] in _CONNECTORS or gap[k:] in _INCLUDING:
            mid = [(w, t) for w, t in zip(gap[1:k], s.toks[a + 1:a + k])]
            return all(t[:1].isupper() or (w not in lex.PASSIVE_OUTCOMES and w not in lex.ACTIVE_OUTCOMES
                                           and w not in _REPORTING_GROUP and w not in (";", ":", "who", "which", "that"))
                       for w, t in mid)
    return False


# --- zero claims from nouns ----------------------------------------------------------------------
def _zero_noun_claims(s: _Sent, taken: set[int]) -> list[tuple[int, int, list[str], str]]:
    """Zero claims written with outcome nouns: "no casualties", "no injuries or fatalities",
    "did not cause any casualties", "without injuries". Returns (q0, q1, outcomes, quantity)."""
    out = []
    n = len(s.norms)
    norms = s.norms
    i = 0
    while i < n:
        w = norms[i]
        start = None
        j = i
        if w == "no" and i not in taken:
            start, j = i, i + 1
        elif w in ("any", "without"):
            for cue in lex.ZERO_VERB_CUES:
                L = len(cue)
                if i - L + 1 >= 0 and tuple(norms[i - L + 1:i + 1]) == cue:
                    start = i - L + 1
                    if start > 0 and norms[start - 1] in ("did", "does", "do", "has", "have", "had", "was", "were"):
                        start -= 1
                    j = i + 1
                    break
        if start is None:
            i += 1
            continue
        found: list[str] = []
        last = -1
        while j < n and j - i <= 8:
            x = norms[j]
            if x in lex.ZERO_NOUNS:
                o = lex.ZERO_NOUNS[x]
                if o not in found:
                    found.append(o)
                last = j
            elif x in lex.ZERO_FILLERS or x == ",":
                pass
            else:
                break
            j += 1
        if found and all(t not in taken for t in range(start, last + 1)):
            if "casualties" in found:
                found = ["casualties"]
            out.append((start, last + 1, found, s.span_text(start, last + 1)))
            taken.update(range(start, last + 1))
            i = last + 1
            continue
        i += 1
    return out


# --- time ----------------------------------------------------------------------------------------
def _time_of(s: _Sent, a: int, b: int, lo: int, hi: int) -> str:
    """First time qualifier between characters a and b, else between lo and a."""
    m = TIME_RE.search(s.text, a, b) if b > a else None
    if m is not None and m.start() - a > TIME_WINDOW_CHARS:
        m = None
    if m is None and a > lo:
        for m2 in TIME_RE.finditer(s.text, lo, a):
            if m2.group().split()[0].lower() in _PREPOSITION_LIKE:
                m = m2
    return m.group().strip() if m else ""
