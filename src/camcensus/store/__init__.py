"""Storage: one interface over SQLite and PostgreSQL, with Alembic migrations.

Importing any part of the package loads every model module, so ``Base.metadata`` always holds every table
(the due-diligence tables live in ``diligence_models``, which builds on ``models``)."""

from camcensus.store import diligence_models  # noqa: F401  (the diligence tables)
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
