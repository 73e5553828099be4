"""Editors for the record tables: date pickers, choice lists, statute completion.

The model says which editor a cell wants (``EditorRole``); this delegate makes
it. Dates may be left empty (unknown is an answer): the date picker shows
"(not known)" at its minimum, which means no date.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reliefdesk.gui.models import ChoicesRole, EditorRole

NO_DATE = QDate(1900, 1, 1)

AnyIndex = QModelIndex | QPersistentModelIndex


class OptionalDateEdit(QDateEdit):
    """A date picker that can say "not known" (its minimum date)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("(not known)"))

    def set_value(self, value: QDate | None) -> None:
        self.setDate(value if isinstance(value, QDate) and value.isValid() else NO_DATE)

    def value(self) -> QDate | None:
        d = self.date()
        return None if d == NO_DATE else d


class RecordDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, statutes: list[str] | None = None):
        super().__init__(parent)
        self._statutes = QStringListModel(sorted(set(statutes or [])))

    def set_statutes(self, statutes: list[str]) -> None:
        self._statutes.setStringList(sorted(set(statutes)))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        kind = index.data(EditorRole)
        if kind == "date":
            return OptionalDateEdit(parent)
        if kind == "enum":
            combo = QComboBox(parent)
            for value, label in index.data(ChoicesRole) or []:
                combo.addItem(label, value.value if value is not None else None)
            return combo
        if kind == "statute":
            edit = QLineEdit(parent)
            completer = QCompleter(self._statutes, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            return edit
        if kind in ("text", "number"):
            return QLineEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QLineEdit) and index.data(EditorRole) in ("statute", "number", "text"):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and index.data(EditorRole) in ("statute", "number", "text"):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
