"""Qt item models: one QAbstractTableModel per list (Vorta's habit).

Column constants, a custom role for the backing object, ``set_rows`` that
resets the model, headers marked for translation. Every model here is checked
with pytest-qt's ``qtmodeltester``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reliefdesk.gui import strings
from reliefdesk.gui.recorddoc import RecordDocument, charge_path_key, get_charge_value
from reliefdesk.gui.strings import QT_TRANSLATE_NOOP
from reliefdesk.model import Disposition, Level, OffenseClass, SentenceKind

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the backing object of the row
EditorRole = Qt.ItemDataRole.UserRole + 2  # which editor the delegate makes: "date", "enum", ...
ChoicesRole = Qt.ItemDataRole.UserRole + 3  # [(value, label)] for "enum" editors
EditedRole = Qt.ItemDataRole.UserRole + 4  # True when the value differs from the document
OriginalRole = Qt.ItemDataRole.UserRole + 5  # the value the document gave

EDITED_BRUSH = QBrush(QColor("#fff4c2"))

AnyIndex = QModelIndex | QPersistentModelIndex


def _translate(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # marked with QT_TRANSLATE_NOOP("Columns", ...)
    editor: str = "text"  # text | date | enum | statute | bool | number | readonly
    labels: dict[str, str] | None = None  # enum value -> label


def enum_choices(labels: dict[str, str], enum: type[StrEnum], allow_none: bool) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = [(None, strings.tr(strings.EMPTY))] if allow_none else []
    out += [(m, strings.label(labels, m)) for m in enum]
    return out


_ENUMS: dict[str, tuple[type[StrEnum], bool]] = {
    "disposition": (Disposition, False),
    "level": (Level, True),
    "offense_class": (OffenseClass, True),
    "sentence_kind": (SentenceKind, True),
}


def _display(col: Column, value: Any) -> str:
    if value is None:
        return ""
    if col.editor == "enum" and col.labels is not None:
        return strings.label(col.labels, value)
    if col.editor == "bool":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _edit_value(col: Column, value: Any) -> Any:
    if col.editor == "date":
        return QDate(value.year, value.month, value.day) if value else None
    if col.editor == "enum":
        return value.value if isinstance(value, StrEnum) else value
    return value


def _from_edit(col: Column, value: Any) -> Any:
    """Turn what an editor gives back into the model's value (or raise ValueError)."""
    if col.editor == "date":
        if value is None or value == "":
            return None
        if isinstance(value, QDate):
            return date(value.year(), value.month(), value.day()) if value.isValid() else None
        if isinstance(value, date):
            return value
        return date.fromisoformat(str(value).strip())
    if col.editor == "enum":
        enum, allow_none = _ENUMS[col.key]
        if value is None or value == "":
            if not allow_none:
                raise ValueError("a value is needed")
            return None
        return enum(value.value if isinstance(value, StrEnum) else str(value))
    if col.editor == "number":
        if value is None or str(value).strip() == "":
            return None
        return float(value)
    if col.editor == "bool":
        return bool(value)
    text = str(value).strip() if value is not None else ""
    return text or None


class _RecordTableModel(QAbstractTableModel):
    """Shared by the case and charge tables: columns, editors, edited marks."""

    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, document: RecordDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.read_only = False
        document.structureChanged.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
                return _translate(self.COLUMNS[section].header)
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self.COLUMNS):
            if col.key == key:
                return i
        raise KeyError(key)

    # subclasses
    def _value(self, row: int, col: Column) -> Any:
        raise NotImplementedError

    def _path(self, row: int, col: Column) -> str:
        raise NotImplementedError

    def _set(self, row: int, col: Column, value: Any) -> None:
        raise NotImplementedError

    def _object(self, row: int) -> Any:
        raise NotImplementedError

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= len(self.COLUMNS):
            return None
        col = self.COLUMNS[index.column()]
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(col, self._value(row, col))
        if role == Qt.ItemDataRole.EditRole:
            return _edit_value(col, self._value(row, col))
        if role == Qt.ItemDataRole.CheckStateRole and col.editor == "bool":
            return Qt.CheckState.Checked if self._value(row, col) else Qt.CheckState.Unchecked
        if role == ObjectRole:
            return self._object(row)
        if role == EditorRole:
            return col.editor
        if role == ChoicesRole and col.editor == "enum" and col.labels is not None:
            enum, allow_none = _ENUMS[col.key]
            return enum_choices(col.labels, enum, allow_none)
        path = self._path(row, col)
        edited = self.document.edited()
        if role == EditedRole:
            return path in edited
        if role == OriginalRole:
            pair = edited.get(path)
            return pair[0] if pair else None
        if role == Qt.ItemDataRole.BackgroundRole and path in edited:
            return EDITED_BRUSH
        if role == Qt.ItemDataRole.FontRole and path in edited:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if path in edited:
                before = edited[path][0]
                if col.editor == "enum" and col.labels is not None and before is not None:
                    shown = strings.label(col.labels, before)
                else:
                    shown = "" if before is None else str(before)
                return QCoreApplication.translate("Columns", "Edited. The document said: %1").replace(
                    "%1", shown or QCoreApplication.translate("Columns", "(nothing)")
                )
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _display(col, self._value(row, col))
            if path in edited:
                text += " " + QCoreApplication.translate("Columns", "(edited)")
            return text
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.COLUMNS[index.column()]
        if self.read_only or col.editor == "readonly":
            return base
        if col.editor == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and col.editor == "bool":
            value = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        elif role != Qt.ItemDataRole.EditRole or col.editor in ("readonly", "bool"):
            return False
        try:
            new = _from_edit(col, value)
        except ValueError:
            return False
        if new == self._value(index.row(), col):
            return False
        self._set(index.row(), col, new)
        # The whole row: the edited mark can change, and a charge count may too.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        return True


