"""Shared fixtures: real SQLite and PostgreSQL stores, and the CLI run in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import camcensus
from camcensus.store import Store

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_ADMIN_URL = os.environ.get("CAMCENSUS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
SRC = str(Path(camcensus.__file__).resolve().parents[1])


def require_tool(name: str, reason: str | None = None) -> str:
    """Skip locally with a visible reason when a system tool is absent; fail in CI, where it must exist."""
    path = shutil.which(name)
    if path:
        return path
    message = reason or f"{name} is not installed"
    if IN_CI:
        pytest.fail(f"{message} (required when CI=true)")
    pytest.skip(message)


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("postgresql://", "postgresql://", 1), connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    problem = _pg_available()
    if problem:
        if IN_CI:
            pytest.fail(problem)
        pytest.skip(problem)
    import psycopg

    name = f"camcensus_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.from_url(f"sqlite:///{tmp_path / 'camcensus.db'}")
    store.upgrade()
    yield store
    store.dispose()


@pytest.fixture
def pg_store(pg_database: str) -> Iterator[Store]:
    _reset_pg(pg_database)
    store = Store.from_url(pg_database)
    store.upgrade()
    yield store
    store.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The same test against both real backends."""
    name = "sqlite_store" if request.param == "sqlite" else "pg_store"
    return request.getfixturevalue(name)


@pytest.fixture(scope="session")
def reply_corpus(tmp_path_factory: pytest.TempPathFactory):
    """The labelled corpus's plain-text replies, written and calibrated once (see read_replies.py)."""
    from read_replies import render_and_calibrate

    return render_and_calibrate(tmp_path_factory.mktemp("reply-queue-corpus"))


@pytest.fixture(scope="session")
def demo_survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`camcensus demo` run once, as a newcomer runs it: the folder with camcensus.db (synthetic data)."""
    out = tmp_path_factory.mktemp("demo") / "camcensus-demo"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("CAMCENSUS_DB", None)
    subprocess.run(
        [sys.executable, "-m", "camcensus", "demo", "--out", str(out)],
        check=True,
        capture_output=True,
        env=env,
        timeout=600,
    )
    return out


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run `python -m camcensus ...` in a subprocess, as a user would; returns CompletedProcess."""

    def run(
        *args: str,
        db: str | None = None,
        check: bool = True,
        env: dict[str, str] | None = None,
        timeout: float = 600,
        input: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
        full_env.pop("CAMCENSUS_DB", None)
        full_env.update(env or {})
        argv = [sys.executable, "-m", "camcensus"]
        if db:
            argv += ["--db", db]
        proc = subprocess.run(
            argv + list(args),
            capture_output=True,
            text=True,
            env=full_env,
            cwd=tmp_path,
            timeout=timeout,
            input=input,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"camcensus {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
            )
        return proc

    return run
