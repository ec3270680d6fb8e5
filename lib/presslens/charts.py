"""Small helpers shared by the analyses' figures."""

from __future__ import annotations

import textwrap


def wrap_label(label: str, *, width: int = 24, lines: int = 2) -> str:
    """Wrap a long outlet label for a plot axis.

    Args:
        label: the label.
        width: most characters per line.
        lines: most lines; the last is cut with "…" when the label is longer.

    Returns:
        The label with line breaks.
    """
    parts = textwrap.wrap(label, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)
