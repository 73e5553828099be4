"""The screenshot tour runs the real application on the demo database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from reliefdesk.gui.app import run_app

pytestmark = pytest.mark.gui

SCREENS = [
    "01-client-list.png",
    "02-import-review.png",
    "02b-import-merge-suggested.png",
    "02c-import-merged.png",
    "03-record.png",
    "04-eligibility.png",
    "05-documents.png",
    "06-history.png",
    "07-settings.png",
    "08-locked.png",
    "09-batch.png",
]


def test_tour_saves_a_picture_of_every_screen(qtbot: Any, tmp_path: Path, capsys: Any) -> None:
    db = tmp_path / "demo.sqlite"
    shots = tmp_path / "shots"
    assert run_app(str(db), shots, demo=False) == 0
    assert db.exists()  # the demo database was built for the tour
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == SCREENS
    for name in SCREENS:
        image = QImage(str(shots / name))
        assert not image.isNull(), name
        assert image.width() >= 400 and image.height() >= 300, name
        # Not a blank grab: many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
        assert len(colours) > (2 if name == "08-locked.png" else 5), name
    # The tour made a real packet for the demo client.
    from reliefdesk.services.clients import ClientService

    with ClientService(db) as service:
        docs = [d for c in service.list_clients("") for d in service.list_documents(c.id)]
    assert docs and all(Path(d.path).read_bytes().startswith(b"%PDF") for d in docs)


def test_demo_flag_builds_the_demo_database_in_the_data_folder(qtbot: Any, data_home: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    assert run_app(None, shots, demo=True) == 0
    assert (data_home / "demo.sqlite").exists()


def test_an_encrypted_database_opens_with_its_passphrase(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from reliefdesk.gui.app import open_service
    from reliefdesk.services.clients import ClientService, PassphraseRequired, WrongPassphrase

    db = tmp_path / "secret.sqlite"
    ClientService(db, passphrase="open sesame").close()
    with pytest.raises(PassphraseRequired):
        open_service(db, ask=False)
    with pytest.raises(WrongPassphrase):
        open_service(db, ask=False, passphrase="wrong")
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "open sesame")
    service = open_service(db, ask=False)
    try:
        assert service.encrypted
    finally:
        service.close()
    # The tour on an existing database without clients says what to do (the file is not touched).
    from reliefdesk.model.errors import UserError

    with pytest.raises(UserError, match="has no clients"):
        run_app(str(db), tmp_path / "shots", demo=False)
