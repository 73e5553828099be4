"""The record: what a rap sheet says, normalized (contracts.md section 2).

Frozen dataclasses and string enums, with lossless reading and writing of
record JSON (``reliefdesk.record/1``). Unknown values are ``None``, never
guessed. Keys this version does not know are kept in ``extra`` and written
back, so a round trip never loses what another tool put in the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from reliefdesk.model.errors import UserError

RECORD_SCHEMA = "reliefdesk.record/1"


class RecordError(UserError, ValueError):
    """A record file that does not follow the contract.

    ``str()`` is one line that names the field and where it is, for example
    ``cases[2].charges[0].disposition: 'gulity' is not a disposition``.
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


class Jurisdiction(StrEnum):
    IL = "IL"
    CA = "CA"


class Level(StrEnum):
    FELONY = "felony"
    MISDEMEANOR = "misdemeanor"
    PETTY = "petty"
    BUSINESS = "business"
    ORDINANCE = "ordinance"
    CIVIL = "civil"
    INFRACTION = "infraction"


class OffenseClass(StrEnum):
    X = "X"
    ONE = "1"
    TWO = "2"
    THREE = "3"
    FOUR = "4"
    A = "A"
    B = "B"
    C = "C"


class Disposition(StrEnum):
    RELEASED_WITHOUT_CHARGING = "released_without_charging"
    DISMISSED = "dismissed"
    STRICKEN_WITH_LEAVE = "stricken_with_leave"
    ACQUITTED = "acquitted"
    VACATED = "vacated"
    SUPERVISION = "supervision"
    SUPERVISION_UNSATISFACTORY = "supervision_unsatisfactory"
    QUALIFIED_PROBATION = "qualified_probation"
    QUALIFIED_PROBATION_UNSATISFACTORY = "qualified_probation_unsatisfactory"
    CONVICTED = "convicted"
    SET_ASIDE = "set_aside"
    PENDING = "pending"
    UNKNOWN = "unknown"


class SentenceKind(StrEnum):
    SUPERVISION = "supervision"
    PROBATION = "probation"
    CONDITIONAL_DISCHARGE = "conditional_discharge"
    JAIL = "jail"
    PRISON = "prison"
    FINE = "fine"
    TIME_SERVED = "time_served"
    NONE = "none"


