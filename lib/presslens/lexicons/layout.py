"""Shapes of news pages as people save them: header lines and page furniture (English).

Everything here is data (word lists and compiled patterns); the parser
(:mod:`presslens.corpus.parse`) applies it. The patterns describe how sites lay out a
page — a byline, an "<Outlet>, <date>" line, a gallery caption, a video promo, a share
bar, an embedded tweet — never the wording of one article.

Furniture is recognised at three levels, each with the reason reported in the parse report:

- ``FURNITURE_LINES``: a whole line (paragraph) of one kind, matched from its start;
- ``FURNITURE_SENTENCES``: one sentence of a paragraph (a credit or newsletter sentence at
  the end of a prose paragraph is cut out, the prose kept);
- ``FURNITURE_SPANS``: a piece inside a sentence (a gallery run, a bracketed promo, a
  name tooltip followed by related headlines), cut out wherever it stands.
"""

from __future__ import annotations

import re

from presslens.lexicons.common import MONTHS

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# --- Header lines -------------------------------------------------------------------------
#: Week-day names and abbreviations ("Mon", "Tues.").
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
#: Words that introduce a publication date ("Published 3:04 PM ET, Mon June 13, 2016").
DATE_PREFIX = r"(?:first\s+)?(?:published|updated|posted|last\s+updated|last\s+modified|date)(?:\s+on)?\s*:?"
#: A clock time as news sites print it ("3:04 PM ET", "15:04 GMT", "10 a.m. EST").
TIME = (r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs?|h)?(?:\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|PKT|AEST|AEDT)"
        r"(?:[+-]\d{1,2})?)?(?=[\s,.;)]|$)")
#: A week day before a date ("Mon", "Monday,").
WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?"

#: Wire services and broadcasters that appear in a dateline's parentheses ("QUETTA (AP) —").
WIRE_AGENCIES: tuple[str, ...] = (
    "AP", "Reuters", "AFP", "IANS", "PTI", "ANI", "UPI", "dpa", "DPA", "Xinhua", "CNN", "AA", "APP", "UNI", "TASS",
    "EFE", "ANSA", "Kyodo", "Yonhap", "Bernama", "BBC", "CNS", "RNS", "JTA", "WNS", "CBS", "NBC", "ABC", "Fox News",
    "CNSNews.com", "CBSNews.com", "The Hill", "Bloomberg", "NPR", "SPA", "WAM", "IRNA", "KUNA", "MENA", "AFP/Getty",
)

#: Internet domains of news sites whose name is not their domain ("nytimes.com" → "The New York Times").
#: Used for the outlet when only the article's URL is known, and to join spellings of one outlet.
OUTLET_DOMAINS: dict[str, str] = {
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian", "bbc.co.uk": "BBC News", "bbc.com": "BBC News",
    "cnn.com": "CNN", "edition.cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "npr.org": "NPR", "reuters.com": "Reuters",
    "apnews.com": "Associated Press", "usatoday.com": "USA TODAY", "latimes.com": "Los Angeles Times",
    "politico.com": "Politico", "thehill.com": "The Hill", "washingtontimes.com": "Washington Times",
    "csmonitor.com": "Christian Science Monitor", "nationalreview.com": "National Review", "vox.com": "Vox",
    "slate.com": "Slate", "salon.com": "Salon", "newsmax.com": "Newsmax", "townhall.com": "Townhall",
    "breitbart.com": "Breitbart News", "dailycaller.com": "The Daily Caller", "theatlantic.com": "The Atlantic",
    "bloomberg.com": "Bloomberg", "nypost.com": "New York Post", "aljazeera.com": "Al Jazeera",
    "theblaze.com": "TheBlaze", "dailykos.com": "Daily Kos", "motherjones.com": "Mother Jones",
    "huffpost.com": "HuffPost", "huffingtonpost.com": "HuffPost", "time.com": "Time", "economist.com": "The Economist",
    "ft.com": "Financial Times", "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
    "dawn.com": "Dawn", "thehindu.com": "The Hindu", "hindustantimes.com": "Hindustan Times",
    "timesofindia.indiatimes.com": "The Times of India", "indiatimes.com": "The Times of India",
    "aa.com.tr": "Anadolu Agency", "france24.com": "France 24", "dw.com": "Deutsche Welle", "afp.com": "AFP",
}

