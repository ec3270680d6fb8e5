"""Memory of the token tables on the shared corpus: bytes per token and peak RSS.

Usage:
    .venv/bin/python bench/memory.py [--limit N]

Loads the corpus as stories of 10 articles (``bench/corpus_stories.py``), builds every
story's token table (``presslens.corpus.tables.tokens_table``) and keeps them all, as a corpus
run that holds its tables would. Prints, per column and in total, the bytes per token
(``DataFrame.memory_usage(deep=True)``), MB per million tokens (target ≤ 60), the RSS
growth while building and the process's peak RSS. The library stores the table compactly
(categorical ``article_id``, ``text``, ``norm``, ``stem`` with sorted categories; int32 ids and
offsets): 95.9 bytes per token before (all strings and int64), 43.7 after.
"""

from __future__ import annotations

import argparse
import gc

from bench_common import CORPUS, append_result, corpus_missing, current_rss_mb, peak_rss_mb, print_table
from corpus_stories import corpus_story_dirs

#: Target: MB of token tables per million tokens.
TARGET_MB_PER_M_TOKENS = 60.0


def main() -> None:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    if corpus_missing(CORPUS):
        return
    from presslens.corpus.story import load_story
    from presslens.corpus.tables import tokens_table

    tmp, dirs, words = corpus_story_dirs(limit=args.limit)
    gc.collect()
    rss0 = current_rss_mb()
    tables = [tokens_table(load_story(d)) for d in dirs]
    gc.collect()
    rss1 = current_rss_mb()
    tmp.cleanup()
    tokens = sum(len(t) for t in tables)
    per_col = {c: sum(int(t[c].memory_usage(deep=True, index=False)) for t in tables) for c in tables[0].columns}
    rows = [{"column": c, "dtype": str(tables[0][c].dtype), "bytes_per_token": round(per_col[c] / tokens, 1)}
            for c in per_col]
    total = sum(per_col.values()) / tokens
    rows.append({"column": "TOTAL", "dtype": "", "bytes_per_token": round(total, 1)})
    print_table(rows)
    mb_per_m = total  # bytes per token == MB per million tokens (1e6 bytes = 1 MB here)
    print(f"\ntokens={tokens:,}  {mb_per_m:.1f} MB per million tokens; "
          f"target ≤ {TARGET_MB_PER_M_TOKENS:.0f}: {'met' if mb_per_m <= TARGET_MB_PER_M_TOKENS else 'NOT met'}")
    print(f"RSS grew {rss1 - rss0:,.0f} MB while building ({(rss1 - rss0) * 2**20 / 1e6 / tokens * 1e6:.1f} MB "
          f"per million tokens, all Python objects included); peak RSS {peak_rss_mb():,.0f} MB")
    append_result({"bench": "memory", "articles": len(dirs) and args.limit or "all", "tokens": tokens,
                   "words": words, "bytes_per_token": round(total, 1),
                   "rss_growth_mb": round(rss1 - rss0, 1), "peak_rss_mb": round(peak_rss_mb(), 1),
                   "columns": {r["column"]: r["bytes_per_token"] for r in rows}})


if __name__ == "__main__":
    main()
