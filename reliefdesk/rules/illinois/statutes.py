"""Illinois statute citations: one normalized form for every way records write them.

``normalize_statute(raw)`` turns what a rap sheet prints (``720 ILCS 550.0/4-B``,
``720-550/4-C``, ``Ill. Rev. Stat. ch. 56 1/2, par. 704(c)``, ``56.5-704-C``,
OCR noise such as ``72O lLCS 55O/4(c)``) into a :class:`Statute` whose
``.citation`` is the ``720 ILCS 550/4(c)`` style used everywhere else. It is
pure and stable: the Illinois reader imports it to fill ``Charge.statute``.

Pre-1993 citations (Illinois Revised Statutes) are mapped to ILCS for the
chapters that matter here [M: the ILCS conversion tables, recollected]:

- ch. 56 1/2, par. 7NN  -> 720 ILCS 550/NN  (Cannabis Control Act; 704 = 550/4)
- ch. 56 1/2, par. 1NNN -> 720 ILCS 570/NNN (Controlled Substances Act; 1402 = 570/402)
- ch. 38, par. A-S      -> 720 ILCS 5/A-S   (Criminal Code of 1961)
- ch. 38, par. 100A-B-C -> 730 ILCS 5/A-B-C (Unified Code of Corrections)
- ch. 95 1/2, par. A-S  -> 625 ILCS 5/A-S   (Illinois Vehicle Code)

``infer_cannabis`` gives the amount range and class of a Cannabis Control Act
charge from its subsection **and** offense date (illinois.md section 6.4).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from reliefdesk.model.record import Level, OffenseClass

__all__ = [
    "CannabisInference",
    "Statute",
    "infer_cannabis",
    "normalize_statute",
]

ATTEMPT_CHAPTER = 720
ATTEMPT_ACT = "5"
ATTEMPT_SECTION = "8-4"


@dataclass(frozen=True)
class Statute:
    """A normalized Illinois citation: ``chapter ILCS act/section(sub)(sub)``.

    For an attempt (720 ILCS 5/8-4) ``attempt`` is true and ``target`` is the
    offense attempted, when the record names it.
    """

    chapter: int
    act: str
    section: str
    subsections: tuple[str, ...] = ()
    attempt: bool = False
    target: Statute | None = None

    @functools.cached_property
    def base(self) -> str:
        """Citation without subsections: ``720 ILCS 550/4``."""
        return f"{self.chapter} ILCS {self.act}/{self.section}"

    @functools.cached_property
    def own_citation(self) -> str:
        return self.base + "".join(f"({s})" for s in self.subsections)

    @functools.cached_property
    def citation(self) -> str:
        """``720 ILCS 550/4(c)``; an attempt: ``720 ILCS 5/8-4 (720 ILCS 550/4(c))``."""
        if self.attempt and self.target is not None:
            return f"{self.own_citation} ({self.target.citation})"
        return self.own_citation

    @property
    def offense(self) -> Statute:
        """The statute the rules look at: the target of an attempt, else this one."""
        return self.target if self.attempt and self.target is not None else self

    @functools.cached_property
    def act_key(self) -> str:
        """``720/550``: chapter and act, for act-wide rules."""
        return f"{self.chapter}/{self.act}"

    @property
    def article(self) -> str:
        """The part of the section before the first dash (``11`` for 11-501)."""
        return self.section.split("-", 1)[0]

    def __str__(self) -> str:
        return self.citation


# --------------------------------------------------------------------------
# Clean-up

_SPACES = re.compile(r"\s+")
# OCR: l, I, | for 1 and O for 0, only when touching a digit.
_OCR_ONE = re.compile(r"(?<=\d)[lI|]|[lI|](?=\d)")
_OCR_ZERO = re.compile(r"(?<=\d)[oO]|[oO](?=\d)")
_ILCS = re.compile(r"(?<![A-Z])[I1L|]\s*\.?\s*L\s*\.?\s*C\s*\.?\s*[S5](?![A-Z])\.?")
_ATTEMPT_WORD = re.compile(r"^\s*(?:ATTEMPT(?:ED)?|ATT|ATTEMPT\s+TO)\b[\s.:-]*")


def _clean(raw: str) -> str:
    s = raw.replace("½", " 1/2").replace("\u00a0", " ")
    # Fix digit look-alikes repeatedly (``55O`` -> ``550``; ``l1`` -> ``11``).
    for _ in range(3):
        s2 = _OCR_ZERO.sub("0", _OCR_ONE.sub("1", s))
        if s2 == s:
            break
        s = s2
    s = s.upper()
    s = _ILCS.sub(" ILCS ", s)
    s = _SPACES.sub(" ", s).strip()
    # No spaces around separators: ``550 / 4 ( C )`` -> ``550/4(C)``.
    s = re.sub(r"\s*([/()\-])\s*", r"\1", s)
    return s


# --------------------------------------------------------------------------
# Sections and subsections

_NUM = r"\d+(?:\.\d+)*"
# A section part may end in one letter: 16A-3, 11-9.1A, 11-20.1B.
_SECTION_PART = r"\d+(?:\.\d+)*[A-Z]?"
# Subsection part written with parentheses: (a)(1)(A), (a-5), (b)(1)(i).
_PAREN_SUBS = re.compile(r"\(([A-Z0-9]+(?:[-.][A-Z0-9]+)*)\)")


def _split_section(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``24-1.6-A-1`` -> (``24-1.6``, (a, 1)); ``11-501(A)(2)`` -> (``11-501``, (a, 2))."""
    text = text.strip().rstrip(".,;")
    if not text:
        return None
    paren = text.find("(")
    if paren >= 0:
        head, tail = text[:paren], text[paren:]
        subs = tuple(m.group(1).lower() for m in _PAREN_SUBS.finditer(tail))
        # Dash-form subsections may still sit before the parentheses: ``4-C(1)``.
        split = _split_dashes(head.rstrip("-"))
        if split is None:
            return None
        section, more = split
        return section, more + subs
    return _split_dashes(text)


