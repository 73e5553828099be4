"""The embedded TrueType fonts every document uses (never the un-embedded base-14 fonts).

Registered once per process: registration parses the TTF files, which is the
slowest part of a first render.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reliefdesk import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered: set[str] = set()


class FontMissing(RuntimeError):
    """A shipped font file is missing: the installation is broken."""


def register_fonts(*faces: str) -> None:
    """Register the DejaVu family with ReportLab (idempotent, thread-safe).

    ``faces``: only these (a one-page summary needs the regular and bold
    faces, and each face costs a parse of its TTF file); all four by default.
    The family mapping (bold and italic in paragraphs) is set once all four are.
    """
    wanted = faces or tuple(_FILES)
    if _registered.issuperset(wanted):
        return
    with _lock:
        folder = paths.fonts_dir()
        for name in wanted:
            if name in _registered:
                continue
            path = folder / _FILES[name]
            if not path.is_file():
                raise FontMissing(f"font file {path} is missing: reinstall reliefdesk")
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered.add(name)
            if len(_registered) == len(_FILES):
                addMapping(REGULAR, 0, 0, REGULAR)
                addMapping(REGULAR, 1, 0, BOLD)
                addMapping(REGULAR, 0, 1, ITALIC)
                addMapping(REGULAR, 1, 1, BOLD_ITALIC)
