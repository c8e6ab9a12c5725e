"""A real CUPS for the printing tests: .ci/cups.sh sets up cupsd with a cups-pdf printer "Test";
what is printed lands as a PDF file, which the tests read back and compare, page by page, with
the report that was sent."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRINTER = "Test"


def _ready() -> bool:
    return (
        shutil.which("lpstat") is not None
        and subprocess.run(["lpstat", "-p", PRINTER], capture_output=True, check=False).returncode
        == 0
        and subprocess.run(
            ["lpstat", "-r"], capture_output=True, text=True, check=False
        ).stdout.strip()
        == "scheduler is running"
    )


def printed_folder() -> Path:
    """Where the cups-pdf printer puts its jobs; sets CUPS up when it is not yet (CI must have
    it; elsewhere the tests are skipped only when it cannot be installed)."""
    if not _ready() or not Path("/var/spool/cups-pdf/ANONYMOUS").is_dir():
        run = subprocess.run(
            ["bash", str(ROOT / ".ci" / "cups.sh")],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if run.returncode != 0 or not _ready():
            message = f"CUPS could not be set up: {run.stderr[-1000:]}"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        return Path(run.stdout.strip().splitlines()[-1])
    return Path("/var/spool/cups-pdf/ANONYMOUS")


def wait_for_printed(folder: Path, title: str, before: set[Path], timeout: float = 120) -> Path:
    """The PDF of the job named title that was not there before, once the queue is empty (the
    file is complete then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        queue = subprocess.run(
            ["lpstat", "-o", PRINTER], capture_output=True, text=True, check=False
        ).stdout
        found = sorted(set(folder.glob(f"{title}*.pdf")) - before, key=lambda p: p.stat().st_mtime)
        if found and not queue.strip():
            return found[-1]
        time.sleep(0.5)
    raise AssertionError(f"nothing printed as {title} in {folder} within {timeout} s")


def jobs_of(folder: Path, title: str) -> set[Path]:
    return set(folder.glob(f"{title}*.pdf"))


def _grey_pages(pdf: bytes, width: int = 120):
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(pdf)
    pages = []
    for page in doc:
        # rendered finer and averaged down: vector text and a picture of it then come out
        # equally grey (rendered small, hinted vector text is darker than a scaled picture)
        scale = 4 * width / min(page.get_width(), page.get_height())
        image = page.render(scale=scale).to_pil().convert("L")
        if image.width > image.height:  # the landscape figure page prints turned clockwise
            image = image.rotate(-90, expand=True)
        pages.append(image.resize((width, round(width * 1.414)), Image.Resampling.BOX))
    doc.close()
    return pages


def _difference(a, b) -> float:
    """Mean absolute difference of two grey pictures, 0 (same) to 255."""
    from PIL import ImageChops, ImageStat

    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def assert_printed_as(printed: bytes, original: bytes, pages: list[int]) -> None:
    """The printed PDF holds exactly the original's pages (0-based indexes, in this order), each
    looking like its own page and unlike every other page of the report (so the text and the
    figures arrived, in the right order)."""
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(printed)).pages) == len(pages)
    got, want = _grey_pages(printed), _grey_pages(original)
    for i, index in enumerate(pages):
        own = _difference(got[i], want[index])
        others = [_difference(got[i], w) for j, w in enumerate(want) if j != index]
        # the spooler's colour conversion lightens the coloured model page a little (17 of 255)
        assert own < 20, f"printed page {i + 1} differs from page {index + 1}: {own:.1f}"
        assert own < min(others), f"printed page {i + 1} looks more like another page"
