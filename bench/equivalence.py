"""Check that the speed work changed no result: tables now == tables at a reference commit.

Usage:
    .venv/bin/python bench/equivalence.py [--ref COMMIT] [--limit N]

The reference library is ``lib/presslens`` as it is at ``REF`` (read with ``git show``; the
working tree is not touched; with ``SPEED_FILES`` set, only those files are taken from ``REF``
and the rest from the working tree); it runs in a subprocess with ``PYTHONPATH`` pointing at
it, and the current library in another. Both compute, on the seed story and on the first N
corpus articles (stories of 10 articles), every table the notebooks write, as the notebooks
compute them: the story tables (paragraphs, sentences, tokens, articles, parse report,
sections, side by side), wording and framing (distinctive terms and the reference-outlet view,
actor labels, attribution, hedges, policy frames, generic frames, loaded language, tone,
agency, with their summaries and rates), casualty claims (mentions, claims, reconciled,
checks) and source comparison (sentence status, coverage and its reference-outlet view,
unique content, reuse, entities and actors, quotes and speakers, name variants, number facts,
discrepancies); each prints a SHA-256 per table of its column names, the kind of values of
each column and CSV text (floats written exactly). Every table the reference can compute must
hash the same, except those listed in ``INTENDED_CHANGES`` (corrections, reported with their
reason). ``REFERENCE_COMMIT`` is main as the speed work of issue 18 started from; pass
``--ref`` to compare with another one. Exit status 1 when a table differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The reference commit: main as it stood when the speed work of issue 18 started (after issues 10,
#: 11, 13, 14, 15 and 16); moved to each main merged later (its results are the reference). Earlier rounds were checked against 5dcfea5 (issue 6) and 3088ad0.
REFERENCE_COMMIT = "054b816"
#: Tables that differ from the reference on purpose (a correction, not speed work): not counted as
#: failures, reported with the reason.
INTENDED_CHANGES: dict[str, str] = {}
#: Files the speed work may change (compared against their text at the reference commit);
#: None: the whole ``lib/presslens`` of the reference commit.
SPEED_FILES: list[str] | None = None
#: Story functions compared: (module, function).
TABLES = [("tables", "paragraphs_table"), ("tables", "sentences_table"), ("tables", "tokens_table"),
          ("tables", "articles_table"), ("tables", "parse_report"), ("overview", "section_words"),
          ("overview", "side_by_side"),
          # 02 wording and framing
          ("keyness", "distinctive_terms"), ("keyness", "term_occurrences"), ("labels", "actor_labels_table"),
          ("attribution", "attribution_table"), ("hedging", "hedges_table"), ("frames", "frame_hits"),
          ("frames", "word_counts"), ("generic_frames", "generic_frame_evidence"),
          ("loaded", "loaded_language_table"), ("tone", "tone_table"), ("agency", "agency_table"),
          # 03 casualty tables
          ("casualty_tables", "claim_mentions"), ("casualty_tables", "claims"),
          # 01 source comparison
          ("align", "sentence_status"), ("align", "coverage_matrix"), ("align", "unique_content"),
          ("reuse", "text_reuse"), ("entities", "entity_mentions"), ("quotes", "quotes_table"),
          ("discrepancies", "number_facts")]


#: Where each module of ``TABLES`` lives since the library was split into subpackages (issue 10); the
#: flat name is tried next, so a reference commit from before the split still runs.
MODULE_PATHS = {**{m: f"corpus.{m}" for m in ("tables", "overview")},
                **{m: f"compare.{m}" for m in ("entities", "quotes", "align", "discrepancies", "reuse")},
                **{m: f"framing.{m}" for m in ("keyness", "labels", "attribution", "hedging", "frames", "generic_frames",
                                               "loaded", "tone", "agency")},
                **{m: f"compare.{m}" for m in ("variants",)},
                "casualties": "casualties", "casualty_tables": "casualties.tables"}


def module(name: str):  # noqa: ANN201 - a module
    """Import ``presslens.<name>`` at its current place, else at its flat pre-split place."""
    import importlib

    try:
        return importlib.import_module(f"presslens.{MODULE_PATHS.get(name, name)}")
    except ImportError:
        return importlib.import_module(f"presslens.{name}")


def derived_tables(st) -> dict:  # noqa: ANN001 - a Story
    """Tables the notebooks compute from the story tables (summaries, rates, the reference view).

    Returns:
        {"<module>.<name>": function of no argument returning the table}.
    """
    agency, frames, hedging, keyness, labels, tone = (module(m) for m in
                                                      ("agency", "frames", "hedging", "keyness", "labels", "tone"))
    generic, loaded, casualty_tables = module("generic_frames"), module("loaded"), module("casualty_tables")
    entities, variants, discrepancies, quotes = (module(m) for m in ("entities", "variants", "discrepancies", "quotes"))

    outlets = [a.label for a in st.articles]

    def name_variants():  # noqa: ANN202 - as notebook 01 calls it
        return variants.name_variants(entities.entity_mentions(st),
                                      common_words=variants.common_vocabulary([a.text for a in st.articles]),
                                      article_order=[a.article_id for a in st.articles])

    claims = casualty_tables.claims(st)
    return {
        "generic_frames.generic_frames_table": lambda: generic.generic_frames_table(
            generic.generic_frame_evidence(st), frames.word_counts(st)),
        "loaded.loaded_rates": lambda: loaded.loaded_rates(loaded.loaded_language_table(st), frames.word_counts(st)),
        "casualty_tables.reconcile": lambda: casualty_tables.reconcile(claims),
        "casualty_tables.check_consistency": lambda: casualty_tables.check_consistency(claims),
        "align.coverage_matrix_vs_reference": lambda: module("align").coverage_matrix(st, reference=outlets[-1]),
        "quotes.speakers_table": lambda: quotes.speakers_table(quotes.quotes_table(st)),
        "entities.actors_table": lambda: entities.actors_table(
            entities.entity_mentions(st), groups=variants.name_groups(entities.entity_mentions(st))),
        "variants.name_variants": name_variants,
        "discrepancies.discrepancies_table": lambda: discrepancies.discrepancies_table(st, variants=name_variants()),
        "frames.frame_scores": lambda: frames.frame_scores(frames.frame_hits(st), frames.word_counts(st)),
        "hedging.hedge_rates": lambda: hedging.hedge_rates(hedging.hedges_table(st), frames.word_counts(st)),
        "tone.tone_summary": lambda: tone.tone_summary(tone.tone_table(st)),
        "agency.agency_summary": lambda: agency.agency_summary(agency.agency_table(st), outlets=outlets),
        "labels.label_counts": lambda: labels.label_counts(labels.actor_labels_table(st), outlets=outlets),
        "keyness.vs_reference": lambda: keyness.distinctive_terms(st, reference=outlets[-1]),
    }


def dtype_kind(dtype) -> str:  # noqa: ANN001 - a pandas/numpy dtype
    """The kind of values a column holds, ignoring storage: a categorical counts as its categories'
    dtype, and every integer width as "int" (compact storage is a memory change, not a result change)."""
    import pandas as pd

    if isinstance(dtype, pd.CategoricalDtype):
        dtype = dtype.categories.dtype
    kind = getattr(dtype, "kind", "")
    return "int" if kind in "iu" and kind else str(dtype)


def table_hash(df) -> str:  # noqa: ANN001 - a DataFrame
    """SHA-256 of a table's columns, the kind of their values and CSV text."""
    h = hashlib.sha256()
    h.update(repr([(str(c), dtype_kind(t)) for c, t in df.dtypes.items()]).encode())
    h.update(df.to_csv(index=True).encode())  # floats are written as repr(): exact
    return h.hexdigest()[:16]


