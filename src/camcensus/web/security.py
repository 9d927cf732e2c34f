"""Login rate limiting and CSRF tokens.

The limiter counts failed sign-ins per name (its key: ``camcensus.store.models.name_key``, so " rev",
"\trev" and "REV" are one name) and per client in the store, so every worker process of ``serve --workers``
shares one limit; rows older than the window are deleted as new ones come, and at most ``max_rows`` are
kept. CSRF tokens live in the signed session and are compared in constant time.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import delete, func, select

from camcensus.store import Store
from camcensus.store.models import LoginFailure, name_key


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class LoginLimiter:
    """At most ``per_name`` failures per name and ``per_client`` per client within ``window`` seconds."""

    def __init__(
        self, per_name: int = 5, per_client: int = 20, window: float = 900.0, max_rows: int = 100_000
    ) -> None:
        self.limits = {"name": per_name, "client": per_client}
        self.window = dt.timedelta(seconds=window)
        self.max_rows = max_rows

    @staticmethod
    def _keys(name: str, client: str) -> dict[str, str]:
        return {"name": f"name:{name_key(name)}", "client": f"client:{client}"[:200]}

    def blocked(self, store: Store, name: str, client: str) -> bool:
        keys = self._keys(name, client)
        with store.session() as session:
            counts = dict(
                session.execute(
                    select(LoginFailure.key, func.count())
                    .where(LoginFailure.key.in_(keys.values()), LoginFailure.at > _now() - self.window)
                    .group_by(LoginFailure.key)
                ).all()
            )
        return any(counts.get(key, 0) >= self.limits[kind] for kind, key in keys.items())

    def failed(self, store: Store, name: str, client: str) -> None:
        """Record a failure (in its own transaction: the sign-in's is rolled back)."""
        now = _now()
        with store.session() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.at <= now - self.window))
            session.add_all(LoginFailure(key=key, at=now) for key in self._keys(name, client).values())
            session.flush()
            total = session.scalar(select(func.count()).select_from(LoginFailure)) or 0
            if total > self.max_rows:  # a flood of names: the oldest go first
                oldest = select(LoginFailure.id).order_by(LoginFailure.at, LoginFailure.id)
                doomed = list(session.scalars(oldest.limit(total - self.max_rows)))
                session.execute(delete(LoginFailure).where(LoginFailure.id.in_(doomed)))

    def succeeded(self, store: Store, name: str) -> None:
        with store.session() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.key == self._keys(name, "")["name"]))


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
