"""The plain-language letter for the person: what was found, what to do now, later, never.

The wording is data: ``resources/letters/<language>.toml`` is a form
definition rendered by the same renderer as the court forms, and its
``[words]`` tables name reliefs, outcomes and documents. The reasons are the
engine's own (``Reason.text`` and its citation), so a reason reads the same
in the app, in the letter and in docs/rules.md; a letter in another language
words them with its ``[words.reasons]``, ``[words.assumptions]`` and
``[words.questions]`` tables (:class:`Wording`). Sections come in the order
RecordSponge's summary uses: eligible now, eligible later, needs more review,
not eligible.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reliefdesk import paths
from reliefdesk.documents.forms import FormDef, load_form
from reliefdesk.documents.illinois import UNKNOWN_COUNTY, PairedCase, outcome_kind, pair_cases, us_date
from reliefdesk.model import Analysis, Reason, Record, Relief, Status
from reliefdesk.model.analysis import Assumption
from reliefdesk.rules.illinois.catalog import ASSUMPTIONS, render

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


def _pattern(template: str) -> re.Pattern[str]:
    """A template's text with its ``{fields}`` as named groups: reads the values back out of a filled text."""
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
    return re.compile("".join(parts) + r"\Z", re.S)


class Wording:
    """The engine's words in the letter's language (``[words.reasons]``, ``assumptions``, ``questions``).

    A reason is translated from its code and values, exactly; an assumption
    or a question (which carry no values) by reading the values back out of
    the English text with the English template. Anything without a
    translation, or that does not match its template, stays as the engine
    wrote it: a letter never loses a reason.
    """

    def __init__(self, form: FormDef) -> None:
        self.reasons = _words(form, "reasons")
        self.assumptions = _words(form, "assumptions")
        self.questions = [(_pattern(en), es) for en, es in _words(form, "questions").items()]
        self.parts = [(_pattern(en), es) for en, es in _words(form, "question_parts").items()]
        self.values = _words(form, "values")
        self.value_patterns = [(_pattern(en), es) for en, es in _words(form, "value_patterns").items()]

    def reason(self, r: Reason) -> str:
        template = self.reasons.get(r.code)
        return render(template, {k: self.value(v) for k, v in r.values.items()}) if template else r.text

    def value(self, text: str) -> str:
        """A value the engine wrote in English (a class, an outcome): its words here, or the value itself."""
        got = self.values.get(text)
        if got is not None:
            return got
        for pattern, template in self.value_patterns:
            m = pattern.match(text)
            if m is not None:
                return render(template, {k: self.values.get(v, self._value_inside(v)) for k, v in m.groupdict().items()})
        return text

    def _value_inside(self, text: str) -> str:
        # One level down: "30 g to no limit", "... (offense 2016-07-29 ...)" inside a pattern's field.
        return self.values.get(text, text)

    def assumption(self, a: Assumption) -> str:
        template = self.assumptions.get(a.code)
        english = ASSUMPTIONS.get(a.code)
        if template and english:
            m = _pattern(english[0]).match(a.text)
            if m is not None:
                return render(template, m.groupdict())
        return a.text

    def question(self, text: str) -> str:
        for pattern, template in self.questions:
            m = pattern.match(text)
            if m is not None:
                return render(template, {k: self._part(v) for k, v in m.groupdict().items()})
        return text

    def _part(self, value: str) -> str:
        for pattern, template in self.parts:
            m = pattern.match(value)
            if m is not None:
                return render(template, m.groupdict())
        return value


def _reasons(p: PairedCase, wording: Wording) -> list[dict[str, str]]:
    seen: dict[str, Reason] = {}
    for r in (p.result.reasons if p.result else ()):
        seen.setdefault(r.code + r.text, r)
    for ch in p.charges:
        for r in ch.reasons:
            seen.setdefault(r.code + r.text, r)
    return [{"code": r.code, "text": wording.reason(r), "citation": r.citation} for r in seen.values()]


def _questions(p: PairedCase, wording: Wording) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for ch in p.charges:
        for q in ch.questions:
            seen.setdefault(q.id, {"id": q.id, "text": wording.question(q.text), "choices": " / ".join(q.choices)})
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
    wording = Wording(form)
    paired = pair_cases(record, analysis)
    sections: dict[str, list[dict[str, Any]]] = {"now": [], "later": [], "review": [], "not_eligible": []}
    found = []
    for p in paired:
        case = p.case
        r = p.result
        relief = r.relief if r else Relief.NONE
        status = r.status if r else Status.NEEDS_REVIEW
        entry: dict[str, Any] = {
            "number": p.number or misc.get("no_number", "(no number)"),
            "county": p.county if p.county != UNKNOWN_COUNTY else misc.get("unknown_county", ""),
            "arrest_date": us_date(case.arrest_date) or misc.get("no_date", "date not shown"),
            "relief": relief_w.get(relief.value, relief.value),
            "explained": explained_w.get(relief.value, ""),
            "date": us_date(r.eligible_on) if r else "",
            "estimated": misc.get("estimated", "") if r and r.estimated else "",
            "reasons": _reasons(p, wording) or ([{"code": "", "text": misc.get("no_result", ""), "citation": ""}]
                                                if r is None else []),
            "questions": _questions(p, wording),
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
            charges.append(f"{(ch.description or ch.statute or misc.get('charge', 'charge')).strip()}: {words}")
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
        "person": {"name": display_name(record.person.name) or misc.get("client", "client")},
        "letter": {"date": _long_date(analysis.as_of, form)},
        "record": {"source": record.source.file or misc.get("your_record", "the record you gave us")},
        "rules": {"label": analysis.rules_label or analysis.rules_version},
        "found": {"count": str(len(record.cases)), "cases": found},
        **sections,
        "assumptions": [wording.assumption(a) for a in analysis.assumptions],
        "packets": packet_ctx,
        "blanks": list(blanks),
        "blanks_text": "; ".join(blanks),
        "cook": any(str(pk["county"]).lower() == "cook" for pk in packets),
        "cannabis": any(d["form_id"].startswith("IL-CXP") for pk in packets for d in pk["documents"]),
        "filing": {"iso": analysis.filing_date.isoformat()},
    }
