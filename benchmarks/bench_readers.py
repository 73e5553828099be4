"""Reader speed: a 20-page ISP transcript as text and as a PDF, and OCR of one scanned page.

    .venv/bin/python benchmarks/bench_readers.py

Targets (issue 4): text under 200 ms for 20 pages; OCR under 5 s for one page.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliefdesk.readers import ocr, read_path, read_text  # noqa: E402

LINES_PER_PAGE = 60
CYCLE = """\
----------------------------------------------------------------------
CYCLE {n:03d}   DCN: L{dcn:07d}            ARREST DATE: {m:02d}/{d:02d}/{y}
ARRESTING AGENCY: CHICAGO POLICE DEPARTMENT (IL0160000)
AGENCY CASE NO: HT{dcn:06d}
  CHARGE 01  720 ILCS 550/4(C)  POSS CANNABIS >10-30 GRAMS      CLASS: A MISD
  COURT CASE: {yy:02d}-1-{dcn:06d}-01     COURT: CIRCUIT COURT COOK COUNTY
  DISPOSITION DATE: {m:02d}/{d:02d}/{y}   DISPOSITION: SUPERVISION 12 MOS
  DISPOSITION DATE: {m:02d}/{d:02d}/{y2}   DISPOSITION: SUPERVISION SATISFACTORILY TERMINATED
  CHARGE 02  720 ILCS 5/16-25(A)(1)  RETAIL THEFT <$300          CLASS: A MISD
  COURT CASE: {yy:02d}-1-{dcn:06d}-01     COURT: CIRCUIT COURT COOK COUNTY
  DISPOSITION DATE: {m:02d}/{d:02d}/{y}   DISPOSITION: FINDING OF GUILTY
  SENTENCE: CONDITIONAL DISCHARGE 12 MOS; FINE $250
"""
HEADER = """\
ILLINOIS STATE POLICE
DIVISION OF JUSTICE SERVICES - BUREAU OF IDENTIFICATION
CRIMINAL HISTORY TRANSCRIPT (ACCESS AND REVIEW)
RESPONSE DATE: 10/02/2026                                        PAGE {page} OF {pages}
"""


def transcript(pages: int = 20) -> str:
    lines = (HEADER.format(page=1, pages=pages) + "SID: IL14253678   FBI: 482913KA6\nNAME: DOE, JANE A\n"
             "DOB: 03/14/1986   SEX: F\n").splitlines()  # fmt: skip
    n = 0
    page = 1
    while page <= pages:
        n += 1
        y = 1990 + n % 30
        for line in CYCLE.format(n=n, dcn=100000 + n, m=1 + n % 12, d=1 + n % 28, y=y, y2=y + 1, yy=y % 100).splitlines():
            lines.append(line)
            if len(lines) >= page * LINES_PER_PAGE:
                page += 1
                if page <= pages:
                    lines += HEADER.format(page=page, pages=pages).splitlines()
    return "\n".join(lines[: pages * LINES_PER_PAGE]) + "\n*** END OF TRANSCRIPT ***\n"


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def show(label: str, times: list[float], target: float | None = None) -> None:
    med = statistics.median(times)
    verdict = "" if target is None else ("  OK" if med < target else f"  SLOWER than {target * 1000:.0f} ms")
    print(f"{label:<46} median {med * 1000:8.1f} ms   best {min(times) * 1000:8.1f} ms   (n={len(times)}){verdict}")


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from tests.readers.helpers import sample_text, text_to_pdf

    text = transcript(20)
    result = read_text(text)
    print(f"20-page transcript: {len(text.splitlines())} lines, {len(result.record.cases)} cases, "
          f"{sum(len(c.charges) for c in result.record.cases)} charges, {len(result.report.unplaced)} unplaced")  # fmt: skip
    show("read 20-page transcript (text)", timed(lambda: read_text(text), 15), 0.200)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = text_to_pdf(text, Path(tmp) / "t.pdf", lines_per_page=LINES_PER_PAGE)
        show("read 20-page transcript (text PDF)", timed(lambda: read_path(pdf), 3))
        if ocr.available():
            import pypdfium2

            one = text_to_pdf(sample_text("washington"), Path(tmp) / "one.pdf", lines_per_page=80)
            doc = pypdfium2.PdfDocument(str(one))
            png = Path(tmp) / "scan.png"
            doc[0].render(scale=300 / 72, grayscale=True).to_pil().save(png)
            doc.close()
            show("OCR one scanned page (300 dpi PNG)", timed(lambda: read_path(png), 3), 5.0)
        else:
            print("OCR: skipped (Tesseract is not installed)")


if __name__ == "__main__":
    main()
