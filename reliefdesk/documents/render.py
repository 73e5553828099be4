"""Typeset a form definition with ReportLab platypus.

``render_form(form, context, out)`` lays out the blocks of a definition
(forms/README.md), fills each place from the context, and writes one PDF:
US Letter, DejaVu fonts embedded, "Page N of M" and the form id and version
in every footer, tables that run onto continuation pages with their header
repeated (never smaller text, never a dropped row), and the same bytes for
the same input (ReportLab ``invariant``: fixed dates and document id).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reliefdesk.documents import fonts
from reliefdesk.documents.files import write_whole
from reliefdesk.documents.forms import NEVER_FILLED, FormDef, load_form
from reliefdesk.documents.template import as_text, fill, lookup, truthy

PAGE_W, PAGE_H = LETTER
MARGIN_X = 0.7 * inch
MARGIN_TOP = 0.6 * inch
MARGIN_BOTTOM = 0.75 * inch
FRAME_W = PAGE_W - 2 * MARGIN_X

BOX_ON = "\u2612"  # ☒
BOX_OFF = "\u2610"  # ☐

GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.25, 0.25, 0.25)
SHADE = colors.Color(0.9, 0.9, 0.9)


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13, spaceAfter=3)
    out = {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=fonts.BOLD),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=1),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "instructions": ParagraphStyle(
            "instructions", parent=base, fontSize=8.5, leading=11, textColor=GREY, fontName=fonts.ITALIC
        ),
        "label": ParagraphStyle("label", parent=base, fontSize=7.5, leading=9, textColor=GREY, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, fontSize=10, leading=12, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=fonts.BOLD, fontSize=8, leading=10, spaceAfter=0),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
            spaceBefore=6, spaceAfter=8,
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "caption": ParagraphStyle("caption", parent=base, fontSize=10, leading=13, spaceAfter=0),
        "box": ParagraphStyle("box", parent=base, fontSize=14, leading=14, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2,
                                 bulletFontName=fonts.REGULAR),
        "reason": ParagraphStyle("reason", parent=base, fontSize=9, leading=11.5, leftIndent=28, textColor=GREY,
                                 spaceAfter=2),
    }
    return out


#: Parsed paragraph markup by (text, style, bullet): form wording and repeated values are parsed
#: once per process instead of once per paragraph (parsing is a third of the layout time).
_FRAGS: dict[tuple[str, str, str | None], tuple[Any, list[Any], Any]] = {}
_FRAGS_MAX = 50_000


def _p(text: str, style: ParagraphStyle, bulletText: str | None = None) -> Paragraph:
    key = (text, style.name, bulletText)
    hit = _FRAGS.get(key)
    if hit is not None:
        st, frags, bullet = hit
        return Paragraph(text, st, bulletText=bullet, frags=list(frags))
    para = Paragraph(text, style, bulletText=bulletText)
    if len(_FRAGS) < _FRAGS_MAX:
        _FRAGS[key] = (para.style, list(para.frags), para.bulletText)
    return para


@dataclass
class Blank:
    """A place left blank for the person (or the volunteer) to fill in."""

    label: str
    owner: str


@dataclass
class RenderResult:
    form: FormDef
    pages: int = 0
    blanks: list[Blank] = field(default_factory=list)
    #: Table rows that did not fit (table id -> rows), for the continuation form.
    overflow: dict[str, list[Any]] = field(default_factory=dict)
    #: Table id -> the form id its overflow continues in.
    continued_in: dict[str, str] = field(default_factory=dict)
    #: Every value written, by place (pdf field name when it has one), for checks.
    values: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------
# The page: footers with "Page N of M", running header


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end so the footer can say "of M"."""

    def __init__(self, *args: Any, footer_left: str = "", footer_right: str = "",
                 running_header: str = "", page_label: str = "Page {n} of {total}", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._footer_left = footer_left
        self._footer_right = footer_right
        self._running_header = running_header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, total: int) -> None:
        n = self._pageNumber
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 0.3 * inch
        self.line(MARGIN_X, y + 10, PAGE_W - MARGIN_X, y + 10)
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(GREY)
        page = self._page_label.format(n=n, total=total)
        self.setFont(fonts.BOLD, 8)
        self.drawRightString(PAGE_W - MARGIN_X, y, page)
        room = FRAME_W - self.stringWidth(page, fonts.BOLD, 8) - 18
        self.setFont(fonts.REGULAR, 7.5)
        lines = simpleSplit(self._footer_left, fonts.REGULAR, 7.5, room) if self._footer_left else []
        if self._footer_right:
            lines += simpleSplit(self._footer_right, fonts.REGULAR, 7.5, room)
        for i, text in enumerate(lines[:3]):
            self.drawString(MARGIN_X, y - 9 * i, text)
        if n > 1 and self._running_header:
            self.drawString(MARGIN_X, PAGE_H - MARGIN_TOP + 14, self._running_header)
        self.restoreState()


