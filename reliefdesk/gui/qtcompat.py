"""Work-arounds for defects of the Qt binding that would crash the application.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True``
without taking a reference to it, so every signal emitted from Python code
(a worker's progress, a record edit, ...) drops one reference to ``True``.
After a couple of thousand emits the count reaches zero and the interpreter
aborts with "Fatal Python error: bool_dealloc: deallocating True or False",
usually while it exits (issue 7: Stop, then another batch). Python 3.12+
is not affected (``True`` is immortal there, PEP 683).

:func:`guard_bool_refcounts` checks for the defect (emit a few times, count
the references) and, only when it is present, does what Python 3.12 does:
gives ``True`` and ``False`` a reference count so large that no number of
lost references can bring it to zero. ``True`` and ``False`` are static
objects that are never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

#: Far beyond any number of emits a process can make, far below overflow.
_HEADROOM = 1 << 48
_GUARDED = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_true_references(times: int = 16) -> bool:
    """True when emitting a Python signal drops references to ``True`` (the PySide6 6.12.0 defect)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(times):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        _add_references(True, lost)
    return lost >= times


def _add_references(obj: bool, n: int) -> None:
    # ob_refcnt is the first field of every CPython object (id() is its address).
    ctypes.c_ssize_t.from_address(id(obj)).value += n


def guard_bool_refcounts() -> bool:
    """Apply the work-around when needed (once per process); True when it was needed."""
    global _GUARDED
    if _GUARDED:
        return True
    if not emit_loses_true_references():
        return False
    _add_references(True, _HEADROOM)
    _add_references(False, _HEADROOM)
    _GUARDED = True
    return True