#: A person's name as bylines print it ("Marion T. Halvorsen", "Peter J . Ostrand", "Ilse Varga").
PERSON_NAME = (r"[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’-]*\.?|[A-Z]\s\.|(?:de|van|von|da|del|der|den|la|le|al|el|bin|ibn|"
               r"du|dos|di|ter|st\.?)\b)){0,3}?\s+[A-Z][\w'’-]+(?:\s+(?:Jr|Sr|II|III|IV)\.?)?")
#: Capitalised words of a title-case headline that never stand in a person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    "a an the of in on at to for from by with as is are was be but or not no why how what who when where will can "
    "after before over under into about says say said new more".split())
#: A line that is only authors' names: "Nora Feld and Tomas Reyes", "A, B, C and D".
NAMES_LINE = re.compile(rf"^{PERSON_NAME}(?:\s*(?:,|;|&|\band\b|,\s*and\b)\s*{PERSON_NAME}){{0,9}}\s*$")

# --- Furniture: photo credits and captions --------------------------------------------------
#: Picture agencies and desks that end a photo credit ("Mara Lindqvist/AP", "Jonas Wendler/AFP/Getty Images").
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP", "AP Photo", "AP Images", "AFP", "Getty Images", "Getty", "Reuters", "REUTERS", "EPA", "EPA-EFE", "PA",
    "PA Wire", "PA Images", "Xinhua", "Landov", "Barcroft Images", "Barcroft Media", "Bloomberg", "NurPhoto",
    "Zuma Press", "ZUMA Wire", "Shutterstock", "Rex", "Rex Features", "Sipa", "Anadolu Agency", "Polaris",
    "Corbis", "Alamy", "SWNS", "Splash News", "TNS", "Redux", "The Associated Press", "Associated Press",
    "The New York Times", "The Washington Post", "USA TODAY", "USA TODAY Network", "Sputnik", "TASS", "Handout",
)
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in PHOTO_AGENCIES), key=len, reverse=True))
#: A photo credit: "Name/Agency" (slashes), "(Photo: …)", "| … Photo", "Photograph: …", "REUTERS/Name".
PHOTO_CREDIT = re.compile(
    r"(?:\(\s*(?i:photo|image|picture|credit)s?\s*:[^()\n]{2,120}\)"            # (Photo: Mara Lindqvist, AFP/Getty Images)
    r"|\(\s*[A-Z][^()\n]{1,60}?/\s*[A-Z][^()\n]{1,60}\)"                       # (Reuters/Kurt Wendler)
    r"|\|\s*[A-Z][^|\n]{1,80}?(?:/| for )\s*(?:" + _AGENCY_ALT + r")(?:\s+Photo)?"  # | Rhys Tallon/AP Photo
    r"|\b(?i:photograph(?:s|er)?|photo|image)\s*:\s*[^\n]{2,120}?"                              # Photograph: Rhys Tallon/PA
    r"|(?:\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*/\s*)+(?:" + _AGENCY_ALT + r")\b(?:/[\w. -]{2,40})?"  # Mara Lindqvist/AP
    r"|\b(?:REUTERS|AFP|EPA|AP)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"  # REUTERS/Lena Moor
    r")\s*$"
)
#: A photo caption names where the people stand: "X, left, and Y, right, …", "(center)", "from left".
CAPTION_POSITION = re.compile(r"\b[A-Z][\w'’.-]*,\s(?:left|right|center|centre|top|bottom|second from (?:left|right)|foreground|background),"
                              r"|\((?:left|right|center|centre|top|bottom|from left|from right)\)|\(from left\)",
                              re.IGNORECASE)

# --- Furniture: whole lines -----------------------------------------------------------------
_SOCIAL = r"(?:facebook|twitter|pinterest|linkedin|whatsapp|email|e-mail|reddit|messenger|print|copy link|share|tumblr|flipboard|sms)"

