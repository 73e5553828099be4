"""Local OCR with Tesseract (never a network service).

Tesseract is an optional system program: Debian/Ubuntu `apt-get install
tesseract-ocr`, macOS `brew install tesseract`, Windows the UB Mannheim
installer (then add its folder to PATH). Without it, scans give a clear
message saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from reliefdesk.readers.base import ReadError, TextPage

INSTALL_HINT = (
    "OCR is unavailable: install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr; "
    "macOS: brew install tesseract; Windows: the UB Mannheim installer) and try again, "
    "or type the record in by hand"
)
OCR_DPI = 300


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def available() -> bool:
    return tesseract_path() is not None


def ocr_image(image: Path) -> str:
    exe = tesseract_path()
    if exe is None:
        raise ReadError(f"{image.name} is a scan. {INSTALL_HINT}")
    try:
        done = subprocess.run(
            [exe, str(image), "stdout", "--psm", "6", "-c", "preserve_interword_spaces=1"],
            capture_output=True,
            timeout=120,
            check=False,
            env=_env(),
        )
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR of {image.name} took too long: scan it again at 300 dpi") from None
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"OCR could not read {image.name}: {msg[-1] if msg else 'unknown error'}")
    return done.stdout.decode("utf-8", "replace")


def _env() -> dict[str, str]:
    """Tesseract's OpenMP threads thrash on old two-core laptops (3 s a page becomes
    10 s under load): one thread, unless the user asked for more."""
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env


def image_pages(path: Path) -> list[TextPage]:
    """An image file (PNG, JPEG, TIFF) as one page of OCR text."""
    return [TextPage(1, ocr_image(path))]


def pdf_pages_ocr(path: Path, pages: list[int]) -> dict[int, str]:
    """OCR the given 1-based pages of a scanned PDF (rendered with pdfium)."""
    if not available():
        raise ReadError(f"{path.name} is a scanned PDF. {INSTALL_HINT}")
    import pypdfium2

    out: dict[int, str] = {}
    doc = pypdfium2.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory(prefix="reliefdesk-ocr-") as tmp:
            for number in pages:
                bitmap = doc[number - 1].render(scale=OCR_DPI / 72, grayscale=True)
                png = Path(tmp) / f"page{number}.png"
                bitmap.to_pil().save(png)
                out[number] = ocr_image(png)
    finally:
        doc.close()
    return out
