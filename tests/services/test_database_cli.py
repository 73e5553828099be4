"""``reliefdesk db ...``, ``import`` and ``demo db`` end to end, and no network anywhere."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reliefdesk.cli import main
from tests.conftest import NetworkUsed

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_import_backup_verify_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    code, out, _ = run(capsys, "db", "init", "--db", db)
    assert code == 0 and "not encrypted" in out
    code, _, err = run(capsys, "db", "init", "--db", db)
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "import", str(DEMO / "kowalski.record.json"), "--db", db)
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(capsys, "db", "backup", str(tmp_path / "b.sqlite"), "--db", db)
    assert code == 0 and "1 client" in out
    run(capsys, "import", str(DEMO / "washington.record.json"), "--db", db)
    code, out, _ = run(capsys, "db", "verify", "--db", db)
    assert code == 0 and out.startswith("ok:") and "2 clients" in out
    code, out, _ = run(capsys, "db", "restore", str(tmp_path / "b.sqlite"), "--db", db)
    assert code == 0 and "restored 1 client" in out
    code, out, _ = run(capsys, "db", "delete", "1", "--db", db)
    assert code == 0 and "deleted client 1" in out
    code, _, err = run(capsys, "db", "delete", "1", "--db", db)
    assert code == 1 and "no client 1" in err


def test_encrypted_database_needs_the_passphrase_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "c.sqlite"
    db = str(db_path)
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "clinic pass")
    code, out, _ = run(capsys, "db", "init", "--db", db)
    assert code == 0 and "encrypted" in out and "not encrypted" not in out
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert run(capsys, "import", str(DEMO / "kowalski.record.json"), "--db", db)[0] == 0
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "wrong")
    before = db_path.read_bytes()
    for argv in (["db", "verify"], ["db", "backup", str(tmp_path / "x.sqlite")], ["import", str(DEMO / "kowalski.record.json")]):
        code, out, err = run(capsys, *argv, "--db", db)
        assert code == 1 and "wrong passphrase" in err and err.count("\n") == 1, argv
    assert db_path.read_bytes() == before
    monkeypatch.delenv("RELIEFDESK_PASSPHRASE")
    code, _, err = run(capsys, "db", "verify", "--db", db)
    assert code == 1 and "RELIEFDESK_PASSPHRASE" in err
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "clinic pass")
    monkeypatch.setenv("RELIEFDESK_NEW_PASSPHRASE", "new pass")
    assert run(capsys, "db", "passphrase", "--db", db)[0] == 0
    assert run(capsys, "db", "verify", "--db", db)[0] == 1
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "new pass")
    code, out, _ = run(capsys, "db", "verify", "--db", db)
    assert code == 0 and "1 client" in out
    assert run(capsys, "db", "passphrase", "--remove", "--db", db)[0] == 0
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_verify_a_damaged_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    assert run(capsys, "db", "init", "--db", str(db))[0] == 0
    for _ in range(30):
        run(capsys, "import", str(DEMO / "kowalski.record.json"), "--db", str(db))
    # Checkpoint first so the data is in the main file, then damage it.
    from reliefdesk.store.repository import Store

    with Store(db) as store:
        store.checkpoint()
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x5a" * (4096 * 2)
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "db", "verify", "--db", str(db))
    assert code == 1 and "damaged" in err and err.count("\n") == 1


def test_export_and_import_between_laptops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, f = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite"), str(tmp_path / "move.rdx")
    for name in ("kowalski", "washington", "hernandez"):
        run(capsys, "import", str(DEMO / f"{name}.record.json"), "--db", a)
    code, _, err = run(capsys, "db", "export", "1", "3", "--out", f, "--encrypt", "--db", a)
    assert code == 1 and "RELIEFDESK_EXPORT_PASSPHRASE" in err
    monkeypatch.setenv("RELIEFDESK_EXPORT_PASSPHRASE", "moving day")
    code, out, _ = run(capsys, "db", "export", "1", "3", "--out", f, "--encrypt", "--db", a)
    assert code == 0 and "(encrypted)" in out
    assert b"KOWALSKI" not in Path(f).read_bytes()
    code, out, _ = run(capsys, "db", "import", f, "--db", b)
    assert code == 0 and "imported 2 clients" in out
    code, out, _ = run(capsys, "db", "import", f, "--db", b)
    assert code == 0 and "imported 0 clients" in out and "skipped 2 clients" in out
    monkeypatch.setenv("RELIEFDESK_EXPORT_PASSPHRASE", "wrong")
    code, _, err = run(capsys, "db", "import", f, "--db", b)
    assert code == 1 and "wrong passphrase" in err


def test_purge_asks_for_confirmation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "import", str(DEMO / "kowalski.record.json"), "--db", db)
    code, out, _ = run(capsys, "db", "purge", "--older-than", "30", "--db", db)
    assert code == 0 and "no client" in out
    from reliefdesk.store.repository import Store

    with Store(db) as store:
        store.conn.execute("UPDATE people SET updated_at = '2000-01-01T00:00:00Z'")
    code, _, err = run(capsys, "db", "purge", "--older-than", "30", "--db", db)
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "db", "purge", "--older-than", "30", "--yes", "--db", db)
    assert code == 0 and "deleted 1 client" in out
    assert b"KOWALSKI" not in Path(db).read_bytes()


def test_demo_db_builds_three_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "demo", "db", "--db", db)
    assert code == 0 and "3 people" in out
    from reliefdesk.services.clients import ClientService

    with ClientService(db) as service:
        people = service.list_clients()
        assert len(people) == 3
        for p in people:
            assert service.latest_analysis(p.id) is not None
            assert service.source_text(p.id)
    code, _, err = run(capsys, "demo", "db", "--db", db)
    assert code == 1 and "--force" in err
    assert run(capsys, "demo", "db", "--db", db, "--force")[0] == 0


# --------------------------------------------------------------------------- no network


def test_the_network_guard_catches_a_connection() -> None:
    """The conftest guard is real: a connection attempt fails the test that makes it."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkUsed):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


