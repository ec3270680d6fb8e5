"""Reporting verbs and attribution phrases, shared by quotes, attribution and casualty claims.

Groups follow the usual newsroom distinction:

- ``neutral``: the reporter passes the words on (said, told, according to).
- ``distancing``: the reporter signals doubt or keeps distance (claimed, alleged, purported).
- ``confirming``: the source confirms or concedes (confirmed, acknowledged, admitted).
- ``denying``: the source rejects (denied, rejected, dismissed).
- ``asserting``: the source states strongly or accuses (insisted, warned, accused, vowed).
"""

from __future__ import annotations

#: Reporting verb forms (lower case) → group. Inflected forms are listed, not stemmed,
#: so that "claims" (noun) and "claimed" (verb) can be told apart by the caller.
REPORTING_VERBS: dict[str, str] = {
    **{v: "neutral" for v in (
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "stated", "states", "stating",
        "added", "adds", "adding", "noted", "notes", "noting", "explained", "explains", "reported", "reports",
        "reporting", "announced", "announces", "described", "describes", "characterized", "characterised",
        "wrote", "writes", "commented", "remarked", "replied", "responded", "asked", "asks", "quoted",
        "briefed", "informed", "mentioned", "observed", "recalled", "testified", "indicated", "suggested",
        "estimated", "updated", "tweeted", "posted", "argued", "argues", "believes", "believed")},
    **{v: "distancing" for v in (
        "claimed", "claims", "claim", "claiming", "alleged", "alleges", "allege", "alleging", "purported",
        "purports", "contended", "contends", "asserted", "asserts", "maintained", "maintains", "professed",
        "supposedly", "reportedly", "allegedly")},
    **{v: "confirming" for v in (
        "confirmed", "confirms", "confirm", "confirming", "acknowledged", "acknowledges", "admitted", "admits",
        "conceded", "concedes", "verified", "verifies", "corroborated", "agreed", "recognized", "recognised")},
    **{v: "denying" for v in (
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed",
        "dismisses", "refuted", "refutes", "disputed", "disputes", "contradicted", "rebuffed", "repudiated")},
    **{v: "asserting" for v in (
        "insisted", "insists", "warned", "warns", "accused", "accuses", "accusing", "vowed", "vows", "declared",
        "declares", "stressed", "stresses", "emphasized", "emphasised", "urged", "urges", "demanded", "condemned",
        "condemns", "blamed", "blames", "charged", "pledged", "threatened")},
}

#: Multi-word attribution phrases → group; the speaker follows the phrase.
ATTRIBUTION_PHRASES: dict[str, str] = {
    "according to": "neutral",
    "as reported by": "neutral",
    "quoted as saying": "neutral",
    "was quoted as saying": "neutral",
    "in a statement": "neutral",
    "in a statement from": "neutral",
    "citing": "neutral",
    "cited": "neutral",
}

#: Groups in display order.
ATTRIBUTION_GROUPS: tuple[str, ...] = ("neutral", "distancing", "confirming", "denying", "asserting")


# --- Speech verbs for quotes and speakers -------------------------------------------------
def _forms(spec: str, group: str) -> dict[str, str]:
    """Expand ``"say says said saying | tell tells told telling"`` into form → group."""
    return {f: group for chunk in spec.split("|") for f in chunk.split()}


