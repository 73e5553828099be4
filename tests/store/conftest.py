"""Fixtures for the store tests: real database files in a temporary folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reliefdesk.model import Case, Charge, Disposition, Person, Record, record_from_json

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def demo_records() -> list[Record]:
    return [record_from_json(p.read_text(encoding="utf-8")) for p in sorted(DEMO.glob("*.record.json"))]


def person(name: str, dob: str = "1986-03-14", cases: int = 2) -> Record:
    from datetime import date

    return Record(
        person=Person(name=name, dob=date.fromisoformat(dob), aliases=(f"{name} JR",)),
        cases=tuple(
            Case(
                case_number=f"{10 + i}CR{abs(hash(name)) % 100000:05d}{i}",
                county="Cook",
                charges=(
                    Charge(statute="720 ILCS 550/4(a)", description="POSS CANNABIS", disposition=Disposition.DISMISSED),
                ),
            )
            for i in range(cases)
        ),
    )


@pytest.fixture
def records() -> list[Record]:
    return demo_records()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite"


def renamed(record: Record, name: str) -> Record:
    return replace(record, person=replace(record.person, name=name))
