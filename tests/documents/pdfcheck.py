"""Reading our PDFs back the way a person or a court system would: text, tables, positions, fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from pypdf import PdfReader


def text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def tables(path: Path) -> list[list[list[str]]]:
    """Every ruled table on every page, cells as text (newlines kept)."""
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                out.append([[c or "" for c in row] for row in t])
    return out


def data_rows(path: Path, first_header: str) -> list[list[str]]:
    """The body rows of every table whose first non-# header cell starts with ``first_header``."""
    rows = []
    for t in tables(path):
        header = [h.replace("\n", " ") for h in t[0]]
        start = 1 if header and header[0] == "#" else 0
        if len(header) > start and header[start].startswith(first_header):
            rows.extend(t[1:])
    return rows


def value_above(path: Path, label: str, page_no: int = 0) -> str:
    """The text on the line right above ``label`` (a field's value sits on the rule above its label)."""
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[page_no]
        words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5)
        first = label.split()[0]
        for w in words:
            if not w["text"].startswith(label) and not (w["text"] == first and _line_from(words, w).startswith(label)):
                continue
            x0, top = w["x0"], w["top"]
            above = [v for v in words if top - 22 < v["bottom"] <= top + 0.5 and v["top"] < top - 2
                     and x0 - 3 <= v["x0"] < x0 + 150]
            if not above:
                return ""
            nearest = max(v["bottom"] for v in above)
            line = [v for v in above if abs(v["bottom"] - nearest) < 2]
            return " ".join(v["text"] for v in sorted(line, key=lambda v: v["x0"])).strip()
    raise AssertionError(f"label {label!r} not on page {page_no + 1} of {path.name}")


def _line_from(words: list[dict[str, Any]], start: dict[str, Any]) -> str:
    line = [w for w in words if abs(w["top"] - start["top"]) < 1 and w["x0"] >= start["x0"]]
    return " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))


def fonts(path: Path) -> list[tuple[str, str, bool]]:
    """(base font, subtype, embedded?) for every font any page uses, descendants included."""
    reader = PdfReader(str(path))
    seen: dict[str, tuple[str, str, bool]] = {}
    for page in reader.pages:
        res = page.get("/Resources") or {}
        for font in (res.get("/Font") or {}).values():
            f = font.get_object()
            for item in [f, *[d.get_object() for d in f.get("/DescendantFonts", [])]]:
                desc = item.get("/FontDescriptor")
                embedded = bool(desc) and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                if str(item.get("/Subtype")) == "/Type0":
                    continue
                seen[str(item.get("/BaseFont"))] = (str(item.get("/BaseFont")), str(item.get("/Subtype")), embedded)
    return sorted(seen.values())


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
