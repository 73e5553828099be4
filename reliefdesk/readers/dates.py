"""Dates as rap sheets print them: ``03/14/1986``, ``11-02-1979``, ``1986-03-14``,
``19860314``, ``03/14/86``, ``14-MAR-1986``, ``March 14, 1986``.

OCR turns ``0`` into ``O`` and ``1`` into ``l``; those are read back as digits
inside a date-shaped token only. Two-digit years are read with a fixed pivot
(00-39 -> 20xx, 40-99 -> 19xx) and reported as unsure by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
    "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}  # fmt: skip
_MON = r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?"
#: Digits and their OCR look-alikes, inside a date only.
_D = r"[0-9OoIl|]"
_DIGITIZE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
PIVOT = 40

_ISO = re.compile(rf"(?<![\w/.-])({_D}{{4}})\s?[-/.]\s?({_D}{{1,2}})\s?[-/.]\s?({_D}{{1,2}})(?![\w/-])")
_US = re.compile(rf"(?<![\w/.-])({_D}{{1,2}})\s?[-/.]\s?({_D}{{1,2}})\s?[-/.]\s?({_D}{{4}}|{_D}{{2}})(?![\w/-])")
_COMPACT = re.compile(r"(?<![\w/.-])((?:19|20)\d{2})(\d{2})(\d{2})(?![\w/-])")
_DMY_NAME = re.compile(rf"(?<![\w])(\d{{1,2}})[\s-]*{_MON}[\s,-]*(\d{{4}}|\d{{2}})(?!\w)", re.I)
_MDY_NAME = re.compile(rf"(?<![\w])\b{_MON}\s*(\d{{1,2}}),?\s*(\d{{4}})(?!\w)", re.I)


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    unsure: str | None = None  # why the reading is doubtful (two-digit year, day first, OCR)


def _year(y: str) -> tuple[int, str | None]:
    n = int(y)
    if len(y) == 2:
        return (2000 + n if n < PIVOT else 1900 + n), "two-digit year"
    return n, None


def _make(y: int, m: int, d: int) -> date | None:
    if not 1900 <= y <= 2099:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _us(a: int, b: int, y: int) -> tuple[date | None, str | None]:
    got = _make(y, a, b)
    if got is not None:
        return got, None
    # 14/03/1986: day first (never the Illinois form, so say so).
    got = _make(y, b, a)
    return got, ("read as day/month/year" if got is not None else None)


def find_dates(text: str, compact: bool = False) -> list[FoundDate]:
    """Every date in ``text``, left to right. ``compact`` also accepts ``19860314``
    (only where a label says a date is expected: an 8-digit number may be a CB number)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: date | None, why: str | None) -> None:
        if value is None or any(m.start() < b and m.end() > a for a, b in taken):
            return
        raw = m.group(0)
        if why is None and raw != raw.translate(_DIGITIZE):
            why = "OCR look-alike characters read as digits"
        found.append(FoundDate(value, m.start(), m.end(), raw, why))
        taken.append((m.start(), m.end()))

    for m in _ISO.finditer(text):
        y, mo, d = (int(g.translate(_DIGITIZE)) for g in m.groups())
        add(m, _make(y, mo, d), None)
    for m in _US.finditer(text):
        a, b = (int(g.translate(_DIGITIZE)) for g in m.groups()[:2])
        y, why = _year(m.group(3).translate(_DIGITIZE))
        value, why2 = _us(a, b, y)
        add(m, value, why or why2)
    for m in _DMY_NAME.finditer(text):
        y, why = _year(m.group(3))
        add(m, _make(y, _MONTHS[m.group(2).upper()[:3]], int(m.group(1))), why)
    for m in _MDY_NAME.finditer(text):
        add(m, _make(int(m.group(3)), _MONTHS[m.group(1).upper()[:3]], int(m.group(2))), None)
    if compact:
        for m in _COMPACT.finditer(text):
            add(m, _make(int(m.group(1)), int(m.group(2)), int(m.group(3))), None)
    found.sort(key=lambda f: f.start)
    return found


def first_date(text: str, compact: bool = False) -> FoundDate | None:
    got = find_dates(text, compact)
    return got[0] if got else None


def leading_date(text: str, compact: bool = False) -> FoundDate | None:
    """The date ``text`` starts with (after blanks), if any."""
    got = first_date(text, compact)
    if got is not None and not text[: got.start].strip():
        return got
    return None


def parse_date(text: str) -> date | None:
    """The one date a labeled value holds (``DOB: 19860314`` too), or None."""
    got = first_date(text, compact=True)
    return got.value if got else None
