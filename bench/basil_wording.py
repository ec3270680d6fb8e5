"""Run the wording-and-framing notebook on BASIL triplets and print what a researcher would check.

Usage:
    .venv/bin/python bench/basil_wording.py UUID [UUID ...]       # one story per triplet
    .venv/bin/python bench/basil_wording.py --combine 8 UUID ...   # one synthetic N-outlet story
    .venv/bin/python bench/basil_wording.py --library UUID ...     # library only (no notebook), with timing

Stories are made with ``bench/basil_story.py`` under ``reports/_basil/``; notebook outputs go
to ``reports/_basil/<story>/wording/`` (tables, figures, executed notebook). BASIL data is not
committed. The combined story takes articles from several triplets (different events) and
labels them "<outlet> · <event>": it checks that plots stay readable with many outlets, not
that the comparison means anything.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import pandas as pd

from basil_story import OUTLETS, make_story  # noqa: E402 - bench/ is on sys.path
from basil_story import default_basil as basil_dir
from presslens.paths import project_root


def make_triplet_story(uuid: str) -> Path:
    """Create (or refresh) the story folder of one triplet (``reports/_basil/<uuid8>``)."""
    return make_story(uuid, basil=basil_dir(), out=project_root() / "reports" / "_basil" / uuid[:8])


def make_combined_story(uuids: list[str], *, n: int) -> Path:
    """Create a synthetic story of ``n`` articles taken in turn from several triplets.

    Args:
        uuids: triplet uuids (articles are taken round-robin until ``n``).
        n: number of articles.

    Returns:
        The story folder ``reports/_basil/combined_<n>``.
    """
    files = {u: sorted((basil_dir() / "articles").glob(f"*/{u}_*.json")) for u in uuids}
    picked = []
    k = 0
    while len(picked) < n and any(files.values()):
        u = uuids[k % len(uuids)]
        if files[u]:
            picked.append(files[u].pop(0))
        k += 1
    out = project_root() / "reports" / "_basil" / f"combined_{n}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = ['title = "Synthetic story: BASIL articles from several events (plot readability check)"', ""]
    for p in picked:
        d = json.loads(p.read_text(encoding="utf-8"))
        shutil.copy(p, out / p.name)
        event = " ".join(str(d.get("main-event", "")).split()[:4])
        label = f"{OUTLETS.get(d.get('source', ''), d.get('source', ''))} · {event}".replace('"', "'")
        lines += ["[[articles]]", f'file = "{p.name}"', f'id = "{p.stem[:8]}_{p.stem[-1]}"', f'label = "{label}"', ""]
    (out / "story.toml").write_text("\n".join(lines), encoding="utf-8")
    return out


def run_notebook(story: Path) -> Path:
    """Execute notebooks/02_wording_framing.ipynb on a story folder; return the output folder."""
    import papermill

    out = story / "wording"
    out.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(str(project_root() / "notebooks" / "02_wording_framing.ipynb"),
                               str(out / "02_wording_framing.ipynb"),
                               parameters={"story": str(story), "output_dir": str(out)}, cwd=str(project_root()),
                               progress_bar=False)
    return out


def summarise(out: Path) -> None:
    """Print the findings a researcher would check first."""
    t = out / "tables"
    terms = pd.read_csv(t / "distinctive_terms.csv")
    words = terms[(terms["view"] == "words") & (terms["comparison"] == "rest") & (terms["count"] >= 2)]
    for o, g in words.groupby("outlet", sort=False):
        print(f"  words  {o[:40]:40s} " + ", ".join(g.nlargest(6, "z")["term"]))
    frames = pd.read_csv(t / "frames.csv")
    allf = frames[frames["section"] == "all"]
    for o, g in allf.groupby("outlet", sort=False):
        top = g.nlargest(3, "per_1000")
        print(f"  frames {o[:40]:40s} " + ", ".join(f"{f} {v:.0f}" for f, v in zip(top["frame"], top["per_1000"])))
    gen = pd.read_csv(t / "generic_frames.csv")
    for o, g in gen.groupby("outlet", sort=False):
        print(f"  generic {o[:39]:39s} " + ", ".join(f"{f} {v:.2f}{'*' if p else ''}"
                                                    for f, v, p in zip(g["frame"], g["score"], g["present"])))
    ll = pd.read_csv(t / "loaded_language_rates.csv")
    for o, g in ll[ll["category"] == "all loaded language"].groupby("outlet", sort=False):
        r = g.iloc[0]
        print(f"  loaded {o[:40]:40s} {r['per_1000']:.0f} per 1,000 words: {r['terms']}")
    ag = pd.read_csv(t / "agency.csv")
    if len(ag):
        print("  agency", ag.groupby(["outlet", "agency"]).size().unstack(fill_value=0).to_dict("index"))
    att = pd.read_csv(t / "attribution.csv")
    print(f"  attribution: {len(att)} cues, {att['speaker'].isna().mean():.0%} without speaker")
    print(f"  figures: {sorted(p.name for p in (out / 'figures').glob('*.png'))}")


def library_timing(story: Path) -> None:
    """Time the library on a story (words per second over all per-article features)."""
    from presslens.corpus.story import load_story
    from presslens.corpus.tables import tokens_table
    from presslens.framing import agency, attribution, frames, generic_frames, hedging, keyness, labels, loaded, tone

    s = load_story(story)
    n = int((~tokens_table(s)["is_punct"]).sum())
    for name, fn in [("labels", labels.actor_labels_table), ("attribution", attribution.attribution_table),
                     ("hedges", hedging.hedges_table), ("frames", frames.frame_hits), ("tone", tone.tone_table),
                     ("agency", agency.agency_table), ("keyness", keyness.distinctive_terms),
                     ("generic", generic_frames.generic_frame_evidence), ("loaded", loaded.loaded_language_table)]:
        t0 = time.perf_counter()
        fn(s)
        dt = time.perf_counter() - t0
        print(f"  {name:12s} {dt * 1000:7.1f} ms  {n / dt:>10,.0f} words/s")


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("uuids", nargs="+")
    ap.add_argument("--combine", type=int, default=0, help="build one synthetic story of this many articles")
    ap.add_argument("--library", action="store_true", help="time the library instead of running the notebook")
    args = ap.parse_args()
    stories = [make_combined_story(args.uuids, n=args.combine)] if args.combine else \
        [make_triplet_story(u) for u in args.uuids]
    for st in stories:
        print(f"== {st.name}")
        if args.library:
            library_timing(st)
        else:
            summarise(run_notebook(st))


if __name__ == "__main__":
    main()