#: Every verb form that can report speech (lower case) → group: :data:`REPORTING_VERBS` and
#: the other verbs newsrooms use around quotes. Used by the speaker finder
#: (:mod:`presslens.compare.speakers`) for quotes and the attribution table alike.
SPEECH_VERBS: dict[str, str] = {
    **_forms("""answers answered answering | replies replied replying | respond responds responded
             responding | explain | write writing | reiterate reiterates reiterated reiterating | repeat
             repeats repeated repeating | tweets tweeting | posting | commenting | remarking | mention mentions mentioning | observe observes observing | recall recalls
             recalling | testify testifies testifying | suggest suggests suggesting | indicate indicates indicating |
             predict predicts predicted predicting | recount recounts recounted | add |
             announce announced announcing | describe describing | ask asked asking | inform informs informing |
             tell | say | wonder wonders wondered wondering | joke jokes joked joking | quip quips quipped |
             shout shouts shouted | yell yells yelled | chant chants chanted chanting | exclaim exclaims exclaimed |
             interject interjects interjected | countered | retort retorts retorted | echoes
             echoed echoing | emailed | texted | write writes wrote | reveal reveals revealed
             revealing | disclose discloses disclosed | explain explains explained explaining | assure assures
             assured assuring | remind reminds reminded reminding | advise advises advised | briefed |
             speculate speculates speculated | guessed | muse mused | conclude concludes concluded concluding |
             whisper whispers whispered | mutter muttered | murmur murmured | scream screamed | plead pleads pleaded |
             beg begged | cry cried | sigh sighed | gush gushed | rave raved | snap snapped | marvel marveled
             marvelled | recalls | writes""",
             "neutral"),
    **_forms("""complain complains complained complaining | boast boasts boasted boasting | brag brags bragged |
             promised promising | pledges pledging | vowing | urge urged urging |
             threaten threatens threatening | demanding | insist insisting | warn warned warning |
             cautions cautioned cautioning | stressing | emphasize emphasizes emphasizing |
             declare declaring | accuse | criticize criticizes criticized criticizing | criticise criticises
             criticised | lament laments lamented | argue argued arguing""", "asserting"),
    **_forms("concede conceding | admit admitted admitting | acknowledge acknowledging | agree agrees | confirm",
             "confirming"),
    **_forms("deny denied denies denying | reject | dismiss dismissed | refute | disputed", "denying"),
    **_forms("claim | allege | contend contending | assert asserting | maintain maintaining", "distancing"),
    **{v: g for v, g in REPORTING_VERBS.items() if v not in ("supposedly", "reportedly", "allegedly")},
}

#: Verb forms that report speech only right next to a quotation (",” he continued";
#: "She went on: “…”"); elsewhere they are ordinary verbs ("the fighting continued").
QUOTE_ONLY_VERBS: frozenset[str] = frozenset(
    "continued continues continuing began begins read reads shot fired hit put puts concluded concludes offered laughed sighed "
    "smiled cried mused snapped gushed raved marveled marvelled began answered answers interjected joked quipped shouted yelled exclaimed chanted retorted "
    "countered wondered".split()
)

#: Verb forms whose reported words may follow without "that" ("Bugti said 17 people died").
CLAUSE_VERBS: frozenset[str] = frozenset(
    """
    say says said saying tell tells told telling state states stated stating add adds added adding note notes noted
    noting explain explains explained explaining write writes wrote writing claim claims claimed claiming allege
    alleges alleged alleging insist insists insisted insisting warn warns warned warning argue argues argued arguing
    maintain maintains maintained contend contends contended assert asserts asserted declare declares declared
    report reports reported announce announces announced estimate estimates estimated acknowledge acknowledges
    acknowledged admit admits admitted confirm confirms confirmed concede concedes conceded suggest suggests suggested
    indicate indicates indicated predict predicts predicted recall recalls recalled complain complains complained
    boast boasts boasted promise promises promised vow vows vowed pledge pledges pledged reply replies replied
    respond responds responded answer answers answered testify testifies
    testified stress stresses stressed emphasize emphasizes emphasized emphasised observe observes observed remark
    remarks remarked mention mentions mentioned reiterate reiterates reiterated repeat repeats repeated agree agrees
    agreed deny denies denied assure assures assured remind reminds reminded inform informs informed hint hints
    hinted joke jokes joked quip quips quipped recount recounts recounted reveal reveals revealed disclose discloses
    disclosed speculate speculates speculated guess guessed conclude concludes concluded wonder wonders wondered
    point points pointed
    """.split()
)

#: Verb forms taking the person spoken to before the reported words ("told reporters that",
#: "assured voters", "urged Congress to").
OBJECT_VERBS: frozenset[str] = frozenset(
    "tell tells told telling inform informs informed informing assure assures assured assuring remind reminds "
    "reminded reminding warn warns warned warning urge urges urged urging ask asks asked asking advise advises "
    "advised promise promises promised brief briefs briefed".split()
)

#: Verb forms whose reported content may be a to-infinitive ("vowed to fight on", "urged
#: Congress to act", "called on the party to unite").
INFINITIVE_VERBS: frozenset[str] = frozenset(
    "vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging urge urges urged urging ask asks asked asking tell tells told telling demand demands "
    "demanded warn warns warned advise advises advised remind reminds reminded call calls called calling".split()
)

