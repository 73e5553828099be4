"""The desktop application (the only PySide6 code)."""
