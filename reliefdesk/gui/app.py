"""Start the desktop application: ``reliefdesk gui [--db PATH] [--demo] [--screenshots DIR]``."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reliefdesk import paths
from reliefdesk.model.errors import UserError

APP_NAME = "reliefdesk"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (made once; tests get pytest-qt's)."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv or [APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("reliefdesk")
    app.setOrganizationName(APP_NAME)
    icon = paths.resources_dir() / "icons" / "reliefdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)
    return app


_TRANSLATORS: list[QTranslator] = []


def install_translators(app: QApplication, locale: QLocale | None = None) -> None:
    """Load resources/translations/reliefdesk_<lang>.qm and Qt's own, when present."""
    if _TRANSLATORS:
        return
    locale = locale or QLocale()
    folder = paths.resources_dir() / "translations"
    ours = QTranslator(app)
    if ours.load(locale, "reliefdesk", "_", str(folder)):
        app.installTranslator(ours)
        _TRANSLATORS.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _TRANSLATORS.append(qt)


def clients_module() -> Any:
    return importlib.import_module("reliefdesk.services.clients")


def build_demo(db_path: Path) -> None:
    from reliefdesk.services.demo import build_demo_database

    build_demo_database(db_path)


def open_service(db_path: Path, ask: bool = True, passphrase: str | None = None) -> Any:
    """Open the database, asking for the passphrase when it is encrypted.

    Returns the ClientService, or None when the volunteer gave up.
    """
    clients = clients_module()
    passphrase = passphrase if passphrase is not None else os.environ.get("RELIEFDESK_PASSPHRASE")
    message = None
    while True:
        try:
            return clients.ClientService(db_path, passphrase=passphrase)
        except (clients.PassphraseRequired, clients.WrongPassphrase) as exc:
            if not ask:
                raise
            from reliefdesk.gui.dialogs import PassphraseDialog

            if isinstance(exc, clients.WrongPassphrase):
                message = QApplication.translate("App", "That passphrase is not right. Try again.")
            dialog = PassphraseDialog(
                message or QApplication.translate("App", "This database is encrypted. Type its passphrase."), None
            )
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.passphrase()


def run_app(db: str | None, screenshots: Path | None, demo: bool) -> int:
    app = application(sys.argv[:1])
    db_path = paths.db_path(db)
    if demo and db is None:
        db_path = paths.data_dir() / "demo.sqlite"
    try:
        if (demo or screenshots is not None) and not db_path.exists():
            build_demo(db_path)
        service = open_service(db_path, ask=screenshots is None)
    except UserError as exc:
        if screenshots is not None:
            raise
        from reliefdesk.gui.errors import describe

        QMessageBox.critical(None, QApplication.translate("App", "reliefdesk cannot start"), describe(exc))
        return 1
    if service is None:
        return 1
    from reliefdesk.gui.main_window import MainWindow

    window = MainWindow(service)
    try:
        if screenshots is not None:
            from reliefdesk.gui.tour import run_tour

            written = run_tour(window, Path(screenshots))
            for path in written:
                sys.stdout.write(f"{path}\n")
            return 0
        window.show()
        return int(app.exec())
    finally:
        from reliefdesk.gui.workers import wait_all

        wait_all()
        window.close()
        window.deleteLater()
        service.close()
