"""Frames: which policy frames each outlet leans on, per 1,000 words, with the triggering sentences.

Each frame of :data:`presslens.lexicons.framing.FRAMES` (the 15 frames of the Policy Frames
Codebook, cues written from its definitions; the residual ``other`` has none) is a list of
trigger patterns. All patterns of all frames are compiled into one
regular expression (longest first, so "natural resources" wins over "resources" and
"law enforcement" over "law"), run once per sentence; a match is looked up in a dict to
find its frame. Scores are trigger counts per 1,000 words, per outlet and per section of at
least :data:`MIN_SECTION_WORDS` words (shorter sections pooled).

Speed: the alternation is factored on shared literal prefixes (a trie: ``c(?:ost|ourt*|…)``)
so Python's ``re`` tries a couple of dozen branches per word instead of every pattern; the
matches are exactly those of the plain longest-first alternation (see :func:`pattern_regex`).
Where it provably finds the same spans, the regex runs case-sensitively on the lower-cased
sentence (:func:`lexicon_spans`). Tables are built column-wise in one pass (no per-group
pandas filtering). :class:`LexiconGate` tells, from a sentence's letter runs alone, which of
several lexicons cannot match it (exact), so a stage with many lexicons runs only the few
that may.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from presslens.charts import wrap_label
from presslens.corpus.story import Story, accepts_story
from presslens.corpus.tables import sentences_table, tokens_table
from presslens.lexicons.framing import FRAME_NAMES, FRAMES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Columns of :func:`frame_hits`.
HIT_COLUMNS = ["article_id", "outlet", "section", "sent_id", "frame", "frame_name", "term", "start", "end", "sentence"]
#: Columns of :func:`frame_scores`.
SCORE_COLUMNS = ["outlet", "article_id", "section", "frame", "frame_name", "hits", "sentences", "words", "per_1000",
                 "evidence_sent_ids"]
#: Columns of :func:`word_counts`.
WORD_COLUMNS = ["article_id", "outlet", "section", "words"]
#: Section value for the whole article in :func:`frame_scores`.
ALL_SECTIONS = "all"
#: Section value of the pooled short sections in :func:`frame_scores`.
SHORT_SECTIONS = "short sections"
#: Fewest words for a section to get its own rate in :func:`frame_scores` (else pooled).
MIN_SECTION_WORDS = 50
#: Frames that have cues (every codebook frame but the residual ``other``), in codebook order.
CUE_FRAMES: tuple[str, ...] = tuple(f for f in FRAME_NAMES if FRAMES.get(f))


#: Regex for a trailing ``*`` in a lexicon pattern (any word ending).
_STAR = r"[\w'’-]*"
#: Regex between the words of a multi-word lexicon pattern.
_SEP = r"[\s-]+"


def pattern_regex(patterns: Iterable[str], *, factor: bool = True) -> str:
    """Turn lexicon patterns into one regular-expression alternation.

    Args:
        patterns: lower-case patterns; ``*`` at the end of a word means any word ending;
            a space between words matches any white space or a hyphen.
        factor: factor the alternatives on shared literal prefixes (much faster in ``re``).
            Only literal characters are factored, alternatives keep their order wherever
            two of them could match the same text, so the matches are exactly those of the
            plain alternation (``factor=False``).

    Returns:
        A pattern string (no groups), alternatives longest first, bounded so that a match
        never starts or ends inside a word (nor just after a hyphen).

    Raises:
        ValueError: a pattern is not lower case.
    """
    ordered = sorted(set(patterns), key=lambda x: (-len(x), x))
    upper = [p for p in ordered if p != p.lower()]
    if upper:
        raise ValueError(f"lexicon patterns must be lower case: {upper[:5]}")
    if factor:
        body = "|".join(_factored([_atoms(p) for p in ordered]))
    else:
        body = "|".join(_SEP.join(re.escape(w.rstrip("*")) + (_STAR if w.endswith("*") else "") for w in p.split())
                        for p in ordered)
    return r"(?<![\w-])(?:" + body + r")(?![\w])"


def _atoms(pattern: str) -> list[tuple[bool, str]]:
    """A lexicon pattern as (is_literal_char, text) atoms: one per literal character, then classes."""
    out: list[tuple[bool, str]] = []
    for k, w in enumerate(pattern.split()):
        if k:
            out.append((False, _SEP))
        out += [(True, c) for c in w.rstrip("*")]
        if w.endswith("*"):
            out.append((False, _STAR))
    return out


def _factored(alts: list[list[tuple[bool, str]]]) -> list[str]:
    """Alternatives of atom sequences (in priority order), factored on leading literal characters.

    Alternatives that start with different lower-case ASCII characters can never both match at
    one position (case-insensitively either), so they may be regrouped; an alternative that
    starts with a class, another character (e.g. "ſ" and "s" can match the same text) or is
    empty keeps its place, and no group crosses it.
    """
    parts: list[str] = []
    run: list[list[tuple[bool, str]]] = []

    def flush() -> None:
        groups: dict[str, list[list[tuple[bool, str]]]] = {}
        for a in run:
            groups.setdefault(a[0][1], []).append(a[1:])
        for ch, rest in groups.items():
            if len(rest) == 1:
                parts.append(re.escape(ch) + "".join(re.escape(x) if lit else x for lit, x in rest[0]))
            else:
                sub = _factored(rest)
                parts.append(re.escape(ch) + (sub[0] if len(sub) == 1 else "(?:" + "|".join(sub) + ")"))
        run.clear()

    for a in alts:
        if a and a[0][0] and a[0][1].isascii():
            run.append(a)
        else:
            flush()
            parts.append("".join(re.escape(x) if lit else x for lit, x in a))
    flush()
    return parts


class LexiconRegex(NamedTuple):
    """A lexicon compiled twice: case-insensitive, and case-sensitive for lower-cased text.

    Attributes:
        ci: :func:`pattern_regex` compiled with ``re.IGNORECASE``: the reference.
        cs: the same regex without the flag, run on ``text.lower()`` when that is provably
            equivalent (see :func:`lexicon_spans`); Python's ``re`` skips non-matching
            branches of a case-sensitive alternation much faster.
        literals: the literal characters of the patterns.
        ascii_literals: all literals are ASCII, so every ASCII character is safe to lower-case.
    """

    ci: re.Pattern[str]
    cs: re.Pattern[str]
    literals: frozenset[str]
    ascii_literals: bool


def compile_lexicon(patterns: Iterable[str]) -> LexiconRegex:
    """Compile lexicon patterns (see :func:`pattern_regex`) for :func:`lexicon_spans`.

    Args:
        patterns: lower-case lexicon patterns.

    Returns:
        The :class:`LexiconRegex`.
    """
    patterns = list(patterns)
    rx = pattern_regex(patterns)
    literals = frozenset(c for p in patterns for c in p if c not in "* ")
    return LexiconRegex(re.compile(rx, re.IGNORECASE), re.compile(rx), literals, all(c.isascii() for c in literals))


#: Character classes used by :func:`pattern_regex` (lookbehind, lookahead, ``*``, separator).
_CLASSES = tuple(re.compile(c) for c in (r"[\w-]", r"[\w]", _STAR, _SEP))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def lower_safe(ch: str, literals: frozenset[str]) -> bool:
    """Whether matching ``ch`` case-insensitively equals matching ``ch.lower()`` case-sensitively.

    Checked on every element a :func:`pattern_regex` is made of: each literal character and
    each character class. When it holds for every character of a text (and lower-casing keeps
    one character per character, without context), the case-sensitive regex on the lower-cased
    text finds exactly the spans of the case-insensitive regex on the text.

    Args:
        ch: one character.
        literals: the literal characters of the patterns.

    Returns:
        True when it is safe to lower-case ``ch``; False e.g. for "ſ" (matches "s"
        case-insensitively) or "İ" (lower-cases to two characters).
    """
    low = ch.lower()
    if len(low) != 1 or ch == "\u03a3":  # capital sigma lower-cases by context
        return False
    ok = all(bool(re.fullmatch(c.pattern, ch, re.IGNORECASE)) == bool(c.fullmatch(low)) for c in _CLASSES)
    return ok and all(bool(re.fullmatch(re.escape(x), ch, re.IGNORECASE)) == (low == x) for x in literals)


@lru_cache(maxsize=64)
def ascii_safe(literals: frozenset[str]) -> bool:
    """Whether every ASCII character is :func:`lower_safe` for these literals.

    Args:
        literals: the literal characters of a lexicon.

    Returns:
        True unless a literal matches an ASCII character case-insensitively without being
        its lower case (as "ſ" matches "s" and the Kelvin sign "k").
    """
    return all(lower_safe(chr(i), literals) for i in range(128))


def lexicon_spans(rx: LexiconRegex, text: str) -> list[tuple[int, int]]:
    """Spans of the lexicon matches in a text, exactly those of ``rx.ci.finditer(text)``.

    Args:
        rx: a :func:`compile_lexicon` result.
        text: a sentence or any text.

    Returns:
        ``(start, end)`` of each match, in text order (take the matched text from ``text``).
    """
    if rx.ascii_literals or ascii_safe(rx.literals):  # then only non-ASCII characters need a check
        safe = text.isascii() or all(lower_safe(ch, rx.literals) for ch in _NON_ASCII.findall(text))
    else:
        safe = all(lower_safe(ch, rx.literals) for ch in set(text))
    if safe:
        return [m.span() for m in rx.cs.finditer(text.lower())]
    return [m.span() for m in rx.ci.finditer(text)]


_LEAD_RUN = re.compile(r"[a-z]+")
#: Distinct words kept in a :class:`LexiconGate`'s memo before it is emptied.
_GATE_MEMO_MAX = 200_000


def _word_condition(word: str) -> tuple[bool, str] | None:
    """What one pattern word needs of the letter runs of a lower-cased text, or None (nothing).

    A pattern word that starts with a letter starts a letter run of the text it matches (the
    regex allows no word character nor hyphen before a pattern, and a space or hyphen between
    its words). That run is exactly the word's leading letters when a non-letter or the end of
    the word follows them (the regex allows no word character after a pattern), and starts with
    them when the word ends there in ``*``.

    Returns:
        (is_prefix, letters), or None when the word does not start with a letter.
    """
    literal = word.rstrip("*")
    m = _LEAD_RUN.match(literal)
    if not m:
        return None
    return (m.end() == len(literal) and word.endswith("*"), m.group())


class LexiconGate:
    """Which groups of a lexicon's patterns a sentence may match, told from its letter runs (exact).

    Every pattern needs, for each of its words that starts with a letter, a letter run of the
    lower-cased text equal to (or, before a final ``*``, starting with) that word's leading
    letters (:func:`_word_condition`). One condition per pattern, the longest, is indexed; a
    sentence's runs give the patterns whose indexed condition holds, and a pattern's group may
    match only when its other conditions hold too. Valid where the lexicon's regex runs
    case-sensitively on the lower-cased text (:func:`gate_applies`).
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        """Index the patterns of each group (groups are numbered in order)."""
        self.exact: dict[str, list[int]] = {}
        self.prefix: dict[str, list[int]] = {}
        self.rest: list[tuple[int, frozenset[str], tuple[str, ...]]] = []  # group, exact runs, prefixes
        self.always: set[int] = set()
        self.literals: set[str] = set()
        self._memo: dict[str, tuple[int, ...]] = {}
        for g, patterns in enumerate(groups):
            for p in patterns:
                self.literals.update(c for c in p if c not in "* ")
                conds = [c for c in (_word_condition(w) for w in p.split()) if c is not None]
                if not conds:
                    self.always.add(g)
                    continue
                key = max(conds, key=lambda c: (len(c[1]), not c[0]))
                others = [c for c in conds if c is not key]
                pid = len(self.rest)
                self.rest.append((g, frozenset(w for pre, w in others if not pre),
                                  tuple(w for pre, w in others if pre)))
                (self.prefix if key[0] else self.exact).setdefault(key[1], []).append(pid)
        self.literal_set = frozenset(self.literals)
        self._prefix_lengths = sorted({len(k) for k in self.prefix})

    def _patterns_of(self, run: str) -> tuple[int, ...]:
        """Patterns whose indexed condition a letter run meets (memoised)."""
        hit = self._memo.get(run)
        if hit is None:
            out = list(self.exact.get(run, ()))
            for n in self._prefix_lengths:
                if n > len(run):
                    break
                out += self.prefix.get(run[:n], ())
            if len(self._memo) > _GATE_MEMO_MAX:
                self._memo.clear()
            hit = self._memo[run] = tuple(out)
        return hit

    def groups(self, words: frozenset[str]) -> set[int]:
        """Groups that may match a text.

        Args:
            words: the text's letter runs (:func:`presslens.corpus.gate.letter_words`; a
                superset is fine).

        Returns:
            Group numbers; a group left out has no match in the text.
        """
        out = set(self.always)
        rest, memo = self.rest, self._memo
        for run in words:
            pids = memo.get(run)
            if pids is None:
                pids = self._patterns_of(run)
            for pid in pids:
                g, ex, pre = rest[pid]
                if g in out or not ex <= words:
                    continue
                if all(any(w.startswith(s) for w in words) for s in pre):
                    out.add(g)
        return out