def emit(stories: list[str], *, only: set[str] | None = None) -> None:
    """Print {"<story>|<module>.<function>": hash} for the library on the import path (``only``: these modules)."""
    load_story = module("story").load_story

    out: dict[str, str] = {}
    for path in stories:
        st = load_story(path)
        for mod, fn in TABLES:
            if only and mod not in only:
                continue
            try:
                f = getattr(module(mod), fn)
            except (ImportError, AttributeError):
                continue
            out[f"{Path(path).name}|{mod}.{fn}"] = table_hash(f(st))
        for name, make in derived_tables(st).items():
            if not only or name.split(".")[0] in only:
                out[f"{Path(path).name}|{name}"] = table_hash(make())
    print(json.dumps(out))


def reference_lib(ref: str, folder: Path) -> Path:
    """Copy ``lib/presslens`` into ``folder`` with ``SPEED_FILES`` as they are at ``ref``; return the lib folder."""
    lib = folder / "lib"
    shutil.copytree(ROOT / "lib" / "presslens", lib / "presslens", ignore=shutil.ignore_patterns("__pycache__"))
    names = SPEED_FILES
    if names is None:
        shutil.rmtree(lib / "presslens")
        listing = subprocess.run(["git", "ls-tree", "-r", "--name-only", ref, "lib/presslens/"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()
        names = [n.removeprefix("lib/presslens/") for n in listing]
    for name in names:
        (lib / "presslens" / name).parent.mkdir(parents=True, exist_ok=True)
        old = subprocess.run(["git", "show", f"{ref}:lib/presslens/{name}"], cwd=ROOT, capture_output=True, check=True)
        (lib / "presslens" / name).write_bytes(old.stdout)
    return lib


def run_emit(pythonpath: Path | None, stories: list[str], *, only: list[str] | None = None) -> dict[str, str]:
    """Run :func:`emit` in a subprocess (with the reference library first on the path when given)."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath) + os.pathsep + env.get("PYTHONPATH", "")
    env["PRESSLENS_ROOT"] = str(ROOT)
    res = subprocess.run([sys.executable, str(HERE / "equivalence.py"), "--emit", *stories,
                          *(["--only", *only] if only else [])], env=env, cwd=HERE,
                         capture_output=True, text=True)
    if res.returncode:
        raise SystemExit(f"equivalence: a run failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    """Compare the current library with the reference commit; return 1 when a table differs."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=REFERENCE_COMMIT)
    ap.add_argument("--limit", type=int, default=300, help="corpus articles compared (0: none)")
    ap.add_argument("--only", nargs="*", help="compare only these modules' tables (e.g. keyness frames)")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    ap.add_argument("--emit", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.emit is not None:
        emit(args.emit, only=set(args.only) if args.only else None)
        return 0
    from bench_common import CORPUS, append_result
    from corpus_stories import corpus_story_dirs

    stories = [str(ROOT / "data" / "stories" / "balochistan-2026-02")]
    tmp = None
    if args.limit and CORPUS.is_file():
        tmp, dirs, _ = corpus_story_dirs(limit=args.limit)
        stories += [str(d) for d in dirs]
    elif args.limit:
        print(f"corpus not found at {CORPUS}: comparing the seed story only")
    with tempfile.TemporaryDirectory(prefix="presslens-ref-") as refdir:
        try:
            lib = reference_lib(args.ref, Path(refdir))
        except subprocess.CalledProcessError as exc:
            print(f"skipped: cannot read commit {args.ref} from git ({exc.stderr.decode().strip()})")
            return 0
        ref = run_emit(lib, stories, only=args.only)
    now = run_emit(None, stories, only=args.only)
    if tmp:
        tmp.cleanup()
    differ = sorted(k for k in ref if now.get(k) != ref[k])
    names = sorted({k.split("|")[1] for k in ref})
    print(f"reference {args.ref}: {len(ref)} tables ({len(stories)} stories × {len(names)} functions) compared")
    for n in names:
        bad = [k for k in differ if k.endswith("|" + n)]
        where = ", ".join(k.split("|")[0] for k in bad)
        why = f" (intended: {INTENDED_CHANGES[n]})" if n in INTENDED_CHANGES and args.ref == REFERENCE_COMMIT else ""
        print(f"  {n:32} {'SAME' if not bad else 'DIFFERENT in ' + where + why}")
    intended = [k for k in differ if args.ref == REFERENCE_COMMIT and k.split("|")[1] in INTENDED_CHANGES]
    differ = [k for k in differ if k not in intended]
    print(f"\nresults identical to {args.ref[:7]}: {len(differ)} table(s) different beyond INTENDED_CHANGES "
          f"({len(intended)} intended); target 0: {'met' if not differ else 'NOT met'}")
    if not args.no_record:
        append_result({"bench": "equivalence", "ref": args.ref, "tables": len(ref), "different": len(differ),
                       "intended_changes": len(intended),
                       "articles": args.limit, "only": args.only or "all"})
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
