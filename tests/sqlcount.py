"""Counting the SQL statements a piece of code sends: ``with statements(store) as seen: ...``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from camcensus.store import Store


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The statements sent through ``store``'s engine inside the block, in order."""
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
