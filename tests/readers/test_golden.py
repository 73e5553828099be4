"""Golden files: one small document per oddity, with the record and the report
warnings it must give (``tests/readers/golden/<name>.txt`` -> ``<name>.expected.json``).

After a deliberate change, rewrite them with ``RELIEFDESK_REGOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os

import pytest

from reliefdesk.model import record_to_dict
from reliefdesk.readers import read_path
from tests.readers.helpers import GOLDEN, differences

ODDITIES = {
    "page_header_in_cycle": "a page break with the repeated page header between a charge and its disposition",
    "two_dispositions": "several dispositions on one charge: the last decides (supervision terminated; probation revoked)",
    "named_charge_disposition": "dispositions naming their charge, out of order: (CHARGE 3), (CHARGE 2), (CHARGE 1)",
    "wrapped_charge": "charge descriptions wrapped onto the next line, the statute on the second line",
    "ocr_damage": "scanner look-alikes (0/O, l/I) in labels, numbers and dates, and a smudge line",
    "label_per_line": "a layout no sample has: one label per line, class without a colon, (ALL CHARGES)",
    "cpd_other_layout": "another RAP sheet layout: ARREST <date> rows, CB#/RD#, a spaced case number, a shared DISP DATE",
    "mixed_documents": "an ISP transcript and a Cook case summary of the same case in one file: merged, conflict reported",
}


@pytest.mark.parametrize("name", sorted(ODDITIES))
def test_golden(name: str) -> None:
    result = read_path(GOLDEN / f"{name}.txt")
    got = {"record": record_to_dict(result.record), "warnings": result.report.warnings()}
    path = GOLDEN / f"{name}.expected.json"
    if os.environ.get("RELIEFDESK_REGOLDEN"):
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert differences(got, want) == [], ODDITIES[name]


def test_every_golden_file_is_listed() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(ODDITIES)
