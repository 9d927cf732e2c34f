"""The key that signs session cookies: ``CAMCENSUS_SECRET``, else a file readable by its owner only (0600).

The file is ``CAMCENSUS_SECRET_FILE``, else ``session-secret`` in the data directory: ``CAMCENSUS_DATA_DIR``,
else the folder of the SQLite store, else ``$XDG_DATA_HOME/camcensus`` (``~/.local/share/camcensus``). A key
kept in the store by earlier versions (setting ``web.session_secret``) is moved to the file the first time
the app starts, and deleted from the store: a copy of the database (a backup, an export) no longer lets
anyone sign cookies.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from sqlalchemy.engine import make_url

from camcensus.store import Store
from camcensus.store.models import Setting

SECRET_ENV = "CAMCENSUS_SECRET"  # noqa: S105 - names of variables and files, not secrets
SECRET_FILE_ENV = "CAMCENSUS_SECRET_FILE"  # noqa: S105
DATA_DIR_ENV = "CAMCENSUS_DATA_DIR"
FILE_NAME = "session-secret"
LEGACY_SETTING = "web.session_secret"  # noqa: S105 - a settings key


class SecretError(RuntimeError):
    """The secret file cannot be read or made safely."""


def data_dir(store: Store) -> Path:
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    url = make_url(store.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "camcensus"


def secret_path(store: Store) -> Path:
    return (
        Path(os.environ[SECRET_FILE_ENV]) if os.environ.get(SECRET_FILE_ENV) else data_dir(store) / FILE_NAME
    )


def session_secret(store: Store) -> str:
    """The signing key (see the module doc)."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    path = secret_path(store)
    with store.session() as session:
        legacy = session.get(Setting, LEGACY_SETTING)
        if not path.exists():
            _write(path, str(legacy.value) if legacy is not None else secrets.token_urlsafe(48))
        if legacy is not None:
            session.delete(legacy)
    return _read(path)


def _write(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process made it first: theirs is read
    except OSError as exc:
        raise SecretError(f"cannot write the session secret to {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(value)


def _read(path: Path) -> str:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretError(f"{path} can be read by others: chmod 600 it (or set {SECRET_ENV})")
    value = path.read_text(encoding="utf-8").strip()
    if len(value) < 32:
        raise SecretError(f"{path} holds too short a secret (32 characters at least)")
    return value
