"""The three Illinois demo people with analyses written out by hand.

These are real inputs to the documents layer (an :class:`Analysis` built the
way the engine builds it), not mocks: they pin the outcomes the documents
tests need, independent of the engine's progress. The outcomes follow
/work/shared/law/illinois.md as of the 2026 rules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from reliefdesk.model import (
    Analysis,
    Case,
    CaseResult,
    Charge,
    ChargeResult,
    Disposition,
    Level,
    OffenseClass,
    Question,
    Reason,
    Record,
    Relief,
    Sentence,
    SentenceKind,
    Status,
    record_from_json,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
AS_OF = date(2026, 11, 21)

R = Relief
S = Status


def load(name: str) -> Record:
    return record_from_json((DEMO / f"{name}.record.json").read_text(encoding="utf-8"))


_REASONS = {
    "IL_CANNABIS_VACATE": ("20 ILCS 2630/5.2(i)(3)",
                           "A misdemeanor or Class 4 felony cannabis conviction from before June 25, 2019 can be "
                           "vacated and expunged by motion once the sentence is complete."),
    "IL_EXP_DISMISSED": ("20 ILCS 2630/5.2(b)(1)(A)",
                         "Charges that were dismissed can be expunged right away."),
    "IL_EXP_ACQUITTED": ("20 ILCS 2630/5.2(b)(1)(A)", "A charge that ended in acquittal can be expunged right away."),
    "IL_EXP_RELEASED": ("20 ILCS 2630/5.2(b)(1)(A)",
                        "An arrest that ended in release without charging can be expunged right away."),
    "IL_EXP_SUPERVISION_2Y": ("20 ILCS 2630/5.2(b)(2)(B)(ii)",
                              "Supervision completed successfully can be expunged 2 years after it ended."),
    "IL_EXP_QUALIFIED_PROBATION_5Y": ("20 ILCS 2630/5.2(b)(2)(C)",
                                      "Qualified probation completed successfully can be expunged 5 years after "
                                      "it ended."),
    "IL_SEAL_FELONY_PRISON_3Y": ("20 ILCS 2630/5.2(c)(2)(C)",
                                 "A felony conviction with a completed prison sentence can be sealed 3 years "
                                 "after the last sentence ended."),
    "IL_SEAL_MISD_2Y": ("20 ILCS 2630/5.2(c)(2)(C)",
                        "A misdemeanor conviction can be sealed 2 years after the last sentence ended."),
    "IL_EXCLUDED_DUI": ("20 ILCS 2630/5.2(a)(3)(A)", "DUI cannot be expunged or sealed."),
    "IL_EXCLUDED_DOMESTIC_BATTERY": ("20 ILCS 2630/5.2(a)(3)(C)",
                                     "Domestic battery convictions cannot be sealed."),
}


def reason(code: str, **values: str) -> Reason:
    cite, text = _REASONS[code]
    return Reason(code, cite, text, values)


def analysis_for(record: Record, outcomes: dict[int, tuple[Relief, Status, date | None, str]],
                 as_of: date = AS_OF, questions: dict[int, Question] | None = None) -> Analysis:
    """outcomes: case index -> (relief, status, eligible_on, reason code)."""
    charges = []
    cases = []
    for i, case in enumerate(record.cases):
        relief, status, on, code = outcomes[i]
        why = (reason(code),)
        qs = (questions[i],) if questions and i in questions else ()
        for j, ch in enumerate(case.charges):
            charges.append(ChargeResult(case.case_number, j, ch.statute, relief, status, on, reasons=why,
                                        questions=qs))
        cases.append(CaseResult(case.case_number, relief, status, on, reasons=why))
    return Analysis("IL", as_of, as_of, "IL-2026-06", "20 ILCS 2630/5.2 as amended by P.A. 104-0459 (rules 2026-06)",
                    charges=tuple(charges), cases=tuple(cases))


def washington() -> tuple[Record, Analysis]:
    rec = load("washington")
    return rec, analysis_for(rec, {
        0: (R.VACATE_EXPUNGE, S.ELIGIBLE_NOW, date(2012, 7, 19), "IL_CANNABIS_VACATE"),
        1: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2016, 11, 4), "IL_EXP_SUPERVISION_2Y"),
        2: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2017, 5, 15), "IL_EXP_DISMISSED"),
        3: (R.NONE, S.NOT_ELIGIBLE, None, "IL_EXCLUDED_DUI"),
    })


def kowalski() -> tuple[Record, Analysis]:
    rec = load("kowalski")
    return rec, analysis_for(rec, {
        0: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2004, 8, 2), "IL_EXP_DISMISSED"),
        1: (R.VACATE_EXPUNGE, S.ELIGIBLE_NOW, date(2010, 9, 22), "IL_CANNABIS_VACATE"),
        2: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2016, 10, 14), "IL_EXP_RELEASED"),
        3: (R.SEAL, S.ELIGIBLE_NOW, date(2024, 1, 15), "IL_SEAL_FELONY_PRISON_3Y"),
    })


def hernandez() -> tuple[Record, Analysis]:
    rec = load("hernandez")
    return rec, analysis_for(rec, {
        0: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2021, 12, 18), "IL_EXP_QUALIFIED_PROBATION_5Y"),
        1: (R.NONE, S.NOT_ELIGIBLE, None, "IL_EXCLUDED_DOMESTIC_BATTERY"),
        2: (R.EXPUNGE, S.ELIGIBLE_NOW, date(2021, 2, 10), "IL_EXP_ACQUITTED"),
    })


def forty_cases() -> tuple[Record, Analysis]:
    """A person with 40 cases in Cook County: 24 to expunge, 16 to seal, each one distinct."""
    base = load("washington")
    cases = []
    outcomes: dict[int, tuple[Relief, Status, date | None, str]] = {}
    start = date(2001, 1, 5)
    for i in range(40):
        arrest = start + timedelta(days=97 * i)
        if i % 5 in (0, 1, 2):
            ch = Charge(statute="720 ILCS 5/21-3(a)(2)", description=f"CRIMINAL TRESPASS TO LAND COUNT {i + 1}",
                        level=Level.MISDEMEANOR, offense_class=OffenseClass.B, disposition=Disposition.DISMISSED,
                        disposition_raw="NOLLE PROSEQUI", disposition_date=arrest + timedelta(days=40))
            outcomes[i] = (R.EXPUNGE, S.ELIGIBLE_NOW, arrest, "IL_EXP_DISMISSED")
        else:
            ch = Charge(statute="720 ILCS 5/16-25(a)(1)", description=f"RETAIL THEFT COUNT {i + 1}",
                        level=Level.MISDEMEANOR, offense_class=OffenseClass.A, disposition=Disposition.CONVICTED,
                        disposition_raw="FINDING OF GUILTY", disposition_date=arrest + timedelta(days=60),
                        sentence=Sentence(SentenceKind.CONDITIONAL_DISCHARGE, "6 months", arrest,
                                          arrest + timedelta(days=240)))
            outcomes[i] = (R.SEAL, S.ELIGIBLE_NOW, date(2024, 1, 1), "IL_SEAL_MISD_2Y")
        cases.append(Case(case_number=f"{arrest.year}-MC1-{100000 + i:06d}", county="Cook", arrest_date=arrest,
                          agency="CHICAGO POLICE DEPARTMENT", charges=(ch,)))
    rec = replace(base, cases=tuple(cases))
    return rec, analysis_for(rec, outcomes)
