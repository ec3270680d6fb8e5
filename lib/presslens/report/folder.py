"""The report folder: the marker that says it is one, one run at a time, and publishing a report whole.

A report folder ``<out>/<slug>/`` is written only by the runner, and only like this:

- **marker**: the runner writes :data:`MARKER` into every report folder, listing each file it wrote
  (path, size, modification time). A folder that exists, is not empty and has no marker (nor the
  ``.outputs.json`` of older versions) is refused: presslens never writes over a folder of other files.
- **lock**: one run per report folder at a time: :class:`ReportLock` holds an exclusive ``flock`` on
  ``<out>/.<slug>.lock`` (released by the kernel if the run dies) and writes who holds it (pid,
  host, start time, command) into it, so a second run can wait for it or say who is writing.
- **staging and swap**: a run builds the complete new report in ``<out>/.<slug>.new-<pid>/`` (the
  files of notebooks it does not run are hard-linked from the previous report, or copied), then swaps
  it in with two renames (old report aside, new one in place) while Ctrl-C and SIGTERM wait. An
  interrupted run leaves the previous report as it was; a run killed between the two renames is
  repaired by the next one (:func:`recover`).
- **deleting**: the only files removed are files of the previous report that the marker lists as
  written by the runner — a relative path inside the folder after resolving it, a regular file whose
  size and modification time still match — plus the previous report's copies of files the new report
  holds at the same path. A path in a planted marker that points outside the folder, or at a file the
  runner did not write, is never touched.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
import shutil
import signal
import socket
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from presslens.errors import ReportBusyError, ReportError
from presslens.paths import reports_dir

try:  # POSIX; elsewhere runs are not locked
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: File in a report folder that marks it as a presslens report and lists the files the runner wrote.
MARKER = ".presslens-report.json"
#: The outputs log of older versions (also marks a report folder; its paths are checked as strictly).
LEGACY_LOG = ".outputs.json"
#: File in a staging folder that marks it as one (a leftover of a killed run is removed by the next run).
STAGING_MARK = ".presslens-staging"
#: Largest marker read (bytes): a bigger one is not a marker the runner wrote.
MAX_MARKER_BYTES = 4_000_000
#: Files the runner writes for the report as a whole (not for one notebook).
REPORT_FILES = ("index.html", MARKER)
#: Names of files the older runner wrote for a notebook (the only paths of a legacy log that may be removed).
_LEGACY_OUTPUT = re.compile(r"^(tables/[a-z0-9][a-z0-9_\-]*\.csv|figures/[a-z0-9][a-z0-9_\-]*\.png|"
                            r"[0-9][0-9]_\w+\.(html|ipynb|failed\.ipynb))$")


@dataclass(frozen=True)
class FileRecord:
    """A file the runner wrote into a report folder.

    Attributes:
        path: its path relative to the report folder (``/``-separated).
        size: its size in bytes when written (-1: unknown, from a legacy log).
        mtime_ns: its modification time in nanoseconds when written (-1: unknown).
    """

    path: str
    size: int = -1
    mtime_ns: int = -1


def report_path(slug: str, *, base: str | Path | None = None) -> Path:
    """Return the report folder ``<base>/<slug>`` (absolute), refusing a slug that would leave ``base``.

    Args:
        slug: the story's slug (its folder name); must be one plain folder name.
        base: the reports folder (default ``reports/``; a relative one is taken from the current folder).

    Returns:
        The absolute report folder path, directly inside ``base``.

    Raises:
        ReportError: the slug is empty, ``.``, ``..`` or holds a path separator; or the report folder
            is a symbolic link.
    """
    if not slug or slug in (".", "..") or any(c in slug for c in "/\\\0"):
        raise ReportError(f"story name {slug!r} cannot name a report folder (it must be one plain folder name)")
    root = Path(base).expanduser() if base is not None else reports_dir()
    root = Path(os.path.abspath(root))
    if root.exists():
        root = root.resolve()
    path = root / slug
    if path.is_symlink():
        raise ReportError(f"{path} is a symbolic link; presslens writes reports only into real folders")
    return path


def regular_file(path: Path) -> bool:
    """Whether ``path`` itself (not a link's target) is a regular file."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def is_report(path: Path) -> bool:
    """Whether a folder is a presslens report (holds the marker, or an older version's outputs log)."""
    return regular_file(path / MARKER) or regular_file(path / LEGACY_LOG)


def check_target(path: Path) -> None:
    """Refuse a report folder that presslens must not write into.

    Args:
        path: the report folder (see :func:`report_path`).

    Raises:
        ReportError: it is a file or a link, or a folder that is neither empty nor a presslens report.
    """
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise ReportError(f"{path} exists and is not a folder; choose another --out")
    if not path.exists() or is_report(path):
        return
    try:
        entries = sorted(p.name for p in path.iterdir())
    except OSError as exc:
        raise ReportError(f"cannot read {path} ({exc.strerror or exc})") from None
    if entries:
        shown = ", ".join(entries[:3]) + (f", … ({len(entries) - 3} more)" if len(entries) > 3 else "")
        raise ReportError(f"{path} is not a presslens report (no {MARKER}) and is not empty ({shown}); "
                          "presslens will not write into it: choose another --out or empty the folder")


# ---------------------------------------------------------------------------------------------
# the marker


def _load_json(path: Path) -> Any:
    """A small JSON file's content, or None (not a regular file, too large, not JSON, absurdly nested)."""
    if not regular_file(path):
        return None
    try:
        if path.lstat().st_size > MAX_MARKER_BYTES:
            return None
        with open(path, "rb") as fh:
            return json.loads(fh.read(MAX_MARKER_BYTES + 1).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _record(value: Any) -> FileRecord | None:
    if isinstance(value, str):
        return FileRecord(value)
    if isinstance(value, dict) and isinstance(value.get("path"), str):
        size, mtime = value.get("size", -1), value.get("mtime_ns", -1)
        if isinstance(size, int) and isinstance(mtime, int) and not isinstance(size, bool):
            return FileRecord(value["path"], size, mtime)
    return None


def read_records(path: Path) -> dict[str, list[FileRecord]]:
    """Read which files the runner wrote into a report folder, per notebook (as the marker says).

    Args:
        path: the report folder.

    Returns:
        ``{notebook or "report": [records]}``; empty when there is no readable marker. Nothing here
        is trusted yet: :func:`owned` checks each record against the folder before anything is removed.
    """
    data = _load_json(path / MARKER)
    legacy = data is None
    if legacy:
        data = {"outputs": _load_json(path / LEGACY_LOG)}
    outputs = data.get("outputs") if isinstance(data, dict) else None
    if not isinstance(outputs, dict):
        return {}
    out: dict[str, list[FileRecord]] = {}
    for name, files in outputs.items():
        if isinstance(name, str) and isinstance(files, list):
            recs = [r for r in map(_record, files) if r is not None]
            out[name] = [r for r in recs if not legacy or _LEGACY_OUTPUT.match(r.path)]
    return out


def _inside(root: Path, rel: str) -> Path | None:
    """``root / rel`` when ``rel`` is a plain relative path that stays inside ``root`` once resolved."""
    p = PurePosixPath(rel)
    if not rel or p.is_absolute() or any(part in ("", ".", "..") for part in p.parts) or "\\" in rel or "\0" in rel:
        return None
    full = root.joinpath(*p.parts)
    try:
        real_root = root.resolve()
        real = full.resolve()
    except (OSError, RuntimeError):
        return None
    if real_root not in real.parents:
        return None
    return full


def owned(root: Path, rec: FileRecord) -> bool:
    """Whether a record names a file the runner wrote that is still as it wrote it.

    Args:
        root: the report folder.
        rec: a record from its marker.

    Returns:
        True when the path is relative, stays inside ``root`` after resolving, is a regular file (not
        a link) and has the recorded size and modification time (a legacy record without them only
        needs to name a file of the older runner's kind).
    """
    full = _inside(root, rec.path)
    if full is None or not regular_file(full):
        return False
    if rec.size < 0 and rec.mtime_ns < 0:
        return bool(_LEGACY_OUTPUT.match(rec.path))
    st = full.lstat()
    return st.st_size == rec.size and st.st_mtime_ns == rec.mtime_ns


def records_for(root: Path, rels: list[str]) -> list[FileRecord]:
    """Records (size, modification time) of files just written into ``root``."""
    out = []
    for rel in rels:
        st = (root / rel).lstat()
        out.append(FileRecord(rel, st.st_size, st.st_mtime_ns))
    return out


def write_marker(root: Path, *, story: str, outputs: dict[str, list[FileRecord]]) -> None:
    """Write the marker of a report folder: what it is and every file the runner wrote, per notebook."""
    data = {"presslens_report": 1, "story": story,
            "written": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "outputs": {name: [r.__dict__ for r in recs] for name, recs in sorted(outputs.items())}}
    tmp = root / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(root / MARKER)


# ---------------------------------------------------------------------------------------------
# one run at a time


def _holder_text(raw: bytes) -> str:
    try:
        info = json.loads(raw.decode("utf-8"))
        return (f"pid {int(info['pid'])} on {str(info.get('host', '?'))[:60]}, started {str(info.get('started', '?'))[:25]}"
                f" by {str(info.get('user', '?'))[:40]}: `{str(info.get('command', ''))[:160]}`")
    except (ValueError, KeyError, TypeError):
        return "another presslens run"


class ReportLock:
    """An exclusive lock on one report folder (``<out>/.<slug>.lock``), held for a whole run.

    Args:
        path: the report folder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.parent / f".{path.name}.lock"
        self.fd: int | None = None

    def holder(self) -> str:
        """Who holds the lock, as written in the lock file (pid, host, start time, user, command)."""
        try:
            fd = os.open(self.lock_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
        except OSError:
            return "another presslens run"
        try:
            return _holder_text(os.read(fd, 4096))
        finally:
            os.close(fd)

    def acquire(self, *, wait: bool = True, progress: Any = print) -> None:
        """Take the lock; if another run holds it, wait for it (saying who it is) or refuse.

        Args:
            wait: wait for the other run to finish (False: raise at once).
            progress: called with the "waiting for …" line.

        Raises:
            ReportBusyError: another run holds the lock and ``wait`` is False.
            ReportError: the lock file cannot be created (read-only folder) or is not a regular file.
        """
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK
        try:
            fd = os.open(self.lock_path, flags, 0o644)
        except OSError as exc:
            raise ReportError(f"cannot write into {self.path.parent} ({exc.strerror or exc})") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise ReportError(f"{self.lock_path} is not a regular file; remove it")
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                who = self.holder()
                if not wait:
                    os.close(fd)
                    raise ReportBusyError(f"{self.path} is being written by {who}; try again when it has "
                                          "finished (or run without --no-wait to wait for it)") from None
                progress(f"presslens: {self.path} is being written by {who}; waiting for it to finish "
                         "(Ctrl-C to stop)")
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                except BaseException:
                    os.close(fd)
                    raise
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "command": " ".join(["presslens", *sys.argv[1:]]) if sys.argv and "presslens" in sys.argv[0]
                else " ".join(sys.argv)}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        self.fd = fd

    def release(self) -> None:
        """Release the lock (the lock file stays: removing it would let two runs lock two files)."""
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)
        except OSError:
            pass
        os.close(self.fd)  # closing drops the flock
        self.fd = None

    @contextmanager
    def held(self, *, wait: bool = True, progress: Any = print) -> Iterator["ReportLock"]:
        """Hold the lock for a ``with`` block (see :meth:`acquire`)."""
        self.acquire(wait=wait, progress=progress)
        try:
            yield self
        finally:
            self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "?"


# ---------------------------------------------------------------------------------------------
# staging and swap


def new_staging(path: Path) -> Path:
    """Create the staging folder of a run (``<out>/.<slug>.new-<pid>``), marked as one."""
    staging = path.parent / f".{path.name}.new-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    (staging / STAGING_MARK).write_text(str(os.getpid()), encoding="utf-8")
    return staging


def stale_paths(path: Path, records: dict[str, list[FileRecord]], *, rerun: list[str]) -> set[str]:
    """The files of the previous report that the new one drops: the runner's outputs of the notebooks run again.

    Args:
        path: the previous report folder.
        records: its marker's records (:func:`read_records`).
        rerun: the notebooks this run executes.

    Returns:
        Relative paths, each checked with :func:`owned` (plus each notebook's own page, executed
        and failed notebook, when they are regular files inside the folder).
    """
    out: set[str] = set()
    for name in rerun:
        for rec in records.get(name, []):
            if owned(path, rec):
                out.add(rec.path)
        for own in (f"{name}.html", f"{name}.ipynb", f"{name}.failed.ipynb"):
            full = _inside(path, own)
            if full is not None and regular_file(full):
                out.add(own)
    return out


def _rel(root: Path, p: Path) -> str:
    return p.relative_to(root).as_posix()


def mirror(old: Path, new: Path, *, skip: set[str]) -> list[str]:
    """Give the new report the previous report's other files: hard links (else copies), links as links.

    Args:
        old: the previous report folder (left untouched).
        new: the staging folder.
        skip: relative paths not carried over (stale outputs, the report-wide files); paths the new
            report already has are never replaced.

    Returns:
        Relative paths of entries that cannot be linked or copied (a FIFO, a socket): they are moved
        after the swap.
    """
    deferred: list[str] = []
    for dirpath, dirnames, filenames in os.walk(old):
        here = Path(dirpath)
        entries = list(filenames)
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                entries.append(d)
                continue
            rel = _rel(old, here / d)
            if rel.split("/")[0] == ".staging":
                dirnames.remove(d)
                continue
            try:
                (new / rel).mkdir(exist_ok=True)
            except OSError:
                dirnames.remove(d)
        for name in entries:
            src = here / name
            rel = _rel(old, src)
            dst = new / rel
            if rel in skip or dst.exists() or dst.is_symlink():
                continue
            mode = src.lstat().st_mode
            if stat.S_ISLNK(mode):
                os.symlink(os.readlink(src), dst)
            elif stat.S_ISREG(mode):
                try:
                    os.link(src, dst)
                except OSError:
                    shutil.copy2(src, dst)
            else:
                deferred.append(rel)
    return deferred


@contextmanager
def deferred_signals() -> Iterator[list[int]]:
    """Hold Ctrl-C and SIGTERM back for the ``with`` block (in the main thread); yields the signals held.

    The caller decides what a held signal means once the block is done.
    """
    got: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield got
        return
    sigs = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {s: signal.getsignal(s) for s in sigs}
    for s in sigs:
        signal.signal(s, lambda n, _f: got.append(n))
    try:
        yield got
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def clear_old(old: Path, new: Path, *, stale: set[str]) -> list[str]:
    """Remove the previous report once the new one is in place, deleting only what :mod:`folder` allows.

    Args:
        old: the previous report folder (moved aside).
        new: the published report folder.
        stale: the previous report's runner outputs that the new one dropped (:func:`stale_paths`).

    Returns:
        Notes: an entry that is neither a stale output nor a copy of a file of the new report is kept,
        and so is the old folder then.
    """
    for dirpath, dirnames, filenames in os.walk(old, topdown=False):
        here = Path(dirpath)
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            src = here / name
            rel = _rel(old, src)
            dst = new / rel
            if dst.exists() or dst.is_symlink():
                src.unlink()  # the new report holds this path (a link to the same file, or its new version)
            elif rel in stale and regular_file(src):
                src.unlink()
        for d in dirnames:
            if not (here / d).is_symlink():
                try:
                    (here / d).rmdir()
                except OSError:
                    pass
    try:
        old.rmdir()
        return []
    except OSError:
        return [f"kept {old}: it holds files presslens did not write"]


def publish(staging: Path, path: Path, *, stale: set[str], deferred: list[str]) -> list[str]:
    """Swap the complete new report in: the previous report aside, the new one in place, the old one cleared.

    Args:
        staging: the finished staging folder.
        path: the report folder (may not exist yet).
        stale: see :func:`clear_old`.
        deferred: entries of the previous report to move across (see :func:`mirror`).

    Returns:
        Notes on anything kept (see :func:`clear_old`) and whether Ctrl-C came during the swap.

    Raises:
        ReportError: a rename failed (the previous report is put back; the new one is left in ``staging``).
    """
    old = path.parent / f".{path.name}.old-{os.getpid()}"
    had_old = path.exists()
    notes: list[str] = []
    with deferred_signals() as held:
        try:
            if had_old:
                os.rename(path, old)
            try:
                os.rename(staging, path)
            except OSError:
                if had_old:
                    os.rename(old, path)
                raise
        except OSError as exc:
            raise ReportError(f"cannot replace {path} ({exc.strerror or exc}); the previous report is unchanged") \
                from None
        (path / STAGING_MARK).unlink(missing_ok=True)
        if had_old:
            for rel in deferred:
                try:
                    os.rename(old / rel, path / rel)
                except OSError:
                    pass
            notes += clear_old(old, path, stale=stale)
    if held:
        notes.append("Ctrl-C came while the new report was being put in place; it is complete")
    return notes


def recover(path: Path) -> list[str]:
    """Repair what a killed run left next to a report folder: its staging removed, a swap half done completed.

    Call with the lock held.

    Args:
        path: the report folder.

    Returns:
        Notes on what was repaired.
    """
    notes = []
    for p in sorted(path.parent.glob(f".{glob_escape(path.name)}.new-*")):
        if p.is_dir() and not p.is_symlink() and regular_file(p / STAGING_MARK):
            shutil.rmtree(p, ignore_errors=True)
            notes.append(f"removed {p.name}, left by an interrupted run")
    for p in sorted(path.parent.glob(f".{glob_escape(path.name)}.old-*")):
        if not p.is_dir() or p.is_symlink() or not is_report(p):
            continue
        if not path.exists():
            os.rename(p, path)
            notes.append(f"restored {path.name} from {p.name} (a run was killed while swapping reports)")
        else:
            notes += clear_old(p, path, stale=set())
    return notes


def glob_escape(name: str) -> str:
    """Escape the glob characters of a file name."""
    return re.sub(r"([*?\[])", r"[\1]", name)


__all__ = ["FileRecord", "LEGACY_LOG", "MARKER", "ReportLock", "check_target", "clear_old", "deferred_signals", "regular_file",
           "is_report", "mirror", "new_staging", "owned", "publish", "read_records", "records_for", "recover",
           "report_path", "stale_paths", "write_marker"]
