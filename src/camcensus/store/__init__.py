"""Storage: one interface over SQLite and PostgreSQL, with Alembic migrations."""

from camcensus.store.database import Store, StoreError, resolve_url
from camcensus.store.models import Base

__all__ = ["Base", "Store", "StoreError", "resolve_url"]
