"""Word lists for casualty claims: outcomes, groups, quantity words, qualifiers, cues.

Used by :mod:`presslens.casualties`. Everything is data (lower-case forms; multi-word
entries are tuples of tokens as :data:`presslens.corpus.tokenize.WORD_RE` splits them). The lists
are general news English, never tuned to one article.

Outcomes: ``killed``, ``injured``, ``captured`` (kidnapped, taken hostage), ``arrested``,
``missing`` and ``casualties`` (dead or hurt, not told apart).

Groups: ``civilians``, ``security`` (police, soldiers, guards, agents), ``militants``
(attackers, insurgents, suspects), ``people`` (unspecified or mixed) and ``other``
(first responders, firefighters).
"""

from __future__ import annotations

# --- Outcome words ---------------------------------------------------------------------------
#: Words that state an outcome when they follow the people counted ("17 people were
#: *killed*", "four others *wounded*", "left 50 people *dead*"). Form → outcome.
PASSIVE_OUTCOMES: dict[str, str] = {
    **{w: "killed" for w in (
        "killed", "dead", "died", "die", "dies", "slain", "murdered", "executed", "massacred", "beheaded",
        "perished", "assassinated", "lynched", "martyred", "eliminated", "neutralised", "neutralized",
        "electrocuted", "burned", "drowned", "slaughtered", "butchered", "deceased")},
    **{w: "injured" for w in (
        "injured", "wounded", "hurt", "harmed", "hospitalized", "hospitalised", "maimed", "ill",
        "sickened", "infected", "contracted")},
    **{w: "captured" for w in (
        "captured", "abducted", "kidnapped", "kidnaped", "seized")},
    **{w: "arrested" for w in (
        "arrested", "detained", "apprehended", "nabbed", "jailed", "remanded", "handcuffed", "surrendered")},
    **{w: "missing" for w in ("missing", "unaccounted")},
}
#: Of those, words that are only outcomes after "were/was ..." or right after the people
#: counted, and too ambiguous otherwise (kept out of the active-verb list).
WEAK_PASSIVE: frozenset[str] = frozenset({
    "burned", "drowned", "ill", "sickened", "infected", "seized", "eliminated", "neutralised", "neutralized",
    "jailed", "executed", "electrocuted", "contracted", "remanded", "handcuffed"})
#: Outcome words that state the outcome of their subject only, never of an object ("the
#: suspect surrendered"; not "surrendered their weapons").
SUBJECT_ONLY: frozenset[str] = frozenset({"surrendered", "died", "perished", "deceased", "die", "dies"})

#: Multi-word outcome phrases that follow the people counted ("lost their lives").
PASSIVE_PHRASES: dict[tuple[str, ...], str] = {
    ("lost", "their", "lives"): "killed",
    ("lost", "his", "life"): "killed",
    ("lost", "her", "life"): "killed",
    ("were", "fatalities"): "killed",
    ("shot", "dead"): "killed",
    ("gunned", "down"): "killed",
    ("shot", "to", "death"): "killed",
    ("stabbed", "to", "death"): "killed",
    ("beaten", "to", "death"): "killed",
    ("burned", "to", "death"): "killed",
    ("burnt", "to", "death"): "killed",
    ("hacked", "to", "death"): "killed",
    ("succumbed", "to", "their", "injuries"): "killed",
    ("succumbed", "to", "his", "injuries"): "killed",
    ("succumbed", "to", "her", "injuries"): "killed",
    ("succumbed", "to", "their", "wounds"): "killed",
    ("succumbed", "to", "his", "wounds"): "killed",
    ("suffered", "injuries"): "injured",
    ("suffered", "minor", "injuries"): "injured",
    ("suffered", "serious", "injuries"): "injured",
    ("suffered", "severe", "injuries"): "injured",
    ("suffered", "wounds"): "injured",
    ("sustained", "injuries"): "injured",
    ("sustained", "minor", "injuries"): "injured",
    ("sustained", "serious", "injuries"): "injured",
    ("sustained", "wounds"): "injured",
    ("received", "injuries"): "injured",
    ("were", "treated"): "injured",
    ("taken", "hostage"): "captured",
    ("held", "hostage"): "captured",
    ("taken", "captive"): "captured",
    ("held", "captive"): "captured",
    ("taken", "into", "custody"): "arrested",
    ("taken", "into", "police", "custody"): "arrested",
    ("taken", "into", "federal", "custody"): "arrested",
    ("in", "custody"): "arrested",
    ("in", "police", "custody"): "arrested",
    ("in", "federal", "custody"): "arrested",
    ("turned", "himself", "in"): "arrested",
    ("turned", "herself", "in"): "arrested",
    ("turned", "themselves", "in"): "arrested",
    ("gave", "himself", "up"): "arrested",
    ("gave", "herself", "up"): "arrested",
    ("pronounced", "dead"): "killed",
    ("found", "dead"): "killed",
    ("confirmed", "dead"): "killed",
    ("mowed", "down"): "killed",
    ("cut", "down"): "killed",
    ("lost", "their", "life"): "killed",
    ("took", "his", "own", "life"): "killed",
    ("took", "her", "own", "life"): "killed",
    ("took", "their", "own", "lives"): "killed",
    ("take", "his", "own", "life"): "killed",
    ("take", "her", "own", "life"): "killed",
    ("taking", "his", "own", "life"): "killed",
    ("killed", "himself"): "killed",
    ("killed", "herself"): "killed",
    ("shot", "himself"): "killed",
    ("shot", "herself"): "killed",
    ("died", "of", "a", "self-inflicted"): "killed",
    ("released", "from", "hospital"): "injured",
    ("released", "from", "the", "hospital"): "injured",
    ("admitted", "to", "hospital"): "injured",
    ("admitted", "to", "the", "hospital"): "injured",
    ("admitted", "to", "hospitals"): "injured",
    ("in", "critical", "care"): "injured",
    ("in", "intensive", "care"): "injured",
    ("in", "surgery"): "injured",
    ("rounded", "up"): "arrested",
    ("reported", "missing"): "missing",
}

#: Verbs that take the people counted as their object ("killing 13", "injured four
#: others", "arrested three suspects"). Form → outcome.
ACTIVE_OUTCOMES: dict[str, str] = {
    **{w: "killed" for w in (
        "killed", "killing", "kills", "kill", "slew", "slays", "slaying", "murdered", "murdering", "murders",
        "massacred", "massacring", "assassinated", "executed", "executing", "beheaded", "claimed", "lost",
        "losing", "slaughtered", "slaughtering", "butchered", "massacre", "slaughter", "murder", "assassinate")},
    **{w: "injured" for w in (
        "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "wound", "hurt", "hurting",
        "hurts", "harmed", "harming", "maimed", "maiming", "hospitalized", "hospitalised", "sickened", "treating",
        "treated")},
    **{w: "captured" for w in (
        "captured", "capturing", "captures", "capture", "abducted", "abducting", "abducts", "abduct", "kidnapped",
        "kidnapping", "kidnaps", "kidnap", "took", "taking", "takes", "held", "holding", "holds", "seized", "seizing")},
    **{w: "arrested" for w in (
        "arrested", "arresting", "arrests", "arrest", "detained", "detaining", "detains", "detain", "apprehended",
        "apprehending", "nabbed", "nabbing", "rounded")},
}
#: Active verbs that need a captured-marker after the people ("took three hostages",
#: "held 30 people hostage"): without "hostage(s)/captive" they are not outcomes.
NEEDS_HOSTAGE: frozenset[str] = frozenset({"took", "taking", "takes", "held", "holding", "holds"})
#: "claimed" is an outcome verb only before "the lives of": listed here.
NEEDS_LIVES: frozenset[str] = frozenset({"claimed", "claiming", "claims", "claim"})

