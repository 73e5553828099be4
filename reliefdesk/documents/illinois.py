"""From an Illinois record and its analysis to the contexts that fill the Illinois forms.

One packet per county (20 ILCS 2630/5.2(d)(1)). The case-level relief decides
where a case goes: ``expunge`` rows and ``seal`` rows go on the adult Request
and Order; ``vacate_expunge`` cases go on the cannabis Motion, Notice and
Order. Only cases that are eligible *now* are put on a form; the client letter
says what is later, what needs review and what cannot be done.

The contexts are plain mappings (see forms/README.md); the form definitions
decide where each value goes and how it is worded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reliefdesk.model import (
    Analysis,
    Case,
    CaseResult,
    Charge,
    ChargeResult,
    Disposition,
    Level,
    OffenseClass,
    Record,
    Relief,
    SentenceKind,
    Status,
)

ADULT_FORMS = ("IL-EXP-SEAL-REQUEST", "IL-EXP-SEAL-ORDER")
CANNABIS_FORMS = ("IL-CXP-MOTION", "IL-CXP-NOTICE", "IL-CXP-ORDER")

#: The cannabis motion asks the movant to confirm a conviction before this date (P.A. 101-0027).
CANNABIS_CUTOFF = date(2019, 6, 25)

UNKNOWN_COUNTY = "Unknown county"

_NON_CONVICTION = {
    Disposition.RELEASED_WITHOUT_CHARGING: "released",
    Disposition.ACQUITTED: "acquitted",
    Disposition.DISMISSED: "dismissed",
    Disposition.STRICKEN_WITH_LEAVE: "dismissed",
    Disposition.VACATED: "vacated",
    Disposition.SUPERVISION: "supervision",
    Disposition.QUALIFIED_PROBATION: "qualified_probation",
}
_CANNABIS_STATUTE = re.compile(r"720 ILCS 550/[45]\b")


def us_date(d: date | None) -> str:
    return d.strftime("%m/%d/%Y") if d else ""


def display_name(name: str | None) -> str:
    """ "WASHINGTON, DENISE M" -> "DENISE M WASHINGTON" (the spelling and case are kept)."""
    if not name:
        return ""
    last, comma, rest = name.partition(",")
    return f"{rest.strip()} {last.strip()}".strip() if comma else name.strip()


def county_key(county: str | None) -> str:
    return county.strip().title() if county and county.strip() else UNKNOWN_COUNTY


@dataclass(frozen=True)
class PairedCase:
    """A case of the record with the engine's results for it."""

    index: int
    case: Case
    result: CaseResult | None
    charges: tuple[ChargeResult, ...]

    @property
    def county(self) -> str:
        return county_key(self.case.county)

    @property
    def number(self) -> str:
        """The number the forms use: the court case number, else the arrest number."""
        return self.case.case_number or (self.case.other_numbers[0] if self.case.other_numbers else "")


def pair_cases(record: Record, analysis: Analysis) -> list[PairedCase]:
    """Match each case of the record to its :class:`CaseResult` and charge results.

    Results are matched by case number (or one of the case's other numbers);
    cases without a number take the unnumbered results in order.
    """
    by_number: dict[str, list[CaseResult]] = {}
    for cr in analysis.cases:
        by_number.setdefault(cr.case_number or "", []).append(cr)
    charges_by: dict[str, list[ChargeResult]] = {}
    for ch in analysis.charges:
        charges_by.setdefault(ch.case_number or "", []).append(ch)
    out = []
    for i, case in enumerate(record.cases):
        keys = [case.case_number] if case.case_number else []
        keys += list(case.other_numbers)
        if not case.case_number:
            keys.append("")
        result = None
        charges: list[ChargeResult] = []
        for k in keys:
            if k in by_number and by_number[k]:
                result = by_number[k].pop(0)
                break
        for k in keys:
            if k in charges_by and charges_by[k]:
                # Unnumbered charge results: take as many as the case has charges.
                if k == "":
                    charges = charges_by[k][: len(case.charges)]
                    del charges_by[k][: len(case.charges)]
                else:
                    charges = charges_by.pop(k)
                break
        out.append(PairedCase(i, case, result, tuple(charges)))
    return out


def is_eligible_now(p: PairedCase) -> bool:
    return p.result is not None and p.result.status is Status.ELIGIBLE_NOW and p.result.relief in (
        Relief.VACATE_EXPUNGE, Relief.EXPUNGE, Relief.SEAL)