#: Verb forms whose reported content may be a noun phrase ("denied the charge", "described
#: the plan as reckless", "accused the senator of lying").
NOUN_CONTENT_VERBS: frozenset[str] = frozenset(
    "deny denies denied denying describe describes described describing accuse accuses accused accusing admit "
    "admits admitted admitting announce announces announced announcing confirm confirms confirmed reveal reveals "
    "revealed disclose discloses disclosed predict predicts predicted promise promises promised criticize "
    "criticizes criticized criticise criticised praise praised praises defend defends defended blame blames "
    "blamed".split()
)

#: Verb forms that may stand before their subject after a quote (",” said the mayor").
INVERTIBLE_VERBS: frozenset[str] = frozenset(
    "said says added adds asked asks wrote writes noted notes explained explains continued insisted warned stated "
    "claimed replied recalled responded answered tweeted posted declared concluded countered recounted observed "
    "remarked reads read".split()
)

#: Phrases whose speaker follows them ("according to the ministry"), lower case, by words.
SOURCE_PHRASES: frozenset[str] = frozenset({"according to", "as reported by", "in the words of", "as told by"})

#: Multi-word cues → group, matched on words before single verbs (longest first).
SPEECH_PHRASES: dict[str, str] = {
    **ATTRIBUTION_PHRASES,
    "according to": "neutral", "as reported by": "neutral", "in the words of": "neutral", "as told by": "neutral",
    "cited by": "neutral", "quoting": "neutral",
    "went on to say": "neutral", "goes on to say": "neutral", "went on": "neutral", "goes on": "neutral",
    "point out": "neutral", "points out": "neutral", "pointed out": "neutral", "pointing out": "neutral",
    "called for": "asserting", "calls for": "asserting", "call for": "asserting", "calling for": "asserting",
    "called on": "asserting", "calls on": "asserting", "call on": "asserting", "calling on": "asserting",
    "made clear": "asserting", "makes clear": "asserting", "made it clear": "asserting",
    "shot back": "asserting", "fired back": "asserting", "hit back": "asserting", "snapped back": "asserting",
    "put it": "neutral", "puts it": "neutral",
}

#: Nouns of speech that introduce reported words as "X's <noun> that …" ("her assertion that") → group.
SPEECH_NOUNS: dict[str, str] = {
    **{n: "neutral" for n in "statement statements remark remarks comment comments announcement declaration "
       "suggestion prediction argument arguments".split()},
    **{n: "distancing" for n in "claim claims assertion assertions allegation allegations contention".split()},
    **{n: "asserting" for n in "insistence warning warnings promise pledge vow accusation accusations charge "
       "demand".split()},
    **{n: "confirming" for n in "admission acknowledgment acknowledgement".split()},
    **{n: "denying" for n in "denial denials".split()},
}

# --- Speakers -----------------------------------------------------------------------------
#: Kinds of speaker (``speaker_kind`` of the quotes table).
SPEAKER_KINDS: tuple[str, ...] = ("person", "organisation", "anonymous", "group", "pronoun-unresolved")

#: Subject pronouns that can name a speaker → what they stand for (``m``/``f`` for a person of
#: that gender, ``person`` first person, ``group`` plural, ``thing`` an organisation or document).
SPEAKER_PRONOUN_KINDS: dict[str, str] = {"he": "m", "she": "f", "i": "person", "we": "group", "they": "group",
                                         "it": "thing", "you": "person", "his": "m", "her": "f", "their": "group",
                                         "its": "thing", "my": "person", "our": "group"}

#: Gendered words in a person's title or role (lower case) → ``m`` / ``f``.
GENDER_WORDS: dict[str, str] = {
    **{w: "m" for w in "mr mr. sir lord king prince sheikh emir father son brother husband uncle nephew grandfather "
       "spokesman congressman chairman businessman councilman assemblyman alderman anchorman boyfriend dad "
       "widower".split()},
    **{w: "f" for w in "mrs mrs. ms ms. miss dame lady queen princess mother daughter sister wife aunt niece "
       "grandmother spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman actress "
       "girlfriend mom widow".split()},
}

