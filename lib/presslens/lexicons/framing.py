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
- **Frames** (:data:`FRAMES`): one lexicon per frame of the Policy Frames Codebook (Boydstun,
  Gross, Resnik & Smith 2014), its 15 categories under the codebook's ids.
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

#: Group cues that are also ordinary name words ("Arizona State", "National Front", "Deep State"):
#: alone they do not make a name an armed group.
WEAK_GROUP_CUES: frozenset[str] = frozenset("state front movement brigade brigades militia resistance revolutionary".split())

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
#: Frame id → display name, in the codebook's order (Policy Frames Codebook, Boydstun, Gross,
#: Resnik & Smith 2014; the Media Frames Corpus uses the same 15 categories). ``other`` is the
#: codebook's residual category: it has no cues, it is what a text with no trigger gets.
FRAME_NAMES: dict[str, str] = {
    "economic": "Economic",
    "capacity_resources": "Capacity & resources",
    "morality": "Morality",
    "fairness_equality": "Fairness & equality",
    "legality": "Legality, constitutionality & jurisprudence",
    "policy_prescription": "Policy prescription & evaluation",
    "crime_punishment": "Crime & punishment",
    "security_defense": "Security & defence",
    "health_safety": "Health & safety",
    "quality_of_life": "Quality of life",
    "cultural_identity": "Cultural identity",
    "public_opinion": "Public opinion",
    "political": "Political",
    "external_regulation": "External regulation & reputation",
    "other": "Other",
}

#: Frame ids of the first version of this lexicon → codebook ids (the README documents it).
OLD_FRAME_IDS: dict[str, str] = {
    "external_relations": "external_regulation",
    "humanitarian": "quality_of_life",
}

