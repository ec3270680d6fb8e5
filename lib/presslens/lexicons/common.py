"""Word lists for parsing and tokenising news text (English).

Everything here is data: no code runs on import beyond building frozensets and
compiled patterns. Lists are general (news style), never tuned to one article.
"""

from __future__ import annotations

import re

# --- Sentence splitting -------------------------------------------------------------------
#: Abbreviations after which a period does not end a sentence (Punkt ``abbrev_types``:
#: lower case, without the final period; inner periods kept, as Punkt expects).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs dr prof sr jr st mt ft rev fr hon gov sen rep reps pres supt insp
    gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig lt.col lt.gen maj.gen brig.gen
    no nos vol vols p pp fig figs ed eds est approx dept univ assn corp inc ltd co bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n u.s.a e.u u.a.e a.m p.m i.e e.g etc vs v al cf ca
    ave blvd rd hwy ky la md mass mich minn miss mo mont nev okla ore pa tenn tex va vt wash wis wyo
    ala ariz ark calif colo conn del fla ga ill ind kan kans neb
    """.split()
)

# --- Words ---------------------------------------------------------------------------------
#: Our own English stopword list (function words only; content words such as "killed",
#: "said" or "security" are kept). Lower case.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but nor so yet if then else than that this these those there here
    of in on at by for with about against between into through during before after above below
    to from up down out off over under again further once upon within without along across
    behind beyond toward towards among amongst around via per onto
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves
    what which who whom whose when where why how all any both each few more most other some such
    only own same too very s t can will just don should now d ll m o re ve y
    is am are was were be been being have has had having do does did doing would could shall
    might must may also as not no yes ever even still already
    's n't 'm 're 've 'll 'd
    """.split()
)

#: Cardinal number words and their values.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
}

#: Month names and abbreviations → month number.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# --- Article structure -------------------------------------------------------------------
#: Words that mark a line as naming a news organisation ("X Media Network - Place").
OUTLET_WORDS: frozenset[str] = frozenset(
    """
    news media network times post press agency herald tribune journal gazette daily weekly
    telegraph guardian chronicle express observer reuters afp ap bbc cnn tv television radio
    broadcasting wire dispatch standard independent report monitor review bulletin
    """.split()
)

#: Heading text (lower case, punctuation stripped) → section label.
SECTION_HEADINGS: dict[str, str] = {
    "key points": "key_points", "key takeaways": "key_points", "takeaways": "key_points",
    "highlights": "key_points", "at a glance": "key_points", "in brief": "key_points",
    "summary": "key_points", "what we know": "key_points", "the big picture": "key_points",
    "context": "context", "background": "context", "context and next steps": "context",
    "what happened": "context", "why it matters": "context", "analysis": "analysis",
    "risks": "risks", "risk": "risks", "what s at stake": "risks", "what is at stake": "risks",
    "outlook": "outlook", "what s next": "outlook", "what next": "outlook",
    "next steps": "outlook", "what comes next": "outlook", "timeline": "timeline",
    "reaction": "reaction", "reactions": "reaction", "casualties": "casualties",
}

#: Headings that open a block of links or promotion: everything under them is boilerplate.
LINK_LIST_HEADING = re.compile(
    r"^(more from\b.*|more (on|about) (this|that) (story|topic)|more (on|about) (the|this|our) .{2,60}|related( (stories|articles|coverage|news|content|topics))?"
    r"|read (more|next|also)|also read|recommended( for you)?|most (read|popular|viewed)|trending( now)?"
    r"|you (may|might) also like|top stories|latest (news|stories)|editor'?s picks|don'?t miss"
    r"|popular (stories|now)|more stories|further reading|see also)\s*:?$",
    re.IGNORECASE,
)

#: Lines that are boilerplate wherever they stand, with the reason reported for each.
BOILERPLATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("photo gallery caption", re.compile(r"^\s*\d+\s+of\s+\d+\s+(photos?|images?|pictures?|slides?)\b", re.I)),
    ("image credit", re.compile(r"^\s*(image|photo|picture)( credit| caption)?\s*:|^\s*\(?(photo|image)s?:\s", re.I)),
    ("share/subscribe line", re.compile(
        r"^\s*(share( this( article| story)?)?( on)?( facebook| twitter| whatsapp| email| linkedin)?"
        r"|subscribe( now| to( our)? newsletter)?|sign up( for)?( our)? (newsletter|free)|follow us( on)?"
        r"|click here|advertisement|sponsored( content)?|print( this)?( article)?|email this|comments?"
        r"|download (our|the) app|get the latest|join our (channel|community)|listen to (this|the) (article|story))\b.{0,80}$",
        re.I)),
    ("copyright line", re.compile(r"^\s*(copyright|©|\(c\))\s|all rights reserved", re.I)),
    ("reading-time line", re.compile(r"^\s*\d+\s*(min|minute)s?\s+read\s*$", re.I)),
)

#: Bullet markers at the start of a line.
BULLET = re.compile(r"^[ \t]*([•·▪▫◦‣⁃●○■□\-–—*]|\d{1,2}[.)])[ \t]+")