#: Whole-line furniture: (reason, pattern, most words a matching line may have; 0 = any).
#: Patterns starting with "^" match at the start of the (white-space trimmed) line; the
#: others are searched in the line's last characters (they end with "$" or end the line).
FURNITURE_LINES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("photo gallery caption", re.compile(
        r"^(?:\d+\s+of\s+\d+\s+(?:photos?|images?|pictures?|slides?)\b|hide\s+caption\b|photos?\s*:\s|gallery\s*:\s"
        r"|slide\s*show\b|slideshow\b|(?:view|see)\s+(?:the\s+)?(?:full\s+)?(?:photo\s+)?gallery\b|previous\s+next\b)", re.I), 0),
    ("image caption", re.compile(
        r"^(?:enlarge\s+this\s+image\b|toggle\s+caption\b|(?:image|photo|picture)(?:\s+credit|\s+caption)?\s*:|\(?(?:photo|image)s?\s*:\s"
        r"|photograph(?:s|er)?\s*:|(?:image|photo)\s+(?:source|copyright)\b|caption\s*:)", re.I), 0),
    ("video promo", re.compile(
        r"^(?:just\s+watched\b|must\s+watch\b|play\s+video\b|replay\s+more\s+videos\b|(?:watch|video|listen|audio)\s*:|"
        r"now\s+playing\b|up\s+next\s*:|autoplay\b|(?:watch|see)\s+(?:the\s+)?(?:full\s+)?video\b|video\s+(?:provided|courtesy)\b)", re.I), 0),
    ("video promo", re.compile(r"^CLOSE(?:\s+(?=[A-Z\"“'‘\d])|\s*$)"), 0),
    ("video promo", re.compile(r"(?:\s[–—-]\s*video|\s\d{1,2}:\d\d)\s*$"), 25),
    ("share buttons", re.compile(rf"^(?:{_SOCIAL}\b[\s,|·•]*){{2,}}", re.I), 0),
    ("media label", re.compile(r"^(?:map|graphic|chart|interactive|infographic|timeline|quick\s+guide|explainer|podcast|"
                               r"poll|quiz|document|related\s+video|photos?|video|audio)\s*:\s*\S", re.I), 15),
    ("explainer box", re.compile(r"^[^\n]{0,120}?\bShow\s+Hide\b"), 0),
    ("related link", re.compile(
        r"^(?:see\s+also|also\s+read|read\s+more|read\s+also|related(?:\s+(?:stories|articles|coverage|content|news))?|"
        r"more|more\s+(?:on|from)\s+[\w .'’-]{2,40}|also\s+on\s+[\w .'’-]{2,40}|recommended|trending|most\s+read|"
        r"don'?t\s+miss|previously|latest)\s*:", re.I), 30),
    ("related link", re.compile(r"^[A-Z][\w'’ .?-]{0,40}?[A-Za-z?]:(?=[A-Z\"“'‘])"), 30),   # "More:Why …", "Poll:Who's …"
    ("related link", re.compile(r"\bread\s+more\s*$", re.I), 30),
    ("related link", re.compile(r"^\(\s*(?:also\s+on\s+\w+|[A-Z][A-Z ]{2,30}|see\s+also|related|read\s+more|more)\s*:[^()]{2,200}\)\s*$",
                                re.I), 40),
    ("share/subscribe line", re.compile(
        r"^(?:share(?:\s+this(?:\s+article|\s+story)?)?(?:\s+on)?(?:\s+(?:facebook|twitter|whatsapp|email|linkedin))?|"
        r"subscribe(?:\s+now|\s+to(?:\s+our)?\s+\w+)?|sign\s+up\b|follow\s+us(?:\s+on)?|click\s+here|"
        r"print(?:\s+this)?(?:\s+article)?|email\s+this|comments?|download\s+(?:our|the)\s+\w+|get\s+the\s+latest|"
        r"join\s+our\s+(?:channel|community|newsletter)|listen\s+to\s+(?:this|the)\s+(?:article|story)|read\s+or\s+share\b|"
        r"get\s+(?:the|our)\s+[\w ]{0,40}\s+(?:newsletter|stories|delivered)|like\s+what\s+you|manage\s+newsletters|"
        r"support\s+(?:our|independent)\s+journalism|become\s+a\s+(?:member|subscriber))\b.{0,160}$", re.I), 15),
    ("copyright line", re.compile(r"^(?:copyright|©|\(c\))\s", re.I), 60),
    ("copyright line", re.compile(r"all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced),?\s+(?:broadcast|rewritten|redistributed|distributed)",
                                  re.I), 60),
    ("reading-time line", re.compile(r"^\d+\s*(?:min|minute)s?\s+read\s*$", re.I), 0),
    ("advertisement", re.compile(r"^(?:advertisement|ad|sponsored|story\s+continued?\s+below|continue\s+reading(?:\s+below)?|"
                                 r"article\s+continues\s+below|scroll\s+(?:down\s+)?to\s+continue|skip\s+advert(?:isement)?)\W*$",
                                 re.I), 0),
    ("editor's note", re.compile(
        r"^(?:\(|\[)?\s*(?:(?:editor'?s?[’']?\s+note|editors?\s+note|correction|corrections?\s+(?:and|&)\s+clarifications?|"
        r"clarification)\s*:|(?:update|note)\s*:\s*(?:this|an\s+earlier|a\s+previous|the\s+(?:story|article|post|headline)\b))",
        re.I), 80),
    ("editor's note", re.compile(
        r"^(?:\(|\[)?\s*(?:this\s+(?:is\s+a\s+(?:breaking|developing)\s+(?:news\s+)?story|(?:article|story|post|report)\s+"
        r"(?:has\s+been|was|is\s+being|will\s+be)\s+(?:last\s+)?(?:updated|corrected|revised|amended|changed)|article\s+is\s+more\s+than\s+\d+\s+\w+\s+old|"
        r"(?:report|story|article)\s+(?:contains|includes|uses)\s+(?:material|reporting|information)\s+from)|"
        r"(?:the\s+)?(?:opinions|views)\s+expressed\s+(?:by|in|here)|our\s+original\s+post\s+continues|"
        r"(?:breaking\s+news\s+update|original\s+story\s+published|story\s+(?:first\s+)?published)\b)", re.I), 80),
    ("update stamp", re.compile(rf"^(?:\(|\[)?\s*(?:last\s+)?(?:update[ds]?|posted|published)(?:\s+at|\s+on)?\s*:?\s*{TIME}", re.I), 25),
    ("contributor credit", re.compile(
        r"^(?:[•*·-]\s*)?(?:contributing\s*:|(?:additional\s+)?reporting\s+by\b|(?:compiled|edited|written|produced)\s+by\b|"
        r"(?:with\s+)?(?:additional\s+)?reporting\s+from\b)", re.I), 80),
)

