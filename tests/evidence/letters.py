"""A reply's text read as the reader reads a letter: with the closing paragraph every reply has, so that the
rules under test meet the furniture they meet in real replies."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import Reading, read_segments

CLOSE = (
    "\n\nIf you are dissatisfied with the handling of your request you may ask for an internal review within "
    "40 working days, and after that you may complain to the Information Commissioner's Office.\n"
)


def read_letter(text: str, request: str | None = None) -> Reading:
    return read_segments([TextSegment(seq=0, text=text + CLOSE, location="text")], request=request)


def table_rows(*rows: tuple[str, str]) -> list[TextSegment]:
    """Rows of a sheet or a document's table, each (its place, its text), as the readers give them."""
    return [TextSegment(seq=n, text=text, location=where, row=n) for n, (where, text) in enumerate(rows)]
