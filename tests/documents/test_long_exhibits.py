"""Long exhibit tables (plain_cells, rows measured in slices) look exactly like the slow way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import ImageChops

from reliefdesk.documents import fonts, multi_motion, render
from tests.documents.pdfcheck import data_rows
from tests.documents.test_reference_images import render_pages


def _rows(n: int) -> list[multi_motion.ExhibitRow]:
    odd = {7: "O'Brien-Castañeda, María José de la Santísima Trinidad & <Sons>", 250: "Ng, Al"}
    return [
        multi_motion.ExhibitRow(
            name=odd.get(i, f"Person {i:04d}, Alex"), dob=date(1960, 1, 1) + timedelta(days=i * 11),
            case_number=f"{10 + i % 9}-1-{i:06d}-01", conviction_date=date(2004, 1, 1) + timedelta(days=i * 5),
            statute="720 ILCS 550/4(c)" if i % 3 else "720 ILCS 550/5(b)", offense_class="A" if i % 4 else "4",
        )
        for i in range(n)
    ]  # fmt: skip


def _write(rows: list[multi_motion.ExhibitRow], out: Path) -> list[Path]:
    fonts.register_fonts()
    return multi_motion.write_motion_documents("Cook", "Circuit Court of Cook County", rows, out, date(2026, 12, 1))


def test_fast_exhibits_are_pixel_for_pixel_the_slow_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _rows(450)  # more than one measuring slice; a long name that wraps; markup characters
    fast = _write(rows, tmp_path / "fast")
    # The slow way: every cell a Paragraph, ReportLab measuring the whole table itself.
    monkeypatch.setattr(render, "PLAIN_CELLS", False)
    slow = _write(rows, tmp_path / "slow")
    assert len(fast) == len(slow) == 2
    for a, b in zip(fast, slow, strict=True):
        pages_a, pages_b = render_pages(a), render_pages(b)
        assert len(pages_a) == len(pages_b) > 10
        for i, (pa, pb) in enumerate(zip(pages_a, pages_b, strict=True), 1):
            assert ImageChops.difference(pa, pb).getbbox() is None, f"{a.name} page {i}"


def test_every_exhibit_row_is_in_the_motion(tmp_path: Path) -> None:
    rows = _rows(450)
    motion = _write(rows, tmp_path)[0]
    got = data_rows(motion, "Name")
    names = [r[1] for r in got if len(r) > 1]
    assert len([n for n in names if n.startswith("Person ")]) == 448
    assert any("Castañeda" in n and "&" in n for n in names)
