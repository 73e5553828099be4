"""Stage 1 of the CA DOJ rap sheet reader: repair OCR damage line by line.

Scanned rap sheets come back from OCR with known confusions: ``CNI:`` for
``CNT:``, ``COURI`` for ``COURT``, a lost first letter (``RR/DET/CITE``,
``ISPO:``), ``CP-`` for ``PC-``, letters for digits in dates and count
numbers, doubled letters (``DISMISSSED``). :data:`CONFUSIONS` is the table of
those repairs; :func:`clean_line` applies it to one line and says whether it
changed anything (the reader reports repaired lines as "unsure" only when the
repair changed what a value means, never silently drops a line).

The table is ordered: label repairs first (they anchor at the start of the
line), then word repairs anywhere in the line.
"""

from __future__ import annotations

import re

#: (what OCR printed, what the sheet said). Patterns are applied in order.
CONFUSIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # Event labels at the start of a line.
        (r"^(\s*)(?:A?R{1,2}|AF?R|ARR|AAR)\s*/\s*(?:D?[EF][TI7]|OET|DFT)\s*/\s*(?:C?[I1lL][TI7][EF]|GITE)\b", r"\1ARR/DET/CITE"),
        (r"^(\s*)(?:C?[O0Q]UR[TI17]|C[O0Q]U?RT|COUR\s+T)\s*[:;]", r"\1COURT:"),
        (r"^(\s*)(?:C?USTODY|CUST[O0]DY|CU5TODY)\s*[:;]", r"\1CUSTODY:"),
        (r"^(\s*)(?:A?PPLICANT|APPL[I1l]CANT)\s*[:;]", r"\1APPLICANT:"),
        (r"^(\s*)(?:R?EGISTRATION|REG[I1l]STRAT[I1l]ON)\s*[:;]", r"\1REGISTRATION:"),
        (r"^(\s*)(?:D?ECEASED|DECEA5ED)\s*[:;]", r"\1DECEASED:"),
        (r"^(\s*)(?:P?ROBATION|PR[O0]BATI[O0]N)\s*[:;]", r"\1PROBATION:"),
        (r"^(\s*)(?:S?UPPLEMENTAL\s+ARR)\s*[:;]", r"\1SUPPLEMENTAL ARR:"),
        # Count label: CNT:, CNI:, CN1:, CMT:, NT: (lost C).
        (r"^(\s*)(?:C?N[TI1lJ7]|CMT|GNT|ONT)\s*[:;.]\s*(?=[0-9OolI])", r"\1CNT:"),
        # Alias selector on an event line.
        (r"\bNAME?\s*[:;]\s*(?=[0-9OolI]{2})", "NAM:"),
        # Disposition, conviction status, sentence and comment keys.
        (r"^(\s*\*?\s*)(?:D?[I1l]SP[O0Q]|D[I1l]5PO|ISPO)\s*[:;]", r"\1DISPO:"),
        (r"^(\s*)(?:C?[O0]NV|CQNV)\s*STAT\s*US\s*[:;]", r"\1CONV STATUS:"),
        (r"^(\s*)(?:S?EN|5EN)\s*[:;](?!\s*FROM)", r"\1SEN:"),
        (r"^(\s*)(?:C?[O0]M|CQM)\s*[:;]", r"\1COM:"),
        # Words anywhere.
        (r"DISMIS{3,}ED", "DISMISSED"),
        (r"D[I1l]SM[I1l]SSED", "DISMISSED"),
        (r"(?<![A-Z])(?:C[O0]NV[I1l]CTED|ONVICTED|C0NV1CTED)", "CONVICTED"),
        (r"(?<![A-Z])(?:FE[L1I]ONY|ELONY(?<!FELONY))(?![A-Z])", "FELONY"),
        (r"(?<![A-Z])(?:M[I1l]SDEMEANOR|ISDEMEANOR)(?![A-Z])", "MISDEMEANOR"),
        (r"(?<![A-Z])(?:[I1l]NFRACT[I1l]ON|NFRACTION)(?![A-Z])", "INFRACTION"),
        (r"PR[O0]BAT[I1l][O0]N", "PROBATION"),
        # Code of a charge right after its section: CP- for PC-, H5 for HS ...
        (r"(\d[0-9A-Z().]*)\s*(?:CP|P\s+C|PG|P0)\s*-", r"\1 PC-"),
        (r"(\d[0-9A-Z().]*)\s*(?:H5|5H|SH|H\s+S)\s*-", r"\1 HS-"),
        (r"(\d[0-9A-Z().]*)\s*(?:CV|V\s+C)\s*-", r"\1 VC-"),
    )
)

