"""Word lists for source comparison: actors, titles, organisations, places, number qualifiers.

Used by :mod:`presslens.compare.entities`, :mod:`presslens.compare.quotes`, :mod:`presslens.compare.variants` and
:mod:`presslens.compare.discrepancies`. Everything is lower case; lists are general (English news
style), never tuned to one article. The gazetteer is deliberately small: countries, large
regions and world cities that news copy names without a cue; other places are recognised by
cues ("in X", "X province") or left as unclassified names.
"""

from __future__ import annotations

# --- Titles ---------------------------------------------------------------------------------
#: Head words of a person's title or role ("Chief Minister", "spokesperson"). A capitalised
#: run that ends in one of these is a title, not a name; before a name it becomes its title.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    president vice-president premier chancellor minister ministers secretary spokesperson spokesman
    spokeswoman spokespeople governor senator congressman congresswoman representative lawmaker
    legislator mayor ambassador envoy diplomat ayatollah king queen prince princess sheikh emir
    chairman chairwoman chairperson chair director commissioner chief head leader
    general lieutenant colonel major captain sergeant admiral commander commandant marshal brigadier
    officer inspector superintendent sheriff attorney judge justice magistrate prosecutor
    mp mla mna senior junior deputy pope bishop archbishop cardinal imam rabbi pastor reverend
    professor dr doctor analyst researcher expert economist official officials adviser advisor
    aide ceo cfo founder executive manager editor correspondent reporter activist lawyer advocate
    witness eyewitness resident residents survivor candidate nominee speaker whip
    prophet cartoonist columnist journalist photographer
    """.split()
)

#: Words that qualify a title ("junior interior minister", "foreign ministry spokesperson");
#: they may stand between a possessive and the title head.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """
    chief prime deputy junior senior acting interim former ex state federal provincial regional
    interior foreign defence defense finance home health education information justice trade
    military army police security intelligence party opposition ruling top local district city
    national general principal assistant associate vice executive managing press
    """.split()
)

#: Honorifics written before a name (with or without a period).
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady gen lt col maj capt sgt adm sen rep gov rev fr sheikh".split()
)

#: Generic speakers: common-noun heads that can be the subject of a reporting verb.
GENERIC_SPEAKERS: frozenset[str] = frozenset(
    """
    official officials authorities authority police military army government ministry spokesperson
    spokesman spokeswoman sources source statement statements report reports witnesses eyewitnesses
    residents survivors analysts experts observers critics lawmakers legislators leaders leader
    group groups militants insurgents rebels prosecutors investigators doctors hospital agency
    minister ministers officer officers commander commanders forces administration office
    department committee council party campaign white house people family relatives
    """.split()
)

#: Pronouns that can stand for a speaker, resolved to an earlier person or group.
SPEAKER_PRONOUNS: dict[str, str] = {"he": "person", "she": "person", "they": "group", "we": "group", "i": "person"}

# --- Organisations --------------------------------------------------------------------------
#: Last words of organisation names ("Baloch Liberation Army", "Foreign Ministry").
ORG_CUES: frozenset[str] = frozenset(
    """
    army navy force forces corps police guard guards ministry department office agency bureau service
    services council committee commission assembly parliament congress senate house court tribunal
    party front movement alliance league union federation association organisation organization
    institute university college school academy hospital bank fund company corporation corp inc ltd
    group network times post news journal tribune herald press agency television radio channel
    foundation trust society church mission board authority administration government cabinet
    coalition brigade battalion taliban logistics holdings industries airlines airways energy motors systems
    technologies partners capital media pharmaceuticals group
    """.split()
)

#: First or inner words that make a capitalised run an organisation ("Ministry of Defence").
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    "ministry department bureau council committee commission university bank institute office court house".split()
)

# --- Places ---------------------------------------------------------------------------------
#: Countries, large regions and world cities (lower case). Small on purpose.
GAZETTEER: frozenset[str] = frozenset(
    """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad chile china
    colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea estonia ethiopia finland
    france georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos
    latvia lebanon libya lithuania malaysia mali mexico moldova mongolia morocco mozambique myanmar
    nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia
    spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan
    uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
    america britain england scotland wales europe asia africa gaza crimea kashmir balochistan punjab sindh
    tibet xinjiang kurdistan darfur donbas chechnya
    us u.s. usa u.s.a. uk u.k. uae u.a.e. eu u.n.
    washington london paris berlin moscow beijing tokyo delhi islamabad karachi lahore quetta peshawar
    kabul tehran baghdad damascus beirut jerusalem cairo riyadh dubai doha ankara istanbul kyiv kiev
    brussels geneva rome madrid new york los angeles chicago mumbai dhaka colombo kathmandu
    """.split()
)

#: Multi-word place names of the gazetteer (lower case).
GAZETTEER_PHRASES: frozenset[str] = frozenset(
    {"united states", "united kingdom", "united arab emirates", "new delhi", "new york", "los angeles",
     "south africa", "north korea", "south korea", "saudi arabia", "sri lanka", "new zealand",
     "west bank", "hong kong", "middle east", "european union", "united nations", "south asia",
     "central asia", "latin america", "washington d.c."}
)

#: Words after a capitalised name that make it a place ("Noshki district", "Sindh province").
PLACE_CUES: frozenset[str] = frozenset(
    "province provinces district districts city town village region state county valley river border capital".split()
)

#: Demonyms → place (lower case), so "Pakistani forces" counts as a mention of Pakistan.
DEMONYMS: dict[str, str] = {
    "pakistani": "Pakistan", "indian": "India", "afghan": "Afghanistan", "iranian": "Iran",
    "chinese": "China", "american": "United States", "british": "United Kingdom", "russian": "Russia",
    "ukrainian": "Ukraine", "israeli": "Israel", "palestinian": "Palestine", "syrian": "Syria",
    "iraqi": "Iraq", "turkish": "Turkey", "french": "France", "german": "Germany", "saudi": "Saudi Arabia",
    "egyptian": "Egypt", "mexican": "Mexico", "canadian": "Canada", "japanese": "Japan",
    "bangladeshi": "Bangladesh", "nepali": "Nepal", "sri lankan": "Sri Lanka", "baloch": "Balochistan",
    "kurdish": "Kurdistan", "lebanese": "Lebanon", "yemeni": "Yemen", "sudanese": "Sudan",
}

#: Capitalised words that are never names (days, months, sentence adverbs in title case).
NOT_NAMES: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    i ok tv
    """.split()
)

