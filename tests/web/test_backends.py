"""The same pages, API and a review on both real backends (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from webdata import REVIEWER, login, seed

from camcensus.store import Store
from camcensus.web import create_app


def test_pages_api_and_review_on_each_backend(any_store: Store) -> None:
    seeded = seed(any_store)
    with TestClient(create_app(any_store, secret_key="k")) as client:
        for path in (
            "/",
            "/bodies?sector=council&answer=answered",
            f"/bodies/{seeded.council}",
            "/campaigns",
            f"/campaigns/{seeded.published}",
            "/login",
            "/openapi.json",
        ):
            assert client.get(path).status_code == 200, path
        assert [
            b["name"] for b in client.get("/api/bodies", params={"vendor": "hikvision"}).json()["items"]
        ] == ["Testshire Council"]
        assert (
            client.get("/api/bodies", params={"q": "borough", "per_page": 7, "page": 9}).json()["items"][0][
                "name"
            ]
            == "Extra Borough 56"
        )
        token = login(client, *REVIEWER)
        for path in ("/review", "/unmatched", "/api/review/next", "/api/unmatched", "/api/review"):
            assert client.get(path).status_code == 200, path
        assert client.get("/api/review/next").json()["evidence"]["id"] == seeded.dahua_evidence
        response = client.post(
            f"/api/review/{seeded.hik_evidence}", json={"action": "reject"}, headers={"X-CSRF-Token": token}
        )
        assert response.status_code == 200
        council = next(
            r
            for r in client.get("/api/stats").json()["rows"]
            if (r["sector"], r["vendor"]) == ("council", "hikvision")
        )
        assert (council["k"], council["n"]) == (0, 0)
        doubted = client.post(  # a council's officer writing for the NHS trust: not trusted for it
            f"/api/unmatched/{seeded.unmatched_message}",
            json={"reference": "CC-0002"},
            headers={"X-CSRF-Token": token},
        )
        assert doubted.status_code == 422 and "checked its sender" in doubted.json()["detail"]
        assigned = client.post(
            f"/api/unmatched/{seeded.unmatched_message}",
            json={"reference": "CC-0002", "checked_sender": True},
            headers={"X-CSRF-Token": token},
        )
        assert (
            assigned.status_code == 200
            and assigned.json()["sender_trusted"] is False
            and client.get("/api/unmatched").json()["total"] == 0
        )


@pytest.mark.postgres
def test_the_web_app_runs_postgresql_without_jit(pg_store: Store) -> None:
    with pg_store.engine.connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar() == "on"  # the server's default here
    create_app(pg_store, secret_key="k")
    with pg_store.engine.connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar() == "off"
        conn.rollback()
    with pg_store.engine.connect() as conn:  # still off after the pool has reset the connection
        assert conn.execute(text("SHOW jit")).scalar() == "off"
