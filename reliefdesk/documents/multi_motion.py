"""Context builder for the multi-person cannabis motion and its proposed order (Illinois).

``20 ILCS 2630/5.2(i)(3)`` lets a State's Attorney or a civil legal aid agency
move to vacate and expunge the eligible cannabis convictions of several people
in one motion. A bulk review groups the eligible convictions by county and
court; each group becomes one motion (``forms/il/multi_person_motion-*.toml``)
and one proposed order (``forms/il/multi_person_motion_order-*.toml``), each
with Exhibit A: name, date of birth, case number, conviction date, statute, class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reliefdesk.documents.render import render_form

MOTION_FORM = "IL-CXP-MULTI-MOTION"
ORDER_FORM = "IL-CXP-MULTI-ORDER"

_CLASS = {
    "A": "Class A misdemeanor", "B": "Class B misdemeanor", "C": "Class C misdemeanor",
    "4": "Class 4 felony", "3": "Class 3 felony", "2": "Class 2 felony", "1": "Class 1 felony", "X": "Class X felony",
}  # fmt: skip


@dataclass(frozen=True)
class ExhibitRow:
    name: str
    dob: date | None
    case_number: str
    conviction_date: date | None
    statute: str
    offense_class: str  # "A", "4" ... or ""


def _us(d: date | None) -> str:
    return d.strftime("%m/%d/%Y") if d is not None else ""


def motion_context(county: str, court: str, rows: Iterable[ExhibitRow], as_of: date,
                   movant: str | None = None) -> dict[str, Any]:  # fmt: skip
    """The context both forms read (see forms/README.md for the paths)."""
    ordered = sorted(rows, key=lambda r: (r.name.upper(), r.dob or date.min, r.case_number))
    people = len({(r.name.upper(), r.dob) for r in ordered})
    return {
        "court": {"county": county, "county_upper": county.upper(), "name": court or f"Circuit Court of {county} County"},
        "movant": {"name": movant},
        "motion": {
            "people": f"{people:,}",
            "count": f"{len(ordered):,}",
            "as_of": _us(as_of),
            "rows": [
                {"n": str(i), "name": r.name, "dob": _us(r.dob), "case_number": r.case_number,
                 "conviction_date": _us(r.conviction_date), "statute": r.statute,
                 "class": _CLASS.get(r.offense_class, r.offense_class)}
                for i, r in enumerate(ordered, start=1)
            ],  # fmt: skip
        },
    }


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "court"


def write_motion_documents(county: str, court: str, rows: Iterable[ExhibitRow], folder: Path, as_of: date,
                           movant: str | None = None) -> list[Path]:  # fmt: skip
    """Write the motion and the proposed order for one county and court; returns the two paths."""
    ctx = motion_context(county, court, rows, as_of, movant)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{_slug(county)}-{_slug(court)}" if court else _slug(county)
    written = []
    for form, name in ((MOTION_FORM, "motion"), (ORDER_FORM, "order")):
        path = folder / f"{name}-{stem}.pdf"
        render_form(form, ctx, path)
        written.append(path)
    return written


def exhibit_row_from_result(row: Mapping[str, str]) -> ExhibitRow:
    """An Illinois results.csv row (services/batch.py) as an exhibit row."""
    return ExhibitRow(
        name=row.get("person", ""),
        dob=_iso(row.get("dob", "")),
        case_number=row.get("case_number", ""),
        conviction_date=_iso(row.get("disposition_date", "")),
        statute=row.get("statute", ""),
        offense_class=row.get("class", ""),
    )


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