# --------------------------------------------------------------------------
# Blocks -> flowables


class _Builder:
    def __init__(self, form: FormDef, context: Mapping[str, Any], result: RenderResult,
                 official_capacity: Mapping[str, int] | None = None) -> None:
        self.form = form
        self.ctx = context
        self.result = result
        self.st = styles()
        self.capacity_override = official_capacity or {}
        self.width = FRAME_W
        self.in_box = False

    # -- values -----------------------------------------------------------

    def value(self, spec: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> str:
        """The text for a place, or "" when it is the clerk's or the court's."""
        owner = spec.get("owner", owner)
        if owner in NEVER_FILLED:
            return ""
        if "value" in spec:
            return fill(str(spec["value"]), ctx, markup=False)
        source = spec.get("source")
        if not source:
            return ""
        raw = lookup(ctx, source)
        mapped = spec.get("map")
        if mapped:
            raw = self.map_value(mapped, raw)
        return as_text(raw)

    def map_value(self, map_name: str, raw: Any) -> Any:
        table = self.form.maps.get(map_name, {})
        if isinstance(raw, (list, tuple)):
            return ", ".join(dict.fromkeys(str(table.get(str(v), v)) for v in raw if v))
        return table.get(str(raw), raw) if raw is not None else None

    def note_blank(self, spec: Mapping[str, Any], owner: str, value: str) -> None:
        owner = spec.get("owner", owner)
        if value or owner in NEVER_FILLED or spec.get("report_blank") is False:
            return
        label = spec.get("blank") or spec.get("label")
        if label and not any(b.label == label for b in self.result.blanks):
            self.result.blanks.append(Blank(str(label), owner))

    def record(self, spec: Mapping[str, Any], ctx: Mapping[str, Any], value: str) -> None:
        name = spec.get("pdf_field")
        key = fill(str(name), ctx, markup=False) if name else spec.get("source") or spec.get("label", "")
        if key:
            self.result.values[str(key)] = value

    def para(self, text: str, ctx: Mapping[str, Any], style: str = "body", owner: str = "program") -> Paragraph:
        filled = fill(text, {} if owner in NEVER_FILLED else ctx)
        if style == "bullet":
            return _p(filled, self.st[style], bulletText="\u2022")
        return _p(filled, self.st[style])

    # -- blocks -----------------------------------------------------------

    def blocks(self, blocks: Sequence[Mapping[str, Any]], ctx: Mapping[str, Any],
               owner: str = "program") -> list[Flowable]:
        out: list[Flowable] = []
        for b in blocks:
            if "when" in b and not truthy(ctx, b["when"]):
                continue
            kind = b["type"]
            own = b.get("owner", owner)
            made = getattr(self, f"b_{kind}")(b, ctx, own)
            if b.get("keep_with_next") and made:
                for f in made:
                    f.keepWithNext = True
            out.extend(made)
        return out

    def b_spacer(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        return [Spacer(1, float(b.get("height", 8)))]

    def b_page_break(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        return [PageBreak()]

    def b_heading(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        text = b["text"]
        if b.get("number"):
            text = f"{b['number']}. {text}"
        para = self.para(text, ctx, b.get("style", "heading"), owner)
        return [para] if self.in_box else [CondPageBreak(1.2 * inch), para]

    def b_text(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        style = b.get("style", "body")
        p = self.para(b["text"], ctx, style, owner)
        if b.get("number"):
            return [self._numbered(str(b["number"]), [p])]
        return [p]

    def _numbered(self, number: str, cell: list[Flowable], indent: float = 0) -> Table:
        t = Table([[f"{number}.", cell]],
                  colWidths=[0.35 * inch + indent, self.width - 0.35 * inch - indent])
        t.setStyle(_tight([("LEFTPADDING", (0, 0), (0, 0), indent), *_text_cell((0, 0), 10, 13)]))
        return t

    def b_checkbox(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        on = owner not in NEVER_FILLED and bool(b.get("checked")) and truthy(ctx, b["checked"])
        name = b.get("pdf_field") or b.get("checked") or b["text"][:40]
        self.result.values[fill(str(name), ctx, markup=False)] = "X" if on else ""
        indent = float(b.get("indent", 0)) * 0.3 * inch
        number = str(b.get("number", ""))
        glyph = BOX_ON if on else BOX_OFF
        text = self.para(b["text"], ctx, b.get("style", "body"), owner)
        row: list[Any] = [f"{number}." if number else "", glyph, text]
        num_w = 0.4 * inch if number else 0.05 * inch
        widths = [num_w + indent, 0.25 * inch, self.width - num_w - 0.25 * inch - indent]
        t = Table([row], colWidths=widths)
        t.setStyle(_tight([("LEFTPADDING", (0, 0), (0, 0), indent), *_text_cell((0, 0), 10, 13),
                           *_text_cell((1, 0), 14, 14), ("TOPPADDING", (1, 0), (1, 0), 0)]))
        out: list[Flowable] = [t]
        children = b.get("blocks")
        if children:
            out.extend(self.blocks(children, ctx, owner))
        return out

    def _field_cell(self, spec: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> tuple[list[Flowable], str]:
        value = self.value(spec, ctx, owner)
        self.note_blank(spec, owner, value)
        self.record(spec, ctx, value)
        height = float(spec.get("height", 0))
        v: Flowable = _p(fill("{v}", {"v": value}) or "&nbsp;", self.st["value"])
        cell: list[Flowable] = [Spacer(1, height)] if height else []
        cell.append(v)
        return cell, value

    def b_fields(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        """Labeled lines: the value on the line, the label in small print under it."""
        items = [i for i in b["items"] if "when" not in i or truthy(ctx, i["when"])]
        rows: list[list[Mapping[str, Any]]] = [[]]
        used = 0.0
        for item in items:
            span = float(item.get("span", 12 / int(b.get("columns", 2))))
            if used + span > 12.001 and rows[-1]:
                rows.append([])
                used = 0.0
            rows[-1].append(item)
            used += span
        out: list[Flowable] = []
        gap = 0.15 * inch
        for row in rows:
            spans = [float(i.get("span", 12 / int(b.get("columns", 2)))) for i in row]
            if sum(spans) < 12:
                spans[-1] += 12 - sum(spans)
            widths: list[float] = []
            values_row: list[Any] = []
            labels_row: list[Any] = []
            for item, span in zip(row, spans, strict=True):
                cell, _ = self._field_cell(item, ctx, owner)
                values_row.append(cell)
                values_row.append("")
                labels_row.append(self._label(fill(str(item.get("label", "")), ctx, markup=False),
                                              self.width * span / 12 - gap))
                labels_row.append("")
                widths.extend([self.width * span / 12 - gap, gap])
            widths[-1] = 0.0001
            widths[-2] += gap - 0.0001
            t = Table([values_row, labels_row], colWidths=widths)
            style: list[tuple[Any, ...]] = [("LINEBELOW", (i, 0), (i, 0), 0.6, RULE) for i in range(0, len(widths), 2)]
            style += [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("TOPPADDING", (0, 1), (-1, 1), 1),
                      ("BOTTOMPADDING", (0, 0), (-1, 0), 1), ("FONTSIZE", (0, 1), (-1, 1), 7.5),
                      ("LEADING", (0, 1), (-1, 1), 9), ("TEXTCOLOR", (0, 1), (-1, 1), GREY)]
            t.setStyle(_tight(style))
            out.append(t)
            out.append(Spacer(1, 3))
        if b.get("keep_together", True) and not self.in_box:
            return [KeepTogether(out)]
        return out

    def _label(self, text: str, width: float) -> Any:
        """A field label: a plain string when it fits on one line (much faster), else a paragraph."""
        if pdfmetrics.stringWidth(text, fonts.REGULAR, 7.5) <= width - 1:
            return text
        return _p(xml_escape(text), self.st["label"])

    def b_signature(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        parts: list[Flowable] = []
        if b.get("title"):
            parts.append(self.para(b["title"], ctx, "heading", owner))
        if b.get("verification"):
            parts.append(self.para(b["verification"], ctx, "body", owner))
            parts.append(Spacer(1, 4))
        if b.get("items"):
            parts.extend(self.b_fields({"items": b["items"], "columns": b.get("columns", 2),
                                        "keep_together": False}, ctx, owner))
        return parts if self.in_box else [KeepTogether(parts)]

    def b_lines(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        """Ruled lines left empty for the person's own words (never written by the program)."""
        count = int(b.get("count", 6))
        self.note_blank(b, owner if owner != "program" else "person", "")
        out: list[Flowable] = []
        if b.get("label"):
            out.append(self.para(b["label"], ctx, b.get("style", "body"), owner))
        t = Table([[""] for _ in range(count)], colWidths=[self.width], rowHeights=[19] * count)
        t.setStyle(_tight([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        out.append(t)
        return out

    def b_box(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        outer_width, self.width, self.in_box = self.width, self.width - 12, True
        try:
            inner = self.blocks(b["blocks"], ctx, owner)
        finally:
            self.width, self.in_box = outer_width, False
        if b.get("title"):
            inner.insert(0, _p(fill(b["title"], ctx), self.st["cellhead"]))
        t = Table([[inner]], colWidths=[self.width])
        t.keepWithNext = False
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [Spacer(1, 4), t, Spacer(1, 4)]

    def b_repeat(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        items = lookup(ctx, b["each"]) or []
        name = b.get("as", "item")
        out: list[Flowable] = []
        for i, item in enumerate(items, 1):
            child = {**ctx, name: item, f"{name}_index": str(i)}
            out.extend(self.blocks(b["blocks"], child, owner))
        return out

    def b_caption(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        st = self.st
        court = [self._caption_line(x, ctx, owner) for x in b.get("court", [])]
        parties = [self._caption_line(x, ctx, owner) for x in b.get("parties", [])]
        cn_spec = b.get("case_number", {"label": "Case Number", "owner": "clerk"})
        cn_cell, _ = self._field_cell(cn_spec, ctx, owner)
        right: list[Flowable] = [_p(fill(str(b.get("court_use", "For Court Use Only")), ctx), st["label"])]
        left_w = self.width * 0.58
        right_w = self.width - left_w
        cn = Table([[cn_cell], [_p(fill(str(cn_spec.get("label", "Case Number")), ctx), st["label"])]],
                   colWidths=[right_w - 16], rowHeights=[26, None])
        cn.setStyle(_tight([("LINEBELOW", (0, 0), (0, 0), 0.8, RULE), ("VALIGN", (0, 0), (0, 0), "BOTTOM")]))
        t = Table([[court, right], [parties, cn]], colWidths=[left_w, right_w],
                  rowHeights=[None, None])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (1, 1), (1, 1), "BOTTOM"),
            ("LINEAFTER", (0, 0), (0, -1), 0.8, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (0, 1), 0.8, RULE),
            ("BOX", (1, 0), (1, 0), 0.8, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        out: list[Flowable] = [t]
        if b.get("title"):
            out.append(_p(fill(b["title"], ctx), st["title"]))
        if b.get("subtitle"):
            out.append(_p(fill(b["subtitle"], ctx), st["center"]))
        return out

    def _caption_line(self, line: Any, ctx: Mapping[str, Any], owner: str) -> Paragraph:
        if isinstance(line, Mapping):
            value = self.value(line, ctx, owner)
            self.note_blank(line, owner, value)
            self.record(line, ctx, value)
            label = fill(str(line.get("label", "")), ctx)
            shown = fill("{v}", {"v": value}) if value else "_" * 24
            style = line.get("style", "caption")
            return _p(f"<u>{shown}</u> {label}" if line.get("after") else f"{label} <u>{shown}</u>",
                             self.st[style])
        return _p(fill(str(line), ctx), self.st["caption"])

    def b_table(self, b: Mapping[str, Any], ctx: Mapping[str, Any], owner: str) -> list[Flowable]:
        st = self.st
        rows = list(lookup(ctx, b["rows"]) or []) if b.get("rows") else []
        table_id = str(b.get("id", b.get("rows", "table")))
        capacity = self.capacity_override.get(table_id, b.get("capacity"))
        shown = rows
        if capacity is not None and len(rows) > int(capacity):
            shown = rows[: int(capacity)]
            self.result.overflow[table_id] = rows[int(capacity):]
            if b.get("continued_in"):
                self.result.continued_in[table_id] = str(b["continued_in"])
        cols = b["columns"]
        number_col = bool(b.get("number_column", True))
        weights = [float(c.get("width", 1)) for c in cols]
        num_w = 0.3 * inch if number_col else 0
        total = sum(weights)
        widths = ([num_w] if number_col else []) + [(self.width - num_w) * w / total for w in weights]
        header: list[Any] = [_p("#", st["cellhead"])] if number_col else []
        header += [_p(fill(str(c.get("header", "")), ctx), st["cellhead"]) for c in cols]
        data: list[list[Any]] = [header]
        row_name = b.get("as", "row")
        # plain_cells: a value that fits its column on one line is drawn as a string, not a Paragraph
        # (a long exhibit of thousands of rows lays out several times faster; same font, size, leading).
        plain = PLAIN_CELLS and bool(b.get("plain_cells"))
        cell_style = st["cell"]
        room = [w - 6 for w in widths[1 if number_col else 0:]]  # LEFT/RIGHTPADDING 3 + 3
        for i, row in enumerate(shown):
            rctx = {**ctx, row_name: row}
            n = as_text(row.get("n")) if isinstance(row, Mapping) and row.get("n") else str(i + 1)
            rctx.setdefault("n", n)
            rctx = {**rctx, "n": n}
            line: list[Any] = [n] if number_col else []
            for c in cols:
                spec = dict(c)
                if "source" in spec and not str(spec["source"]).startswith(f"{row_name}."):
                    spec["source"] = f"{row_name}.{spec['source']}"
                value = self.value(spec, rctx, owner)
                self.record(spec, rctx, value)
                if c.get("checkboxes"):
                    marks = [f"{BOX_ON if str(o.get('value')) == value else BOX_OFF} {o.get('label', '')}"
                             for o in c["checkboxes"]]
                    line.append(_p("<br/>".join(marks), st["cell"]))
                elif plain and "\n" not in value and pdfmetrics.stringWidth(value, cell_style.fontName, cell_style.fontSize) <= \
                        room[len(line) - (1 if number_col else 0)]:  # fmt: skip
                    line.append(value)
                else:
                    line.append(_p(fill("{v}", {"v": value}), st["cell"]))
            data.append(line)
        if not shown:
            for _ in range(int(b.get("min_rows", 0))):
                data.append([""] * len(widths))
            if b.get("empty_text") and not int(b.get("min_rows", 0)):
                data.append([_p(fill(str(b["empty_text"]), ctx), st["cell"])] + [""] * (len(widths) - 1))
        style: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if number_col:
            style += [("FONTSIZE", (0, 1), (0, -1), 8.5),
                      ("LEADING", (0, 1), (0, -1), 10.5)]
        if plain:  # string cells drawn like the cell paragraphs
            style += [("FONTSIZE", (0, 1), (-1, -1), cell_style.fontSize),
                      ("LEADING", (0, 1), (-1, -1), cell_style.leading)]
        if not shown and b.get("empty_text") and not int(b.get("min_rows", 0)):
            style.append(("SPAN", (0, 1), (-1, 1)))
        if not shown and int(b.get("min_rows", 0)):
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]))
        heights = _row_heights(data, widths, style, self.width) if plain and len(data) > _MEASURE_ROWS else None
        t = Table(data, colWidths=widths, repeatRows=1, rowHeights=heights)
        t.setStyle(TableStyle(style))
        out: list[Flowable] = [Spacer(1, 3), t]
        extra = self.result.overflow.get(table_id)
        if extra and b.get("overflow_text"):
            out.append(Spacer(1, 2))
            out.append(self.para(str(b["overflow_text"]), {**ctx, "count": str(len(extra))}, "note"))
        out.append(Spacer(1, 4))
        return out


#: Honour a table's ``plain_cells`` (tests turn it off to compare with every cell a Paragraph).
PLAIN_CELLS = True
#: Rows measured at a time by :func:`_row_heights`.
_MEASURE_ROWS = 200


def _row_heights(data: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]],
                 width: float) -> list[float] | None:  # fmt: skip
    """The row heights ReportLab gives ``data``, measured ``_MEASURE_ROWS`` rows at a time.

    ReportLab measures a table's rows with a scan from the first row for each
    row, and again for what is left at every page break: quadratic in the
    rows (the 12 county motions and orders of a 100,000-charge sheet, 7,264
    people in Cook's: 22 s before, 7.4 s now). The rows of these tables
    do not span, so each row's height does not depend on the others:
    measured in slices (with the header, the same style) and handed over,
    the table lays out in linear time and looks the same (a test compares the
    pages pixel for pixel). None when ReportLab keeps its measure elsewhere.
    """
    heights: list[float] = []
    for start in range(1, len(data), _MEASURE_ROWS):
        part = Table([data[0], *data[start : start + _MEASURE_ROWS]], colWidths=widths)
        part.setStyle(TableStyle(style))
        part.wrap(width, 1e9)
        got = getattr(part, "_rowHeights", None)
        if not isinstance(got, list) or len(got) != len(getattr(part, "_cellvalues", ())):
            return None
        if not heights:
            heights.append(got[0])
        heights.extend(got[1:])
    return heights


def _text_cell(cell: tuple[int, int], size: float, leading: float) -> list[tuple[Any, ...]]:
    """Table style for a plain-string cell drawn like a paragraph of that size."""
    return [("FONTSIZE", cell, cell, size), ("LEADING", cell, cell, leading)]


def _tight(extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    base: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
    ]
    return TableStyle(base + (extra or []))


# --------------------------------------------------------------------------
# The public entry point


def _lay_out(form: str | Path | FormDef, context: Mapping[str, Any], capacity: Mapping[str, int] | None
             ) -> tuple[FormDef, dict[str, Any], RenderResult, list[Flowable]]:
    fdef = load_form(form, on=_filing_date(context))
    ctx = {**context, "form": {"id": fdef.id, "version": fdef.version, "title": fdef.title}}
    result = RenderResult(form=fdef)
    flowables = _Builder(fdef, ctx, result, capacity).blocks(fdef.blocks, ctx)
    return fdef, ctx, result, flowables


def collect_values(form: str | Path | FormDef, context: Mapping[str, Any],
                   capacity: Mapping[str, int] | None = None) -> RenderResult:
    """What ``render_form`` would write where (values by place, blanks, overflow), without a PDF."""
    return _lay_out(form, context, capacity)[2]


def render_form(
    form: str | Path | FormDef,
    context: Mapping[str, Any],
    out: Path | BinaryIO | None = None,
    *,
    capacity: Mapping[str, int] | None = None,
) -> tuple[RenderResult, bytes]:
    """Typeset ``form`` filled from ``context``; write to ``out`` (a path or binary file) if given.

    Returns the result (pages, blanks, overflow rows, values written) and the PDF bytes.
    ``capacity`` overrides a table's row capacity (used when an official PDF has fewer rows).
    """
    fdef, ctx, result, flowables = _lay_out(form, context, capacity)
    buf = io.BytesIO()
    footer_left = fill(str(fdef.get("footer", "{form.id} (REV {form.version})")), ctx, markup=False)
    canvasmaker = functools.partial(
        _NumberedCanvas,
        footer_left=footer_left,
        footer_right=fill(str(fdef.get("footer_right", "")), ctx, markup=False),
        running_header=fill(str(fdef.get("running_header", "{form.title} (continued)")), ctx, markup=False),
        page_label=str(fdef.get("page_label", "Page {n} of {total}")),
    )
    doc = BaseDocTemplate(
        buf, pagesize=LETTER, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, invariant=1, initialFontName=fonts.REGULAR, pageCompression=1,
        title=fdef.title, author="reliefdesk", subject=f"{fdef.id} {fdef.version}", creator="reliefdesk",
        producer="reliefdesk (ReportLab)",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables, canvasmaker=canvasmaker)
    data = buf.getvalue()
    result.pages = doc.page
    if out is not None:
        if isinstance(out, (str, Path)):
            write_whole(out, data)
        else:
            out.write(data)
    return result, data


def _filing_date(context: Mapping[str, Any]) -> Any:
    from datetime import date

    value = lookup(context, "filing.iso")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


__all__ = ["BOX_OFF", "BOX_ON", "TA_LEFT", "Blank", "RenderResult", "collect_values", "render_form", "styles"]