#: Nouns followed by "of" + the people counted ("the death of two people", "the wounding
#: of seven", "the arrest of three men"). Form → outcome.
OF_OUTCOMES: dict[str, str] = {
    **{w: "killed" for w in ("death", "deaths", "killing", "killings", "murder", "murders", "lives", "bodies",
                             "massacre", "massacres", "slaughter", "slaying", "slayings", "assassination",
                             "assassinations", "execution", "executions", "beheading", "beheadings")},
    **{w: "injured" for w in ("wounding", "injuring", "injury")},
    **{w: "captured" for w in ("abduction", "abductions", "kidnapping", "kidnappings", "capture")},
    **{w: "arrested" for w in ("arrest", "arrests", "detention")},
}

#: Nouns that are themselves the people counted with their outcome ("seven injuries",
#: "2 deaths", "30 hostages", "no casualties"). Form → outcome.
OUTCOME_NOUNS: dict[str, str] = {
    **{w: "killed" for w in ("deaths", "death", "dead", "fatalities", "fatality", "bodies")},
    **{w: "injured" for w in ("injuries", "injury", "injured", "wounded", "wounds")},
    **{w: "casualties" for w in ("casualties", "casualty", "causalities", "causality")},
    **{w: "captured" for w in ("hostages", "captives", "abductees", "hostage", "captive")},
    **{w: "arrested" for w in ("arrests", "arrest", "detainees", "detentions")},
}
#: Of those, the ones that can stand after "no" in a zero claim ("no injuries").
ZERO_NOUNS: dict[str, str] = {
    k: v for k, v in OUTCOME_NOUNS.items()
    if k in {"deaths", "death", "fatalities", "fatality", "injuries", "injury", "casualties", "casualty",
             "causalities", "causality", "arrests", "arrest", "dead", "injured", "wounded"}}

#: Words that may stand between the people counted and the outcome word ("were
#: reportedly killed", "have also been wounded", "were critically injured").
LINK_WORDS: frozenset[str] = frozenset(
    """
    was were is are be been being have has had got get gets getting remain remains remained still
    reportedly reported allegedly also later all both each subsequently eventually initially
    critically seriously severely slightly mortally badly gravely lightly moderately apparently
    presently currently reported tragically became become becomes becoming
    believed said thought feared confirmed found left now then since already among
    to only just either presumably likely possibly officially more
    """.split()
)
#: Multi-word verbs that take the people counted as their object ("gunned down 20 children").
ACTIVE_PHRASES: dict[tuple[str, ...], str] = {
    ("gunned", "down"): "killed", ("gunning", "down"): "killed", ("gun", "down"): "killed", ("guns", "down"): "killed",
    ("mowed", "down"): "killed",
    ("mowing", "down"): "killed", ("shot", "dead"): "killed", ("cut", "down"): "killed",
    ("took", "the", "lives", "of"): "killed", ("taking", "the", "lives", "of"): "killed",
    ("claimed", "the", "lives", "of"): "killed", ("claiming", "the", "lives", "of"): "killed",
    ("took", "lives", "of"): "killed", ("cost", "the", "lives", "of"): "killed",
    ("killing", "and", "injuring"): "casualties", ("killing", "and", "wounding"): "casualties",
    ("killed", "and", "injured"): "casualties", ("killed", "and", "wounded"): "casualties",
    ("killed", "or", "injured"): "casualties", ("killed", "or", "wounded"): "casualties",
}
#: Verbs that state an injury with a hospital after them ("admitted to Harlow General Hospital
#: Center", "recovering at St Mary's Hospital").
HOSPITAL_VERBS: frozenset[str] = frozenset({"admitted", "recovering", "hospitalized", "hospitalised", "airlifted",
                                            "rushed", "taken", "transported"})
#: Words naming a hospital.
HOSPITAL_WORDS: frozenset[str] = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary", "trauma"})
#: Participles before a noun of people that state its outcome ("the slain officers", "an
#: injured student", "the now-deceased gunman").
NOMINAL_PARTICIPLES: frozenset[str] = frozenset(
    "slain killed dead murdered deceased injured wounded hurt hospitalized hospitalised kidnapped abducted "
    "detained arrested jailed missing".split())
#: Words after a noun of people that do not make it a modifier ("five children aged 6",
#: "two officers each").
NOUN_AFTER_PEOPLE_OK: frozenset[str] = frozenset("aged ages age each apiece respectively alike".split())
#: Verbs before "N lives" that make them deaths ("took 17 lives").
LIVES_VERBS: frozenset[str] = frozenset({"took", "taken", "taking", "takes", "claimed", "claiming", "claims",
                                         "cost", "costing", "costs", "ended", "ending", "lost"})
#: Nouns of a criminal charge that count the people killed ("charged with 9 counts of murder").
MURDER_COUNT_NOUNS: frozenset[str] = frozenset({"murder", "murders", "murdering", "homicide", "manslaughter"})
#: Verbs of harm that count as an injury when no outcome word goes with them ("two people were
#: shot", "shot two officers"; "shot and killed" is a death, "shot at" no harm).
INJURY_HARM_VERBS: frozenset[str] = frozenset({"shot", "shooting", "shoots", "stabbed", "stabbing", "stabs"})
#: Words after a passive "shot" / "stabbed" saying the person lived ("shot in the leg", "was
#: stabbed and taken to hospital"): without one, "was shot" states no outcome (the person may
#: have died: "the caretaker, who was shot as he fled").
WOUND_CUES: frozenset[str] = frozenset(
    """leg legs arm arms shoulder shoulders hand hands foot feet back stomach abdomen hip hips knee knees thigh
    thighs buttocks ankle wrist elbow neck face jaw side chest torso wounded survived survive surviving
    hospital hospitalized hospitalised treated treatment condition recovering recover nonfatal non-fatal
    critical stable serious injuries injury wounds wound""".split())
#: Verbs of a result before a count ("an ambush that left 9 guards shot"): "shot" after
#: them counts the killed and the wounded together, not an injury.
RESULT_VERBS: frozenset[str] = frozenset({"left", "leaving", "leaves", "leave"})
#: Most tokens after "shot" / "stabbed" read for a :data:`WOUND_CUES` word.
WOUND_REACH: int = 12
#: Words after the people counted that state an injury with a noun ("suffered minor injuries",
#: "sustained gunshot wounds", "were treated for wounds"): verbs, then up to a few modifiers,
#: then one of :data:`INJURY_NOUNS`.
INJURY_VERBS: frozenset[str] = frozenset(
    """suffered suffering suffers sustained sustaining sustains received receiving treated recovering recover
    recovers recovered""".split())