#: Abbreviated titles (lower case, without the period) → the title word they stand for.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
    "sec": "secretary", "atty": "attorney", "supt": "superintendent", "insp": "inspector", "prof": "professor",
    "dr": "doctor", "rev": "reverend", "amb": "ambassador", "cmdr": "commander", "brig": "brigadier",
}

#: Role nouns → the titles that name the same office ("the congressman" is "Rep. Jane Roe").
TITLE_SYNONYMS: dict[str, frozenset[str]] = {
    "congressman": frozenset({"representative", "congresswoman", "lawmaker"}),
    "congresswoman": frozenset({"representative", "congressman", "lawmaker"}),
    "representative": frozenset({"congressman", "congresswoman"}),
    "lawmaker": frozenset({"representative", "senator", "congressman", "congresswoman", "legislator", "mp"}),
    "legislator": frozenset({"representative", "senator", "lawmaker", "mp"}),
    "chief": frozenset({"commissioner", "superintendent", "director", "head"}),
    "mogul": frozenset({"businessman", "businesswoman", "tycoon", "billionaire"}),
    "tycoon": frozenset({"businessman", "businesswoman", "mogul", "billionaire"}),
    "spokeswoman": frozenset({"spokesperson"}), "spokesman": frozenset({"spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
}

#: Role nouns that stand for a person the article has named ("the senator", "the mogul"),
#: besides the title words of :data:`presslens.lexicons.sources.TITLE_WORDS`.
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    candidate frontrunner front-runner nominee contender challenger incumbent billionaire mogul tycoon businessman
    businesswoman developer actor actress star singer comedian host anchor columnist author writer commentator
    strategist pollster consultant operative donor fundraiser organizer organiser founder owner ceo chief
    executive president vice-president governor senator lawmaker congressman congresswoman representative
    speaker mayor secretary minister premier chancellor leader chairman chairwoman director commissioner
    spokesman spokeswoman spokesperson attorney lawyer judge justice prosecutor sheriff officer detective
    professor economist analyst scientist researcher doctor surgeon pastor priest bishop rabbi imam
    father mother son daughter brother sister husband wife widow uncle aunt friend neighbor neighbour
    veteran officer soldier general colonel captain councillor councilor councilman councilwoman alderman
    delegate chair chairperson trustee
    """.split()
)

#: Heads of a speaker phrase that name an organisation or an institutional voice.
ORGANISATION_SPEAKERS: frozenset[str] = frozenset(
    """
    campaign ministry department government administration agency committee council commission office party
    company firm group organization organisation association union newspaper paper magazine network channel
    station website site court board bureau embassy army military police navy force forces service team
    statement report letter complaint filing memo lawsuit suit poll survey study editorial post tweet release
    transcript video ad document documents analysis indictment ruling order record records sign
    banner placard poster headline message note email tweet text caption
    pentagon kremlin
    """.split()
) | frozenset({"white house", "state department", "justice department", "foreign ministry"})

#: Plural or collective heads that name a group of people (never merged into one person).
GROUP_SPEAKERS: frozenset[str] = frozenset(
    """
    police military officials authorities people residents witnesses eyewitnesses protesters demonstrators voters
    supporters critics opponents aides advisers advisors staff staffers sources experts analysts observers
    lawmakers legislators leaders members delegates democrats republicans conservatives liberals progressives
    activists workers employees families relatives neighbors neighbours friends students parents doctors
    investigators prosecutors officers troops soldiers rebels militants insurgents crowd audience public
    americans others many some both several few all most majority minority percent
    """.split()
)

#: Determiners and quantifiers that make a speaker phrase indefinite ("a Reyes aide", "one
#: official"): such a speaker is never resolved to a named person.
INDEFINITE_WORDS: frozenset[str] = frozenset("a an one another some several two three four many few any".split())

#: Speech verb forms that are as often nouns ("intelligence reports", "his remarks", "a
#: claim"): a cue only in lower case, with a subject right before it and no determiner,
#: preposition or "have" in the two words before.
NOUNISH_VERBS: frozenset[str] = frozenset(
    "reports report states claims claim notes note remarks comments estimates updates posts warns calls answers "
    "replies promises pledges vows demands charges tweets concerns states quotes tells echoes call point".split()
)
