"""What anonymous visitors see, kept per data version: the same published page is not rebuilt for every
visitor.

Entries are keyed by the view and its arguments and stamped with the store's ``data_version``; a review
decision, an assignment or a request change (from any worker or the CLI) moves the version, so the next visit
rebuilds. Other writes (a new ingest) show within ``ttl``. Signed-in users never go through this cache.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class ViewCache:
    """A bounded LRU of built views, each valid for one data version and at most ``ttl`` seconds."""

    def __init__(self, size: int = 4096, ttl: float = 300.0) -> None:
        self.size, self.ttl = size, ttl
        self._entries: OrderedDict[Hashable, tuple[float, Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: Any, build: Callable[[], T]) -> T:
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] > now and entry[1] == version:
                self._entries.move_to_end(key)
                value: T = entry[2]
                return value
        value = build()
        with self._lock:
            self._entries[key] = (now + self.ttl, version, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
