"""The one-page summary of a bulk review: headline numbers and two charts.

Drawn with ReportLab graphics (stacked bar charts of outcomes by code section
and by year), with the embedded DejaVu fonts of ``documents/fonts.py`` on every
label: no base-14 font reaches the file.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config

# ReportLab graphics checks the type of every attribute set on a shape when its classes are
# defined with shapeChecking on: a quarter of this page's drawing time at the end of every
# batch. This page is the only user of reportlab.graphics (tests draw it), so it is switched
# off before the first import, as ReportLab's settings describe for production use.
rl_config.shapeChecking = 0

from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart  # noqa: E402
from reportlab.graphics.charts.legends import Legend  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from reliefdesk.documents import fonts  # noqa: E402
from reliefdesk.documents.files import write_whole  # noqa: E402

STATUSES = ("eligible_now", "eligible_later", "needs_review", "already_relieved", "not_eligible")
STATUS_LABELS = {
    "eligible_now": "Eligible now",
    "eligible_later": "Eligible later",
    "needs_review": "Needs review",
    "already_relieved": "Already relieved",
    "not_eligible": "Not eligible",
}
STATUS_COLORS = {
    "eligible_now": colors.HexColor("#2e7d32"),
    "eligible_later": colors.HexColor("#00838f"),
    "needs_review": colors.HexColor("#f9a825"),
    "already_relieved": colors.HexColor("#5c6bc0"),
    "not_eligible": colors.HexColor("#9e9e9e"),
}
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#616161")


def _present(tables: Sequence[Mapping[str, Mapping[str, int]]]) -> list[str]:
    seen = {s for t in tables for row in t.values() for s, n in row.items() if n}
    return [s for s in STATUSES if s in seen] or ["eligible_now", "not_eligible"]


_IL_RELIEF = (("vacate_expunge", "to vacate and expunge"), ("expunge", "to expunge"), ("seal", "to seal"))

#: The options of Code for America's bulk tools (eligibility_options.json), as the page names them.
_OPTION_LABELS = {
    "subjectUnder21AtConviction": "dismiss: under 21 at conviction",
    "subjectAgeThreshold": "dismiss: aged {} or more",
    "yearsSinceConvictionThreshold": "dismiss: no conviction for {} years",
    "subjectIsDeceased": "dismiss: the person is deceased",
    "subjectHasOnlyProp64Charges": "dismiss: only Prop 64 convictions",
}


def _option_label(key: str, setting: Any) -> str:
    """``subjectAgeThreshold``, 57 -> "dismiss: aged 57 or more" (summary.json keeps the option's own name)."""
    if key in ("baseline dismiss", "baseline reduce"):
        sections = ", ".join(str(setting).split(",")) if setting else "none"
        return f"{key.split()[1]} HS {sections}"
    label = _OPTION_LABELS.get(key)
    if label is None:
        return f"{key}: {setting}"
    return label.format(setting)


def _drawing(w: float, h: float) -> Drawing:
    d = Drawing(w, h)
    # The renderer starts every drawing in Times-Roman unless told otherwise.
    d.initialFontName = fonts.REGULAR
    return d


def _style_axis_labels(chart: Any, size: float = 7) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = size
        axis.labels.fillColor = INK
        axis.strokeColor = MUTED


def _stacked(chart: Any, table: Mapping[str, Mapping[str, int]], cats: list[str], statuses: list[str]) -> None:
    chart.data = [tuple(table.get(c, {}).get(s, 0) for c in cats) for s in statuses]
    chart.categoryAxis.categoryNames = cats
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    for i, s in enumerate(statuses):
        chart.bars[i].fillColor = STATUS_COLORS[s]
        chart.bars[i].strokeColor = None
    _style_axis_labels(chart)


def _sections_chart(by_section: Mapping[str, Mapping[str, int]], statuses: list[str], w: float, h: float) -> Drawing:
    d = _drawing(w, h)
    d.add(String(0, h - 12, "Outcomes by code section (charges)", fontName=fonts.BOLD, fontSize=10, fillColor=INK))
    ranked = sorted(by_section, key=lambda k: -sum(by_section[k].values()))[:8]
    cats = list(reversed(ranked)) or ["none"]
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70, 10, w - 85, h - 35
    _stacked(chart, by_section, cats, statuses)
    chart.barWidth = 8
    d.add(chart)
    return d


def _year_bins(by_year: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    years = sorted(int(y) for y in by_year if y.isdigit())
    if not years:
        return {}
    span = years[-1] - years[0] + 1
    width = 1 if span <= 16 else (5 if span <= 80 else 10)
    out: dict[str, dict[str, int]] = {}
    for y in years:
        start = y - (y % width) if width > 1 else y
        label = str(start) if width == 1 else f"{start}-{str(start + width - 1)[-2:]}"
        bucket = out.setdefault(label, {})
        for s, n in by_year[str(y)].items():
            bucket[s] = bucket.get(s, 0) + n
    return out


def _years_chart(by_year: Mapping[str, Mapping[str, int]], statuses: list[str], w: float, h: float) -> Drawing:
    d = _drawing(w, h)
    d.add(String(0, h - 12, "Outcomes by year of conviction (charges)", fontName=fonts.BOLD, fontSize=10,
                 fillColor=INK))  # fmt: skip
    bins = _year_bins(by_year)
    cats = list(bins) or ["none"]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, w - 50, h - 55
    _stacked(chart, bins, cats, statuses)
    chart.categoryAxis.labels.angle = 45 if len(cats) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(cats) > 8 else "n"
    chart.groupSpacing = 3
    d.add(chart)
    return d


def _legend(statuses: list[str], w: float) -> Drawing:
    d = _drawing(w, 18)
    lg = Legend()
    lg.x, lg.y = 0, 12
    lg.fontName = fonts.REGULAR
    lg.fontSize = 8
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.deltax = 95
    lg.dx = lg.dy = 8
    lg.colorNamePairs = [(STATUS_COLORS[s], STATUS_LABELS[s]) for s in statuses]
    d.add(lg)
    return d


def _fmt(n: Any) -> str:
    return f"{int(n):,}" if isinstance(n, int | float) else str(n)


def write_summary_pdf(summary: Mapping[str, Any], path: Path) -> Path:
    """Draw the summary (``services/batch.py``'s summary.json content) on one letter page."""
    fonts.register_fonts(fonts.REGULAR, fonts.BOLD)
    width, height = letter
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, initialFontName=fonts.REGULAR, initialFontSize=10)
    c.setTitle(f"Bulk review summary: {summary.get('input', '')}")
    c.setAuthor("reliefdesk")
    margin = 40
    y = height - margin
    is_ca = summary.get("jurisdiction") == "CA"
    title = "Proposition 64 bulk review" if is_ca else "Cannabis relief bulk review"
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 17)
    c.drawString(margin, y - 6, title)
    c.setFont(fonts.REGULAR, 9)
    c.setFillColor(MUTED)
    y -= 22
    c.drawString(margin, y, f"{summary.get('input', '')}  ·  as of {summary.get('as_of', '')}  ·  "
                 f"rules {summary.get('rules_version', '')}"
                 + ("" if summary.get("complete", True) else "  ·  INCOMPLETE RUN"))  # fmt: skip

    # Headline numbers.
    # The boxes after the first count charges, a charge in one box at most: the relief boxes hold only
    # the charges eligible now (one that needs review is in its own box); the already relieved are
    # named on the line below.
    status = summary.get("by_status", {})
    eligible_relief = summary.get("eligible_by_relief", {})
    boxes: list[tuple[str, Any, Any]] = [("People reviewed", summary.get("people", 0), INK)]
    if is_ca:
        boxes += [
            ("Charges to dismiss now", eligible_relief.get("dismiss_seal", 0), STATUS_COLORS["eligible_now"]),
            ("Charges to reduce now", eligible_relief.get("reduce", 0), STATUS_COLORS["eligible_now"]),
        ]
    else:
        boxes += [("Charges eligible now", status.get("eligible_now", 0), STATUS_COLORS["eligible_now"]),
                  ("Charges eligible later", status.get("eligible_later", 0), STATUS_COLORS["eligible_later"])]  # fmt: skip
    boxes += [
        ("Charges needing review", status.get("needs_review", 0), STATUS_COLORS["needs_review"]),
        ("Charges not eligible", status.get("not_eligible", 0), STATUS_COLORS["not_eligible"]),
    ]
    y -= 58
    box_w = (width - 2 * margin) / len(boxes)
    for i, (label, value, color) in enumerate(boxes):
        x = margin + i * box_w
        c.setFillColor(colors.HexColor("#f5f5f5"))
        c.roundRect(x + 2, y - 6, box_w - 4, 46, 4, stroke=0, fill=1)
        c.setFillColor(color)
        c.setFont(fonts.BOLD, 18)
        c.drawCentredString(x + box_w / 2, y + 14, _fmt(value))
        c.setFillColor(MUTED)
        c.setFont(fonts.REGULAR, 8)
        c.drawCentredString(x + box_w / 2, y + 1, label)

    # People facts line.
    y -= 24
    c.setFont(fonts.REGULAR, 9)
    c.setFillColor(INK)
    facts = summary.get("people_facts", {})
    by_people = summary.get("people_by_result", {})
    bits = [f"{_fmt(by_people.get('eligible', 0))} people get some relief"]
    if is_ca:
        bits.append(f"{_fmt(facts.get('no_felony_after', 0))} will no longer have a felony")
        bits.append(f"{_fmt(facts.get('no_conviction_after', 0))} will have no conviction left")
    else:  # what the charges eligible now get, in the order of illinois.md section 7
        now = summary.get("eligible_by_relief", {})
        split = [f"{_fmt(now[k])} {label}" for k, label in _IL_RELIEF if now.get(k)]
        if split:
            bits.append("charges now: " + ", ".join(split))
    c.drawString(margin, y, "  ·  ".join(bits))
    y -= 12
    c.setFillColor(MUTED)
    facts_line = [f"{_fmt(summary.get('rows_read', 0))} input rows read",
            f"{_fmt(summary.get('error_rows', 0))} rows not used (listed in errors.csv)"]  # fmt: skip
    if status.get("already_relieved"):
        facts_line.insert(0, f"{_fmt(status['already_relieved'])} charges already relieved")
    c.drawString(margin, y, "  ·  ".join(facts_line))

    # Charts.
    statuses = _present([summary.get("by_section", {}), summary.get("by_year", {})])
    chart_w = width - 2 * margin
    y -= 22
    renderPDF.draw(_legend(statuses, chart_w), c, margin, y - 10)
    y -= 14
    h1 = 185
    renderPDF.draw(_sections_chart(summary.get("by_section", {}), statuses, chart_w, h1), c, margin, y - h1)
    y -= h1 + 12
    h2 = 200
    renderPDF.draw(_years_chart(summary.get("by_year", {}), statuses, chart_w, h2), c, margin, y - h2)
    y -= h2 + 16

    # Counties and options, side by side.
    c.setFont(fonts.BOLD, 10)
    c.setFillColor(INK)
    c.drawString(margin, y, "Counties (charges)")
    col2 = margin + 300
    c.drawString(col2, y, "Options (people relieved)" if is_ca else "Reasons (charges)")
    c.setFont(fonts.REGULAR, 8)
    counties = summary.get("by_county", {})
    ranked = sorted(counties, key=lambda k: -sum(counties[k].values()))[:9]
    yy = y - 13
    c.setFillColor(MUTED)
    c.drawString(margin, yy, "county")
    for j, s in enumerate(("eligible_now", "needs_review", "not_eligible")):
        c.drawRightString(margin + 150 + j * 60, yy, STATUS_LABELS[s].lower())
    c.setFillColor(INK)
    for name in ranked:
        yy -= 11
        c.drawString(margin, yy, name[:24])
        for j, s in enumerate(("eligible_now", "needs_review", "not_eligible")):
            c.drawRightString(margin + 150 + j * 60, yy, _fmt(counties[name].get(s, 0)))
    yy = y - 13
    if is_ca:
        options = summary.get("options_relief", {})
        lines = [f"{_option_label(k, v.get('setting'))}  →  {_fmt(v.get('people', 0))}" for k, v in options.items()]
        if not lines:
            lines = ["no options file: the defaults of california.md"]
    else:
        reasons = summary.get("charges_by_reason", {})
        lines = [f"{k}: {_fmt(v)}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:9]]
    for line in lines[:10]:
        c.drawString(col2, yy, line[:70])
        yy -= 11

    c.setFont(fonts.REGULAR, 7)
    c.setFillColor(MUTED)
    c.drawString(margin, 24, "reliefdesk bulk review. Every result names its rule in results.csv; "
                 "'needs review' means a person must look at the record.")  # fmt: skip
    c.showPage()
    c.save()
    return write_whole(path, buf.getvalue())