#: Nouns of bodily harm ("injuries", "gunshot wounds", "burns").
INJURY_NOUNS: frozenset[str] = frozenset({"injuries", "injury", "wounds", "wound", "burns", "fractures"})
#: Words before "N wounds" that make them one person's wounds ("had multiple gunshot wounds",
#: "with three stab wounds"), not a count of people hurt.
WOUND_OWNER_WORDS: frozenset[str] = frozenset({"with", "had", "has", "have", "suffered", "sustained", "received",
                                                "suffering", "sustaining"})
#: Words of bodily harm after "treated for" ("treated for a broken arm", "for smoke inhalation").
BODILY_HARM_WORDS: frozenset[str] = frozenset(
    "broken fractured cuts bruises burns shock inhalation gunshot stab shrapnel lacerations trauma".split())
#: Most modifier tokens between an injury verb and its noun ("suffered serious but
#: non-life-threatening injuries").
MAX_INJURY_MODIFIERS = 6
#: Words of a condition in hospital that state an injury ("remain in critical condition").
CONDITION_WORDS: frozenset[str] = frozenset(
    "critical serious stable fair grave good satisfactory guarded poor life-threatening".split())
#: Words that make the following injury word a death ("fatally wounded").
FATAL_WORDS: frozenset[str] = frozenset({"fatally", "mortally"})
#: Verbs of harm that may come before the outcome word ("shot and killed", "stabbed and
#: injured"); alone they state no outcome.
HARM_VERBS: frozenset[str] = frozenset(
    """shot stabbed beaten struck hit attacked assaulted burned burnt run hacked tortured gunned
    targeted trapped crushed poisoned bludgeoned caught located found""".split()
)

# --- Negation, threats and hypotheticals -----------------------------------------------------
#: Words before "to" that make the verb after it an intent, not an outcome ("threatened to
#: kill", "plans to kill"); "managed to kill" and "used a rifle to kill" are outcomes.
INTENT_BEFORE_TO: frozenset[str] = frozenset(
    """
    threatened threatening threatens threaten threat threats vowed vowing vows vow planned planning plans plan
    plot plots plotted plotting attempted attempting attempt attempts tried trying try tries intended intending
    intend intends intent intention aimed aiming aim aims wanted wanting want wants sought seeking seek seeks
    conspired conspiring conspiracy bid hoped hoping hope hopes going about ready prepared preparing order
    urged urging called calling calls pledged pledging promised promising wished wishing wish desire desired
    meant designed unable failed failing fail refused refusing decline declined plotters
    expected likely set poised
    """.split()
)
#: Words that block an outcome verb within a few tokens before it: modals and negation
#: ("could have killed", "did not injure").
MODAL_BEFORE: frozenset[str] = frozenset(
    "not never n't would could might may can will shall should must cannot if".split())
#: Words that negate the outcome when they appear between the people and the outcome
#: ("were not injured").
NEGATION_WORDS: frozenset[str] = frozenset({"not", "never", "n't", "neither", "nor"})

# --- Quantities ------------------------------------------------------------------------------
#: Phrases before a number and the bound they set. ``at_least``: low = N; ``more_than``:
#: low = N + 1; ``at_most``: high = N; ``less_than``: high = N - 1; ``approximate``:
#: low = high = N with an approximate qualifier; ``exact``: no change ("a total of").
QUANTITY_MODIFIERS: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("a", "least"): "at_least",  # a common typing slip of "at least" ("A least 7 miners died in the blast"); no other reading
    ("a", "minimum", "of"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("upwards", "of"): "more_than",
    ("upward", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("well", "over"): "more_than",
    ("above",): "more_than",
    ("nearly",): "at_most",
    ("almost",): "at_most",
    ("close", "to"): "at_most",
    ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("just", "under"): "less_than",
    ("fewer", "than"): "less_than",
    ("less", "than"): "less_than",
    ("under",): "less_than",
    ("about",): "approximate",
    ("around",): "approximate",
    ("approximately",): "approximate",
    ("approx",): "approximate",
    ("roughly",): "approximate",
    ("some",): "approximate",
    ("an", "estimated"): "approximate",
    ("estimated",): "approximate",
    ("reportedly",): "exact",
    ("a", "total", "of"): "exact",
    ("a", "further"): "exact",
    ("an", "additional"): "exact",
    ("additional",): "exact",
    ("another",): "exact",
    ("all",): "exact",
    ("all", "of", "the"): "exact",
    ("the",): "exact",
    ("the", "other"): "exact",
    ("the", "last"): "exact",
    ("the", "first"): "exact",
    ("the", "remaining"): "exact",
    ("the", "other", "remaining"): "exact",
    ("these",): "exact",
    ("those",): "exact",
    ("its",): "exact",
    ("their",): "exact",
    ("his",): "exact",
    ("her",): "exact",
}

#: Quantity words and the lower bound they stand for (the shared benchmark's convention):
#: "a few" ≥ 2, "several" ≥ 3, "dozens" ≥ 24, "scores" ≥ 40, "hundreds" ≥ 200,
#: "thousands" ≥ 2000. ``None``: a count with no bound ("an unknown number").
VAGUE_QUANTITIES: dict[tuple[str, ...], int | None] = {
    ("a", "few"): 2,
    ("a", "couple", "of"): 2,
    ("a", "handful", "of"): 2,
    ("multiple",): 2,
    ("numerous",): 3,
    ("several",): 3,
    ("a", "number", "of"): None,
    ("an", "unknown", "number", "of"): None,
    ("an", "undisclosed", "number", "of"): None,
    ("an", "unspecified", "number", "of"): None,
    ("an", "unconfirmed", "number", "of"): None,
    ("a", "large", "number", "of"): None,
    ("a", "small", "number", "of"): None,
    ("many",): None,
    ("dozens",): 24,
    ("several", "dozen"): 36,
    ("a", "few", "dozen"): 24,
    ("scores",): 40,
    ("hundreds",): 200,
    ("several", "hundred"): 300,
    ("a", "few", "hundred"): 200,
    ("thousands",): 2000,
    ("several", "thousand"): 3000,
    ("tens", "of", "thousands"): 20000,
    ("hundreds", "of", "thousands"): 200000,
}
#: Exact counts written as words that are not in ``NUMBER_WORDS``.
COUNT_WORDS: dict[tuple[str, ...], int] = {
    ("a", "dozen"): 12,
    ("half", "a", "dozen"): 6,
    ("both",): 2,
    ("a", "pair", "of"): 2,
    ("a", "couple"): 2,
}
#: Multipliers after a number ("1.5 million", "two hundred").
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}

