"""Word lists for wording and framing: actor labels, hedges, frames, agency cues (English).

Everything here is data (no code runs on import beyond building dicts and frozensets).
The lists are general news and conflict vocabulary, never tuned to one article. Matching is
on lower-case text; a trailing ``*`` in a pattern means "any word ending" (``econom*``
matches economy, economic, economist); multi-word patterns allow any run of spaces or a
hyphen between words.

Sections:

- **Actor labels** (:data:`ACTOR_LABELS`, :data:`LABEL_COMPOUND_HEADS`,
  :data:`LABEL_MODIFIERS`, :data:`MODIFIER_SUFFIXES`, :data:`NAMED_GROUP_CUES`,
  :data:`STATE_FORCE_NAME_HEADS`): what a text calls the parties of armed conflict.
- **Hedging and certainty** (:data:`HEDGES`): markers grouped by kind.
- **Frames** (:data:`FRAMES`): one lexicon per frame, derived from the Policy Frames
  Codebook categories (Boydstun, Gross, Resnik & Smith 2014; the Media Frames Corpus uses
  the same 15 categories) that matter for conflict news, plus "humanitarian" (the codebook's
  human-interest material for victims and relief).
- **Agency** (:data:`HARM_VERBS`, :data:`HARM_NOUNS`, :data:`BE_FORMS`, ...): cue words to
  tell "forces killed 145 militants" from "145 militants were killed".
"""

from __future__ import annotations

# --- Actor labels ---------------------------------------------------------------------------
#: Actor categories in display order.
ACTOR_CATEGORIES: tuple[str, ...] = ("armed group", "state forces", "victims")

#: Label (display form, plural) → (category, surface forms). Surface forms are lower-case
#: single or multi-word; singular and plural both listed.
ACTOR_LABELS: dict[str, tuple[str, tuple[str, ...]]] = {
    # armed non-state actors
    "militants": ("armed group", ("militant", "militants")),
    "insurgents": ("armed group", ("insurgent", "insurgents")),
    "terrorists": ("armed group", ("terrorist", "terrorists")),
    "separatists": ("armed group", ("separatist", "separatists")),
    "rebels": ("armed group", ("rebel", "rebels")),
    "extremists": ("armed group", ("extremist", "extremists")),
    "jihadists": ("armed group", ("jihadist", "jihadists", "jihadi", "jihadis")),
    "islamists": ("armed group", ("islamist", "islamists")),
    "guerrillas": ("armed group", ("guerrilla", "guerrillas", "guerilla", "guerillas")),
    "fighters": ("armed group", ("fighter", "fighters")),
    "freedom fighters": ("armed group", ("freedom fighter", "freedom fighters")),
    "attackers": ("armed group", ("attacker", "attackers")),
    "assailants": ("armed group", ("assailant", "assailants")),
    "gunmen": ("armed group", ("gunman", "gunmen")),
    "bombers": ("armed group", ("bomber", "bombers", "suicide bomber", "suicide bombers")),
    "perpetrators": ("armed group", ("perpetrator", "perpetrators")),
    "miscreants": ("armed group", ("miscreant", "miscreants")),
    "armed men": ("armed group", ("armed man", "armed men")),
    "radicals": ("armed group", ("radical", "radicals")),
    "kidnappers": ("armed group", ("kidnapper", "kidnappers", "abductors", "abductor")),
    "hijackers": ("armed group", ("hijacker", "hijackers")),
    "mercenaries": ("armed group", ("mercenary", "mercenaries")),
    "paramilitaries": ("armed group", ("paramilitary", "paramilitaries")),
    "militias": ("armed group", ("militia", "militias", "militiamen", "militiaman")),
    "suspects": ("armed group", ("suspect", "suspects")),
    "shooters": ("armed group", ("shooter", "shooters")),
    "terror groups": ("armed group", ("terror group", "terror groups", "terror outfit", "terror outfits")),
    "proxies": ("armed group", ("proxy", "proxies")),
    # state forces
    "security forces": ("state forces", ("security force", "security forces", "security personnel")),
    "troops": ("state forces", ("troops", "troop")),
    "soldiers": ("state forces", ("soldier", "soldiers", "servicemen", "serviceman", "service members")),
    "military": ("state forces", ("military", "militaries")),
    "army": ("state forces", ("army", "armies")),
    "police": ("state forces", ("police", "policeman", "policemen", "police officer", "police officers",
                                "officers", "officer", "cops")),
    "law enforcement": ("state forces", ("law enforcement", "law enforcement personnel",
                                         "law enforcement agencies", "law enforcement officers")),
    "armed forces": ("state forces", ("armed forces",)),
    "commandos": ("state forces", ("commando", "commandos", "special forces")),
    "counterterrorism units": ("state forces", ("counterterrorism units", "counter-terrorism units",
                                                "counterterrorism department", "counter-terrorism department")),
    "forces": ("state forces", ("forces",)),
    "government forces": ("state forces", ("government forces", "government troops", "state forces",
                                           "federal forces", "regime forces")),
    # victims and bystanders
    "civilians": ("victims", ("civilian", "civilians", "non-combatants")),
    "victims": ("victims", ("victim", "victims")),
    "residents": ("victims", ("resident", "residents", "locals", "villagers", "inhabitants")),
    "bystanders": ("victims", ("bystander", "bystanders", "passers-by", "passersby")),
    "workers": ("victims", ("worker", "workers", "labourer", "labourers", "laborer", "laborers")),
    "passengers": ("victims", ("passenger", "passengers", "commuters")),
    "children": ("victims", ("child", "children", "minors", "schoolchildren")),
    "women": ("victims", ("women", "woman")),
    "worshippers": ("victims", ("worshipper", "worshippers", "worshiper", "worshipers", "pilgrims")),
    "students": ("victims", ("student", "students")),
    "hostages": ("victims", ("hostage", "hostages", "captives")),
    "refugees": ("victims", ("refugee", "refugees", "displaced people", "displaced persons")),
    "human shields": ("victims", ("human shield", "human shields")),
}

