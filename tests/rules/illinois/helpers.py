"""Small builders for Illinois records in tests: write only the facts a rule needs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reliefdesk.model import Alternative, Analysis, ChargeResult, Record, record_from_dict
from reliefdesk.rules.illinois import analyze

AS_OF = date(2026, 11, 21)


def d(text: str) -> date:
    return date.fromisoformat(text)


def sentence(kind: str, start: str | None = None, end: str | None = None, revoked: bool = False,
             length: str | None = None, raw: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "revoked": revoked, "length": length, "raw": raw}


def charge(statute: str | None = "720 ILCS 5/16-1(a)(1)", disposition: str = "dismissed", *,
           level: str | None = "misdemeanor", cls: str | None = "A", date_: str | None = "2015-06-01",
           sentence_: dict[str, Any] | None = None, offense_date: str | None = None,
           raw: str | None = None, grams: float | None = None, attempt: bool = False,
           description: str | None = None) -> dict[str, Any]:
    return {
        "statute": statute, "statute_raw": statute, "description": description, "level": level,
        "class": cls, "offense_date": offense_date, "disposition": disposition,
        "disposition_raw": raw, "disposition_date": date_, "sentence": sentence_, "grams": grams,
        "attempt": attempt,
    }


def case(number: str | None, arrest: str | None, *charges: dict[str, Any], court: str | None = None,
         other: list[str] | None = None) -> dict[str, Any]:
    return {"case_number": number, "other_numbers": other or [], "county": "Cook", "court": court,
            "arrest_date": arrest, "agency": "CHICAGO POLICE DEPARTMENT", "charges": list(charges)}


def record(*cases: dict[str, Any], dob: str | None = "1980-01-01") -> Record:
    return record_from_dict({
        "schema": "reliefdesk.record/1", "jurisdiction": "IL",
        "person": {"name": "DOE, JANE", "dob": dob}, "cases": list(cases),
    })


def run(rec: Record, as_of: date | str = AS_OF, filing: date | str | None = None,
        answers: Mapping[str, str] | None = None) -> Analysis:
    a = d(as_of) if isinstance(as_of, str) else as_of
    f = a if filing is None else (d(filing) if isinstance(filing, str) else filing)
    return analyze(rec, a, f, answers or {})


def result(a: Analysis, case_number: str | None, index: int = 0) -> ChargeResult:
    for c in a.charges:
        if c.case_number == case_number and c.charge_index == index:
            return c
    raise AssertionError(f"no result for {case_number}:{index}")


def codes(c: ChargeResult) -> set[str]:
    return {r.code for r in c.reasons}


def alt(c: ChargeResult, relief: str) -> Any:
    """The option for ``relief``: the chosen one or an alternative."""
    if c.relief.value == relief:
        return Alternative(c.relief, c.status, c.eligible_on, c.estimated, c.reasons)
    for a in c.alternatives:
        if a.relief.value == relief:
            return a
    raise AssertionError(f"no {relief} alternative in {[a.relief.value for a in c.alternatives]}")


def alt_codes(c: ChargeResult, relief: str) -> set[str]:
    return {r.code for r in alt(c, relief).reasons}


def one(*charges: dict[str, Any], arrest: str = "2015-03-01", number: str = "15CR1", dob: str | None = "1980-01-01",
        **kw: Any) -> tuple[Analysis, ChargeResult]:
    """A record with one case; returns the analysis and its first charge result."""
    a = run(record(case(number, arrest, *charges), dob=dob), **kw)
    return a, result(a, number)
