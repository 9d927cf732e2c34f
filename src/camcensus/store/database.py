"""The one storage interface, chosen by URL: SQLite by default, PostgreSQL by ``postgresql://``."""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///camcensus.db"
MIGRATIONS = Path(__file__).with_name("migrations")


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class StoreError(Exception):
    """The store cannot be opened or is not at the expected schema."""


class StoreMissing(StoreError):
    """A SQLite file that does not exist, where a command only reads an existing store."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no database at {path}")
        self.path = path


class StoreOutdated(StoreError):
    """A store without camcensus's tables, or whose schema is behind this version's migrations."""

    def __init__(self, current: list[str]) -> None:
        what = "has no camcensus tables" if not current else "has an older schema"
        super().__init__(what)
        self.current = current


class StoreUnreachable(StoreError):
    """The database server cannot be reached or refuses the connection."""


def resolve_url(url: str | None = None) -> str:
    """--db beats CAMCENSUS_DB beats ./camcensus.db; a bare path means a SQLite file. A URL of any other
    database than SQLite or PostgreSQL is a StoreError."""
    url = url or os.environ.get("CAMCENSUS_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    elif url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        backend = ""
    if backend not in SUPPORTED_BACKENDS:
        raise StoreError(
            f"unsupported store URL {url!r}: give a SQLite file path, sqlite:///FILE or postgresql://..."
        )
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite store URL; None for PostgreSQL or an in-memory store."""
    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


# a pooled PostgreSQL connection is replaced after this many seconds, whatever its state
RECYCLE_SECONDS = 1800


def _closed_by_server(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Checked as a PostgreSQL connection leaves the pool, without a round trip to the server (where
    ``pool_pre_ping`` sends a query each time): an idle connection has nothing to read, so one whose socket
    is readable has been closed by the server (a restart, an administrator, an idle timeout: the server says
    so, or the socket is at its end). The pool then opens a new one."""
    if dbapi_connection.closed:
        raise DisconnectionError("connection closed")
    readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    if readable:
        raise DisconnectionError("the server closed the connection")


class Store:
    """Owns the engine and hands out sessions; every database connection goes through here."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine: Engine = self._make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str | None = None) -> Store:
        return cls(url)

    @classmethod
    def open_existing(cls, url: str | None = None) -> Store:
        """A store that already holds camcensus's current schema, opened without creating or migrating
        anything: StoreMissing for a SQLite file that does not exist, StoreOutdated for one without the
        schema or behind it, StoreUnreachable for a server that cannot be reached."""
        path = sqlite_file(resolve_url(url))
        if path is not None and not path.is_file():
            raise StoreMissing(path)
        store = cls(url)
        try:
            current = store.current_revisions()
        except DBAPIError as exc:
            store.dispose()
            raise StoreUnreachable(first_line(exc)) from exc
        if set(current) != store.head_revisions():
            store.dispose()
            raise StoreOutdated(current)
        return store

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @staticmethod
    def _make_engine(url: str) -> Engine:
        if url.startswith("sqlite"):
            db_path = url.split("///", 1)[-1]
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        engine = create_engine(url, pool_recycle=RECYCLE_SECONDS)
        event.listen(engine, "checkout", _closed_by_server)
        return engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def alembic_config(self) -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        cfg.attributes["engine"] = self.engine
        return cfg

    def upgrade(self) -> list[str]:
        """Run every migration (all heads); returns the revisions now applied."""
        from alembic import command

        command.upgrade(self.alembic_config(), "heads")
        return self.current_revisions()

    def current_revisions(self) -> list[str]:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return sorted(MigrationContext.configure(conn).get_current_heads())

    def head_revisions(self) -> set[str]:
        from alembic.script import ScriptDirectory

        return set(ScriptDirectory.from_config(self.alembic_config()).get_heads())

    def ensure_schema(self) -> None:
        """Upgrade when behind; cheap when already current."""
        if set(self.current_revisions()) != self.head_revisions():
            self.upgrade()

    def table_names(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    def dispose(self) -> None:
        self.engine.dispose()


def first_line(exc: BaseException) -> str:
    """The driver's own message of a database error, without SQLAlchemy's wrapping and background link."""
    inner = getattr(exc, "orig", None) or exc
    return (str(inner).strip().splitlines() or [type(inner).__name__])[0]
