"""The normalized forms the search columns hold.

Names: upper case, letters and digits only, one space between words, so
"Kowalski, Peter J." and "KOWALSKI PETER J" are found by the same query.
Case numbers: upper case letters and digits only ("04 MC1-289911" ->
"04MC1289911"). Dates typed as 1986-03-14, 03/14/1986 or 3/14/86 all mean
the same day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

_NOT_WORD = re.compile(r"[^0-9A-Z]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")
_US_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _fold(text: str) -> str:
    if text.isascii():
        return text.upper()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def normalize_name(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(_NOT_WORD.sub(" ", _fold(text)).split())


def search_name(name: str | None, aliases: Iterable[str] = ()) -> str:
    """The name and every alias, normalized, separated by `` | ``."""
    parts = [normalize_name(name), *(normalize_name(a) for a in aliases)]
    return " | ".join(p for p in parts if p)


def normalize_case_number(number: str | None) -> str:
    if not number:
        return ""
    return _NOT_ALNUM.sub("", _fold(number))


def parse_date_query(text: str) -> date | None:
    """A date typed in the search box, or None when the text is not a date."""
    m = _ISO_DATE.match(text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _US_DATE.match(text)
        if m:
            year = int(m[3])
            if len(m[3]) == 2:
                year += 1900 if year > 30 else 2000
            return date(year, int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None
