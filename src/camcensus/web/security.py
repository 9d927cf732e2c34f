"""Login rate limiting and CSRF tokens.

The limiter counts failed sign-ins per name and per client in memory, in a bounded LRU so a flood of names or
addresses cannot grow it without limit. CSRF tokens live in the signed session and are compared in constant
time.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict, deque
from typing import Any


class LoginLimiter:
    """At most ``per_name`` failures per name and ``per_client`` per client within ``window`` seconds."""

    def __init__(
        self, per_name: int = 5, per_client: int = 20, window: float = 900.0, max_keys: int = 10_000
    ) -> None:
        self.limits = {"name": per_name, "client": per_client}
        self.window = window
        self.max_keys = max_keys
        self._failures: OrderedDict[tuple[str, str], deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked(self, name: str, client: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(
                len(self._recent((kind, value), now)) >= self.limits[kind]
                for kind, value in (("name", name.lower()), ("client", client))
            )

    def failed(self, name: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (("name", name.lower()), ("client", client)):
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times
                self._failures.move_to_end(key)
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(("name", name.lower()), None)


CSRF_KEY = "csrf"


def csrf_token(session: dict[str, Any]) -> str:
    """This session's token, made on first use."""
    token = session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_KEY] = token
    return token


def csrf_ok(session: dict[str, Any], supplied: str | None) -> bool:
    expected = session.get(CSRF_KEY)
    return isinstance(expected, str) and bool(supplied) and secrets.compare_digest(expected, supplied or "")
