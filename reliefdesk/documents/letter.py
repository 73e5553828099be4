"""The plain-language letter for the person: what was found, what to do now, later, never.

The wording is data: ``resources/letters/<language>.toml`` is a form
definition rendered by the same renderer as the court forms, and its
``[words]`` tables name reliefs, outcomes and documents. The reasons are the
engine's own (``Reason.text`` and its citation), so a reason reads the same
in the app, in the letter and in docs/rules.md. Sections come in the order
RecordSponge's summary uses: eligible now, eligible later, needs more review,
not eligible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reliefdesk import paths
from reliefdesk.documents.forms import FormDef, load_form
from reliefdesk.documents.illinois import UNKNOWN_COUNTY, PairedCase, outcome_kind, pair_cases, us_date
from reliefdesk.model import Analysis, Reason, Record, Relief, Status

DEFAULT_LANGUAGE = "en"


def letter_path(language: str) -> Path:
    folder = paths.resources_dir() / "letters"
    path = folder / f"{language}.toml"
    return path if path.is_file() else folder / f"{DEFAULT_LANGUAGE}.toml"


def letter_form(language: str = DEFAULT_LANGUAGE) -> FormDef:
    return load_form(letter_path(language))


def _words(form: FormDef, table: str) -> Mapping[str, str]:
    words = form.get("words", {})
    return words.get(table, {}) if isinstance(words, Mapping) else {}


def _long_date(d: Any, form: FormDef) -> str:
    """ "November 21, 2026", or the letter's own ``date_format`` and ``[words.months]``."""
    months = _words(form, "months")
    fmt = _words(form, "misc").get("date_format", "{month} {day}, {year}")
    month = months.get(str(d.month)) or f"{d:%B}"
    return fmt.format(month=month, day=d.day, year=d.year)


def _reasons(p: PairedCase) -> list[dict[str, str]]:
    seen: dict[str, Reason] = {}
    for r in (p.result.reasons if p.result else ()):
        seen.setdefault(r.code + r.text, r)
    for ch in p.charges:
        for r in ch.reasons:
            seen.setdefault(r.code + r.text, r)
    return [{"code": r.code, "text": r.text, "citation": r.citation} for r in seen.values()]


def _questions(p: PairedCase) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for ch in p.charges:
        for q in ch.questions:
            seen.setdefault(q.id, {"id": q.id, "text": q.text, "choices": " / ".join(q.choices)})
    return list(seen.values())


def letter_context(
    record: Record,
    analysis: Analysis,
    packets: Sequence[Mapping[str, Any]],
    blanks: Sequence[str],
    settings: Mapping[str, str],
    form: FormDef,
) -> dict[str, Any]:
    """The letter's context. ``packets``: [{"county", "documents": [{"form_id", "pages"}]}]."""
    from reliefdesk.documents.illinois import display_name

    relief_w = _words(form, "relief")
    explained_w = _words(form, "relief_explained")
    outcome_w = _words(form, "outcome")
    doc_w = _words(form, "document")
    misc = _words(form, "misc")
    result_w = _words(form, "result")
    paired = pair_cases(record, analysis)
    sections: dict[str, list[dict[str, Any]]] = {"now": [], "later": [], "review": [], "not_eligible": []}
    found = []
    for p in paired:
        case = p.case
        r = p.result
        relief = r.relief if r else Relief.NONE
        status = r.status if r else Status.NEEDS_REVIEW
        entry: dict[str, Any] = {
            "number": p.number or "(no number)",
            "county": p.county if p.county != UNKNOWN_COUNTY else misc.get("unknown_county", ""),
            "arrest_date": us_date(case.arrest_date) or "date not shown",
            "relief": relief_w.get(relief.value, relief.value),
            "explained": explained_w.get(relief.value, ""),
            "date": us_date(r.eligible_on) if r else "",
            "estimated": misc.get("estimated", "") if r and r.estimated else "",
            "reasons": _reasons(p) or ([{"code": "", "text": misc.get("no_result", ""), "citation": ""}]
                                       if r is None else []),
            "questions": _questions(p),
        }
        if status is Status.ELIGIBLE_NOW and relief is not Relief.NONE:
            sections["now"].append(entry)
            result = result_w.get("now", "{relief}: now").format(**entry)
        elif status is Status.ELIGIBLE_LATER:
            sections["later"].append(entry)
            result = result_w.get("later", "{relief}: on or after {date}").format(**{**entry, "date": entry["date"] or "?"})
        elif status is Status.NOT_ELIGIBLE:
            sections["not_eligible"].append(entry)
            result = result_w.get("not_eligible", "cannot be cleared now")
        elif status is Status.ALREADY_RELIEVED:
            sections["not_eligible"].append(entry)
            result = result_w.get("already_relieved", "already cleared")
        else:
            sections["review"].append(entry)
            result = result_w.get("needs_review", "needs more review")
        charges = []
        for i, ch in enumerate(case.charges):
            kind = outcome_kind(ch, p.charges, i)
            words = outcome_w.get(kind) or outcome_w.get(ch.disposition.value) or ch.disposition.value
            charges.append(f"{(ch.description or ch.statute or 'charge').strip()}: {words}")
        found.append({"number": entry["number"], "county": entry["county"], "arrest_date": entry["arrest_date"],
                      "charges": charges, "result": result})
    packet_ctx = []
    for pk in packets:
        county = str(pk["county"])
        packet_ctx.append({
            "county": county,
            "county_words": misc.get("county_format", "{county} County").format(county=county)
            if county != UNKNOWN_COUNTY else misc.get("unknown_county", ""),
            "documents": [{"words": doc_w.get(d["form_id"], d.get("title", d["form_id"])), "pages": str(d["pages"])}
                          for d in pk["documents"]],
        })
    clinic = settings.get("clinic_name", "")
    return {
        "clinic": {"name": clinic, "address": settings.get("clinic_address", ""),
                   "name_or_program": clinic or "reliefdesk"},
        "person": {"name": display_name(record.person.name) or "client"},
        "letter": {"date": _long_date(analysis.as_of, form)},
        "record": {"source": record.source.file or "the record you gave us"},
        "rules": {"label": analysis.rules_label or analysis.rules_version},
        "found": {"count": str(len(record.cases)), "cases": found},
        **sections,
        "assumptions": [a.text for a in analysis.assumptions],
        "packets": packet_ctx,
        "blanks": list(blanks),
        "blanks_text": "; ".join(blanks),
        "cook": any(str(pk["county"]).lower() == "cook" for pk in packets),
        "cannabis": any(d["form_id"].startswith("IL-CXP") for pk in packets for d in pk["documents"]),
        "filing": {"iso": analysis.filing_date.isoformat()},
    }