#: Frame id → trigger patterns (lower case; ``*`` = any word ending). A pattern belongs to
#: one frame only. Each list is written from the codebook's definition of the frame (quoted
#: in short), in general vocabulary, never from one text:
#:
#: - ``economic``: "the costs, benefits, or monetary/financial implications of the issue (to
#:   an individual, family, community or to the economy as a whole)".
#: - ``capacity_resources``: "the lack of or availability of physical, geographical, spatial,
#:   human, and financial resources, or the capacity of existing systems and resources to
#:   implement or carry out policy goals".
#: - ``morality``: "any perspective compelled by religious doctrine or interpretation, duty,
#:   honor, righteousness or any other sense of ethics or social responsibility".
#: - ``fairness_equality``: "equality or inequality with which laws, punishment, rewards, and
#:   resources are applied or distributed among individuals or groups; the balance between the
#:   rights or interests of one individual or group compared to another".
#: - ``legality``: "the legal, constitutional, or jurisdictional aspects of an issue": court
#:   cases, trials, judges and lawyers, existing laws, rights and their interpretation.
#: - ``policy_prescription``: "particular policies proposed for addressing an identified
#:   problem, and figuring out if certain policies will work, or if existing policies are
#:   effective": governments and leaders judged by what they do, plans, measures, reforms.
#: - ``crime_punishment``: "specific policies in practice and their enforcement, incentives,
#:   and implications": violation of the law, policing and arrests, sentencing and punishment.
#: - ``security_defense``: "any threat to a person, group, or nation, or any defense that needs
#:   to be taken to avoid that threat": armed conflict, terrorism, the military, borders.
#: - ``health_safety``: "health care access and effectiveness, illness, disease, sanitation,
#:   obesity, mental health effects, prevention of or perpetuation of gun violence,
#:   infrastructure and building safety".
#: - ``quality_of_life``: "the effects of a policy on individuals' wealth, mobility, access to
#:   resources, happiness, social structures, ease of day-to-day routines, quality of
#:   community life": daily life, homes, families, victims' suffering and displacement.
#: - ``cultural_identity``: "the social norms, trends, values and customs constituting culture(s),
#:   as they relate to a specific policy issue": language, ethnicity, nationhood, generations,
#:   the arts and media a society makes.
#: - ``public_opinion``: "references to general social attitudes, polling and demographic
#:   information, as well as implied or actual consequences of diverging from or getting ahead
#:   of public opinion or polls": polls, surveys, referendums, protests, petitions.
#: - ``political``: "any political considerations surrounding an issue: partisan filibusters,
#:   lobbyist involvement, bipartisan efforts, deal-making and vote trading, appealing to one's
#:   base, mentions of political maneuvering": elections, campaigns, parties' tactics.
#: - ``external_regulation``: "a country's external relations with another nation; the external
#:   relations of one state with another; trade agreements, comparisons of policy outcomes
#:   across nations, and perceptions of a country's policies in the world".
FRAMES: dict[str, tuple[str, ...]] = {
    "economic": (
        "econom*", "financ*", "fiscal", "funding", "funds", "fundraising", "budget*", "cost", "costs", "costly",
        "costing", "expens*", "inexpensive", "afford*", "unaffordable", "pric*", "overpriced", "cheap*", "fee",
        "fees", "tariff*", "investment*", "investor*", "invest", "invested", "investing", "trade", "trading",
        "trader*", "stock market*", "market", "markets", "marketplace", "business*", "bank", "banks", "banker*",
        "banking", "central bank*", "money", "monetary", "revenue*", "income*", "low-income", "earnings",
        "earn", "earned", "earning", "tax", "taxes", "taxation", "taxed", "taxpayer*", "inflation", "jobs",
        "job losses", "unemploy*", "employment", "employer*", "wage", "wages", "salar*", "pay raise*",
        "paycheck*", "paycheque*", "workforce", "work force", "poverty", "wealth*", "profit*", "unprofitable",
        "debt*", "deficit*", "surplus*", "loan*", "borrow*", "lend*", "mortgage*", "billion*", 
        "dollar*", "gdp", "growth", "recession", "industr*", "commerc*", "corporat*",
        "company", "companies", "firms", "export*", "consumer*", "customer*", "spending", "spend",
        "subsid*", "pension*", "retirement savings", "shareholder*", "dividend*", 
        "interest rate*", "real estate", "housing market*", "rents", "millionaire*",
        "billionaire*", "rich", "poor", "poorest", "affluent", "capitalis*", "entrepreneur*",
        "manufactur*", "oil prices", "gas prices", "bailout*", "austerity", "payroll*", "insurance premium*",
        "monopol*", "competitiveness", "productivity", "purchas*", "sales", "buyers", "sellers", "cash",
        "bankrupt*", "livelihood*", "per capita",
        "imports", "imported", "importing", "importer*", "stocks", "stock price*", "outsourc*",
        "extraction", "mining", "mines", "mineral*", "sector", "sectors", "development sector*"),
    "capacity_resources": (
        "resource", "resources", "natural resource*", "capacity", "capacities", "shortage*", "shortfall*",
        "lack of", "lacks", "scarce", "scarcity", "insufficient", "inadequate", "supply", "supplies",
        "oversupply", "infrastructure", "facility", "facilities", "equipment", "staffing",
        "understaffed", "short-staffed", "staff shortage*", "manpower", "personnel", "backlog*", "waiting list*",
        "wait times", "waitlist*", "overcrowd*", "overwhelmed", "stretched thin", "strained", "capacity to",
        "space", "acreage", "storage", "logistic*", "stockpile*", "reserves", "energy", "electricity",
        "power grid", "fuel", "water supply", "roads", "highway*", "railway*",
        "railroad*", "bridges", "pipeline*", "transit", "public transit", "construction", "reconstruction",
        "rebuild*", "repair*", "maintenance", "overloaded", "bottleneck*", "means to", "tools to",
        "human resources", "volunteers", "recruit*", "hiring", "trained staff", "expertise",
        "project", "projects", "resource project*", "infrastructure project*", "services", "public services", "transport", "transportation"),
    "morality": (
        "moral*", "immoral*", "amoral", "ethic*", "unethical", "evil", "evils", "sin", "sins", "sinful", "sinner*",
        "god", "gods", "godless", "religio*", "faith", "faiths", "church*", "christian*",
        "christianity", "catholic*", "protestant*", "evangelical*", "pray", "prays", "prayed", "prayer*",
        "praying", "spiritual*", "theolog*", "gospel*", "bible", "biblical", "scripture*", "sacred", "holy",
        "divine", "virtue*", "virtuous", "conscience", "righteous*", "self-righteous", "hypocri*", "shame",
        "shameful", "shameless*", "disgrace*", "decency", "indecent", "duty", "duties", "honour", "honor",
        "honourable", "honorable", "dishonour*", "dishonor*", "integrity", "atheis*", 
        "wicked*", "dignity", "principled", "principles", "values", "sanctity", "salvation", "heaven", "hell",
        "satan*", "devil*", "clergy", "priest*", "pastor*", "bishop*", "pope", "rabbi*", "imam*", "mosque*",
        "synagogue*", "temple*", "worship*", "believer*", "blasphem*", "greed", "greedy",
        "selfish*", "compassion*", "charity", "charitable", "responsibility to", "moral responsibility",
        "right thing", "wrong thing", "obligation*", "decadent", "decadence", "abhorrent",
        "reprehensible", "despicable", "vile", "good and evil"),
    "fairness_equality": (
        "fair", "fairly", "fairness", "unfair*", "equal", "equally", "equality", "equalit*", "unequal*",
        "inequal*", "equal rights", "equal treatment", "equal pay", "equal opportunit*", "inequit*", "equit*",
        "discriminat*", "non-discriminat*", "racis*", "racial*", "sexis*", "misogyn*", "homophob*",
        "transphob*", "xenophob*", "bigot*", "prejudic*", "stigma*", "oppress*", "injustice*",
        "unjust", "unjustly", "social justice", "privilege*", "underprivileged", "disparit*", "wage gap*",
        "pay gap*", "marginali*", "disadvantaged", "double standard*", "segregat*", "slave*", "slavery",
        "apartheid", "civil rights", "human rights", "rights of", "gender", "women's rights", "lgbt*", "gay",
        "gays", "lesbian*", "transgender", "same-sex", "minority rights", "affirmative action", 
        "level playing field", "preferential treatment", "favouritism", "favoritism", 
        "mistreat*", "persecut*", "demoniz*", "demonis*", "second-class", "exclusion",
        "excluded", "inclusive", "inclusion", "undemocratic", 
        "exploitation", "exploited"),
    "legality": (
        "law", "laws", "lawful", "unlawful*", "legal*", "illegal*", "court", "courts", "courtroom*",
        "supreme court", "court of appeal", "appeals court", "judge*", "judicia*", "judiciary", "jurisprudence",
        "jurisdiction*", "juror*", "jury", "juries", "trial", "trials", "tried for", "case law", "lawsuit*",
        "sue", "sues", "sued", "suing", "litigat*", "libel", "defamation", "plaintiff*", "defendant*",
        "lawyer*", "attorney*", "barrister*", "solicitor*", "counsel", "prosecut*", "charged with", "charges",
        "convict*", "acquit*", "verdict*", "ruling*", "ruled", "injunction*",
        "constitution*", "unconstitution*", "charter", "statute*", "legislation", "criminal code",
        "due process", "rights", "right to", "contempt of court", "liable",
        "liability", "testimony", "testif*", "witness*", "subpoena*", "indict*",
        "justice",
        "justices", "tribunal*", "immigration status", "asylum", 
        "ban", "bans", "banned", "banning", "outlaw*", "prohibit*", "licen*", "loophole*",
        "enforceable", "designated", "designation", "proscribed",
        "on appeal", "appealed", "accused of", "the accused"),
    "policy_prescription": (
        "policy", "policies", "policy maker*", "policymaker*", "government*", "governing", "govern",
        "governance", "administration*", "minister*", "ministry", "cabinet", "premier*", "prime minister*",
        "president*", "presidency", "mayor*", "governor*", "bureaucra*", "agenda*",
        "platform*", "program*", "programme*", "initiative*", "reform*", "plan", "plans",
        "proposal*", "propos*", "strateg*", "solution*", "solve", "solving", "fix",
        "fixes", "priorit*", "mandate*", "accountab*", "oversight", "implement*", "enact*", 
        "bill", "bills", "amend*", "repeal*", "overhaul*", 
        "intervention*", "effective*", "ineffective*", "efficien*", "inefficien*",
        "failed policy", "status quo", "incentive*", "mandatory", "voluntary", "guideline*", "rules",
        "decision*", "decision-making", "leadership", "leader*", "in power",
        "promise*", "pledge*", "committee*", "commission*", "task force*", "inquiry", 
        "public policy", "crack down", "crackdown*", "steps to",
        "action plan*", "moratorium", "cuts", "funding cuts", 
        "track record", "record on",
        "measure", "measures", "regulat*", "deregulat*", "came to power", "taking power", "was passed", "were passed"),
    "crime_punishment": (
        "crime", "crimes", "criminal", "criminals", "criminality", "decriminaliz*", "decriminalis*",
        "offender*", "offence*", "offense*", "police", "policing", "police officer*", "cop", "cops",
        "law enforcement", "arrest*", "detain*", "detention", "custody", "jail*", "prison*", "imprison*",
        "incarcerat*", "inmate*", "parole*", "probation", "sentence", "sentences", "sentenced", "sentencing",
        "punish*", "penalt*", "fined", "fines", "murder*", "homicide*", "manslaughter", "rape*",
        "raping", "rapist*", "sexual assault*", "assault*", "robbery", "robberies", "rob", "robbed", "robbing",
        "theft*", "thief", "thieves", "steal*", "stole*", "burglar*", "fraud*", "scam*", "gang", "gangs",
        "gangster*", "drug dealer*", "drug trafficking", "trafficking", "smuggl*", "cartel*",
        "kidnap*", "abduct*", "extortion", "bribe*", "child abuse", "abuser*", "vandal*",
        "culprit*", "perpetrator*", "suspect", "suspects", "suspected", "fugitive*", "manhunt", "warrant*",
        "deterren*", "recidivis*", "misdemeanor*", "felon*", "felony", "lawbreak*", "break the law",
        "crack down on crime", "tough on crime", "correctional", "death penalty",
        "capital punishment", "execution*", "shooting", "shootings", "gun crime*", "violent crime*",
        "investigat*", "under investigation"),
    "security_defense": (
        "security", "national security", "security forces", "security personnel", "insecurity", 
        "military", "militar*", "army", "armies", "navy", "naval", "air force", "troops", "soldier*",
        "veteran*", "defence", "defense", "nato", "war", "wars", "warfare", "wartime",
        "at war", "combat*", "battle*", "battlefield*", "terror", "terroris*", "counterterror*",
        "counter-terror*", "extremis*", "jihad*", "isis", "isil", "al qaeda", "al-qaeda", "taliban",
        "insurgen*", "militant*", "militia*", "guerrilla*", "attack*", "assailant*", "gunm*", "bomb*",
        "explosi*", "explosive*", "weapon*", "arms", "armed", "firearm*", "missile*", "rocket*", "artillery",
        "drone*", "airstrike*", "air strike*", "invasion", "invade*", "occupation", "threat*",
        "threaten*", "danger to", "surveillance", "intelligence", "spy", "spies", "spying", "espionage",
        "border security", "borders", "border", "patrol*", "checkpoint*", "submarine*",
        "warship*", "fighter jet*", "ceasefire", "cease-fire", "hostage*", "siege", "raid*", "ambush*",
        "offensive*", "escalat*", "deterrent", "radicaliz*", "radicalis*", 
        "cyberattack*", "cyber-attack*", "sabotage", "regime", "coup*", "rebel*", "enemy",
        "enemies"),
    "health_safety": (
        "health", "healthy", "unhealthy", "health care", "healthcare", "public health", "mental health",
        "medic*", "medicine*", "hospital*", "doctor*", "physician*", "nurse*", "nursing", "patient*", "clinic*",
        "clinical", "surgeon*", "surgery", "surgical", "disease*", "illness*", "sick", "sickness",
        "infect*", "virus*", "viral", "vaccin*", "immuniz*", "immunis*", "epidemi*", "pandemic*", "outbreak*",
        "cancer*", "tumor*", "tumour*", "diabet*", "obes*", "diet", "diets", "nutrition*", "arthritis",
        "disorder*", "diagnos*", "symptom*", "treatment*", "therap*", "psychiatr*",
        "psycholog*", "depression", "anxiety", "autism", "dementia", "alzheimer*",
        "suicid*", "overdose*", "opioid*", "addict*", "drugs", "drug", "prescription*", "prescrib*",
        "pharmac*", "dose", "doses", "side effect*", "toxic*", "poison*", "pollut*", "contaminat*",
        "radiation", "radioactive", "carcinogen*", "smoking", "tobacco", "alcohol*", "safety", "safe", "safer",
        "unsafe", "danger*", "hazard*", "risk of", "injur*", "wound*", "casualt*", "fatal*", "accident*",
        "crash", "crashes", "died", "deaths", "death toll", "die", "dying", 
        "emergency", "ambulance*", "paramedic*", "first aid", "pregnan*", "abortion*",
        "life expectancy", "mortality", "well-being", "wellbeing", "sanitation", "hygiene", "gun violence",
        "building safety", "fire safety", "food safety", "medicare",
        "treated for", "treated at", "treated in", "heart attack*", "clinical trial*"),
    "quality_of_life": (
        "quality of life", "way of life", "daily life", "daily lives", "everyday life", "day-to-day",
        "lifestyle*", "living conditions", "standard of living", "cost of living", "well off", "happiness",
        "commut*", "traffic", "congestion",
        "neighbourhood*", "neighborhood*", "community life", "communities", "hometown*", "homes", "housing",
        "homeless*", "shelter*", "families", "family life", "parents", "parenting", "childcare", "child care",
        "daycare", "children", "kids", "vacation*", "holiday*", "leisure", "recreation*", 
        "elderly", "seniors", "displace*", "evacuee*", "refugee*", "suffer*", "hardship*", "misery",
        "livable", "liveable", "mobility", "access to", "isolation", "lonel*", 
        "victim*", "civilian*", "survivor*", "grief", "griev*", "mourn*", "funeral*", "orphan*", "widow*",
        "tragedy", "tragic", "devastat*", "aid", "relief", "humanitarian", "noise", "upheaval", "dislocation"),
    "cultural_identity": (
        "cultur*", "multicultural*", "identity", "identities", "heritage", "tradition*", "custom", "customs",
        "norms", "language", "languages", "linguistic", "bilingual*", "english-speaking", "french-speaking",
        "francophone*", "anglophone*", "dialect*", "ethnic*", "ethnicit*", 
        "tribe*", "tribal", "indigenous", "aboriginal", "first nations", "native", "natives", "ancestr*",
        "nationhood", "nationalis*", "national identity", "patriot*", "citizenship", "immigrant*",
        "immigration", "migrant*", "assimilat*", "integrat*", "diaspora", "minority", "minorities",
        "muslim*", "islam", "islamic", "hindu*", "sikh*", "jewish", "jews", "sectarian", "sect", "sects",
        "imperial*", "society", "societies", "societal", "social norm*", 
        "millennial*", "baby boomer*", "boomers", "youth", "elite*", "middle class", "upper class",
        "working class", "mainstream", "the arts", "artist*", "literary", "literature", "novel*", "film*",
        "movie*", "music*", "television", 
        "hollywood", "sport", "sports", "football", "soccer", "olympic*", "celebrit*", "fashion",
        "cuisine", "holidays", "festival*", "ceremon*", "anthem", "monument*", "statue*",
        "values of", 
        "niqab*", "hijab*", "burqa*", 
        "colonial*", "coloniz*", "colonis*", "colony", "colonies", "generational", "generations", "younger generation*", "older generation*", "this generation", "diversity"),
    "public_opinion": (
        "public opinion", "opinion poll*", "poll", "polls", "polled", "polling", "pollster*", "survey*",
        "respondent*", "referendum*", "plebiscite*", "per cent of", "percent of", "majority of",
        "most people", "most voters", "the public", "public support",
        "public anger", "public outcry", "public pressure", "popular support", "popularity", "unpopular*",
        "approval", "approval rating*", "disapprov*", "margin of error", "percentage point*", "protest*",
        "protester*", "protestor*", "demonstrator*", "demonstration*", "marches", "marched", "rally",
        "rallies", "rallied", "petition*", "outcry", "outrage*", "backlash", "uproar",
        "sentiment*", "attitude*", "perception*", "social media", 
        "grassroots", "activis*", "boycott*",
        "support for", "opposed", "oppose", "opposition to", "in favour of", "in favor of", "favoured",
        "favored", "undecided", "consensus", "views on"),
    "political": (
        "politic*", "political*", "politician*", "partisan*", "bipartisan*", "nonpartisan", "election*",
        "elect", "elected", "re-elect*", "reelect*", "electoral*", "electorate", "campaign*", "vote", "votes",
        "voted", "voting", "voter*", "ballot*", "candidate*", "nominee*", "nomination*", "primary election*",
        "primaries", "caucus*", "party", "parties", 
        "left-wing", "right-wing",
        "lobby*", "filibuster*", "deal-making", "horse-trading", 
        "constituen*", "majority government", "minority government",
        "coalition*", "opposition", "parliament*", "parliamentar*", "congress*", "senat*", "legislat*",
        "lawmaker*", "mp", "mps", "backbench*", 
        "establishment", "incumbent*", "endorse*", "pundit*", "spin doctor*", "talking points",
        "white house", "capitol hill", "ideolog*", 
        "socialis*", "communis*", "populis*", "power struggle*", "debate*",
        "political career", "leadership race", "leadership bid", "oust*", "resign*", "scandal*",
        "leftist*", "far-left", "far-right", "centre-left", "center-left", "centre-right", "center-right"),
    "external_regulation": (
        "diplomat*", "diplomacy", "foreign", "foreign policy", "foreign affairs", "international*",
        "internationally", "worldwide", "around the world", "treaty",
        "treaties", "accord", "accords", "bilateral", "multilateral", "united nations",
        "security council", "general assembly", "member states", "nato allies", "european union", "eu",
        "g7", "g20", "wto", "trade agreement*", "trade deal*", "free trade", "nafta", "sanction*", "embargo*",
        "embassy", "embassies", "ambassador*", "envoy*", "consulate*", "summit*", "allies", "ally", "allied",
        "alliance*", "relations with", "bilateral relations", "ties with", "neighbour*",
        "neighbor*", "other countries", "other nations", "cross-border",
        "reputation", "image abroad", "abroad", "overseas", "meddl*", "interference", "superpower*",
        "sovereign*", "annex*", "geopolitic*", "regional stability", "tensions", "solidarity",
        "condemn*", "foreign aid", "proxy", "sponsored", "state department", "foreign ministry",
        "foreign office", "foreign minister", "ministry of foreign affairs", "foreign hand", 
       ),
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

# --- Generic news frames --------------------------------------------------------------------
#: Generic frame id → display name (Semetko & Valkenburg 2000, "Framing European politics: a
#: content analysis of press and television news", Journal of Communication 50(2)).
GENERIC_FRAME_NAMES: dict[str, str] = {
    "conflict": "Conflict",
    "economic": "Economic consequences",
    "human_interest": "Human interest",
    "morality": "Morality",
    "resolution": "Responsibility / resolution",
}

#: Generic frame → question id → (the battery's yes/no question, cue patterns). The questions
#: are Semetko & Valkenburg's (2000) 20-item battery, short; the cues are general English
#: wording that answers the question "yes" in a sentence (lexicon syntax: lower case, ``*`` =
#: any word ending, a space = any spacing or a hyphen). Numeric cues (money amounts, ages)
#: are in :data:`GENERIC_FRAME_REGEXES`.
GENERIC_FRAME_QUESTIONS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "resolution": {
        "government_can_alleviate": (
            "Does the story suggest that some level of government has the ability to alleviate the problem?", (
                "legislation", "regulat*", "executive order*", "policy", "policies", "bill", "bills",
                "new law*", "a law", "the law", "lawmakers", "congress", "parliament", "government plan*",
                "ministry", "administration's plan*", "federal program*", "mandate*",
                "standards", "ban on", "tax credit*", "subsid*", "incentive*", "funding for", "invest in",
                "investment in", "summit", "agreement", "accord", "treaty", "pledge*", "commitment*", "targets")),
        "government_responsible": (
            "Does the story suggest that some level of government is responsible for the issue/problem?", (
                "government's failure", "government failure*", "failed to act", "failure to act", "inaction",
                "government is responsible", "governments are responsible", "policy failure*", "failed policies",
                "administration's failure", "rolled back", "rollback*", "roll back", "repeal*", "scrapped",
                "weakened", "gutted", "dismantl*", "pulled out of", "withdraw from", "withdrew from",
                "withdrawal from")),
        "solutions": (
            "Does the story suggest solution(s) to the problem/issue?", (
                "solution*", "solve*", "solving", "fix", "fixes", "tackle*", "tackling", "address the",
                "addressing the", "reduce*", "reducing", "reduction*", "cut emissions", "cutting", "curb*",
                "mitigat*", "prevent*", "combat*", "fight against", "to fight", "to stop", "to protect",
                "plan to", "plans to", "proposal*", "propose*", "initiative*", "measures", "steps to",
                "strategy", "strategies", "transition to", "switch to", "phase out", "phasing out", "adapt*", "remed*",
                "alternative*", "innovation*", "reform*", "programme*", "program to", "way forward",
                "what can be done", "help to", "helps to")),
        "individual_responsible": (
            "Does the story suggest that an individual (or group of people in society) is responsible for the "
            "issue/problem?", (
                "responsible for", "responsibility for", "to blame", "blamed", "blames", "blaming",
                "is at fault", "are at fault", "caused by", "driven by", "culprit*", "accountab*",
                "held responsible", "hold responsible", 
                "our own making")),
        "urgent_action": (
            "Does the story suggest the problem requires urgent action?", (
                "urgent*", "urgency", "immediate action", "immediately", "act now", "must act", "need to act",
                "now or never", "before it's too late", "before it is too late", "too late", "time is running out",
                "running out of time", "deadline", "crisis", "emergency", "pressing", "critical", "can't wait",
                "cannot wait", "without delay", "as soon as possible", "swift action", "drastic*",
                "within a decade", "next decade", "by 2030", "by 2050", "tipping point*", "catastroph*")),
    },
    "human_interest": {
        "human_face": (
            "Does the story provide a human example or 'human face' on the issue?", (
                "year-old", "years old", "mother of", "father of", "a mother", "a father", "a resident",
                "residents", "a farmer", "farmers", "a family", "families", "his family",
                "her family", "their families", "a student", "a teenager", "a teen", "a girl", "a boy",
                "a woman", "a man", "neighbors", "neighbours", "villagers", "survivor*", "victim*",
                "eyewitness*")),
        "emotive_wording": (
            "Does the story employ adjectives or personal vignettes that generate feelings of outrage, "
            "empathy-caring, sympathy, or compassion?", (
                "heartbreak*", "heart-breaking", "heart-wrenching", "heartwrenching", "tragic*", "tragedy",
                "tragedies", "devastat*", "horrific", "horrifying", "harrowing", "desperate*", "despair",
                "tears", "tearful*", "wept", "weep*", "crying", "cried", "sobbing", "sobbed", "grief", "griev*", "mourn*",
                "anguish*", "agony", "sorrow*", "terrified", "terrifying", "frightened", "frightening", "scared",
                "fear*", "afraid", "helpless*", "hopeless*", "plight", "suffer*", "misery",
                "miserable", "heartfelt", "compassion*", "sympath*", "empath*", "outrag*", "anger", "angry",
                "furious", "fury", "shock*", "upset", "emotional*", "poignant",
                "beloved", "innocent", "loved ones", "cherish*", "brave*", "courage*", "hero", "heroes", "heroic", "heroism")),
        "people_affected": (
            "Does the story emphasize how individuals and groups are affected by the issue/problem?", (
                "affected", "lives", "livelihood*", "their homes", "lost their homes", "lost everything",
                "forced to flee", "forced to leave", "displaced", "evacuat*", "homeless", "struggl*",
                "hardship*", "impact on people", "impact on families", "impact on communities",
                "hit hardest", "hardest hit", "worst hit", "left without",
                "sick", "illness*", "died", "killed", "deaths", "injured", "health of", "children",
                "kids", "elderly", "the poor", "poor people", "working families")),
        "private_lives": (
            "Does the story go into the private or personal lives of the actors?", (
                "his wife", "her husband", "his husband", "her wife", "his children", "her children", "his son",
                "her son", "his daughter", "her daughter", "his mother", "her mother", "his father",
                "her father", "his parents", "her parents", "my mother", "my father", "my family",
                "my children", "my kids", "my home", "my life", "grew up", "growing up", "childhood",
                "married", "divorce*", "his home", "her home", "personal life", "private life", "birthday",
                "born in", "her life", "his life", "their lives", "dreams", "hobby", "hobbies",
                "family members", "relatives")),
        "visual": (
            "Does the story contain visual information that might generate feelings of outrage, empathy-caring, "
            "sympathy, or compassion?", (
                "photo*", "pictured", "picture*", "image*", "footage", "video*", "seen in", 
                "snapshot*", "selfie*", "instagram", "camera*")),
    },
    "conflict": {
        "disagreement": (
            "Does the story reflect disagreement between parties, individuals, groups or countries?", (
                "disagree*", "disagreement*", "dispute*", "divided", "division*", "divisive", "split over",
                "at odds", "clash*", "feud*", "row over", "battle over", "fight over", "fighting over", "rift*",
                "controvers*", "debate*", "oppos*", "opponent*", "objected", "objection*", "protest*", "reject*",
                "resist*", "conflict*", "tension*", "standoff", "stand-off", "polariz*", "polaris*",
                "contentious", "contested", "contest", "confront*", "hostil*", "versus", "refus*", "defy*",
                "defied", "defiance", "backlash", "pushback", "push back", "pushed back", "veto*", "sued", "sue",
                "sues", "lawsuit*", "challenge*", "skeptic*", "sceptic*", "denier*", "deny", "denies", "denied")),
        "reproach": (
            "Does one party, individual, group or country reproach another?", (
                "accus*", "blame*", "blaming", "slam*", "blast*", "condemn*", "denounc*", "lambast*",
                "criticiz*", "criticis*", "criticism*", "critic", "critics", "chastis*", "rebuk*", "mock*",
                "ridicul*", "lie", "lies", "lied", "lying", "liar*", "hypocri*", "scold*", "decr*", "insult*",
                "attacked", "attacking", "attacks on", "berat*", "castigat*", "derid*", "smear*", "bash*",
                "rips", "ripped", "tore into", "hit out", "lashed out", "lash out", "fired back", "took aim",
                "called out", "disgrace*", "shameful", "irresponsible", "reckless", "dishonest", "fraud*",
                "scam*", "hoax*", "alarmist*", "propaganda")),
        "sides": (
            "Does the story refer to two sides or to more than two sides of the problem or issue?", (
                "both sides", "two sides", "either side", "the other side", "on the other hand", "others say",
                "others argue", "critics say", "critics argue", "supporters", "proponents", "advocates",
                "opponents say", "camp", "camps", "side of the", "sides of", "some say", "some argue",
                "while others", "but others", "for and against", "pros and cons", "democrats and republicans",
                "republicans and democrats", "left and right", "the left", "the right", "partisan*")),
        "winners_losers": (
            "Does the story refer to winners and losers?", (
                "winner*", "loser*", "win", "wins", "won", "winning", "lose", "loses", "losing", "defeat*",
                "victor*", "triumph*", "setback*", "beat", "beaten", "prevail*", "upper hand", "gave in",
                "caved", "backed down", "back down", "concede*", "conceded")),
    },
    "morality": {
        "moral_message": (
            "Does the story contain any moral message?", (
                "moral*", "immoral*", "ethic*", "unethical", "the right thing", "the wrong thing", "duty",
                "obligation*", "responsibility to", "shame*", "disgrace*", "hypocri*", "virtue*",
                "conscience", "evil", "sin", "sins", "sinful", "greed*", "selfish*", "righteous*", "decency",
                "integrity", "betray*", "injustice", "dignity", "noble", "wicked*", 
                "dishonest*", "owe it to", "stewardship", "values")),
        "religion": (
            "Does the story make reference to morality, God, and other religious tenets?", (
                "god", "god's", "religio*", "faith*", "church*", "pope", "vatican", "bible", "biblical",
                "christian*", "catholic*", "evangelical*", "pray*", "sacred", "holy", "spiritual*", "heaven",
                "hell", "soul", "souls", "theolog*", "worship*", "clergy", "pastor*", "priest*", "bishop*",
                "rabbi*", "imam*", "islam", "islamic", "muslim*", "jewish", "scripture*", "creation", "creator",
                "apocalyp*", "armageddon", "doomsday", "salvation", "sermon*", "gospel*", "cult", "cults",
                "zealot*", "heresy", "heretic*", "blasphem*", "dogma*", "preach*", "prophet*", "prophec*",
                "messiah*", "crusade*", "idol*", "gods")),
        "behaviour_prescription": (
            "Does the story offer specific social prescriptions about how to behave?", (
                "we should", "we must", "we need to", "we ought", "you should", "you must",
                "ought to", "people should", "people must", "everyone should", "each of us", "all of us",
                "our responsibility", "it is up to us", "it's up to us", "do your part", "do our part",
                "should be ashamed", "must stop", "should stop", "stop eating", "stop flying", "eat less",
                "consume less", "live by", "practice what", "practise what", "lead by example",
                "set an example", "virtue signal*", "virtue-signal*", "lecture*", "lecturing", "sacrifice*")),
    },
    "economic": {
        "losses_gains": (
            "Is there a mention of financial losses or gains now or in the future?", (
                "profit*", "loss", "losses", "lose money", "lost money", "revenue*", "earnings", "income*",
                "financial*", "economic damage", "economic loss*", "economic growth", "economic benefit*",
                "jobs", "job losses", "job creation", "unemploy*", "wealth*", "bankrupt*", "gdp", "recession",
                "boom", "windfall*", "savings", "save money", "stock*", "shares", "investor*", "dividend*",
                "market value", "valuation*", "damages")),
        "costs": (
            "Is there a mention of the costs/degree of expense involved?", (
                "cost", "costs", "costly", "costing", "expens*", "price*", "pricing", "spend*", "spent",
                "afford*", "budget*", "tax", "taxes", "taxpayer*", "fund", "funds", "funding", "funded", "billion*", "trillion*",
                "dollars", "per gallon", "bill for", "fees", "tariff*", "subsid*", "paid", "pay for",
                "paying for", "cheap*", "investment*", "invest*")),
        "economic_consequences": (
            "Is there a reference to economic consequences of pursuing or not pursuing a course of action?", (
                "econom*", "industr*", "business*", "market*", "trade", "employment", "employers", "workers",
                "consumer*", "competitiv*", "manufactur*", "commerc*", "companies", "company", "corporat*",
                "growth", "prices", "energy bills", "livelihood*", "supply chain*", "exports",
                "imports", "inflation", "productivity")),
    },
}

