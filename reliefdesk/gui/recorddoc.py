"""The record being edited: one object that the Record tables and the import
review share.

A :class:`Record` is frozen; editing a cell builds a new record with
``dataclasses.replace`` and announces it with ``changed(path, before, after)``
so the owner can save it (the Record tab saves at once, so nothing typed is
lost; the import review keeps it until the volunteer accepts). The record as
first read (``original``) is kept to mark edited values and show what the
document said.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from reliefdesk.model import Case, Charge, Record, Sentence

#: Charge fields that live on the sentence: column key -> Sentence field.
SENTENCE_FIELDS = {"sentence_kind": "kind", "sentence_end": "end", "sentence_length": "length"}


def get_charge_value(charge: Charge, key: str) -> Any:
    if key in SENTENCE_FIELDS:
        return getattr(charge.sentence, SENTENCE_FIELDS[key]) if charge.sentence else None
    return getattr(charge, key)


def set_charge_value(charge: Charge, key: str, value: Any) -> Charge:
    if key in SENTENCE_FIELDS:
        sentence = charge.sentence or Sentence()
        sentence = replace(sentence, **{SENTENCE_FIELDS[key]: value})
        return replace(charge, sentence=None if sentence == Sentence() else sentence)
    return replace(charge, **{key: value})


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def charge_path_key(key: str) -> str:
    """The record-JSON name of a charge column (``offense_class`` is ``class``)."""
    if key == "offense_class":
        return "class"
    if key in SENTENCE_FIELDS:
        return f"sentence.{SENTENCE_FIELDS[key]}"
    return key


def edited_paths(original: Record | None, current: Record) -> dict[str, tuple[Any, Any]]:
    """Every value that differs from the record as read, by position.

    Paths look like ``cases[0].charges[1].disposition`` (the same shape as
    ``ClientService.edited_fields``); cases or charges added by hand have no
    original and are not listed (they are new, not edited).
    """
    out: dict[str, tuple[Any, Any]] = {}
    if original is None:
        return out
    for attr in ("name", "dob"):
        a, b = getattr(original.person, attr), getattr(current.person, attr)
        if a != b:
            out[f"person.{attr}"] = (_plain(a), _plain(b))
    for ci, case in enumerate(current.cases):
        if ci >= len(original.cases):
            break
        ocase = original.cases[ci]
        for f in fields(Case):
            if f.name in ("charges", "extra", "other_numbers"):
                continue
            a, b = getattr(ocase, f.name), getattr(case, f.name)
            if a != b:
                out[f"cases[{ci}].{f.name}"] = (_plain(a), _plain(b))
        for hi, charge in enumerate(case.charges):
            if hi >= len(ocase.charges):
                break
            ocharge = ocase.charges[hi]
            for key in CHARGE_KEYS:
                a, b = get_charge_value(ocharge, key), get_charge_value(charge, key)
                if a != b:
                    out[f"cases[{ci}].charges[{hi}].{charge_path_key(key)}"] = (_plain(a), _plain(b))
    return out


CHARGE_KEYS = (
    "statute", "description", "level", "offense_class", "offense_date", "disposition",
    "disposition_raw", "disposition_date", "sentence_kind", "sentence_length", "sentence_end",
    "grams", "attempt",
)  # fmt: skip


class RecordDocument(QObject):
    """Holds the current record and its original; every edit goes through here."""

    #: path, value before, value after (plain JSON values)
    changed = Signal(str, object, object)
    #: cases or charges were added or removed (tables must reset)
    structureChanged = Signal()

    def __init__(
        self,
        record: Record,
        original: Record | None = None,
        parent: QObject | None = None,
        edited_provider: Callable[[], dict[str, tuple[Any, Any]]] | None = None,
    ):
        super().__init__(parent)
        self._record = record
        self._original = original
        self._edited: dict[str, tuple[Any, Any]] | None = None
        #: where the edited values come from for a saved client (the database's own list)
        self.edited_provider = edited_provider

    # -- reading
    @property
    def record(self) -> Record:
        return self._record

    @property
    def original(self) -> Record | None:
        return self._original

    def edited(self) -> dict[str, tuple[Any, Any]]:
        if self._edited is None:
            if self.edited_provider is not None:
                self._edited = dict(self.edited_provider())
            else:
                self._edited = edited_paths(self._original, self._record)
        return self._edited

    def set_record(self, record: Record, original: Record | None = None) -> None:
        self._record = record
        self._original = original
        self._edited = None
        self.structureChanged.emit()

    def replace_silently(self, record: Record) -> None:
        """Take a record saved elsewhere (same cases and charges) without resetting the tables."""
        self._record = record
        self._edited = None

    def refresh_edited(self) -> None:
        """Forget the cached list of edited values (after a save)."""
        self._edited = None

    def original_value(self, path: str) -> Any:
        """What the document said at ``path`` (None when it is not an edited value)."""
        pair = self.edited().get(path)
        return pair[0] if pair else None

    # -- editing
    def _replace_case(self, ci: int, case: Case) -> None:
        cases = list(self._record.cases)
        cases[ci] = case
        self._record = self._record.with_cases(cases)
        self._edited = None

    def set_person(self, attr: str, value: Any) -> None:
        before = getattr(self._record.person, attr)
        if before == value:
            return
        self._record = replace(self._record, person=replace(self._record.person, **{attr: value}))
        self._edited = None
        self.changed.emit(f"person.{attr}", _plain(before), _plain(value))

    def set_case_value(self, ci: int, key: str, value: Any) -> None:
        case = self._record.cases[ci]
        before = getattr(case, key)
        if before == value:
            return
        self._replace_case(ci, replace(case, **{key: value}))
        self.changed.emit(f"cases[{ci}].{key}", _plain(before), _plain(value))

    def set_charge_value(self, ci: int, hi: int, key: str, value: Any) -> None:
        case = self._record.cases[ci]
        charge = case.charges[hi]
        before = get_charge_value(charge, key)
        if before == value:
            return
        charges = list(case.charges)
        charges[hi] = set_charge_value(charge, key, value)
        self._replace_case(ci, replace(case, charges=tuple(charges)))
        self.changed.emit(f"cases[{ci}].charges[{hi}].{charge_path_key(key)}", _plain(before), _plain(value))

    def add_case(self, case: Case | None = None) -> int:
        cases = [*self._record.cases, case or Case(charges=(Charge(),))]
        self._record = self._record.with_cases(cases)
        self._edited = None
        self.structureChanged.emit()
        self.changed.emit(f"cases[{len(cases) - 1}]", None, "added")
        return len(cases) - 1

    def remove_case(self, ci: int) -> None:
        cases = list(self._record.cases)
        gone = cases.pop(ci)
        self._record = self._record.with_cases(cases)
        if self._original is not None and ci < len(self._original.cases):
            ocases = list(self._original.cases)
            ocases.pop(ci)
            self._original = self._original.with_cases(ocases)
        self._edited = None
        self.structureChanged.emit()
        self.changed.emit(f"cases[{ci}]", gone.case_number, "deleted")

    def add_charge(self, ci: int, charge: Charge | None = None) -> int:
        case = self._record.cases[ci]
        charges = (*case.charges, charge or Charge())
        self._replace_case(ci, replace(case, charges=charges))
        self.structureChanged.emit()
        self.changed.emit(f"cases[{ci}].charges[{len(charges) - 1}]", None, "added")
        return len(charges) - 1

    def remove_charge(self, ci: int, hi: int) -> None:
        case = self._record.cases[ci]
        charges = list(case.charges)
        gone = charges.pop(hi)
        self._replace_case(ci, replace(case, charges=tuple(charges)))
        if self._original is not None and ci < len(self._original.cases):
            ocase = self._original.cases[ci]
            if hi < len(ocase.charges):
                ocharges = list(ocase.charges)
                ocharges.pop(hi)
                ocases = list(self._original.cases)
                ocases[ci] = replace(ocase, charges=tuple(ocharges))
                self._original = self._original.with_cases(ocases)
        self.structureChanged.emit()
        self.changed.emit(f"cases[{ci}].charges[{hi}]", gone.statute, "deleted")