#: A whole line in capitals (a promoted headline of another story: "VICTIMS IN BLAST IDENTIFIED").
ALL_CAPS_PROMO_MIN_WORDS = 6

# --- Furniture: sentences -----------------------------------------------------------------
#: Sentence-level furniture: (reason, pattern searched in one sentence). A sentence that
#: matches is cut out of its paragraph; a short paragraph mostly made of such sentences is
#: set aside whole.
FURNITURE_SENTENCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("contributor credit", re.compile(
        r"\bcontributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:report|article|story|post)\b|^(?:[•*·-]\s*)?contributing\s*:"
        r"|^(?:[•*·-]\s*)?(?:additional\s+)?reporting\s+by\s+[A-Z]|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+reported\s+from\s+[A-Z]"
        r"[^.]{0,60}(?:\.|,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+reported\s+from\b)"
        r"|^(?:The\s+)?Associated\s+Press\s+writers?\b.{0,400}\bcontributed\b[^.]{0,60}\.?$", re.I)),
    ("author contact", re.compile(r"\b(?:can|may)\s+be\s+(?:reached|contacted)\s+at\s+\S+@|\b(?:email|e-mail)\s+(?:him|her|them)\s+at\s+\S+@",
                                  re.I)),
    ("share/subscribe line", re.compile(
        r"\b(?:delivered\s+to\s+your\s+inbox|in\s+your\s+inbox\s+every\b|sign\s+up\s+here\b|by\s+signing\s+up|"
        r"view\s+more\s+(?:opinion|stories|coverage|videos?)\s+(?:at|on)\b|sign\s+up\s+(?:for|to)\s+(?:our|the)\b|sign\s+up\s+for\s+[\w ]{0,30}"
        r"newsletters?|subscribe\s+to\s+(?:our|the)\s+[\w ]{0,30}(?:newsletter|podcast|channel)|click\s+here\s+(?:to|for)\b|"
        r"read\s+or\s+share\s+this\s+story|download\s+the\s+[\w ]{1,30}\s+app\b|follow\s+(?:him|her|them|me|us)\s+on\s+"
        r"(?:twitter|facebook|instagram)|follow\s+(?:him|her|them|me|us)\s+(?:at\s+)?@\w+|you\s+can\s+follow\s+(?:him|her|them)\b|"
        r"manage\s+newsletters)", re.I)),
    ("editor's note", re.compile(
        r"^\(?\s*this\s+(?:is\s+a\s+(?:breaking|developing)\s+(?:news\s+)?story|(?:article|story|post)\s+(?:has\s+been|was)\s+"
        r"(?:updated|corrected)|(?:report|story|article)\s+(?:contains|includes)\s+material\s+from)\b"
        r"|\bwe[’']?ll\s+(?:move\s+quickly\s+to|continue\s+to)\s+(?:correct|update)\b"
        r"|\b(?:opinions|views)\s+expressed\s+(?:by|in|here)\b[^.]{0,80}\b(?:are|is|do\s+not|don'?t)\b[^.]{0,60}"
        r"\b(?:own|represent|reflect|those\s+of)\b"
        r"|^\(?\s*(?:this\s+post\s+was\s+(?:last\s+)?updated)\b", re.I)),
    ("broadcast transition", re.compile(
        r"^(?:we[’']?ll|we\s+will)\s+(?:have\s+more|be\s+(?:right\s+)?back|return\s+to)\b.{0,80}(?:after|in)\s+(?:the\s+)?"
        r"(?:break|headlines|a\s+moment)\b|^stay\s+with\s+us\b", re.I)),
)
#: Cheap test before sentence splitting (lower-case substrings): a paragraph without any of
#: these has no furniture sentence.
SENTENCE_CUES: tuple[str, ...] = (
    "contribut", "reporting by", "reported from", "inbox", "signing up", "sign up", "subscribe", "click here",
    "read or share", "download the", "follow him", "follow her", "follow them", "follow me", "follow us", "newsletter",
    "breaking news story", "developing story", "been updated", "was updated", "last updated", "material from",
    "move quickly", "expressed by", "expressed in", "expressed here", "have more", "be right back", "be back",
    "stay with us", "in your inbox", "view more", "be reached", "be contacted", "email him", "email her", "press writer",
)

