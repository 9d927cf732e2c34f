"""The ingest benchmark's PDFs: small, realistic FOI replies (one or two pages of Helvetica, made with
fpdf2), each the answer to the `cctv` template's numbered questions; and the baseline, their text read by
pypdfium2 alone.

The lines are wrapped here and set with ``FPDF.text`` (fpdf2's ``multi_cell`` lays out text ten times more
slowly, and 20,000 files are needed). The files are made once, on every core, and kept in a cache folder
(``camcensus-bench-pdfs`` in the system's temporary folder): file ``n`` is always the same (its own seed),
so a run of 200 reads the first 200 of the 20,000 another run made.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


MAKES = ["Hikvision", "Dahua", "Axis", "Hanwha", "Bosch", "Avigilon", "Uniview", "Panasonic"]
PLACES = ["the town hall", "car parks", "leisure centres", "the depot", "libraries", "the civic centre"]
CACHE = Path(tempfile.gettempdir()) / "camcensus-bench-pdfs" / "v3"


def reply_text(rng: random.Random, n: int) -> str:
    make, other = rng.sample(MAKES, 2)
    lines = [
        f"Freedom of Information request reference FOI-{2026}-{n:05d}",
        "Dear Requester,",
        "Thank you for your request for information received on 1 September 2026, which we have dealt with "
        "under the Freedom of Information Act 2000.",
        f"1. The council operates {rng.randint(4, 400)} CCTV cameras across {rng.choice(PLACES)} and "
        f"{rng.choice(PLACES)}.",
        f"2. The cameras were manufactured by {make}; {rng.randint(1, 30)} older units made by {other} "
        "remain in service at some sites.",
        "3. None of our cameras use facial recognition. Automatic number plate recognition is used in "
        "car parks.",
        "4. A data protection impact assessment was completed in 2024.",
    ]
    lines += [
        "If you are dissatisfied with the handling of your request you may ask for an internal review. "
        "SYNTHETIC DEMO DATA"
    ] * rng.randint(1, 12)
    return "\n".join(lines)


def request_text() -> str:
    """The `cctv` template's request to a council, as a campaign sends it: the replies answer it."""
    from camcensus.enums import BodyType, Nation
    from camcensus.foi.campaigns import render_request
    from camcensus.store.models import Body

    body = Body(code="E0", name="Example Council", body_type=BodyType.COUNCIL, nation=Nation.ENGLAND)
    return render_request("cctv", body, "CC-BENCH-0001", "foia")[1]


def pdf_bytes(text: str) -> bytes:
    """An A4 letter of the text in 10-point Helvetica, 100 characters a line, as many pages as it takes."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=10)
    y = 300.0
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, 100) or [" "]:
            if y > 282:
                pdf.add_page()
                y = 15.0
            pdf.text(10, y, line)
            y += 5
    return bytes(pdf.output())


def _name(n: int) -> str:
    return f"reply-{n:05d}.pdf"


def _make(args: tuple[Path, int, int]) -> None:
    folder, start, stop = args
    for n in range(start, stop):
        path = folder / _name(n)
        if not path.exists():
            data = pdf_bytes(reply_text(random.Random(f"camcensus-{n}"), n))
            partial = path.with_suffix(".part")
            partial.write_bytes(data)
            partial.rename(path)  # a run stopped half-way leaves no half file


def cached_pdfs(count: int, cache: Path = CACHE) -> list[Path]:
    """The first ``count`` PDFs of the cache, made (on every core) where missing."""
    cache.mkdir(parents=True, exist_ok=True)
    missing = [n for n in range(count) if not (cache / _name(n)).exists()]
    if missing:
        started = time.perf_counter()
        step = 50
        chunks = [(cache, n, min(n + step, count)) for n in range(missing[0], count, step)]
        with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
            pool.map(_make, chunks)
        print(f"made {len(missing)} PDFs in {time.perf_counter() - started:.0f} s (kept in {cache})")
    return [cache / _name(n) for n in range(count)]


def linked_folder(paths: list[Path], folder: Path) -> Path:
    """A folder holding ``paths`` as hard links (regular files, as ingest reads them; no copy)."""
    folder.mkdir(parents=True)
    for path in paths:
        os.link(path, folder / path.name)
    return folder


def make_pdfs(folder: Path, count: int, seed: int = 2022) -> list[Path]:
    """``count`` fresh PDFs in ``folder`` (not cached: a few, for warming up)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        path = folder / f"warm-{n:05d}.pdf"
        path.write_bytes(pdf_bytes(reply_text(rng, n)))
        paths.append(path)
    return paths


def raw_seconds(paths: list[Path]) -> tuple[float, float, int]:
    """Wall and CPU seconds for pypdfium2 alone to read every page's text of the files, in this one process
    (the file read from disk included), and the pages read."""
    import pypdfium2 as pdfium

    started, cpu, pages = time.perf_counter(), time.process_time(), 0
    for path in paths:
        pdf = pdfium.PdfDocument(path.read_bytes())
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return time.perf_counter() - started, time.process_time() - cpu, pages
