"""Store benchmark: 100,000 clients with 5 cases each: import, search, backup.

    .venv/bin/python benchmarks/bench_store.py [--people N] [--encrypted] [--keep DIR]

Targets (issue 5): import through the store at over 5,000 clients per second,
search under 100 ms, a backup in under 10 s. Prints one figure a line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reliefdesk.model import (
    Case,
    Charge,
    Disposition,
    Jurisdiction,
    Level,
    Person,
    Record,
    Sentence,
    SentenceKind,
)
from reliefdesk.services.clients import ClientService

LAST = ("GARCIA", "SMITH", "NGUYEN", "JOHNSON", "LOPEZ", "WILLIAMS", "KOWALSKI", "BROWN", "KIM", "DAVIS")
FIRST = ("JAMES", "MARIA", "MICHAEL", "JENNIFER", "DAVID", "LINDA", "JOSE", "PATRICIA", "ROBERT", "ANA")
STATUTES = ("720 ILCS 550/4(a)", "720 ILCS 570/402(c)", "720 ILCS 5/16-25(a)(1)", "625 ILCS 5/11-501(a)")


def make(i: int) -> Record:
    born = date(1950, 1, 1) + timedelta(days=(i * 37) % 18000)
    cases = []
    for k in range(5):
        arrest = date(1995, 1, 1) + timedelta(days=(i * 13 + k * 400) % 10000)
        charges = tuple(
            Charge(
                statute=STATUTES[(i + k + j) % 4],
                statute_raw=STATUTES[(i + k + j) % 4].replace("/", ".0/"),
                description="POSS CANNABIS <10 GRAMS" if j == 0 else "RETAIL THEFT",
                level=Level.MISDEMEANOR,
                disposition=Disposition.DISMISSED if (i + k + j) % 3 else Disposition.CONVICTED,
                disposition_raw="NOLLE PROSEQUI",
                disposition_date=arrest + timedelta(days=60),
                sentence=None if (i + k + j) % 3 else Sentence(kind=SentenceKind.PROBATION, length="12 months"),
            )
            for j in range(2)
        )
        cases.append(
            Case(
                case_number=f"{arrest.year % 100:02d}CR{i:07d}{k}",
                other_numbers=(f"{i:08d}",),
                county="Cook",
                court="26TH & CAL",
                arrest_date=arrest,
                agency="CHICAGO POLICE DEPARTMENT",
                charges=charges,
            )
        )
    return Record(
        jurisdiction=Jurisdiction.IL,
        person=Person(
            name=f"{LAST[i % 10]}{i}, {FIRST[(i // 10) % 10]}",
            dob=born,
            ids={"sid": f"IL{i:08d}"},
        ),
        cases=tuple(cases),
    )


def timed(label: str, fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {best * 1000:.1f} ms ({len(result) if hasattr(result, '__len__') else result} results)")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="write the database here instead of a temporary folder")
    args = parser.parse_args()

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_store_"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.sqlite"
    for p in folder.glob("bench.sqlite*"):
        p.unlink()
    passphrase = "benchmark passphrase" if args.encrypted else None

    print(f"database: {db} ({'encrypted' if passphrase else 'not encrypted'})")
    service = ClientService(db, passphrase)
    chunk = 5000
    elapsed = 0.0
    for i in range(0, args.people, chunk):
        batch = [make(n) for n in range(i, min(i + chunk, args.people))]  # built outside the timing
        start = time.perf_counter()
        service.add_clients(batch)
        elapsed += time.perf_counter() - start
    rate = args.people / elapsed
    print(f"import: {args.people} clients x 5 cases in {elapsed:.1f} s = {rate:,.0f} clients/s "
          f"(target > 5,000; one transaction per {chunk})")  # fmt: skip
    service.store.checkpoint()
    size = sum(p.stat().st_size for p in folder.glob("bench.sqlite*"))
    print(f"file size: {size / 1e6:.0f} MB")

    start = time.perf_counter()
    service.add_client(make(args.people + 1))
    print(f"one interactive save (own transaction, fsync): {(time.perf_counter() - start) * 1000:.1f} ms")

    mid = args.people // 2
    timed("search empty (most recent 500)", lambda: service.list_clients(""))
    timed(f"search name substring {LAST[mid % 10]}{mid}", lambda: service.list_clients(f"{LAST[mid % 10].lower()}{mid}"))
    timed("search name prefix 'garc' (500 of many)", lambda: service.list_clients("garc"))
    sample = make(mid)
    dob = sample.person.dob.strftime("%m/%d/%Y") if sample.person.dob else ""
    timed(f"search dob {dob}", lambda: service.list_clients(dob))
    number = sample.cases[2].case_number or ""
    timed(f"search case number {number}", lambda: service.list_clients(number.lower()))
    timed("search nothing matches", lambda: service.list_clients("zzzzqqq"))
    timed("open a client (get_record)", lambda: [service.get_record(mid)], repeat=20)

    out = folder / "bench-backup.sqlite"
    start = time.perf_counter()
    service.backup(out)
    print(f"backup (SQLite backup API) of {size / 1e6:.0f} MB: {time.perf_counter() - start:.1f} s (target < 10 s)")
    service.close()
    if not args.keep:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