#: Words that start a zero count ("no one was hurt", "nobody", "none of the passengers").
ZERO_WORDS: dict[tuple[str, ...], str] = {
    ("no", "one"): "no one",
    ("no", "other", "one"): "no one",
    ("nobody",): "nobody",
    ("none",): "none",
    ("not", "a", "single"): "not a single",
    ("not", "one"): "not one",
    ("no",): "no",
}
#: Words allowed between "no" and an outcome noun ("no reported casualties", "no reports
#: of injuries", "no damage or injuries").
ZERO_FILLERS: frozenset[str] = frozenset(
    """
    other reported known immediate immediately further additional serious major significant
    confirmed apparent human civilian fatal reports report word indication sign of or nor and
    property damage damages structural material physical severe life-threatening
    """.split()
)
#: Phrases that make the next outcome noun a zero claim ("did not cause any casualties",
#: "without injuries", "preventing any casualties").
ZERO_VERB_CUES: frozenset[tuple[str, ...]] = frozenset({
    ("not", "cause", "any"), ("not", "result", "in", "any"), ("failed", "to", "cause", "any"),
    ("without", "any"), ("without",), ("without", "causing", "any"), ("without", "causing"),
    ("preventing", "any"), ("prevented", "any"), ("avoiding", "any"), ("n't", "cause", "any"),
    ("not", "any"), ("no", "reports", "of"), ("no", "report", "of"), ("not", "cause"),
    ("failing", "to", "cause", "any"),
})
#: Words that say people came to no harm ("freed unharmed") → a zero injured claim.
UNHARMED_WORDS: frozenset[str] = frozenset({"unharmed", "unhurt", "uninjured", "unscathed"})
#: Words of a release: "three hostages were freed" is their release, not a new capture.
RELEASE_WORDS: frozenset[str] = frozenset({"freed", "released", "rescued", "escaped", "liberated"})
#: Nouns of a release before a count of hostages ("the rescue of 30 hostages", "the
#: release of two captives"): the figure is of people set free, not a capture. A verb ("police
#: rescued 30 hostages") still states that 30 were held.
RELEASE_BEFORE: frozenset[str] = frozenset({"freeing", "release", "rescue", "liberation", "evacuation"})
#: Nouns that repeat a figure of the text without an outcome ("the 22 victims", "funerals
#: for the 26 victims"): see :func:`presslens.casualties.extract.claims_in_sentences`.
ECHO_NOUNS: frozenset[str] = frozenset({"victims", "dead", "casualties", "fatalities"})

# --- Groups ----------------------------------------------------------------------------------
#: Nouns naming people (singular and plural) → group.
GROUP_NOUNS: dict[str, str] = {
    **{w: "security" for w in (
        "soldier", "soldiers", "troop", "troops", "trooper", "troopers", "policeman", "policemen",
        "policewoman", "policewomen", "police", "officer", "officers", "guard", "guards", "guardsman",
        "guardsmen", "personnel", "serviceman", "servicemen", "servicemember", "servicemembers", "marine",
        "marines", "sailor", "sailors", "airman", "airmen", "paratrooper", "paratroopers", "commando",
        "commandos", "agent", "agents", "deputy", "deputies", "sheriff", "constable", "constables",
        "gendarme", "gendarmes", "paramilitary", "paramilitaries", "cop", "cops", "ranger", "rangers",
        "jawan", "jawans", "sergeant", "sergeants", "lieutenant", "captain", "corporal", "private", "colonel",
        "major", "general", "patrolman", "patrolmen", "recruiter", "recruiters", "cadet", "cadets",
        "militiaman", "militiamen", "peacekeeper", "peacekeepers", "bodyguard", "bodyguards", "warden",
        "wardens", "detective", "detectives", "forces", "servicewoman", "servicewomen")},
    **{w: "civilians" for w in (
        "civilian", "civilians", "passenger", "passengers", "resident", "residents", "villager", "villagers",
        "worker", "workers", "employee", "employees", "student", "students", "child", "children", "kid",
        "kids", "boy", "boys", "girl", "girls", "woman", "women", "tourist", "tourists", "pilgrim", "pilgrims",
        "worshipper", "worshippers", "worshiper", "worshipers", "shopper", "shoppers", "bystander",
        "bystanders", "pedestrian", "pedestrians", "spectator", "spectators", "journalist", "journalists",
        "reporter", "reporters", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "patient",
        "patients", "farmer", "farmers", "labourer", "labourers", "laborer", "laborers", "miner", "miners",
        "driver", "drivers", "citizen", "citizens", "national", "nationals", "visitor", "visitors", "customer",
        "customers", "clerk", "clerks", "crew", "staff", "staffer", "staffers", "roommate", "roommates",
        "neighbor", "neighbors", "neighbour", "neighbours", "family", "families", "relative", "relatives",
        "infant", "infants", "toddler", "toddlers", "baby", "babies", "teenager", "teenagers", "teen", "teens",
        "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "refugee",
        "refugees", "migrant", "migrants", "diplomat", "diplomats", "politician", "politicians", "lawmaker",
        "lawmakers", "mayor", "judge", "judges", "lawyer", "lawyers", "engineer", "engineers", "contractor",
        "contractors", "mourner", "mourners", "guest", "guests", "fan", "fans", "attendee", "attendees",
        "churchgoer", "churchgoers", "parishioner", "parishioners", "congregant", "congregants", "shopkeeper",
        "shopkeepers", "vendor", "vendors", "trader", "traders", "owner", "owners", "husband", "wife", "son",
        "daughter", "mother", "father", "sister", "brother", "daughters", "sons", "mothers", "fathers",
        "clergyman", "priest", "priests", "imam", "imams", "monk", "monks", "nun", "nuns", "rabbi",
        "fisherman", "fishermen", "herder", "herders", "non-combatants", "noncombatants", "pupil", "pupils",
        "schoolchildren", "schoolgirls", "schoolboys", "athlete", "athletes", "runner", "runners", "physician",
        "physicians", "pharmacist", "receptionist", "cashier", "janitor", "motorist", "motorists", "commuter",
        "commuters", "aide", "aides", "volunteer", "volunteers", "campers", "residents", "elderly", "adult", "adults",
        "minors", "minor", "dancers", "revelers", "revellers", "concertgoers", "partygoers", "carriers",
        "carrier", "landlord", "tenant", "tenants", "homeowner", "homeowners", "missionary",
        "missionaries", "seafarer", "seafarers", "crewmen", "crewman", "crewmembers", "monks",
        "villagers", "hikers", "climbers", "aid-workers", "peasants", "truckers", "shepherds", "herdsmen",
        "herdsman", "christians", "muslims", "hindus", "sikhs", "jews", "hazaras", "yazidis", "rohingya",
        "brothers", "sisters", "siblings", "cousins", "nephew", "nephews", "niece", "nieces", "uncle", "aunt",
        "grandmother", "grandfather", "grandparents", "parents", "parent", "spouse", "spouses", "friend", "friends",
        "classmate", "classmates", "colleague", "colleagues", "coworkers", "co-workers", "educator", "educators",
        "cartoonist", "cartoonists", "editor", "editors", "columnist", "columnists", "photographer",
        "photographers", "cleric", "clerics", "recruit", "recruits", "diner", "diners", "foreigner", "foreigners",
        "expatriates", "expats", "asylum-seekers", "seekers", "immigrant", "immigrants", "first-graders",
        "graders", "kindergartners", "infants", "newborn", "pastor", "pastors", "preacher", "congregation",
        "singer", "musician", "musicians", "artist", "artists", "actor", "actors", "cyclist", "cyclists",
        "jogger", "joggers", "tourist", "students", "learners", "professor", "professors", "lecturer",
        "psychologist", "counselor", "counsellor", "principal", "coach", "coaches", "janitors", "custodian",
        "waiter", "waitress", "bartender", "chef", "cook", "security-guard", "firefighter", "bystander",
        "homeless", "sweeper", "cleaner", "cleaners", "pensioner", "pensioners", "retiree", "retirees",
        "veteran", "veterans", "dentist", "dentists", "pharmacists", "surgeon", "surgeons", "medics")},
    **{w: "militants" for w in (
        "militant", "militants", "insurgent", "insurgents", "terrorist", "terrorists", "attacker", "attackers",
        "assailant", "assailants", "gunman", "gunmen", "bomber", "bombers", "hijacker", "hijackers",
        "perpetrator", "perpetrators", "shooter", "shooters", "suspect", "suspects", "rebel", "rebels",
        "fighter", "fighters", "jihadist", "jihadists", "jihadi", "jihadis", "extremist", "extremists",
        "separatist", "separatists", "guerrilla", "guerrillas", "guerilla", "guerillas", "combatant",
        "combatants", "kidnapper", "kidnappers", "abductor", "abductors", "raider", "raiders", "miscreant",
        "miscreants", "operative", "operatives", "cadre", "cadres", "arsonist", "arsonists",
        "infiltrator", "infiltrators", "intruder", "intruders", "culprit", "culprits", "offender", "offenders",
        "mujahideen", "taliban", "pirates", "pirate", "bandit", "bandits", "outlaws", "gangsters", "gangster",
        "smuggler", "smugglers", "ringleader", "ringleaders", "accomplice", "accomplices", "conspirator",
        "conspirators", "jihadis", "hardliners", "plotter", "plotters", "stabber", "killer", "killers")},
    **{w: "people" for w in (
        "people", "persons", "person", "individual", "individuals", "others", "other", "victim", "victims",
        "man", "men", "someone", "human", "humans", "member", "members", "youth", "youths",
        "inmate", "inmates", "prisoner", "prisoners", "occupant", "occupants", "survivor", "survivors",
        "hostage", "hostages", "captive", "captives", "leader", "leaders", "activist", "activists",
        "official", "officials", "everyone", "lives", "souls", "bodies", "occupants")},
    **{w: "other" for w in (
        "firefighter", "firefighters", "fireman", "firemen", "paramedic", "paramedics", "responder", "responders",
        "rescuer", "rescuers", "medic", "medics", "emt", "emts")},
}
#: Heads whose group depends on the words before them ("security personnel", "gang
#: members", "government officials"); the head's own group above is the default.
AMBIGUOUS_HEADS: frozenset[str] = frozenset(
    """personnel members member officials official staff workers worker men man people persons officers
    officer leaders leader commanders commander forces employees employee agents agent crew guards guard
    individuals youths youth volunteers volunteer""".split()
)
#: Modifiers that set the group of an ambiguous head (and of any head when more specific).
GROUP_MODIFIERS: dict[str, str] = {
    **{w: "security" for w in (
        "security", "police", "military", "army", "law", "enforcement", "paramilitary", "naval", "navy",
        "border", "defence", "defense", "frontier", "coast", "national", "armed", "government", "pro-government",
        "tsa", "fbi", "federal", "state", "correctional", "prison", "intelligence", "counterterrorism",
        "counter-terrorism", "special", "militia", "nypd", "levies", "sheriff's", "fc")},
    **{w: "civilians" for w in (
        "civilian", "medical", "health", "aid", "humanitarian", "postal", "hospital", "school", "media",
        "construction", "factory", "bank", "hotel", "airline", "unarmed", "innocent", "local", "foreign",
        "chinese", "american", "british", "french", "indian", "pakistani", "afghan", "iraqi", "syrian",
        "family", "election", "polling", "un", "u.n.", "ngo", "relief", "company", "office", "utility",
        "mall", "store", "restaurant", "church", "mosque", "temple", "synagogue", "university", "college",
        "railway", "bus", "train", "mining", "oil", "gas", "telecom", "tribal", "shia", "sunni", "hindu",
        "muslim", "christian", "jewish", "sikh", "ahmadi", "hazara", "coptic", "yazidi")},
    **{w: "militants" for w in (
        "militant", "insurgent", "terrorist", "rebel", "separatist", "jihadist", "extremist", "gang", "cartel",
        "criminal", "enemy", "taliban", "isis", "is", "al-qaeda", "al-shabaab", "hamas", "hezbollah", "boko",
        "suicide", "armed-group", "supremacist", "anarchist", "guerrilla", "group's", "terror", "cell",
        "al-qaida", "daesh", "isil", "pkk", "bla", "ttp", "houthi", "maoist", "naxal", "naxalite")},
    **{w: "other" for w in ("rescue", "emergency", "fire", "first")},
}
#: Modifier words that are not group cues even though they are in the lists above when they
#: stand before a specific head ("national guard" is handled by the head).
SECURITY_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({
    ("law", "enforcement"), ("security", "forces"), ("armed", "forces"), ("national", "guard"),
    ("service", "members"), ("service", "member"),
    ("border", "guards"), ("border", "guard"), ("security", "guards"), ("security", "guard")})
