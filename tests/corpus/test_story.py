"""Tests for presslens.corpus.story: loading folders, manifests, seed metadata, bad stories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presslens.corpus.story import load_story
from presslens.errors import InputError, StoryError

BODY = "Gunmen attacked a checkpoint in the district on Friday, killing four police officers, officials said.\n"


def _story(tmp_path: Path, files: dict[str, str | bytes], manifest: str | None = None) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if manifest is not None:
        (folder / "story.toml").write_text(manifest)
    return folder


def test_seed_metadata(seed_story) -> None:
    a000, a002 = seed_story.articles
    assert a000.article_id == "000_262b19c4243f2b1a"
    assert a000.meta["outlet"] == "Daijiworld Media Network"
    assert a000.meta["dateline"] == "Islamabad"
    assert a000.meta["published"] == "2026-02-02"
    assert a000.meta_source["published"] == "inferred"
    assert a000.meta["headline"] == ""
    assert a002.meta["byline"] == "Avery Klein"
    assert a002.meta["published"] == "2026-02-01"
    assert a002.meta["desk"] == "World"
    assert a002.meta["headline"] == "Pakistan Reports 145 Militants Killed After Coordinated Attacks in Balochistan"
    assert a002.label == "by Avery Klein"
    assert seed_story.event_dates == ("2026-01-30", "2026-01-31", "2026-02-01")


def test_bare_folder_without_manifest(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": "Police Post Attacked In Sarvan\n\n" + BODY,
                               "b.txt": "Checkpoint raid kills five\n\n" + BODY.replace("four", "five")})
    st = load_story(folder)
    assert [a.article_id for a in st.articles] == ["a", "b"]
    assert st.title == "story"  # the headlines share nothing: the slug, not the first headline


def test_title_is_what_the_headlines_share(tmp_path: Path) -> None:
    folder = _story(tmp_path, {
        "a.txt": "Gunmen storm Sarvan checkpoint, four police dead\nHarbor Times, 2024-03-05\n\n" + BODY,
        "b.txt": "Sarvan checkpoint attack: what we know\nValley Post, 2024-03-05\n\n" + BODY.replace("four", "five"),
        "c.txt": "Officials vow answers after Sarvan Checkpoint raid\nValley Post, 2024-03-06\n\n" + BODY.replace("four", "six"),
    })
    assert load_story(folder).title == "Sarvan checkpoint"


def test_story_title_counts_an_outlet_once() -> None:
    from presslens.corpus.story import story_title

    heads = ["The Latest On Sarvan Raid: Talks Fail", "The Latest On Sarvan Raid: Police Move In", "Mayor of Sarvan speaks"]
    assert story_title(heads, outlets=["a", "a", "b"], fallback="x") == "Sarvan"
    assert story_title(heads[:1], fallback="x") == heads[0]
    assert story_title([], fallback="x") == "x"


def test_outlet_and_date_from_the_header_line(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": "Checkpoint raid\nBy Ilse Varga, Tomas Reyes\nValley Post (Web), 2024-03-05\n\n" + BODY,
                               "b.txt": BODY.replace("four", "five")},
                    '[[articles]]\nfile = "b.txt"\nurl = "https://www.valleypost.com/2024/03/05/raid"\n')
    st = load_story(folder)
    a, b = st.article("a"), st.article("b")
    assert (a.meta["outlet"], a.meta["published"], a.meta["byline"]) == ("Valley Post (Web)", "2024-03-05",
                                                                         "Ilse Varga, Tomas Reyes")
    assert (b.meta["outlet"], b.meta_source["outlet"]) == ("valleypost.com", "url")  # named after the domain
    assert a.outlet_key == b.outlet_key == "valleypost"  # one outlet, however it is written


def test_manifest_overrides_and_order(tmp_path: Path) -> None:
    manifest = '''title = "T"\n[[articles]]\nfile = "b.txt"\noutlet = "Outlet B"\npublished = "March 3, 2024"\nid = "bee"\n'''
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": BODY.replace("four", "five")}, manifest)
    st = load_story(folder)
    assert [a.article_id for a in st.articles] == ["bee", "a"]
    b = st.article("bee")
    assert b.meta["outlet"] == "Outlet B" and b.meta_source["outlet"] == "manifest"
    assert b.meta["published"] == "2024-03-03"


def test_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(StoryError, match="story folder not found"):
        load_story(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoryError, match="no article files"):
        load_story(tmp_path / "empty")


def test_too_few_articles(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY})
    assert len(load_story(folder).articles) == 1
    with pytest.raises(StoryError, match="has 1 article\\(s\\); at least 2 needed"):
        load_story(folder, min_articles=2)


def test_manifest_file_outside_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(BODY)
    folder = _story(tmp_path, {"a.txt": BODY}, '[[articles]]\nfile = "../secret.txt"\n')
    with pytest.raises(InputError, match="story.toml: article file '../secret.txt' is outside the story folder"):
        load_story(folder)


def test_manifest_missing_file_and_bad_toml(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY}, '[[articles]]\nfile = "gone.txt"\n')
    with pytest.raises(InputError, match="article file 'gone.txt' does not exist"):
        load_story(folder)
    (folder / "story.toml").write_text("title = [unclosed")
    with pytest.raises(InputError, match="story.toml: not valid TOML"):
        load_story(folder)


def test_duplicate_article_is_reported_not_analysed(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": BODY, "c.txt": BODY.replace("four", "nine")})
    st = load_story(folder)
    assert [a.article_id for a in st.articles] == ["a", "c"]
    assert ("b.txt", "duplicate article", "same text as a.txt; left out of the analysis") in st.notes


def test_bad_file_in_story_names_the_file(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": b""})
    with pytest.raises(InputError, match=r"b\.txt: file is empty"):
        load_story(folder)


def test_unsupported_files_are_noted(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": BODY.replace("four", "two"), "scan.pdf": b"%PDF"})
    st = load_story(folder)
    assert ("scan.pdf", "file not read", "unsupported type .pdf") in st.notes


def test_huge_article_and_no_punctuation(tmp_path: Path) -> None:
    para = "the convoy moved slowly through the hills and nobody spoke for a long while " * 14
    huge = "\n\n".join([para] * 10_000)  # about 10 MB without a single period
    assert len(huge) > 10_000_000
    folder = _story(tmp_path, {"huge.txt": huge, "b.txt": BODY})
    st = load_story(folder)
    art = st.article("huge")
    paras = [b for b in art.blocks if b.kind == "paragraph"]
    assert len(paras) == 10_000
    assert sum(b.end - b.start for b in paras) == 10_000 * len(para.strip())


def test_seed_files_are_unchanged_copies(seed_dir: Path) -> None:
    shared = seed_dir.parents[2].parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("shared seeds not present")
    for p in shared.glob("*.txt"):
        assert (seed_dir / p.name).read_bytes() == p.read_bytes()


def test_copy_of_seed_without_manifest_uses_article_years(tmp_path: Path, seed_dir: Path) -> None:
    folder = tmp_path / "seedcopy"
    folder.mkdir()
    for p in seed_dir.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    st = load_story(folder)
    assert st.articles[0].meta["published"] == "2026-02-02"  # year from the other article


def test_outlet_key_joins_spellings_of_one_outlet() -> None:
    from presslens.corpus.story import outlet_key

    assert outlet_key("The Morning Ledger") == outlet_key("morning ledger") == outlet_key("MorningLedger.com") \
        == outlet_key("www.morningledger.co.uk") == "morningledger"
    assert outlet_key("Theatre Weekly") == "theatreweekly"  # "the" only as a whole word
    assert outlet_key("") == ""
    assert outlet_key("Ledger") != outlet_key("Morning Ledger")
    assert outlet_key("Morning Ledger (Web News)") == "morningledger"  # a qualifier in parentheses
    assert outlet_key("https://www.nytimes.com/2020/01/01/world/x.html") == outlet_key("The New York Times")  # a known site
    assert outlet_key("edition.cnn.com") == outlet_key("CNN")


def test_article_outlet_key_falls_back_to_the_article(seed_story) -> None:
    keys = [a.outlet_key for a in seed_story.articles]
    assert len(set(keys)) == 2
    assert all(k and (a.outlet or k == f"article:{a.article_id}") for a, k in zip(seed_story.articles, keys))