# --------------------------------------------------------------------------
# Rows


def _charge_line(ch: Charge) -> str:
    desc = (ch.description or "").strip()
    statute = (ch.statute or ch.statute_raw or "").strip()
    if desc and statute:
        return f"{desc} ({statute})"
    return desc or statute or "charge not named on the record"


def _is_felony(ch: Charge) -> bool | None:
    if ch.level is Level.FELONY:
        return True
    if ch.level is not None:
        return False
    if ch.offense_class in (OffenseClass.X, OffenseClass.ONE, OffenseClass.TWO, OffenseClass.THREE,
                            OffenseClass.FOUR):
        return True
    if ch.offense_class in (OffenseClass.A, OffenseClass.B, OffenseClass.C):
        return False
    return None


def _class_text(results: Sequence[ChargeResult], index: int | None) -> str:
    """The engine's reading of a charge's class ("Class 4 felony"), when it had to infer it."""
    if index is None:
        return ""
    return (_value_from_results(results, index, "class_text") or "").lower()


def outcome_kind(ch: Charge, results: Sequence[ChargeResult] = (), index: int | None = None) -> str:
    """The form's outcome kind for a charge (the form's ``maps`` turn it into a code)."""
    if ch.disposition in _NON_CONVICTION:
        return _NON_CONVICTION[ch.disposition]
    felony = _is_felony(ch)
    if felony is None:
        inferred = _class_text(results, index)
        if "felony" in inferred:
            felony = True
        elif "misdemeanor" in inferred:
            felony = False
    if felony is None:
        return "conviction"
    return "felony_conviction" if felony else "misdemeanor_conviction"


def _numbers(case: Case) -> str:
    main = case.case_number or ""
    others = [n for n in case.other_numbers if n and n != main]
    if not main and others:
        main, others = others[0], others[1:]
    return f"{main}\n(also {', '.join(others)})" if others else main


def case_row(p: PairedCase, n: int) -> dict[str, Any]:
    case = p.case
    return {
        "n": str(n),
        "number": _numbers(case),
        "case_number": p.number,
        "agency": case.agency or "",
        "charges": [_charge_line(ch) for ch in case.charges],
        "arrest_date": us_date(case.arrest_date),
        "outcomes": [outcome_kind(ch, p.charges, i) for i, ch in enumerate(case.charges)],
        "county": p.county,
    }


def _value_from_results(results: Sequence[ChargeResult], index: int, key: str) -> str | None:
    for r in results:
        if r.charge_index != index:
            continue
        if key in r.extra and r.extra[key]:
            return str(r.extra[key])
        for reason in r.reasons:
            if reason.values.get(key):
                return str(reason.values[key])
    return None


def cannabis_class(ch: Charge, index: int, results: Sequence[ChargeResult]) -> str:
    """ "misdemeanor", "felony4" or "" (unknown: left for the volunteer)."""
    level = ch.level.value if ch.level else _value_from_results(results, index, "level")
    klass = ch.offense_class.value if ch.offense_class else _value_from_results(results, index, "class")
    inferred = _class_text(results, index)
    if level == "misdemeanor" or klass in ("A", "B", "C") or "misdemeanor" in inferred:
        return "misdemeanor"
    if klass == "4" or inferred == "class 4 felony":
        return "felony4"
    return ""


def cannabis_row(p: PairedCase, n: int) -> dict[str, Any]:
    convictions = [(i, ch) for i, ch in enumerate(p.case.charges)
                   if ch.disposition not in _NON_CONVICTION and _CANNABIS_STATUTE.search(ch.statute or "")]
    if not convictions:
        convictions = [(i, ch) for i, ch in enumerate(p.case.charges) if ch.disposition not in _NON_CONVICTION]
    classes = {cannabis_class(ch, i, p.charges) for i, ch in convictions}
    klass = classes.pop() if len(classes) == 1 else ""
    row = case_row(p, n)
    row["charges"] = [_charge_line(ch) for _, ch in convictions] or row["charges"]
    row["class"] = klass
    dates = [ch.disposition_date or p.case.arrest_date for _, ch in convictions]
    row["convicted_before_cutoff"] = bool(dates) and all(d is not None and d < CANNABIS_CUTOFF for d in dates)
    return row