#: Endings of nouns of people not in the lists ("cartoonists", "diners", "asylum-seekers"):
#: such a noun heads the people counted, group ``people``.
PERSON_SUFFIXES: tuple[str, ...] = (
    "ists", "ist", "ians", "ian", "ants", "ents", "ees", "men", "women", "man", "woman", "goers", "graders",
    "ers", "er", "ors", "or", "ites", "ics", "ans")
#: Words with those endings that do not name people.
NOT_PEOPLE_NOUNS: frozenset[str] = frozenset(
    """others numbers papers letters towers centers centres headquarters quarters matters orders waters powers
    rivers borders corners layers containers trailers computers posters flyers banners markers chambers
    offices documents incidents elements restaurants plants parliaments governments departments apartments
    comments statements moments segments amounts events points accounts reports weapons explosives devices
    vehicles buildings homes houses shops stores cars trucks buses trains planes aircraft shelters
    monitors sensors motors doors floors factors sectors meters metres kilometres kilometers liters litres
    dollars euros pounds rupees minutes hours seconds years months weeks days weather water paper letter
    tower center centre order matter power river border corner layer container trailer computer poster
    door floor factor sector meter number other manner banner marker chamber shelter monitor sensor motor
    plan ban scan van man-made german ottoman chairman spokesman spokeswoman congressman congresswoman
    statesman cameraman""".split())
#: Group nouns that are never counted on their own after a bare number (too often
#: something else: "the 2 police", "5 forces").
NOT_BARE_HEADS: frozenset[str] = frozenset({"police", "forces", "national", "private", "general", "major",
                                            "captain", "minor", "life", "body", "lives", "carrier", "crew"})
