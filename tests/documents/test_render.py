"""The typeset documents read back with real PDF text extraction: every value in its place,
nothing in the clerk's or the judge's places, every font embedded, the same bytes twice,
and a 40-case person on continuation pages with no row lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reliefdesk.documents.illinois import plan_packets
from reliefdesk.documents.render import render_form
from reliefdesk.documents.suite import render_suite
from reliefdesk.services.packets import PacketSettings, build_packet
from tests.documents import pdfcheck
from tests.documents.samples import forty_cases, hernandez, kowalski, washington

SETTINGS = PacketSettings(clinic_name="Uptown Legal Clinic", clinic_address="4750 N Sheridan Rd, Chicago, IL 60640",
                          petitioner_address="1200 W Wilson Ave, Chicago, IL 60640", petitioner_phone="312-555-0100")


def _flat(cell: str) -> str:
    return re.sub(r"\s+", " ", cell).strip()


@pytest.fixture(scope="module")
def washington_packet(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    rec, an = washington()
    out = tmp_path_factory.mktemp("washington")
    result = build_packet(rec, an, out, SETTINGS)
    docs = {p.name.split("-", 2)[2].removesuffix(".pdf"): p for p in result.documents}
    docs["combined"] = result.combined[0]
    assert result.letter is not None
    docs["letter"] = result.letter
    return docs


def test_request_caption_and_petitioner_fields(washington_packet: dict[str, Path]) -> None:
    req = washington_packet["il-exp-seal-request"]
    assert pdfcheck.value_above(req, "Your name (first, middle, last)") == "DENISE M WASHINGTON"
    assert pdfcheck.value_above(req, "Date of birth (mm/dd/yyyy)") == "03/14/1986"
    assert pdfcheck.value_above(req, "Other names used") == "DENISE WASHINGTON; DENISE M MOORE"
    assert pdfcheck.value_above(req, "Race") == ""  # the person's to fill
    assert "COOK COUNTY" in pdfcheck.text(req)


def test_request_tables_have_every_value_in_its_column(washington_packet: dict[str, Path]) -> None:
    req = washington_packet["il-exp-seal-request"]
    rows = pdfcheck.data_rows(req, "Arrest or Case")
    # Expungement: supervision (S) and the dismissed battery case (D); the cannabis case is on the Motion,
    # the DUI on no form.
    exp = [[_flat(c) for c in r] for r in rows if r[0] in ("1", "2")][:2]
    assert exp[0][:2] == ["1", "13-1-778812-01 (also L6987654, HW455001)"]
    assert exp[0][2] == "CHICAGO POLICE DEPARTMENT"
    assert exp[0][3] == "RETAIL THEFT <$300 (720 ILCS 5/16-25(a)(1))"
    assert exp[0][4:] == ["09/10/2013", "S"]
    assert exp[1][1].startswith("17-2-100455-01")
    assert exp[1][2] == "EVANSTON POLICE DEPARTMENT"
    assert "BATTERY - MAKES PHYSICAL CONTACT" in exp[1][3] and "CRIMINAL TRESPASS TO LAND" in exp[1][3]
    assert exp[1][4:] == ["02/27/2017", "D"]
    text = pdfcheck.text(req)
    assert "21-DT-004512" not in text and "11-1-234567-01" not in text
    assert "No records for sealing in this Request." in text


def _ticks(text: str) -> dict[str, bool]:
    out = {}
    for m in re.finditer(r"^(\d+|[abc])\.\s*([☐☒])", text, re.M):
        out[m.group(1)] = m.group(2) == "☒"
    return out


def test_request_grounds_items_ticked_from_the_outcomes(washington_packet: dict[str, Path]) -> None:
    ticks = _ticks(pdfcheck.text(washington_packet["il-exp-seal-request"]))
    assert ticks["7"] and ticks["9"]  # dismissed; supervision
    assert not any(ticks[k] for k in ("5", "6", "8", "15", "16", "17", "18", "a", "b", "c"))


def test_sealing_grounds_for_kowalski(tmp_path: Path) -> None:
    rec, an = kowalski()
    result = build_packet(rec, an, tmp_path)
    req = result.documents[0]
    text = pdfcheck.text(req)
    ticks = _ticks(text)
    assert ticks["5"] and ticks["7"] and ticks["c"]  # released; dismissed; felony prison 19c
    assert not ticks["a"] and not ticks["17"]
    seal = [[_flat(c) for c in r] for r in pdfcheck.data_rows(req, "Arrest or Case") if "19CR0233301" in r[1]]
    assert seal and seal[0][-1] == "FC"
    released = [r for r in pdfcheck.data_rows(req, "Arrest or Case") if r[1].startswith("17333002")]
    assert released and _flat(released[0][-1]) == "R"


def test_cannabis_motion_rows_and_statement_left_blank(washington_packet: dict[str, Path]) -> None:
    motion = washington_packet["il-cxp-motion"]
    rows = pdfcheck.data_rows(motion, "Class")
    assert len(rows) == 1
    cells = [_flat(c) for c in rows[0]]
    assert cells[1] == "☒ Misdemeanor ☐ Class 4 Felony"
    assert cells[2].startswith("11-1-234567-01")
    assert cells[3] == "CHICAGO POLICE DEPARTMENT" and cells[4] == "05/02/2011"
    assert "POSS CANNABIS >10-30 GRAMS" in cells[5]
    text = pdfcheck.text(motion)
    ticks = _ticks(text)
    assert ticks["2"] and ticks["3"]
    # The movant's own statement: the instruction, then only empty lines before the signature.
    after = text.split("Use more paper if you")[1].split("Verification and signature")[0]
    assert re.sub(r"need to\.|Page \d of \d|IL-CXP-MOTION.*|DENISE M WASHINGTON|Motion to Vacate.*", "", after).strip() == ""


def test_notice_fills_the_movant_and_leaves_the_court_date(washington_packet: dict[str, Path]) -> None:
    notice = washington_packet["il-cxp-notice"]
    assert pdfcheck.value_above(notice, "Print your name") == "DENISE M WASHINGTON"
    assert pdfcheck.value_above(notice, "Telephone") == "312-555-0100"
    assert pdfcheck.value_above(notice, "Street address, city, state, ZIP") == "1200 W Wilson Ave, Chicago, IL 60640"
    assert pdfcheck.value_above(notice, "Court date (mm/dd/yyyy)") == ""
    assert pdfcheck.value_above(notice, "Courtroom") == ""


def test_nothing_of_the_clerk_or_judge_is_filled(tmp_path: Path) -> None:
    rec, an = washington()
    plan = plan_packets(rec, an)[0]
    form_id, ctx = plan.documents[1]
    assert form_id == "IL-EXP-SEAL-ORDER"
    # Even a context that carries values for the court's places must not reach the page.
    poisoned = {**ctx, "court": {**ctx["court"], "granted": True, "denied": True, "judge_name": "JUDGE POISON",
                                 "judge_number": "9999", "date": "01/01/2030", "judge_signature": "SIGNED"}}
    out = tmp_path / "order.pdf"
    render_form(form_id, poisoned, out)
    text = pdfcheck.text(out)
    assert "POISON" not in text and "9999" not in text and "01/01/2030" not in text and "SIGNED" not in text
    court_part = text.split("FOR THE COURT ONLY: FINDINGS")[1].split("A. Records ordered")[0]
    assert "☒" not in court_part and court_part.count("☐") == 4
    assert pdfcheck.value_above(out, "Case Number (for the clerk)") == ""
    assert pdfcheck.value_above(out, "Judge's name") == ""
    for label in ("ENTERED: Judge's signature", "Date"):
        assert label in text


def test_request_case_number_box_stays_blank_even_with_a_value(tmp_path: Path) -> None:
    rec, an = washington()
    _, ctx = plan_packets(rec, an)[0].documents[0]
    out = tmp_path / "req.pdf"
    render_form("IL-EXP-SEAL-REQUEST", {**ctx, "case_number": "SHOULD-NOT-APPEAR"}, out)
    assert pdfcheck.value_above(out, "Case Number (for the clerk)") == ""


def test_every_font_is_embedded_truetype(washington_packet: dict[str, Path]) -> None:
    for name, path in washington_packet.items():
        fonts = pdfcheck.fonts(path)
        assert fonts, name
        for base, subtype, embedded in fonts:
            assert embedded, f"{name}: font {base} ({subtype}) is not embedded"
            assert "DejaVu" in base, f"{name}: unexpected font {base}"


def test_same_input_same_bytes(tmp_path: Path) -> None:
    rec, an = washington()
    a = build_packet(rec, an, tmp_path / "a", SETTINGS)
    b = build_packet(rec, an, tmp_path / "b", SETTINGS)
    assert a.letter is not None and b.letter is not None
    for x, y in zip([*a.documents, *a.combined, a.letter], [*b.documents, *b.combined, b.letter], strict=True):
        assert x.name == y.name
        assert x.read_bytes() == y.read_bytes(), x.name


def test_us_letter_with_page_n_of_m_and_form_id_in_every_footer(washington_packet: dict[str, Path]) -> None:
    from pypdf import PdfReader

    for name, path in washington_packet.items():
        reader = PdfReader(str(path))
        for page in reader.pages:
            assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
        if name in ("combined", "letter"):
            continue
        pages = pdfcheck.page_texts(path)
        for i, page_text in enumerate(pages, 1):
            assert f"Page {i} of {len(pages)}" in page_text, (name, i)
            assert re.search(r"IL-(EXP-SEAL|CXP)-[A-Z]+ \((REV|CXP) \d\d/20\d\d\)", page_text), (name, i)


def test_forty_cases_spill_onto_continuation_pages_with_no_row_lost(tmp_path: Path) -> None:
    rec, an = forty_cases()
    result = build_packet(rec, an, tmp_path)
    names = [p.name for p in result.documents]
    assert names == ["cook-01-il-exp-seal-request.pdf", "cook-02-il-exp-seal-caselist.pdf",
                     "cook-03-il-exp-seal-order.pdf"]
    request, caselist, order = result.documents
    numbers = {c.case_number for c in rec.cases}
    on_forms: list[str] = []
    for path in (request, caselist):
        for row in pdfcheck.data_rows(path, "Arrest or Case"):
            if row[1].strip():
                on_forms.append(_flat(row[1]))
    assert sorted(on_forms) == sorted(numbers)  # every case exactly once across Request + Case List
    assert pdfcheck.page_count(caselist) >= 2
    # The numbering continues from the Request onto the Case List.
    exp_numbers = [int(r[0]) for r in pdfcheck.data_rows(caselist, "Arrest or Case") if r[0].strip().isdigit()]
    assert exp_numbers[0] == 6
    assert "more record(s) for expungement are listed on the attached Case List" in pdfcheck.text(request)
    # The typeset order lists every case, flowing onto as many pages as it needs.
    order_rows = {_flat(r[1]) for r in pdfcheck.data_rows(order, "Arrest or Case") if r[1].strip()}
    assert order_rows == numbers
    # Never smaller text: the table cells keep their 8.5 pt size on every page.
    import pdfplumber

    with pdfplumber.open(str(caselist)) as pdf:
        sizes = {round(ch["size"], 1) for page in pdf.pages for ch in page.chars if ch["text"] == "M" and
                 ch["fontname"].endswith("DejaVuSans")}
    assert min(sizes) >= 7.5


def test_hernandez_two_expungements_and_no_cannabis_suite(tmp_path: Path) -> None:
    rec, an = hernandez()
    result = build_packet(rec, an, tmp_path)
    assert [p.name for p in result.documents] == ["cook-01-il-exp-seal-request.pdf", "cook-02-il-exp-seal-order.pdf"]
    rows = [[_flat(c) for c in r] for r in pdfcheck.data_rows(result.documents[0], "Arrest or Case")]
    assert [r[-1] for r in rows if r[1]] == ["P, D", "A"]
    ticks = _ticks(pdfcheck.text(result.documents[0]))
    assert ticks["6"] and ticks["7"] and ticks["8"]
    assert "2018-MC4-001882" not in pdfcheck.text(result.documents[0])  # domestic battery: no relief


def test_suite_in_memory_without_a_folder() -> None:
    rec, an = washington()
    docs = render_suite(plan_packets(rec, an)[0].documents, None)
    assert [d.form.id for d in docs] == ["IL-EXP-SEAL-REQUEST", "IL-EXP-SEAL-ORDER", "IL-CXP-MOTION",
                                         "IL-CXP-NOTICE", "IL-CXP-ORDER"]
    assert all(d.data.startswith(b"%PDF") and d.path is None for d in docs)
