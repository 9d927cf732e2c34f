"""Fixtures for the due-diligence tests: crafted estates on both backends."""

from __future__ import annotations

import pytest
from diligence_estates import build_estates

from camcensus.store import Store


@pytest.fixture
def estates(any_store: Store) -> tuple[Store, dict[str, int]]:
    with any_store.session() as session:
        bodies = build_estates(session)
        ids = {key: body.id for key, body in bodies.items()}
    return any_store, ids