#: Nouns that make a compound label with an adjective-like label before them
#: ("insurgent networks", "militant groups", "terrorist outfits"); the compound is reported
#: as its own label with the category of the first word.
LABEL_COMPOUND_HEADS: frozenset[str] = frozenset(
    """
    group groups network networks organisation organisations organization organizations outfit outfits
    cell cells element elements faction factions movement movements wing wings commander commanders
    leader leaders camp camps hideout hideouts hideouts sympathisers sympathizers affiliates
    """.split()
)

#: Words an outlet attaches to a label that carry judgement or affiliation
#: ("banned", "separatist", "so-called"). Capitalised adjectives before a label
#: ("Baloch", "Islamist") and words ending in :data:`MODIFIER_SUFFIXES` are modifiers too.
LABEL_MODIFIERS: frozenset[str] = frozenset(
    """
    banned outlawed proscribed illegal unlawful designated listed blacklisted so-called self-styled
    separatist separatists secessionist nationalist insurgent militant terrorist terror extremist jihadist jihadi
    islamist radical rebel armed heavily-armed masked unidentified unknown suspected alleged presumed
    foreign foreign-backed foreign-funded hostile anti-state anti-national rogue notorious dreaded wanted
    hardline hardcore fanatic fanatical violent brutal ruthless cowardly ethnic tribal local
    religious sectarian fundamentalist outlaw outlaws defeated fleeing fugitive
    innocent unarmed defenceless defenseless helpless ordinary peaceful
    """.split()
)

#: Hyphenated endings that make a modifier of affiliation ("Indian-sponsored", "Iran-backed").
MODIFIER_SUFFIXES: tuple[str, ...] = (
    "-sponsored", "-backed", "-funded", "-linked", "-affiliated", "-inspired", "-aligned", "-allied",
    "-supported", "-based", "-led", "-trained", "-armed", "-affiliate",
)

