"""Fixtures for the due-diligence tests: crafted estates on both backends, and the CLI run in process."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest
from diligence_estates import build_estates
from typer.testing import CliRunner

from camcensus.store import Store


@pytest.fixture
def estates(any_store: Store) -> tuple[Store, dict[str, int]]:
    with any_store.session() as session:
        bodies = build_estates(session)
        ids = {key: body.id for key, body in bodies.items()}
    return any_store, ids


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`camcensus ...` run in this process (the same Typer app `python -m camcensus` runs, without paying
    for a new interpreter per call); same signature and result as the suite's ``run_cli``."""
    from camcensus.cli.app import app

    runner = CliRunner()

    def run(*args: str, db: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = (["--db", db] if db else []) + list(args)
        result = runner.invoke(app, argv, catch_exceptions=False)
        done = subprocess.CompletedProcess(argv, result.exit_code, result.stdout, result.stderr)
        if check and result.exit_code != 0:
            raise AssertionError(f"camcensus {' '.join(argv)} failed ({result.exit_code}):\n{result.stderr}")
        return done

    return run