@dataclass(frozen=True)
class Sentence:
    kind: SentenceKind | None = None
    length: str | None = None
    start: date | None = None
    end: date | None = None
    revoked: bool = False
    raw: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Charge:
    statute: str | None = None
    statute_raw: str | None = None
    description: str | None = None
    level: Level | None = None
    offense_class: OffenseClass | None = None
    offense_date: date | None = None
    disposition: Disposition = Disposition.UNKNOWN
    disposition_raw: str | None = None
    disposition_date: date | None = None
    sentence: Sentence | None = None
    grams: float | None = None
    attempt: bool = False
    # California additions (absent from Illinois records).
    section: str | None = None
    code: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Case:
    case_number: str | None = None
    other_numbers: tuple[str, ...] = ()
    county: str | None = None
    court: str | None = None
    arrest_date: date | None = None
    agency: str | None = None
    charges: tuple[Charge, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Person:
    name: str | None = None
    aliases: tuple[str, ...] = ()
    dob: date | None = None
    ids: Mapping[str, str | None] = field(default_factory=dict)
    address: str | None = None
    # California additions.
    deceased: bool | None = None
    registrations: tuple[str, ...] | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Source:
    format: str | None = None
    file: str | None = None
    warnings: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Record:
    jurisdiction: Jurisdiction = Jurisdiction.IL
    person: Person = field(default_factory=Person)
    cases: tuple[Case, ...] = ()
    source: Source = field(default_factory=Source)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def with_cases(self, cases: Sequence[Case]) -> Record:
        return replace(self, cases=tuple(cases))


# --------------------------------------------------------------------------
# Reading


E = TypeVar("E", bound=StrEnum)


def _enum(value: Any, enum: type[E], where: str, what: str) -> E | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    allowed = ", ".join(m.value for m in enum)
    raise RecordError(where, f"{value!r} is not a {what} (one of: {allowed})")


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else _bad_date(value, where)
        except ValueError:
            pass
    return _bad_date(value, where)


def _bad_date(value: Any, where: str) -> date:
    raise RecordError(where, f"{value!r} is not a date (write it as YYYY-MM-DD)")


def _str(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise RecordError(where, f"{value!r} should be text or null")


def _bool(value: Any, where: str, default: bool | None = False) -> bool | None:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise RecordError(where, f"{value!r} should be true or false")


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RecordError(where, f"{value!r} should be a list of text")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise RecordError(f"{where}[{i}]", f"{item!r} should be text")
        out.append(item)
    return tuple(out)


def _obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise RecordError(where, f"should be an object, not {type(value).__name__}")
    return value


def _extra(data: Mapping[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


_SENTENCE_KEYS = {"kind", "length", "start", "end", "revoked", "raw"}
_CHARGE_KEYS = {
    "statute", "statute_raw", "description", "level", "class", "offense_date",
    "disposition", "disposition_raw", "disposition_date", "sentence", "grams",
    "attempt", "section", "code",
}  # fmt: skip
_CASE_KEYS = {
    "case_number", "other_numbers", "county", "court", "arrest_date", "agency", "charges",
}  # fmt: skip
_PERSON_KEYS = {"name", "aliases", "dob", "ids", "address", "deceased", "registrations"}
_SOURCE_KEYS = {"format", "file", "warnings"}
_RECORD_KEYS = {"schema", "jurisdiction", "source", "person", "cases"}


def sentence_from_dict(data: Any, where: str = "sentence") -> Sentence | None:
    if data is None:
        return None
    d = _obj(data, where)
    return Sentence(
        kind=_enum(d.get("kind"), SentenceKind, f"{where}.kind", "sentence kind"),
        length=_str(d.get("length"), f"{where}.length"),
        start=_date(d.get("start"), f"{where}.start"),
        end=_date(d.get("end"), f"{where}.end"),
        revoked=bool(_bool(d.get("revoked"), f"{where}.revoked")),
        raw=_str(d.get("raw"), f"{where}.raw"),
        extra=_extra(d, _SENTENCE_KEYS),
    )


def charge_from_dict(data: Any, where: str = "charge") -> Charge:
    d = _obj(data, where)
    grams = d.get("grams")
    if grams is not None and (isinstance(grams, bool) or not isinstance(grams, int | float)):
        raise RecordError(f"{where}.grams", f"{grams!r} should be a number or null")
    if isinstance(grams, (int, float)) and grams < 0:
        raise RecordError(f"{where}.grams", f"{grams!r} cannot be negative")
    disposition = _enum(d.get("disposition"), Disposition, f"{where}.disposition", "disposition")
    return Charge(
        statute=_str(d.get("statute"), f"{where}.statute"),
        statute_raw=_str(d.get("statute_raw"), f"{where}.statute_raw"),
        description=_str(d.get("description"), f"{where}.description"),
        level=_enum(d.get("level"), Level, f"{where}.level", "level"),
        offense_class=_enum(d.get("class"), OffenseClass, f"{where}.class", "class"),
        offense_date=_date(d.get("offense_date"), f"{where}.offense_date"),
        disposition=disposition or Disposition.UNKNOWN,
        disposition_raw=_str(d.get("disposition_raw"), f"{where}.disposition_raw"),
        disposition_date=_date(d.get("disposition_date"), f"{where}.disposition_date"),
        sentence=sentence_from_dict(d.get("sentence"), f"{where}.sentence"),
        grams=grams,
        attempt=bool(_bool(d.get("attempt"), f"{where}.attempt")),
        section=_str(d.get("section"), f"{where}.section"),
        code=_str(d.get("code"), f"{where}.code"),
        extra=_extra(d, _CHARGE_KEYS),
    )


def case_from_dict(data: Any, where: str = "case") -> Case:
    d = _obj(data, where)
    charges_raw = d.get("charges", [])
    if not isinstance(charges_raw, list):
        raise RecordError(f"{where}.charges", "should be a list of charges")
    return Case(
        case_number=_str(d.get("case_number"), f"{where}.case_number"),
        other_numbers=_strs(d.get("other_numbers"), f"{where}.other_numbers"),
        county=_str(d.get("county"), f"{where}.county"),
        court=_str(d.get("court"), f"{where}.court"),
        arrest_date=_date(d.get("arrest_date"), f"{where}.arrest_date"),
        agency=_str(d.get("agency"), f"{where}.agency"),
        charges=tuple(
            charge_from_dict(c, f"{where}.charges[{i}]") for i, c in enumerate(charges_raw)
        ),
        extra=_extra(d, _CASE_KEYS),
    )


def person_from_dict(data: Any, where: str = "person") -> Person:
    d = _obj(data, where)
    ids_raw = d.get("ids") or {}
    ids = _obj(ids_raw, f"{where}.ids")
    for k, v in ids.items():
        _str(v, f"{where}.ids.{k}")
    regs = d.get("registrations")
    return Person(
        name=_str(d.get("name"), f"{where}.name"),
        aliases=_strs(d.get("aliases"), f"{where}.aliases"),
        dob=_date(d.get("dob"), f"{where}.dob"),
        ids=dict(ids),
        address=_str(d.get("address"), f"{where}.address"),
        deceased=_bool(d.get("deceased"), f"{where}.deceased", default=None),
        registrations=None if regs is None else _strs(regs, f"{where}.registrations"),
        extra=_extra(d, _PERSON_KEYS),
    )


def record_from_dict(data: Any) -> Record:
    """Build a :class:`Record` from parsed JSON, or raise :class:`RecordError`."""
    d = _obj(data, "record")
    schema = d.get("schema")
    if schema != RECORD_SCHEMA:
        raise RecordError("schema", f"{schema!r} is not {RECORD_SCHEMA!r}: this is not a reliefdesk record file")
    jurisdiction = _enum(d.get("jurisdiction"), Jurisdiction, "jurisdiction", "jurisdiction")
    if jurisdiction is None:
        raise RecordError("jurisdiction", "is missing (IL or CA)")
    src = _obj(d.get("source") or {}, "source")
    cases_raw = d.get("cases", [])
    if not isinstance(cases_raw, list):
        raise RecordError("cases", "should be a list of cases")
    return Record(
        jurisdiction=jurisdiction,
        person=person_from_dict(d.get("person") or {}, "person"),
        cases=tuple(case_from_dict(c, f"cases[{i}]") for i, c in enumerate(cases_raw)),
        source=Source(
            format=_str(src.get("format"), "source.format"),
            file=_str(src.get("file"), "source.file"),
            warnings=_strs(src.get("warnings"), "source.warnings"),
            extra=_extra(src, _SOURCE_KEYS),
        ),
        extra=_extra(d, _RECORD_KEYS),
    )


def record_from_json(text: str) -> Record:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(
            f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg})"
        ) from None
    return record_from_dict(data)


# --------------------------------------------------------------------------
# Writing


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _val(e: StrEnum | None) -> str | None:
    return e.value if e is not None else None


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": _val(s.kind),
        "length": s.length,
        "start": _iso(s.start),
        "end": _iso(s.end),
        "revoked": s.revoked,
        "raw": s.raw,
    }
    out.update(s.extra)
    return out


def charge_to_dict(c: Charge, jurisdiction: Jurisdiction = Jurisdiction.IL) -> dict[str, Any]:
    out: dict[str, Any] = {
        "statute": c.statute,
        "statute_raw": c.statute_raw,
        "description": c.description,
        "level": _val(c.level),
        "class": _val(c.offense_class),
        "offense_date": _iso(c.offense_date),
        "disposition": c.disposition.value,
        "disposition_raw": c.disposition_raw,
        "disposition_date": _iso(c.disposition_date),
        "sentence": sentence_to_dict(c.sentence) if c.sentence is not None else None,
        "grams": c.grams,
        "attempt": c.attempt,
    }
    if jurisdiction is Jurisdiction.CA or c.section is not None or c.code is not None:
        out["section"] = c.section
        out["code"] = c.code
    out.update(c.extra)
    return out


def case_to_dict(c: Case, jurisdiction: Jurisdiction = Jurisdiction.IL) -> dict[str, Any]:
    out: dict[str, Any] = {
        "case_number": c.case_number,
        "other_numbers": list(c.other_numbers),
        "county": c.county,
        "court": c.court,
        "arrest_date": _iso(c.arrest_date),
        "agency": c.agency,
        "charges": [charge_to_dict(ch, jurisdiction) for ch in c.charges],
    }
    out.update(c.extra)
    return out


def person_to_dict(p: Person, jurisdiction: Jurisdiction = Jurisdiction.IL) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "aliases": list(p.aliases),
        "dob": _iso(p.dob),
        "ids": dict(p.ids),
        "address": p.address,
    }
    if jurisdiction is Jurisdiction.CA or p.deceased is not None:
        out["deceased"] = p.deceased
    if jurisdiction is Jurisdiction.CA or p.registrations is not None:
        out["registrations"] = list(p.registrations or ())
    out.update(p.extra)
    return out


def record_to_dict(r: Record) -> dict[str, Any]:
    source: dict[str, Any] = {
        "format": r.source.format,
        "file": r.source.file,
        "warnings": list(r.source.warnings),
    }
    source.update(r.source.extra)
    out: dict[str, Any] = {
        "schema": RECORD_SCHEMA,
        "jurisdiction": r.jurisdiction.value,
        "source": source,
        "person": person_to_dict(r.person, r.jurisdiction),
        "cases": [case_to_dict(c, r.jurisdiction) for c in r.cases],
    }
    out.update(r.extra)
    return out


def record_to_json(r: Record, indent: int | None = 2) -> str:
    return json.dumps(record_to_dict(r), indent=indent, ensure_ascii=False)
