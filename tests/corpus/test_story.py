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
    with pytest.raises(InputError, match=r"huge\.txt: the article is 10,\d{3},\d{3} characters long; the limit is 500,000"):
        load_story(folder)  # refused before any analysis
    n = 460  # just under the limit: read and parsed whole
    (folder / "huge.txt").write_text("\n\n".join([para] * n))
    st = load_story(folder)
    art = st.article("huge")
    paras = [b for b in art.blocks if b.kind == "paragraph"]
    assert len(art.text) > 480_000 and len(paras) == n
    assert sum(b.end - b.start for b in paras) == n * len(para.strip())


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


def test_only_regular_files_inside_the_folder_are_read_and_the_rest_is_noted(tmp_path: Path) -> None:
    import os

    (tmp_path / "outside.txt").write_text(BODY.replace("four", "six"))
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": BODY.replace("four", "two"), ".draft.txt": BODY + "x"})
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "out.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "same.txt").symlink_to(folder / "b.txt")  # a link inside the folder is read (a duplicate here)
    (folder / "more").mkdir()
    st = load_story(folder)
    assert [a.article_id for a in st.articles] == ["a", "b"]
    notes = {n[0]: n for n in st.notes}
    assert notes["pipe.txt"] == ("pipe.txt", "file not read", "a FIFO (named pipe), not a regular file")
    assert notes["zero.txt"][2] == "a link to a file outside the story folder"
    assert notes["out.txt"][2] == "a link to a file outside the story folder"
    assert notes[".draft.txt"][2] == "hidden (its name starts with '.')"
    assert notes["more/"][1:] == ("folder not read", "subfolders are not read; put its articles in the story folder")
    assert notes["same.txt"][1] == "duplicate article"


def test_manifest_keys_and_types_are_checked(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY})
    for toml, message in (('titel = "Fire"', "unknown key 'titel'; did you mean 'title'?"),
                          ("title = 5", "'title' must be a string in quotes, not 5"),
                          ("event_dates = 5", "'event_dates' must be a date or a list of dates"),
                          ('event_dates = ["soon"]', "'event_dates' item 'soon' is not a date"),
                          ('[[articles]]\nfile = "a.txt"\nlable = "A"', "[[articles]] entry 1: unknown key 'lable'; did you mean 'label'?"),
                          ("x = 1", "unknown key 'x'; known keys: title, region, event_dates, articles"),
                          ("title = " + "[" * 100_000 + "]" * 100_000, "not valid TOML (nested too deeply)"),
                          ("n = " + "9" * 5000, "not valid TOML")):
        (folder / "story.toml").write_text(toml)
        with pytest.raises(InputError, match="story.toml: " + message.replace("[", r"\[").replace("?", r"\?")
                           .replace("(", r"\(").replace(")", r"\)")):
            load_story(folder)
    (folder / "story.toml").write_text('event_dates = 2026-02-01\ntitle = "Fire"')
    assert load_story(folder).event_dates == ("2026-02-01",)


def test_a_manifest_naming_a_fifo_is_refused(tmp_path: Path) -> None:
    import os

    folder = _story(tmp_path, {"a.txt": BODY}, '[[articles]]\nfile = "pipe.txt"\n')
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(InputError, match="article file 'pipe.txt' is a FIFO \\(named pipe\\), not a regular file"):
        load_story(folder)
    (folder / "story.toml").unlink()
    os.mkfifo(folder / "story.toml")
    with pytest.raises(InputError, match="story.toml: is not a regular file"):
        load_story(folder)


def test_story_limits_give_one_clear_error_before_the_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _story(tmp_path, {f"{i}.txt": BODY.replace("four", str(i)) for i in range(5)})
    monkeypatch.setattr("presslens.corpus.story.MAX_STORY_ARTICLES", 3)
    with pytest.raises(StoryError, match="story story has more than 3 articles, the limit"):
        load_story(folder)
    monkeypatch.setattr("presslens.corpus.story.MAX_STORY_ARTICLES", 100)
    monkeypatch.setattr("presslens.corpus.story.MAX_STORY_CHARS", 250)
    with pytest.raises(StoryError, match="more than 250 characters of article text"):
        load_story(folder)
    monkeypatch.setattr("presslens.corpus.story.MAX_STORY_BYTES", 100)
    with pytest.raises(StoryError, match=r"holds 0 MB of article files; the limit is 0 MB"):
        load_story(folder)


def test_too_few_articles_after_duplicates_says_why(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY, "b.txt": BODY, "c.txt": BODY})
    with pytest.raises(StoryError, match=r"has 1 article\(s\) after leaving out 2 duplicate\(s\) with the same text "
                                         r"as another article: b\.txt \(same text as a\.txt\); c\.txt"):
        load_story(folder, min_articles=2)


def test_a_story_path_ending_in_dotdot_names_the_real_folder(tmp_path: Path) -> None:
    folder = _story(tmp_path, {"a.txt": BODY})
    (folder / "sub").mkdir()
    assert load_story(str(folder / "sub" / "..")).slug == "story"
