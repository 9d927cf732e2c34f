"""Round 10 of the reading rules: each test fails with the rules of the round before."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.text import is_welsh


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def _count(text: str, request: str | None = None) -> int | None:
    return _read(text, request).camera_count


def test_welsh_sentence_with_mutated_and_elided_words_is_welsh() -> None:
    welsh = (
        "Mae'r Cyngor yn gweithredu 96 o gamerâu teledu cylch cyfyng mannau cyhoeddus yng nghanol trefi "
        "Aberteifi Fach, Llanbedr Teifi a Chastellnewydd Isaf."
    )
    assert is_welsh(welsh)
    assert not is_welsh("The Council operates 96 public space CCTV cameras in the town centres.")


def test_bilingual_reply_read_alone_counts_the_english_total_once() -> None:
    reply = (
        "1. Mae'r Cyngor yn gweithredu 96 o gamerâu teledu cylch cyfyng mannau cyhoeddus yng nghanol trefi "
        "Aberteifi Fach a Llanbedr Teifi.\n"
        "The Council operates 96 public space CCTV cameras in the town centres of Aberteifi Fach and "
        "Llanbedr Teifi.\n\n"
        "2. Gwneir y camerâu gan Axis Communications (71) a Bosch (25).\n"
        "The cameras are manufactured by Axis Communications (71) and Bosch (25).\n"
    )
    assert _count(reply) == 96
