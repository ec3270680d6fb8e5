"""Quote speaker attribution measured against BASIL's annotated quoted spans.

Usage:
    .venv/bin/python bench/basil_quotes.py [--basil ../shared/bench/basil] [--limit N]

BASIL (Fan et al., 2019) annotates *biased phrases*, not every quote: a phrase has
``quote: yes`` when it is (part of) what someone said, and ``speaker`` names that person or
group when it is one of the article's main entities ("Michael_Steele", "House_Democrats"),
else ``other_pro`` / ``other_anti`` / ``other_neutral``. Phrase offsets are character
offsets in the sentence ``p<N>`` (N = index of the sentence in the article's flattened
``body-paragraphs``).

Matching rule (chosen so that unannotated quotes are not counted against us):

- gold set: phrases with ``quote: yes`` and a *named* speaker (not ``other_*``);
- a predicted quote (direct or indirect, from :func:`presslens.compare.quotes.find_quotes`)
  *covers* a gold phrase when their character spans overlap;
- the speaker is correct when the gold speaker's last name word (``Jr.`` dropped; for
  groups such as "House_Democrats" the last word) equals, by stem or as a prefix for
  names BASIL truncates ("Marco_Ferrand"), a word of the predicted speaker (the phrase
  as written or its normalised name);
- precision = correct / predicted quotes covering a gold phrase; recall = gold phrases
  covered by at least one correctly attributed quote / gold phrases. Detection recall =
  quoted phrases (all speakers) covered by any predicted quote;
- the same precision and recall over the gold phrases whose speaker is one person
  (``persons``): BASIL labels many quotes with the speaker's group or organisation
  ("House_Democrats" for a congressman, "Tea_Party" for an activist), which a name
  match cannot credit; :func:`is_group_label` tells them apart from the label alone.

The script copies each triplet into a temporary story folder and skips with a
message when the BASIL folder is absent. BASIL data is never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from basil_story import default_basil, triplets  # bench/ is on sys.path when a bench script runs
from presslens.compare.quotes import find_quotes
from presslens.corpus.story import load_story
from presslens.corpus.tokenize import normalize, stem

_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii"}
#: Last words of BASIL speaker labels that name a group or an organisation, not one person.
_GROUP_HEADS = {"lawmakers", "democrats", "republicans", "officials", "campaign", "party", "members", "committee",
                "companies", "protestors", "protesters", "plaintiffs", "catholics", "now", "administration",
                "department", "supporters", "voters", "leaders", "activists", "members"}


def is_group_label(speaker: str) -> bool:
    """Tell whether a BASIL speaker label names a group or organisation ("House_Democrats",
    "Tea_Party") rather than one person ("Michael_Steele").

    A label is a group when a word is lower case, the last word is a group or organisation
    head (:data:`_GROUP_HEADS`), a word is an acronym, or it joins two parties with "and".
    """
    words = [w for w in speaker.split("_") if w]
    if not words:
        return False
    return (any(w[:1].islower() for w in words) or words[-1].lower() in _GROUP_HEADS
            or any(len(w) >= 3 and w.isupper() for w in words) or "and" in words)


def gold_key(speaker: str) -> str:
    """The word a predicted speaker must contain: the gold speaker's last name word, lower case."""
    words = [w for w in normalize(speaker.replace("_", " ")).split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def speaker_matches(gold: str, predicted: str) -> bool:
    """Tell whether a predicted speaker string names the gold speaker (see the module docstring)."""
    key = gold_key(gold)
    if not key:
        return False
    words = [w.strip(".,'’") for w in normalize(predicted).replace("’s", " ").replace("'s", " ").split()]
    stems = {stem(w) for w in words if w}
    return stem(key) in stems or any(len(key) >= 4 and w.startswith(key) for w in words)


def _sentences(article_json: dict) -> list[str]:
    paras = article_json.get("body-paragraphs", [])
    out = []
    for p in paras:
        out += list(p) if isinstance(p, list) else [p]
    return [str(s) for s in out]


def evaluate(basil: Path, *, limit: int | None = None, debug: bool = False) -> dict[str, dict[str, int]]:
    """Count gold phrases, predictions and matches per outlet.

    Args:
        basil: the BASIL folder.
        limit: only the first N triplets (None for all).
        debug: print every named gold phrase not rightly attributed.

    Returns:
        outlet → counts (``gold``, ``gold_found``, ``pred``, ``pred_ok``, ``quoted``,
        ``quoted_covered``).
    """
    counts: dict[str, dict[str, int]] = {}
    items = list(triplets(basil).items())[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        for uuid, files in items:
            folder = Path(tmp) / uuid[:8]
            folder.mkdir()
            for f in files:
                shutil.copy(f, folder / f.name)
            story = load_story(folder)
            quotes = find_quotes(story)
            for art in story.articles:
                src = next((f for f in files if f.name == art.source_file), None)
                ann_path = basil / "annotations" / src.parent.name / f"{src.stem}_ann.json" if src else None
                if ann_path is None or not ann_path.is_file():
                    continue
                sents = _sentences(json.loads(src.read_text(encoding="utf-8")))
                offsets, cursor = [], 0
                for s in sents:
                    k = art.text.find(s.strip(), cursor)
                    offsets.append(k)
                    if k >= 0:
                        cursor = k + len(s.strip())
                ann = json.loads(ann_path.read_text(encoding="utf-8"))
                q = quotes[quotes.article_id == art.article_id]
                c = counts.setdefault((art.extra.get("source") or art.meta.get("outlet") or "?").lower(), dict.fromkeys(("gold", "gold_found", "pred", "pred_ok", "quoted",
                                                                     "quoted_covered", "person_gold", "person_gold_found",
                                                                     "person_pred", "person_pred_ok"), 0))
                for ph in ann.get("phrase-level-annotations", []):
                    if ph.get("quote") != "yes":
                        continue
                    idx = int(str(ph["id"]).lstrip("p"))
                    if idx >= len(offsets) or offsets[idx] < 0:
                        continue
                    lead = len(sents[idx]) - len(sents[idx].lstrip())
                    g0 = offsets[idx] + int(ph["start"]) - lead
                    g1 = offsets[idx] + int(ph["end"]) - lead
                    cover = q[(q.start < g1) & (q.end > g0)]
                    c["quoted"] += 1
                    c["quoted_covered"] += int(not cover.empty)
                    spk = ph.get("speaker", "")
                    if not spk or spk.startswith("other"):
                        continue
                    ok = [speaker_matches(spk, f"{r.speaker} {r.speaker_name}") for r in cover.itertuples()]
                    if debug and not any(ok) and not is_group_label(spk):
                        print(f"[{spk}] {art.text[g0:g1]!r} -> " + (" | ".join(
                            f"{r.speaker!r}={r.speaker_name!r}/{r.speaker_kind}/{r.rule}" for r in cover.itertuples())
                            or "none"))
                    for key in ("", "person_") if not is_group_label(spk) else ("",):
                        c[key + "gold"] += 1
                        c[key + "gold_found"] += int(any(ok))
                        c[key + "pred"] += len(ok)
                        c[key + "pred_ok"] += sum(ok)
    return counts


def main() -> None:
    """Command-line entry point: print a table per outlet and the overall figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--basil", type=Path, default=default_basil())
    ap.add_argument("--limit", type=int)
    ap.add_argument("--debug", action="store_true", help="print the phrases not rightly attributed")
    args = ap.parse_args()
    if not (args.basil / "annotations").is_dir():
        print(f"BASIL not found at {args.basil}; skipping the quote-attribution benchmark.")
        return
    counts = evaluate(args.basil, limit=args.limit, debug=args.debug)
    keys = ("gold", "gold_found", "pred", "pred_ok", "quoted", "quoted_covered", "person_gold", "person_gold_found",
            "person_pred", "person_pred_ok")
    total = {k: sum(c[k] for c in counts.values()) for k in keys}
    print(f"{'outlet':8} {'gold':>5} {'pred':>5} {'precision':>9} {'recall':>7} {'detect':>7}   "
          f"{'persons':>7} {'precision':>9} {'recall':>7}")
    for name, c in sorted(counts.items()) + [("all", total)]:
        p = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
        r = c["gold_found"] / c["gold"] if c["gold"] else 0.0
        d = c["quoted_covered"] / c["quoted"] if c["quoted"] else 0.0
        pp = c["person_pred_ok"] / c["person_pred"] if c["person_pred"] else 0.0
        pr = c["person_gold_found"] / c["person_gold"] if c["person_gold"] else 0.0
        print(f"{name:8} {c['gold']:>5} {c['pred']:>5} {p:>9.3f} {r:>7.3f} {d:>7.3f}   "
              f"{c['person_gold']:>7} {pp:>9.3f} {pr:>7.3f}")
    print("\nprecision: predicted quotes over a named gold quote whose speaker is right; recall: named gold "
          "quotes with a rightly attributed predicted quote; detect: all quoted phrases covered by any quote. "
          "persons: the same over gold speakers that are one person (not a group label such as "
          "House_Democrats or Tea_Party, see is_group_label).")


if __name__ == "__main__":
    main()
