"""Scaling: time against corpus size, and source comparison against story size.

Usage:
    .venv/bin/python bench/scaling.py [--sizes 1000 2000 4000 8000 12000] [--all-stages]
                                      [--story-sizes 2 5 10 20 50]

1. Corpus size: the first N corpus articles (stories of 10 articles) through load,
   sentences, tokens and casualty claims (``--all-stages``: every stage of
   ``bench/throughput.py``, much longer); seconds, seconds per 1,000 articles and words/s
   per size. Linear scaling shows as a flat "s per 1k articles" column.
2. Story size: one story of the first K corpus articles, through the source comparison
   (``align.sentence_status``, ``align.coverage_matrix``, ``reuse.text_reuse``,
   ``quotes.quotes_table``, ``entities.entity_mentions`` + ``variants.name_variants``,
   ``discrepancies.discrepancies_table``; each skipped with a message when missing).
   Target: a 50-article story under 10 s.
Skips the corpus parts with a message when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import time

from bench_common import CORPUS, Stopwatch, append_result, corpus_missing, corpus_records, print_table
from corpus_stories import corpus_story_dirs, write_chunks
from throughput import _lazy, run

#: Target seconds for the source comparison of a 50-article story.
TARGET_50_S = 10.0
#: Stages run per corpus size by default.
CORE_STAGES = {"sentences", "tokens", "casualties"}


def corpus_scaling(sizes: list[int], *, all_stages: bool) -> list[dict]:
    """Time the pipeline on the first N articles for each N."""
    rows = []
    for n in sizes:
        tmp, dirs, words = corpus_story_dirs(limit=n)
        sw = Stopwatch()
        t0 = time.perf_counter()
        articles, _ = run(dirs, sw=sw, only=None if all_stages else CORE_STAGES)
        secs = time.perf_counter() - t0
        tmp.cleanup()
        rows.append({"articles": articles, "words": words, "seconds": round(secs, 2),
                     "s_per_1k_articles": round(1000 * secs / articles, 2), "words_per_s": round(words / secs)})
        print_table(rows[-1:])
    return rows


def story_scaling(sizes: list[int]) -> list[dict]:
    """Time the source comparison on one story of K corpus articles for each K."""
    import tempfile
    from pathlib import Path

    from presslens.corpus.story import load_story

    steps = [(n, _lazy(m, f)) for n, m, f in [("status", "align", "sentence_status"), ("coverage", "align", "coverage_matrix"),
                                              ("reuse", "reuse", "text_reuse"), ("quotes", "quotes", "quotes_table"),
                                              ("entities", "entities", "entity_mentions"),
                                              ("discrepancies", "discrepancies", "discrepancies_table")]]
    variants = _lazy("variants", "name_variants")
    steps = [(n, f) for n, f in steps if f]
    if not steps:
        print("source comparison modules not found: story-size scaling skipped")
        return []
    recs = corpus_records(limit=max(sizes))
    rows = []
    for k in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            (d,) = write_chunks(recs[:k], folder=Path(tmp), chunk=k)
            st = load_story(d)
            sw = Stopwatch()
            for name, fn in steps:
                with sw(name):
                    out = fn(st)
                if name == "entities" and variants:
                    with sw("variants"):
                        variants(out)
        row = {"articles": len(st.articles), "seconds": round(sum(sw.seconds.values()), 2),
               **{k2: round(v, 2) for k2, v in sw.seconds.items()}}
        rows.append(row)
        print_table([row])
    return rows


def main() -> None:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000, 4000, 8000, 12000])
    ap.add_argument("--story-sizes", type=int, nargs="*", default=[2, 5, 10, 20, 50])
    ap.add_argument("--all-stages", action="store_true")
    args = ap.parse_args()
    if corpus_missing(CORPUS):
        return
    print("== time against corpus size" + ("" if args.all_stages else f" (stages: load, {', '.join(sorted(CORE_STAGES))})"))
    corpus = corpus_scaling(args.sizes, all_stages=args.all_stages)
    print("\n== source comparison against story size")
    story = story_scaling(args.story_sizes)
    big = [r for r in story if r["articles"] >= 50]
    if big:
        print(f"\n50-article story: {big[-1]['seconds']:.1f} s; target < {TARGET_50_S:.0f} s: "
              f"{'met' if big[-1]['seconds'] < TARGET_50_S else 'NOT met'}")
    append_result({"bench": "scaling", "all_stages": args.all_stages, "corpus": corpus, "story": story})


if __name__ == "__main__":
    main()
