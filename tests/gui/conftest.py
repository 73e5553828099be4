"""GUI test fixtures: real windows offscreen, real SQLite files, and Qt
warnings that fail the test unless listed (qutebrowser's habit)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QtMsgType

from reliefdesk.gui import errors

#: Qt messages that say nothing about our code (the offscreen platform's limits, fonts).
ALLOWED_QT_MESSAGES = [
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    r"QFont::",
    r"Fontconfig",
    r"QPainter::begin: Paint device returned engine == 0",  # printing to no printer offscreen
    r"Could not find the selected printer",
    r"propagateSizeHints",
]


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog: Any) -> Iterator[None]:
    yield
    bad = [
        r.message
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(re.search(p, r.message) for p in ALLOWED_QT_MESSAGES)
    ]
    assert not bad, f"unexpected Qt warnings: {bad}"


@pytest.fixture(autouse=True)
def error_dialogs() -> Iterator[list[tuple[str, str]]]:
    """User-error dialogs are collected instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    errors.SHOWN = shown
    yield shown
    errors.SHOWN = None


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite"


@pytest.fixture
def service(db_path: Path) -> Iterator[Any]:
    from reliefdesk.services.clients import ClientService

    s = ClientService(db_path)
    yield s
    s.close()


@pytest.fixture
def window(qtbot: Any, service: Any) -> Iterator[Any]:
    from reliefdesk.gui.main_window import MainWindow

    w = MainWindow(service)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    from reliefdesk.gui.workers import wait_all

    wait_all()
    w.close()
