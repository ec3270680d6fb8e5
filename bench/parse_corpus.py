"""Parse every article of the shared real corpus: no errors, no lost text, time, repairs.

Usage:
    .venv/bin/python bench/parse_corpus.py [--corpus PATH] [--limit N]

Each line of the corpus (``../shared/bench/corpora/abp_sample_12k.jsonl.gz``) is written as
a one-article JSON file's content would be read (``presslens.corpus.readers.json_document``), then
parsed (``presslens.corpus.parse.parse_text``) and tokenised. The accounting check: every
non-white-space character of the article's input fields (after encoding repair) must be in
metadata, analysed text or reported boilerplate. Prints a table and appends it to
``bench/results.jsonl``. Skips with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from presslens.corpus.parse import ANALYSED_KINDS, parse_text
from presslens.corpus.readers import json_document, repair_mojibake
from presslens.corpus.tokenize import sentence_spans, word_spans
from presslens.paths import project_root

CORPUS = project_root().parent / "shared" / "bench" / "corpora" / "abp_sample_12k.jsonl.gz"


def covered(text: str, blocks) -> tuple[int, int]:
    """Return (non-space chars in text, non-space chars not covered by any block)."""
    mask = bytearray(len(text))
    for b in blocks:
        mask[b.start:b.end] = b"\x01" * (b.end - b.start)
    total = lost = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            total += 1
            if not mask[i]:
                lost += 1
    return total, lost


def main() -> None:
    """Run the benchmark."""
    from bench_common import append_result  # noqa: PLC0415 - bench helper beside this file

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return
    n = errors = lost_articles = lost_chars = chars = repaired = words = sents = 0
    t_parse = t_tok = 0.0
    examples: list[str] = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if args.limit and n >= args.limit:
                break
            obj = json.loads(line)
            n += 1
            t0 = time.perf_counter()
            try:
                doc = json_document(obj, source_file="corpus.jsonl", index=n - 1, path="corpus.jsonl")
                parsed = parse_text(doc.text, header_blocks=doc.header_blocks, known=doc.fields)
            except Exception as exc:  # noqa: BLE001 - the benchmark counts every failure
                errors += 1
                if len(examples) < 5:
                    examples.append(f"article {n}: {type(exc).__name__}: {exc}")
                continue
            t1 = time.perf_counter()
            for b in parsed.blocks:
                if b.kind in ANALYSED_KINDS:
                    for s, e in sentence_spans(doc.text[b.start:b.end], offset=b.start):
                        sents += 1
                        words += len(word_spans(doc.text[s:e]))
            t2 = time.perf_counter()
            t_parse += t1 - t0
            t_tok += t2 - t1
            repaired += bool([r for r in doc.repairs if "mojibake" in r])
            total, lost = covered(doc.text, parsed.blocks)
            # input fields not in the text are metadata by construction; check the body field
            body_key = next((k for k in ("content_original", "content", "text") if obj.get(k)), None)
            if body_key:
                body, _ = repair_mojibake(obj[body_key])
                if "".join(body.split()) not in "".join(doc.text.split()):
                    lost += 1
            chars += total
            if lost:
                lost_articles += 1
                lost_chars += lost
    row = {"bench": "parse_corpus", "articles": n, "errors": errors, "articles_losing_text": lost_articles,
           "chars_lost": lost_chars, "chars": chars, "mojibake_repaired_articles": repaired,
           "parse_s": round(t_parse, 2), "tokenise_s": round(t_tok, 2), "sentences": sents, "tokens": words,
           "articles_per_s": round(n / max(t_parse + t_tok, 1e-9), 1)}
    for k, v in row.items():
        print(f"{k:28} {v}")
    for e in examples:
        print("  ", e)
    ok = errors == 0 and lost_chars == 0
    print(f"\nparse: {errors} error(s), {lost_chars:,} character(s) lost; target 0 and 0: {'met' if ok else 'NOT met'}")
    append_result(row)


if __name__ == "__main__":
    main()