class CaseTableModel(_RecordTableModel):
    """The cases of the record: one row per case."""

    COLUMNS = (
        Column("case_number", QT_TRANSLATE_NOOP("Columns", "Case number")),
        Column("county", QT_TRANSLATE_NOOP("Columns", "County")),
        Column("court", QT_TRANSLATE_NOOP("Columns", "Court")),
        Column("arrest_date", QT_TRANSLATE_NOOP("Columns", "Arrest date"), "date"),
        Column("agency", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("charges", QT_TRANSLATE_NOOP("Columns", "Charges"), "readonly"),
    )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.document.record.cases)

    def _object(self, row: int) -> Any:
        return self.document.record.cases[row]

    def _value(self, row: int, col: Column) -> Any:
        case = self.document.record.cases[row]
        if col.key == "charges":
            return len(case.charges)
        return getattr(case, col.key)

    def _path(self, row: int, col: Column) -> str:
        return f"cases[{row}].{col.key}"

    def _set(self, row: int, col: Column, value: Any) -> None:
        self.document.set_case_value(row, col.key, value)


class ChargeTableModel(_RecordTableModel):
    """The charges of one case (``set_case``)."""

    COLUMNS = (
        Column("statute", QT_TRANSLATE_NOOP("Columns", "Statute"), "statute"),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
        Column("level", QT_TRANSLATE_NOOP("Columns", "Level"), "enum", strings.LEVEL_LABELS),
        Column("offense_class", QT_TRANSLATE_NOOP("Columns", "Class"), "enum", strings.CLASS_LABELS),
        Column("disposition", QT_TRANSLATE_NOOP("Columns", "Disposition"), "enum", strings.DISPOSITION_LABELS),
        Column("disposition_date", QT_TRANSLATE_NOOP("Columns", "Disposition date"), "date"),
        Column("sentence_kind", QT_TRANSLATE_NOOP("Columns", "Sentence"), "enum", strings.SENTENCE_LABELS),
        Column("sentence_length", QT_TRANSLATE_NOOP("Columns", "Length")),
        Column("sentence_end", QT_TRANSLATE_NOOP("Columns", "Sentence ended"), "date"),
        Column("offense_date", QT_TRANSLATE_NOOP("Columns", "Offense date"), "date"),
        Column("grams", QT_TRANSLATE_NOOP("Columns", "Grams"), "number"),
        Column("attempt", QT_TRANSLATE_NOOP("Columns", "Attempt"), "bool"),
        Column("disposition_raw", QT_TRANSLATE_NOOP("Columns", "As written"), "readonly"),
    )

    def __init__(self, document: RecordDocument, parent: QObject | None = None):
        super().__init__(document, parent)
        self.case_index = -1

    def set_case(self, case_index: int) -> None:
        self.beginResetModel()
        self.case_index = case_index
        self.endResetModel()

    def _reset(self) -> None:
        self.beginResetModel()
        if self.case_index >= len(self.document.record.cases):
            self.case_index = len(self.document.record.cases) - 1
        self.endResetModel()

    def _charges(self) -> tuple[Any, ...]:
        cases = self.document.record.cases
        if 0 <= self.case_index < len(cases):
            return cases[self.case_index].charges
        return ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._charges())

    def _object(self, row: int) -> Any:
        return self._charges()[row]

    def _value(self, row: int, col: Column) -> Any:
        return get_charge_value(self._charges()[row], col.key)

    def _path(self, row: int, col: Column) -> str:
        return f"cases[{self.case_index}].charges[{row}].{charge_path_key(col.key)}"

    def _set(self, row: int, col: Column, value: Any) -> None:
        self.document.set_charge_value(self.case_index, row, col.key, value)