# --- Furniture: pieces inside a sentence ----------------------------------------------------
#: Inline furniture: (reason, pattern). A match is cut out of the paragraph wherever it stands.
FURNITURE_SPANS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # CNN-style video promo: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:31"
    ("video promo", re.compile(r"\bJUST WATCHED\b.{0,300}?\bMUST WATCH\b.{0,200}?(?:\d{1,2}:\d\d\b|$)|\bReplay More Videos\b\s*(?:\.{3}|…)?")),
    # a bracketed or parenthesised promo label: "(GRAPHIC: … - tmsnrt.rs/…)", "( PHOTOS: …)", "( Also on POLITICO: …)"
    ("related link", re.compile(r"\(\s*(?:[A-Z]{3,}(?:\s+[A-Z]{2,})*|Also\s+on\s+[A-Z][\w]+|See\s+also|Read\s+more|Related|READ\s+MORE)\s*:"
                                r"[^()\n]{2,200}\)")),
    ("update stamp", re.compile(r"\[\s*(?:Breaking\s+news\s+update|Original\s+story\s+published|Update[ds]?|Editor'?s\s+note|"
                                r"Posted|Published)\b[^\]\n]{0,200}\]", re.I)),
    ("advertisement", re.compile(r"(?:(?<=^)|(?<=[.!?\"”’)]\s))(?:Story Continued Below|ADVERTISEMENT|Advertisement:?|"
                                 r"Continue Reading Below|Article continues below)(?=\s*$|\s+[A-Z\"“‘'(])")),
    ("image caption", re.compile(r"(?:\bEnlarge this image\b(?:\s+toggle caption\b)?|\btoggle caption\b)"
                                 r"(?:\s+(?:[A-Z][\w.'’-]+\s+){1,3}?[A-Z]?[\w.'’-]*(?:/[A-Z][\w.'’-]*)+(?:\s+Images)?){0,2}")),
)