#: Words that make a capitalised name ending in a group noun a non-state armed group
#: ("Baloch Liberation Army", "Tehreek-e-Taliban Pakistan", "Islamic State").
NAMED_GROUP_CUES: frozenset[str] = frozenset(
    """
    liberation islamic jihad mujahideen mujahidin taliban front movement brigade brigades militia
    resistance revolutionary lashkar jaish tehreek tehrik harkat hizb shabaab shabab haram qaeda qaida
    hamas hezbollah hizbollah isis isil daesh state caliphate martyrs mujahid ansar
    """.split()
)

#: Last words of a capitalised name of a state force ("Frontier Corps", "Pakistan Army").
STATE_FORCE_NAME_HEADS: frozenset[str] = frozenset(
    "army navy corps police rangers guard guards constabulary gendarmerie forces force".split()
)

#: Last words that make a capitalised sequence a group name at all.
GROUP_NAME_HEADS: frozenset[str] = frozenset(
    """
    army front movement brigade brigades militia organisation organization group taliban jihad
    mujahideen state corps rangers guard guards forces force police tigers hamas hezbollah
    qaeda qaida shabaab isis isil daesh haram
    """.split()
)

# --- Hedging and certainty ------------------------------------------------------------------
#: Hedge groups in display order.
HEDGE_GROUPS: tuple[str, ...] = ("unverified", "reported", "belief", "modal", "approximation", "certainty")

#: Hedge or certainty marker (lower-case pattern) → group.
#:
#: - ``unverified``: the outlet says it could not check a claim.
#: - ``reported``: second-hand adverbs and phrases (reportedly, allegedly, said to be).
#: - ``belief``: impersonal belief (it is believed, is thought to, is understood).
#: - ``modal``: epistemic modals and adverbs (may, might, could, possibly, likely, appears).
#: - ``approximation``: vague quantities (at least, nearly, about, up to, dozens).
#: - ``certainty``: boosters that signal certainty (confirmed, clearly, definitely).
HEDGES: dict[str, str] = {
    **{p: "unverified" for p in (
        "could not be independently verified", "could not be independently confirmed",
        "could not independently verify", "could not independently confirm", "could not be verified",
        "could not be confirmed", "cannot be independently verified", "cannot be verified",
        "has not been independently verified", "have not been independently verified",
        "was not possible to verify", "not possible to independently verify", "no independent confirmation",
        "unverified", "unconfirmed", "not independently verified", "not independently confirmed",
        "impossible to verify", "unable to verify", "unable to confirm", "did not provide evidence",
        "without providing evidence", "provided no evidence", "did not offer evidence")},
    **{p: "reported" for p in (
        "reportedly", "allegedly", "purportedly", "supposedly", "ostensibly", "apparently",
        "according to unconfirmed reports", "according to reports", "unconfirmed reports", "said to be",
        "said to have", "reported to be", "reported to have", "claimed to be", "claimed to have", "rumoured",
        "rumored")},
    **{p: "belief" for p in (
        "it is believed", "is believed to", "are believed to", "was believed to", "were believed to",
        "it is thought", "is thought to", "are thought to", "it is understood", "is understood to",
        "it is feared", "are feared", "is feared", "it is suspected", "is suspected to", "are suspected to",
        "is presumed", "are presumed", "it appears", "it seems", "it is alleged", "believed to be",
        "thought to be", "feared dead", "presumed dead")},
    **{p: "modal" for p in (
        "may", "might", "could", "possibly", "perhaps", "likely", "unlikely", "probably", "presumably",
        "appears to", "appear to", "appeared to", "seems to", "seem to", "seemed to", "suggests", "suggested",
        "potentially", "possible", "uncertain", "unclear", "not clear", "it remains unclear")},
    **{p: "approximation" for p in (
        "at least", "nearly", "almost", "around", "about", "approximately", "roughly", "some", "up to",
        "more than", "close to", "estimated", "an estimated", "dozens", "scores of", "hundreds",
        "thousands", "several")},
    **{p: "certainty" for p in (
        "confirmed", "clearly", "certainly", "definitely", "undoubtedly", "indisputably", "officially",
        "without doubt", "no doubt", "proved", "proven", "in fact", "indeed", "categorically")},
}