# --------------------------------------------------------------------------
# Grounds (which numbered items of the Request are ticked)


def expunge_grounds(cases: Sequence[PairedCase]) -> dict[str, bool]:
    kinds = {outcome_kind(ch, p.charges, i) for p in cases for i, ch in enumerate(p.case.charges)}
    return {
        "released": "released" in kinds,
        "acquitted": "acquitted" in kinds,
        "dismissed_or_vacated": bool(kinds & {"dismissed", "vacated"}),
        "qualified_probation": "qualified_probation" in kinds,
        "supervision": "supervision" in kinds,
    }


def seal_grounds(cases: Sequence[PairedCase]) -> tuple[dict[str, bool], list[str]]:
    g = {k: False for k in ("seal_nonconviction", "seal_supervision", "seal_misdemeanor", "seal_education",
                            "seal_felony_probation", "seal_felony_revoked", "seal_felony_prison")}
    notes: list[str] = []
    for p in cases:
        codes = {r.code for c in p.charges for r in c.reasons} | {r.code for r in (p.result.reasons if p.result else ())}
        if any("EDUCATION" in code for code in codes):
            g["seal_education"] = True
        for i, ch in enumerate(p.case.charges):
            kind = outcome_kind(ch, p.charges, i)
            if kind in ("released", "acquitted", "dismissed", "vacated"):
                g["seal_nonconviction"] = True
            elif kind in ("supervision", "qualified_probation"):
                g["seal_supervision"] = True
            elif kind == "misdemeanor_conviction":
                g["seal_misdemeanor"] = True
            elif kind == "felony_conviction":
                s = ch.sentence
                sk = s.kind if s else None
                if s is not None and s.revoked:
                    g["seal_felony_revoked"] = True
                elif sk in (SentenceKind.PRISON, SentenceKind.JAIL, SentenceKind.TIME_SERVED):
                    g["seal_felony_prison"] = True
                elif sk in (SentenceKind.PROBATION, SentenceKind.CONDITIONAL_DISCHARGE):
                    g["seal_felony_probation"] = True
                else:
                    notes.append(f"Case {p.number}: the felony sentence is not on the record; tick item 19a, 19b "
                                 "or 19c by hand.")
            else:
                notes.append(f"Case {p.number}: the record does not say whether the conviction is a misdemeanor "
                             "or a felony; correct the outcome code (MC or FC) and tick item 17 or 19.")
    return g, notes


# --------------------------------------------------------------------------
# The packet plan for one county


@dataclass
class CountyPlan:
    county: str
    #: (form id, context) in print order; continuation forms are added when rendering.
    documents: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    expunge: list[PairedCase] = field(default_factory=list)
    seal: list[PairedCase] = field(default_factory=list)
    cannabis: list[PairedCase] = field(default_factory=list)


def split_address(address: str) -> tuple[str, str]:
    text = (address or "").strip()
    if not text:
        return "", ""
    for sep in ("\n", ","):
        if sep in text:
            street, _, rest = text.partition(sep)
            return street.strip(), rest.strip().replace("\n", ", ")
    return text, ""


def person_context(record: Record, settings: Mapping[str, str]) -> dict[str, Any]:
    p = record.person
    address = settings.get("petitioner_address") or p.address or ""
    street, city = split_address(address)
    extra = p.extra or {}
    return {
        "name": display_name(p.name),
        "name_as_recorded": p.name or "",
        "other_names": "; ".join(display_name(a) for a in p.aliases),
        "dob": us_date(p.dob),
        "race": str(extra.get("race") or ""),
        "gender": str(extra.get("gender") or extra.get("sex") or ""),
        "address": ", ".join(x for x in (street, city) if x),
        "street": street,
        "city_state_zip": city,
        "phone": settings.get("petitioner_phone", ""),
        "email": settings.get("petitioner_email", ""),
    }


