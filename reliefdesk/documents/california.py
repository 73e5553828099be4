"""From a California record and its analysis to the contexts that fill CR-400, CR-401 and CR-403.

The petition is filed in the county of conviction and served on its district
attorney (california.md 5). One CR-400 per county **and route**: the form has
one box, *petition* (still serving, HS 11361.8(b)) or *application* (sentence
complete, 11361.8(f)); convictions whose route the record does not show get a
CR-400 with neither box ticked and a note. Only charges the analysis marks
``eligible_now`` with a relief go on a form; the letter says the rest.

The contexts are plain mappings (forms/README.md); the form definitions in
``forms/ca/`` decide where each value goes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reliefdesk import paths
from reliefdesk.documents.forms import FormDef, load_form
from reliefdesk.documents.illinois import display_name, split_address, us_date
from reliefdesk.model import Analysis, Case, Charge, ChargeResult, Level, Record, Relief, Status

FORMS = ("CA-CR-400", "CA-CR-401", "CA-CR-403")
UNKNOWN_COUNTY = "Unknown county"

_ROUTE_ORDER = ("resentencing", "redesignation", None)
_KIND_WORDS = {"resentencing": "petition", "redesignation": "application", None: "petition/application"}
_RELIEF_WORDS = {
    "dismiss_seal": "Dismiss and seal",
    "misdemeanor": "Resentence or redesignate as a misdemeanor",
    "infraction": "Resentence or redesignate as an infraction",
}


def county_key(county: str | None) -> str:
    return county.strip().title() if county and county.strip() else UNKNOWN_COUNTY


@dataclass
class CountyPlan:
    county: str
    #: (form id, context) in print order.
    documents: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def relief_kind(result: ChargeResult, charge: Charge) -> str:
    """``dismiss_seal``, ``misdemeanor`` (a felony reduced) or ``infraction`` (a misdemeanor reduced)."""
    if result.relief is Relief.DISMISS_SEAL:
        return "dismiss_seal"
    level = result.extra.get("level") or (charge.level.value if charge.level else None)
    return "infraction" if level in (Level.MISDEMEANOR.value, Level.INFRACTION.value) else "misdemeanor"


def _conviction_row(case: Case, charge: Charge, result: ChargeResult) -> dict[str, Any]:
    kind = relief_kind(result, charge)
    conv = result.extra.get("conviction_date")
    conv_date = date.fromisoformat(conv) if isinstance(conv, str) else charge.disposition_date
    return {
        "case_number": case.case_number or (case.other_numbers[0] if case.other_numbers else ""),
        "court": case.court or "",
        "conviction_date": us_date(conv_date),
        "statute": result.statute or charge.statute or "",
        "description": charge.description or "",
        "level": (charge.level.value if charge.level else str(result.extra.get("level") or "")).capitalize(),
        "relief_kind": kind,
        "relief_words": _RELIEF_WORDS[kind],
        "route": result.route,
    }


def person_context(record: Record, settings: Mapping[str, str]) -> dict[str, Any]:
    p = record.person
    address = settings.get("petitioner_address") or p.address or ""
    street, city = split_address(address)
    name = display_name(p.name)
    return {
        "name": name,
        "name_as_recorded": p.name or "",
        "other_names": "; ".join(display_name(a) for a in p.aliases),
        "dob": us_date(p.dob),
        "street": street,
        "city_state_zip": city,
        "address": ", ".join(x for x in (street, city) if x),
        "name_and_address": "\n".join(x for x in (name, street, city) if x) if address else "",
        "phone": settings.get("petitioner_phone", ""),
        "email": settings.get("petitioner_email", ""),
    }


def _context(record: Record, analysis: Analysis, county: str, rows: list[dict[str, Any]], route: str | None,
             settings: Mapping[str, str]) -> dict[str, Any]:
    numbers = list(dict.fromkeys(r["case_number"] for r in rows if r["case_number"]))
    known = county != UNKNOWN_COUNTY
    return {
        "court": {"county": county if known else "", "county_upper": county.upper() if known else "",
                  "county_title": county if known else "the"},
        "person": person_context(record, settings),
        "prop64": {
            "rows": [{**r, "n": str(i)} for i, r in enumerate(rows, 1)],
            "petition": route == "resentencing",
            "application": route == "redesignation",
            "kind_words": _KIND_WORDS[route],
            "caption_case_number": numbers[0] if len(numbers) == 1 else "",
        },
        "service": {"personal": False, "mail": False},
        "filing": {"iso": analysis.filing_date.isoformat(), "date": us_date(analysis.filing_date)},
        "as_of": {"iso": analysis.as_of.isoformat(), "date": us_date(analysis.as_of)},
        "rules": {"version": analysis.rules_version, "label": analysis.rules_label},
        "overflow": {},
    }


def plan_packets(record: Record, analysis: Analysis, settings: Mapping[str, str] | None = None,
                 county: str | None = None) -> list[CountyPlan]:
    """The documents to print: per county of conviction, CR-400/401/403 for each route."""
    settings = settings or {}
    by_county: dict[str, dict[str | None, list[dict[str, Any]]]] = {}
    for r in analysis.charges:
        if r.status is not Status.ELIGIBLE_NOW or r.relief not in (Relief.DISMISS_SEAL, Relief.REDUCE):
            continue
        ci = r.extra.get("case_index")
        if not isinstance(ci, int) or not 0 <= ci < len(record.cases):
            continue
        case = record.cases[ci]
        if not 0 <= r.charge_index < len(case.charges):
            continue
        name = county_key(case.county)
        if county is not None and name.lower() != county_key(county).lower():
            continue
        row = _conviction_row(case, case.charges[r.charge_index], r)
        by_county.setdefault(name, {}).setdefault(r.route, []).append(row)
    plans = []
    for name in sorted(by_county, key=lambda c: (c == UNKNOWN_COUNTY, c)):
        plan = CountyPlan(name)
        if name == UNKNOWN_COUNTY:
            plan.notes.append("The record does not name the county of some convictions: write the county on the "
                              "forms and file in the county of conviction.")
        routes = by_county[name]
        for route in _ROUTE_ORDER:
            rows = routes.get(route)
            if not rows:
                continue
            if route is None:
                plan.notes.append(f"{name}: the record does not show whether the sentence is complete for "
                                  f"{len(rows)} conviction(s): tick Petition (still serving) or Application "
                                  "(completed) on the CR-400 by hand.")
            ctx = _context(record, analysis, name, rows, route, settings)
            plan.rows.extend(rows)
            for form_id in FORMS:
                plan.documents.append((form_id, ctx))
        plans.append(plan)
    return plans


def letter_path(language: str) -> Path:
    folder = paths.resources_dir() / "letters"
    path = folder / f"ca-{language}.toml"
    return path if path.is_file() else folder / "ca-en.toml"


def letter_form(language: str = "en") -> FormDef:
    """The California client letter (same machinery and context as the Illinois one)."""
    return load_form(letter_path(language))
