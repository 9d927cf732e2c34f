"""OCR with the Tesseract command-line tool (Debian ``tesseract-ocr``), one image per call.

A page's ruled lines are cleared before it is read and its words laid out in rows after
(``camcensus.documents.ocr_layout``), so a scanned table's figures stay in their rows.

Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): parallelism comes from the worker processes, and
threads inside each would only fight over the same cores.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache
from typing import TYPE_CHECKING

from camcensus.documents import ocr_layout
from camcensus.documents.limits import LimitExceeded, Limits

if TYPE_CHECKING:
    from PIL.Image import Image

MISSING = "OCR skipped: Tesseract is not installed (Debian package tesseract-ocr)"


@lru_cache(maxsize=1)
def tesseract() -> str | None:
    return shutil.which("tesseract")


def ocr_image(image: Image, limits: Limits, language: str = "eng") -> str:
    """The text Tesseract reads in a PIL image (its rules cleared, converted to PNG and piped in), laid out
    in rows by where its words sit."""
    binary = tesseract()
    if binary is None:
        raise FileNotFoundError(MISSING)
    if image.width * image.height > limits.max_pixels:
        raise LimitExceeded(f"image of {image.width}x{image.height} pixels is too large for OCR")
    buffer = io.BytesIO()
    ocr_layout.clear_rules(image).save(buffer, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(
            [binary, "stdin", "stdout", "-l", language, "--psm", "3", "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=limits.ocr_timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise TimeoutError(f"OCR took longer than {limits.ocr_timeout:.0f} s") from exc
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed: {message[-1] if message else proc.returncode}")
    return ocr_layout.page_text(proc.stdout.decode("utf-8", "replace"))


def ocr_image_bytes(data: bytes, limits: Limits) -> str:
    """OCR an image file's bytes; the pixel count is checked before the image is decoded."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if image.width * image.height > limits.max_pixels:
            raise LimitExceeded(f"image of {image.width}x{image.height} pixels is too large for OCR")
        image.load()
        return ocr_image(image.convert("L"), limits)
