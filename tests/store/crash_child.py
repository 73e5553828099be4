"""The writing process the crash test kills: saves clients as fast as it can.

Run as ``python -m tests.store.crash_child DB MODE START [PASSPHRASE...]``. After each
committed action it prints one line (``added ID NAME``, ``edited ID``,
``deleting ID`` before a delete, ``deleted ID``, ``rekeyed PASSPHRASE``), so the parent knows what was
committed before the kill.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from reliefdesk.model import Case, Charge, Disposition, Person, Record
from reliefdesk.store.repository import Store


def client(n: int) -> Record:
    return Record(
        person=Person(name=f"CRASHTEST, CLIENT {n:06d}", dob=date(1980, 1, 1 + n % 28), aliases=(f"ALIAS {n}",)),
        cases=tuple(
            Case(
                case_number=f"{n:06d}CR{i}",
                county="Cook",
                other_numbers=(f"X{n}-{i}",),
                charges=tuple(
                    Charge(statute=f"720 ILCS 5/{j}", description="THEFT " * 20, disposition=Disposition.DISMISSED)
                    for j in range(3)
                ),
            )
            for i in range(6)
        ),
    )


def main(argv: list[str]) -> None:
    db, mode, start = Path(argv[0]), argv[1], int(argv[2])
    passphrases = argv[3:]
    current = passphrases[0] if passphrases else None
    store = None
    for candidate in passphrases or [None]:
        try:
            store = Store(db, candidate)
            current = candidate
            break
        except Exception:
            continue
    assert store is not None
    print("ready", flush=True)
    n = start
    while True:
        if mode == "rekey":
            new = passphrases[1] if current == passphrases[0] else passphrases[0]
            store.set_passphrase(new)
            current = new
            print(f"rekeyed {new}", flush=True)
            continue
        cid = store.add_client(client(n))
        print(f"added {cid} {n}", flush=True)
        if n % 3 == 0:
            record = store.get_record(cid)
            store.save_record(cid, replace(record, cases=record.cases[1:]))
            print(f"edited {cid}", flush=True)
        if n % 7 == 0 and cid > 1:
            print(f"deleting {cid - 1}", flush=True)
            store.delete_client(cid - 1)
            print(f"deleted {cid - 1}", flush=True)
        if n % 11 == 0:
            store.add_clients([client(n + 100000 + k) for k in range(20)])
            print("bulk", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1:])
