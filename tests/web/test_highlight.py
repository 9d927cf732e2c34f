"""Redacting highlighted text: personal data never survives a cut, and clean text is redacted once."""

from __future__ import annotations

from camcensus.reports.redact import redact
from camcensus.web.highlight import Span, redact_pieces, split_spans


def _counting() -> tuple[list[str], object]:
    calls: list[str] = []

    def counted(text: str) -> str:
        calls.append(text)
        return redact(text)

    return calls, counted


def test_clean_text_keeps_its_pieces_and_is_redacted_once() -> None:
    text = "Our system uses Hikvision cameras; 42 in total."
    pieces = split_spans(text, [Span(16, 25, 1, "manufacturer"), Span(35, 37, 2, "camera_count")])
    calls, counted = _counting()
    assert redact_pieces(pieces, counted) == pieces  # type: ignore[arg-type]
    assert calls == [text]


def test_personal_data_in_a_piece_is_redacted_and_the_highlight_kept() -> None:
    text = "Hikvision cameras. Contact jane.smith@council.gov.uk for details."
    pieces = split_spans(text, [Span(0, 9, 1, "manufacturer")])
    out = redact_pieces(pieces, redact)
    assert [p.evidence_id for p in out] == [1, None] and out[0].text == "Hikvision"
    assert "jane.smith" not in "".join(p.text for p in out) and "[email redacted]" in out[1].text


def test_a_cut_through_personal_data_gives_up_the_highlight_not_the_redaction() -> None:
    text = "Please write to jane.smith@council.gov.uk today."
    start = text.index("smith@council")
    pieces = split_spans(text, [Span(start, start + len("smith@council"), 1, "quote")])
    out = redact_pieces(pieces, redact)
    assert len(out) == 1 and out[0].evidence_id is None
    assert "jane.smith" not in out[0].text and "[email redacted]" in out[0].text
