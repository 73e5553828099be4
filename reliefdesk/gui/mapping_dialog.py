"""Which column is which: the spreadsheet column mapping, confirmed before reading.

Shown by the import when a CSV or XLSX file has no saved mapping for its
headers: each record field with a choice of the file's columns, preset with
the reader's guess (``readers.spreadsheet.guess_mapping``). On *Save and read*
the mapping is saved (``services.analysis.save_spreadsheet_mapping``), so the
next file with the same headers reads without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui.errors import show_error
from reliefdesk.gui.strings import QT_TRANSLATE_NOOP
from reliefdesk.readers.spreadsheet import CHARGE_FIELDS, FIELDS, ColumnMapping

#: Field -> label shown to the volunteer.
FIELD_LABELS: dict[str, str] = {
    "person_id": QT_TRANSLATE_NOOP("MappingDialog", "Person or client number"),
    "name": QT_TRANSLATE_NOOP("MappingDialog", "Full name"),
    "last_name": QT_TRANSLATE_NOOP("MappingDialog", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("MappingDialog", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("MappingDialog", "Middle name"),
    "dob": QT_TRANSLATE_NOOP("MappingDialog", "Date of birth"),
    "sid": QT_TRANSLATE_NOOP("MappingDialog", "State ID (SID)"),
    "fbi": QT_TRANSLATE_NOOP("MappingDialog", "FBI number"),
    "ir": QT_TRANSLATE_NOOP("MappingDialog", "IR number"),
    "case_number": QT_TRANSLATE_NOOP("MappingDialog", "Case number"),
    "other_numbers": QT_TRANSLATE_NOOP("MappingDialog", "Other numbers (DCN, CB, RD)"),
    "county": QT_TRANSLATE_NOOP("MappingDialog", "County"),
    "court": QT_TRANSLATE_NOOP("MappingDialog", "Court"),
    "arrest_date": QT_TRANSLATE_NOOP("MappingDialog", "Arrest date"),
    "agency": QT_TRANSLATE_NOOP("MappingDialog", "Arresting agency"),
    "statute": QT_TRANSLATE_NOOP("MappingDialog", "Statute"),
    "description": QT_TRANSLATE_NOOP("MappingDialog", "Charge description"),
    "class": QT_TRANSLATE_NOOP("MappingDialog", "Class or level"),
    "offense_date": QT_TRANSLATE_NOOP("MappingDialog", "Offense date"),
    "disposition": QT_TRANSLATE_NOOP("MappingDialog", "Disposition"),
    "disposition_date": QT_TRANSLATE_NOOP("MappingDialog", "Disposition date"),
    "sentence": QT_TRANSLATE_NOOP("MappingDialog", "Sentence"),
    "sentence_date": QT_TRANSLATE_NOOP("MappingDialog", "Sentence date"),
    "sentence_end": QT_TRANSLATE_NOOP("MappingDialog", "Sentence end"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("MappingDialog", FIELD_LABELS.get(name, name))


class MappingDialog(QDialog):
    """One choice list per record field; ``mapping()`` is the volunteer's answer."""

    def __init__(self, path: Path, mapping: ColumnMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", path.name))
        self.setObjectName("MappingDialog")
        self.resize(560, 640)
        self.headers = mapping.headers
        intro = QLabel(
            self.tr("Say which column of %1 holds what. The guess from the column names is filled in; "
                    "this choice is saved and used for every file with the same columns.").replace("%1", path.name)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), "")
            for header in self.headers:
                combo.addItem(header, header)
            current = mapping.column(name)
            if current:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            label = field_label(name)
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._update)
            form.addRow(label, combo)
            self.combos[name] = combo
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        self.unused = QLabel()
        self.unused.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Save and read"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.unused)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def mapping(self) -> ColumnMapping:
        columns = {name: str(c.currentData()) for name, c in self.combos.items() if c.currentData()}
        return ColumnMapping(headers=tuple(self.headers), columns=columns, guessed=False)

    def problems(self) -> list[str]:
        columns = self.mapping().columns
        out: list[str] = []
        if not any(columns.get(n) for n in CHARGE_FIELDS):
            out.append(self.tr("Choose at least the column of the case number, statute, charge or disposition."))
        used: dict[str, list[str]] = {}
        for name, header in columns.items():
            used.setdefault(header, []).append(field_label(name))
        for header, names in used.items():
            if len(names) > 1:
                out.append(self.tr("Column %1 is chosen for %2: choose it once.")
                           .replace("%1", header).replace("%2", ", ".join(names)))  # fmt: skip
        return out

    def _update(self, *_: Any) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        unused = self.mapping().unmapped_headers()
        self.unused.setText(self.tr("Columns not read: %1").replace("%1", ", ".join(unused)) if unused else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problems)


def ask_columns(parent: QWidget, path: Path, mapping: ColumnMapping,
                save: Callable[[ColumnMapping], Any] | None) -> bool:  # fmt: skip
    """Show the column dialog for ``path`` preset with ``mapping``; on *Save and read* keep the answer
    with ``save``. False when the volunteer cancels, or the answer could not be saved (they are told why)."""
    dialog = MappingDialog(path, mapping, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if save is not None:
            try:
                save(dialog.mapping())
            except OSError as exc:
                show_error(parent, QCoreApplication.translate("MappingDialog", "Could not save the columns"), exc)
                return False
        return True
    finally:
        dialog.deleteLater()
