"""Errors the user can cause, shown as a clear dialog; programming errors crash.

``UserError`` (a bad file, a wrong passphrase, a database another copy of the
program holds) and ``OSError`` (disk full, permission denied) become a dialog
that says what is wrong and what to do. Nothing typed is thrown away: the
caller keeps its state and the volunteer can try again.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reliefdesk.model.errors import UserError

#: Filled by tests so a dialog never blocks: each shown message is appended.
SHOWN: list[tuple[str, str]] | None = None


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, UserError | OSError)


def describe(exc: BaseException) -> str:
    """One or two sentences for the volunteer."""
    if isinstance(exc, UserError):
        text = str(exc)
        return text[:1].upper() + text[1:]
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "Errors", "The disk is full%1. Free some space, then try again; nothing you typed was lost."
            ).replace(
                "%1", where
            )
        if exc.errno in (errno.EACCES, errno.EPERM):
            return QCoreApplication.translate(
                "Errors", "Permission denied%1. Choose another folder or ask the clinic's computer person."
            ).replace(
                "%1", where
            )
        if exc.errno == errno.ENOENT:
            return QCoreApplication.translate("Errors", "The file is not there any more%1.").replace("%1", where)
        return (exc.strerror or str(exc)) + where
    return str(exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    """Show a user error. Anything that is not a user error is re-raised (a bug must be loud)."""
    if isinstance(exc, BaseException) and not is_user_error(exc):
        raise exc
    text = exc if isinstance(exc, str) else describe(exc)
    if SHOWN is not None:
        SHOWN.append((title, text))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.exec()