#: Small words allowed inside a capitalised name ("Bank of England", "Abu al Varnawi").
NAME_CONNECTORS: frozenset[str] = frozenset("of for de del da di la le al el bin ibn van von der".split())

# --- Numbers --------------------------------------------------------------------------------
#: Qualifiers written before a number → kind. Multi-word entries are matched on words.
NUMBER_QUALIFIERS: dict[str, str] = {
    "at least": "lower bound", "more than": "lower bound", "over": "lower bound", "upwards of": "lower bound",
    "upward of": "lower bound", "in excess of": "lower bound", "no fewer than": "lower bound",
    "no less than": "lower bound", "as many as": "upper bound", "up to": "upper bound", "at most": "upper bound",
    "fewer than": "upper bound", "less than": "upper bound", "under": "upper bound", "nearly": "approximate",
    "almost": "approximate", "about": "approximate", "around": "approximate", "roughly": "approximate",
    "approximately": "approximate", "some": "approximate", "close to": "approximate", "an estimated": "approximate",
    "estimated": "approximate", "just over": "approximate", "just under": "approximate", "only": "exact",
    "exactly": "exact", "precisely": "exact",
}

#: Units of time: "over"/"under" before them means "during", not a bound ("over 40 hours").
DURATION_UNITS: frozenset[str] = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades night nights".split()
)

#: Suffixes of hyphenated number tokens that are not the unit ("40-hour-long" → "hour").
NUMBER_SUFFIX_NOISE: frozenset[str] = frozenset("long old strong wide high deep tall member year-old".split())

#: Words after a number that make it a clock time ("8:20 a.m.").
CLOCK_UNITS: frozenset[str] = frozenset("a.m. p.m. am pm gmt utc".split())

#: Nouns of people counted in general ("people", "others"): numbers of them in aligned sentences
#: often count different groups, and casualty figures are compared as tolls.
GENERIC_COUNT_NOUNS: frozenset[str] = frozenset(
    "people persons person others men women children adults victims individuals".split()
)