#: Pronouns after "of" that refer back to people already counted ("one of them").
BACK_REFERENCE: frozenset[str] = frozenset({"them", "those", "these", "whom", "which", "us"})
#: Reflexive pronouns counted as one person ("shot and killed himself"): the perpetrator.
REFLEXIVE: dict[str, str] = {"himself": "militants", "herself": "militants", "themselves": "militants"}
#: Words before a reflexive pronoun that make it a death by one's own hand ("shot himself",
#: "turned the gun on himself"), besides the verbs of killing.
SELF_HARM_BEFORE: frozenset[str] = frozenset({"shot", "shooting", "stabbed", "on"})
#: Weapons before "on himself" ("turned the gun on himself"; not "brought it on themselves").
WEAPON_WORDS: frozenset[str] = frozenset("gun guns weapon weapons rifle pistol handgun knife firearm".split())
#: Verbs before "his/her own life" ("took his own life").
TAKE_LIFE_VERBS: frozenset[str] = frozenset({"take", "took", "taking", "taken", "takes", "end", "ended", "ending"})
#: Plural endings of nationality nouns ("Americans", "Pakistanis", "Israelis") → civilians
#: when capitalised and standing as the head.
DEMONYM_ENDINGS: tuple[str, ...] = ("ans", "ians", "ese", "is", "ers", "ards", "ites")
#: Singular endings of nationality nouns ("a Briton", "a Pakistani", "a Canadian"), when
#: capitalised and last in the noun phrase.
DEMONYM_SINGULAR_ENDINGS: tuple[str, ...] = ("ian", "ean", "an", "ese", "i", "on", "er")
#: Head nouns of a figure that counts everyone of an outcome (the overall toll), for checks
#: of group figures against it: "12 people", "the 26 victims" ("six adults" is a subgroup).
OVERALL_NOUNS: frozenset[str] = frozenset(
    "people persons victims individuals lives casualties dead fatalities wounded injured others".split())
#: Groups an arrest makes: unspecified people who are arrested are suspects.
ARRESTED_PEOPLE_GROUP: str = "militants"

#: Nouns before a capitalised name that make it an organisation's ("the organization National
#: Alliance").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    "organization organisation group party movement network company firm agency outfit militia".split())
#: Capitalised words that are never the name of one person (parties, peoples, institutions).
NOT_PERSON_NAMES: frozenset[str] = frozenset(
    """democrats republicans conservatives liberals tories socialists communists nazis
    americans europeans westerners congress parliament senate pentagon kremlin
    god allah jesus""".split())

# --- Time qualifiers -------------------------------------------------------------------------
#: Weekday names.
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Relative time words ("yesterday", "overnight").
TIME_WORDS: tuple[str, ...] = (
    "yesterday", "today", "tonight", "overnight", "last night", "last week", "last month", "last year",
    "this week", "this month", "earlier this week", "earlier this month", "the previous day", "the next day",
    "the following day", "the day before", "so far", "this year", "since the start of the year")
#: Units of a duration ("over 40 hours", "in the past 24 hours").
DURATION_UNITS: tuple[str, ...] = ("hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year")
#: Time qualifiers naming one day (used to tell per-day parts from totals).
DAY_TIME_PREFIXES: tuple[str, ...] = ("on ",)

# --- Attribution -----------------------------------------------------------------------------
#: Speakers that stand for someone named earlier ("he", "the group"), resolved to the
#: last named speaker of the preceding sentences.
BACK_REFERRING_SPEAKERS: frozenset[str] = frozenset({
    "he", "she", "they", "it", "we", "the group", "the organisation", "the organization", "the outfit",
    "the militant group", "the militants", "the insurgents", "the rebels", "the official", "the officials",
    "the minister", "the spokesman", "the spokesperson", "the spokeswoman", "the statement", "the ministry",
    "the agency", "the army", "the military", "the movement", "the faction", "the network", "the force",
    "the chief minister", "the governor", "the police chief", "the source", "the sources", "the report",
    "the militant outfit", "the banned group", "the separatist group", "the terror group", "the terrorist group",
    "the insurgent group", "the rebel group", "the jihadist group", "the armed group"})
#: Speakers that never need resolving even with a definite article.
SELF_STANDING_SPEAKERS: frozenset[str] = frozenset({"the military", "the army", "the police"})
#: Reporting verbs that attribute a casualty figure (a subset of
#: :data:`presslens.lexicons.speech.REPORTING_VERBS`, plus a few).
ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    """
    said says say saying told tells stated states stating reported reports reporting announced announces
    announcing adding noting insisting
    claimed claims claim claiming confirmed confirms confirming estimated estimates added adds
    alleged alleges alleging put puts insisted insists noted notes wrote writes tweeted posted
    acknowledged admitted denied denies disputed cited quoted counted recorded listed
    """.split()
)
#: Multi-word cues that put the speaker after them ("according to the military").
SPEAKER_AFTER_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"), ("as", "reported", "by"), ("reported", "by"), ("citing",), ("quoting",),
    ("figures", "from"), ("data", "from"), ("a", "statement", "from"), ("a", "statement", "by"),
)
#: Words that end the speaker's noun phrase when read backwards from the verb.
SPEAKER_STOP: frozenset[str] = frozenset(
    """, ; : ( ) " “ ” ‘ ’ - – — and but while as that which who whereas although though because when after
    before since so what how why if whether where""".split()
)
#: Words dropped from the end of a speaker ("officials on Sunday said", "the military
#: had earlier reported").
SPEAKER_TRAILING: frozenset[str] = frozenset(
    """had has have also earlier later previously initially then now further separately again
    already officially publicly reportedly repeatedly""".split()
)

#: Patterns (regular expressions, lower case) saying a claim could not be verified.
UNVERIFIED_PATTERNS: tuple[str, ...] = (
    r"\b(?:could|can|cannot|can't|couldn't)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|verify|confirmed|confirm)",
    r"\b(?:not|n't)\s+(?:been\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b",
    r"\bunverified\b", r"\bunconfirmed\b", r"\bimpossible to (?:verify|confirm)\b",
    r"\bno independent (?:verification|confirmation)\b", r"\bwithout independent (?:verification|confirmation)\b",
)
#: Words of hospital care: casualties being treated are the wounded ("the 23 casualties were
#: taken to clinics and hospitals"), and tokens either side of the count read for them.
CARE_WORDS: frozenset[str] = frozenset(
    {"hospital", "hospitals", "hospitalized", "hospitalised", "treated", "treating", "treatment", "patients",
     "doctors", "surgeons", "wards", "discharged"})
CARE_REACH: int = 12
#: Words after a count that list its members ("killing 9 people, including the night manager"): one
#: person named in such a list is one of the count, not a figure of its own.
MEMBER_LIST_CUES: frozenset[str] = frozenset({"including", "among", "includes", "included"})
#: Words that make a sentence an explanation of what a total includes ("the tally of 145
#: included militants killed in later raids").
INCLUDES_CUES: tuple[str, ...] = (
    "includ", "as well as", "additional", "in addition", "excluding", "not counting", "on top of", "among them",
    "of whom", "of them", "breakdown", "comprising")

#: Lines that are not text: photo-gallery captions and the like ("9 of 55 Photos: Dead").
NOT_TEXT_LINE: str = r"^\s*\d+\s+of\s+\d+\s+(?:photos?|images?|pictures?|slides?)\b"

