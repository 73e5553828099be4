"""Code sections the Proposition 64 rules look for, as data.

Sections are compared on the base number ("11359") and, where the law names
a subdivision, on the subdivision too ("(c)(3)"). Every list names where it
comes from; compare them with the published lists before relying on one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: HS 11357-11360: the convictions Proposition 64 reaches (HS 11361.8(a)).
PROP64_SECTIONS: frozenset[str] = frozenset({"11357", "11358", "11359", "11360"})

#: Counts that may be a plea bargain from a cannabis charge (california.md 4).
PLEA_BARGAIN: frozenset[tuple[str, str]] = frozenset({("32", "PC"), ("11364", "HS"), ("11366", "HS")})

#: "Super strikes", PC 667(e)(2)(C)(iv) (and 1170.12(c)(2)(C)(iv)): base sections.
SUPER_STRIKES: frozenset[str] = frozenset(
    """187 191.5 205 207 209 209.5 218 219 220 261 262 264.1 269 273AB 286 287 288 288.5 288A
    289 451.5 653F 667.61 667.7 667.71 4500 11418 12308 12310 18745 18755""".split()
)
#: Super strikes only in one subdivision: section -> subdivision prefix.
SUPER_STRIKE_SUBDIVISIONS: dict[str, str] = {"245": "(d)(3)"}
#: Homicide offenses count as super strikes when attempted too, 667(e)(2)(C)(iv)(IV).
ATTEMPT_COUNTS: frozenset[str] = frozenset({"187", "191.5"})

#: Offenses that require registration under PC 290(c) (the ones a rap sheet can show
#: plainly; 207/209 need a sexual intent the sheet does not show and are super strikes anyway).
PC290_OFFENSES: frozenset[str] = frozenset(
    """220 243.4 261 262 264.1 266 266C 266H 266I 266J 267 269 285 286 287 288 288A 288.3 288.4
    288.5 288.7 289 311.1 311.2 311.3 311.4 311.10 311.11 647.6""".split()
)
#: PC 290(c) offenses only in some subdivisions.
PC290_SUBDIVISIONS: dict[str, tuple[str, ...]] = {"314": ("(1)", "(2)")}

#: Subdivisions of the cannabis section itself that keep it from relief (california.md 3).
EXCLUDED_SUBDIVISIONS: dict[str, tuple[str, ...]] = {
    "11359": ("(c)(3)", "(d)"),
    "11360": ("(a)(3)(c)", "(a)(3)(d)"),
}


@dataclass(frozen=True)
class Statute:
    section: str  # base number, upper case: "11359", "288A", "18 2113"
    subdivision: str  # lower case, "(c)(3)" or ""
    code: str | None  # "HS", "PC" ... or None

    def __str__(self) -> str:
        return f"{self.section}{self.subdivision} {self.code}" if self.code else f"{self.section}{self.subdivision}"


_STATUTE = re.compile(
    r"^\s*(?:(?P<code1>[A-Z]{2})\s+)?(?P<section>(?:\d{1,2}\s+)?\d+(?:\.\d+)?[A-Z]?)\s*"
    r"(?P<sub>(?:\([A-Za-z0-9]{1,4}\))*)\s*(?P<code2>[A-Z]{2})?\b"
)


_parsed: dict[tuple[str | None, str | None, str | None], Statute | None] = {}
_WS = re.compile(r"\s+")


def parse_statute(statute: str | None, section: str | None = None, code: str | None = None) -> Statute | None:
    """A charge's statute ("11359(c)(3) HS", "PC 187", or section + code fields).

    Results are remembered (a bulk file repeats a few hundred statutes; a
    :class:`Statute` is immutable, so sharing one is safe).
    """
    key = (statute, section, code)
    try:
        return _parsed[key]
    except KeyError:
        pass
    st = _parse_statute(statute, section, code)
    if len(_parsed) < 20_000:
        _parsed[key] = st
    return st


def _parse_statute(statute: str | None, section: str | None, code: str | None) -> Statute | None:
    text = (statute or "").upper().strip()
    m = _STATUTE.match(text) if text else None
    if m:
        sec = _WS.sub(" ", m.group("section"))
        return Statute(
            section=section.upper() if section else sec,
            subdivision=m.group("sub").lower(),
            code=code or m.group("code2") or m.group("code1"),
        )
    if section:
        return Statute(section=section.upper(), subdivision="", code=code)
    return None


_in_list: dict[tuple[str, Statute], bool] = {}


def in_list(entry: str, st: Statute) -> bool:
    """Whether an options-list entry ("11357" or "11357(A)") covers the statute (remembered: both are immutable)."""
    key = (entry, st)
    got = _in_list.get(key)
    if got is None:
        got = _in_list_uncached(entry, st)
        if len(_in_list) < 20_000:
            _in_list[key] = got
    return got


def _in_list_uncached(entry: str, st: Statute) -> bool:
    e = entry.strip().upper()
    m = re.match(r"^(\d+(?:\.\d+)?[A-Z]?)(.*)$", e)
    if not m:
        return False
    base, sub = m.group(1), m.group(2).lower()
    return base == st.section and st.subdivision.startswith(sub)


def is_super_strike(st: Statute) -> bool:
    if st.code not in (None, "PC"):
        return False
    if st.section in SUPER_STRIKES:
        return True
    sub = SUPER_STRIKE_SUBDIVISIONS.get(st.section)
    return sub is not None and st.subdivision.startswith(sub)


def is_pc290_offense(st: Statute) -> bool:
    if st.code not in (None, "PC"):
        return False
    if st.section in PC290_OFFENSES:
        return True
    subs = PC290_SUBDIVISIONS.get(st.section, ())
    return any(st.subdivision.startswith(s) for s in subs)


def excluded_subdivision(st: Statute) -> str | None:
    for sub in EXCLUDED_SUBDIVISIONS.get(st.section, ()):
        if st.subdivision.startswith(sub):
            return f"{st.section}{sub}"
    return None
