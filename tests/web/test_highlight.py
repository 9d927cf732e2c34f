"""Evidence highlighted in a reply's text (for signed-in reviewers): pieces cut at the spans, escaped."""

from __future__ import annotations

from camcensus.web.highlight import Span, render_pieces, split_spans


def test_pieces_cut_at_the_spans_rebuild_the_text() -> None:
    text = "Our system uses Hikvision cameras; 42 in total."
    pieces = split_spans(text, [Span(16, 25, 1, "manufacturer"), Span(35, 37, 2, "camera_count")])
    assert "".join(p.text for p in pieces) == text
    assert [p.text for p in pieces if p.evidence_id] == ["Hikvision", "42"]


def test_overlapping_and_invalid_spans_keep_the_earlier_extent() -> None:
    text = "Dahua and Hikvision"
    pieces = split_spans(text, [Span(0, 9, 1), Span(5, 19, 2), Span(-1, 3, 3), Span(30, 40, 4)])
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.evidence_id) for p in pieces] == [("Dahua and", 1), (" Hikvision", 2)]


def test_markup_in_a_reply_shows_as_text() -> None:
    html = render_pieces(split_spans("<script>x</script> Axis", [Span(19, 23, 7, "manufacturer")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark class="ev ev-manufacturer" id="ev-7" title="manufacturer">Axis</mark>' in html