#: Generic frame question → extra regular expressions (case-sensitive where case matters):
#: money amounts ("$22m", "£18 million", "3 billion") answer the cost question; an age after a
#: name ("Ana Ruiz, 58,") gives a human face.
GENERIC_FRAME_REGEXES: dict[str, tuple[str, ...]] = {
    "costs": (r"[$£€¥]\s?\d[\d,.]*(?:\s?(?:[mbk]n?|million|billion|trillion)\b)?",
              r"\b\d[\d,.]*\s?(?:million|billion|trillion)\s+(?:dollars|euros|pounds|yuan|rupees)\b"),
    "human_face": (r"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:\d{1,2}|aged \d{1,2}),",),
}

# --- Loaded language ------------------------------------------------------------------------
#: Loaded-language categories in display order.
LOADED_CATEGORIES: tuple[str, ...] = (
    "epistemological verb", "emotive verb", "labelling noun", "ideological label", "subjective intensifier",
    "evaluative adjective", "emotive noun", "sentiment word")

#: Category → patterns of subjective and one-sided wording (lexicon syntax: lower case, ``*`` =
#: any word ending). Written from the categories of the bias-lexicon literature, not from any
#: annotated sentence: Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013, "Linguistic models
#: for analyzing and detecting biased language": factive and assertive verbs after Hooper 1975,
#: subjective intensifiers after Riloff & Wiebe 2003), the slanted verbs of saying of journalism
#: style guides (AP Stylebook's "said" rule; "slammed", "blasted"), and the political labels and
#: loaded nouns of media-bias research (Spinde et al. 2021 describe the kind). ``sentiment word``
#: has no patterns: it is VADER's human-rated lexicon (Hutto & Gilbert 2014, packaged with
#: ``vaderSentiment``), words of strong valence only (:data:`VADER_MIN_NEGATIVE`,
#: :data:`VADER_MIN_POSITIVE`), less
#: :data:`VADER_NEUTRAL_NEWS_WORDS`.
#:
#: - ``epistemological verb``: presupposes or casts doubt on the truth of what is reported
#:   ("claimed", "admitted", "insisted", "so-called").
#: - ``emotive verb``: a verb of saying or doing that carries the writer's judgement
#:   ("slammed", "blasted", "boasted", "rammed through").
#: - ``labelling noun``: a noun that labels people or their ideas pejoratively ("mob", "thugs",
#:   "cult", "propaganda").
#: - ``ideological label``: a political label of a person or group ("leftist", "far-right", "woke").
#: - ``subjective intensifier``: adverbs and adjectives of degree that amplify ("utterly",
#:   "massive", "staggering").
#: - ``evaluative adjective``: an adjective that judges ("bizarre", "reckless", "disgraceful").
#: - ``emotive noun``: a noun that dramatises ("fiasco", "witch hunt", "power grab").
LOADED_LANGUAGE: dict[str, tuple[str, ...]] = {
    "epistemological verb": (
        "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting", "admit", "admits",
        "admitted", "admitting", "admission", "concede", "concedes", "conceded", "conceding", "contend",
        "contends", "contended", "assert", "asserts", "asserted", "asserting", "assertion*", "purport*",
        "allege", "alleges", "alleging", "allegation*", "so-called", "pretend*", "profess*", "feign*",
        "supposed", "supposedly", "ostensibl*", "confess*", "tout", "touts", "touted", "touting", "boast",
        "boasts", "boasted", "boasting", "brag", "brags", "bragged", "bragging", "exposed", "revealed",
        "self-proclaimed", "self-described", "self-styled", "would-be", "alleged"),
    "emotive verb": (
        "slam", "slams", "slammed", "slamming", "blasted", "blasting", "rip", "rips",
        "ripped", "ripping", "lash out", "lashes out", "lashed out", "lashing out", "lashed", "bash", "bashes",
        "bashed", "bashing", "hammered", "hammering", 
        "scorch*", "mock", "mocks", "mocked", "mocking", "ridicul*", "scold*", "berat*", "decry", "decries",
        "decried", "decrying", "denounc*", "lambast*", "excoriat*", "eviscerat*", "skewer*", "savaged",
        "smear", "smears", "smeared", "smearing", "demoniz*", "demonis*", "vilif*", "gloat*", "rant", "rants",
        "ranted", "ranting", "whine*", "whining", "whined", "sneer*", "shriek*", "screech*", "slash", "slashed",
        "slashing", "gutted", "gutting", 
        "crush", "crushing", "cripple*", "crippling", "plunder*", "ravag*", "unleash*", "spew*",
        "peddl*", "hype*", "caved", "caves in", "grovel*", "kowtow*", "sabotag*", "obstruct*", "derail*",
        "trash", "trashed", "trashing", "railed", "rails against", "flout*", "brainwash*", "indoctrinat*",
        "weaponiz*", "weaponis*", "rigged", "rigging", "swindl*", "pillag*",
        "terroriz*", "bully", "bullied", "bullies", "bullying", "intimidat*", "threaten",
        "threatens", "threatened", "threatening", "forced", "forcing", 
        "swarm*", "rammed", "ramming", "doubled down", "doubles down",
        "hit out", "hits out", "fired back", "fires back", "took aim", "takes aim", "tore into", "tears into",
        "went after", "seethe*", "seething", "fume", "fumed", "fuming", 
        "skyrocket*", "balk*", "stonewall*", "dodge*", "dodging",
        "pander*", "grandstand*", "meddl*", "scapegoat*", "exploit", "exploits", "exploited", "exploiting",
        "parrot*", "spook*",
        "manipulat*", "coerc*", "blackmail*", "incite*", "whip up", "whipped up", "whipping up", "deride*", "derided", "belittl*", "downplay*", "trivializ*", "trivialis*", "whitewash*", "fearmonger", "scream", "screamed", "screaming", "howl*", "squander*", "bungle", "ram through", "rammed through", "strong-arm*", "muzzl*", "silenc*", "censor*", "persecut*"),
    "labelling noun": (
        "mob", "mobs", "thug", "thugs", "thuggery", "cult", "cults", "cabal*", "regime", "regimes", "propaganda",
        "propagandist*", "elites", "elitist*", "globalist*", "radicals", "extremists", "zealot*", "ideologue*",
        "fanatic*", "aliens", "illegals", "invader*", "criminals", "puppet*", "cronies", "crony", "cronyism",
        "grifter*", "grift", "snowflake*", "liar", "liars", "bigot", "bigots", "racists", "fascist*",
        "fascism", "nazi*", "communists", "marxists", "socialists", "leftists", "deniers", "denier", "alarmist*",
        "hoax*", "scam", "scams", "scammer*", "crusade*", "agenda", "dogma*",
        "lunatic*", "idiot*", "moron*", "clown*", "shill*", "apologist*", "stooge*", "henchm*", "minion*",
        "lackey*", "buffoon*", "demagogue*", "tyrant*", "despot*", "dictator*", "tyranny", "anarchist*",
        "agitator*", "rioter*", "looter*", "gun nut*", "anti-vaxxer*", "anti-vaxer*", "tree hugger*",
        "social justice warrior*", "race-baiter*", "fearmonger*", "fear-monger*", "warmonger*", "scaremonger*",
        "mouthpiece*", "cheerleader*", "bureaucrat*", "bureaucracy", "kook*", "wacko*", "nutjob*", "nut job*",
        "freak*", "villain*", "monster*", "barbarian*", "terrorists", "hardliner*",
        "hard-liner*", "loyalist*", "sycophant*", "acolyte*", "henchman", "goons", "goon", "hooligan*",
        "vigilante*", "bandits", "traitor*", "turncoat*", "heretic*", "pariah*", "rogue*", "cartel*",
        "establishment", "gatekeeper*", "overlord*", "ideology", "ideologies", "orthodoxy",
        "hacks", "hack", "trolls", "troll", "wingnut*", "crybab*", "cry-bab*", "whiner*", "narcissist*", "diehards", "die-hards", "mobsters", "mobster", "gangster*", "mafia", "hater*", "bootlicker*", "opportunist*", "profiteer*", "carpetbagger*", "freeloader*", "moocher*", "parasite*", "useful idiot*", "ideologues", "purist*", "agitators", "instigator*", "troublemaker*", "rabble-rouser*", "populist", "populists", "populism", "globalism", "nationalism", "elitism", "authoritarianism", "totalitarianism", "statism", "collectivism", "leftism", "wokeism", "identity politics", "cancel culture", "political correctness", "groupthink", "echo chamber*", "talking point*", "establishment elite*"),
    "ideological label": (
        "leftist", "left-wing", "right-wing", "far-left", "far-right", "alt-right", "alt-left", "hard-left",
        "hard-right", "ultra-conservative", "ultraconservative", "ultra-liberal", "ultraliberal", "ultra-left",
        "ultra-right", "radical", "radicalized", "radicalised", "extremist", "woke", "wokeness", "marxist",
        "socialist", "communist", "anti-american", "un-american", "anti-science", "anti-gun", "pro-gun",
        "anti-abortion", "pro-abortion", "anti-choice", "anti-vax", "anti-vaccine", "anti-immigrant",
        "anti-immigration", "open borders", "open-border*", "illegal immigrant*", "illegal alien*",
        "illegal immigration", "globalist", "nationalist", "ethno-nationalist*", "white nationalist*",
        "supremacist*", "xenophob*", "islamophob*", "homophob*", "transphob*", "misogyn*", "racist",
        "racism", "sexist", "sexism", "bigoted", "bigotry", "partisan", "hyper-partisan", "hyperpartisan",
        "liberal elite*", "coastal elite*", "mainstream media", "fake news", "lamestream", "leftwing",
        "rightwing", "neocon*", "neo-nazi*", "theocra*", "fundamentalist*",
        "progressive left", "radical left", "radical right", "the left's", "trumpism", "trumpist*", "maga",
        "libtard*", "rethuglican*", "democrat party", "socialism", "communism", "marxism", "fascistic"),
    "subjective intensifier": (
        "extremely", "incredibly", "utterly", "totally", "absolutely", "wildly", "desperately", "aggressively",
        "brazenly", "shamelessly", "blatantly", "outright", "dramatically", "drastically", "radically",
        "viciously", "ruthlessly", "recklessly", "deliberately", "bizarrely", "sadly", "unfortunately",
        "thankfully", "mercifully", "notoriously", "alarmingly", "disturbingly", "shockingly", "stunningly",
        "astonishingly", "ridiculously", "absurdly", "insanely", "hugely", "massively", "enormously",
        "grossly", "woefully", "painfully", "horribly", "terribly", "awfully", "incessantly", "relentlessly",
        "endlessly", "of course", "obviously", "needless to say", "literally", "depressingly", "violently",
        "furiously", "fiercely", "bitterly", "vehemently", "overtly", "flagrantly",
        "egregiously", "wantonly", "callously", "cynically", "conveniently", "conspicuously", "suspiciously",
        "curiously", "oddly", "strangely", "unbelievably", "staggeringly",
        "breathtakingly", "jaw-dropping", "mind-boggling", "eye-popping", "whopping", "massive", "huge",
        "enormous", "staggering", "colossal", "monumental", "gigantic", "unprecedented", "astonishing",
        "astounding", "stunning", "sweeping", "sheer", "utter", "mere", "tremendous", "incredible",
        "unbelievable", "extraordinary", "dramatic", "drastic", "skyrocketing", "soaring", "rampant",
        "runaway", "out-of-control", "out of control", "ever-growing", "never-ending", "relentless",
        "unrelenting", "unending", "endless", "countless", "untold", "so much", "far too", "way too",
        "ever more", "deeply", "wholly",
        "thoroughly", "truly", "merely", "even more", "most ever", "all-out",
        "full-blown", "full-scale", "wholesale", "unabashed*", "unapologetic*", "naked", "clear-cut"),
    "evaluative adjective": (
        "outrageous", "shocking", "bizarre", "ridiculous", "absurd", "ludicrous", "preposterous", "laughable",
        "blatant", "egregious", "flagrant", "appalling", "disgusting", "despicable", "deplorable",
        "abhorrent", "vile", "heinous", "horrific", "horrendous", "horrible", "terrible", "awful", "atrocious",
        "dreadful", "disastrous", "catastrophic", "devastating", "calamitous", "dire", "reckless",
        "dangerous", "toxic", "pathetic", "miserable", "shameful", "bogus", "fake", "phony",
        "phoney", "fraudulent", "baseless", "groundless", "unfounded", "false", "misleading", "dubious",
        "shady", "sleazy", "corrupt", "crooked", "rotten", "sinister", "nefarious", "insidious", "evil",
        "wicked", "cruel", "brutal", "savage", "barbaric", "vicious", "ruthless", "hateful", "hostile",
        "aggressive", "extreme", "fringe", "zealous", "fanatical", "hysterical", "paranoid", "delusional",
        "deranged", "insane", "crazy", "unhinged", "idiotic", "stupid", "dumb", "moronic", "foolish", "silly",
        "senseless", "pointless", "useless", "worthless", "incompetent", "inept", "bungling", "bungled",
        "clueless", "chaotic", "dysfunctional", "embattled", "beleaguered", "disgraced", "notorious",
        "infamous", "controversial", "divisive", "polarizing", "polarising", "inflammatory", "incendiary",
        "provocative", "scathing", "fiery", "furious", "outraged", "irate", "bitter", "brazen", "shameless",
        "hapless", "feckless", "spineless", "gutless", "cowardly", "craven", "hypocritical", "sanctimonious",
        "self-righteous", "smug", "arrogant", "elitist", "condescending", "patronizing", "patronising",
        "pompous", "pretentious", "politically correct", "amazing", "fantastic", "brilliant", "wonderful",
        "glorious", "heroic", "courageous", "orwellian", "kafkaesque", "dystopian", "apocalyptic",
        "nightmarish", "chilling", "alarming", "disturbing", "troubling", "scary", "terrifying", "frightening",
        "damning", "scandalous", "lavish", "extravagant", "obscene", "grotesque",
        "reprehensible", "unconscionable", "indefensible", "inexcusable", "intolerable", "unacceptable",
        "irresponsible", "irrational", "illogical", "misguided", "wrongheaded", "ill-advised", "ill-conceived",
        "half-baked", "hare-brained", "harebrained", "dim-witted", "ignorant", "uninformed", "unscientific",
        "disingenuous", "dishonest", "deceitful", "deceptive", "duplicitous", "treacherous", "mendacious",
        "manipulative", "predatory", "exploitative", "greedy", "selfish", "callous", "heartless", "merciless",
        "tyrannical", "authoritarian", "dictatorial", "totalitarian", "oppressive", "repressive", "draconian",
        "heavy-handed", "high-handed", "overbearing", "overreaching", "sloppy", "shoddy", "flimsy", "lame",
        "weak", "feeble", "tone-deaf", "out-of-touch", "out of touch", "needless", "gratuitous", "obsessive",
        "obsessed", "fixated", "empty", "hollow", "vacuous", "meaningless", "tawdry",
        "disgraceful", "pernicious", "noxious", "poisonous", "venomous", "vitriolic", "virulent", "rabid",
        "frenzied", "feverish", "hyperbolic", "overblown", "exaggerated", "alarmist", "doom-laden", "bleak",
        "grim", "gloomy", "dismal", "abysmal", "lousy", "crummy", "pitiful", "sad", "tragic",
        "manic", "nutty", "loony", "wacky", "kooky", "batty", "onerous", "bloated", "wasteful", "frivolous", "stubborn", "obstinate", "intransigent", "belligerent", "bellicose", "combative", "volatile", "erratic", "naive", "naïve", "lazy", "sneaky", "petty", "vindictive", "vengeful", "spiteful", "malicious", "malevolent", "sickening", "revolting", "repugnant", "offensive", "insulting", "demeaning", "degrading", "humiliating", "embarrassing", "cringeworthy", "cringe-worthy", "backward", "archaic", "outdated", "antiquated", "specious", "spurious", "sham", "aimless", "blundering", "ham-fisted", "clumsy", "filthy", "sordid", "seedy", "unsavory", "unsavoury", "dodgy", "menacing", "intimidating", "ominous", "so-so"),
    "emotive noun": (
        "disaster", "disasters", "catastrophe", "catastrophes", "debacle", "fiasco", "mess", "chaos", "carnage",
        "bloodbath", "slaughter", "onslaught", "war on", "assault on", "attack on", "attacks on", "invasion of",
        "flood of", "plague", "scourge", "menace", "nightmare", "horror", "horrors", "atrocity", "atrocities",
        "outrage", "travesty", "farce", "charade", "circus", "power grab", "land grab", "witch hunt*", "witch-hunt*", "cover-up",
        "coverup", "scandal", "smear campaign", "slander", "lies", "lie", "falsehood*", "myth", "myths",
        "misinformation", "disinformation", "gibberish", "nonsense", "rubbish", "garbage", "drivel", "hogwash",
        "tirade", "diatribe", "screed", "hit piece", "hit job", "meltdown", "tantrum*", "obsession", "hatred",
        "hate", "greed", "corruption", "nepotism", "brutality", "oppression", "persecution", "indoctrination",
        "brainwashing", "pandering", "grandstanding", "virtue signal*", "virtue-signal*", "fearmongering",
        "fear-mongering", "scaremongering", "hysteria", "alarmism", "doomsday", "bonanza*", "giveaway*",
        "handout*", "boondoggle*", "pork", "slush fund*", "gravy train", "cash grab", "money grab", "red tape",
        "nanny state", "big government", "death tax", "death panel*", "job-killing", "job killer*",
        "gun grab*", "amnesty", "madness", "insanity", "lunacy", "idiocy", "stupidity", "ignorance",
        "arrogance", "hypocrisy", "cowardice", "treason", "betrayal", "sellout", "sell-out", "crackdown",
        "purge", "purges", "firestorm", "bombshell", "frenzy", "uproar", "furor", "furore",
        "backlash", "spin", "stunt", "stunts", "gimmick*", "ploy", "ploys", "scheme", "schemes", "racket",
        "shakedown", "ripoff", "rip-off", "con job", "smokescreen", "whitewash", "dog whistle*", "dog-whistle*",
        "agitprop", "demagoguery", "fanaticism", "extremism", "radicalism", "bloodshed", "mayhem",
        "havoc", "turmoil", "quagmire", "cesspool", "swamp", "horde*", "throng*",
        "armies of", "army of", "legions of", "tsunami of", "wave of", "torrent of", "barrage of",
        "deluge of", "onslaught of", "rash of", "spate of", "litany of", "slew of",
        "lawlessness", "anarchy", "pandemonium", "bedlam", "malfeasance", "incompetence", "deceit", "deception", "duplicity", "treachery", "pretext", "feud", "spat", "squabble*", "bickering", "fallout", "waste", "extravagance", "largesse", "giveaways", "pork-barrel", "hellhole*", "hellscape", "dumpster fire", "train wreck", "trainwreck", "shambles", "shitshow", "crap", "bullshit", "bs", "claptrap", "twaddle", "balderdash", "poppycock", "tripe", "baloney", "malarkey", "fervor", "fervour", "outburst*", "harangue*", "vitriol", "venom", "bile", "slur*", "epithet*", "insult*", "taunt*", "jab", "jabs", "swipe", "swipes", "dig at", "broadside*", "lynch mob*", "hit squad*", "kangaroo court*", "show trial*", "star chamber"),
    "sentiment word": (),
}

