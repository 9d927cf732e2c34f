"""Server-side sessions: the signed cookie carries a random token, the ``web_sessions`` table its SHA-256
with the user and an expiry. Signing out, a new password and ``camcensus users remove`` delete the rows, so
a copy of the cookie taken before stops working at once, in every worker."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from camcensus.store.models import User, WebSession
from camcensus.web.viewer import Viewer

SESSION_KEY = "sid"
SESSION_HOURS = 8


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user: User, hours: float = SESSION_HOURS) -> str:
    """A new session for the user; returns the token for the cookie (only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    session.execute(delete(WebSession).where(WebSession.expires_at <= _now()))  # tidy: expired sessions
    session.add(WebSession(id=_digest(token), user_id=user.id, expires_at=_now() + dt.timedelta(hours=hours)))
    session.flush()
    return token


def resolve(session: Session, token: str) -> Viewer | None:
    """Who the token signs in, while its session lasts; None when it ended, expired or never was."""
    row = session.execute(
        select(User.name, User.role)
        .join(WebSession, WebSession.user_id == User.id)
        .where(WebSession.id == _digest(token), WebSession.expires_at > _now())
    ).first()
    return Viewer(name=row[0], role=row[1]) if row else None


def end(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.id == _digest(token)))