def gate_applies(gate: LexiconGate, text: str) -> bool:
    """Whether :meth:`LexiconGate.groups` is exact for ``text``.

    It is when every character of the text is :func:`lower_safe` for all of the lexicon's
    literals (every ASCII one is, see :func:`ascii_safe`), so that each of the lexicon's regexes
    runs case-sensitively on ``text.lower()`` in :func:`lexicon_spans`.

    Args:
        gate: the gate.
        text: a sentence.

    Returns:
        True when the gate may skip groups.
    """
    if not ascii_safe(gate.literal_set):
        return False
    return text.isascii() or all(lower_safe(ch, gate.literal_set) for ch in _NON_ASCII.findall(text))


def _lookup_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _compile() -> tuple[LexiconRegex, list[tuple[re.Pattern[str], str]]]:
    big = compile_lexicon(p for ps in FRAMES.values() for p in ps)
    # one anchored pattern per frame, to look up which frame a match belongs to
    per = [(re.compile(pattern_regex(ps)[:-len(r"(?![\w])")] + r"$", re.IGNORECASE), f) for f, ps in FRAMES.items()]
    return big, per


_BIG, _PER_FRAME = _compile()
_CACHE: dict[str, str] = {}
#: Frame of a match as written (memo of :func:`frame_of`, skips its key normalisation).
_RAW: dict[str, str] = {}
#: Entries kept in each memo before it is emptied.
_CACHE_MAX = 50_000


