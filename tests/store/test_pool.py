"""PostgreSQL connections are checked as they leave the pool without a query: one the server closed is
replaced, and a live one costs no round trip."""

from __future__ import annotations

import select as selectors

import psycopg
import pytest
from sqlalchemy import event, func, select, text

from camcensus.store import Store

pytestmark = pytest.mark.postgres


def _sent(store: Store) -> list[str]:
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_a_connection_the_server_closed_is_replaced_without_an_error(pg_store: Store) -> None:
    with pg_store.session() as session:
        pid = session.scalar(select(func.pg_backend_pid()))
        raw = session.connection().connection.dbapi_connection
    assert raw is not None
    admin_url = pg_store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
    # the server's notice of the end reaches the idle socket (bounded wait, not a timing assertion)
    readable, _, _ = selectors.select([raw.fileno()], [], [], 30)
    assert readable
    with pg_store.session() as session:
        assert session.scalar(select(func.pg_backend_pid())) != pid
        assert session.scalar(text("SELECT 1")) == 1


def test_a_live_connection_leaves_the_pool_without_a_query(pg_store: Store) -> None:
    with pg_store.session() as session:
        session.scalar(text("SELECT 1"))  # the pool now holds one connection
    assert not pg_store.engine.pool._pre_ping  # type: ignore[attr-defined]
    seen = _sent(pg_store)
    with pg_store.session() as session:
        assert session.scalar(text("SELECT 2")) == 2
    assert seen == ["SELECT 2"]
