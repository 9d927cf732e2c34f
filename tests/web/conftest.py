from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from fastapi.testclient import TestClient  # noqa: E402
from webdata import Seeded, seed  # noqa: E402

from camcensus.store import Store  # noqa: E402
from camcensus.web import create_app  # noqa: E402


@pytest.fixture
def seeded(sqlite_store: Store) -> Seeded:
    return seed(sqlite_store)


@pytest.fixture
def client(sqlite_store: Store, seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(sqlite_store, secret_key="test-secret")) as c:
        yield c


@pytest.fixture
def require_chromium(request: pytest.FixtureRequest) -> str:
    """Chromium's path via the suite's require_tool (skips locally without it, fails in CI)."""
    for plugin in request.config.pluginmanager.get_plugins():
        require_tool = getattr(plugin, "require_tool", None)
        if callable(require_tool) and getattr(plugin, "__file__", "").endswith("tests/conftest.py"):
            return str(require_tool("chromium"))
    raise LookupError("tests/conftest.py with require_tool not loaded")
