"""Signing in and out: rate-limited, argon2-checked, with a fresh session on every sign-in."""

from __future__ import annotations

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session

from camcensus.web.deps import SESSION_USER, client_of
from camcensus.web.security import LoginLimiter, csrf_token
from camcensus.web.users import authenticate
from camcensus.web.viewer import Viewer


def sign_in(request: Request, session: Session, name: str, password: str) -> Viewer:
    limiter: LoginLimiter = request.app.state.limiter
    client = client_of(request)
    if limiter.blocked(name, client):
        raise HTTPException(status_code=429, detail="too many failed sign-ins; try again later")
    user = authenticate(session, name, password)
    if user is None:
        limiter.failed(name, client)
        raise HTTPException(status_code=401, detail="wrong name or password")
    limiter.succeeded(name)
    request.session.clear()  # a new session (and CSRF token) on sign-in: no fixation
    request.session[SESSION_USER] = {"name": user.name, "role": user.role.value}
    csrf_token(request.session)
    return Viewer(name=user.name, role=user.role)


def sign_out(request: Request) -> None:
    request.session.clear()
