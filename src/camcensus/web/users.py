"""Accounts: names, roles and argon2 password hashes in the ``users`` table."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import Role
from camcensus.store.models import User

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
    name = name.strip()
    if not name or len(name) > 100:
        raise UserError("the user name must be 1 to 100 characters")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must be at least {MIN_PASSWORD} characters")
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is not None and not replace:
        raise UserError(f"user {name!r} already exists (use --replace to reset the password and role)")
    if user is None:
        user = User(name=name, role=role, password_hash=_hasher.hash(password))
        session.add(user)
    else:
        user.role, user.password_hash = role, _hasher.hash(password)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the password matches, else None; rehashes when the argon2 parameters changed."""
    user = session.scalars(select(User).where(User.name == name.strip())).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user
