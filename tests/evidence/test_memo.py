"""The per-process memo of the sentence readers: the same answers as the readers themselves, shared
immutable results, and no memory spent on long texts."""

from __future__ import annotations

from camcensus import memo
from camcensus.evidence.counts import find_counts
from camcensus.knowledge.vendors import find_vendor_mentions


def test_memo_returns_what_the_function_returns_and_keeps_no_long_text() -> None:
    memo.clear_text_memos()
    calls: list[str] = []

    @memo.text_memo
    def shout(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.upper().split())

    assert shout("two cameras") == ("TWO", "CAMERAS") and shout("two cameras") == ("TWO", "CAMERAS")
    assert calls == ["two cameras"]  # read once
    long = "camera " * (memo.MAX_CHARS // 7 + 1)
    assert len(long) > memo.MAX_CHARS
    shout(long)
    shout(long)
    assert calls.count(long) == 2  # read afresh each time, never kept
    memo.clear_text_memos()
    shout("two cameras")
    assert calls.count("two cameras") == 2


def test_memoised_readers_give_immutable_shared_results() -> None:
    text = "We have 40 Hikvision cameras and 2 Dahua recorders."
    first, again = find_vendor_mentions(text), find_vendor_mentions(text)
    assert first is again and isinstance(first, tuple)
    assert [m.match.vendor for m in first] == ["Hikvision", "Dahua"]
    assert find_counts(text) == find_counts.__wrapped__(text)  # type: ignore[attr-defined]
