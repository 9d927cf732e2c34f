"""Accounts: names, roles and argon2 password hashes in the ``users`` table. A name is looked up by its key
(``camcensus.store.models.name_key``); a new password or a removed account ends every session of it."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from camcensus.enums import Role
from camcensus.store.models import User, WebSession, name_key

_hasher = PasswordHasher()
# Verifying against this when the name is unknown keeps a wrong name as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("camcensus-no-such-user")
MIN_PASSWORD = 10


class UserError(ValueError):
    """A user cannot be created as asked."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(session: Session, name: str, role: Role, password: str, replace: bool = False) -> User:
    """Create (or with ``replace``, reset) an account; the password is stored only as an argon2 hash."""
    name = " ".join(name.split())
    if not name or len(name) > 100 or not name.isprintable():
        raise UserError("the user name must be 1 to 100 printable characters")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must be at least {MIN_PASSWORD} characters")
    user = find_user(session, name)
    if user is not None and not replace:
        raise UserError(f"user {user.name!r} already exists (use --replace to reset the password and role)")
    if user is None:
        user = User(name=name, role=role, password_hash=_hasher.hash(password))
        session.add(user)
    else:
        user.role, user.password_hash = role, _hasher.hash(password)
        end_sessions(session, user.id)  # a new password: whoever held a session signs in again
    session.flush()
    return user


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name_key == name_key(name))).first()


def end_sessions(session: Session, user_id: int) -> int:
    """End every web session of the user (each copy of its cookie is refused from now on)."""
    result = session.execute(delete(WebSession).where(WebSession.user_id == user_id))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def remove_user(session: Session, name: str) -> User:
    """Delete the account and end its sessions; its decisions stay on record under its name."""
    user = find_user(session, name)
    if user is None:
        raise UserError(f"no user {name!r}")
    end_sessions(session, user.id)
    session.delete(user)
    session.flush()
    return user


def change_password(session: Session, user: User, current: str, new: str) -> None:
    """The user's own change: the current password checked, every session ended (the caller starts one)."""
    if authenticate(session, user.name, current) is None:
        raise UserError("the current password is wrong")
    if len(new) < MIN_PASSWORD:
        raise UserError(f"the password must be at least {MIN_PASSWORD} characters")
    user.password_hash = _hasher.hash(new)
    end_sessions(session, user.id)
    session.flush()


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the password matches, else None; rehashes when the argon2 parameters changed."""
    user = find_user(session, name)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user
