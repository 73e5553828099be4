"""Every input has an accessible name (or a label buddy); the Tab order is logical;
every action has its menu entry and the issue's shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reliefdesk.gui.main_window import MainWindow
from reliefdesk.model import record_from_json

pytestmark = pytest.mark.gui

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def _unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView):
            continue
        parent = w.parentWidget()
        internal = False
        while parent is not None and parent is not root:
            if isinstance(parent, INPUTS):
                internal = True  # a part of another input (a combo's line edit, a date edit's field)
                break
            parent = parent.parentWidget()
        if internal:
            continue
        if not w.accessibleName() and id(w) not in buddies:
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def test_every_input_has_an_accessible_name(qtbot: Any, window: MainWindow, service: Any, demo_dir: Path) -> None:
    record = record_from_json((demo_dir / "kowalski.record.json").read_text(encoding="utf-8"))
    cid = service.add_client(record)
    window.refresh_clients()
    window.open_client(cid)
    assert _unnamed_inputs(window) == []
    settings = window.open_settings()
    assert _unnamed_inputs(settings) == []
    settings.reject()
    new = window.new_client()
    assert new is not None and _unnamed_inputs(new) == []
    new.reject()
    dialog = window.open_import([demo_dir / "cpd_rapsheet_kowalski.txt"])
    assert dialog is not None
    dialog.start_reading()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)
    assert _unnamed_inputs(dialog) == []
    dialog.done(0)


def test_tab_order_of_the_client_list(qtbot: Any, window: MainWindow) -> None:
    window.create_client("DOE, JANE", None, "IL")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        window.client_view, window.new_button, window.import_button, window.tabs.tabBar(),
        window.record_editor.name_edit,
    ]


def test_menus_and_shortcuts(window: MainWindow) -> None:
    shortcuts = {
        a.shortcut().toString(): a.text().replace("&", "") for a in window.actions() if not a.shortcut().isEmpty()
    }
    assert shortcuts["Ctrl+I"].startswith("Import")
    assert shortcuts["Ctrl+N"].startswith("New client")
    assert shortcuts["Ctrl+P"].startswith("Print")
    assert shortcuts["Ctrl+F"].startswith("Find")
    assert shortcuts["Ctrl+G"].startswith("Generate packet")
    in_menus = {a.text() for menu in window.menuBar().actions() if menu.menu() for a in menu.menu().actions()}
    for action in (window.import_action, window.new_action, window.generate_action, window.print_action,
                   window.find_action, window.batch_action, window.settings_action, window.save_pdf_action):
        assert action.text() in in_menus
