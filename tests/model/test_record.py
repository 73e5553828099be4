from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.model import (
    Disposition,
    Jurisdiction,
    OffenseClass,
    RecordError,
    record_from_dict,
    record_from_json,
    record_to_dict,
)

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.mark.parametrize("path", sorted(DEMO.glob("*.record.json")), ids=lambda p: p.name)
def test_demo_records_round_trip_losslessly(path: Path) -> None:
    data = json.loads(path.read_text())
    assert record_to_dict(record_from_dict(data)) == data


def test_fields_are_typed() -> None:
    rec = record_from_json((DEMO / "washington.record.json").read_text())
    assert rec.jurisdiction is Jurisdiction.IL
    assert rec.person.dob == date(1986, 3, 14)
    ch = rec.cases[0].charges[0]
    assert ch.offense_class is OffenseClass.A
    assert ch.disposition is Disposition.CONVICTED
    assert ch.sentence is not None and ch.sentence.end == date(2012, 7, 19)


def test_unknown_keys_survive_a_round_trip() -> None:
    data = json.loads((DEMO / "hernandez.record.json").read_text())
    data["x_clinic"] = {"intake": 7}
    data["cases"][0]["charges"][1]["x_note"] = "from the clerk"
    data["person"]["ids"]["ir"] = "123"
    assert record_to_dict(record_from_dict(data)) == data


def test_california_fields_round_trip() -> None:
    data = {
        "schema": "reliefdesk.record/1",
        "jurisdiction": "CA",
        "source": {"format": "ca-doj-text", "file": None, "warnings": []},
        "person": {"name": "SKYWALKER,LUKE", "aliases": [], "dob": "1957-01-19",
                   "ids": {"cii": "A99000015"}, "address": None, "deceased": False,
                   "registrations": ["290 PC"]},
        "cases": [{"case_number": "#1234567", "other_numbers": [], "county": "LOS ANGELES",
                   "court": "CASC LOS ANGELES", "arrest_date": None, "agency": None,
                   "charges": [{"statute": "11357 HS", "statute_raw": "11357 HS", "description": "POSSESS MARIJUANA",
                                "level": "misdemeanor", "class": None, "offense_date": None,
                                "disposition": "convicted", "disposition_raw": "CONVICTED",
                                "disposition_date": "1984-09-18", "sentence": None, "grams": 28.5,
                                "attempt": False, "section": "11357", "code": "HS"}]}],
    }
    assert record_to_dict(record_from_dict(data)) == data


def _broken(path: str, value: object) -> dict[str, object]:
    data = json.loads((DEMO / "washington.record.json").read_text())
    target = data
    keys = path.split(".")
    for k in keys[:-1]:
        target = target[int(k)] if k.isdigit() else target[k]
    target[keys[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("cases.2.charges.0.disposition", "gulity", "cases[2].charges[0].disposition: 'gulity' is not a disposition"),
        ("cases.0.arrest_date", "05/02/2011", "cases[0].arrest_date: '05/02/2011' is not a date"),
        ("cases.1.charges.0.class", "Z", "cases[1].charges[0].class: 'Z' is not a class"),
        ("cases.0.charges.0.sentence.kind", "flogging", "cases[0].charges[0].sentence.kind: 'flogging'"),
        ("cases.0.charges.0.grams", "ten", "cases[0].charges[0].grams: 'ten' should be a number"),
        ("person.aliases", "MOORE", "person.aliases: 'MOORE' should be a list"),
        ("jurisdiction", "NY", "jurisdiction: 'NY' is not a jurisdiction"),
        ("schema", "other/2", "schema: 'other/2'"),
    ],
)
def test_a_malformed_record_names_the_field(path: str, value: object, message: str) -> None:
    with pytest.raises(RecordError) as err:
        record_from_dict(_broken(path, value))
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_invalid_json_says_where() -> None:
    with pytest.raises(RecordError, match=r"line 1 column \d+: not valid JSON"):
        record_from_json("{nope")
