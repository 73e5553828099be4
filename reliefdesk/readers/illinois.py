"""Illinois rap sheets: the ISP criminal history transcript, the CPD RAP sheet,
the Cook County clerk's case summary, and any mix of them for one person.

Stages (as in Code for America's rap sheet parser): clean-up
(:mod:`~reliefdesk.readers.cleanup`), line classifier
(:mod:`~reliefdesk.readers.il_lines`), builder
(:mod:`~reliefdesk.readers.il_build`), merge by case number
(:mod:`~reliefdesk.readers.merge`). Every line ends up used or unplaced in
the report, every doubtful value in ``unsure``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reliefdesk.model import Jurisdiction, Record, Source
from reliefdesk.readers.base import (
    ImportReport,
    ReadError,
    ReadResult,
    SourceLine,
    TextFormat,
    TextPage,
    Unsure,
    numbered_lines,
)
from reliefdesk.readers.il_build import Builder
from reliefdesk.readers.merge import merge_cases

NAME = "il-text"
KINDS = {"isp": "ISP criminal history transcript", "cpd": "CPD RAP sheet", "cook": "Cook County case summary"}
NOT_A_RAP_SHEET = "this does not look like a rap sheet: no arrest, case or charge found"

_SIGNS: list[tuple[str, re.Pattern[str], float]] = [
    ("isp", re.compile(r"ILLINOIS\s+STATE\s+POLICE|CRIMINAL\s+HISTORY\s+TRANSCRIPT|BUREAU\s+OF\s+IDENTIFICATION", re.I), 3),
    ("isp", re.compile(r"^\s*CYCLE\s*[0-9O]{1,4}\b", re.I | re.M), 2),
    ("isp", re.compile(r"\bDCN\b", re.I), 1),
    ("cpd", re.compile(r"RECORD\s+OF\s+ARRESTS\s+AND\s+PROSECUTIONS|^\s*CHICAGO\s+POLICE\s+DEPARTMENT\s*$", re.I | re.M), 3),
    ("cpd", re.compile(r"\bIR\s*(?:NO|#)|\bCB\s*(?:NO|#)|\bRD\s*(?:NO|#)", re.I), 1.5),
    ("cpd", re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s+\d{6,}", re.M), 1),
    ("cook", re.compile(r"CIRCUIT\s+COURT\s+OF\s+COOK\s+COUNTY|CLERK\s+OF\s+THE\s+CIRCUIT\s+COURT|\bCASE\s+SUMMARY\b", re.I), 3),
    ("cook", re.compile(r"^\s*Case\s+Number\s*:", re.I | re.M), 1.5),
    ("cook", re.compile(r"^\s*Defendant\s*:", re.I | re.M), 1),
]  # fmt: skip
_RECORDISH = re.compile(
    r"\bILCS\b|\bARREST(?:ING)?\b|\bCHARGE\b|\bDISPOSITION\b|\bDISP\b|\bCASE\s+(?:NO|NUMBER|#)|\bCOURT\s+CASE\b|"
    r"\bSTATUTE\b|\bNOLLE\b|\bGUILTY\b|\bSENTENCE\b",
    re.I,
)
_ILLINOIS = re.compile(r"\bILCS\b|\bILLINOIS\b|\bCOOK\s+COUNTY\b|\bCHICAGO\b|\bIL\d{7,8}\b|\b\d{3}-\d{1,4}/\d", re.I)


def kind_scores(text: str) -> dict[str, float]:
    scores = {k: 0.0 for k in KINDS}
    for kind, rx, weight in _SIGNS:
        if rx.search(text):
            scores[kind] += weight
    return scores


def detect_kind(text: str) -> str:
    """Which Illinois document ``text`` is (the first one, in a mix)."""
    scores = kind_scores(text[:6000])
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "isp"


def detect(text: str) -> float:
    """How sure we are that ``text`` is an Illinois rap sheet (0..1)."""
    sample = text[:20000]
    record_words = len(_RECORDISH.findall(sample))
    if record_words == 0:
        return 0.0
    score = 0.15 + min(0.3, 0.05 * record_words)
    score += min(0.45, 0.09 * max(kind_scores(sample).values()))
    if _ILLINOIS.search(sample):
        score += 0.15
    return min(1.0, score)


def read(pages: list[TextPage], filename: str | None = None) -> ReadResult:
    lines = numbered_lines(pages)
    full = "\n".join(ln.text for ln in lines)
    report = ImportReport(format=NAME)
    builder = Builder(detect_kind(full))
    used: list[SourceLine] = []
    for ln in lines:
        role = builder.feed(ln)
        if role == "blank":
            continue
        if role is None:
            report.unplaced.append(ln)
        else:
            used.append(SourceLine(ln.number, ln.text, ln.page, role))
    report.used = used
    person, built = builder.finish()
    if not built or not any(b.case.charges or b.case.case_number for b in built):
        raise ReadError(NOT_A_RAP_SHEET)
    cases, conflicts, moved = merge_cases([(b.case, b.source) for b in built])
    report.conflicts = [*builder.conflicts, *conflicts]
    report.kinds = list(dict.fromkeys(builder.kinds))
    seen_case = {ci: moved[(ci, 0)][0] for ci, b in enumerate(built) if b.case.charges}
    for ci, b in enumerate(built):
        target_case = seen_case.get(ci, _case_index(cases, b))
        for charge_index, note in b.notes:
            if charge_index is None:
                where = f"cases[{target_case}].{note.field}"
            else:
                ti, tj = moved.get((ci, charge_index), (target_case, charge_index))
                where = f"cases[{ti}].charges[{tj}].{note.field}"
            report.unsure.append(Unsure(where, note.value, note.why, note.line))
    for note in builder.person.notes:
        report.unsure.append(Unsure(note.field, note.value, note.why, note.line))
    for sl, text in builder.leftovers:
        report.notes.append(f"line {sl.number}: part not read: {text}")
    record = Record(
        jurisdiction=Jurisdiction.IL,
        person=person,
        cases=tuple(cases),
        source=Source(format=NAME, file=filename),
    )
    return ReadResult(record=record, report=report, text=full)


def _case_index(cases: Sequence[object], built: object) -> int:
    for i, c in enumerate(cases):
        if c is getattr(built, "case", None):
            return i
    return 0


FORMAT = TextFormat(
    name=NAME,
    description="Illinois rap sheet: ISP transcript, CPD RAP sheet, Cook County case summary (text, PDF or scan)",
    detect=detect,
    read=read,
)
