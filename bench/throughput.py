"""Library throughput on the shared real corpus: words/s per core and articles/s, per stage.

Usage:
    .venv/bin/python bench/throughput.py [--limit N] [--profile FILE] [--only STAGE ...] [--no-record]

The corpus (``../shared/bench/corpora/abp_sample_12k.jsonl.gz``, 12,000 articles) is cut into
stories of 10 articles (``bench/corpus_stories.py``); each story goes through, in one
process (one core):

- ``load``: read the JSON, repair encoding, parse the structure (``load_story``);
- ``sentences``, ``tokens``: the sentence and token tables (``presslens.corpus.tables``);
- ``casualties``: ``presslens.casualties.extract_claims`` on each article text (skipped with a
  message when the module is absent);
- the per-article wording/framing features: ``labels``, ``attribution``, ``hedges``,
  ``frames`` (hits and word counts), ``generic_frames`` (cues of the battery questions),
  ``loaded`` (loaded language), ``tone`` (VADER), ``agency``; and ``keyness``
  (distinctive terms between the story's articles, reported apart: it compares articles).

Words are whitespace-separated words of the titles and bodies (11.6 M for the whole corpus).
Throughput is given per wall second and per CPU second of this process (the machine is
shared; CPU seconds are the fairer "per core" figure). Target: ≥ 500,000 words/s per core
end to end. ``--profile FILE`` writes a cProfile profile of the run (``pstats`` reads it) and
the costliest functions to ``FILE.txt``.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable

from bench_common import CORPUS, Stopwatch, append_result, corpus_missing, peak_rss_mb, print_table
from corpus_stories import corpus_story_dirs

#: End-to-end target, words per second per core.
TARGET_WORDS_PER_S = 500_000


def _lazy(module: str, name: str) -> Callable | None:
    """Return ``presslens.<module>.<name>`` or None (with a message) when it does not exist yet."""
    try:
        return getattr(importlib.import_module(f"presslens.{module}"), name)
    except (ImportError, AttributeError) as exc:
        print(f"  stage {module}.{name} skipped: {type(exc).__name__}: {exc}")
        return None


def stages() -> list[tuple[str, Callable]]:
    """The (stage name, function of a Story) pairs run after loading, in order."""
    from presslens.corpus import tables

    out: list[tuple[str, Callable]] = [("sentences", tables.sentences_table), ("tokens", tables.tokens_table)]
    claims = _lazy("casualties", "extract_claims")
    if claims:
        out.append(("casualties", lambda s, f=claims: [f(a.text) for a in s.articles]))
    for stage, module, name in [("labels", "labels", "actor_labels_table"),
                                ("attribution", "attribution", "attribution_table"),
                                ("hedges", "hedging", "hedges_table"), ("frames", "frames", "frame_hits"),
                                ("frame_words", "frames", "word_counts"),
                                ("generic_frames", "generic_frames", "generic_frame_evidence"),
                                ("loaded", "loaded", "loaded_language_table"), ("tone", "tone", "tone_table"),
                                ("agency", "agency", "agency_table"), ("keyness", "keyness", "distinctive_terms")]:
        fn = _lazy(f"framing.{module}", name)
        if fn:
            out.append((stage, fn))
    return out


def run(dirs, *, sw: Stopwatch, only: set[str] | None = None) -> tuple[int, int]:
    """Run every stage on every story folder; return (articles kept, tokens)."""
    from presslens.corpus.story import load_story

    todo = [(n, f) for n, f in stages() if not only or n in only]
    articles = tokens = 0
    for d in dirs:
        with sw("load"):
            st = load_story(d)
        articles += len(st.articles)
        for name, fn in todo:
            with sw(name):
                out = fn(st)
            if name == "tokens":
                tokens += len(out)
    return articles, tokens


def write_profile(profiler, path: str) -> None:  # noqa: ANN001 - a cProfile.Profile
    """Write a cProfile profile: the raw stats to ``path`` and the 40 costliest functions (own and
    cumulative time) to ``path + ".txt"``, which is also printed."""
    import io
    import pstats

    profiler.dump_stats(path)
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf).strip_dirs()
    stats.sort_stats("tottime").print_stats(40)
    stats.sort_stats("cumulative").print_stats(40)
    with open(path + ".txt", "w", encoding="utf-8") as fh:
        fh.write(buf.getvalue())
    print(f"profile written to {path} (stats) and {path}.txt (the costliest functions)")


def main() -> None:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--profile", default="", help="write a cProfile profile here (and its summary to FILE.txt)")
    ap.add_argument("--only", nargs="*", help="run only these stages (load always runs)")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args()
    if corpus_missing(CORPUS):
        return
    tmp, dirs, words = corpus_story_dirs(limit=args.limit)
    sw = Stopwatch()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    c0, t0 = time.process_time(), time.perf_counter()
    articles, tokens = run(dirs, sw=sw, only=set(args.only) if args.only else None)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    if profiler:
        profiler.disable()
        write_profile(profiler, args.profile)
    tmp.cleanup()
    rows = [{"stage": k, "seconds": round(v, 2), "cpu_s": round(sw.cpu[k], 2), "share_cpu": round(sw.cpu[k] / cpu, 3),
             "words_per_s_cpu": round(words / max(sw.cpu[k], 1e-9))} for k, v in sw.seconds.items()]
    per_article = sum(v for k, v in sw.cpu.items() if k != "keyness")
    rows.append({"stage": "ALL", "seconds": round(wall, 2), "cpu_s": round(cpu, 2), "share_cpu": 1.0,
                 "words_per_s_cpu": round(words / cpu)})
    print_table(rows)
    summary = {"bench": "throughput", "articles": articles, "words": words, "tokens": tokens,
               "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "words_per_s_core": round(words / cpu),
               "words_per_s_wall": round(words / wall), "articles_per_s": round(articles / wall, 1),
               "per_article_features_words_per_s": round(words / per_article),
               "peak_rss_mb": round(peak_rss_mb(), 1), "only": args.only or "all",
               "stages_s": {k: round(v, 3) for k, v in sw.seconds.items()},
               "stages_cpu_s": {k: round(v, 3) for k, v in sw.cpu.items()}}
    print(f"\narticles={articles:,} words={words:,} tokens={tokens:,}  "
          f"{summary['words_per_s_core']:,} words/s per core (CPU), {summary['words_per_s_wall']:,} words/s wall, "
          f"{summary['articles_per_s']} articles/s; target {TARGET_WORDS_PER_S:,} words/s per core: "
          f"{'met' if summary['words_per_s_core'] >= TARGET_WORDS_PER_S else 'NOT met'}")
    if not args.no_record:
        append_result(summary)


if __name__ == "__main__":
    main()