GUARD = textwrap.dedent(
    """
    import socket, sys
    _real = socket.socket.connect
    def _guard(self, address):
        if self.family == socket.AF_UNIX:
            return _real(self, address)
        sys.stderr.write("NETWORK-USED %r\\n" % (address,))
        sys.stderr.flush()
        import os
        os._exit(99)
    socket.socket.connect = _guard
    socket.socket.connect_ex = _guard
    """
)


def _guarded(tmp_path: Path, *argv: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(GUARD)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]), RELIEFDESK_HOME=str(tmp_path / "home"))
    env.pop("RELIEFDESK_PASSPHRASE", None)
    env["RELIEFDESK_PASSPHRASE"] = "sub pass"
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "reliefdesk", *argv]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120)


def test_the_subprocess_guard_catches_a_connection(tmp_path: Path) -> None:
    proc = _guarded(tmp_path, code="import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)")
    assert proc.returncode == 99 and "NETWORK-USED" in proc.stderr


def test_a_cli_flow_opens_no_socket(tmp_path: Path) -> None:
    db = str(tmp_path / "flow.sqlite")
    steps = [
        ["db", "init", "--db", db],
        ["import", str(DEMO / "kowalski.record.json"), "--db", db],
        ["db", "backup", str(tmp_path / "b.sqlite"), "--db", db],
        ["db", "verify", "--db", db],
        ["db", "export", "1", "--out", str(tmp_path / "e.json"), "--db", db],
        ["db", "import", str(tmp_path / "e.json"), "--db", str(tmp_path / "other.sqlite")],
        ["demo", "db", "--db", str(tmp_path / "demo.sqlite")],
        ["db", "purge", "--older-than", "1", "--yes", "--db", db],
    ]
    for argv in steps:
        proc = _guarded(tmp_path, *argv)
        assert "NETWORK-USED" not in proc.stderr, argv
        assert proc.returncode == 0, (argv, proc.stderr)
    exported = json.loads((tmp_path / "e.json").read_text())
    assert exported["schema"] == "reliefdesk.export/1"