#: Approximation markers that hedge only before a number ("at least 145", "about 40"):
#: "about the attack" is not a hedge.
HEDGES_BEFORE_NUMBER: frozenset[str] = frozenset((
    "at least", "nearly", "almost", "around", "about", "approximately", "roughly", "some", "up to",
    "more than", "close to", "estimated", "an estimated"))

# --- Frames ---------------------------------------------------------------------------------
#: Frame id → display name, in display order (Policy Frames Codebook categories).
FRAME_NAMES: dict[str, str] = {
    "security_defense": "Security & defence",
    "crime_punishment": "Crime & punishment",
    "economic": "Economic",
    "capacity_resources": "Capacity & resources",
    "political": "Political",
    "external_relations": "External relations",
    "humanitarian": "Humanitarian & human interest",
    "health_safety": "Health & safety",
    "legality": "Legality",
    "cultural_identity": "Cultural identity",
    "public_opinion": "Public opinion",
}

#: Frame id → trigger patterns (lower case; ``*`` = any word ending). A pattern belongs to
#: one frame only. Derived from the codebook's definitions:
#:
#: - ``security_defense``: threats to the state, its borders and people; armed action,
#:   military and counter-terrorism operations.
#: - ``crime_punishment``: violation of law, policing, arrest, prosecution and sentencing.
#: - ``economic``: costs, benefits, financial and economic effects, trade, investment.
#: - ``capacity_resources``: availability or lack of physical, human or financial
#:   resources: infrastructure, natural resources, services, extraction, energy.
#: - ``political``: political parties, elections, leaders' manoeuvring, autonomy and power.
#: - ``external_relations``: relations between states, diplomacy, foreign involvement,
#:   international reputation.
#: - ``humanitarian``: suffering of people, victims, displacement, grief, relief.
#: - ``health_safety``: health care, injuries treated, hospitals, public safety.
#: - ``legality``: laws, courts, rights, constitutionality, legal status (designations).
#: - ``cultural_identity``: ethnicity, religion, language, tribe, traditions.
#: - ``public_opinion``: the public's attitudes, protests, polls, social media reaction.
FRAMES: dict[str, tuple[str, ...]] = {
    "security_defense": (
        "security forces", "security personnel", "security installation*", "national security",
        "military", "militar*", "army", "troops", "soldier*", "counterterror*", "counter-terror*",
        "counter-operation*", "counter-insurgency", "counterinsurgency", "insurgen*", "militant*", "terroris*",
        "attack*", "assault*", "operation*", "raid*", "offensive*", "airstrike*", "air strike*", "drone*",
        "bomb*", "explosi*", "gunfire", "firing", "shelling", "ambush*", "armed", "weapon*", "arms", "rifle*",
        "missile*", "rocket*", "artillery", "combat*", "battle*", "war", "wars", "warfare", "ceasefire",
        "cease-fire", "defence", "defense", "intelligence", "patrol*", "checkpoint*", "border*",
        "strategic", "threat*", "escalat*", "violen*", "insecurity", "instability", "security", "gunmen",
        "gunman", "fighters", "hostage*", "siege"),
    "crime_punishment": (
        "crime*", "criminal*", "arrest*", "detain*", "detention", "custody", "prosecut*", "convict*",
        "sentenced", "sentencing", "jail*", "prison*", "punish*", "charged with", "indict*", "suspect*",
        "investigat*", "murder*", "kidnap*", "abduct*", "extortion", "smuggl*", "trafficking",
        "law enforcement", "police", "policing", "manhunt", "culprit*", "perpetrator*", "brought to justice",
        "fugitive*", "gang*", "warrant*", "fraud*", "corrupt*", "bribe*"),
    "economic": (
        "econom*", "financ*", "funding", "funds", "fundraising", "budget*", "cost", "costs", "costly",
        "investment*", "investor*", "invest", "invested", "investing", "trade", "trading", "stock market*",
        "financial market*", "market price*", "business*", "central bank*", "banking", "money", "revenue*", "income*", "low-income",
        "tax", "taxes", "taxation", "taxpayer*", "price*", "inflation", "jobs", "unemploy*", "employment",
        "wages", "labourer*", "laborer*", "poverty", "poor", "poorest", "wealth*", "profit*", "debt*",
        "loan*", "billion*", "gdp", "growth", "development sector*", "extraction", "mining", "mines",
        "minerals", "industr*", "commerc*", "economic corridor*", "export*", "imports", "imported",
        "port", "ports", "sector", "sectors", "dollar*", "livelihood*", "sanction*", "tourism", "oil",
        "natural gas", "spending", "deficit*", "recession", "stock*", "shares", "salar*", "pension*"),
    "capacity_resources": (
        "infrastructure", "natural resource*", "resource*", "resource project*", "resource operation*",
        "project", "projects", "capacity", "shortage*", "supply", "supplies", "services", "public services",
        "transport*", "electricity", "power supply", "water", "fuel", "energy", "roads", "highway*",
        "railway*", "railroad*", "bridges", "pipeline*", "facility", "facilities", "equipment",
        "understaffed", "stretched", "overwhelmed", "logistic*", "telecommunication*", "internet",
        "construction", "reconstruction", "rebuild*", "healthcare", "transportation", "natural resource operation*"),
    "political": (
        "politic*", "government*", "minister*", "prime minister", "president*", "parliament*", "lawmaker*",
        "legislat*", "senat*", "congress*", "party", "parties", "opposition", "election*", "elected",
        "re-election", "vote", "votes", "voted", "voting", "voter*", "campaigning", "campaigned",
        "campaign trail", "election campaign*", "presidential campaign*", "democra*", "republican*",
        "coalition", "cabinet", "chief minister", "governor*", "autonomy", "self-determination",
        "independence", "sovereignty", "governance", "policy", "policies", "reform*", "administration",
        "leadership", "power-sharing", "grievance*", "demands", "negotiat*", "talks", "dialogue", "gop",
        "nominee*", "nomination*", "candidate*", "primary", "primaries", "bipartisan", "partisan",
        "white house", "mayor*", "bill", "bills"),
    "external_relations": (
        "diplomat*", "foreign ministry", "foreign office", "foreign minister", "ministry of foreign affairs",
        "foreign", "international*", "bilateral", "embassy", "embassies", "ambassador*", "envoy*",
        "united nations", "security council", "regional stability", "regional", "neighbo*", "cross-border",
        "proxy", "sponsored", "solidarity", "condemn*", "allies", "ally", "alliance", "relations",
        "tensions", "foreign hand", "interference", "summit*", "treaty", "treaties", "state department"),
    "humanitarian": (
        "civilian*", "victim*", "casualt*", "lost their lives", "bodies", "injur*", "wounded", "mourn*",
        "grief", "griev*", "funeral*", "families", "family", "children", "women and children", "displac*",
        "refugee*",
        "homeless", "aid", "relief", "humanitarian", "suffer*", "trauma", "traumatised", "traumatized",
        "fear", "panic", "chaos", "human shield*", "innocent*", "orphan*", "widow*", "survivor*",
        "eyewitness*", "witness*", "tragedy", "tragic", "devastat*", "burnt", "rubble", "human rights"),
    "health_safety": (
        "health", "hospital*", "medical", "doctor*", "nurse*", "patient*", "medical treatment", "treated for",
        "treated at", "treated in",
        "ambulance*", "emergency", "emergency footing", "blood", "clinic*", "disease*", "epidemic",
        "safety", "safe", "unsafe", "evacuat*", "rescue*", "first aid", "critical condition",
        "public safety", "lockdown", "curfew", "health care", "insurance"),
    "legality": (
        "law", "laws", "legal*", "illegal*", "unlawful", "court*", "judge*", "judicia*", "constitution*",
        "rights", "due process", "lawsuit*", "ruling*", "verdict*", "legislation", "designated",
        "designation", "proscribed", "banned", "ban", "outlawed", "terrorist organisation",
        "terrorist organization", "foreign terrorist organisation", "foreign terrorist organization",
        "extrajudicial", "impunity", "violation*", "statute*", "sanctioned", "attorney*", "lawyer*",
        "supreme court", "discriminat*", "justice", "justices"),
    "cultural_identity": (
        "ethnic*", "tribe*", "tribal", "religio*", "islam", "islamic", "muslim*", "hindu*", "christian*",
        "sikh*", "jewish", "jews", "sectarian", "sect", "shia", "sunni", "culture*", "cultural",
        "identity", "language*", "tradition*", "heritage", "minority", "minorities", "racial", "racis*",
        "caste", "indigenous", "mosque*", "church*", "temple*", "faith", "values"),
    "public_opinion": (
        "public opinion", "public anger", "public outcry", "public support", "public pressure", "poll*",
        "survey*", "protest*", "demonstrators", "demonstration*", "rally", "rallies", "outrage*", "anger",
        "backlash", "outcry", "criticism", "critic*", "supporters", "popular*", "unpopular", "social media",
        "sentiment", "approval rating*", "petition*", "sit-in*", "tea party", "activist*", "grassroots"),
}

