"""The desktop application (the only PySide6 code)."""

from reliefdesk.gui.qtcompat import guard_bool_refcounts

# Before any window exists: PySide6 6.12.0 on Python 3.11 loses a reference to True on every
# signal emit, which aborts the interpreter after a few thousand (see qtcompat).
guard_bool_refcounts()
