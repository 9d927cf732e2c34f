"""The one storage interface, chosen by URL: SQLite by default, PostgreSQL by ``postgresql://``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///camcensus.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The store cannot be opened or is not at the expected schema."""


def resolve_url(url: str | None = None) -> str:
    """--db beats CAMCENSUS_DB beats ./camcensus.db; a bare path means a SQLite file."""
    url = url or os.environ.get("CAMCENSUS_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    elif url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """Owns the engine and hands out sessions; every database connection goes through here."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine: Engine = self._make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str | None = None) -> Store:
        return cls(url)

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
        return create_engine(url, pool_pre_ping=True)

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

    def ensure_schema(self) -> None:
        """Upgrade when behind; cheap when already current."""
        from alembic.script import ScriptDirectory

        heads = set(ScriptDirectory.from_config(self.alembic_config()).get_heads())
        if set(self.current_revisions()) != heads:
            self.upgrade()

    def table_names(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    def dispose(self) -> None:
        self.engine.dispose()
