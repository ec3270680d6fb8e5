"""Dates as news text writes them: "February 1, 2026", "Feb 2", "1 Feb 2026", "2026-02-01"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from presslens.lexicons.common import MONTHS

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

#: A written date; groups: month name, day, year (month-first), or day, month, year, or ISO.
DATE_RE = re.compile(
    rf"""\b(?:
        (?P<mon1>{_MONTH_ALT})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{{4}}))?
      | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_ALT})\.?(?:,?\s+(?P<year2>\d{{4}}))?
    )\b
    | \b(?P<year3>\d{{4}})-(?P<mon3>\d{{2}})-(?P<day3>\d{{2}})(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year may be unknown ("Feb 2")."""

    year: int | None
    month: int
    day: int
    start: int = 0
    end: int = 0

    def iso(self, *, default_year: int | None = None) -> str:
        """Return ``YYYY-MM-DD``, or ``--MM-DD`` when no year is known or given.

        Args:
            default_year: year to use when the text gave none.
        """
        year = self.year if self.year is not None else default_year
        if year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str) -> list[PartialDate]:
    """Find every written calendar date in a text.

    Args:
        text: any text.

    Returns:
        Dates in order of appearance with their character spans; impossible dates
        ("Feb 31") are skipped.
    """
    found: list[PartialDate] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        name = g["mon1"] or g["mon2"]
        if name and not name[0].isupper():
            continue  # "may" the verb, "march" the noun
        if g["mon1"]:
            month, day, year = MONTHS[g["mon1"].lower()], int(g["day1"]), g["year1"]
        elif g["mon2"]:
            month, day, year = MONTHS[g["mon2"].lower()], int(g["day2"]), g["year2"]
        else:
            month, day, year = int(g["mon3"]), int(g["day3"]), g["year3"]
        y = int(year) if year else None
        if _valid(y, month, day):
            found.append(PartialDate(y, month, day, m.start(), m.end()))
    return found


def parse_date(text: str) -> PartialDate | None:
    """Return the first date written in ``text`` (also ISO timestamps), or None."""
    dates = find_dates(text)
    return dates[0] if dates else None
