"""Kill a writing process at random moments; the file must stay sound and keep every commit.

The normal suite kills ~20 times (plain) plus a few encrypted and re-keying
runs; ``RELIEFDESK_LONG=1`` kills at least 200 times.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reliefdesk.store.errors import WrongPassphrase
from reliefdesk.store.repository import Store

ROOT = Path(__file__).resolve().parents[2]
LONG = os.environ.get("RELIEFDESK_LONG") == "1"


def _run_and_kill(db: Path, mode: str, start: int, passphrases: list[str], rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", str(db), mode, str(start), *passphrases],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"the writer did not start: {ready!r} {err[-2000:]}")
    # Wait for the first commit (so every run writes, even on a busy machine), then kill at a
    # random moment of the actions that follow.
    first = proc.stdout.readline()
    time.sleep(rng.uniform(0.0, 0.6 if mode == "rekey" else 0.3))  # a re-key takes ~0.3 s
    os.kill(proc.pid, signal.SIGKILL)
    # Read the rest through the same buffered reader (communicate() would skip what it holds).
    out = proc.stdout.read()
    proc.wait()
    assert proc.stderr is not None
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the writer stopped on its own (it should run until killed)"
    return [line for line in [first.strip(), *out.splitlines()] if line]


def _open(db: Path, passphrases: list[str]) -> tuple[Store, str | None]:
    for p in passphrases or [None]:
        try:
            return Store(db, p), p
        except WrongPassphrase:
            continue
    pytest.fail("no passphrase opens the file after the kill")


@pytest.mark.parametrize(
    ("mode", "passphrases", "kills", "long_kills"),
    [
        ("write", [], 20, 200),
        ("write", ["crash test passphrase"], 4, 30),
        ("rekey", ["first phrase", "second phrase"], 4, 30),
    ],
    ids=["plain", "encrypted", "rekey"],
)
def test_killing_a_save_never_corrupts_or_loses_a_commit(
    tmp_path: Path, mode: str, passphrases: list[str], kills: int, long_kills: int
) -> None:
    rng = random.Random(5 if not LONG else time.time_ns())
    db = tmp_path / "crash.sqlite"
    if mode == "rekey":
        with Store(db, passphrases[0]) as store:
            store.add_client(_sample())
    alive: dict[int, str] = {}  # committed client id -> the number in its name
    start = 0
    landed = 0
    for _ in range(long_kills if LONG else kills):
        lines = _run_and_kill(db, mode, start, passphrases, rng)
        for line in lines:
            word, *rest = line.split()
            if word == "added":
                alive[int(rest[0])] = rest[1]
                start = max(start, int(rest[1]) + 1)
            elif word == "deleting":  # committed or not: either is fine
                alive.pop(int(rest[0]), None)
        landed += len(lines) >= 1
        start += 1000  # never reuse a number, even for a client whose "added" line was lost
        store, _ = _open(db, passphrases)
        try:
            assert store.integrity_problems() == []
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = dict(store.conn.execute("SELECT id, name FROM people").fetchall())
            for cid, n in alive.items():
                assert names.get(cid) == f"CRASHTEST, CLIENT {int(n):06d}", cid
            if alive:  # and the committed record itself reads back whole
                last = max(alive)
                assert store.get_record(last).person.name == names[last]
            if mode == "rekey":
                assert store.count_clients() == 1
        finally:
            store.close()
    assert landed == (long_kills if LONG else kills), "every run should have committed before the kill"


def _sample() -> object:
    from tests.store.crash_child import client

    return client(0)
