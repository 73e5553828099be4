"""The words of Illinois records: dispositions, sentences, offense classes,
charge references and statute spans (illinois.md section 2, il-records.md).

Everything here reads one piece of text and says what it means, or ``None``
when it does not know: unknown is an answer, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reliefdesk.model import Disposition, Level, OffenseClass, SentenceKind
from reliefdesk.readers.cleanup import collapse

# --------------------------------------------------------------------------
# Dispositions


@dataclass(frozen=True)
class DispositionReading:
    """What one disposition line says."""

    disposition: Disposition | None  # None: not a disposition we know
    #: "satisfactory" / "unsatisfactory" / "revoked" when the line ends a sentence.
    ending: str | None = None
    #: the sentence the line is about or imposes: "supervision", "probation", ...
    about: SentenceKind | None = None
    qualified: bool = False
    case_dismissed: bool = False


_SAT = r"(?:SATISFACTOR(?:Y|ILY)|SAT(?:IS)?\.?|SUCCESSFUL(?:LY)?|COMPLETED?)"
_UNSAT = r"(?:UNSATISFACTOR(?:Y|ILY)|UNSAT(?:IS)?\.?|UNSUCCESSFUL(?:LY)?)"
_TERM = r"(?:TERMINATED|TERM\.?|DISCHARGED|COMPLETED|ENDED)"

#: Qualified (first-offender) probation statutes beside a probation sentence
#: (illinois.md section 2; 20 ILCS 2630/5.2(a)(1)(J)).
QUALIFIED_MARKERS = re.compile(
    r"5-6-3\.[34]|\b(?:570/)?410\b|\b1410\b|\b710\b|550/10\b|646/70|12-4\.3|12-3\.05\s*\(B\)\s*\(1\)|"
    r"301/40-10|635/10|\bTASC\b|QUALIFIED|SECOND\s+CHANCE|FIRST[\s-]+OFFENDER|\bQP\b",
    re.I,
)

_SENTENCE_KINDS: list[tuple[re.Pattern[str], SentenceKind]] = [
    (re.compile(r"\bSUPERVISION\b|\bSUPV\b|\bCOURT\s+SUPERVISION\b|^S$", re.I), SentenceKind.SUPERVISION),
    (re.compile(r"\bCONDITIONAL\s+DISCHARGE\b|\bCOND(?:ITIONAL)?\.?\s+DISCH?\.?\b|\bC\.?D\.?\b", re.I),
     SentenceKind.CONDITIONAL_DISCHARGE),
    (re.compile(r"\bPROBATION\b|\bPROB\b|\bQP\b", re.I), SentenceKind.PROBATION),
    (re.compile(r"\bIDOC\b|\bI\.D\.O\.C\b|\bDEPARTMENT\s+OF\s+CORRECTIONS\b|\bDOC\b|\bPENITENTIARY\b|\bPRISON\b", re.I),
     SentenceKind.PRISON),
    (re.compile(r"\bCCDOC\b|\bCOUNTY\s+JAIL\b|\bJAIL\b|\bCOOK\s+COUNTY\s+(?:DEPARTMENT|DEPT)\b", re.I), SentenceKind.JAIL),
    (re.compile(r"\bTIME\s+SERVED\b|\bCTDS\b|\bCREDIT\s+(?:FOR\s+)?TIME\b", re.I), SentenceKind.TIME_SERVED),
    (re.compile(r"\bFINES?\b|\bCOSTS?\s+ONLY\b", re.I), SentenceKind.FINE),
]  # fmt: skip


def sentence_kinds(text: str) -> list[tuple[int, SentenceKind]]:
    """The sentence kinds ``text`` names, in the order they appear."""
    out: list[tuple[int, SentenceKind]] = []
    for rx, kind in _SENTENCE_KINDS:
        m = rx.search(text)
        if m:
            out.append((m.start(), kind))
    # Time served with a jail term is a jail sentence already served.
    out.sort()
    return out


@lru_cache(maxsize=4096)
def main_sentence_kind(text: str) -> SentenceKind | None:
    kinds = [k for _, k in sentence_kinds(text)]
    if not kinds:
        return None
    for k in kinds:
        if k is not SentenceKind.FINE:
            if k is SentenceKind.TIME_SERVED and SentenceKind.JAIL in kinds:
                return SentenceKind.JAIL
            return k
    return SentenceKind.FINE


_DISPOSITIONS: list[tuple[re.Pattern[str], Disposition]] = [
    (re.compile(r"RELEASED\s+WITHOUT\s+CHARG|\bRWC\b|NO\s+CHARGES?\s+(?:FILED|APPROVED)|RELEASED\s+-?\s*NO\s+CHARGE|"
                r"CHARGES?\s+NOT\s+APPROVED|\bSAO\s+REJECTED\b|\bREJECTED\b", re.I),
     Disposition.RELEASED_WITHOUT_CHARGING),
    (re.compile(r"\bBF[\s-]*SOL\b", re.I), Disposition.DISMISSED),
    (re.compile(r"STRICKEN\s+OFF|\bS\.?O\.?L\.?\b|STRICKEN\s+WITH\s+LEAVE|\bSOL\s+W/?\s*LEAVE", re.I),
     Disposition.STRICKEN_WITH_LEAVE),
    (re.compile(r"(?<!PLEA\sOF\s)NOT\s+GUILTY|\bFNG\b|\bACQUIT", re.I), Disposition.ACQUITTED),
    (re.compile(r"NOLLE|\bNOL\b|\bNOL[\s.-]*PROS|\bN\.?P\.?\b|DISMISS|\bDWP\b|WANT\s+OF\s+PROSECUTION|"
                r"NO\s+PROBABLE\s+CAUSE|\bFNPC\b|\bNPC\b|\bQUASHED\b|\bNO\s+BILL\b", re.I),
     Disposition.DISMISSED),
    (re.compile(r"REVERSED|VACATED|\bRV\b", re.I), Disposition.VACATED),
    (re.compile(r"\bBFW\b|BOND\s+FORFEIT|WARRANT|\bPENDING\b|\bCONTINUED\b|\bOPEN\b|\bFTA\b", re.I), Disposition.PENDING),
    (re.compile(r"\bGUILTY\b|\bFG\b|\bCONVICT|\bJUDGMENT\b|\bSENTENCED\b|\bMC\b|\bFC\b|\bCE\b", re.I),
     Disposition.CONVICTED),
]  # fmt: skip

_ENDING = [
    (re.compile(rf"{_UNSAT}\s*{_TERM}?|{_TERM}\s*{_UNSAT}", re.I), "unsatisfactory"),
    (re.compile(rf"{_SAT}\s*{_TERM}|{_TERM}\s*(?:-\s*)?{_SAT}|\b{_SAT}\b", re.I), "satisfactory"),
    (re.compile(r"\bREVOKED\b|\bREVOCATION\b|\bVIOLATION\s+OF\s+(?:PROBATION|SUPERVISION)\b|\bVOP\b", re.I), "revoked"),
]
_CASE_DISMISSED = re.compile(r"(?:CASE|CHARGES?|PROCEEDINGS?)\s+DISMISSED|DISCHARGE\s+AND\s+DISMISS", re.I)


_NOT_GUILTY_PLEA = re.compile(r"\bPLEA\s+OF\s+NOT\s+GUILTY\b|\bNOT\s+GUILTY\s+PLEA\b|\bPNG\b", re.I)


@lru_cache(maxsize=4096)
def read_disposition(text: str) -> DispositionReading:
    """What a disposition (or sentence) line means on its own."""
    # A plea of not guilty is an arraignment entry, not a disposition.
    t = _NOT_GUILTY_PLEA.sub(" ", collapse(text)).strip()
    ending: str | None = None
    for rx, name in _ENDING:
        if rx.search(t):
            ending = name
            break
    about = main_sentence_kind(t)
    qualified = bool(QUALIFIED_MARKERS.search(t))
    dismissed_at_end = bool(_CASE_DISMISSED.search(t))
    if ending is not None and about is None and re.search(r"\bTERM|\bDISCH", t, re.I):
        # "TERMINATED SATISFACTORILY" alone: about whatever sentence is running.
        pass
    found: Disposition | None = None
    for rx, disp in _DISPOSITIONS:
        if rx.search(t):
            found = disp
            break
    if ending is not None:
        # A sentence ending decides through the sentence it ends (resolved by the builder).
        return DispositionReading(found, ending, about, qualified, dismissed_at_end)
    if found is None and about is not None:
        # A sentence given as the disposition ("CONDITIONAL DISCHARGE 12 MOS") is a conviction,
        # except supervision and qualified probation, which are not (5.2(a)(1)(C)).
        if about is SentenceKind.SUPERVISION:
            found = Disposition.SUPERVISION
        elif about is SentenceKind.PROBATION and qualified:
            found = Disposition.QUALIFIED_PROBATION
        else:
            found = Disposition.CONVICTED
    return DispositionReading(found, None, about, qualified, dismissed_at_end)


# --------------------------------------------------------------------------
# Sentence lengths

_UNITS = {
    "Y": "year", "YR": "year", "YRS": "year", "YEAR": "year", "YEARS": "year",
    "M": "month", "MO": "month", "MOS": "month", "MONTH": "month", "MONTHS": "month", "MTH": "month",
    "MTHS": "month", "MOS.": "month",
    "D": "day", "DY": "day", "DYS": "day", "DAY": "day", "DAYS": "day",
    "W": "week", "WK": "week", "WKS": "week", "WEEK": "week", "WEEKS": "week",
}  # fmt: skip
_LENGTH = re.compile(
    r"(?<![\w$.])(\d{1,3}(?:\.\d)?)\s*-?\s*(YEARS?|YRS?|Y|MONTHS?|MOS?|MTHS?|M|DAYS?|DYS?|D|WEEKS?|WKS?|W)\b\.?", re.I
)


def sentence_length(text: str) -> tuple[str, dict[str, int]] | None:
    """``IDOC 2 YRS`` -> (``2 years``, {"years": 2}); the first clause that has one."""
    for clause in re.split(r"[;,]", text):
        parts = [(m.group(1), _UNITS[m.group(2).upper()]) for m in _LENGTH.finditer(clause)]
        if not parts:
            continue
        words: list[str] = []
        delta: dict[str, int] = {}
        for number, unit in parts:
            if "." in number:
                if unit == "year":
                    months = round(float(number) * 12)
                    number, unit = str(months), "month"
                else:
                    continue
            n = int(number)
            if f"{unit}s" in delta:
                continue
            delta[f"{unit}s"] = n
            words.append(f"{n} {unit}{'' if n == 1 else 's'}")
        if words:
            return " ".join(words), delta
    return None


# --------------------------------------------------------------------------
# Offense class and level

_CLASS_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"\bCLASS\s*[:.]?\s*(?P<c>X|[1-4]|[ABC])\b(?:\s*-?\s*(?P<l>FELONY|FEL|F|MISDEMEANOR|MISD|MIS|M)\b\.?)?", re.I),
    re.compile(r"\bCL\s*[:.]?\s*(?P<c>X|[1-4]|[ABC])\b(?:\s*(?P<l>FELONY|FEL|F|MISDEMEANOR|MISD|MIS|M)\b\.?)?", re.I),
    re.compile(r"\b(?P<c>X|[1-4])\s*(?P<l>FELONY|FEL)\b\.?", re.I),
    re.compile(r"\b(?P<c>[ABC])\s*(?P<l>MISDEMEANOR|MISD|MIS)\b\.?", re.I),
    re.compile(r"(?:^|\s{2,})(?P<l>F|M)(?P<c>X|[1-4]|[ABC])$", re.I),
    re.compile(r"\b(?P<l>PETTY\s+OFFENSE|PETTY|BUSINESS\s+OFFENSE|ORDINANCE(?:\s+VIOLATION)?|"
               r"FELONY|MISDEMEANOR)\b(?!\s+CONVICTION)", re.I),
]  # fmt: skip


@dataclass(frozen=True)
class ClassReading:
    level: Level | None
    offense_class: OffenseClass | None
    start: int
    end: int


@lru_cache(maxsize=4096)
def find_class(text: str) -> ClassReading | None:
    """``CLASS: A MISD``, ``Class 4 Felony``, ``CLASS X``, ``F4``, ``PETTY OFFENSE``."""
    for rx in _CLASS_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        groups = m.groupdict()
        c = (groups.get("c") or "").upper() or None
        lvl_word = (groups.get("l") or "").upper()
        level: Level | None = None
        if lvl_word.startswith("F"):
            level = Level.FELONY
        elif lvl_word.startswith("MIS") or lvl_word == "M":
            level = Level.MISDEMEANOR
        elif lvl_word.startswith("PETTY"):
            level = Level.PETTY
        elif lvl_word.startswith("BUSINESS"):
            level = Level.BUSINESS
        elif lvl_word.startswith("ORDINANCE"):
            level = Level.ORDINANCE
        offense_class = OffenseClass(c) if c else None
        if offense_class is not None:
            # The class letter or number says the level (730 ILCS 5/5-4.5): not a guess.
            implied = Level.MISDEMEANOR if c in ("A", "B", "C") else Level.FELONY
            if level is None:
                level = implied
            elif level is not implied:
                continue
        return ClassReading(level, offense_class, m.start(), m.end())
    return None


# --------------------------------------------------------------------------
# Charge references in a disposition: "(CHARGE 2)", "CT 1", "(CHARGES 1, 2)"

_CHARGE_REF = re.compile(
    r"\(?\s*\b(?:CHARGES?|CHGS?|COUNTS?|CTS?|CNTS?)\s*(?:NO\.?|#)?\s*(?P<n>\d{1,3}(?:\s*(?:,|&|AND|-|THRU|TO)\s*\d{1,3})*)\s*\)?",
    re.I,
)
_ALL_CHARGES = re.compile(r"\(?\s*\bALL\s+(?:CHARGES|COUNTS)\s*\)?", re.I)


def charge_refs(text: str) -> tuple[list[int] | None, str]:
    """The charge numbers a disposition names (None: all) and the text without them."""
    m = _CHARGE_REF.search(text)
    if m:
        numbers: list[int] = []
        spec = m.group("n").upper()
        for part in re.split(r"\s*(?:,|&|AND)\s*", spec):
            rng = re.split(r"\s*(?:-|THRU|TO)\s*", part)
            if len(rng) == 2 and rng[0].isdigit() and rng[1].isdigit() and int(rng[1]) - int(rng[0]) < 50:
                numbers.extend(range(int(rng[0]), int(rng[1]) + 1))
            elif part.strip().isdigit():
                numbers.append(int(part))
        rest = (text[: m.start()] + " " + text[m.end() :]).strip()
        return numbers, rest
    m2 = _ALL_CHARGES.search(text)
    if m2:
        return [], (text[: m2.start()] + " " + text[m2.end() :]).strip()
    return None, text


# --------------------------------------------------------------------------
# Statute spans inside a charge line

_SUB = r"(?:\s?\([0-9A-Za-z.\-]+\))*"
#: Statute forms, most specific first: an ILCS citation beats a bare number pair.
STATUTE_FORMS: list[re.Pattern[str]] = [
    re.compile(rf"(?:\b(?:ATTEMPT|ATT)\s+)?\b\d{{1,3}}\s*I\s*L\s*C\s*S\s*\d{{1,4}}(?:\.\d+)?\s*/\s*[0-9][0-9A-Za-z.\-]*{_SUB}"
               rf"(?:\s*\(\s*\d{{1,3}}\s*ILCS\s*[0-9./\-]+[0-9A-Za-z.\-]*{_SUB}\s*\))?", re.I),
    re.compile(rf"(?:\b(?:ATTEMPT|ATT)\s+)?\b\d{{3}}\s*-\s*\d{{1,4}}(?:\.\d+)?\s*/\s*[0-9][0-9A-Za-z.\-]*{_SUB}", re.I),
    re.compile(r"\bILL\.?\s*REV\.?\s*STAT\.?.{0,30}?PAR\.?\s*[0-9][0-9A-Za-z.\-]*(?:\([0-9A-Za-z]+\))*", re.I),
    re.compile(rf"\b\d{{2}}(?:\.5|\s+1/2)?\s*-\s*\d{{3,4}}(?:-[0-9A-Z]{{1,3}})*{_SUB}(?!\s*(?:GRAMS?|GMS?|GR|G|LBS?|OZ|PLANTS?)\b)(?![\w.-])", re.I),
    re.compile(r"\b(?:MCC|MUN\.?\s*CODE)\s*\d{1,2}-\d{1,3}-\d{1,4}(?:\([0-9A-Za-z]+\))*", re.I),
    # Last resort: something that says ILCS but does not parse (kept raw, reported).
    re.compile(r"\b\d{1,3}\s*ILCS\s*\S+", re.I),
]


def find_statute(text: str) -> tuple[int, int] | None:
    """Where the statute citation of a charge line is, or None."""
    for rx in STATUTE_FORMS:
        m = rx.search(text)
        if m is not None:
            return m.start(), m.end()
    return None


# --------------------------------------------------------------------------
# Case numbers only the Cook County clerk prints (il-records.md)

_COOK_NUMBER = re.compile(
    r"^(?:\d{2}|\d{4})[-\s]?(?:MC[1-6]|DV[1-6]?|C[1-6])[-\s]?\d{4,7}$|^\d{4}CR\d{7}$|^\d{2}CR\d{7}$|^\d{2}-[1-6]-\d{6}(?:-\d{2})?$",
    re.I,
)


def is_cook_case_number(number: str | None) -> bool:
    """``2018-MC4-001882``, ``2015CR0123401``, ``04MC1-289911``, ``15-1-190022``: Cook formats."""
    return bool(number and _COOK_NUMBER.match(number.strip()))
