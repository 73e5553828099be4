"""Rap sheet text / PDF / image / CSV / record JSON -> the record model.

``read_path(path, fmt)`` is the one entry point: it turns the file into text
pages (PDF through :mod:`reliefdesk.readers.pdf`, images through
:mod:`reliefdesk.readers.ocr`), picks the reader (``--format auto`` detects
the kind from the content) and returns the record with a report.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from reliefdesk.model import RecordError, record_from_json
from reliefdesk.readers.base import (
    ImportReport,
    ReadError,
    ReadResult,
    SourceLine,
    TextFormat,
    TextPage,
    Unsure,
    numbered_lines,
)

__all__ = [
    "FORMATS",
    "ImportReport",
    "ReadError",
    "ReadResult",
    "SourceLine",
    "TextPage",
    "Unsure",
    "available_formats",
    "detect_format",
    "numbered_lines",
    "read_many",
    "read_path",
    "read_text",
]

#: --format value -> module exposing ``FORMAT: TextFormat``. Order matters for ties.
FORMATS: dict[str, str] = {
    "il-text": "reliefdesk.readers.illinois",
    "ca-doj-text": "reliefdesk.readers.california",
    "csv": "reliefdesk.readers.spreadsheet",
    "ca-doj-bulk": "reliefdesk.readers.ca_bulk",
}
ALL_FORMATS = ("auto", *FORMATS, "record-json")

MAX_BYTES = 50 * 1024 * 1024
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def _load(name: str) -> TextFormat | None:
    try:
        module = importlib.import_module(FORMATS[name])
    except ModuleNotFoundError:
        return None
    fmt: TextFormat = module.FORMAT
    return fmt


def available_formats() -> list[TextFormat]:
    return [f for f in (_load(n) for n in FORMATS) if f is not None]


def detect_format(text: str) -> str | None:
    """The best-fitting reader for ``text``, or None when nothing fits."""
    best: tuple[float, str] | None = None
    for fmt in available_formats():
        score = fmt.detect(text)
        if score > 0.3 and (best is None or score > best[0]):
            best = (score, fmt.name)
    return best[1] if best else None


def read_text(text: str, fmt: str = "auto", filename: str | None = None) -> ReadResult:
    return read_pages([TextPage(1, text)], fmt, filename)


def read_pages(pages: list[TextPage], fmt: str = "auto", filename: str | None = None) -> ReadResult:
    full = "\n".join(p.text for p in pages)
    if not full.strip():
        raise ReadError("the file has no text in it: check that it is the right file")
    if fmt == "record-json" or (fmt == "auto" and full.lstrip().startswith("{")):
        return _read_record_json(full)
    name = fmt
    if fmt == "auto":
        detected = detect_format(full)
        if detected is None:
            raise ReadError(
                "this does not look like a rap sheet: no arrest, case or charge found"
            )
        name = detected
    if name not in FORMATS:
        raise ReadError(f"unknown format {fmt!r}: use one of {', '.join(ALL_FORMATS)}")
    reader = _load(name)
    if reader is None:
        raise ReadError(f"reading {name} files is not available in this version yet")
    return reader.read(pages, filename)


def _read_record_json(text: str) -> ReadResult:
    try:
        record = record_from_json(text)
    except RecordError as exc:
        raise ReadError(str(exc)) from None
    return ReadResult(record=record, report=ImportReport(format="record-json"), text=text)


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ():
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    # Windows exports are often cp1252: read them, but only if that yields text.
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(3, len(text) // 100):
        raise ReadError(
            f"{path.name} is not UTF-8 text and could not be read as Windows text either: "
            "save it as UTF-8 or export it again as PDF"
        )
    return text


def extract_pages(path: Path) -> list[TextPage]:
    """The text of a file, page by page: text files, PDFs and scanned images."""
    if not path.exists():
        raise ReadError(f"{path} does not exist: check the file name")
    if path.is_dir():
        raise ReadError(f"{path} is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path.name} is empty: choose the file that holds the rap sheet")
    if size > MAX_BYTES:
        raise ReadError(f"{path.name} is larger than 50 MB: split it or export it again")
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        from reliefdesk.readers import pdf

        return pdf.pdf_pages(path)
    if data.startswith(IMAGE_MAGIC):
        from reliefdesk.readers import ocr

        return ocr.image_pages(path)
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise ReadError(
            f"{path.name} is a binary file, not a rap sheet: choose a text, PDF or image file"
        )
    return [TextPage(1, _decode(data, path))]


def read_path(path: str | Path, fmt: str = "auto") -> ReadResult:
    """Read a rap sheet, a spreadsheet or a record JSON file into a record."""
    p = Path(path)
    if fmt not in ALL_FORMATS:
        raise ReadError(f"unknown format {fmt!r}: use one of {', '.join(ALL_FORMATS)}")
    pages = _xlsx_pages(p) or extract_pages(p)
    if fmt == "auto" and p.suffix.lower() in (".csv", ".dat", ".xlsx"):
        full = pages[0].text if pages else ""
        fmt = "ca-doj-bulk" if _looks_like_doj_bulk(full) else "csv"
    return read_pages(pages, fmt, p.name)


def _xlsx_pages(path: Path) -> list[TextPage] | None:
    """An .xlsx workbook's first sheet as CSV text (None for any other file)."""
    if path.suffix.lower() != ".xlsx" or not path.is_file():
        return None
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return None
    from reliefdesk.readers.spreadsheet import xlsx_text

    text = xlsx_text(path)
    if text is None:
        return None
    if not text.strip():
        raise ReadError(f"{path.name} has an empty first sheet: put the rows on the first sheet")
    return [TextPage(1, text)]


def _looks_like_doj_bulk(text: str) -> bool:
    first = text.split("\n", 1)[0]
    return first.count(",") >= 90


def read_many(paths: list[str | Path], fmt: str = "auto") -> ReadResult:
    """Several documents of one person (transcript, RAP sheet, case summaries) as one
    record: cases merged by normalized case number, conflicts in the report."""
    from reliefdesk.readers.merge import merge_records

    if not paths:
        raise ReadError("choose at least one file")
    results = [read_path(p, fmt) for p in paths]
    if len(results) == 1:
        return results[0]
    record, conflicts = merge_records([r.record for r in results])
    report = ImportReport(format=results[0].report.format)
    texts: list[str] = []
    offset = 0
    for r in results:
        # Line numbers continue across the files, as in the joined text.
        shift = offset
        report.used += [SourceLine(ln.number + shift, ln.text, ln.page, ln.role) for ln in r.report.used]
        report.unplaced += [SourceLine(ln.number + shift, ln.text, ln.page, ln.role) for ln in r.report.unplaced]
        report.unsure += [Unsure(u.where, u.value, u.why, u.line + shift if u.line else None) for u in r.report.unsure]
        report.conflicts += r.report.conflicts
        report.notes += r.report.notes
        report.kinds += [k for k in r.report.kinds if k not in report.kinds]
        texts.append(r.text)
        offset += len(r.text.splitlines())
    report.conflicts += conflicts
    return ReadResult(record=record, report=report, text="\n".join(texts))
