"""Records this program does not decide (illinois.md section 9): named, never skipped."""

from __future__ import annotations

import re

from reliefdesk.model.analysis import Reason
from reliefdesk.model.record import Level
from reliefdesk.rules.illinois.catalog import reason
from reliefdesk.rules.illinois.facts import ChargeFacts

_JUVENILE_CASE = re.compile(r"\d{2}\s*-?\s*J[DJA]\b|\d{2,4}J[DJA]\d", re.IGNORECASE)
_PRB_CERTIFICATE = re.compile(r"\bCE\b|CERTIFICATE OF ELIGIBILITY", re.IGNORECASE)
_PARDON = re.compile(r"PARDON", re.IGNORECASE)


def out_of_scope(f: ChargeFacts) -> Reason | None:
    """A needs-review reason when this charge belongs to a remedy handled elsewhere."""
    case = f.case
    if f.is_offense(705, "405"):
        return reason("IL_OUT_OF_SCOPE_JUVENILE", why="Juvenile Court Act statute")
    if case.case_number and _JUVENILE_CASE.search(case.case_number):
        return reason("IL_OUT_OF_SCOPE_JUVENILE", why=f"juvenile case number {case.case_number}")
    if case.court and "JUVENILE" in case.court.upper():
        return reason("IL_OUT_OF_SCOPE_JUVENILE", why=f"court {case.court}")
    raw = f.charge.disposition_raw or ""
    if f.is_conviction and _PRB_CERTIFICATE.search(raw):
        return reason("IL_OUT_OF_SCOPE_PRB")
    if _PARDON.search(raw):
        return reason("IL_OUT_OF_SCOPE_PARDON")
    if f.is_conviction and f.is_offense(720, "5", "11-14") and f.level is Level.FELONY:
        return reason("IL_OUT_OF_SCOPE_PROSTITUTION_VACATUR")
    return None


def trafficking_note(f: ChargeFacts) -> Reason | None:
    """Prostitution convictions: point to human-trafficking vacatur, 5.2(h)."""
    if f.is_conviction and f.is_offense(720, "5", "11-14", "11-14.1"):
        return reason("IL_OUT_OF_SCOPE_TRAFFICKING")
    return None
