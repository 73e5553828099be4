"""The one-page bulk summary: real ReportLab output, embedded fonts only, readable when rendered."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from reliefdesk.services import batch, synthetic


def _fonts(reader: PdfReader) -> list[tuple[str, bool]]:
    found = []
    for page in reader.pages:
        res = page.get("/Resources") or {}
        fonts = res.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font.get("/BaseFont"))
            desc = font.get("/FontDescriptor")
            embedded = desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((base, embedded))
    return found


def test_summary_pdf_one_page_embedded_fonts_and_text(tmp_path: Path) -> None:
    doj = synthetic.generate("ca-doj-bulk", 300, 2, tmp_path / "doj.csv")
    result = batch.run(batch.BatchConfig(input=doj, out=tmp_path / "out", as_of=date(2026, 12, 1), workers=1))
    pdf = tmp_path / "out" / batch.SUMMARY_PDF
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    fonts = _fonts(reader)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name or "Times" in name or "Courier" in name for name, _ in fonts)
    text = reader.pages[0].extract_text()
    assert "Proposition 64 bulk review" in text
    assert f"{result.people:,}" in text
    assert "Outcomes by code section" in text and "Outcomes by year" in text
    assert "11359" in text
    # Rendered, the page has real ink (charts), not a blank sheet.
    page = pdfium.PdfDocument(str(pdf))[0]
    image = page.render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:200])
    assert dark > image.width * image.height * 0.03
    summary = json.loads((tmp_path / "out" / batch.SUMMARY_JSON).read_text())
    assert summary["by_section"]
    # The headline boxes count each charge once: dismiss now + reduce now = eligible now.
    flat = " ".join(text.split())
    relief, status = summary["eligible_by_relief"], summary["by_status"]
    assert relief["dismiss_seal"] + relief["reduce"] == status["eligible_now"]
    for number, label in ((relief["dismiss_seal"], "Charges to dismiss now"), (relief["reduce"], "Charges to reduce now"),
                          (status["needs_review"], "Charges needing review")):  # fmt: skip
        assert f"{number:,} {label}" in flat


def test_options_are_named_in_words(tmp_path: Path) -> None:
    from reliefdesk.documents import summary_pdf

    summary = {"jurisdiction": "CA", "people": 3, "options_relief": {
        "baseline dismiss": {"setting": "11357,11358", "people": 2},
        "subjectAgeThreshold": {"setting": 57, "people": 1},
        "someFutureOption": {"setting": True, "people": 0},
    }}  # fmt: skip
    pdf = summary_pdf.write_summary_pdf(summary, tmp_path / "s.pdf")
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "dismiss HS 11357, 11358 → 2" in text
    assert "dismiss: aged 57 or more → 1" in text
    assert "someFutureOption: True → 0" in text  # an option the page does not know keeps its own name


def test_a_document_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails midway (a full disk) leaves the earlier file as it was, and no temporary file."""
    import errno
    import os

    from reliefdesk.documents import files

    target = tmp_path / "motion-cook.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier motion")
    real_open = open

    def full_disk(path, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        f = real_open(path, mode, *args, **kwargs)
        if "w" in mode:
            f.write(b"%PDF-1.4 half")
            f.close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return f

    monkeypatch.setattr("builtins.open", full_disk)
    with pytest.raises(OSError):
        files.write_whole(target, b"%PDF-1.4 the new motion, longer")
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF-1.4 the earlier motion"
    assert [p.name for p in tmp_path.iterdir()] == ["motion-cook.pdf"]
    files.write_whole(target, b"%PDF-1.4 the new motion")
    assert target.read_bytes() == b"%PDF-1.4 the new motion"