# --- Agency ---------------------------------------------------------------------------------
#: Verb forms that report a death or an injury done by someone (lower case) → harm kind.
#: Past forms can be active ("forces killed 145") or passive ("145 were killed").
HARM_VERBS: dict[str, str] = {
    **{v: "death" for v in (
        "killed", "kill", "kills", "killing", "slain", "slew", "slay", "murdered", "murder", "murders",
        "assassinated", "executed", "massacred", "slaughtered", "shot dead", "gunned down", "eliminated",
        "neutralised", "neutralized", "beheaded", "lynched", "martyred", "butchered", "stabbed to death",
        "beaten to death", "burned to death", "hacked to death", "liquidated")},
    **{v: "injury" for v in (
        "injured", "injure", "injures", "injuring", "wounded", "wounding", "hurt",
        "maimed", "shot", "stabbed", "beaten")},
}

#: Words and phrases of death or injury without any doer ("died", "dead", "deaths",
#: "lost their lives") → harm kind (death | injury | casualties: either): agentless unless
#: followed by "by".
HARM_NOUNS: dict[str, str] = {
    **{v: "death" for v in (
        "died", "die", "dies", "dying", "dead", "death", "deaths", "death toll", "killings",
        "lost their lives", "lost his life", "lost her life", "lost their life", "perished", "fatalities",
        "fatality", "bodies", "body count")},
    **{v: "injury" for v in ("injuries", "injury")},
    **{v: "casualties" for v in ("casualties", "casualty")},
}

