"""Words per second of casualty-claim extraction on the shared 12k-article news corpus.

Usage:
    .venv/bin/python bench/casualties_speed.py [--limit N] [--sample K]

Reads ``../shared/bench/corpora/abp_sample_12k.jsonl.gz`` (field ``content_original``),
runs :func:`presslens.casualties.extract_claims` on every article and prints words/second
(words = whitespace-separated tokens), the number of claims found, and with ``--sample K``
K random claims for a precision check by eye. Skips with a message when ``../shared`` is
absent (it is not part of the repository).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

from presslens.casualties import extract_claims

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "corpora" / "abp_sample_12k.jsonl.gz"


def load_texts(path: Path, *, limit: int | None = None) -> list[str]:
    """Read the corpus texts (``content_original``)."""
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line).get("content_original") or "")
            if limit and len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--sample", type=int, default=0, help="print K random claims")
    args = ap.parse_args(argv)
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS} (../shared is not part of the repository)")
        return 0
    texts = load_texts(CORPUS, limit=args.limit)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    results = [extract_claims(t) for t in texts]
    secs = time.perf_counter() - t0
    n_claims = sum(len(r) for r in results)
    n_with = sum(1 for r in results if len(r))
    print(f"articles={len(texts)} words={words} seconds={secs:.2f} words_per_second={words / secs:,.0f} "
          f"claims={n_claims} articles_with_claims={n_with}")
    if args.sample:
        rows = [(i, r) for i, df in enumerate(results) for r in df.to_dict("records")]
        for i, r in random.Random(0).sample(rows, min(args.sample, len(rows))):
            print(f"[{i}] {r['outcome']:9} {r['group']:9} {r['quantity']!s:18} low={r['low']} high={r['high']} "
                  f"attr={r['attribution']!r} | {r['sentence'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
