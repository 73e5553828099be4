"""Shared helpers for reader tests: the demo samples and a field-by-field comparison."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
GOLDEN = Path(__file__).resolve().parent / "golden"
FONT = ROOT / "resources" / "fonts" / "DejaVuSansMono.ttf"

NAMES_TO_FILES = SAMPLES = {
    "washington": "isp_transcript_washington.txt",
    "kowalski": "cpd_rapsheet_kowalski.txt",
    "hernandez": "cook_case_summary_hernandez.txt",
}


def sample_text(name: str) -> str:
    return (DEMO / SAMPLES[name]).read_text(encoding="utf-8")


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEMO / f"{name}.record.json").read_text(encoding="utf-8"))
    return data


def differences(got: Any, want: Any, path: str = "") -> list[str]:
    """Every field where ``got`` differs from ``want``, as ``path: got != want``."""
    out: list[str] = []
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want)):
            out += differences(got.get(key, "<missing>"), want.get(key, "<missing>"), f"{path}.{key}")
    elif isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for i, (a, b) in enumerate(zip(got, want, strict=True)):
            out += differences(a, b, f"{path}[{i}]")
    elif got != want:
        out.append(f"{path}: {got!r} != {want!r}")
    return out


def record_differences(got: dict[str, Any], want: dict[str, Any], printed_dates: bool = False) -> list[str]:
    """Field-by-field differences, ignoring where the record came from (file name, warnings).

    With ``printed_dates`` a sentence's ``raw`` text may print its dates another way
    (the raw text is kept as printed; the dates themselves are still compared).
    """
    got = {k: v for k, v in got.items() if k != "source"}
    want = {k: v for k, v in want.items() if k != "source"}
    out = differences(got, want)
    if printed_dates:
        out = [d for d in out if ".sentence.raw:" not in d]
    return out


def text_to_pdf(text: str, path: Path, lines_per_page: int = 60) -> Path:
    """Render monospaced text to a PDF (a text layer, as printers make them)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSansMono" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=letter)
    lines = text.splitlines()
    for start in range(0, max(len(lines), 1), lines_per_page):
        y = 750.0
        c.setFont("DejaVuSansMono", 7.5)
        for line in lines[start : start + lines_per_page]:
            c.drawString(30, y, line)
            y -= 11.5
        c.showPage()
    c.save()
    return path
