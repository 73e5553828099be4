"""Small dialogs: settings, a new client, the passphrase."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui.delegates import OptionalDateEdit

#: Keys kept with ClientService.set_settings (remembered between runs).
SETTING_KEYS = (
    "clinic_name",
    "clinic_address",
    "volunteer_name",
    "default_county",
    "default_filing_date",
    "data_folder",
    "lock_minutes",
)
DEFAULT_IDLE_MINUTES = 15


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class SettingsDialog(QDialog):
    def __init__(self, values: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.clinic_name = QLineEdit(values.get("clinic_name", ""))
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.clinic_address = QPlainTextEdit(values.get("clinic_address", ""))
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setFixedHeight(70)
        self.clinic_address.setAccessibleName(self.tr("Clinic address"))
        self.volunteer_name = QLineEdit(values.get("volunteer_name", ""))
        self.volunteer_name.setAccessibleName(self.tr("Volunteer name"))
        self.default_county = QLineEdit(values.get("default_county", ""))
        self.default_county.setPlaceholderText(self.tr("for example Cook"))
        self.default_county.setAccessibleName(self.tr("Default county"))
        self.default_filing = OptionalDateEdit()
        self.default_filing.setSpecialValueText(self.tr("(the day of the analysis)"))
        self.default_filing.setAccessibleName(self.tr("Default filing date"))
        filing = values.get("default_filing_date", "")
        if filing:
            try:
                d = date.fromisoformat(filing)
                self.default_filing.set_value(QDate(d.year, d.month, d.day))
            except ValueError:
                self.default_filing.set_value(None)
        else:
            self.default_filing.set_value(None)
        self.data_folder = QLineEdit(values.get("data_folder", ""))
        self.data_folder.setPlaceholderText(self.tr("(the reliefdesk data folder)"))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        fl = QHBoxLayout(folder_row)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.data_folder, 1)
        fl.addWidget(browse)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle time"))
        try:
            self.idle_minutes.setValue(int(values.get("lock_minutes", DEFAULT_IDLE_MINUTES)))
        except ValueError:
            self.idle_minutes.setValue(DEFAULT_IDLE_MINUTES)
        _row(form, self.tr("&Clinic name:"), self.clinic_name)
        _row(form, self.tr("Clinic &address:"), self.clinic_address)
        _row(form, self.tr("&Volunteer name:"), self.volunteer_name)
        _row(form, self.tr("Default c&ounty:"), self.default_county)
        _row(form, self.tr("Default &filing date:"), self.default_filing)
        label = QLabel(self.tr("&Data folder:"))
        label.setBuddy(self.data_folder)
        form.addRow(label, folder_row)
        _row(form, self.tr("&Lock after:"), self.idle_minutes)
        note = QLabel(
            self.tr("Packets are kept in the data folder, one folder per client. When the database has a "
                    "passphrase, the window locks after the idle time and asks for it again.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_folder.text())
        if folder:
            self.data_folder.setText(folder)

    def values(self) -> dict[str, str]:
        filing = self.default_filing.value()
        return {
            "clinic_name": self.clinic_name.text().strip(),
            "clinic_address": self.clinic_address.toPlainText().strip(),
            "volunteer_name": self.volunteer_name.text().strip(),
            "default_county": self.default_county.text().strip(),
            "default_filing_date": filing.toString("yyyy-MM-dd") if filing is not None else "",
            "data_folder": self.data_folder.text().strip(),
            "lock_minutes": str(self.idle_minutes.value()),
        }


class NewClientDialog(QDialog):
    """Name, date of birth and state: enough to start a record typed by hand."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("LAST, FIRST MIDDLE"))
        self.name.setAccessibleName(self.tr("Name"))
        self.dob = OptionalDateEdit()
        self.dob.setAccessibleName(self.tr("Date of birth"))
        self.dob.set_value(None)
        self.state = QComboBox()
        self.state.addItem(self.tr("Illinois"), "IL")
        self.state.addItem(self.tr("California"), "CA")
        self.state.setAccessibleName(self.tr("State"))
        _row(form, self.tr("&Name:"), self.name)
        _row(form, self.tr("Date of &birth:"), self.dob)
        _row(form, self.tr("&State:"), self.state)
        hint = QLabel(self.tr("Then add the cases and charges on the Record tab, or import a rap sheet (Ctrl+I)."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Type the client's name."))
            self.name.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, date | None, str]:
        d = self.dob.value()
        dob = date(d.year(), d.month(), d.day()) if d is not None else None
        return self.name.text().strip(), dob, str(self.state.currentData())


class PassphraseDialog(QDialog):
    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.setMinimumWidth(380)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def passphrase(self) -> str:
        return self.edit.text()