def _split_dashes(text: str) -> tuple[str, tuple[str, ...]] | None:
    parts = [p for p in text.split("-") if p]
    if not parts or not re.fullmatch(_SECTION_PART, parts[0]):
        return None
    section_parts = [parts[0]]
    i = 1
    # Section parts start with a digit; the first lettered part starts the subsections.
    while i < len(parts) and re.fullmatch(_SECTION_PART, parts[i]):
        section_parts.append(parts[i])
        i += 1
    subs = tuple(p.lower() for p in parts[i:])
    if any(not re.fullmatch(r"[A-Z0-9]{1,5}", p, re.IGNORECASE) for p in subs):
        return None
    return "-".join(_strip_zero_decimal(p) for p in section_parts), subs


def _strip_zero_decimal(part: str) -> str:
    # ``4.0`` is how some systems pad a plain section number.
    return part[:-2] if part.endswith(".0") and part.count(".") == 1 else part


def _act(text: str) -> str:
    """``550.0`` -> ``550``; ``5.00`` -> ``5``."""
    head = text.split(".", 1)[0]
    rest = text[len(head) + 1 :] if "." in text else ""
    if rest and set(rest) != {"0"}:
        return text
    return str(int(head))


# --------------------------------------------------------------------------
# The forms

# A section with its subsections: 4-C, 24-1.6-A-1, 11-501(A)(2), 12-3.05(E)(1)(I).
_SECTION = r"[0-9][0-9A-Z.\-]*(?:\([0-9A-Z.\-]{1,6}\))*"
# 720 ILCS 550/4(C), 720 ILCS 550.0/4-B, 720ILCS550/4
_ILCS_FORM = re.compile(r"(?<!\d)(\d{1,3})\s?ILCS\s?(\d{1,4}(?:\.\d+)?)/(" + _SECTION + ")")
# 720-550/4-C
_DASH_FORM = re.compile(r"(?<![\d.])(\d{1,3})-(\d{1,4}(?:\.\d+)?)/(" + _SECTION + ")")
# Ill. Rev. Stat. [1991,] ch. 56 1/2, par. 704(c)
_IRS_FORM = re.compile(
    r"CH(?:AP(?:TER)?)?\.?\s?(\d{1,3}(?:\s?1/2|\.5)?),?\s?(?:PARS?|PARA(?:GRAPH)?|¶)\.?\s?"
    r"(" + _SECTION + ")"
)
# 56.5-704-C, 56 1/2-704-C, 56.5/704(C)
_OLD_DASH_FORM = re.compile(r"(?<![\d.])(56\.5|56\s?1/2|95\.5|95\s?1/2)[-/]([0-9][0-9A-Z.()\-]*)")


