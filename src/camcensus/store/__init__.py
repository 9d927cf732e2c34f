"""Storage: one interface over SQLite and PostgreSQL, with Alembic migrations."""

from camcensus.store.database import (
    Store,
    StoreError,
    StoreMissing,
    StoreOutdated,
    StoreUnreachable,
    resolve_url,
    sqlite_file,
)
from camcensus.store.models import Base

__all__ = [
    "Base",
    "Store",
    "StoreError",
    "StoreMissing",
    "StoreOutdated",
    "StoreUnreachable",
    "resolve_url",
    "sqlite_file",
]
