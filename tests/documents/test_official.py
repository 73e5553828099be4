"""The official-PDF path: a fillable PDF (built here with ReportLab's AcroForm) is filled by
field name with pypdf and flattened, instead of typesetting the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from reliefdesk import paths
from reliefdesk.documents.forms import load_form
from reliefdesk.documents.illinois import plan_packets
from reliefdesk.documents.official import OfficialPdfError, fill_official, find_official, widgets
from reliefdesk.services.packets import build_packet
from tests.documents import pdfcheck
from tests.documents.official_fixture import make_fillable_pdf
from tests.documents.samples import forty_cases, washington

COLS = ["Arrest or Case Number - {n}", "Arresting Agency - {n}", "List all charges for each case number - {n}",
        "Date of Arrest - {n}", "Outcome - For example RV S or P - {n}"]
HEAD = ["1 - County", "Your name", "Other name", "Date of birth", "Race", "Gender", "Case Number"]
BOXES = ["5 - Released", "7 - Dismissed or Reversed", "9 - Supervision", "8 - Qualified Probation"]


def _install_request(rows: int) -> Path:
    folder = paths.user_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fields = HEAD + [c.replace("{n}", str(n)) for n in range(1, rows + 1) for c in COLS]
    return make_fillable_pdf(folder / "il-expunge-seal-request-2026-06.pdf", fields, BOXES)


def test_no_official_pdf_means_typesetting() -> None:
    assert find_official(load_form("IL-EXP-SEAL-REQUEST")) is None


def test_official_request_is_filled_by_name_and_flattened(tmp_path: Path) -> None:
    _install_request(rows=3)
    rec, an = washington()
    result = build_packet(rec, an, tmp_path)
    request = result.documents[0]
    reader = PdfReader(str(request))
    assert reader.get_fields() is None  # flattened: no form fields left
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert all("/Annots" not in p for p in reader.pages)
    text = pdfcheck.text(request)
    assert text.startswith("OFFICIAL FORM")  # the official file, not the typeset one
    for value in ("COOK", "DENISE M WASHINGTON", "03/14/1986", "13-1-778812-01", "EVANSTON POLICE DEPARTMENT",
                  "09/10/2013"):
        assert value in text
    # The clerk's case number field stays empty; the checkboxes carry an X where ticked.
    lines = text.splitlines()
    assert lines.count("X") == 2  # items 7 and 9
    for base, _, embedded in pdfcheck.fonts(request):
        assert embedded, base
    # The other documents are still typeset.
    assert "ORDER TO EXPUNGE AND/OR SEAL CRIMINAL RECORDS" in pdfcheck.text(result.documents[1])


def test_value_lands_in_the_named_field_rectangle(tmp_path: Path) -> None:
    pdf = _install_request(rows=2)
    rec, an = washington()
    _, ctx = plan_packets(rec, an)[0].documents[0]
    form = load_form("IL-EXP-SEAL-REQUEST")
    _, data = fill_official(form, ctx, pdf)
    out = tmp_path / "filled.pdf"
    out.write_bytes(data)
    rect = widgets(PdfReader(str(pdf)))["Arresting Agency - 2"][0]
    import pdfplumber

    with pdfplumber.open(str(out)) as doc:
        page = doc.pages[0]
        h = float(page.height)
        x0, y0, x1, y1 = rect.rect
        crop = page.within_bbox((x0 - 1, h - y1 - 1, x1 + 1, h - y0 + 1))
        assert crop.extract_text().strip() == "EVANSTON POLICE DEPARTMENT"
        case = page.within_bbox((330, h - y1 - 1, 560, h - y0 + 1))
        assert "CHICAGO" not in (case.extract_text() or "")


def test_rows_beyond_the_official_pdf_go_to_the_continuation(tmp_path: Path) -> None:
    _install_request(rows=3)
    rec, an = forty_cases()
    result = build_packet(rec, an, tmp_path)
    request, caselist = result.documents[0], result.documents[1]
    assert caselist.name.endswith("il-exp-seal-caselist.pdf")
    on_request = [n for n in (c.case_number for c in rec.cases) if n in pdfcheck.text(request)]
    listed = [r[1].strip() for r in pdfcheck.data_rows(caselist, "Arrest or Case") if r[1].strip()]
    assert len(on_request) == 3
    assert sorted(on_request + listed) == sorted(c.case_number for c in rec.cases)


def test_official_fill_is_deterministic(tmp_path: Path) -> None:
    pdf = _install_request(rows=3)
    rec, an = washington()
    _, ctx = plan_packets(rec, an)[0].documents[0]
    form = load_form("IL-EXP-SEAL-REQUEST")
    assert fill_official(form, ctx, pdf)[1] == fill_official(form, ctx, pdf)[1]


def test_a_pdf_without_matching_fields_is_refused_and_typeset_instead(tmp_path: Path) -> None:
    folder = paths.user_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pdf = make_fillable_pdf(folder / "il-expunge-seal-request-2026-06.pdf", ["Something else"])
    rec, an = washington()
    _, ctx = plan_packets(rec, an)[0].documents[0]
    with pytest.raises(OfficialPdfError, match="none of the field names"):
        fill_official(load_form("IL-EXP-SEAL-REQUEST"), ctx, pdf)
    result = build_packet(rec, an, tmp_path)
    assert "REQUEST TO EXPUNGE AND/OR SEAL" in pdfcheck.text(result.documents[0])
    assert any("typeset instead" in n for n in result.notes)


def test_a_damaged_pdf_is_a_clear_error(tmp_path: Path) -> None:
    folder = paths.user_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "il-expunge-seal-request-2026-06.pdf"
    bad.write_bytes(b"not a pdf at all")
    rec, an = washington()
    _, ctx = plan_packets(rec, an)[0].documents[0]
    with pytest.raises(OfficialPdfError, match="could not be read"):
        fill_official(load_form("IL-EXP-SEAL-REQUEST"), ctx, bad)


def test_an_official_order_with_too_few_rows_is_typeset_so_no_row_is_lost(tmp_path: Path) -> None:
    folder = paths.user_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    make_fillable_pdf(folder / "il-expunge-seal-order-2026-06.pdf",
                      ["County", "Name", "arrest/case number 1", "agency 1", "Judge"])
    rec, an = washington()  # two cases for expungement, the official order has one row
    result = build_packet(rec, an, tmp_path)
    order = result.documents[1]
    text = pdfcheck.text(order)
    assert "ORDER TO EXPUNGE AND/OR SEAL CRIMINAL RECORDS" in text
    assert "13-1-778812-01" in text and "17-2-100455-01" in text
    assert any("too few rows" in n for n in result.notes)
