"""A per-process memo for pure functions of a reply's text.

FOI replies repeat themselves: every letter from a body carries the same greeting, acknowledgement, review and
complaint paragraphs, and the same answer sentences come back from body after body. The sentence-level
readers (vendor and model names, counts, capabilities, exemptions, cue phrases) are pure functions of the
text they are given, so each distinct text is read once per process and its result is kept, bounded, for
the next reply. Results must be immutable (tuples, frozen dataclasses, bools): every caller shares them.

``clear_text_memos()`` empties them all (benchmarks use it to measure the cost of unseen text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

#: Entries per function: a few MB in all, enough to hold the recurring text of a large campaign.
SIZE = 8192
#: Longer texts are read afresh each time: they seldom recur, and a memo of them would hold megabytes.
MAX_CHARS = 2000
_MEMOS: list[Any] = []


def text_memo(fn: F) -> F:
    """Memoise ``fn``, a pure function of hashable arguments (the first a text) returning an immutable
    value."""
    cached = lru_cache(maxsize=SIZE)(fn)
    _MEMOS.append(cached)

    def call(*args: Any) -> Any:
        if len(args[0]) > MAX_CHARS:
            return fn(*args)
        return cached(*args)

    call.__wrapped__ = fn  # type: ignore[attr-defined]
    call.__doc__ = fn.__doc__
    return cast(F, call)


def clear_text_memos() -> None:
    for memo in _MEMOS:
        memo.cache_clear()