#: Nouns counted by page furniture, not by the story ("9 of 40 Photos", "12 comments").
PAGE_COUNT_NOUNS: frozenset[str] = frozenset(
    "photo photos image images picture pictures video videos slide slides comment comments share shares".split()
)

#: Words before a clock time that make it the time of a page update, not of the event.
TIMESTAMP_CUES: tuple[str, ...] = ("update", "updated", "posted", "published", "last modified", "edited")

#: Phrases that present a figure as an update of an earlier one (an early vs a later count).
REVISION_CUES: frozenset[str] = frozenset(
    {"rose to", "risen to", "has risen", "had risen", "climbed to", "increased to", "jumped to", "grew to",
     "revised", "updated", "update", "initially", "initial reports", "earlier reports", "first reported",
     "earlier reported", "had earlier", "previously reported", "as of", "latest toll", "latest figures",
     "now stands", "later said", "later rose"}
)

#: Other spellings of gazetteer places → the display name.
PLACE_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates", "eu": "European Union",
    "u.n.": "United Nations", "delhi": "New Delhi", "kiev": "Kyiv", "burma": "Myanmar",
}

#: Prepositions after which an unclassified capitalised name is taken as a place ("in Quetta").
PLACE_PREPOSITIONS: frozenset[str] = frozenset("in near across outside inside from to at into throughout".split())

#: Endings of common English words: a lone capitalised word opening a sentence with one of
#: these ("Sustained", "Mutual", "Eyewitnesses") is not taken for a name unless known.
COMMON_WORD_ENDINGS: tuple[str, ...] = (
    "ed", "ing", "ly", "al", "es", "ous", "ive", "ful", "less", "ness", "ment", "tion", "sion", "ity", "ers", "ists",
    "while", "ever", "over", "ward", "wards",
)

# --- Name variants --------------------------------------------------------------------------
#: Word endings that make another word of one stem, not another spelling: plural, demonym,
#: adjective, doctrine ("Hispanic"/"Hispanics", "Europe"/"European", "Islamist"/"Islamic",
#: "Democrat"/"Democracy", "Latino"/"Latina"). Used by :mod:`presslens.compare.variants`
#: after a common stem of at least four letters; "" is the bare stem.
VARIANT_ENDINGS: frozenset[str] = frozenset(
    """
    s es n ns an ans ian ians ean eans ic ics ical ism isms ist ists istic ite ites ese i is y ies cy t ts
    tic al als e o os a as x ed ing er ers ern ly ity
    """.split()
) | {""}

# --- Quotes and speakers --------------------------------------------------------------------
#: Reporting verbs (forms of :data:`presslens.lexicons.speech.REPORTING_VERBS`) after which
#: reported speech may follow without "that" ("Bugti said 17 personnel…", "The group claimed
#: it killed…"). Other reporting verbs introduce indirect speech only with "that".
BARE_SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells stated states added adds noted notes explained explains wrote writes
    claimed claims alleged alleges insisted insists warned warns argued argues believes believed
    maintained maintains contended contends asserted asserts declared declares reported reports
    announced announces estimated acknowledged admitted confirmed conceded suggested indicated
    saying adding stating noting claiming alleging insisting warning arguing accusing accused
    """.split()
)

#: Words skipped between a speaker and the reporting verb ("Bugti also said", "had earlier reported").
SPEAKER_SKIP: frozenset[str] = frozenset(
    """
    also later earlier had has have was were is are would will could then previously further separately
    once again publicly privately reportedly recently initially subsequently repeatedly quickly firmly
    strongly flatly swiftly immediately formally officially angrily simply just still already only
    """.split()
)

#: Words that end a speaker phrase read backwards from the verb, or start a clause.
SPEAKER_BOUNDARY: frozenset[str] = frozenset(
    "and but or that which who whom whose while as when because if after before since though although".split()
)

#: Prepositions and time words that end a speaker phrase read forwards ("officials in Pakistan
#: on Sunday" → "officials").
SPEAKER_CUT: frozenset[str] = frozenset(
    "in on at during after before from with last this late early earlier yesterday today tonight".split()
)

#: Lower-case words allowed inside a speaker phrase besides titles and generic speakers.
SPEAKER_FILLERS: frozenset[str] = frozenset("the a an of for 's ’s two three several some many".split())
