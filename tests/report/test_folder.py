"""Tests for presslens.report.folder: the marker, the lock, staging and swap, what may be deleted."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from presslens.errors import ReportBusyError, ReportError
from presslens.report.folder import (LEGACY_LOG, MARKER, FileRecord, ReportLock, check_target, mirror, new_staging,
                                     owned, publish, read_records, records_for, recover, report_path, stale_paths,
                                     write_marker)


def _report(root: Path, files: dict[str, str], *, notebook: str = "00_a") -> Path:
    """A report folder written as the runner writes one: files plus a marker listing them."""
    root.mkdir(parents=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    write_marker(root, story=root.name, outputs={notebook: records_for(root, sorted(files))})
    return root


def test_report_path_stays_inside_the_reports_folder(tmp_path: Path) -> None:
    assert report_path("fire", base=tmp_path) == tmp_path.resolve() / "fire"
    for bad in ("..", ".", "", "a/b", "a\\b"):
        with pytest.raises(ReportError, match="cannot name a report folder"):
            report_path(bad, base=tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ReportError, match="symbolic link"):
        report_path("linked", base=tmp_path)


def test_check_target_refuses_a_folder_that_is_not_a_report(tmp_path: Path) -> None:
    check_target(tmp_path / "new")  # missing: fine
    (tmp_path / "empty").mkdir()
    check_target(tmp_path / "empty")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.docx").write_text("x")
    with pytest.raises(ReportError, match=r"not a presslens report \(no \.presslens-report\.json\).*thesis\.docx"):
        check_target(tmp_path / "docs")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReportError, match="not a folder"):
        check_target(tmp_path / "file")
    check_target(_report(tmp_path / "rep", {"index.html": "<p>"}))
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / LEGACY_LOG).write_text("{}")
    (tmp_path / "old" / "index.html").write_text("<p>")
    check_target(tmp_path / "old")  # a report of an older version


def test_owned_accepts_only_unchanged_files_inside_the_folder(tmp_path: Path) -> None:
    rep = _report(tmp_path / "rep", {"tables/a.csv": "a\n1\n"})
    (tmp_path / "victim.txt").write_text("keep me")
    rec = read_records(rep)["00_a"][0]
    assert rec.path == "tables/a.csv" and owned(rep, rec)
    assert not owned(rep, FileRecord("../victim.txt", 7, 0))
    assert not owned(rep, FileRecord(str(tmp_path / "victim.txt"), 7, 0))
    assert not owned(rep, FileRecord("tables/../../victim.txt"))
    (rep / "tables" / "a.csv").write_text("a\n2\n3\n")  # changed since: not the runner's any more
    assert not owned(rep, rec)
    (rep / "tables" / "link.csv").symlink_to(tmp_path / "victim.txt")
    st = (tmp_path / "victim.txt").stat()
    assert not owned(rep, FileRecord("tables/link.csv", st.st_size, st.st_mtime_ns))  # a link is never owned


def test_a_planted_marker_cannot_reach_outside(tmp_path: Path) -> None:
    rep = _report(tmp_path / "rep", {"00_a.html": "<p>", "tables/a.csv": "a\n"})
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    st = victim.stat()
    data = json.loads((rep / MARKER).read_text())
    data["outputs"]["00_a"] += [{"path": "../victim.txt", "size": st.st_size, "mtime_ns": st.st_mtime_ns},
                                {"path": str(victim), "size": st.st_size, "mtime_ns": st.st_mtime_ns}, "../victim.txt"]
    (rep / MARKER).write_text(json.dumps(data))
    assert stale_paths(rep, read_records(rep), rerun=["00_a"]) == {"00_a.html", "tables/a.csv"}


def test_a_legacy_log_names_only_the_old_runner_kind_of_file(tmp_path: Path) -> None:
    rep = tmp_path / "rep"
    (rep / "tables").mkdir(parents=True)
    (rep / "tables" / "a.csv").write_text("a\n")
    (rep / "notes.txt").write_text("mine")
    (rep / LEGACY_LOG).write_text(json.dumps({"00_a": ["tables/a.csv", "notes.txt", "../../victim.txt"]}))
    assert [r.path for r in read_records(rep)["00_a"]] == ["tables/a.csv"]


def test_unreadable_markers_are_no_records(tmp_path: Path) -> None:
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / MARKER).write_text("[" * 100_000)  # nested too deep for json
    assert read_records(rep) == {}
    (rep / MARKER).unlink()
    os.mkfifo(rep / MARKER)  # a FIFO would hang a reader
    assert read_records(rep) == {}


def test_swap_keeps_other_files_drops_stale_outputs_and_never_follows_links(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    rep = _report(tmp_path / "rep", {"00_a.html": "old page", "tables/a.csv": "old", "tables/gone.csv": "stale",
                                     "01_b.html": "other notebook"})
    data = json.loads((rep / MARKER).read_text())
    data["outputs"]["01_b"] = [r for r in data["outputs"]["00_a"] if r["path"] == "01_b.html"]
    data["outputs"]["00_a"] = [r for r in data["outputs"]["00_a"] if r["path"] != "01_b.html"]
    (rep / MARKER).write_text(json.dumps(data))
    (rep / "my notes.txt").write_text("mine")
    (rep / "tables" / "link.csv").symlink_to(victim)
    os.mkfifo(rep / "pipe")
    staging = new_staging(rep)
    (staging / "tables").mkdir()
    (staging / "tables" / "a.csv").write_text("new")
    (staging / "00_a.html").write_text("new page")
    stale = stale_paths(rep, read_records(rep), rerun=["00_a"])
    assert stale == {"00_a.html", "tables/a.csv", "tables/gone.csv"}
    deferred = mirror(rep, staging, skip=stale | {MARKER})
    assert deferred == ["pipe"]
    assert (rep / "01_b.html").stat().st_ino == (staging / "01_b.html").stat().st_ino  # hard link, not a copy
    write_marker(staging, story="rep", outputs={})
    notes = publish(staging, rep, stale=stale, deferred=deferred)
    assert notes == [] and not staging.exists()
    assert (rep / "00_a.html").read_text() == "new page" and (rep / "tables" / "a.csv").read_text() == "new"
    assert not (rep / "tables" / "gone.csv").exists()
    assert (rep / "01_b.html").read_text() == "other notebook" and (rep / "my notes.txt").read_text() == "mine"
    assert os.readlink(rep / "tables" / "link.csv") == str(victim) and victim.read_text() == "keep me"
    assert (rep / "pipe").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rep", "victim.txt"]  # the old folder is gone


def test_recover_finishes_a_swap_cut_in_half_and_removes_a_dead_staging(tmp_path: Path) -> None:
    rep = _report(tmp_path / "rep", {"index.html": "report"})
    os.rename(rep, tmp_path / ".rep.old-123")  # killed between the two renames
    dead = tmp_path / ".rep.new-456"
    dead.mkdir()
    (dead / ".presslens-staging").write_text("456")
    notes = recover(rep)
    assert (rep / "index.html").read_text() == "report" and not dead.exists()
    assert len(notes) == 2
    other = tmp_path / ".rep.new-789"  # not marked as a staging folder: not ours, not touched
    other.mkdir()
    recover(rep)
    assert other.exists()


def test_the_lock_says_who_holds_it(tmp_path: Path) -> None:
    rep = tmp_path / "rep"
    first = ReportLock(rep)
    first.acquire()
    try:
        with pytest.raises(ReportBusyError, match=rf"being written by pid {os.getpid()} on .*started .* by "):
            ReportLock(rep).acquire(wait=False)
    finally:
        first.release()
    with ReportLock(rep).held(wait=False):
        pass
    (tmp_path / ".evil.lock").symlink_to(tmp_path / "victim")
    with pytest.raises(ReportError, match="cannot write into"):
        ReportLock(tmp_path / "evil").acquire()  # never follows a planted link
    assert not (tmp_path / "victim").exists()
