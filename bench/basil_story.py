"""Turn a BASIL triplet (three outlets on one event) into a presslens story folder.

Usage:
    .venv/bin/python bench/basil_story.py TRIPLET_UUID [--basil ../shared/bench/basil] [--out DIR]
    .venv/bin/python bench/basil_story.py --list            # triplet ids with their event

The story is written outside the repository's tracked files (default
``reports/_basil/<first 8 chars of the uuid>``): BASIL data is not to be committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from presslens.paths import project_root

#: BASIL's source codes → outlet names.
OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}


def default_basil() -> Path:
    """Return ``../shared/bench/basil`` beside the project."""
    return project_root().parent / "shared" / "bench" / "basil"


def triplets(basil: Path) -> dict[str, list[Path]]:
    """Map each triplet uuid to its article files."""
    out: dict[str, list[Path]] = {}
    for p in sorted((basil / "articles").glob("*/*.json")):
        out.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    return out


def make_story(uuid: str, *, basil: Path, out: Path) -> Path:
    """Copy one triplet's articles into a story folder with a ``story.toml``.

    Args:
        uuid: the triplet uuid.
        basil: the BASIL folder.
        out: the story folder to (re)create.

    Returns:
        The story folder.
    """
    files = triplets(basil).get(uuid)
    if not files:
        raise SystemExit(f"no BASIL triplet {uuid!r} in {basil}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = []
    event = ""
    for p in files:
        d = json.loads(p.read_text(encoding="utf-8"))
        event = event or d.get("main-event", "")
        shutil.copy(p, out / p.name)
        lines += ["[[articles]]", f'file = "{p.name}"', f'id = "{d.get("source", p.stem)}"',
                  f'outlet = "{OUTLETS.get(d.get("source", "").lower(), d.get("source", ""))}"', ""]
    head = [f"title = {json.dumps(event or uuid)}", 'region = ""', ""]
    (out / "story.toml").write_text("\n".join(head + lines), encoding="utf-8")
    return out


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("uuid", nargs="?")
    ap.add_argument("--basil", type=Path, default=default_basil())
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.list or not args.uuid:
        for u, files in triplets(args.basil).items():
            d = json.loads(files[0].read_text(encoding="utf-8"))
            print(u, d.get("date", ""), d.get("main-event", ""))
        return
    out = args.out or project_root() / "reports" / "_basil" / args.uuid[:8]
    print(make_story(args.uuid, basil=args.basil, out=out))


if __name__ == "__main__":
    main()
