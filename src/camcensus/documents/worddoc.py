"""Legacy Word (``.doc``, Word 97-2003 and Word 6/95) as text, with Debian's ``antiword``, falling back to
``catdoc`` for what antiword refuses (fast-saved files, some Word 6 files). Public bodies still send these,
and Outlook's TNEF wraps them.

The file goes to the tool through a private temporary file (antiword reads only named files); the tool
runs with the document's OCR timeout, and its output is paragraphs, one segment each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache

from camcensus.documents.limits import Limits
from camcensus.documents.model import ParsedDocument, TextSegment

MISSING = "cannot read legacy Word (.doc): install antiword or catdoc (Debian packages antiword, catdoc)"
MOST_SEGMENTS = 20_000


@lru_cache(maxsize=2)
def tool(name: str) -> str | None:
    return shutil.which(name)


def _commands(path: str) -> list[list[str]]:
    found = []
    if (antiword := tool("antiword")) is not None:
        found.append([antiword, "-m", "UTF-8.txt", "-w", "0", path])
    if (catdoc := tool("catdoc")) is not None:
        found.append([catdoc, "-d", "utf-8", "-w", path])
    return found


def doc_text(data: bytes, limits: Limits) -> str:
    """The document's text from the first tool that reads it; ValueError with every tool's reason else."""
    with tempfile.TemporaryDirectory(prefix="camcensus-doc-") as folder:
        path = os.path.join(folder, "document.doc")
        with open(path, "wb") as fh:
            fh.write(data)
        commands = _commands(path)
        if not commands:
            raise FileNotFoundError(MISSING)
        reasons = []
        for argv in commands:
            name = os.path.basename(argv[0])
            try:
                proc = subprocess.run(  # noqa: S603 - a fixed tool on a file we wrote
                    argv,
                    capture_output=True,
                    timeout=limits.ocr_timeout,
                    check=False,
                    stdin=subprocess.DEVNULL,
                )
            except subprocess.TimeoutExpired:
                reasons.append(f"{name} took longer than {limits.ocr_timeout:.0f} s")
                continue
            text = proc.stdout.decode("utf-8", "replace")
            if proc.returncode == 0 and text.strip():
                return text
            error = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            reasons.append(f"{name}: {error[0][:200] if error else 'no text'}")
    raise ValueError("legacy Word document not read (" + "; ".join(reasons) + ")")


def read_doc(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    """One segment per paragraph (blank-line separated) of the document's text."""
    text = doc_text(data, limits).replace("\r\n", "\n").replace("\x0c", "\n\n")
    paragraphs = [" ".join(p.split()) if "|" not in p else p.strip() for p in text.split("\n\n")]
    for n, paragraph in enumerate(p for p in paragraphs if p.strip()):
        if n >= MOST_SEGMENTS or sum(len(s.text) for s in doc.segments) > limits.max_text_chars:
            doc.warnings.append("text cut: the document holds more than can be kept")
            break
        doc.segments.append(TextSegment(seq=n, location=f"paragraph {n + 1}", text=paragraph))
