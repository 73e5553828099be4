"""Files as clients bring them: text PDFs, scans, and bad input of every kind.

PDFs are made in the test by rendering text with ReportLab (embedded DejaVu Sans
Mono), then read back through the real pdfplumber adapter; scans are rasterized
with pdfium and read by the real Tesseract (skipped, with the reason, without it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reliefdesk.model import record_to_dict
from reliefdesk.readers import ReadError, ocr, read_path
from reliefdesk.services.analysis import read_record
from tests.readers.helpers import FONT, NAMES_TO_FILES, expected, record_differences, sample_text, text_to_pdf

NAMES = list(NAMES_TO_FILES)
needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed (apt-get install tesseract-ocr)")


@pytest.mark.parametrize("name", NAMES)
def test_text_pdf_reads_into_the_demo_record(name: str, tmp_path: Path) -> None:
    pdf = text_to_pdf(sample_text(name), tmp_path / f"{name}.pdf")
    result = read_path(pdf)
    assert record_differences(record_to_dict(result.record), expected(name)) == []
    assert result.record.source.file == f"{name}.pdf"
    assert result.report.unplaced == []


def test_pdf_page_breaks_fall_inside_cycles(tmp_path: Path) -> None:
    # 9 lines a page: page breaks land between charges and their dispositions.
    pdf = text_to_pdf(sample_text("washington"), tmp_path / "w.pdf", lines_per_page=9)
    result = read_path(pdf)
    assert record_differences(record_to_dict(result.record), expected("washington")) == []
    pages = {ln.page for ln in result.report.used}
    assert len(pages) >= 5


def test_report_lines_name_their_page(tmp_path: Path) -> None:
    text = sample_text("kowalski").replace("*** END OF RECORD ***", "GARBLED THING HERE\n*** END OF RECORD ***")
    pdf = text_to_pdf(text, tmp_path / "k.pdf", lines_per_page=20)
    result = read_path(pdf)
    assert [(ln.text.strip(), ln.page) for ln in result.report.unplaced] == [("GARBLED THING HERE", 2)]
    assert any("(page 2): not read: GARBLED THING HERE" in w for w in result.report.warnings())
    assert result.text.splitlines()[result.report.unplaced[0].number - 1].strip() == "GARBLED THING HERE"


def _rasterize(pdf: Path, out: Path, scale: float = 300 / 72) -> Path:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        doc[0].render(scale=scale, grayscale=True).to_pil().save(out)
    finally:
        doc.close()
    return out


def _scanned_pdf(png: Path, out: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=letter)
    c.drawImage(str(png), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()
    return out


@needs_tesseract
@pytest.mark.parametrize("name", ["washington", "kowalski"])
def test_ocr_of_a_scanned_page_reads_the_record(name: str, tmp_path: Path) -> None:
    pdf = text_to_pdf(sample_text(name), tmp_path / "src.pdf", lines_per_page=80)
    png = _rasterize(pdf, tmp_path / "scan.png")
    result = read_path(png)
    assert record_differences(record_to_dict(result.record), expected(name)) == []


@needs_tesseract
def test_scanned_pdf_goes_through_ocr(tmp_path: Path) -> None:
    pdf = text_to_pdf(sample_text("hernandez"), tmp_path / "src.pdf", lines_per_page=80)
    scanned = _scanned_pdf(_rasterize(pdf, tmp_path / "scan.png"), tmp_path / "scanned.pdf")
    result = read_path(scanned)
    assert record_differences(record_to_dict(result.record), expected("hernandez")) == []


def test_without_tesseract_a_scan_says_what_to_install(tmp_path: Path) -> None:
    pdf = text_to_pdf(sample_text("kowalski"), tmp_path / "src.pdf")
    png = _rasterize(pdf, tmp_path / "scan.png", scale=1.0)
    # A real subprocess whose PATH has no tesseract: the product's own check, no mock.
    code = (
        "import sys; from reliefdesk.readers import read_path, ReadError\n"
        "try:\n    read_path(sys.argv[1])\nexcept ReadError as e:\n    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(png)], capture_output=True, text=True, env={"PATH": "/nonexistent"},
        cwd=Path(__file__).resolve().parents[2], timeout=60, check=False,
    )  # fmt: skip
    assert "OCR is unavailable: install Tesseract" in out.stdout, out.stderr


# --------------------------------------------------------------------------
# Bad input: one clear line, no partial record


def _fails(path: Path, *needles: str) -> str:
    with pytest.raises(ReadError) as err:
        read_record(path)
    msg = str(err.value)
    assert "\n" not in msg
    for needle in needles:
        assert needle in msg
    return msg


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    _fails(p, "empty.txt is empty")


def test_blank_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("   \n\n  \n")
    _fails(p, "no text")


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "photo.bin"
    p.write_bytes(bytes(range(256)) * 20)
    _fails(p, "binary file")


def test_non_utf8_text_that_is_not_windows_text(tmp_path: Path) -> None:
    p = tmp_path / "odd.txt"
    p.write_bytes(("CASE NUMBER: 1 " * 5).encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 40)
    _fails(p, "not UTF-8")


def test_windows_1252_rap_sheet_is_read(tmp_path: Path) -> None:
    p = tmp_path / "cp1252.txt"
    p.write_bytes(sample_text("hernandez").replace(" - ", " \u2013 ").encode("cp1252"))
    got = record_to_dict(read_path(p).record)
    assert record_differences(got, expected("hernandez")) == []


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    p = tmp_path / "locked.pdf"
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=1)
    c = canvas.Canvas(str(p), encrypt=enc)
    c.drawString(72, 720, "CASE NUMBER: 2015CR0123401")
    c.showPage()
    c.save()
    _fails(p, "password-protected PDF")


def test_500_page_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    p = tmp_path / "huge.pdf"
    c = canvas.Canvas(str(p))
    for i in range(500):
        c.drawString(72, 720, f"PAGE {i + 1}")
        c.showPage()
    c.save()
    _fails(p, "has 500 pages", "at most 200")


def test_damaged_pdf(tmp_path: Path) -> None:
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    _fails(p, "broken.pdf")


def test_not_a_rap_sheet_file(tmp_path: Path) -> None:
    p = tmp_path / "letter.txt"
    p.write_text("Dear landlord,\nThe rent for March is enclosed.\nRegards\n")
    _fails(p, "this does not look like a rap sheet: no arrest, case or charge found")


def test_not_a_rap_sheet_pdf(tmp_path: Path) -> None:
    pdf = text_to_pdf("MINUTES OF THE GARDEN CLUB\nWe planted tulips and discussed the bake sale.\n", tmp_path / "m.pdf")
    _fails(pdf, "this does not look like a rap sheet")


def test_font_for_pdfs_is_shipped() -> None:
    assert FONT.exists()
