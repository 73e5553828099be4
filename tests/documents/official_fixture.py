"""Build a fillable PDF with ReportLab's AcroForm, standing in for an official court PDF.

The official Illinois PDFs cannot be shipped; the test makes one with the same
kind of named fields (text fields and check boxes) so the official-PDF path is
exercised on a real AcroForm, filled by pypdf and flattened.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from reliefdesk.documents import fonts


def make_fillable_pdf(path: Path, text_fields: Sequence[str], checkboxes: Sequence[str] = (),
                      title: str = "OFFICIAL FORM") -> Path:
    fonts.register_fonts()
    c = Canvas(str(path), pagesize=LETTER, invariant=1, initialFontName=fonts.REGULAR)
    form = c.acroForm
    y = 740.0
    c.setFont(fonts.BOLD, 12)
    c.drawString(50, 760, title)
    c.setFont(fonts.REGULAR, 7)
    for name in [*text_fields, *checkboxes]:
        if y < 60:
            c.showPage()
            c.setFont(fonts.REGULAR, 7)
            y = 740.0
        c.drawString(50, y + 4, name[:60])
        if name in checkboxes:
            form.checkbox(name=name, x=330, y=y, size=12, buttonStyle="cross", borderWidth=1)
        else:
            form.textfield(name=name, x=330, y=y, width=230, height=14, borderWidth=1, fontSize=8,
                           fontName="Helvetica")
        y -= 20
    c.save()
    return path
