"""Hand-made California records for the rule tests (what a volunteer would type)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from reliefdesk.model import (
    Analysis,
    Case,
    Charge,
    ChargeResult,
    Disposition,
    Jurisdiction,
    Level,
    Person,
    Record,
    Sentence,
    SentenceKind,
)
from reliefdesk.rules.california import CaOptions, analyze, analyze_with_options

AS_OF = date(2026, 12, 1)


def charge(statute: str, level: Level | None = Level.FELONY, disposition: Disposition = Disposition.CONVICTED,
           sentence_end: date | None = None, **kw: Any) -> Charge:
    section, _, code = statute.partition(" ")
    base = section.split("(")[0]
    sentence = Sentence(kind=SentenceKind.PROBATION, length="3 years", end=sentence_end) if sentence_end else None
    return Charge(statute=statute, section=base, code=code, level=level, disposition=disposition, sentence=sentence, **kw)


def case(number: str, when: date, *charges: Charge, arrest: date | None = None, **extra: Any) -> Case:
    dated = tuple(replace(c, disposition_date=c.disposition_date or when) for c in charges)
    return Case(case_number=number, county="LOS ANGELES", court="CASC LOS ANGELES", arrest_date=arrest,
                charges=dated, extra={"event": "court", **extra})


def record(*cases: Case, **person: Any) -> Record:
    p = {"name": "DOE, JANE", "dob": date(1970, 1, 1), "deceased": False, "registrations": (), **person}
    return Record(jurisdiction=Jurisdiction.CA, person=Person(**p), cases=cases)


def run(rec: Record, answers: dict[str, str] | None = None, as_of: date = AS_OF) -> Analysis:
    return analyze(rec, as_of, as_of, answers or {})


def run_opts(rec: Record, opts: CaOptions, as_of: date = AS_OF) -> Analysis:
    return analyze_with_options(rec, as_of, opts)


def result(analysis: Analysis, case_index: int = 0, charge_index: int = 0) -> ChargeResult:
    return next(c for c in analysis.charges if c.extra["case_index"] == case_index and c.charge_index == charge_index)


def codes(r: ChargeResult) -> list[str]:
    return [x.code for x in r.reasons]