def _old_chapter(ch: str) -> str:
    ch = ch.replace(" ", "")
    return ch.replace("1/2", ".5") if "1/2" in ch else ch


def _from_old(chapter: str, par: str) -> Statute | None:
    """Map an Illinois Revised Statutes chapter and paragraph to ILCS [M]."""
    split = _split_section(par)
    if split is None:
        return None
    section, subs = split
    if chapter == "56.5":
        if re.fullmatch(r"7\d\d", section):  # Cannabis Control Act, par. 701-719
            return Statute(720, "550", str(int(section[1:])), subs)
        if re.fullmatch(r"1\d\d\d", section):  # Controlled Substances Act, par. 1100-1606
            return Statute(720, "570", section[1:], subs)
        return None
    if chapter == "38":
        m = re.fullmatch(r"100(\d)-(.+)", section)
        if m:  # Unified Code of Corrections, par. 1005-6-3 = 730 ILCS 5/5-6-3
            return Statute(730, "5", f"{m.group(1)}-{m.group(2)}", subs)
        if "-" in section:
            return Statute(720, "5", section, subs)
        return None
    if chapter == "95.5" and "-" in section:
        return Statute(625, "5", section, subs)
    return None


def _find_all(text: str) -> list[tuple[int, Statute]]:
    found: list[tuple[int, Statute]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _IRS_FORM.finditer(text):
        st = _from_old(_old_chapter(m.group(1)), m.group(2))
        if st is not None:
            found.append((m.start(), st))
            taken.append(m.span())
    for m in _OLD_DASH_FORM.finditer(text):
        if not free(*m.span()):
            continue
        st = _from_old(_old_chapter(m.group(1)), m.group(2))
        if st is not None:
            found.append((m.start(), st))
            taken.append(m.span())
    for form in (_ILCS_FORM, _DASH_FORM):
        for m in form.finditer(text):
            if not free(*m.span()):
                continue
            split = _split_section(m.group(3))
            if split is None:
                continue
            section, subs = split
            found.append((m.start(), Statute(int(m.group(1)), _act(m.group(2)), section, subs)))
            taken.append(m.span())
    found.sort(key=lambda t: t[0])
    return found


def _is_attempt(st: Statute) -> bool:
    return st.chapter == ATTEMPT_CHAPTER and st.act == ATTEMPT_ACT and st.section == ATTEMPT_SECTION


@functools.lru_cache(maxsize=8192)
def normalize_statute(raw: str) -> Statute | None:
    """The normalized citation in ``raw``, or ``None`` when none can be read.

    An attempt is recognized from ``720 ILCS 5/8-4`` followed by the target
    citation (``720 ILCS 5/8-4 (720 ILCS 550/4(c))``, ``720-5/8-4 720-550/4-C``),
    or from a leading ``ATTEMPT``/``ATT`` before a citation. ``normalize_statute``
    is idempotent: ``normalize_statute(s.citation) == s``. Results are cached by
    the raw text (a :class:`Statute` is immutable; records repeat a few statutes).
    """
    if not raw or not raw.strip():
        return None
    text = _clean(raw)
    attempt_word = _ATTEMPT_WORD.match(text) is not None
    found = [st for _, st in _find_all(text)]
    if not found:
        return None
    first = found[0]
    if _is_attempt(first):
        target = next((st for st in found[1:] if not _is_attempt(st)), None)
        return Statute(first.chapter, first.act, first.section, first.subsections, True, target)
    if attempt_word:
        return Statute(ATTEMPT_CHAPTER, ATTEMPT_ACT, ATTEMPT_SECTION, (), True, first)
    return first


# --------------------------------------------------------------------------
# Cannabis amounts and classes by subsection and offense date (illinois.md 6.4) [P]

#: Offense on/after this date: the 2016 decriminalization table (P.A. 99-697).
CANNABIS_DECRIM_DATE = date(2016, 7, 29)
#: Start of the tables this program knows (P.A. 90-397 amounts).
CANNABIS_TABLES_FROM = date(1997, 8, 15)


@dataclass(frozen=True)
class CannabisInference:
    """What the subsection and offense date say about a cannabis charge.

    ``grams_low`` < amount <= ``grams_high`` (``None`` high: no upper limit).
    ``subsequent_class`` is the class for a subsequent offense, when higher.
    """

    section: str
    subsection: str
    grams_low: float
    grams_high: float | None
    level: Level
    offense_class: OffenseClass | None
    subsequent_class: OffenseClass | None
    table: str
    tag: str

    @property
    def at_most_30g(self) -> bool:
        return self.grams_high is not None and self.grams_high <= 30

    @property
    def more_than_30g(self) -> bool:
        return self.grams_low >= 30

    @property
    def label(self) -> str:
        hi = "no limit" if self.grams_high is None else f"{self.grams_high:g} g"
        return f"{self.grams_low:g} g to {hi}"


_F, _M, _C = Level.FELONY, Level.MISDEMEANOR, Level.CIVIL
_O = OffenseClass
_Row = tuple[float, float | None, Level, OffenseClass | None, OffenseClass | None, str]

#: 720 ILCS 550/4, offense 1997-08-15 .. 2016-07-28 [P]
POSSESSION_1997: dict[str, _Row] = {
    "a": (0, 2.5, _M, _O.C, None, "P"),
    "b": (2.5, 10, _M, _O.B, None, "P"),
    "c": (10, 30, _M, _O.A, _O.FOUR, "P"),
    "d": (30, 500, _F, _O.FOUR, _O.THREE, "P"),
    "e": (500, 2000, _F, _O.THREE, None, "P"),
    "f": (2000, 5000, _F, _O.TWO, None, "P"),
    "g": (5000, None, _F, _O.ONE, None, "P"),
}
#: 720 ILCS 550/4, offense on/after 2016-07-29 [P, (d)-(g) M]
POSSESSION_2016: dict[str, _Row] = {
    "a": (0, 10, _C, None, None, "P"),
    "b": (10, 30, _M, _O.B, None, "P"),
    "c": (30, 100, _M, _O.A, _O.FOUR, "P"),
    "d": (100, 500, _F, _O.FOUR, _O.THREE, "M"),
    "e": (500, 2000, _F, _O.THREE, None, "M"),
    "f": (2000, 5000, _F, _O.TWO, None, "M"),
    "g": (5000, None, _F, _O.ONE, None, "M"),
}
#: 720 ILCS 550/5, manufacture / delivery / intent [P; from 1997-08-15: M]
DELIVERY_1997: dict[str, _Row] = {
    "a": (0, 2.5, _M, _O.B, None, "P"),
    "b": (2.5, 10, _M, _O.A, None, "P"),
    "c": (10, 30, _F, _O.FOUR, None, "P"),
    "d": (30, 500, _F, _O.THREE, None, "P"),
    "e": (500, 2000, _F, _O.TWO, None, "P"),
    "f": (2000, 5000, _F, _O.ONE, None, "P"),
    "g": (5000, None, _F, _O.X, None, "P"),
}


def cannabis_table(section: str, offense_date: date) -> tuple[str, dict[str, _Row]] | None:
    """The grams table for Cannabis Control Act section 4 or 5 on ``offense_date``."""
    if offense_date < CANNABIS_TABLES_FROM:
        return None
    if section == "4":
        if offense_date >= CANNABIS_DECRIM_DATE:
            return "720 ILCS 550/4 (offense on/after 2016-07-29)", POSSESSION_2016
        return "720 ILCS 550/4 (offense 1997-08-15 to 2016-07-28)", POSSESSION_1997
    if section == "5":
        return "720 ILCS 550/5 (offense on/after 1997-08-15)", DELIVERY_1997
    return None


def infer_cannabis(statute: Statute | None, offense_date: date | None) -> CannabisInference | None:
    """Amount range and class from subsection + offense date, or ``None`` when unknown.

    ``None`` when the statute is not 720 ILCS 550/4 or 550/5, has no
    subsection, the offense date is unknown, or the date falls before the
    tables this program knows: the caller must then ask for the grams.
    """
    if statute is None or offense_date is None:
        return None
    st = statute.offense
    if st.chapter != 720 or st.act != "550" or st.section not in ("4", "5") or not st.subsections:
        return None
    found = cannabis_table(st.section, offense_date)
    if found is None:
        return None
    label, table = found
    sub = st.subsections[0]
    row = table.get(sub)
    if row is None:
        return None
    low, high, level, cls, subsequent, tag = row
    return CannabisInference(st.section, sub, low, high, level, cls, subsequent, label, tag)
