"""Rendered pages compared with reviewed reference images (tests/documents/reference/).

Each page of each document is rendered to PNG with pypdfium2 and compared with
its reference within a tolerance (antialiasing and font hinting differ a little
between machines). After a deliberate change to a form, regenerate with
``RELIEFDESK_UPDATE_REFERENCES=1 .venv/bin/python -m pytest tests/documents/test_reference_images.py``,
then look at every new PNG before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageStat

from reliefdesk.services.packets import PacketSettings, build_packet
from tests.documents.samples import forty_cases, washington

REFERENCE = Path(__file__).resolve().parent / "reference"
SCALE = 0.75
MEAN_TOLERANCE = 1.5  # mean absolute difference, 0-255 grey levels
PIXEL_TOLERANCE = 0.004  # share of pixels allowed to differ by more than 96 grey levels
UPDATE = os.environ.get("RELIEFDESK_UPDATE_REFERENCES") == "1"

SETTINGS = PacketSettings(clinic_name="Uptown Legal Clinic", clinic_address="4750 N Sheridan Rd, Chicago, IL 60640")


def render_pages(pdf: Path) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=SCALE).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    if a.size != b.size:
        return 255.0, 1.0
    diff = ImageChops.difference(a, b)
    mean = ImageStat.Stat(diff).mean[0]
    hist = diff.histogram()
    big = sum(hist[97:]) / (a.size[0] * a.size[1])
    return mean, big


def _packets(tmp: Path) -> list[tuple[str, Path]]:
    out = []
    for name, make in (("washington", washington), ("forty", forty_cases)):
        rec, an = make()
        result = build_packet(rec, an, tmp / name, SETTINGS)
        assert result.letter is not None
        docs = list(result.documents) + ([result.letter] if name == "washington" else [])
        out.extend((f"{name}-{p.stem}", p) for p in docs)
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Path]]:
    return _packets(tmp_path_factory.mktemp("refs"))


def test_pages_match_the_reviewed_references(rendered: list[tuple[str, Path]]) -> None:
    problems = []
    seen = set()
    for stem, pdf in rendered:
        for i, page in enumerate(render_pages(pdf), 1):
            ref = REFERENCE / f"{stem}-p{i}.png"
            seen.add(ref.name)
            if UPDATE:
                REFERENCE.mkdir(exist_ok=True)
                page.save(ref, optimize=True)
                continue
            if not ref.exists():
                problems.append(f"{ref.name}: no reference (run with RELIEFDESK_UPDATE_REFERENCES=1 and review it)")
                continue
            mean, big = difference(page, Image.open(ref).convert("L"))
            if mean > MEAN_TOLERANCE or big > PIXEL_TOLERANCE:
                problems.append(f"{ref.name}: differs (mean {mean:.2f}, {big:.2%} of pixels)")
    if not UPDATE:
        stale = sorted(p.name for p in REFERENCE.glob("*.png") if p.name not in seen)
        problems += [f"{name}: reference has no page any more" for name in stale]
    assert not problems, "\n".join(problems)


def test_the_comparison_notices_a_changed_value(rendered: list[tuple[str, Path]], tmp_path: Path) -> None:
    """A test that could not fail would prove nothing: a changed date must be caught."""
    from dataclasses import replace

    stem, pdf = rendered[0]
    ref = REFERENCE / f"{stem}-p1.png"
    if not ref.exists():
        pytest.skip("references not generated yet")
    rec, an = washington()
    cases = list(rec.cases)
    assert cases[1].arrest_date is not None
    cases[1] = replace(cases[1], arrest_date=cases[1].arrest_date.replace(year=2012), agency="SKOKIE POLICE DEPT")
    result = build_packet(replace(rec, cases=tuple(cases)), an, tmp_path, SETTINGS)
    page = render_pages(result.documents[0])[0]
    mean, big = difference(page, Image.open(ref).convert("L"))
    assert mean > 0 and (mean > MEAN_TOLERANCE or big > 0.0005)