def base_context(record: Record, analysis: Analysis, county: str, settings: Mapping[str, str]) -> dict[str, Any]:
    clinic = settings.get("clinic_name", "")
    clinic_line = ", ".join(x for x in (clinic, settings.get("clinic_address", "")) if x)
    return {
        "court": {"county": county if county != UNKNOWN_COUNTY else "",
                  "county_upper": county.upper() if county != UNKNOWN_COUNTY else ""},
        "person": person_context(record, settings),
        "preparer": {
            "clinic_name": clinic,
            "clinic_address": settings.get("clinic_address", ""),
            "volunteer_name": settings.get("volunteer_name", ""),
            "line": clinic_line,
            "by_clinic": bool(clinic),
            "self": False,
        },
        "filing": {"iso": analysis.filing_date.isoformat(), "date": us_date(analysis.filing_date)},
        "as_of": {"iso": analysis.as_of.isoformat(), "date": us_date(analysis.as_of)},
        "rules": {"version": analysis.rules_version, "label": analysis.rules_label},
        "court_date": {"date": settings.get("court_date", ""), "time": settings.get("court_time", ""),
                       "room": settings.get("courtroom", ""), "address": settings.get("courthouse_address", "")},
        "overflow": {},
    }


def plan_packets(record: Record, analysis: Analysis, settings: Mapping[str, str] | None = None,
                 county: str | None = None) -> list[CountyPlan]:
    """The documents to print, one :class:`CountyPlan` per county with something eligible now."""
    settings = settings or {}
    paired = pair_cases(record, analysis)
    counties: dict[str, CountyPlan] = {}
    for p in paired:
        if not is_eligible_now(p):
            continue
        if county is not None and p.county.lower() != county_key(county).lower():
            continue
        plan = counties.setdefault(p.county, CountyPlan(p.county))
        assert p.result is not None
        if p.result.relief is not Relief.VACATE_EXPUNGE and any(
            c.relief is Relief.VACATE_EXPUNGE and c.status is Status.ELIGIBLE_NOW for c in p.charges
        ):
            plan.notes.append(
                f"Case {p.number}: its cannabis conviction could be vacated and expunged by Motion first, after "
                f"which the whole case could be expunged; this packet asks to {p.result.relief.value} the case "
                "(the case-level result). A lawyer should choose."
            )
        {Relief.EXPUNGE: plan.expunge, Relief.SEAL: plan.seal, Relief.VACATE_EXPUNGE: plan.cannabis}[
            p.result.relief].append(p)
    plans = []
    for name in sorted(counties, key=lambda c: (c == UNKNOWN_COUNTY, c)):
        plan = counties[name]
        if name == UNKNOWN_COUNTY:
            plan.notes.append("The record does not name the county of some cases: write the county on the forms, "
                              "and file in the county of arrest or charge.")
        if plan.expunge or plan.seal:
            ctx = base_context(record, analysis, name, settings)
            ctx["expunge"] = {"rows": [case_row(p, i) for i, p in enumerate(plan.expunge, 1)],
                              "any": bool(plan.expunge)}
            ctx["seal"] = {"rows": [case_row(p, i) for i, p in enumerate(plan.seal, 1)], "any": bool(plan.seal)}
            grounds = expunge_grounds(plan.expunge)
            sg, notes = seal_grounds(plan.seal)
            grounds.update(sg)
            ctx["grounds"] = grounds
            ctx["preparer"]["self"] = not ctx["preparer"]["by_clinic"]
            plan.notes.extend(notes)
            if grounds["seal_supervision"]:
                plan.notes.append("Item 16 (sealing supervision or qualified probation) is ticked: its item number "
                                  "on the official form is unverified; check it against the clerk's current form.")
            for form_id in ADULT_FORMS:
                plan.documents.append((form_id, ctx))
        if plan.cannabis:
            ctx = base_context(record, analysis, name, settings)
            rows = [cannabis_row(p, i) for i, p in enumerate(plan.cannabis, 1)]
            ctx["cannabis"] = {
                "rows": rows,
                "any": True,
                "before_2019": all(r["convicted_before_cutoff"] for r in rows),
                "sentence_complete": True,  # eligible_now: the engine found the non-financial sentence complete
                "caption_case_number": rows[0]["case_number"] if len(rows) == 1 else "",
            }
            for r in rows:
                if not r["class"]:
                    plan.notes.append(f"Case {r['case_number']}: the record does not give the class; tick "
                                      "Misdemeanor or Class 4 Felony on the Motion by hand.")
            if not ctx["cannabis"]["before_2019"]:
                plan.notes.append("Item 2 of the cannabis Motion (convicted before June 25, 2019) is not ticked: "
                                  "a conviction date is missing or later; check it.")
            for form_id in CANNABIS_FORMS:
                plan.documents.append((form_id, ctx))
        plans.append(plan)
    return plans
