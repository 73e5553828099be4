"""Long work off the GUI thread (Picard's rule: never touch widgets from a worker).

A :class:`Task` runs one function in a ``QThread`` and reports with signals,
which Qt delivers in the GUI thread. The function gets a ``report`` callable
(``report(done, total, text)``) and a ``cancelled`` callable it may poll. The
database is never used from a worker: workers read files and build PDFs, the
GUI thread saves.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

_RUNNING: set[Task] = set()


class _Runner(QObject):
    """Lives in the worker thread and runs the function there."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self, cancelled: Callable[[], bool], fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ):
        # The runner gets the cancel flag, not the Task: no Task <-> runner reference cycle for the
        # garbage collector to break later, in whatever thread it happens to run.
        super().__init__()
        self._cancelled = cancelled
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def _report(self, done: int, total: int, text: str = "") -> None:
        self.progress.emit(done, total, text)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(*self._args, report=self._report, cancelled=self._cancelled, **self._kwargs)
        except Exception as exc:  # handed to the GUI thread, which decides
            exc.__dict__.setdefault("gui_traceback", traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            self.finished.emit()
            # Directly, not through a signal: a queued quit would need the GUI
            # thread's event loop, and wait() blocks it.
            self.thread().quit()


class Task(QObject):
    """Made and kept in the GUI thread; its signals arrive there."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("reliefdesk-worker")
        self._runner = _Runner(self._cancel.is_set, fn, args, kwargs)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.done.connect(self.done)
        self._runner.failed.connect(self.failed)
        self._runner.finished.connect(self.finished)
        self._thread.finished.connect(self._cleanup)

    def start(self) -> Task:
        _RUNNING.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    @Slot()
    def _cleanup(self) -> None:
        # QThread.finished is emitted from the thread just before it ends: wait for the end, so the
        # QThread is never destroyed (with this Task) while it still runs.
        self._thread.wait()
        _RUNNING.discard(self)


def running_tasks() -> int:
    return len(_RUNNING)


def wait_all(msecs: int = 30000) -> None:
    """Let running workers finish (on quit) so no thread is destroyed while running."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait(msecs)
