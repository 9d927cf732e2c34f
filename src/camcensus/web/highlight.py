"""Evidence highlighted in place: a segment's text cut into pieces at the evidence char spans.

Pieces are plain text; HTML is only built by ``render_pieces`` with markupsafe, so a reply containing
markup or script always shows as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    evidence_id: int
    kind: str = ""


@dataclass(frozen=True)
class Piece:
    text: str
    evidence_id: int | None = None
    kind: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "evidence_id": self.evidence_id, "kind": self.kind or None}


def split_spans(text: str, spans: Iterable[Span]) -> list[Piece]:
    """Cut ``text`` at each valid span; overlapping spans keep the earlier one's extent."""
    pieces: list[Piece] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(span.start, cursor), min(span.end, len(text))
        if span.start < 0 or end <= start:
            continue
        if start > cursor:
            pieces.append(Piece(text[cursor:start]))
        pieces.append(Piece(text[start:end], span.evidence_id, span.kind))
        cursor = end
    if cursor < len(text) or not pieces:
        pieces.append(Piece(text[cursor:]))
    return pieces


def render_pieces(pieces: Iterable[Piece]) -> Markup:
    """Escaped HTML with each evidence span in a <mark> that links to its evidence item."""
    out: list[Markup] = []
    for piece in pieces:
        if piece.evidence_id is None:
            out.append(escape(piece.text))
        else:
            out.append(
                Markup('<mark class="ev ev-{}" id="ev-{}" title="{}">{}</mark>').format(
                    piece.kind or "evidence", piece.evidence_id, piece.kind, piece.text
                )
            )
    return Markup("").join(out)


def context_window(text: str, start: int, end: int, radius: int = 300) -> tuple[str, Span | None, int]:
    """The text around [start, end) with the span re-based; returns (window, span, offset of the window)."""
    if start < 0 or end <= start or end > len(text):
        return text[: 2 * radius], None, 0
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    return text[lo:hi], Span(start - lo, end - lo, -1), lo