#: VADER valence (−4 … 4; the mean of ten raters) at or below minus this makes a negative
#: word a ``sentiment word``.
VADER_MIN_NEGATIVE: float = 1.5
#: VADER valence at or above which a positive word is a ``sentiment word``: news praises in
#: plain words ("peaceful", "effective"), so only strong praise counts.
VADER_MIN_POSITIVE: float = 3.0

#: Strong-valence VADER words that news uses as plain report, not as loaded wording: harm and
#: conflict vocabulary (the facts of the story, measured by agency and casualty tables),
#: courtesy and agreement words, and words whose news sense is neutral.
VADER_NEUTRAL_NEWS_WORDS: frozenset[str] = frozenset(
    """
    killed kill kills killing died die dies dying dead death deaths injured injury injuries wounded hurt
    attack attacked attacks war wars violence violent crisis victim victims murder murdered shooting shot
    bomb bombing bombs terrorist terrorism terror fire fires fired arrested arrest prison jail crime crimes
    criminal charged guilty suicide accident crash disaster emergency cancer disease illness sick pain
    fight fighting fought conflict threat threats protest protests protesters abuse abused rape raped
    victory win won winning winner help helps helped helping support supported supports supporting
    thank thanks thanked please welcome welcomed agree agreed agreement like liked likes love loved
    care cares cared good great best better well yes no ok okay true truth free freedom peace safe
    safety secure security protect protected protection hope hopes hoped trust trusted success
    successful honor honour respect respected justice legal rights right lost loss losses losing lose
    problem problems issue poor poverty risk risks danger fear fears feared worry worried concern ban banned
    concerned concerns failed fail failure fails hard difficult damage damaged destruction destroyed
    sad tragedy tragic grief mourn mourning funeral funerals hostage hostages weapon weapons gun guns
    attacker attackers assault assaults perpetrator perpetrators casualty casualties killings fatal
    riot riots rioting destroyed detained tension tensions dispute disputes reject rejected rejects
    deny denied denies condemn condemned condemns criticized criticised criticism restricted poorest
    killer killers murderer murderers murders murdering penalty punishment punished sentenced
    """.split()
)

