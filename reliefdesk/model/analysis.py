"""The analysis: what relief each charge and case can get (contracts.md section 3).

The engine fills these; the presentation layers (CLI, GUI, documents) read
them. ``to_dict`` writes the analysis JSON (``reliefdesk.analysis/1``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

ANALYSIS_SCHEMA = "reliefdesk.analysis/1"


class Relief(StrEnum):
    # Illinois, in the order of illinois.md section 7.
    VACATE_EXPUNGE = "vacate_expunge"
    EXPUNGE = "expunge"
    SEAL = "seal"
    # California.
    DISMISS_SEAL = "dismiss_seal"
    REDUCE = "reduce"
    NONE = "none"


class Status(StrEnum):
    ELIGIBLE_NOW = "eligible_now"
    ELIGIBLE_LATER = "eligible_later"
    NEEDS_REVIEW = "needs_review"
    NOT_ELIGIBLE = "not_eligible"
    ALREADY_RELIEVED = "already_relieved"


#: Order in which statuses are shown (RecordSponge's summary order).
STATUS_ORDER: tuple[Status, ...] = (
    Status.ELIGIBLE_NOW,
    Status.ELIGIBLE_LATER,
    Status.NEEDS_REVIEW,
    Status.NOT_ELIGIBLE,
    Status.ALREADY_RELIEVED,
)


@dataclass(frozen=True)
class Reason:
    """Why: a stable code, its citation, the sentence, and the deciding values."""

    code: str
    citation: str
    text: str
    values: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "citation": self.citation, "text": self.text}
        if self.values:
            out["values"] = dict(self.values)
        return out


@dataclass(frozen=True)
class Question:
    """A fact the volunteer can supply; answering it makes the result definite."""

    id: str
    text: str
    choices: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "choices": list(self.choices)}


@dataclass(frozen=True)
class Assumption:
    code: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text}


@dataclass(frozen=True)
class Alternative:
    relief: Relief
    status: Status
    eligible_on: date | None = None
    estimated: bool = False
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "relief": self.relief.value,
            "status": self.status.value,
            "eligible_on": _iso(self.eligible_on),
        }
        if self.estimated:
            out["estimated"] = True
        if self.reasons:
            out["reasons"] = [r.to_dict() for r in self.reasons]
        return out


@dataclass(frozen=True)
class ChargeResult:
    case_number: str | None
    charge_index: int
    statute: str | None
    relief: Relief
    status: Status
    eligible_on: date | None = None
    estimated: bool = False
    alternatives: tuple[Alternative, ...] = ()
    reasons: tuple[Reason, ...] = ()
    questions: tuple[Question, ...] = ()
    warnings: tuple[str, ...] = ()
    route: str | None = None  # CA: "resentencing" | "redesignation"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self, jurisdiction: str = "IL") -> dict[str, Any]:
        out: dict[str, Any] = {
            "case_number": self.case_number,
            "charge_index": self.charge_index,
            "statute": self.statute,
            "relief": self.relief.value,
            "status": self.status.value,
            "eligible_on": _iso(self.eligible_on),
            "estimated": self.estimated,
            "alternatives": [a.to_dict() for a in self.alternatives],
            "reasons": [r.to_dict() for r in self.reasons],
            "questions": [q.to_dict() for q in self.questions],
            "warnings": list(self.warnings),
        }
        if jurisdiction == "CA" or self.route is not None:
            out["route"] = self.route
        out.update(self.extra)
        return out


@dataclass(frozen=True)
class CaseResult:
    case_number: str | None
    relief: Relief
    status: Status
    eligible_on: date | None = None
    estimated: bool = False
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "case_number": self.case_number,
            "relief": self.relief.value,
            "status": self.status.value,
            "eligible_on": _iso(self.eligible_on),
            "estimated": self.estimated,
        }
        if self.reasons:
            out["reasons"] = [r.to_dict() for r in self.reasons]
        return out


@dataclass(frozen=True)
class Analysis:
    jurisdiction: str
    as_of: date
    filing_date: date
    rules_version: str
    rules_label: str = ""
    assumptions: tuple[Assumption, ...] = ()
    charges: tuple[ChargeResult, ...] = ()
    cases: tuple[CaseResult, ...] = ()
    notes: tuple[Reason, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        """Charges counted by status (every status key present)."""
        counts = Counter(c.status for c in self.charges)
        keys = [Status.ELIGIBLE_NOW, Status.ELIGIBLE_LATER, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE]
        out = {s.value: counts.get(s, 0) for s in keys}
        out[Status.ALREADY_RELIEVED.value] = counts.get(Status.ALREADY_RELIEVED, 0)
        return out

    def questions(self) -> tuple[Question, ...]:
        """Every distinct question, in the order first asked."""
        seen: dict[str, Question] = {}
        for c in self.charges:
            for q in c.questions:
                seen.setdefault(q.id, q)
        return tuple(seen.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": ANALYSIS_SCHEMA,
            "jurisdiction": self.jurisdiction,
            "as_of": self.as_of.isoformat(),
            "filing_date": self.filing_date.isoformat(),
            "rules_version": self.rules_version,
            "rules_label": self.rules_label,
            "assumptions": [a.to_dict() for a in self.assumptions],
            "charges": [c.to_dict(self.jurisdiction) for c in self.charges],
            "cases": [c.to_dict() for c in self.cases],
            "notes": [n.to_dict() for n in self.notes],
            "summary": self.summary,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None
