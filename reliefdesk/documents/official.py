"""The official-PDF path: fill a court's own fillable PDF by field name, then flatten it.

When a clinic places the official PDF of a form (the file named by the form
definition's ``official_pdf``) in the user forms folder (``paths.user_forms_dir()``)
or in ``forms/official/``, reliefdesk fills that file instead of typesetting its
equivalent. The field names come from the definition (``pdf_field``). Values
are drawn into each field's rectangle with the embedded DejaVu font (so no
un-embedded font is added), the widgets are removed and the AcroForm dropped:
the result is flat, prints the same everywhere and cannot be edited by accident.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from reliefdesk import paths
from reliefdesk.documents import fonts
from reliefdesk.documents.forms import FormDef
from reliefdesk.documents.render import RenderResult, collect_values
from reliefdesk.model.errors import UserError

MIN_FONT = 7.0
MAX_FONT = 10.0


class OfficialPdfError(UserError):
    """An official PDF that cannot be filled (not a fillable PDF, or none of its fields match)."""


def find_official(form: FormDef) -> Path | None:
    """The official PDF for ``form`` if a clinic put one in a forms folder."""
    name = form.official_pdf
    if not name:
        return None
    for folder in (paths.user_forms_dir(), paths.forms_dir() / "official"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@dataclass
class _Widget:
    name: str
    page: int
    rect: tuple[float, float, float, float]
    button: bool
    multiline: bool


@dataclass
class OfficialResult:
    result: RenderResult
    filled: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _full_name(annot: Any) -> str:
    parts = []
    node = annot
    while node is not None:
        t = node.get("/T")
        if t is not None:
            parts.append(str(t))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def _inherited(annot: Any, key: str) -> Any:
    node = annot
    while node is not None:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def widgets(reader: PdfReader) -> dict[str, list[_Widget]]:
    out: dict[str, list[_Widget]] = {}
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                continue
            name = _full_name(annot)
            rect = tuple(float(v) for v in annot["/Rect"])
            ft = _inherited(annot, "/FT")
            ff = int(_inherited(annot, "/Ff") or 0)
            out.setdefault(name, []).append(
                _Widget(name, i, (min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]),
                                  max(rect[1], rect[3])), ft == "/Btn", bool(ff & 4096))
            )
    return out


def capacities(form: FormDef, names: Mapping[str, Any]) -> dict[str, int]:
    """For each table with numbered fields, how many rows the official PDF has."""
    caps: dict[str, int] = {}
    for b in form.iter_blocks():
        if b.get("type") != "table":
            continue
        templates = [str(c["pdf_field"]) for c in b.get("columns", []) if "{n}" in str(c.get("pdf_field", ""))]
        if not templates:
            continue
        n = 0
        while templates[0].replace("{n}", str(n + 1)) in names:
            n += 1
        caps[str(b.get("id", b.get("rows", "table")))] = n
    return caps


def _draw_text(c: Canvas, value: str, rect: tuple[float, float, float, float], multiline: bool) -> None:
    x0, y0, x1, y1 = rect
    width, height = x1 - x0 - 4, y1 - y0 - 2
    text = value.replace("\n", "; ") if not multiline else value
    size = min(MAX_FONT, max(MIN_FONT, height * 0.7))
    lines = simpleSplit(text, fonts.REGULAR, size, width) if multiline else [text]
    while size > MIN_FONT and (
        (multiline and len(lines) * size * 1.15 > height) or
        (not multiline and c.stringWidth(text, fonts.REGULAR, size) > width)
    ):
        size -= 0.5
        lines = simpleSplit(text, fonts.REGULAR, size, width) if multiline else [text]
    c.setFont(fonts.REGULAR, size)
    if multiline:
        y = y1 - 1 - size
        for line in lines:
            c.drawString(x0 + 2, y, line)
            y -= size * 1.15
    else:
        c.drawString(x0 + 2, y0 + (y1 - y0 - size) / 2 + size * 0.2, text)


def fill_official(form: FormDef, context: Mapping[str, Any], pdf_path: Path) -> tuple[OfficialResult, bytes]:
    """Fill ``pdf_path`` (the official form) from ``context``; return the flat PDF bytes."""
    fonts.register_fonts()
    try:
        reader = PdfReader(str(pdf_path))
        found = widgets(reader)
    except Exception as exc:  # pypdf raises many kinds of errors for a damaged file
        raise OfficialPdfError(f"{pdf_path} could not be read as a fillable PDF ({exc}): remove it or replace it") from None
    if not found:
        raise OfficialPdfError(f"{pdf_path} has no form fields: it is not the fillable official PDF")
    result = collect_values(form, context, capacities(form, found))
    values = {k: v for k, v in result.values.items() if v}
    matched = [k for k in result.values if k in found]
    if not matched:
        raise OfficialPdfError(
            f"{pdf_path} has none of the field names of {form.id} {form.version}: is it the right form and version?"
        )
    out = OfficialResult(result=result)
    writer = PdfWriter(clone_from=reader)
    for i, page in enumerate(writer.pages):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(w, h), invariant=1, initialFontName=fonts.REGULAR)
        drew = False
        for name, value in values.items():
            for wd in found.get(name, []):
                if wd.page != i:
                    continue
                drew = True
                if wd.button:
                    if value:
                        x0, y0, x1, y1 = wd.rect
                        size = min(x1 - x0, y1 - y0) * 0.9
                        c.setFont(fonts.BOLD, size)
                        c.drawCentredString((x0 + x1) / 2, y0 + (y1 - y0 - size) / 2 + size * 0.15, "X")
                else:
                    _draw_text(c, value, wd.rect, wd.multiline)
                out.filled.append(name)
        c.showPage()
        c.save()
        if drew:
            overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
            page.merge_page(overlay)
        annots = page.get("/Annots")
        if annots is not None:
            keep = ArrayObject(a for a in annots if a.get_object().get("/Subtype") != "/Widget")
            if keep:
                page[NameObject("/Annots")] = keep
            else:
                del page["/Annots"]
    root = writer._root_object
    if "/AcroForm" in root:
        del root["/AcroForm"]
    out.unknown = sorted(k for k, v in values.items() if k not in found and not re.fullmatch(r"[a-z_.]+", k))
    writer.add_metadata({"/Producer": "reliefdesk (pypdf)"})
    buf = io.BytesIO()
    writer.write(buf)
    return out, buf.getvalue()
