"""``python -m reliefdesk`` runs the program once: not again in spawned worker processes."""

from __future__ import annotations

import runpy
import subprocess
import sys

import pytest

from reliefdesk import cli


def test_imported_as_a_spawned_workers_main_module_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(cli, "main", lambda *a: calls.append(a) or 0)
    runpy.run_module("reliefdesk.__main__", run_name="__mp_main__")  # what multiprocessing's spawn does
    assert calls == []
    with pytest.raises(SystemExit):
        runpy.run_module("reliefdesk.__main__", run_name="__main__")
    assert len(calls) == 1


def test_python_dash_m_still_runs_the_command_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "reliefdesk", "--version"], capture_output=True, text=True,
                          check=False, timeout=60)  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.strip()
