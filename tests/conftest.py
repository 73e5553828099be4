"""Test-wide fixtures: a private data folder for every test, and no network.

Every test runs with RELIEFDESK_HOME pointing at its own temporary folder, so
no test touches a real user's data. Any attempt by product code to open a
network connection fails the test (the product never talks to a network).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "resources" / "demo"


class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(self: socket.socket, address: object) -> object:
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)  # local IPC (e.g. D-Bus) is not the network
    raise NetworkUsed(f"reliefdesk tried to open a network connection to {address!r}")


def _guard_ex(self: socket.socket, address: object) -> object:
    if self.family == socket.AF_UNIX:
        return _real_connect_ex(self, address)
    raise NetworkUsed(f"reliefdesk tried to open a network connection to {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guard)
    monkeypatch.setattr(socket.socket, "connect_ex", _guard_ex)


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RELIEFDESK_HOME", str(home))
    monkeypatch.delenv("RELIEFDESK_DB", raising=False)
    monkeypatch.delenv("RELIEFDESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def demo_dir() -> Path:
    return DEMO


#: The project's own copies of the reference samples the tests read, so they run without ../shared:
#: the Illinois ones ship as demo data, the California ones (Code for America's MIT-licensed test
#: fixtures, see their SOURCES.md) are kept under tests/data.
_COPIES = {("samples", "il"): DEMO, ("samples", "ca"): ROOT / "tests" / "data" / "samples" / "ca"}


def shared_path(*parts: str) -> Path:
    """A reference file: the project's copy when it has one, else ../shared; the test skips without either."""
    copy = _COPIES.get(tuple(parts[:2]))
    if copy is not None and copy.joinpath(*parts[2:]).exists():
        return copy.joinpath(*parts[2:])
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared is not here ({p})")
    return p