def frame_of(term: str) -> str:
    """Return the frame id of a matched trigger (as written), or an empty string."""
    key = _lookup_key(term)
    if key not in _CACHE:
        if len(_CACHE) > _CACHE_MAX:
            _CACHE.clear()
        _CACHE[key] = ""
        # longest pattern wins, as in the big regex: check the frame whose pattern matches
        # the whole term, preferring exact multi-word patterns
        for rx, frame in _PER_FRAME:
            if rx.match(key):
                _CACHE[key] = frame
                break
    return _CACHE[key]


def _frame_of_raw(term: str) -> str:
    """:func:`frame_of`, memoised on the term as written."""
    f = _RAW.get(term)
    if f is None:
        if len(_RAW) > _CACHE_MAX:
            _RAW.clear()
        f = _RAW[term] = frame_of(term)
    return f


def find_frames(text: str, *, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """Find frame triggers in a text.

    Args:
        text: a sentence or any text.
        offset: added to spans.

    Returns:
        ``(frame, term, start, end)`` in text order; ``term`` is the lower-case match.
    """
    out = []
    for a, b in lexicon_spans(_BIG, text):
        g = text[a:b]
        f = _frame_of_raw(g)
        if f:
            out.append((f, g.lower(), a + offset, b + offset))
    return out


def column_lists(df: pd.DataFrame, *names: str) -> list[list]:
    """Columns of a table as plain Python lists (much faster to loop over than Series).

    Args:
        df: a table.
        names: column names.

    Returns:
        One list per name, values as Python objects (``str``, ``int``, ``float``).
    """
    return [df[n].tolist() for n in names]


def ranked_counts(values: Iterable) -> list:
    """Distinct values, most frequent first, ties in order of first appearance.

    Args:
        values: hashable values.

    Returns:
        The distinct values in the order of pandas ``Series.value_counts()`` (stable sort;
        None and NaN left out).
    """
    c = Counter(v for v in values if v is not None and v == v)
    return sorted(c, key=lambda v: -c[v])


@accepts_story
def word_counts(story: Story) -> pd.DataFrame:
    """Words (non-punctuation tokens) per article and section.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet`` (article label); ``section``; ``words``. One
        row per section present, in text order.
    """
    toks = tokens_table(story)
    if toks.empty:
        return _word_counts_pandas(story)
    sents = sentences_table(story)
    section_of = {(a, i): sec for a, i, sec in zip(*column_lists(sents, "article_id", "sent_id", "section"))}
    keep = ~toks["is_punct"].to_numpy(dtype=bool)
    codes, arts = pd.factorize(toks["article_id"])
    codes = codes[keep]
    sids = toks["sent_id"].to_numpy(dtype=np.int64)[keep]
    # runs of tokens of one sentence (tokens are in text order); one Python step per sentence
    cut = np.flatnonzero((codes[1:] != codes[:-1]) | (sids[1:] != sids[:-1])) + 1
    starts = np.concatenate(([0], cut)) if len(codes) else cut
    lengths = np.diff(np.append(starts, len(codes)))
    arts = list(arts)
    counts: dict[tuple[str, str], int] = {}
    for c, sid, n in zip(codes[starts].tolist(), sids[starts].tolist(), lengths.tolist()):
        art = arts[c]
        sec = section_of.get((art, sid))
        if sec is not None:
            counts[(art, sec)] = counts.get((art, sec), 0) + n
    if not counts:
        return _word_counts_pandas(story)
    labels = {a.article_id: a.label for a in story.articles}
    return pd.DataFrame({"article_id": [a for a, _ in counts], "outlet": [labels.get(a) for a, _ in counts],
                         "section": [sec for _, sec in counts],
                         "words": np.array(list(counts.values()), dtype=np.int64)}, columns=WORD_COLUMNS)


def _word_counts_pandas(story: Story) -> pd.DataFrame:
    """:func:`word_counts` with pandas merge and groupby (kept for empty stories: same empty table)."""
    toks = tokens_table(story)
    sents = sentences_table(story)[["article_id", "sent_id", "section"]]
    t = toks.loc[~toks["is_punct"], ["article_id", "sent_id"]].merge(sents, on=["article_id", "sent_id"], how="left")
    out = t.groupby(["article_id", "section"], sort=False).size().rename("words").reset_index()
    labels = {a.article_id: a.label for a in story.articles}
    out["outlet"] = out["article_id"].map(labels)
    return out[WORD_COLUMNS]


@accepts_story
def frame_hits(story: Story) -> pd.DataFrame:
    """Every frame trigger in the story, with its sentence.

    Args:
        story: the story.

    Returns:
        Columns: ``article_id``; ``outlet``; ``section``; ``sent_id``; ``frame`` (id);
        ``frame_name``; ``term`` (the trigger, lower case); ``start``, ``end`` (offsets
        of the trigger in the article text); ``sentence``.
    """
    sents = sentences_table(story)
    labels = {a.article_id: a.label for a in story.articles}
    cols: list[list] = [[] for _ in HIT_COLUMNS]
    art_c, out_c, sec_c, sid_c, fr_c, name_c, term_c, a_c, b_c, sent_c = cols
    columns = column_lists(sents, "article_id", "sent_id", "section", "start", "text")
    for art, sent_id, section, s, text in zip(*columns):
        for a, b in lexicon_spans(_BIG, text):
            g = text[a:b]
            f = _frame_of_raw(g)
            if f:
                art_c.append(art)
                out_c.append(labels[art])
                sec_c.append(section)
                sid_c.append(sent_id)
                fr_c.append(f)
                name_c.append(FRAME_NAMES[f])
                term_c.append(g.lower())
                a_c.append(a + s)
                b_c.append(b + s)
                sent_c.append(text)
    if not art_c:
        return pd.DataFrame([], columns=HIT_COLUMNS)
    return pd.DataFrame(dict(zip(HIT_COLUMNS, cols)), columns=HIT_COLUMNS)


def frame_scores(hits: pd.DataFrame, words: pd.DataFrame, *, max_evidence: int = 5,
                 min_section_words: int = MIN_SECTION_WORDS) -> pd.DataFrame:
    """Frame scores per outlet, for each section long enough to rate and for the whole article.

    A rate per 1,000 words means little over a one-line section (one trigger in a 4-word
    headline is 250 per 1,000), so sections with fewer than ``min_section_words`` words are
    pooled into one row per article, section :data:`SHORT_SECTIONS`.

    Args:
        hits: a :func:`frame_hits` table.
        words: a :func:`word_counts` table.
        max_evidence: sentence ids listed per row.
        min_section_words: fewest words for a section to get its own row.

    Returns:
        One row per (outlet, section, frame) for every frame with cues (the residual
        ``other`` has none), frames with no trigger included (zeros), so outlets compare on
        the same grid. Columns: ``outlet``; ``article_id``; ``section`` (a section label of
        at least ``min_section_words`` words, "short sections" for the others pooled, or
        "all" for the whole article); ``frame``; ``frame_name``; ``hits`` (triggers);
        ``sentences`` (sentences with a trigger); ``words`` (in the outlet's section);
        ``per_1000`` (hits per 1,000 words); ``evidence_sent_ids`` (up to ``max_evidence``
        sentence ids, most triggers first, ``;`` separated: look them up in
        ``frame_evidence.csv``).
    """
    unit_of: dict[tuple, str] = {}  # (article, section) -> the row it is counted in
    per_unit: dict[tuple, int] = {}  # (outlet, article, row section) -> words, in text order
    per_art: dict[tuple, int] = {}
    for outlet, art, section, n in zip(*column_lists(words, "outlet", "article_id", "section", "words")):
        unit = section if n >= min_section_words else SHORT_SECTIONS
        unit_of[(art, section)] = unit
        key = (outlet, art, unit)
        per_unit[key] = per_unit.get(key, 0) + n
        if not (pd.isna(art) or pd.isna(outlet)):  # groupby drops missing keys
            per_art[(art, outlet)] = per_art.get((art, outlet), 0) + n
    # sentence ids of the hits, in table order, per (article, row section or "all", frame)
    sent_ids: dict[tuple, list] = {}
    for art, section, frame, sid in zip(*column_lists(hits, "article_id", "section", "frame", "sent_id")):
        unit = unit_of.get((art, section), section)
        sent_ids.setdefault((art, unit, frame), []).append(sid)
        if unit != ALL_SECTIONS:
            sent_ids.setdefault((art, ALL_SECTIONS, frame), []).append(sid)
    units = [(outlet, art, section, n) for (outlet, art, section), n in per_unit.items()]
    units += [(outlet, art, ALL_SECTIONS, n) for (art, outlet), n in per_art.items()]
    rows = []
    for outlet, art, section, n in units:
        for f in CUE_FRAMES:
            ids = sent_ids.get((art, section, f), ())
            ev = ranked_counts(ids)
            rows.append((outlet, art, section, f, FRAME_NAMES[f], len(ids), len(ev), int(n),
                         1000 * len(ids) / n if n else 0.0, ";".join(str(int(x)) for x in ev[:max_evidence])))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def plot_frames_heatmap(scores: pd.DataFrame, *, outlets: list[str], title: str = "Frames per 1,000 words") -> "Figure":
    """Heatmap of frame scores, outlets × frames (whole articles).

    Args:
        scores: a :func:`frame_scores` table.
        outlets: outlet labels in display order (rows).
        title: figure title.

    Returns:
        The figure; each cell shows hits per 1,000 words and is coloured relative to the
        highest outlet in its frame (a frame every outlet uses heavily would otherwise
        wash out the others).
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import textwrap

    import matplotlib.pyplot as plt

    d = scores[scores["section"] == ALL_SECTIONS]
    grid = d.pivot_table(index="outlet", columns="frame", values="per_1000", aggfunc="sum").reindex(
        index=outlets, columns=list(CUE_FRAMES)).fillna(0.0)
    values = grid.to_numpy()
    colmax = values.max(axis=0, initial=0.0)
    rel = np.divide(values, colmax, out=np.zeros_like(values), where=colmax > 0)
    fig, ax = plt.subplots(figsize=(0.95 * len(CUE_FRAMES) + 3.2, 0.55 * len(outlets) + 2.4))
    im = ax.imshow(rel, aspect="auto", cmap="YlOrRd", vmin=0, vmax=1)
    ax.set_xticks(range(len(CUE_FRAMES)), [textwrap.fill(FRAME_NAMES[f], 13, break_long_words=False)
                                           for f in CUE_FRAMES], fontsize=8)
    ax.set_yticks(range(len(outlets)), [wrap_label(o) for o in outlets], fontsize=9)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            ax.text(j, i, f"{values[i, j]:.0f}", ha="center", va="center", fontsize=8,
                    color="white" if rel[i, j] > 0.75 else "black")
    ax.set_xlabel("frame (Policy Frames Codebook)")
    ax.set_ylabel("outlet")
    ax.set_title(f"{title}\n(numbers: triggers per 1,000 words; colour: share of the highest outlet in each frame)",
                 fontsize=10)
    fig.colorbar(im, ax=ax, label="share of the frame's highest score", shrink=0.8)
    fig.tight_layout()
    return fig
