"""What keeps public pages cheap: few SQL statements per body."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from webdata import REVIEWER, login

from camcensus.enums import Role
from camcensus.web.body_page import body_detail
from camcensus.web.viewer import Viewer

# the body page's own data: the body, its requests with their events, its documents with their segments,
# the evidence, the facts (and the review decisions behind reviewed facts)
BODY_DETAIL_STATEMENTS = 6


@contextmanager
def statements(store) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("viewer", [Viewer(), Viewer(name="rex", role=Role.REVIEWER)])
def test_body_detail_costs_a_few_statements(sqlite_store, seeded, viewer) -> None:
    for body_id in (seeded.council, seeded.trust, seeded.school):
        with sqlite_store.session() as session, statements(sqlite_store) as seen:
            detail = body_detail(session, viewer, body_id)
        assert detail is not None and len(seen) <= BODY_DETAIL_STATEMENTS, seen
        if viewer.public and body_id == seeded.school:  # under embargo: the body and its requests only
            assert len(seen) == 2 and detail["facts_embargoed"]


def test_reviewed_fact_shows_its_decision_with_one_more_statement(client, sqlite_store, seeded) -> None:
    token = login(client, *REVIEWER)
    body = {"action": "correct", "fact_key": "dahua", "new_value": "no", "note": "replaced"}
    headers = {"X-CSRF-Token": token}
    assert client.post(f"/api/review/{seeded.dahua_evidence}", json=body, headers=headers).status_code == 200
    with sqlite_store.session() as session, statements(sqlite_store) as seen:
        detail = body_detail(session, Viewer(), seeded.trust)
    assert detail is not None and len(seen) <= BODY_DETAIL_STATEMENTS
    dahua = next(f for f in detail["facts"] if f["key"] == "dahua")
    assert dahua["reviewed"]["action"] == "correct" and dahua["reviewed"]["actor"] is None