_DIGITS = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "i": "1", "S": "5", "B": "8", "Z": "2"})

#: A date at the start of a line, possibly with letters OCR read for digits.
_DATE_LIKE = re.compile(r"^(\s*)([0-9OoQlIiSBZ]{8})(?=\s|$)")
#: Count numbers split by spaces: ``CNT:0    1`` or ``CNT:O1``.
_COUNT_NUM = re.compile(r"^(\s*CNT:)\s*([0-9OolI](?:\s{0,6}[0-9OolI]){0,2})(?=\s*(?:-|#|\*|$))")
#: The alias number of an event: ``NAM:0l`` -> ``NAM:01``.
_NAM_NUM = re.compile(r"NAM:\s*([0-9OolI]{2})(?![0-9A-Za-z])")
_UNICODE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\t": "    "})


#: A token OCR makes of a printed ``*`` (``kK``, ``x``, ``%`` ...).
_STARISH = re.compile(r"^[*kKeExX+%#&\u00b0\u00bb\u00aboO]{1,3}$")
#: A box border OCR read as letters: ``KEKE KRKEKRKRKER RRR ...``.
_STAR_BOX = re.compile(r"^[*kKeErRxX\s]+$")
_DASHISH = re.compile(r"^[-~_=\u2014\u2013.]{1,2}$")


def _star_rule(text: str) -> str | None:
    """``kK kK Kk OK`` (OCR of ``* * * *``) -> ``* * * *``; None if not a rule line."""
    tokens = text.split()
    compact = "".join(tokens)
    if len(compact) >= 12 and _STAR_BOX.match(text) and compact.count("K") + compact.count("*") >= 4:
        return "*" * len(compact)
    if len(tokens) == 2 and all(_STARISH.match(t) for t in tokens) and "*" in compact + "K" and len(text) > 20:
        return "**" + " " * (len(text) - 4) + "**"
    if len(tokens) < 3:
        return None
    if all(_STARISH.match(t) for t in tokens) and any(re.search(r"[*kKxX]", t) for t in tokens):
        return " ".join("*" for _ in tokens)
    if all(_DASHISH.match(t) for t in tokens) and len(tokens) <= 6:
        return " ".join("-" for _ in tokens)
    return None


def clean_line(line: str) -> str:
    """The line with known OCR confusions repaired (layout kept)."""
    text = line.translate(_UNICODE).rstrip()
    rule = _star_rule(text)
    if rule is not None:
        return rule
    for pattern, repl in CONFUSIONS:
        text = pattern.sub(repl, text)
    m = _DATE_LIKE.match(text)
    if m:
        raw = m.group(2)
        if sum(ch.isdigit() for ch in raw) >= 5:
            text = m.group(1) + raw.translate(_DIGITS) + text[m.end(2):]
    text = _NAM_NUM.sub(lambda m: "NAM:" + m.group(1).translate(_DIGITS), text)
    m = _COUNT_NUM.match(text)
    if m:
        digits = re.sub(r"\s+", "", m.group(2)).translate(_DIGITS)
        text = m.group(1) + digits + text[m.end(2):]
    return text


#: A page number or footer that a PDF print or scan puts inside a count.
PAGE_FOOTER = re.compile(
    r"^\s*(?:PAGE\s*\d+(?:\s*(?:OF|/)\s*\d+)?|\d+\s*(?:OF|/)\s*\d+|-\s*\d+\s*-|\d{1,3})\s*$",
    re.IGNORECASE,
)
