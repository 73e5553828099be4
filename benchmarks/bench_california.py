"""How fast a CA DOJ rap sheet is read and analyzed (figures, not a test).

    .venv/bin/python benchmarks/bench_california.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliefdesk.readers import read_text  # noqa: E402
from reliefdesk.rules.california import CaOptions, analyze_with_options  # noqa: E402
from tests.readers.test_california_sheets import SYNTHETIC  # noqa: E402


def timed(label: str, n: int, fn: object) -> None:
    start = time.perf_counter()
    for _ in range(n):
        fn()  # type: ignore[operator]
    per = (time.perf_counter() - start) / n
    print(f"{label:<48} {per * 1000:8.2f} ms")


def main() -> None:
    sample = ROOT.parent / "shared" / "samples" / "ca" / "skywalker_long_header.txt"
    texts = {"synthetic sheet (127 lines)": SYNTHETIC}
    if sample.exists():
        texts["long-header sample (307 lines)"] = sample.read_text(encoding="utf-8")
    # A long record: the synthetic cycles repeated 40 times (about 4,000 lines).
    head, _, body = SYNTHETIC.partition("* * * *")
    texts["synthetic x40 (~4,000 lines)"] = head + ("* * * *" + body.replace("END OF MESSAGE", "")) * 40
    opts = CaOptions()
    for label, text in texts.items():
        timed(f"read   {label}", 20, lambda t=text: read_text(t))
        record = read_text(text).record
        timed(f"rules  {label}", 20, lambda r=record: analyze_with_options(r, date(2026, 12, 1), opts))


if __name__ == "__main__":
    main()
