"""Scaling: time against corpus size, and source comparison against story size.

Usage:
    .venv/bin/python bench/scaling.py [--sizes 1000 2000 4000 8000 12000] [--all-stages]
                                      [--story-sizes 10 25 50 100 200]

1. Corpus size: the first N corpus articles (stories of 10 articles) through load,
   sentences, tokens and casualty claims (``--all-stages``: every stage of
   ``bench/throughput.py``, much longer); seconds, seconds per 1,000 articles and words/s
   per size. Linear scaling shows as a flat "s per 1k articles" column.
2. Story size: one story of the first K corpus articles, through the source comparison
   (``compare.align``: ``sentence_status``, ``coverage_matrix``, ``unique_content``; ``reuse.text_reuse``,
   ``quotes.quotes_table``, ``entities.entity_mentions`` + ``variants.name_variants``,
   ``discrepancies.discrepancies_table``; each skipped with a message when missing).
   Targets: a 50-article story under 10 s, and the cost growing at most as n·log n in the
   story's sentences n: from the size nearest a quarter of the largest (the reference) to the
   largest, time grows at most ``TARGET_GROWTH`` × as much as n·log n does (the margin absorbs
   the shared machine's noise; a quadratic step shows as about 4 × over that span). The
   fitted log-log exponent of time against sentences is printed too (1 = linear).
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
#: Most (time ratio) / (n·log n ratio) from the reference story size to the largest.
TARGET_GROWTH = 1.3
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

    steps = [(n, _lazy(m, f)) for n, m, f in [("status", "compare.align", "sentence_status"),
                                              ("coverage", "compare.align", "coverage_matrix"),
                                              ("unique", "compare.align", "unique_content"),
                                              ("reuse", "compare.reuse", "text_reuse"),
                                              ("quotes", "compare.quotes", "quotes_table"),
                                              ("entities", "compare.entities", "entity_mentions"),
                                              ("discrepancies", "compare.discrepancies", "discrepancies_table")]]
    variants = _lazy("compare.variants", "name_variants")
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
            from presslens.corpus.tables import sentences_table

            n_sents = len(sentences_table(st))
            sw = Stopwatch()
            for name, fn in steps:
                with sw(name):
                    out = fn(st)
                if name == "entities" and variants:
                    with sw("variants"):
                        variants(out)
        row = {"articles": len(st.articles), "sentences": n_sents, "seconds": round(sum(sw.seconds.values()), 2),
               **{k2: round(v, 2) for k2, v in sw.seconds.items()}}
        rows.append(row)
        print_table([row])
    return rows


def growth(rows: list[dict]) -> tuple[float, float, dict, dict] | None:
    """How the source comparison's time grows with sentences: (time ratio / n·log n ratio from the
    reference size to the largest, fitted log-log exponent, reference row, largest row); None for
    fewer than two sizes."""
    import math

    rows = sorted((r for r in rows if r["sentences"] > 1 and r["seconds"] > 0), key=lambda r: r["sentences"])
    if len(rows) < 2:
        return None
    big = rows[-1]
    ref = min(rows[:-1], key=lambda r: abs(math.log(r["sentences"] / (big["sentences"] / 4))))
    nlogn = (big["sentences"] * math.log(big["sentences"])) / (ref["sentences"] * math.log(ref["sentences"]))
    excess = (big["seconds"] / ref["seconds"]) / nlogn
    xs = [math.log(r["sentences"]) for r in rows]
    ys = [math.log(r["seconds"]) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs) or 1.0
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den
    return excess, slope, ref, big


def main() -> None:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000, 4000, 8000, 12000])
    ap.add_argument("--story-sizes", type=int, nargs="*", default=[10, 25, 50, 100, 200])
    ap.add_argument("--skip-corpus", action="store_true", help="only the story-size part")
    ap.add_argument("--all-stages", action="store_true")
    args = ap.parse_args()
    if corpus_missing(CORPUS):
        return
    print("== time against corpus size" + ("" if args.all_stages else f" (stages: load, {', '.join(sorted(CORE_STAGES))})"))
    corpus = [] if args.skip_corpus else corpus_scaling(args.sizes, all_stages=args.all_stages)
    print("\n== source comparison against story size")
    story = story_scaling(args.story_sizes)
    big = [r for r in story if r["articles"] >= 50]
    if big:
        fifty = min(big, key=lambda r: r["articles"])
        print(f"\n{fifty['articles']}-article story: {fifty['seconds']:.1f} s; target < {TARGET_50_S:.0f} s: "
              f"{'met' if fifty['seconds'] < TARGET_50_S else 'NOT met'}")
    g = growth(story)
    if g is not None:
        excess, slope, ref, top = g
        print(f"source comparison growth {ref['sentences']:,} → {top['sentences']:,} sentences: time × "
              f"{top['seconds'] / ref['seconds']:.2f}, n·log n × "
              f"{top['seconds'] / ref['seconds'] / excess:.2f}, ratio {excess:.2f} (fitted exponent {slope:.2f}); "
              f"target ≤ {TARGET_GROWTH}: {'met' if excess <= TARGET_GROWTH else 'NOT met'}")
    append_result({"bench": "scaling", "all_stages": args.all_stages, "corpus": corpus, "story": story,
                   **({"growth_ratio": round(g[0], 3), "growth_exponent": round(g[1], 3)} if g else {})})


if __name__ == "__main__":
    main()
