"""The record editor: the person, the cases, and the charges of the chosen case.

Used by the Record tab (each edit saved at once) and by the import review
(kept until the volunteer accepts). Edited values are shaded and italic, with
the value the document gave in the tooltip.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui.delegates import OptionalDateEdit, RecordDelegate
from reliefdesk.gui.models import CaseTableModel, ChargeTableModel
from reliefdesk.gui.recorddoc import RecordDocument


def _qdate(d: date | None) -> QDate | None:
    return QDate(d.year, d.month, d.day) if d else None


def _pydate(d: QDate | None) -> date | None:
    return date(d.year(), d.month(), d.day()) if d is not None and d.isValid() else None


class RecordTable(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (keyboard users)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setWordWrap(False)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their content, within reason (long agency names are cut)."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for c in range(header.count()):
            header.resizeSection(c, max(70, min(header.sectionSize(c) + 8, 240)))


class RecordEditor(QWidget):
    """Person fields plus a case table and a charge table."""

    caseSelected = Signal(int)

    def __init__(self, document: RecordDocument, parent: QWidget | None = None, statutes: list[str] | None = None):
        super().__init__(parent)
        self.document = document
        # One delegate per view: a shared one would send each commit to both views.
        self.delegate = RecordDelegate(self, statutes)
        self.case_delegate = RecordDelegate(self, statutes)

        # Person
        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("LAST, FIRST MIDDLE"))
        self.dob_edit = OptionalDateEdit()
        self.dob_edit.setAccessibleName(self.tr("Date of birth"))
        self.dob_edit.setMaximumWidth(180)
        self.name_edit.setMaximumWidth(480)
        self.jurisdiction_label = QLabel()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        dob_label = QLabel(self.tr("Date of &birth:"))
        dob_label.setBuddy(self.dob_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(dob_label, self.dob_edit)
        form.addRow(self.tr("State:"), self.jurisdiction_label)
        self.name_edit.editingFinished.connect(self._name_edited)
        self.dob_edit.editingFinished.connect(self._dob_edited)

        # Cases
        self.case_model = CaseTableModel(document, self)
        self.case_view = RecordTable()
        self.case_view.setModel(self.case_model)
        self.case_view.setItemDelegate(self.case_delegate)
        self.case_view.setAccessibleName(self.tr("Cases"))
        self.add_case_button = QPushButton(self.tr("Add &case"))
        self.delete_case_button = QPushButton(self.tr("Delete case"))
        self.add_case_button.clicked.connect(self.add_case)
        self.delete_case_button.clicked.connect(self.delete_case)
        cases_box = QGroupBox(self.tr("&Cases"))
        cases_label_layout = QVBoxLayout(cases_box)
        cases_label_layout.addWidget(self.case_view)
        row = QHBoxLayout()
        row.addWidget(self.add_case_button)
        row.addWidget(self.delete_case_button)
        row.addStretch(1)
        cases_label_layout.addLayout(row)

        # Charges
        self.charge_model = ChargeTableModel(document, self)
        self.charge_view = RecordTable()
        self.charge_view.setModel(self.charge_model)
        self.charge_view.setItemDelegate(self.delegate)
        self.charge_view.setAccessibleName(self.tr("Charges of the chosen case"))
        self.add_charge_button = QPushButton(self.tr("Add c&harge"))
        self.delete_charge_button = QPushButton(self.tr("Delete charge"))
        self.add_charge_button.clicked.connect(self.add_charge)
        self.delete_charge_button.clicked.connect(self.delete_charge)
        self.charges_box = QGroupBox(self.tr("Charges"))
        charges_layout = QVBoxLayout(self.charges_box)
        charges_layout.addWidget(self.charge_view)
        row = QHBoxLayout()
        row.addWidget(self.add_charge_button)
        row.addWidget(self.delete_charge_button)
        legend = QLabel(self.tr("Shaded, slanted values were changed by hand; hover to see what the document said."))
        legend.setWordWrap(True)
        row.addWidget(legend, 1)
        charges_layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(cases_box)
        split.addWidget(self.charges_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(person)
        layout.addWidget(split, 1)

        self.case_view.selectionModel().currentRowChanged.connect(self._case_changed)
        document.structureChanged.connect(self._structure_changed)
        self.case_model.modelReset.connect(self._reselect)

        # Delete key removes the selected charge when the charge table has focus.
        for view, slot in ((self.case_view, self.delete_case), (self.charge_view, self.delete_charge)):
            sc = QShortcut(QKeySequence(Qt.Key.Key_Delete), view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        self.setTabOrder(self.name_edit, self.dob_edit)
        self.setTabOrder(self.dob_edit, self.case_view)
        self.setTabOrder(self.case_view, self.add_case_button)
        self.setTabOrder(self.add_case_button, self.delete_case_button)
        self.setTabOrder(self.delete_case_button, self.charge_view)
        self.setTabOrder(self.charge_view, self.add_charge_button)
        self.setTabOrder(self.add_charge_button, self.delete_charge_button)
        self._load_person()
        self._reselect()

    # -- loading
    def _load_person(self) -> None:
        person = self.document.record.person
        self.name_edit.setText(person.name or "")
        self.dob_edit.set_value(_qdate(person.dob))
        j = self.document.record.jurisdiction.value
        self.jurisdiction_label.setText({"IL": self.tr("Illinois"), "CA": self.tr("California")}.get(j, j))

    def _structure_changed(self) -> None:
        self._load_person()

    def _reselect(self) -> None:
        n = self.case_model.rowCount()
        want = self.charge_model.case_index
        if n == 0:
            self.charge_model.set_case(-1)
        else:
            self.select_case(min(max(want, 0), n - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_case = 0 <= self.charge_model.case_index < self.case_model.rowCount()
        self.delete_case_button.setEnabled(has_case and not self.case_model.read_only)
        self.add_charge_button.setEnabled(has_case and not self.case_model.read_only)
        self.delete_charge_button.setEnabled(
            has_case and self.charge_model.rowCount() > 0 and not self.case_model.read_only
        )
        if has_case:
            number = self.document.record.cases[self.charge_model.case_index].case_number
            self.charges_box.setTitle(self.tr("C&harges in case %1").replace("%1", number or self.tr("(no number)")))
        else:
            self.charges_box.setTitle(self.tr("Charges"))

    def select_case(self, row: int) -> None:
        index = self.case_model.index(row, 0)
        self.case_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if self.charge_model.case_index != row:
            self.charge_model.set_case(row)
        self._update_buttons()

    def _case_changed(self, current: object, previous: object) -> None:
        row = self.case_view.currentIndex().row()
        if row != self.charge_model.case_index:
            self.charge_model.set_case(row)
            self.caseSelected.emit(row)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.case_model.read_only = read_only
        self.charge_model.read_only = read_only
        self.name_edit.setReadOnly(read_only)
        self.dob_edit.setReadOnly(read_only)
        for b in (self.add_case_button, self.delete_case_button, self.add_charge_button, self.delete_charge_button):
            b.setVisible(not read_only)

    # -- editing
    def _name_edited(self) -> None:
        text = self.name_edit.text().strip() or None
        self.document.set_person("name", text)

    def _dob_edited(self) -> None:
        self.document.set_person("dob", _pydate(self.dob_edit.value()))

    def commit_pending(self) -> None:
        """Save what is in the person fields and any open cell editor (before leaving)."""
        focus = QApplication.focusWidget()
        for view in (self.case_view, self.charge_view):
            if view.state() != QAbstractItemView.State.EditingState:
                continue
            widget = focus
            while widget is not None and widget.parentWidget() is not view.viewport():
                widget = widget.parentWidget()
            if widget is not None:
                view.commitData(widget)
        self._name_edited()
        self._dob_edited()

    def add_case(self) -> None:
        row = self.document.add_case()
        self.select_case(row)
        self.case_view.setFocus()
        self.case_view.edit(self.case_model.index(row, 0))

    def delete_case(self) -> None:
        row = self.charge_model.case_index
        if 0 <= row < self.case_model.rowCount() and not self.case_model.read_only:
            self.document.remove_case(row)

    def add_charge(self) -> None:
        ci = self.charge_model.case_index
        if ci < 0:
            return
        row = self.document.add_charge(ci)
        self.charge_view.setFocus()
        index = self.charge_model.index(row, 0)
        self.charge_view.setCurrentIndex(index)
        self.charge_view.edit(index)

    def delete_charge(self) -> None:
        ci = self.charge_model.case_index
        row = self.charge_view.currentIndex().row()
        if ci >= 0 and 0 <= row < self.charge_model.rowCount() and not self.case_model.read_only:
            self.document.remove_charge(ci, row)
