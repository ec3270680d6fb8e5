"""Event scope of a casualty claim: this story's event, or another event, place or time.

News about one attack recalls others ("the 2009 shooting at Fort Carrow killed 11"), compares
it ("the deadliest since ..."), cites national statistics ("30,000 people die each year"),
or reports a separate incident of the same day ("Separately, a gunman took a hostage").
Such figures must not enter the story's toll. :func:`claim_scope` tells them apart by the
words of the claim's sentence and of the sentences before it in its paragraph:

- *another time*: a year, or a month, that is not the event's ("in 2009", "last December",
  "since Feb. 14"), an earlier period ("two years ago", "last year"), an anniversary;
- *another event*: comparisons and other incidents ("the deadliest since", "in U.S.
  history", "another mass shooting", "separately", "previous attacks");
- *a general statistic*: yearly or per-capita figures, wars, regimes;
- *another place*: a place named in the sentence that is not the event's ("in Brackwell,
  Ohio", "at an Idaho movie theater", "at a corner grocery in eastern Holmgate") — the
  event's places are those the story's headlines and first paragraphs name
  (:func:`event_frame`);
- *another day*: a victim killed on a day after the event was reported ("the killing of a
  guard Thursday" in a story of a Wednesday attack).

A sentence whose only cues are in its paragraph inherits them when it names no place of
the event itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from presslens.corpus.dates import find_dates, parse_date
from presslens.corpus.story import Story
from presslens.lexicons import casualties as lex
from presslens.lexicons.common import MONTHS, STOPWORDS
from presslens.lexicons.sources import GAZETTEER, GAZETTEER_PHRASES, HONORIFICS, TITLE_WORDS

#: Scope values.
SCOPES = ("event", "other")
#: Analysed blocks of an article read for the event's places and date (headline, standfirst, lede, ...).
FRAME_BLOCKS = 4
#: Most characters between a claim and a time cue after it in its clause for the cue to date it.
TIME_REACH = 80
#: Most characters after a claim for a weekday ("killed three villagers today") to date it.
DAY_REACH = 40
#: Share of the articles (of those naming any place) that must name a place in their first
#: blocks for it to be a place of the event; it must also be named by at least half as many
#: articles as the most named place.
EVENT_PLACE_SHARE = 0.25

_OTHER_TIME_RE = re.compile("|".join(lex.OTHER_TIME_PATTERNS), re.IGNORECASE)
_COMPARISON_RE = re.compile("|".join(lex.COMPARISON_PATTERNS), re.IGNORECASE)
_SUPERLATIVE_RE = re.compile(lex.COMPARISON_PATTERNS[0], re.IGNORECASE)
_OTHER_EVENT_RE = re.compile("|".join(lex.OTHER_EVENT_PATTERNS), re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(lex.CLAUSE_BREAK_PATTERN, re.IGNORECASE)
_RELATIVE_BREAK_RE = re.compile(lex.RELATIVE_BREAK_PATTERN, re.IGNORECASE)
_GENERIC_RE = re.compile("|".join(lex.GENERIC_PATTERNS), re.IGNORECASE)
#: A weekday, "today" or "yesterday" (not "Thursday's attack": a name of the event).
_DAY_WORD_RE = re.compile(rf"\b(?:{'|'.join(lex.WEEKDAYS)}|today|yesterday)\b(?!['’]s)", re.IGNORECASE)
#: Words of a later death of someone hurt in the event ("died of his wounds", "succumbed").
_LATER_DEATH_RE = re.compile("|".join(lex.LATER_DEATH_PATTERNS), re.IGNORECASE)
#: ", where": the place named before it places the claims after it.
_WHERE_RE = re.compile(r",\s+where\b", re.IGNORECASE)

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MONTH_ALT = "|".join(m.capitalize() for m in _MONTH_NAMES)
_YEAR = r"(1[89]\d\d|20\d\d)"
_EVENT_NOUN_ALT = "|".join(sorted(lex.EVENT_NOUNS, key=len, reverse=True))
#: A year that dates something: "in 2009", "since 2001", "the 2005 bombings", "Dec. 14, 2012", "(1999)".
_YEAR_RE = re.compile(
    rf"""(?:\b(?i:in|since|during|by|before|until|after|throughout)\s+(?i:(?:early|late|mid)[\s-]+)?(?i:the\s+)?{_YEAR}s?\b
    | \b{_YEAR}\s+(?:["“”'‘’]?[\w-]+["“”'‘’]?\s+){{0,2}}(?:{_EVENT_NOUN_ALT})\b
    | \b(?:{_MONTH_ALT})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_YEAR}\b
    | \({_YEAR}\))""",
    re.VERBOSE,
)
#: A month that dates something: "in July", "last December", "since the February attack", "Feb. 14".
_MONTH_RE = re.compile(
    rf"""(?:\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?|[Uu]ntil|[Tt]he|[Tt]his|[Oo]f|[Bb]y)\s+(?P<m1>{_MONTH_ALT})\b\.?(?!\s*\d)
    | \b(?P<m2>{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}}))""",
    re.VERBOSE,
)
#: An event noun right after a place: the place names the event ("the Brookhaven attack").
_NAMED_EVENT_AFTER_RE = re.compile(rf"['’]?s?\s+(?:[\w-]+\s+)?(?:{_EVENT_NOUN_ALT})\b", re.IGNORECASE)
_CAP = r"[A-Z][\w'’.-]*"
_CAP_SEQ = rf"{_CAP}(?:\s+(?:of\s+|de\s+|la\s+|el\s+)?{_CAP}){{0,3}}"
#: "City, State" or "City, Country": "Brackwell, Ohio", "Millbrook, Colo.", "Tarvick, New Zealand".
_PAIR_RE = re.compile(rf"(?<![\w'’])(?P<city>{_CAP_SEQ}),\s+(?P<region>{_CAP_SEQ})")
#: A place after a preposition of location: "in Orlando", "at Fort Carrow".
_IN_PLACE_RE = re.compile(rf"\b(?:in|at|near|outside|inside|across|throughout)\s+(?:the\s+)?(?P<place>{_CAP_SEQ})")
_FACILITY_ALT = "|".join(sorted(lex.FACILITY_NOUNS, key=len, reverse=True))
_FACILITY_MODIFIED = "|".join(sorted(lex.FACILITY_MODIFIED_NOUNS, key=len, reverse=True))
#: A place before a facility: "an Idaho movie theater", "the Florida high school".
#: A kind of place named in a text: "a corner grocery", "the high school", "a movie theater".
_FACILITY_RE = re.compile(
    rf"\b(?:at|in|inside|outside|near|into|on|entered|(?:{_EVENT_NOUN_ALT})\s+of)\s+(?:a|an|the)\s+(?:(?!(?:a|an|the|on|in|at|of|to|by|from)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?P<facility>{_FACILITY_ALT})\b(?!\s+(?:{_FACILITY_MODIFIED}))", re.IGNORECASE)
#: Any mention of a kind of place ("Harlow Arena attack", "the school"), for the event's own.
_FACILITY_MENTION_RE = re.compile(rf"\b(?P<facility>{_FACILITY_ALT})\b", re.IGNORECASE)
_PLACE_FACILITY_RE = re.compile(rf"\b(?:an?|the)\s+(?P<place>{_CAP_SEQ})\s+(?:[a-z-]+\s+){{0,2}}(?:{_FACILITY_ALT})\b")
#: A run of capitalised words (a name), possibly with "of"/"de" inside.
_CAP_RUN_RE = re.compile(rf"(?<![\w'’-]){_CAP}(?:\s+(?:(?:of|de|la|el)\s+)?{_CAP})*")
#: Words that end a place name inside a capitalised run ("Port Ellis High School" → "Port Ellis").
_NAME_ENDERS = lex.FACILITY_NOUNS | lex.EVENT_NOUNS | frozenset(
    "high elementary middle primary secondary community memorial baptist methodist navy naval military".split())
_WORD_RE = re.compile(r"[\w'’.-]+")
#: Words after which a "City, Region" pair starts ("in Brackwell, Ohio").
_LOCATION_BEFORE_RE = re.compile(r"(?:\b(?:in|at|near|of|from|outside|inside|to|across|and)\s+(?:the\s+)?|^)$",
                                 re.IGNORECASE)

_WEEKDAYS = {d.capitalize() for d in lex.WEEKDAYS}
_NOT_PLACE_WORDS = frozenset(w.lower() for w in (
    *_WEEKDAYS, *(m.capitalize() for m in MONTHS), "The", "A", "An", "This", "That", "These", "Those", "His", "Her",
    "Their", "Its", "Our", "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "President", "Police", "Officials",
    "Authorities", "God", "Islamic", "Muslim", "Christian", "Jewish", "Black", "White", "Republican", "Democrat",
    "Democratic", "Republicans", "Democrats", "Congress", "Senate", "House", "Army", "Navy", "Marine", "Marines",
    "FBI", "CNN", "AP", "Reuters", "Twitter", "Facebook", "I", "We", "He", "She", "They", "It", "There", "But",
    "And", "Or", "So", "If", "When", "While", "After", "Before", "Since", "As", "In", "On", "At", "For", "Of",
    "Mass", "Deadly", "Fatal", "Terror", "Terrorist", "Suicide", "Gun", "School", "Church", "Shooting"))


def _norm_place(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip(" .,'’")).lower().removeprefix("the ")


def _region_of(name: str) -> str | None:
    """A state or country named by ``name`` ("Ohio", "Calif.", "New Zealand"), lower case, else None."""
    low = name.strip().lower()
    if low in lex.STATE_ABBREVIATIONS:
        return lex.STATE_ABBREVIATIONS[low]
    low = low.rstrip(".")
    if low in lex.US_STATES or low in GAZETTEER or low in GAZETTEER_PHRASES:
        return low
    return None


def _is_place_name(name: str) -> bool:
    words = name.split()
    return bool(words) and all(w.lower().strip(".'’") not in STOPWORDS and w.lower().rstrip(".") not in TITLE_WORDS
                               and w.lower().rstrip(".") not in HONORIFICS and not re.search(r"['’]s$", w)
                               for w in words) and \
        words[0].lower() not in _NOT_PLACE_WORDS and not any(w.lower() in lex.GROUP_NOUNS for w in words)


@dataclass(frozen=True)
class Place:
    """A place named in a text: its lower-case name, the state or country written beside it, its span."""

    name: str
    region: str
    start: int
    end: int


def places_in(text: str, *, known: frozenset[str] = frozenset(), initial: bool = False) -> list[Place]:
    """Places a text names, by the shapes of place names in news.

    Args:
        text: a sentence or paragraph.
        known: lower-case names already known to be places (found elsewhere in the story),
            recognised after "in"/"at" without a state or country beside them.
        initial: a capitalised word at the start of the text may be a place ("Brackwell
            shooting: ..." in a headline).

    Returns:
        Places in text order: "City, State/Country" pairs (the region kept), states and
        countries after a preposition of location, a state before a facility ("a Florida
        high school"), a name before an event noun ("the Harlow Park shooting"), and known
        places after "in"/"at".
    """
    out: list[Place] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, region: str, a: int, b: int) -> None:
        if any(a < e and s < b for s, e in taken):
            return
        taken.append((a, b))
        out.append(Place(_norm_place(name), region, a, b))

    for m in _PAIR_RE.finditer(text):
        city, region = m.group("city"), m.group("region")
        # the region may run on ("Brackwell, Ohio bar"): keep its first words when they name a region
        # and what follows them is not another capitalised word ("Tolliver, D.C. Metropolitan Police")
        words = region.split()
        reg = None
        for k in range(len(words), 0, -1):
            reg = _region_of(" ".join(words[:k]))
            if reg:
                if k < len(words):
                    reg = None
                break
        if reg is None or reg in lex.NATIONAL_PLACES or not _is_place_name(city) or _region_of(city) == reg:
            continue
        after = text[m.end():m.end() + 1]
        if not (_LOCATION_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]) or not after or after in ",.;:)–—-"):
            continue  # "John Smith, New York police commissioner": a name and a title
        add(city, reg, m.start("city"), m.end())
    for rx in (_IN_PLACE_RE, _PLACE_FACILITY_RE):
        for m in rx.finditer(text):
            name = m.group("place")
            words = name.split()
            for k in range(len(words), 0, -1):
                cand = " ".join(words[:k])
                reg = _region_of(cand)
                if reg is not None or (_is_place_name(cand) and (
                        initial or _norm_place(cand) in known or _norm_place(cand) in lex.CITIES)):
                    add(cand, reg or "", m.start("place"), m.start("place") + len(cand))
                    break
    # a name before an event or facility noun: "the Harlow Park shooting", "Brackwell Chapel
    # Shooting", "an Idaho movie theater"
    for m in _CAP_RUN_RE.finditer(text):
        words = list(_WORD_RE.finditer(m.group()))
        cut = next((k for k, w in enumerate(words) if w.group().lower() in _NAME_ENDERS), len(words))
        if cut == 0:
            continue
        a, b = m.start(), m.start() + words[cut - 1].end()
        name = text[a:b]
        following = [w.group().lower() for w in words[cut:]] + [w.lower() for w in _WORD_RE.findall(text[m.end():m.end() + 40])][:3]
        event = any(w in lex.EVENT_NOUNS for w in following[:4])
        facility = any(w in lex.FACILITY_NOUNS for w in following[:4])
        if not (event or facility) or not _is_place_name(name):
            continue
        sure = _region_of(name) is not None or _norm_place(name) in known
        if not (initial or sure):
            continue  # outside a headline, only names known as places
        if cut == 1 and not initial and not sure and not text[:a].strip():
            continue  # a sentence-initial single word is just a capitalised word
        add(name, _region_of(name) or "", a, b)
    out.sort(key=lambda p: p.start)
    return out


@dataclass(frozen=True)
class EventFrame:
    """When and where the story's event is.

    Attributes:
        years: years of the event (empty when no date is known).
        months: ``(year, month)`` pairs of the event period: each article's date and the
            month before it.
        places: lower-case names of the event's places and named events (those the
            articles' first blocks name).
        regions: states and countries written beside an event place ("Brackwell, Texas" →
            "texas"), and national names: places that contain the event.
        known: every place name recognised anywhere in the story.
        facilities: kinds of place the event happened at ("school", "church", "offices"):
            those named in the first blocks of at least two articles (of the only one).
        last_day: the last day the event can have happened on: the manifest's last event
            date, else the earliest publication date of the story (None when unknown).
    """

    years: frozenset[int] = frozenset()
    months: frozenset[tuple[int, int]] = frozenset()
    places: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()
    last_day: dt.date | None = None


def _day(iso: str) -> dt.date | None:
    """The calendar day of an ISO or written date with a year, else None."""
    d = parse_date(iso) if iso else None
    if d is None or not d.year:
        return None
    try:
        return dt.date(d.year, d.month, d.day)
    except ValueError:
        return None


def _article_date(article) -> tuple[int, int] | None:
    """(year, month) of an article: its publication date, else the first full date in its first blocks."""
    pub = article.meta.get("published", "")
    d = parse_date(pub) if pub else None
    if d is not None and d.year:
        return d.year, d.month
    for b in article.analysed_blocks()[:FRAME_BLOCKS]:
        for d in find_dates(article.text[b.start:b.end]):
            if d.year:
                return d.year, d.month
    return None


def _previous_month(y: int, m: int) -> tuple[int, int]:
    return (y - 1, 12) if m == 1 else (y, m - 1)


def event_frame(story: Story) -> EventFrame:
    """The time and places of a story's event, read from its articles.

    Dates: each article's publication date (else the first full date written in its first
    blocks) and the manifest's ``event_dates``; with none, the latest year the story's
    text dates something by. Places: those named in the headline,
    standfirst and first paragraphs of at least a quarter of the articles that name any
    (at least two articles when there are several, and at least half as many as the most
    named place), with the regions written beside them and the manifest's ``region``.

    Args:
        story: the story.

    Returns:
        The :class:`EventFrame`.
    """
    months: set[tuple[int, int]] = set()
    for a in story.articles:
        ym = _article_date(a)
        if ym:
            months |= {ym, _previous_month(*ym)}
    for iso in story.event_dates:
        d = parse_date(iso)
        if d is not None and d.year:
            months |= {(d.year, d.month), _previous_month(d.year, d.month)}
    known: set[str] = set()
    firsts: list[list[Place]] = []
    for a in story.articles:
        blocks = a.analysed_blocks()
        head = "\n".join(a.text[b.start:b.end] for b in blocks[:FRAME_BLOCKS])
        firsts.append(places_in(head, initial=True))
        for b in blocks:
            known |= {p.name for p in places_in(a.text[b.start:b.end]) if p.region or p.name in GAZETTEER
                      or p.name in lex.CITIES}
    counts: Counter[str] = Counter()
    for ps in firsts:
        counts.update({p.name for p in ps})
    fac_counts: Counter[str] = Counter()
    for a in story.articles:
        head = "\n".join(a.text[b.start:b.end] for b in a.analysed_blocks()[:FRAME_BLOCKS])
        fac_counts.update({m.group("facility").lower() for m in _FACILITY_MENTION_RE.finditer(head)})
    fac_need = 1 if len(story.articles) < 2 else 2
    facilities = {f for f, c in fac_counts.items() if c >= fac_need}
    naming = sum(1 for ps in firsts if ps) or 1
    top = max(counts.values(), default=0)
    need = 1 if len(story.articles) < 2 else max(2, round(EVENT_PLACE_SHARE * naming), -(-top // 2))
    places = {p for p, c in counts.items() if c >= need}
    if not places and counts:
        places = {p for p, c in counts.items() if c == max(counts.values())}
    regions = set(lex.NATIONAL_PLACES)
    for ps in firsts:
        for p in ps:
            if p.name in places and p.region and p.region != p.name:
                regions.add(p.region)
    # a state or country is the event's place only when it holds an event city or no city is named:
    # "Brackwell" and "Nevada" in the ledes of a Brackwell story (Nevada is another event's)
    def is_region(p: str) -> bool:
        return _region_of(p) is not None and p not in lex.CITIES

    cities = {p for p in places if not is_region(p)}
    if cities:
        # a country named that often holds the event (we have no map of cities); a US state holds it
        # only when written beside an event city
        regions |= {p for p in places if is_region(p) and p not in lex.US_STATES}
        places = {p for p in places if not is_region(p) or _region_of(p) in regions}
    for p in list(places):
        if _region_of(p):
            regions.add(_region_of(p))
    # the manifest's region ("Balochistan, Pakistan"): every part holds the event
    for part in re.split(r"[,;/]", story.region or ""):
        if part.strip():
            regions.add(_norm_place(part))
    years = {y for y, _ in months}
    if not years:  # no date anywhere: the latest year the story dates something by is the event's
        found = [int(next(g for g in m.groups() if g)) for a in story.articles for m in _YEAR_RE.finditer(a.text)]
        years = {max(found)} if found else set()
    event_days = [d for d in map(_day, story.event_dates) if d]
    pub_days = [d for d in (_day(a.meta.get("published", "")) for a in story.articles) if d]
    last_day = max(event_days) if event_days else (min(pub_days) if pub_days else None)
    return EventFrame(years=frozenset(years), months=frozenset(months), places=frozenset(places),
                      regions=frozenset(regions), known=frozenset(known | places), facilities=frozenset(facilities),
                      last_day=last_day)


def _other_time(text: str, frame: EventFrame, a: int = 0, b: int | None = None,
                skip: list[tuple[int, int]] | None = None) -> str:
    """The words dating ``text`` to another time than the event's, else "".

    With a claim at characters a..b, a time cue counts when it stands before the claim in
    the text ("In 2009, a man ... killing one") or within :data:`TIME_REACH` characters
    after it ("were killed in 1999").
    """
    b = len(text) if b is None else b

    def near(m: re.Match) -> bool:
        if skip and any(s0 <= m.start() < s1 for s0, s1 in skip):
            return False  # "killed six in the deadliest attack since 2001": the comparison's date
        if m.group().lower().startswith("since"):
            return True  # "killed in attacks since 2011": an aggregate over the period, wherever it stands
        return m.start() < a or _distance(m.start(), m.end(), a, b) <= TIME_REACH

    for m in _OTHER_TIME_RE.finditer(text):
        if near(m):
            return m.group().strip()
    years = frame.years
    for m in _YEAR_RE.finditer(text):
        y = int(next(g for g in m.groups() if g))
        if years and y not in years and near(m):
            return m.group().strip()
    if frame.months:
        for m in _MONTH_RE.finditer(text):
            name = (m.group("m1") or m.group("m2")).lower()
            if name == "may" and m.group("m2") is None and not re.search(r"(?i)\b(?:in|since|last|early|late)\s+may\b",
                                                                          m.group()):
                continue
            month = MONTHS[name.rstrip(".")]
            if not any(mm == month for _, mm in frame.months) and near(m):
                return m.group().strip()
    return ""


def _other_place(text: str, frame: EventFrame, a: int, b: int) -> str:
    """The place of ``text`` nearest to characters a..b when it is not the event's, else "".

    Places of the event count as written anywhere ("five Brackwell police officers"); other
    places as :func:`places_in` finds them; states and countries holding the event and
    national names are no other place.
    """
    spots: list[tuple[int, str]] = []
    named: list[int] = []  # distances of the event named by its place ("the Brookhaven attack")
    low = text.lower()
    for p in frame.places:
        for m in re.finditer(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low):
            spots.append((_distance(m.start(), m.end(), a, b), ""))
            if _NAMED_EVENT_AFTER_RE.match(low, m.end()):
                named.append(spots[-1][0])
    for p in places_in(text, known=frame.known):
        if p.name in frame.places or p.name in lex.NATIONAL_PLACES or p.name in frame.regions:
            continue
        spots.append((_distance(p.start, p.end, a, b), p.name))
    if frame.facilities:
        facility_spots = []
        for m in _FACILITY_RE.finditer(text):
            f = m.group("facility").lower()
            if f in lex.NOT_EVENT_FACILITIES:
                continue
            facility_spots.append((_distance(m.start(), m.end(), a, b), "" if f in frame.facilities else m.group().lower()))
        if facility_spots and all(name for _, name in facility_spots) and \
                not any(d < min(facility_spots)[0] for d in named):
            # another kind of place than the event's, with none of the event's: a place inside the
            # event's city is still another place ("at a corner shop in eastern Holmgate")
            return min(facility_spots)[1]
        spots += facility_spots
    if not spots:
        return ""
    return min(spots, key=lambda x: (x[0], x[1] != ""))[1]


def _later_day(text: str, frame: EventFrame, a: int, b: int, published: str) -> str:
    """A day named in ``text`` just after characters a..b that comes after the event, else "".

    "Thursday" or "today" in an article of 14 March dates a killing to 13 or 14 March; when
    the event was reported on 12 March, that is another killing (a victim's later death —
    "died of his wounds on Thursday" — is not). Read only in articles published less than a
    week after :attr:`EventFrame.last_day`, so that each weekday names one day.
    """
    pub = _day(published)
    if frame.last_day is None or pub is None or not 0 < (pub - frame.last_day).days <= 6:
        return ""
    if _LATER_DEATH_RE.search(text):
        return ""
    for m in _DAY_WORD_RE.finditer(text):
        if m.start() < b or m.start() - b > DAY_REACH:
            continue  # "Marsh stood before a judge on Thursday, accused of 9 counts of arson": another verb's day
        w = m.group().lower()
        if w == "today":
            day = pub
        elif w == "yesterday":
            day = pub - dt.timedelta(days=1)
        else:
            day = pub - dt.timedelta(days=(pub.weekday() - lex.WEEKDAYS.index(w)) % 7)
        if day > frame.last_day:
            return m.group()
    return ""


def _distance(s: int, e: int, a: int, b: int) -> int:
    return 0 if s < b and a < e else (a - e if e <= a else s - b)


def _names_event_place(text: str, frame: EventFrame) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in frame.places)


def _clause(sentence: str, a: int, b: int) -> tuple[int, str]:
    """The clause of ``sentence`` holding characters a..b (between clause breaks), with its offset."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_BREAK_RE.finditer(sentence):
        if m.end() <= a:
            lo = m.end()
        elif m.start() >= b:
            hi = m.start()
            break
    for m in _RELATIVE_BREAK_RE.finditer(sentence, b, hi):
        hi = m.start()  # a relative clause after the claim does not date it
        break
    return lo, sentence[lo:hi]


def claim_scope(sentence: str, *, frame: EventFrame, at: tuple[int, int] | None = None, context: str = "",
                outcome: str = "", group: str = "", published: str = "") -> tuple[str, str]:
    """Scope of one claim: this story's event, or another event, place or time.

    Rules, in order: words of another event anywhere in the sentence ("separately",
    "another mass shooting"); a general statistic ("each year", "the war"); a comparison
    before the claim ("the deadliest since 2001, when ... killing 2,600"); another time in
    the claim's clause ("in 2009", "last December"); for a victim killed, a day after the
    event named just after the claim ("the killing of a guard Thursday", :func:`_later_day`);
    another place in the claim's clause that names no place of the event, or another kind of
    place than the event's (not for arrests: they may be made anywhere); the same cues in the
    sentences before it in its paragraph (time, event and statistic cues only), when the
    sentence names no place of the event.

    Args:
        sentence: the sentence holding the claim.
        frame: the story's :class:`EventFrame` (``EventFrame()`` when unknown: then only
            the words of the text decide).
        at: the claim's ``(start, end)`` offsets in ``sentence`` (default: the whole sentence).
        context: the sentences before it in its paragraph.
        outcome: the claim's outcome (``arrested``, ...).
        group: the claim's group (``militants``, ...).
        published: the article's publication date (ISO), for the day a weekday names.

    Returns:
        ``(scope, reason)``: ``("event", "")``, or ``("other", reason)`` with the reason
        and the words that gave it ("another time: in 2009", "comparison: deadliest ...
        since", "another event: separately", "general statistic: each year", "another
        place: dayton", "paragraph: ...").
    """
    a, b = at if at is not None else (0, len(sentence))
    m = _OTHER_EVENT_RE.search(sentence)
    if m:
        return "other", f"another event: {m.group().strip()}"
    m = _GENERIC_RE.search(sentence)
    if m:
        return "other", f"general statistic: {m.group().strip()}"
    for m in _COMPARISON_RE.finditer(sentence, 0, a):
        if m.start() < a:
            return "other", f"comparison: {m.group().strip()}"
    c0, clause = _clause(sentence, a, b)
    later = [(m.start() - c0, m.end() - c0 + 40) for m in _SUPERLATIVE_RE.finditer(sentence) if m.start() >= b]
    t = _other_time(clause, frame, a - c0, b - c0, skip=later)
    if t:
        return "other", f"another time: {t}"
    d = _later_day(clause, frame, a - c0, b - c0, published) if outcome == "killed" and group != "militants" else ""
    if d:
        return "other", f"another day: {d}"
    if outcome not in lex.PLACE_FREE_OUTCOMES:
        p0, hi = c0, c0 + len(clause)
        where = [m for m in _WHERE_RE.finditer(sentence, 0, c0 + 1)]
        if where:  # "at a cafe in Holmgate, where, officers said, a man held three hostages": the place before
            p0 = _clause(sentence, where[-1].start(), where[-1].start() + 1)[0]
        p = _other_place(sentence[p0:hi], frame, a - p0, b - p0)
        if p:
            return "other", f"another place: {p}"
    if context and not _names_event_place(sentence, frame):
        reason = _context_reason(context, frame)
        if reason:
            return "other", f"paragraph: {reason}"
    return "event", ""


def _context_reason(context: str, frame: EventFrame) -> str:
    m = _OTHER_EVENT_RE.search(context) or _COMPARISON_RE.search(context)
    if m:
        return f"another event: {m.group().strip()}"
    m = _GENERIC_RE.search(context)
    if m:
        return f"general statistic: {m.group().strip()}"
    t = _other_time(context, frame)
    if t:
        return f"another time: {t}"
    return ""
