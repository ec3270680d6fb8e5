"""Cut the shared corpus into stories (folders of one ``.jsonl`` file) for the corpus benchmarks.

The benchmarks load each chunk with :func:`presslens.corpus.story.load_story`, the same public path a
researcher's story takes (read, repair, parse), so "parse" includes reading the JSON. Articles
with the same body text inside one chunk are set aside by ``load_story`` as duplicates; the
benchmarks count the articles kept.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench_common import CORPUS, corpus_records

#: Articles per story: the size of a real story (2 to 10 outlets), so per-story costs
#: (DataFrame building, keyness between outlets) count as they do for a researcher.
CHUNK = 10


def write_chunks(records: list[dict], *, folder: Path, chunk: int = CHUNK) -> list[Path]:
    """Write the records as story folders of ``chunk`` articles each; return the folders."""
    out = []
    for i in range(0, len(records), chunk):
        d = folder / f"chunk{i // chunk:04d}"
        d.mkdir(parents=True, exist_ok=True)
        with (d / "corpus.jsonl").open("w", encoding="utf-8") as fh:
            for r in records[i:i + chunk]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        out.append(d)
    return out


def corpus_story_dirs(*, limit: int | None = None, chunk: int = CHUNK, path: Path = CORPUS) -> tuple[tempfile.TemporaryDirectory, list[Path], int]:
    """Write the first ``limit`` corpus articles as story folders in a temporary directory.

    Returns:
        (the TemporaryDirectory to keep alive, the story folders, whitespace words of the
        article bodies (``content_original``) and titles).
    """
    recs = corpus_records(path, limit=limit)
    words = sum(len(str(r.get("content_original") or "").split()) + len(str(r.get("title") or "").split())
                for r in recs)
    tmp = tempfile.TemporaryDirectory(prefix="presslens-bench-")
    return tmp, write_chunks(recs, folder=Path(tmp.name)), words