#: Common nouns that can head an agent of killing or injuring: people, groups and forces
#: (with the actor labels' forms and any noun ending in "-ist(s)" or "-man/-men"). Events and
#: weapons ("the attack", "the blast", "a bomb") are not agents: "the blast killed 12" names
#: no doer and is agentless.
AGENT_NOUNS: frozenset[str] = frozenset(
    """
    gunman gunmen shooter shooters attacker attackers assailant assailants bomber bombers killer killers
    murderer murderers perpetrator perpetrators sniper snipers suspect suspects culprit culprits
    man men woman women boy boys girl girls teen teens teenager teenagers youth youths juvenile person
    people individual individuals driver drivers motorist motorists pilot pilots passenger stranger
    soldier soldiers troops troop forces force army armies military militaries police policeman policemen
    officer officers trooper troopers deputy deputies sheriff agent agents guard guards commando commandos
    marine marines sailor sailors airman airmen sergeant captain commander commanders guerrilla guerrillas
    militant militants insurgent insurgents rebel rebels fighter fighters terrorist terrorists jihadist
    jihadists jihadi jihadis extremist extremists militia militias militiamen paramilitaries mercenaries
    group groups gang gangs cell cells faction factions organisation organization network outfit regime
    government authorities members member supporters followers mob mobs crowd crowds protesters rioters
    father mother son daughter husband wife brother sister uncle nephew cousin neighbour neighbor
    boyfriend girlfriend partner student students pupil classmate veteran veterans employee worker
    resident residents villager villagers kidnappers hijackers captors abductors immigrant immigrants
    migrant migrants refugee refugees national nationals citizen citizens dropout loner recruit
    contractor contractors
    """.split()
)

#: Pronouns that can be agents.
AGENT_PRONOUNS: frozenset[str] = frozenset("he she they we i you it".split())

#: Verbs of thinking and saying that end an agent phrase read backwards ("police believe the gunman").
AGENT_STOP_VERBS: frozenset[str] = frozenset(
    """
    believe believes believed think thinks thought say says said know knows knew suspect suspects
    fear fears feared allege alleges alleged claim claims claimed report reports reported confirm
    confirmed confirms add added adds tell told tells show showed shows
    """.split()
)

#: Words that are never the head of an agent: time words.
AGENT_TIME_WORDS: frozenset[str] = frozenset(
    """
    night morning afternoon evening day days week weeks month months year years today tonight yesterday
    weekend hour hours minute minutes decade decades century time
    """.split()
)
