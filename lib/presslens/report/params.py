"""Checking a notebook's parameters before anything runs: one clear ``ValueError`` per bad value.

Each notebook calls :func:`check_parameters` in the cell right after its ``parameters`` cell, so a
value typed in JupyterLab or passed with ``papermill -p`` fails at once with a message naming the
parameter, the value and what it must be, instead of deep inside numpy or pandas.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presslens.errors import PresslensError
from presslens.paths import report_dir_for, resolve_story_dir, stories_dir


class ParameterError(ValueError):
    """One or more notebook parameters have bad values; the message has one line per bad value."""


def _as_float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError
    f = float(value)  # numbers and numeric strings ("0.4"); anything else raises
    if math.isnan(f):
        raise ValueError
    return f


def _as_int(value: Any) -> int:
    f = _as_float(value)
    if not f.is_integer():
        raise ValueError
    return int(f)


def _fraction(value: Any) -> float:
    try:
        f = _as_float(value)
    except (TypeError, ValueError):
        raise ValueError("must be a number above 0 and at most 1, e.g. 0.3") from None
    if not 0 < f <= 1:
        raise ValueError("must be above 0 and at most 1 (a cosine similarity), e.g. 0.3")
    return f


def _count(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        try:
            n = _as_int(value)
        except (TypeError, ValueError):
            raise ValueError(f"must be a whole number from {low} to {high}") from None
        if not low <= n <= high:
            raise ValueError(f"must be from {low} to {high}")
        return n

    return check


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("must be text (a string)")
    return value.strip()


#: The parameters the notebooks share, each with its check (returns the clean value or raises ValueError).
RULES: dict[str, Callable[[Any], Any]] = {
    "similarity_threshold": _fraction,
    "min_count": _count(1, 1000),
    "n_terms": _count(1, 100),
}


def _story_folder(story: Any) -> Path:
    if not isinstance(story, str | Path) or not str(story).strip():
        raise ValueError("must be a story slug (a folder in data/stories/) or the path of a story folder")
    folder = resolve_story_dir(str(story).strip())
    if not folder.is_dir():
        known = sorted(p.name for p in stories_dir().glob("*") if p.is_dir()) if stories_dir().is_dir() else []
        hint = f"; stories in data/stories/: {', '.join(known)}" if known else ""
        raise ValueError(f"no story folder at {folder}{hint}")
    return folder


def _outlet_names(folder: Path) -> list[str] | None:
    """Article ids and labels of a story (None when the story cannot be read: its own error says why)."""
    from presslens.corpus.story import load_story

    try:
        st = load_story(folder)
    except PresslensError:
        return None
    names: list[str] = []
    for a in st.articles:
        names += [n for n in (a.article_id, a.label, getattr(a, "outlet", "")) if n and n not in names]
    return names


def check_parameters(**values: Any) -> tuple[Any, ...]:
    """Check a notebook's parameters and return their clean values, in the order given.

    Known names: ``story`` (an existing story folder or slug), ``output_dir`` (empty means
    ``reports/<story slug>``, needs ``story``), ``similarity_threshold`` (0 < x ≤ 1),
    ``min_count`` (1–1000), ``n_terms`` (1–100), ``reference_outlet`` (empty, or an article id
    or outlet label of the story). Numbers given as text ("0.4", from ``papermill -r``) are
    accepted. Other names are returned unchanged.

    Args:
        **values: the parameters, by name (keyword-only by nature).

    Returns:
        The clean values, in the order of the keyword arguments.

    Raises:
        ParameterError: (a ``ValueError``) one line per bad value, naming the parameter, the value
            and what it must be.
    """
    clean: dict[str, Any] = dict(values)
    problems: list[str] = []

    def bad(name: str, why: str) -> None:
        problems.append(f"{name} = {values[name]!r}: {why}")

    folder = None
    if "story" in values:
        try:
            folder = _story_folder(values["story"])
            clean["story"] = str(values["story"]).strip()
        except ValueError as exc:
            bad("story", str(exc))
    if "output_dir" in values:
        out = values["output_dir"]
        if out is None or (isinstance(out, str) and not out.strip()):
            if folder is not None:
                clean["output_dir"] = str(report_dir_for(folder.resolve().name))  # "x/.." names its real folder
            elif "story" not in values:
                bad("output_dir", "is empty and no story is given to name the report folder")
        elif isinstance(out, str | Path):
            clean["output_dir"] = str(out).strip() if isinstance(out, str) else str(out)
        else:
            bad("output_dir", "must be a folder path (text), or empty for reports/<story slug>")
    for name, rule in RULES.items():
        if name in values:
            try:
                clean[name] = rule(values[name])
            except ValueError as exc:
                bad(name, str(exc))
    if "reference_outlet" in values:
        try:
            ref = _text(values["reference_outlet"])
            clean["reference_outlet"] = ref
            names = _outlet_names(folder) if ref and folder is not None else None
            if names is not None and ref not in names:
                raise ValueError(f"is not an article id or outlet label of this story; use one of: "
                                 f"{'; '.join(names)} (or empty for none)")
        except ValueError as exc:
            bad("reference_outlet", str(exc))
    if problems:
        raise ParameterError("bad parameter value(s):\n  " + "\n  ".join(problems) if len(problems) > 1
                             else problems[0])
    return tuple(clean[k] for k in values)


__all__ = ["ParameterError", "RULES", "check_parameters"]