#: Words that end the noun phrase of the people counted (verbs that often follow a count:
#: "the tally of 145 included militants").
NP_STOP: frozenset[str] = frozenset(
    """included includes including include comprised comprising involved involving remained
    died lost suffered sustained received""".split()
)
#: Verbs saying what a count is made of ("the toll of 30 includes soldiers").
INCLUDE_VERBS: frozenset[str] = frozenset({"included", "includes", "include", "including", "comprised", "comprises"})
#: Nouns for a running count that take their outcome from the words after them ("the tally
#: of 145 included militants killed in raids").
TALLY_WORDS: frozenset[str] = frozenset({"tally", "count", "figure", "total"})

# --- Event scope -----------------------------------------------------------------------------
#: US states (lower case): a place written "City, State" or "a <State> high school".
US_STATES: frozenset[str] = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"})
#: Large cities often named in news without their state or country ("in Las Vegas", "in
#: Nice"), lower case: places after "in"/"at" even when the story names them nowhere else.
#: General geography, not a list of events.
CITIES: frozenset[str] = frozenset({
    "new york", "new york city", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio",
    "san diego", "dallas", "san jose", "austin", "jacksonville", "fort worth", "columbus", "charlotte",
    "san francisco", "indianapolis", "seattle", "denver", "boston", "el paso", "nashville", "detroit",
    "oklahoma city", "portland", "las vegas", "memphis", "louisville", "baltimore", "milwaukee", "albuquerque",
    "tucson", "fresno", "sacramento", "kansas city", "atlanta", "miami", "omaha", "raleigh", "minneapolis",
    "tulsa", "cleveland", "wichita", "arlington", "new orleans", "tampa", "honolulu", "anaheim", "aurora",
    "orlando", "pittsburgh", "cincinnati", "st. louis", "newark", "buffalo", "toledo", "st. paul", "baton rouge",
    "charleston", "richmond", "salt lake city", "birmingham", "orlando", "dayton", "hartford", "providence",
    "toronto", "montreal", "vancouver", "ottawa", "mexico city", "london", "manchester", "liverpool", "glasgow",
    "paris", "nice", "marseille", "lyon", "toulouse", "brussels", "amsterdam", "berlin", "munich", "hamburg",
    "vienna", "zurich", "geneva", "madrid", "barcelona", "lisbon", "rome", "milan", "athens", "istanbul",
    "ankara", "moscow", "st. petersburg", "kyiv", "kiev", "warsaw", "stockholm", "oslo", "copenhagen",
    "helsinki", "dublin", "belfast", "jerusalem", "tel aviv", "cairo", "beirut", "damascus", "baghdad",
    "tehran", "riyadh", "dubai", "kabul", "islamabad", "karachi", "lahore", "quetta", "peshawar", "delhi",
    "new delhi", "mumbai", "kolkata", "dhaka", "colombo", "kathmandu", "beijing", "shanghai", "hong kong",
    "tokyo", "seoul", "manila", "jakarta", "bangkok", "sydney", "melbourne", "christchurch", "auckland",
    "nairobi", "lagos", "mogadishu", "johannesburg", "cape town", "algiers", "tunis", "tripoli", "khartoum"})
#: Newspaper (AP style) abbreviations of US states, as tokens ("Calif.", "Conn.", "N.Y.") → state.
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "kans.": "kansas", "ky.": "kentucky", "la.": "louisiana",
    "md.": "maryland", "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota",
    "miss.": "mississippi", "mo.": "missouri", "mont.": "montana", "neb.": "nebraska", "nev.": "nevada",
    "n.h.": "new hampshire", "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york",
    "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon",
    "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "tex.": "texas", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming", "d.c.": "washington"}
#: Place names that stand for a whole country and never set a claim apart ("in U.S. history" is
#: handled as a comparison): a national toll is not another place.
NATIONAL_PLACES: frozenset[str] = frozenset({
    "us", "u.s.", "usa", "u.s.a.", "america", "united states", "the united states", "the country", "the nation",
    "uk", "u.k.", "britain", "united kingdom"})
#: Nouns of an attack or disaster: "the 2005 bombings", "the Brackwell shooting", "the February attack".
EVENT_NOUNS: frozenset[str] = frozenset(
    """attack attacks shooting shootings bombing bombings massacre massacres rampage rampages ambush ambushes
    siege sieges blast blasts explosion explosions killing killings murders stabbing stabbings riot riots war wars
    standoff uprising assault assaults raid raids crash crashes earthquake quake flood floods
    hijacking hijackings incident incidents tragedy tragedies spree sprees slaying slayings bomb bombs
    storm hurricane genocide holocaust""".split())
#: Nouns of a place where an event happens ("an Idaho movie theater", "at a Nevada high school").
FACILITY_NOUNS: frozenset[str] = frozenset(
    """school schools church mosque synagogue temple theater theatre cinema nightclub club bar mall market
    supermarket grocery store shop restaurant cafe hotel concert festival office offices base campus university
    college hospital station airport stadium arena park parade rally""".split())
#: Nouns after a facility noun that make it a modifier, not a place ("a school bus", "the church
#: board", "a bar fight").
FACILITY_MODIFIED_NOUNS: frozenset[str] = frozenset(
    """bus buses board boards district districts year years day days official officials teacher teachers student
    students shooting shootings attack attacks zone zones system systems trip trips night nights security guard
    guards fight fights owner owners staff employee employees worker workers""".split())