#: Forms of "be" and "get" that make a past participle passive.
BE_FORMS: frozenset[str] = frozenset(
    "was were is are be been being am get gets got gotten getting 's 're".split())

#: Words that may stand between a "be" form and the participle ("were reportedly killed").
PASSIVE_GAP_WORDS: frozenset[str] = frozenset(
    "also reportedly allegedly later all both then not never either each mostly apparently".split())

#: Words that open the object of an active harm verb ("killed at least 145", "killed the").
OBJECT_OPENERS: frozenset[str] = frozenset(
    """
    a an the this that these those his her its their our my your at least nearly about around some
    dozens scores hundreds thousands several many more over up two three four five six seven eight nine
    ten eleven twelve one him them us me everyone anyone people civilians soldiers militants
    """.split()
)

#: Words that end the agent search backwards (clause openers and conjunctions).
CLAUSE_BREAKS: frozenset[str] = frozenset(
    """
    that which who whom whose and but or as while when where after before because though although if
    since until following with without in on at for from of to into during amid against so than
    says said say told according
    """.split()
)

#: Words skipped between an agent and its verb ("forces had earlier killed").
AUX_ADVERBS: frozenset[str] = frozenset(
    """
    had has have having was were is are be been also earlier later then reportedly allegedly
    successfully publicly strongly categorically repeatedly already once just further not never
    would could might may will shall should can did do does
    """.split()
)
