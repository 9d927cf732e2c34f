"""Signing in and out: rate-limited (the limit kept in the store, shared by every worker), argon2-checked,
with a fresh server-side session on every sign-in and the old one ended on sign-out or a new password."""

from __future__ import annotations

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session

from camcensus.store.models import User
from camcensus.web import sessions
from camcensus.web.deps import client_of, store_of
from camcensus.web.security import LoginLimiter, csrf_token
from camcensus.web.users import UserError, authenticate, change_password, find_user
from camcensus.web.viewer import Viewer


def sign_in(request: Request, session: Session, name: str, password: str) -> Viewer:
    limiter: LoginLimiter = request.app.state.limiter
    store, client = store_of(request), client_of(request)
    if limiter.blocked(store, name, client):
        raise HTTPException(status_code=429, detail="too many failed sign-ins; try again later")
    user = authenticate(session, name, password)
    if user is None:
        limiter.failed(store, name, client)
        raise HTTPException(status_code=401, detail="wrong name or password")
    limiter.succeeded(store, name)
    return _start(request, session, user)


def _start(request: Request, session: Session, user: User) -> Viewer:
    old = request.session.get(sessions.SESSION_KEY)
    if isinstance(old, str):
        sessions.end(session, old)
    request.session.clear()  # a new session (and CSRF token) on sign-in: no fixation
    request.session[sessions.SESSION_KEY] = sessions.start(session, user)
    # committed before the answer leaves: the browser's next request may reach another worker at once, and
    # a session it cannot find yet would sign the browser out
    session.commit()
    csrf_token(request.session)
    viewer = Viewer(name=user.name, role=user.role)
    request.state.viewer = viewer
    return viewer


def sign_out(request: Request) -> None:
    token = request.session.get(sessions.SESSION_KEY)
    if isinstance(token, str):
        with store_of(request).session() as session:
            sessions.end(session, token)
    request.session.clear()
    request.state.viewer = Viewer()


def new_password(request: Request, session: Session, viewer: Viewer, current: str, new: str) -> Viewer:
    """The signed-in user's own change: every session of theirs ends, this one starts afresh."""
    user = find_user(session, viewer.name or "")
    if user is None:
        raise HTTPException(status_code=401, detail="sign in first")
    try:
        change_password(session, user, current, new)
    except UserError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return _start(request, session, user)
