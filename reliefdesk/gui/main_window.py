"""The main window: the client list with instant search, and for the chosen
client the Record, Eligibility, Documents and History tabs.

Everything goes through ``reliefdesk.services`` (the same code as the CLI):
``ClientService`` for the database, ``analysis`` for reading and the engine,
``packets`` for documents. The window keeps no logic of its own beyond
presentation; each edit is saved the moment it is made, so nothing typed is
lost if the laptop's battery dies.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reliefdesk import paths
from reliefdesk.gui.dialogs import (
    DEFAULT_IDLE_MINUTES,
    NewClientDialog,
    PassphraseDialog,
    SettingsDialog,
)
from reliefdesk.gui.documents_pane import DocumentsPane
from reliefdesk.gui.eligibility_pane import EligibilityPane
from reliefdesk.gui.errors import describe, show_error
from reliefdesk.gui.import_dialog import ImportDialog
from reliefdesk.gui.models import ClientListModel, HistoryModel, ObjectRole
from reliefdesk.gui.record_editor import RecordEditor
from reliefdesk.gui.recorddoc import RecordDocument
from reliefdesk.gui.workers import Task
from reliefdesk.model import Analysis, Jurisdiction, Person, Record, UserError
from reliefdesk.services import analysis as analysis_service

RECORD_TAB, ELIGIBILITY_TAB, DOCUMENTS_TAB, HISTORY_TAB = range(4)


def _packets() -> Any:
    """The packets service, or None while its issue has not landed."""
    try:
        return importlib.import_module("reliefdesk.services.packets")
    except ModuleNotFoundError as exc:
        if exc.name == "reliefdesk.services.packets":
            return None
        raise


def known_statutes() -> list[str]:
    """Statutes for completion in the charge table.

    The engine's list when the analysis service offers one (``known_statutes``),
    else the statutes of the shipped demo records; the window adds those of every
    record it opens.
    """
    fn = getattr(analysis_service, "known_statutes", None)
    if callable(fn):
        return sorted({str(s) for s in fn()})
    from reliefdesk.model import record_from_json

    found: set[str] = set()
    for f in sorted(paths.demo_dir().glob("*.record.json")):
        try:
            record = record_from_json(f.read_text(encoding="utf-8"))
        except (UserError, OSError):
            continue
        found |= statutes_of(record)
    return sorted(found)


def statutes_of(record: Record) -> set[str]:
    return {ch.statute for case in record.cases for ch in case.charges if ch.statute}


def build_packet_task(
    record: Record,
    analysis: Analysis,
    out_dir: Path,
    settings: Any,
    county: str | None,
    report: Any = None,
    cancelled: Any = None,
) -> Any:
    packets = _packets()
    if packets is None:
        raise UserError("petition packets are not available in this version yet")
    return packets.build_packet(record, analysis, out_dir, settings=settings, county=county)


class IdleWatcher(QObject):
    """Restarts the idle timer on every key press or mouse action in the app."""

    idle = Signal()
    EVENTS = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)

    def set_minutes(self, minutes: float) -> None:
        self.timer.stop()
        self.msecs = int(minutes * 60_000)
        if self.msecs > 0:
            self.timer.start(self.msecs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS and self.timer.isActive():
            self.timer.start(self.msecs)
        return False


class MainWindow(QMainWindow):
    clientLoaded = Signal(int)
    packetReady = Signal(object)

    def __init__(self, service: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.client_id: int | None = None
        self.answers: dict[int, dict[str, str]] = {}
        self.packet_task: Task | None = None
        self.last_packet: Any = None
        self.locked = False
        self.unsaved = False
        self.settings: dict[str, str] = dict(service.get_settings() or {})
        self.setWindowTitle(self.tr("reliefdesk — record relief clinic"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._statutes = known_statutes()

        # ------------------------------------------------------------ clients
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, date of birth or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a client"))
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.client_model = ClientListModel(self)
        self.client_view = QTableView()
        self.client_view.setModel(self.client_model)
        self.client_view.setAccessibleName(self.tr("Clients"))
        self.client_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.client_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.client_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.client_view.setTabKeyNavigation(False)
        self.client_view.verticalHeader().setVisible(False)
        self.client_view.setAlternatingRowColors(True)
        self.client_view.setWordWrap(False)
        self.client_view.verticalHeader().setDefaultSectionSize(26)
        header = self.client_view.horizontalHeader()
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ClientListModel.DOB, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClientListModel.CASES, QHeaderView.ResizeMode.Stretch)
        self.client_view.setColumnHidden(ClientListModel.UPDATED, True)
        self.client_view.setColumnWidth(ClientListModel.NAME, 170)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New client"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.new_button.clicked.connect(self.new_client)
        self.import_button.clicked.connect(lambda: self.open_import())
        self.search.textChanged.connect(self.refresh_clients)
        self.search.returnPressed.connect(self._search_enter)
        self.client_view.selectionModel().currentRowChanged.connect(self._client_row_changed)
        left = QWidget()
        ll = QVBoxLayout(left)
        srow = QHBoxLayout()
        srow.addWidget(search_label)
        srow.addWidget(self.search, 1)
        ll.addLayout(srow)
        ll.addWidget(self.client_view, 1)
        ll.addWidget(self.count_label)
        brow = QHBoxLayout()
        brow.addWidget(self.new_button)
        brow.addWidget(self.import_button)
        ll.addLayout(brow)

        # --------------------------------------------------------------- tabs
        self.document = RecordDocument(Record(), parent=self)
        self.document.changed.connect(self._record_edited)
        self.record_editor = RecordEditor(self.document, statutes=self._statutes)
        self.eligibility = EligibilityPane(self._analyze)
        self.eligibility.analyzed.connect(self._analyzed)
        self.documents = DocumentsPane()
        self.documents.generateRequested.connect(self.generate_packet)
        self.documents.printRequested.connect(lambda: self.print_packet())
        self.documents.saveRequested.connect(self.save_packet_as)
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("History of this client's file"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setWordWrap(False)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setColumnWidth(HistoryModel.WHEN, 150)
        self.history_view.setColumnWidth(HistoryModel.WHAT, 110)
        self.history_view.setColumnWidth(HistoryModel.DETAIL, 320)
        self.history_view.setColumnWidth(HistoryModel.BEFORE, 160)
        self.history_view.setColumnWidth(HistoryModel.AFTER, 160)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.record_editor, self.tr("&Record"))
        self.tabs.addTab(self.eligibility, self.tr("&Eligibility"))
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.tabs.addTab(self.history_view, self.tr("&History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.client_title = QLabel()
        font = self.client_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.client_title.setFont(font)
        client_page = QWidget()
        cl = QVBoxLayout(client_page)
        cl.addWidget(self.client_title)
        cl.addWidget(self.tabs, 1)
        self.empty_page = QLabel(
            self.tr("Choose a client on the left, or start with\n\n"
                    "Ctrl+N  New client (typed by hand)\nCtrl+I  Import a rap sheet\nCtrl+F  Find a client")
        )
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.empty_page)
        self.right_stack.addWidget(client_page)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right_stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 900])
        split.setChildrenCollapsible(False)

        # --------------------------------------------------------- lock page
        self.lock_page = QWidget()
        lk = QVBoxLayout(self.lock_page)
        lk.addStretch(1)
        self.lock_label = QLabel(self.tr("Locked after a time without use. The client's data is hidden."))
        self.lock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lock_font = self.lock_label.font()
        lock_font.setPointSizeF(lock_font.pointSizeF() * 1.4)
        self.lock_label.setFont(lock_font)
        self.lock_hint = QLabel(self.tr("Press Enter or Unlock to go on. When the database has a passphrase, "
                                        "you will be asked for it."))
        self.lock_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_hint.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.unlock_button.setDefault(True)
        lk.addWidget(self.lock_label)
        lk.addWidget(self.lock_hint)
        urow = QHBoxLayout()
        urow.addStretch(1)
        urow.addWidget(self.unlock_button)
        urow.addStretch(1)
        lk.addLayout(urow)
        lk.addStretch(1)

        self.central = QStackedWidget()
        self.central.addWidget(split)
        self.central.addWidget(self.lock_page)
        self.setCentralWidget(self.central)

        self.setTabOrder(self.search, self.client_view)
        self.setTabOrder(self.client_view, self.new_button)
        self.setTabOrder(self.new_button, self.import_button)
        self.setTabOrder(self.import_button, self.tabs)

        self._make_actions()
        self._make_status_bar()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.apply_settings()
        self.refresh_clients()
        self._show_client_page(False)

    # ================================================================ actions
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.import_action = self._action(self.tr("&Import rap sheets…"), lambda: self.open_import(), "Ctrl+I")
        self.new_action = self._action(self.tr("&New client…"), self.new_client, "Ctrl+N")
        self.find_action = self._action(self.tr("&Find client"), self.focus_search, "Ctrl+F")
        self.generate_action = self._action(self.tr("&Generate packet"), self.generate_packet, "Ctrl+G")
        self.print_action = self._action(self.tr("&Print packet…"), lambda: self.print_packet(), "Ctrl+P")
        self.save_pdf_action = self._action(self.tr("&Save packet as PDF…"), self.save_packet_as, "Ctrl+Shift+S")
        self.open_folder_action = self._action(self.tr("Open packet &folder"), self.documents.open_folder)
        self.delete_action = self._action(self.tr("&Delete client…"), self.delete_client)
        self.settings_action = self._action(self.tr("S&ettings…"), self.open_settings, "Ctrl+,")
        self.lock_action = self._action(self.tr("&Lock now"), self.lock, "Ctrl+L")
        self.batch_action = self._action(self.tr("&Batch review…"), self.open_batch)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About reliefdesk"), self.show_about)
        self.tab_actions = []
        for i, name in enumerate((self.tr("&Record"), self.tr("&Eligibility"), self.tr("&Documents"),
                                  self.tr("&History"))):
            self.tab_actions.append(self._action(name, lambda _=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}"))
        self.batch_action.setEnabled(
            importlib.util.find_spec("reliefdesk.gui.batch_window") is not None
        )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.import_action, self.new_action, None, self.batch_action, None, self.settings_action,
                  self.lock_action, None, self.quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        client_menu = bar.addMenu(self.tr("&Client"))
        for a in (self.find_action, None, self.generate_action, self.print_action, self.save_pdf_action,
                  self.open_folder_action, None, self.delete_action):
            client_menu.addSeparator() if a is None else client_menu.addAction(a)
        view_menu = bar.addMenu(self.tr("&View"))
        for a in self.tab_actions:
            view_menu.addAction(a)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.client_id is not None and not self.locked
        for a in (self.generate_action, self.delete_action, *self.tab_actions):
            a.setEnabled(has)
        has_pdf = has and self.documents.current_path() is not None
        for a in (self.print_action, self.save_pdf_action, self.open_folder_action):
            a.setEnabled(has_pdf)
        for a in (self.import_action, self.new_action, self.find_action, self.settings_action):
            a.setEnabled(not self.locked)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel()
        self.lock_state_label = QLabel()
        self.rules_status_label = QLabel()
        for w in (self.db_label, self.lock_state_label, self.rules_status_label):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addPermanentWidget(w)
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.service.db_path)))
        self._update_lock_label()

    def encrypted(self) -> bool:
        try:
            return bool(type(self.service).is_encrypted(self.service.db_path))
        except Exception:
            return False

    def _update_lock_label(self) -> None:
        state = self.tr("encrypted") if self.encrypted() else self.tr("not encrypted")
        if self.locked:
            state = self.tr("LOCKED") + " · " + state
        self.lock_state_label.setText("🔒 " + state if self.encrypted() else state)

    # =============================================================== settings
    def volunteer(self) -> str | None:
        return self.settings.get("volunteer_name") or None

    def apply_settings(self) -> None:
        try:
            minutes = float(self.settings.get("lock_minutes") or DEFAULT_IDLE_MINUTES)
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        self.idle.set_minutes(minutes)
        filing = self.settings.get("default_filing_date") or ""
        try:
            self.eligibility.default_filing = date.fromisoformat(filing) if filing else None
        except ValueError:
            self.eligibility.default_filing = None

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.save_settings(dialog.values()))
        dialog.open()
        return dialog

    def save_settings(self, values: dict[str, str]) -> None:
        try:
            self.service.set_settings(values)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Settings not saved"), exc)
            return
        self.settings.update(values)
        self.apply_settings()
        self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    def data_folder(self) -> Path:
        folder = self.settings.get("data_folder") or ""
        return Path(folder) if folder else paths.data_dir()

    # ================================================================ clients
    def refresh_clients(self, *_args: object, select: int | None = None) -> None:
        query = self.search.text().strip()
        keep = select if select is not None else self.client_id
        rows = self.service.list_clients(query, limit=500)
        self.client_view.selectionModel().blockSignals(True)
        self.client_model.set_rows(rows)
        self.client_view.selectionModel().blockSignals(False)
        if keep is not None:
            row = self.client_model.row_of(keep)
            if row >= 0:
                self.client_view.selectionModel().blockSignals(True)
                self.client_view.selectRow(row)
                self.client_view.selectionModel().blockSignals(False)
        total = self.service.count_clients()
        if query:
            self.count_label.setText(self.tr("%1 found of %2 clients").replace("%1", str(len(rows)))
                                     .replace("%2", str(total)))
        else:
            shown = self.tr("showing %1").replace("%1", str(len(rows))) if len(rows) < total else ""
            self.count_label.setText((self.tr("%1 clients").replace("%1", str(total)) + " " + shown).strip())

    def focus_search(self) -> None:
        if self.locked:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        if self.client_model.rowCount() > 0:
            self.client_view.setFocus()
            self.client_view.selectRow(0)
            self.open_client(self.client_model.rows()[0].id)

    def _client_row_changed(self, current: Any, previous: Any) -> None:
        row = self.client_view.currentIndex().row()
        if 0 <= row < self.client_model.rowCount():
            summary = self.client_model.index(row, 0).data(ObjectRole)
            if summary.id != self.client_id:
                self.open_client(summary.id)

    def _show_client_page(self, show: bool) -> None:
        self.right_stack.setCurrentIndex(1 if show else 0)

    def open_client(self, client_id: int) -> None:
        if self.client_id is not None and self.client_id != client_id:
            self.record_editor.commit_pending()
            if self.unsaved and not self.save_pending():
                self._reselect_current()
                return
        try:
            record = self.service.get_record(client_id)
            original = self.service.get_original_record(client_id)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not open the client"), exc)
            return
        previous = self.client_id
        self.client_id = client_id
        self.document.edited_provider = lambda cid=client_id: self.service.edited_fields(cid)
        self.document.set_record(record, original)
        new = statutes_of(record) - set(self._statutes)
        if new:
            self._statutes = sorted({*self._statutes, *new})
            for delegate in (self.record_editor.delegate, self.record_editor.case_delegate):
                delegate.set_statutes(self._statutes)
        self._update_title()
        answers = self.answers.get(client_id)
        if answers is None:
            answers = self._saved_answers(client_id)
        if client_id != previous:
            self.eligibility.reset_dates(run=False)  # a "what if" date is for one client only
        self.eligibility.set_record(record, answers)
        self._load_documents()
        self._load_history()
        self._show_client_page(True)
        row = self.client_model.row_of(client_id)
        if row >= 0 and self.client_view.currentIndex().row() != row:
            self.client_view.selectionModel().blockSignals(True)
            self.client_view.selectRow(row)
            self.client_view.selectionModel().blockSignals(False)
        self._update_actions()
        self.clientLoaded.emit(client_id)

    def _reselect_current(self) -> None:
        row = self.client_model.row_of(self.client_id) if self.client_id is not None else -1
        if row >= 0:
            self.client_view.selectionModel().blockSignals(True)
            self.client_view.selectRow(row)
            self.client_view.selectionModel().blockSignals(False)

    def _saved_answers(self, client_id: int) -> dict[str, str]:
        answers = self.document.record.extra.get("answers") if self.client_id == client_id else None
        if isinstance(answers, dict):
            return {str(k): str(v) for k, v in answers.items()}
        return {}

    def _update_title(self) -> None:
        person = self.document.record.person
        parts = [person.name or self.tr("(no name)")]
        if person.dob:
            parts.append(self.tr("born %1").replace("%1", person.dob.isoformat()))
        n = len(self.document.record.cases)
        parts.append(self.tr("1 case") if n == 1 else self.tr("%1 cases").replace("%1", str(n)))
        self.client_title.setText(" · ".join(parts))

    def new_client(self) -> NewClientDialog | None:
        if self.locked:
            return None
        dialog = NewClientDialog(self)
        dialog.accepted.connect(lambda: self.create_client(*dialog.values()))
        dialog.open()
        return dialog

    def create_client(self, name: str, dob: date | None, state: str) -> int | None:
        record = Record(jurisdiction=Jurisdiction(state), person=Person(name=name, dob=dob))
        try:
            client_id = int(self.service.add_client(record, source_text=None, actor=self.volunteer()))
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not create the client"), exc)
            return None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_clients(select=client_id)
        self.open_client(client_id)
        self.show_tab(RECORD_TAB)
        self.record_editor.add_case_button.setFocus()
        return client_id

    def delete_client(self) -> None:
        if self.client_id is None:
            return
        name = self.document.record.person.name or self.tr("this client")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete client"),
            self.tr("Delete %1 and everything kept about them (record, history, documents)? "
                    "This cannot be undone.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_delete_client")
        box.setAccessibleName(self.tr("Delete client"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("&Delete %1").replace("%1", name))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never deletes by accident
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_client(self.client_id, actor=self.volunteer())
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not delete the client"), exc)
            return
        self.client_id = None
        self._show_client_page(False)
        self.refresh_clients()
        self._update_actions()

    def show_tab(self, index: int) -> None:
        if self.client_id is not None and not self.locked:
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB:
            self._load_history()
        self.record_editor.commit_pending() if index != RECORD_TAB and self.client_id is not None else None

    # ================================================================ editing
    def _record_edited(self, path: str, before: object, after: object) -> None:
        """Each edit is saved at once (nothing typed is lost)."""
        if self.client_id is None:
            return
        if not self.save_pending():
            return
        self.document.refresh_edited()
        self._update_title()
        self.eligibility.set_record(self.document.record, self.eligibility.answers)
        if path.startswith("person.") or path.endswith("case_number") or after in ("added", "deleted"):
            self.refresh_clients()
        self.statusBar().showMessage(self.tr("Saved."), 2000)

    def save_pending(self) -> bool:
        """Write the record on screen; on failure keep it and say so (nothing typed is lost).

        The next edit, switching client or closing the window tries again.
        """
        if self.client_id is None:
            return True
        try:
            self.service.save_record(self.client_id, self.document.record, actor=self.volunteer())
        except (UserError, OSError) as exc:
            self.unsaved = True
            show_error(
                self,
                self.tr("The change was not saved yet"),
                self.tr("%1\n\nYour change is still on screen; it will be saved with the next one.")
                .replace("%1", describe(exc)),
            )
            return False
        self.unsaved = False
        return True

    # ============================================================ eligibility
    def _analyze(self, record: Record, as_of: date, filing: date, answers: dict[str, str]) -> Analysis:
        return analysis_service.analyze_record(record, as_of, filing, answers)

    def _analyzed(self, analysis: Analysis, user: bool) -> None:
        self.rules_status_label.setText(self.tr("Rules: %1").replace("%1", analysis.rules_version))
        if self.client_id is None:
            return
        answers = dict(self.eligibility.answers)
        self.answers[self.client_id] = answers
        if user:
            self._save_answers(answers)
            self._save_analysis(analysis)

    def _save_answers(self, answers: dict[str, str]) -> None:
        """The answers are facts about the client: kept with their record (key ``answers``)."""
        record = self.document.record
        if dict(record.extra.get("answers") or {}) == answers or self.client_id is None:
            return
        extra = {k: v for k, v in record.extra.items() if k != "answers"}
        if answers:
            extra["answers"] = answers
        new = replace(record, extra=extra)
        try:
            self.service.save_record(self.client_id, new, actor=self.volunteer())
        except (UserError, OSError) as exc:
            show_error(self, self.tr("The answer was not saved yet"), exc)
            return
        self.document.replace_silently(new)

    def _save_analysis(self, analysis: Analysis) -> None:
        if self.client_id is None:
            return
        try:
            self.service.save_analysis(self.client_id, analysis)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("The analysis was not saved"), exc)

    # ============================================================== documents
    def _load_documents(self, select: Path | None = None) -> None:
        if self.client_id is None:
            return
        try:
            entries = self.service.list_documents(self.client_id)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not list the documents"), exc)
            entries = []
        # Newest generation first; within one, the order it was made (packet, forms, letter).
        entries = sorted(entries, key=lambda e: e.id)
        entries = sorted(entries, key=lambda e: str(e.at)[:16], reverse=True)
        self.documents.set_documents(entries, select=select)
        self._update_actions()

    def packet_settings(self) -> Any:
        packets = _packets()
        if packets is None:
            return None
        s = self.settings
        return packets.PacketSettings(
            clinic_name=s.get("clinic_name") or None,
            clinic_address=s.get("clinic_address") or None,
            volunteer_name=s.get("volunteer_name") or None,
        )

    def generate_packet(self) -> Task | None:
        if self.client_id is None or self.packet_task is not None or self.locked:
            return None
        self.record_editor.commit_pending()
        analysis = self.eligibility.analysis or self.eligibility.run()
        if analysis is None:
            return None
        self._save_analysis(analysis)
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
        out_dir = self.data_folder() / "packets" / f"client-{self.client_id}" / stamp
        county = self.settings.get("default_county") or None
        try:
            settings = self.packet_settings()
        except TypeError:
            settings = None
        task = Task(build_packet_task, self.document.record, analysis, out_dir, settings, None)
        # Bound methods of this window: Qt queues the call into the GUI thread
        # (a bare lambda would run in the worker thread).
        self._packet_for = (self.client_id, analysis)
        task.done.connect(self._packet_result)
        task.failed.connect(self._packet_failed)
        self.packet_task = task
        self.documents.set_busy(True)
        self.show_tab(DOCUMENTS_TAB)
        self.statusBar().showMessage(self.tr("Making the packet…"))
        del county  # the packet covers every county; default county fills blanks in the forms
        task.start()
        return task

    def _packet_result(self, result: Any) -> None:
        client_id, analysis = self._packet_for
        self._packet_done(client_id, analysis, result)

    def _packet_done(self, client_id: int, analysis: Analysis, result: Any) -> None:
        self.packet_task = None
        self.documents.set_busy(False)
        self.last_packet = result
        files: list[Path] = [*getattr(result, "combined", []), *getattr(result, "documents", [])]
        letter = getattr(result, "letter", None)
        if letter is not None:
            files.append(letter)
        seen: set[Path] = set()
        try:
            for i, path in enumerate(files):
                if path in seen:
                    continue
                seen.add(path)
                kind = "packet" if i < len(getattr(result, "combined", [])) else "document"
                if path == letter:
                    kind = "letter"
                self.service.add_document(client_id, str(path), kind, analysis.rules_version)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("The packet was made but not recorded"), exc)
        blanks = list(getattr(result, "blanks", []) or [])
        self.documents.blanks_label.setText(
            (self.tr("To fill in by hand: %1").replace("%1", ", ".join(blanks))) if blanks else ""
        )
        if client_id == self.client_id:
            self._load_documents(select=files[0] if files else None)
            self._load_history()
        if not files:
            self.statusBar().showMessage(self.tr("No documents: nothing in this record can be filed yet."), 6000)
        else:
            self.statusBar().showMessage(self.tr("Packet ready."), 4000)
        self.packetReady.emit(result)

    def _packet_failed(self, exc: BaseException) -> None:
        self.packet_task = None
        self.documents.set_busy(False)
        self.statusBar().clearMessage()
        show_error(self, self.tr("The packet could not be made"), exc)

    def print_packet(self, printer: Any = None, ask: bool = True) -> bool:
        """Print the shown document through the system print dialog (``ask``)."""
        if self.client_id is None or self.documents.current_path() is None:
            return False
        if self.documents.print_current(printer=printer, ask=ask):
            self._event("printed", str(self.documents.current_path()))
            return True
        return False

    def save_packet_as(self, target: str | None = None) -> Path | None:
        source = self.documents.current_path()
        if self.client_id is None or source is None:
            return None
        if not target:
            suggested = str(Path.home() / source.name)
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the packet as PDF"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if not target:
            return None
        dest = Path(target)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_suffix(".pdf")
        try:
            shutil.copyfile(source, dest)
        except OSError as exc:
            show_error(self, self.tr("The PDF was not saved"), exc)
            return None
        self._event("saved_pdf", str(dest))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(dest)), 5000)
        return dest

    def _event(self, action: str, detail: str) -> None:
        if self.client_id is None:
            return
        try:
            self.service.record_event(self.client_id, action, detail)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not write the history"), exc)
        self._load_history()

    # ================================================================ history
    def _load_history(self) -> None:
        if self.client_id is None:
            self.history_model.set_rows([])
            return
        try:
            self.history_model.set_rows(self.service.history(self.client_id))
        except (UserError, OSError) as exc:
            show_error(self, self.tr("Could not read the history"), exc)

    # ================================================================= import
    def open_import(self, files: list[Path] | None = None) -> ImportDialog | None:
        if self.locked:
            return None
        dialog = ImportDialog(
            analysis_service.read_record,
            self,
            statutes=self._statutes,
            merger=analysis_service.read_records,
            same_person=analysis_service.same_person,
            mapper=analysis_service.spreadsheet_mapping,
            save_mapping=analysis_service.save_spreadsheet_mapping,
        )
        dialog.accepted_records.connect(self.save_imported)
        if files:
            dialog.add_files(files)
        dialog.open()
        return dialog

    def save_imported(self, items: list[tuple[Record, Record, str, Path]]) -> list[int]:
        ids: list[int] = []
        for parsed, corrected, text, _path in items:
            try:
                cid = int(self.service.add_client(parsed, source_text=text, actor=self.volunteer()))
                if corrected != parsed:
                    self.service.save_record(cid, corrected, actor=self.volunteer())
            except (UserError, OSError) as exc:
                show_error(self, self.tr("Could not save the client"), exc)
                continue
            ids.append(cid)
        if ids:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh_clients(select=ids[0])
            self.open_client(ids[0])
            self.show_tab(RECORD_TAB)
            self.statusBar().showMessage(self.tr("%1 client(s) saved.").replace("%1", str(len(ids))), 4000)
        return ids

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            self.open_import(files)
            event.acceptProposedAction()

    # ================================================================== batch
    def open_batch(self) -> QWidget | None:
        if importlib.util.find_spec("reliefdesk.gui.batch_window") is None:
            return None
        module = importlib.import_module("reliefdesk.gui.batch_window")
        window = module.BatchWindow(self) if hasattr(module, "BatchWindow") else None
        if window is not None:
            window.show()
        return window

    # =================================================================== lock
    def lock(self) -> None:
        if self.locked:
            return
        if self.client_id is not None:
            self.record_editor.commit_pending()
        self.locked = True
        self.statusBar().clearMessage()
        self.central.setCurrentWidget(self.lock_page)
        self.unlock_button.setFocus()
        self._update_lock_label()
        self._update_actions()

    def unlock(self, passphrase: str | None = None) -> bool:
        if not self.locked:
            return True
        if self.encrypted():
            if passphrase is None:
                dialog = PassphraseDialog(self.tr("Type the database passphrase to unlock."), self)
                if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                    return False
                passphrase = dialog.passphrase()
            if not self.service.verify_passphrase(passphrase):
                show_error(self, self.tr("Still locked"), self.tr("That passphrase is not right. Try again."))
                return False
        self.locked = False
        self.central.setCurrentIndex(0)
        self._update_lock_label()
        self._update_actions()
        self.idle.set_minutes(self.idle.msecs / 60_000 if getattr(self.idle, "msecs", 0) else 0)
        return True

    # =================================================================== help
    def show_shortcuts(self) -> None:
        lines = [
            (a.text().replace("&", ""), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for a in self.actions()
            if not a.shortcut().isEmpty()
        ]
        text = "\n".join(f"{k:<14} {t}" for t, k in lines)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        from reliefdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About reliefdesk"),
            self.tr("reliefdesk %1\nCriminal-record relief for clinic volunteers. Works offline; "
                    "never sends data anywhere.").replace("%1", __version__),
        )

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    # ================================================================== close
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.client_id is not None and not self.locked:
            self.record_editor.commit_pending()
        if self.unsaved and not self.save_pending():
            event.ignore()  # the window stays open with the unsaved change on screen
            return
        if self.packet_task is not None:
            self.packet_task.wait(30000)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        event.accept()