#: Cheap test before the span patterns: a paragraph without any of these holds no inline furniture.
SPAN_CUES = re.compile(r"JUST WATCHED|Replay More|\(\s*(?:[A-Z]{3,}|Also\s+on|See\s+also|Read\s+more|Related|READ)|\[|Story Continued|"
                       r"ADVERTISEMENT|Advertisement|Continue Reading|Article continues|Enlarge this image|toggle caption")
#: A name tooltip with related headlines glued to it ends with "MORE" ("… Ruth Anne OkaforValley mayor faces … MORE").
TOOLTIP_END = re.compile(r"\sMORE\b")
#: A capitalised word glued to the next one ("OkaforValley", "ReyesCouncil"): where a tooltip's headlines start.
GLUED_WORD = re.compile(r"\b[A-Z][\w'’.-]*?[a-z][A-Z][\w'’.-]*")
#: Longest tooltip (characters from the name to "MORE").
TOOLTIP_MAX_CHARS = 700

#: An embedded tweet's signature: "— Name (@handle) Month D, YYYY" at the end of a paragraph.
TWEET_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*[^—–\n]{1,80}?\s*\(@\w{1,20}\)\s*(?:" + _MONTH_ALT + r")\.?\s+\d{1,2},\s+\d{4}\s*$", re.IGNORECASE)
#: An embedded Instagram or Facebook post's signature: "A post shared by Name (@handle) on Jun 13, 2016 at 3:04pm PDT".
POST_SIGNATURE = re.compile(r"\bA\s+(?:post|photo|video)\s+shared\s+by\b[^\n]{1,80}\bon\s+(?:" + _MONTH_ALT + r")\b[^\n]{0,60}$",
                            re.IGNORECASE)
#: Longest embedded tweet text (characters, links and the signature left out).
TWEET_MAX_CHARS = 300

#: Sentences of an author's biography ("X is the author of …", "His latest book …", "Follow him @x").
BIO_CUES = re.compile(
    r"\bis\s+(?:the|a|an)\s+(?:author|co-?author|editor|writer|columnist|contributor|correspondent|reporter|professor|"
    r"fellow|senior\s+fellow|analyst|host|director|founder|president|journalist|freelance\s+journalist|former)\b|"
    r"\b(?:his|her|their)\s+(?:latest|new|most\s+recent|forthcoming)\s+book\b|\bis\s+the\s+author\s+of\b|"
    r"\bhas\s+(?:taught|written|covered|reported)\b|\bfollow\s+(?:him|her|them)\b|\bhis\s+website\s+is\b|\bher\s+website\s+is\b|"
    r"\bis\s+(?:a\s+)?(?:nationally\s+)?syndicated\b|\bcontributing\s+(?:editor|writer|columnist)\b",
    re.IGNORECASE)

#: The strongest of these: one is enough in a closing paragraph that starts "<Name> is a …".
BIO_STRONG_CUES = re.compile(
    r"\bfollow\s+(?:him|her|them)\b|\bthe\s+(?:co-?)?author\s+of\b|\b(?:latest|new|forthcoming)\s+book\b|\bwebsite\s+is\b|"
    r"\b(?:contributor|columnist|contributing\s+(?:editor|writer))\b|\bcan\s+be\s+reached\b", re.IGNORECASE)

#: The label of a block of story highlights ("Story highlights", "Key takeaways").
HIGHLIGHTS_LABEL = re.compile(r"^(?:story\s+highlights|highlights)\b\s*:?\s*(?=\S)", re.IGNORECASE)