class _ListModel(QAbstractTableModel):
    """A read-only list of rows with translated column headers (Vorta's habit)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return _translate(self.HEADERS[section])
        return None


class ClientListModel(_ListModel):
    """The client list: name, date of birth, case numbers."""

    NAME, DOB, CASES, UPDATED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Date of birth"),
        QT_TRANSLATE_NOOP("Columns", "Case numbers"),
        QT_TRANSLATE_NOOP("Columns", "Last changed"),
    )

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, client_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == client_id:
                return i
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            c = index.column()
            if c == self.NAME:
                return row.name or QCoreApplication.translate("Columns", "(no name)")
            if c == self.DOB:
                return _iso(row.dob)
            if c == self.CASES:
                return ", ".join(row.case_numbers or ())
            if c == self.UPDATED:
                return _iso(row.updated_at)[:16].replace("T", " ")
        if role == ObjectRole:
            return row
        return None


class HistoryModel(_ListModel):
    """What happened to a client's file, newest first."""

    WHEN, WHAT, DETAIL, BEFORE, AFTER, WHO = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "What"),
        QT_TRANSLATE_NOOP("Columns", "Detail"),
        QT_TRANSLATE_NOOP("Columns", "Before"),
        QT_TRANSLATE_NOOP("Columns", "After"),
        QT_TRANSLATE_NOOP("Columns", "Who"),
    )
    ACTIONS = {
        "import": QT_TRANSLATE_NOOP("Columns", "Imported"),
        "imported": QT_TRANSLATE_NOOP("Columns", "Imported"),
        "created": QT_TRANSLATE_NOOP("Columns", "Created"),
        "create": QT_TRANSLATE_NOOP("Columns", "Created"),
        "edit": QT_TRANSLATE_NOOP("Columns", "Edited"),
        "add_case": QT_TRANSLATE_NOOP("Columns", "Case added"),
        "delete_case": QT_TRANSLATE_NOOP("Columns", "Case deleted"),
        "add_charge": QT_TRANSLATE_NOOP("Columns", "Charge added"),
        "delete_charge": QT_TRANSLATE_NOOP("Columns", "Charge deleted"),
        "edited": QT_TRANSLATE_NOOP("Columns", "Edited"),
        "analysis": QT_TRANSLATE_NOOP("Columns", "Analyzed"),
        "analyzed": QT_TRANSLATE_NOOP("Columns", "Analyzed"),
        "document": QT_TRANSLATE_NOOP("Columns", "Document made"),
        "printed": QT_TRANSLATE_NOOP("Columns", "Printed"),
        "saved_pdf": QT_TRANSLATE_NOOP("Columns", "Saved as PDF"),
    }

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda e: (str(e.at), e.id), reverse=True)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c = index.column()
            if c == self.WHEN:
                return _iso(e.at)[:19].replace("T", " ")
            if c == self.WHAT:
                label = self.ACTIONS.get(str(e.action))
                return _translate(label) if label else str(e.action)
            if c == self.DETAIL:
                detail = str(e.detail or "")
                if role == Qt.ItemDataRole.DisplayRole and _PATH.match(detail):
                    return readable_path(detail)
                if role == Qt.ItemDataRole.DisplayRole and "/" in detail and ": " in detail:
                    head, _, tail = detail.partition(": ")
                    return f"{head}: {tail.rsplit('/', 1)[-1]}"
                return detail
            if c == self.BEFORE:
                return _short(e.before)
            if c == self.AFTER:
                return _short(e.after)
            if c == self.WHO:
                return e.actor or ""
        if role == ObjectRole:
            return e
        return None


_PATH = re.compile(r"^(person|cases\[\d+\])[\w.\[\]]*$")
_FIELD_NAMES = {
    "class": QT_TRANSLATE_NOOP("Columns", "Class"),
    "sentence.kind": QT_TRANSLATE_NOOP("Columns", "Sentence"),
    "sentence.end": QT_TRANSLATE_NOOP("Columns", "Sentence ended"),
    "sentence.length": QT_TRANSLATE_NOOP("Columns", "Length"),
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "dob": QT_TRANSLATE_NOOP("Columns", "Date of birth"),
}


def readable_path(path: str) -> str:
    """``cases[1].charges[0].disposition`` -> ``Case 2, charge 1: Disposition``."""
    m = re.match(r"^cases\[(\d+)\](?:\.charges\[(\d+)\])?\.?(.*)$", path)
    if m is None:
        if path.startswith("person."):
            field = path[len("person."):]
            label = _FIELD_NAMES.get(field)
            return QCoreApplication.translate("Columns", "Person") + ": " + (_translate(label) if label else field)
        return path
    case, charge, field = m.groups()
    where = QCoreApplication.translate("Columns", "Case %1").replace("%1", str(int(case) + 1))
    if charge is not None:
        where += ", " + QCoreApplication.translate("Columns", "charge %1").replace("%1", str(int(charge) + 1))
    if not field:
        return where
    labels = {col.key: col.header for col in (*CaseTableModel.COLUMNS, *ChargeTableModel.COLUMNS)}
    label = _FIELD_NAMES.get(field) or labels.get(field)
    return f"{where}: {_translate(label) if label else field}"


def _iso(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _short(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:77] + "…"