#: Facilities that never set a figure apart: victims are taken to them, or they are the
#: authorities' ("taken to a hospital", "the police station").
NOT_EVENT_FACILITIES: frozenset[str] = frozenset({"hospital", "station", "office", "base", "airport", "park", "campus"})
#: Patterns (lower case) saying a figure is about another time than the event's: past years,
#: earlier periods, anniversaries, aggregates over a year. They apply to the claims of their
#: clause.
OTHER_TIME_PATTERNS: tuple[str, ...] = (
    r"\b(?:last|past|previous)\s+(?:year|decade|century)\b",
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+few)\s+)"
    r"(?:years?|decades?|months?)\s+(?:ago|earlier|after|later)\b",
    r"\bearlier\s+this\s+(?:year|decade)\b", r"\bthis\s+year\b", r"\bin\s+recent\s+(?:years|decades|months)\b",
    r"\banniversary\s+of\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|shootings?|bombings?|massacres?|killings?)\b",
    r"\bover\s+the\s+(?:years|decades)\b",
)
#: Patterns (lower case) comparing the event with earlier ones: they apply to the claims that
#: follow them in the sentence ("the deadliest since 2001, when ... killing 2,600" — but not
#: "killing eight in the deadliest attack since 2001").
COMPARISON_PATTERNS: tuple[str, ...] = (
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|most\s+\w+)\b[^.;:]{0,80}?\bsince\b",
    r"\bsince\s+(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s|january|february|march|april|may\s+\d|june|july|"
    r"august|september|october|november|december|1[89]\d\d|20\d\d|9/11|the\s+(?:\d{4}|[\w-]+\s+){0,3}?(?:war)\b)",
    r"\bin\s+(?:(?:u\.s\.|us|american|the\s+nation['’]s|the\s+country['’]s|modern|recent|recorded|\w+['’]s)\s+)?history\b",
    r"\bone\s+of\s+the\s+(?:deadliest|worst|bloodiest)\b", r"\bthe\s+latest\s+in\s+a\b",
    r"\b(?:similar|comparable)\s+to\b", r"\bjust\s+like\b", r"\breminiscent\s+of\b", r"\bcompar(?:e|ed|ing)\s+(?:it\s+)?(?:to|with)\b",
    r"\bcame\s+(?:[\w-]+\s+){0,4}?(?:after|weeks?\s+after|days?\s+after)\b",
    r"\b(?:more|fewer)\s+(?:deaths|killings|casualties|victims)\b",
    # the deaths protests are about came before them: "the rallies after the deaths of three students"
    r"\b(?:protests?|outrage|demonstrations?|marches|rallies|anger|unrest)\s+(?:over|against|after|following)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:killings?|deaths?|shootings?)\s+of\b",
)
#: Patterns (lower case) saying a sentence is about another event: other incidents, earlier
#: attacks. They apply to every claim of the sentence.
OTHER_EVENT_PATTERNS: tuple[str, ...] = (
    r"\b(?:previous|prior|earlier|past|other)\s+(?:[\w-]+\s+){0,2}?(?:attacks|shootings|massacres|bombings|incidents)\b",
    r"\bseparately\b",
    # a new incident introduced in the story of the event: "there was also a shooting on the edge of town that killed ..."
    r"\bthere\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shooting|attack|stabbing|bombing|explosion|incident)\s+(?:[\w'’-]+\s+){0,6}?(?:that|which)\s+(?:killed|left|wounded|injured)\b",
    r"\ba\s+separate\s+(?:[\w-]+\s+)?(?:attack|incident|shooting|bombing|case)\b",
    r"\bin\s+(?:an)?other\s+(?:[\w-]+\s+)?(?:incident|attack|shooting|case)\b",
    r"\banother\s+(?:mass\s+|deadly\s+|fatal\s+)?(?:shooting|attack|bombing|massacre|rampage|incident|tragedy)\b",
    # another attacker acting: "another gunman opened fire in a cafe" (not "police doubt another attacker was present")
    r"\b(?:a\s+different|another)\s+(?:gunman|shooter|attacker|assailant|bomber)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:walked|entered|opened|took|taken|taking|killed|shot|stormed|attacked|burst|seized|held|holding)\b",
    r"\b(?:mass\s+shooters|mass\s+shootings)\s+in\b",
    # arrests for something else than the attack: "arrested a man for spraying graffiti",
    # "were arrested during a protest"
    r"\b(?:arrested|detained)\b[^.;]{0,40}?\b(?:during|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:protest|demonstration|rally|march|sit-in)\b",
    r"\b(?:arrested|detained)\b[^.;]{0,40}?\bfor\s+(?!(?:the|his|her|their|its|a|an)\b)(?!shooting|killing|attacking|murdering|bombing|stabbing|plotting|planning|helping|aiding|supplying|providing|harbou?ring)[a-z]+ing\b",
)
#: Patterns (lower case) of general statistics rather than one event's toll: rates, yearly
#: figures, wars and regimes.
GENERIC_PATTERNS: tuple[str, ...] = (
    r"\b(?:each|every|per)\s+year\b", r"\bannually\b", r"\bper\s+(?:\d[\d,]*|capita)\b", r"\brates?\s+of\b",
    r"\bon\s+average\b", r"\b(?:the|a|world|civil|vietnam|korean|iraq|gulf)\s+war\b", r"\bwars\b",
    r"\bholocaust\b", r"\bgenocide\b", r"\bregime\b",
    r"\bone\s+of\s+(?:two|three|four|five|several|\d+)\b[^.;]{0,40}?\b(?:that|which)\s+(?:left|killed)\b",
    r"\bin\s+total\b[^.;]{0,20}?\bsince\b",
    # a figure over several events: "the twin shootings that left 31 dead", "both attacks killed 17"
    r"\b(?:twin|both|the\s+two|the\s+three)\s+(?:[\w-]+\s+){0,2}?(?:attacks|shootings|bombings|massacres|rampages|sieges|standoffs)\b",
    r"\bin\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,3}?(?:attacks|shootings|bombings|incidents|massacres)\b",
)
#: Patterns (lower case) of a later death of someone hurt in the event: a death on a later day
#: that is still the event's toll ("died of his wounds on Thursday").
LATER_DEATH_PATTERNS: tuple[str, ...] = (
    r"\bdied\b", r"\bdies\b", r"\bsuccumb", r"\bpassed\s+away\b", r"\bwounds\b", r"\binjuries\b",
    r"\bhospital\b", r"\btoll\b", r"\bbodies\b", r"\bbody\b", r"\bfound\b",
)
#: A relative or adverbial clause (", who ...", ", which ...", ", where ...", ", when ..."): what
#: it says does not date or place the claims before it, but what comes before it dates and places
#: the claims in it ("the 2011 attacks, which killed 54", "at a shop in Varnby, where two died").
RELATIVE_BREAK_PATTERN: str = r",\s+(?:who|which|whose|when|where|while|whereas)\b"
#: Outcomes that the place rule leaves alone: an arrest for the event may be made anywhere (hostages
#: are taken where an attack is, so a capture elsewhere is another event).
PLACE_FREE_OUTCOMES: frozenset[str] = frozenset({"arrested"})
#: Marks that end a clause for the time and place rules (";", ":", dashes, parentheses,
#: ", when", ", where").
CLAUSE_BREAK_PATTERN: str = (
    r"\s*(?:;|:|\s[—–]\s|\s-{1,2}\s|--|\(|\)"
    # a reporting verb and its "that": the speaker's clause is apart ("officials in X said", "told a
    # news conference in X that")
    r"|\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|confirmed|according\s+to)\b"
    r"(?:[^.;\"“”]{0,60}?\bthat\b)?)\s*")

# --- Revisions -------------------------------------------------------------------------------
#: Patterns (lower case) of a sentence giving an updated figure ("the toll has risen to 30",
#: "officials raised the number of wounded to 119", "the updated count").
LATEST_PATTERNS: tuple[str, ...] = (
    r"\b(?:toll|number|count|figure|tally|total)\b[^.;]{0,40}?\b(?:risen|rose|rising|climbed|climbing|jumped|increased|grown|grew|mounted)\s+to\b",
    r"\b(?:raised|revised|updated|upped)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:toll|number|count|figure|tally|total)\b",
    r"\b(?:toll|number|count|figure|tally|total)\s+(?:now\s+)?stands?\s+at\b", r"\blatest\s+(?:figure|count|toll|tally)\b",
    r"\bupdated\s+(?:figure|count|toll|tally)\b",
)
#: Patterns (lower case) of a sentence giving a figure that was replaced ("earlier reports said
#: 20", "initially", "first reported").
EARLIER_PATTERNS: tuple[str, ...] = (
    r"\bearlier\s+(?:reports?|figures?|counts?|estimates?)\b", r"\binitial(?:ly)?\b", r"\bfirst\s+reported\b",
    r"\bpreviously\s+(?:said|reported|put)\b", r"\bhad\s+earlier\s+(?:said|reported|put)\b",
)
#: Message of the scope rule for a zero figure beside a stated toll.
ZERO_BESIDE_TOLL: str = "zero figure beside this article's toll (another incident or moment)"
