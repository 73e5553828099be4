"""Stage two of the Illinois reader: what each line holds.

A line is split into labeled fields (``ARREST DATE: 05/02/2011``, ``Disposition
06/18/2015 ...``, ``CHARGE 01 ...``) by a lexicon of label spellings, not by
column positions, so other spacing, other label wording and lost colons still
read. A label counts when a colon follows it, or when it starts the line or a
column (two or more spaces before it); inside a value (``CIRCUIT COURT COOK
COUNTY``) the same word is just text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NO = r"(?:\s*(?:N[O0]\b\.?|NUMBER|NUM\b|NBR\b|#))"

#: (field key, label pattern, how it may appear: "strong" = anywhere, colon or not
#: (words that never occur inside a value); "bare" = also without a colon at a line
#: or column start; "colon" = only with a colon). Earlier entries win ties.
LABELS: list[tuple[str, str, str]] = [
    # boilerplate that carries no record fact
    ("printed", r"(?:PRINTED(?:\s*ON)?|PRINT\s*DATE|DATE\s*PRINTED|RESPONSE\s*DATE|RUN\s*DATE|REQUEST\s*DATE|"
                r"REPORT\s*DATE|DATE\s*OF\s*(?:REQUEST|RESPONSE|REPORT)|REQUESTED\s*BY|REQUESTOR|PURPOSE|AS\s*OF)", "bare"),
    # dates and numbers of an arrest or a case (before the shorter words they start with)
    ("disp_date", r"(?:DISPOSITION\s*DATE|DISPO?\.?\s*DATE|DATE\s*OF\s*DISPOSITION)", "strong"),
    ("disp_date", r"DISPOSED(?:\s*ON)?", "colon"),
    ("sentence_date", r"(?:SENTENCE\s*DATE|SENT\.?\s*DATE|DATE\s*SENTENCED|DATE\s*OF\s*SENTENCE)", "strong"),
    ("msr", r"(?:MSR\s*DISCHARGE(?:\s*DATE)?|MSR\s*(?:END|TERM(?:INATION)?)(?:\s*DATE)?|PAROLE\s*DISCHARGE(?:\s*DATE)?|"
            r"(?:SENTENCE|PROBATION|SUPERVISION|MSR)\s*(?:END|EXPIRATION|TERMINATION|TERMINATED|DISCHARGE)\s*DATE|"
            r"TERMINATION\s*DATE|DISCHARGE\s*DATE|DATE\s*(?:TERMINATED|DISCHARGED))", "strong"),
    ("arrest_date", r"(?:ARREST\s*DATE|DATE\s*OF\s*ARREST|ARR\.?\s*DATE|DATE\s*ARRESTED)", "strong"),
    ("arrest_date", r"ARRESTED(?:\s*ON)?", "colon"),
    ("arrest_date", r"ARREST(?:ED)?(?:\s*ON)?(?=\s+[0-9OolI]{1,4}[/-])", "bare"),
    ("filing_date", r"(?:FILING\s*DATE|DATE\s*FILED)", "strong"),
    ("filing_date", r"FILED(?:\s*ON)?", "colon"),
    ("offense_date", r"(?:OFFENSE\s*DATE|DATE\s*OF\s*OFFENSE|OFF\.?\s*DATE|VIOLATION\s*DATE|DATE\s*OF\s*VIOLATION)", "strong"),
    ("dob", r"(?:DATE\s*OF\s*BIRTH|BIRTH\s*DATE|BIRTHDATE|D\.\s*O\.\s*B\.?|DOB)", "strong"),
    ("agency_case", rf"(?:AGENCY\s*CASE{_NO}?|AGCY\.?\s*CASE{_NO}?|AGENCY{_NO}|(?:POLICE\s*)?REPORT{_NO})", "strong"),
    ("agency", r"(?:ARRESTING\s*AGENCY|ARREST(?:ING)?\s*AGCY\.?|ARR\.?\s*AGENCY|ARREST\s*AGENCY)", "strong"),
    ("agency", r"AGENCY(?:\s*NAME)?", "bare"),
    ("dcn", rf"(?:DCN{_NO}?|DOCUMENT\s*CONTROL{_NO})", "strong"),
    ("cb", rf"(?:CB{_NO}|CENTRAL\s*BOOKING{_NO}?)", "strong"),
    ("cb", r"CB", "colon"),
    ("rd", rf"(?:RD{_NO})", "strong"),
    ("rd", r"RD", "colon"),
    ("ir", rf"(?:IR{_NO})", "strong"),
    ("ir", r"IR", "colon"),
    ("sid", rf"(?:SID{_NO}?|STATE\s*ID(?:ENTIFICATION)?{_NO}?|ISP{_NO})", "strong"),
    ("fbi", rf"(?:FBI{_NO}?)", "strong"),
    ("related_case", rf"(?:RELATED\s*CASES?{_NO}?|ORIGINAL\s*CASE{_NO}?|PRIOR\s*CASE{_NO}?|TRANSFERRED\s*FROM|"
                     rf"CROSS[\s-]*REFERENCE)", "strong"),
    ("case", rf"(?:COURT\s*CASE{_NO}?|CASE{_NO})", "strong"),
    ("case", rf"DOCKET{_NO}?", "bare"),
    ("case", r"CASE", "colon"),
    ("disp", r"(?:COURT|FINAL)\s*DISPOSITIONS?", "bare"),
    ("court", r"(?:COURT\s*(?:NAME|LOCATION|ROOM)|COURTROOM|COURT\s*BRANCH|BRANCH)", "bare"),
    ("court", r"COURT", "bare"),
    ("county", r"COUNTY", "colon"),
    ("charge_header", r"(?:CHARGE\s*/\s*STATUTE|STATUTE\s*/\s*CHARGE|CHARGE\s*/\s*DESCRIPTION)", "strong"),
    ("description", r"(?:(?:CHARGE|OFFENSE)\s*DESC(?:RIPTION)?\.?|DESCRIPTION)", "bare"),
    ("description", r"(?:DESC|OFFENSE)", "colon"),
    ("statute", r"(?:STATUTE(?:\s*CITATION)?|CITATION)", "bare"),
    ("class", r"(?:OFFENSE\s*CLASS|CLASS\s*/\s*TYPE|CLASS|CL)", "colon"),
    ("disp", r"(?:(?:COURT\s*|FINAL\s*)?DISPOSITION|DISPO|DISP\.?)", "bare"),
    ("disp", r"(?:FINDING|OUTCOME|RESULT)", "colon"),
    ("sentence", r"(?:SENTENCE(?:D|\s*IMPOSED)?|SENT\.?)", "bare"),
    ("name", r"(?:NAME\s*OF\s*(?:SUBJECT|DEFENDANT)|(?:DEFENDANT|SUBJECT)(?:\s*NAME)?|DEFT\.?|NAME)", "bare"),
    ("aka", r"(?:A\.\s*K\.\s*A\.?|AKA|ALIAS(?:ES)?|ALSO\s*KNOWN\s*AS|OTHER\s*NAMES?(?:\s*USED)?)", "bare"),
    ("address", r"(?:ADDRESS|ADDR\.?|RESIDENCE)", "colon"),
    ("attr", r"(?:SEX|RACE|HGT|HEIGHT|WGT|WEIGHT|EYES?|HAIR|SKIN|POB|PLACE\s*OF\s*BIRTH|ETHNICITY|CITIZENSHIP|"
             r"SSN|SOC\.?\s*SEC\.?(?:\s*NO\.?)?|DL(?:\s*NO\.?)?|DRIVER'?S?\s*LIC(?:ENSE)?(?:\s*NO\.?)?|PHOTO)", "bare"),
]  # fmt: skip

#: Numbered labels: the number is part of the label (``CHARGE 01``, ``CYCLE 003``, ``COUNT 2``).
NUMBERED: list[tuple[str, str]] = [
    ("cycle", r"(?:ARREST\s*)?CYCLE"),
    ("charge", r"(?:CHARGE|CHG\.?|COUNT|CNT|CT\.?)"),
]
_NUM = r"(?:\s*(?:NO\.?|#))?\s*[:.]?\s*(?P<num>[0-9OolI|]{1,4})(?:\.(?=\s))?(?![\w/.-])"

_ALTS = "|".join(f"(?P<L{i}>{pat})" for i, (_, pat, _) in enumerate(LABELS))
_LABEL_RX = re.compile(rf"(?<![A-Za-z0-9])(?=[ABCDEFHILMNOPRSTVWabcdefhilmnoprstvw])(?:{_ALTS})(?![A-Za-z0-9])", re.I)
_NUMBERED_RX = [(key, re.compile(rf"(?<![A-Za-z0-9]){pat}{_NUM}", re.I)) for key, pat in NUMBERED]
_COLON = re.compile(r"\s*(?:#\s*)?[:;]\s*")
# The pattern is case-insensitive, so every case of the look-alikes must map.
_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "i": "1", "|": "1"})


@dataclass(frozen=True)
class Field:
    key: str
    value: str  # the text up to the next label, stripped
    start: int  # column of the label
    number: int | None = None  # for numbered labels
    colon: bool = False
    label: str = ""  # the label as printed


def _accept(line: str, start: int, end: int, mode: str) -> tuple[bool, bool]:
    colon = _COLON.match(line, end)
    if colon:
        return True, True
    before = line[:start]
    at_column = not before.strip() or before.endswith("  ") or before.endswith("|")
    return mode == "strong" or (mode == "bare" and at_column), False


def scan(line: str) -> list[Field]:
    """The labeled fields of one (cleaned) line, left to right."""
    hits: list[tuple[int, int, str, int | None, bool]] = []
    for key, rx in _NUMBERED_RX:
        for m in rx.finditer(line):
            before = line[: m.start()]
            if before.strip() and not before.endswith("  ") and not before.endswith("|"):
                continue
            digits = m.group("num").translate(_DIGITS)
            if not digits.isdigit():
                continue
            number = int(digits)
            hits.append((m.start(), m.end(), key, number, False))
    for m in _LABEL_RX.finditer(line):
        if any(a <= m.start() < b for a, b, *_ in hits):
            continue
        index = int((m.lastgroup or "L0")[1:])
        key, _, mode = LABELS[index]
        ok, colon = _accept(line, m.start(), m.end(), mode)
        if ok:
            hits.append((m.start(), m.end(), key, None, colon))
    hits.sort()
    # A bare label right after "LABEL:" is that label's value ("DISPOSITION:  SENTENCE VACATED").
    kept: list[tuple[int, int, str, int | None, bool]] = []
    for hit in hits:
        if kept and not hit[4] and kept[-1][4] and hit[3] is None and not line[kept[-1][1] : hit[0]].strip(" :;#"):
            continue
        kept.append(hit)
    hits = kept
    fields: list[Field] = []
    for i, (at, end, key, num, colon) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        value = line[end:stop]
        value = _COLON.sub("", value, count=1) if colon else value
        fields.append(Field(key, value.strip(" :;\t"), at, num, colon, " ".join(line[at:end].split())))
    return fields


# --------------------------------------------------------------------------
# Lines that are layout, not record

SEPARATOR = re.compile(r"^[\s\-=_*~.+|#]{3,}$")
PAGE_MARKER = re.compile(
    r"(?:\bPAGE\s*[:#]?\s*[0-9OolI]{1,4}(?:\s*(?:OF|/)\s*[0-9OolI]{1,4})?\b|^\s*-\s*\d{1,4}\s*-\s*$|"
    r"\(?\s*CONTINUED(?:\s+ON\s+NEXT\s+PAGE)?\s*\)?|\bCONT(?:INUED)?\s+FROM\s+(?:PREVIOUS\s+)?PAGE\b)",
    re.I,
)
END_MARKER = re.compile(r"\bEND\s+OF\s+(?:RECORD|TRANSCRIPT|CASE\s+SUMMARY|REPORT|RAP\s+SHEET|DOCUMENT|CASE)\b", re.I)

#: Title lines, and the kind of document each one announces.
TITLES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"ILLINOIS\s+STATE\s+POLICE|BUREAU\s+OF\s+IDENTIFICATION|CRIMINAL\s+HISTORY\s+TRANSCRIPT|"
                r"CONVICTION\s+INFORMATION|DIVISION\s+OF\s+(?:JUSTICE|FORENSIC)\s+SERVICES", re.I), "isp"),
    (re.compile(r"RECORD\s+OF\s+ARRESTS\s+AND\s+PROSECUTIONS|\bRAP\s+SHEET\b|^\s*CHICAGO\s+POLICE\s+DEPARTMENT\s*$|"
                r"RECORDS\s+DIVISION|IDENTIFICATION\s+SECTION", re.I), "cpd"),
    (re.compile(r"IN\s+THE\s+CIRCUIT\s+COURT|CLERK\s+OF\s+THE\s+CIRCUIT\s+COURT|\bCASE\s+SUMMARY\b|"
                r"CERTIFIED\s+(?:STATEMENT\s+OF\s+)?DISPOSITION|^\s*(?:CRIMINAL|MUNICIPAL|FIRST\s+MUNICIPAL)\s+"
                r"(?:DIVISION|DEPARTMENT|DISTRICT)\b", re.I), "cook"),
    (re.compile(r"ACCESS\s+AND\s+REVIEW|^\s*CONFIDENTIAL\b|FOR\s+OFFICIAL\s+USE|THIS\s+(?:RECORD|TRANSCRIPT|REPORT)\s+"
                r"(?:IS|CONTAINS|MAY)|^\s*\*+\s*$", re.I), None),
]  # fmt: skip


def title_kind(line: str) -> tuple[bool, str | None]:
    """(is this a title line, the kind of document it names)."""
    for rx, kind in TITLES:
        if rx.search(line):
            return True, kind
    return False, None


def strip_page_marker(line: str) -> str:
    return PAGE_MARKER.sub(" ", line)
