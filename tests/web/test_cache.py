"""What keeps public pages cheap: few SQL statements per body, whole responses kept for visitors without a
session (and never for anyone else), the data version read once a second, and every cache let go as soon
as a write through the app is committed."""

from __future__ import annotations

import asyncio
import gc
import threading
import time

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient
from webdata import PERSONAL_EMAIL, REVIEWER, login

from camcensus.enums import Role
from camcensus.web import create_app
from camcensus.web.body_page import body_detail
from camcensus.web.cache import DataVersion, ResponseCache, ViewCache
from camcensus.web.viewer import Viewer
from sqlcount import statements

# the body page's own data: the body, its requests with their events, its documents with their segments,
# the evidence, the facts (and the review decisions behind reviewed facts)
BODY_DETAIL_STATEMENTS = 6


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


def test_public_pages_served_again_without_sql_and_with_an_etag(sqlite_store, seeded) -> None:
    paths = (f"/bodies/{seeded.council}", f"/api/bodies/{seeded.council}", "/api/bodies?sector=council", "/")
    # the data version is read again after its ttl: long here, so a slow machine cannot make a query appear
    app = create_app(sqlite_store, secret_key="k", version_ttl=3600, figures_ttl=3600)
    with TestClient(app) as client:
        _served_again_without_sql(client, sqlite_store, paths)


def _served_again_without_sql(client, sqlite_store, paths) -> None:
    for path in paths:
        first = client.get(path)
        assert first.status_code == 200 and first.headers["etag"]
        with statements(sqlite_store) as seen:
            again = client.get(path)
            unchanged = client.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert seen == [], path
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
        assert again.headers["x-frame-options"] == "DENY"
        assert unchanged.status_code == 304 and unchanged.content == b""
    assert "set-cookie" not in client.get(paths[0]).headers
    assert client.get("/bodies/999999").status_code == 404  # errors are not kept
    assert client.get("/bodies/999999").status_code == 404


def test_shared_pages_never_reach_signed_in_users_or_sessions(client, sqlite_store, seeded) -> None:
    path = f"/bodies/{seeded.council}"
    public = client.get(path).text
    assert PERSONAL_EMAIL not in public and 'name="csrf-token" content=""' in public
    with TestClient(client.app) as visitor:  # anonymous, but with a session (and so a CSRF token to embed)
        token = visitor.get("/api/session").json()["csrf_token"]
        assert f'name="csrf-token" content="{token}"' in visitor.get(path).text
    login(client, *REVIEWER)
    signed_in = client.get(path).text
    assert PERSONAL_EMAIL in signed_in and "Sign out" in signed_in
    assert client.get(f"/api/bodies/{seeded.council}").json()["email"] is not None


def test_a_review_through_the_app_shows_on_public_pages_at_once(sqlite_store, seeded) -> None:
    app = create_app(sqlite_store, secret_key="k", version_ttl=3600)  # only this app's writes can show
    with TestClient(app) as public, TestClient(app) as reviewer:

        def seen() -> tuple[str, list[int], str]:
            facts = public.get(f"/api/bodies/{seeded.council}").json()["facts"]
            listed = [b["id"] for b in public.get("/api/bodies?vendor=hikvision").json()["items"]]
            return next(f["value"] for f in facts if f["key"] == "hikvision"), listed, public.get("/").text

        hik, listed, dashboard = seen()
        assert hik == "yes" and listed == [seeded.council]
        token = login(reviewer, *REVIEWER)
        decision = {"action": "reject"}
        posted = reviewer.post(
            f"/api/review/{seeded.hik_evidence}", json=decision, headers={"X-CSRF-Token": token}
        )
        assert posted.status_code == 200
        hik, listed, new_dashboard = seen()
        assert hik != "yes" and listed == [] and new_dashboard != dashboard


def test_data_version_read_once_per_ttl_and_again_after_a_write() -> None:
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return len(reads)

    version = DataVersion(read, ttl=3600)
    assert version.cached() is None
    assert [version.get(), version.get(), version.cached()] == [1, 1, 1]
    version.expire()
    assert version.cached() is None and version.get() == 2 and len(reads) == 2
    assert DataVersion(read, ttl=0).get() == 3 and len(reads) == 3


def test_data_version_read_across_a_write_is_not_kept() -> None:
    """A read that began before a write was committed must not be kept as current after it."""
    started, release = threading.Event(), threading.Event()

    def slow_read() -> str:
        started.set()
        release.wait(5)
        return "before"

    version = DataVersion(slow_read, ttl=3600)
    reader = threading.Thread(target=version.get)
    reader.start()
    started.wait(5)
    version.expire()  # the write commits while the read is under way
    release.set()
    reader.join(5)
    assert version.cached() is None


def test_data_version_on_the_event_loop_is_one_read_for_all_waiters_and_never_queues_behind_pages() -> None:
    reads: list[int] = []

    def slow_read() -> int:
        time.sleep(0.05)
        reads.append(1)
        return len(reads)

    async def main() -> tuple[list[int], int, int]:
        version = DataVersion(slow_read, ttl=3600)
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = 1
        release = threading.Event()
        page = asyncio.ensure_future(anyio.to_thread.run_sync(release.wait, 5))  # every request thread busy
        await asyncio.sleep(0.01)
        try:
            waiting = await asyncio.wait_for(asyncio.gather(*(version.aget() for _ in range(50))), 2)
        finally:
            release.set()
            await page
        version.expire()
        before = asyncio.ensure_future(version.aget())  # a read under way when a write commits ...
        await asyncio.sleep(0.01)
        version.expire()
        after = await version.aget()  # ... is not what a request arriving after the write gets
        return waiting, await before, after

    waiting, before, after = asyncio.run(main())
    assert waiting == [1] * 50 and (before, after) == (2, 3) and len(reads) == 3


def test_response_cache_is_bounded_and_versioned() -> None:
    cache = ResponseCache(max_bytes=1000)
    for i in range(20):
        cache.put(i, "v1", [], b"x" * 100)
    assert len(cache) == 10 and cache.get(0, "v1") is None and cache.get(19, "v1") is not None
    assert cache.get(19, "v2") is None and cache.get(19, "v1") is None  # a new version drops it
    cache.put("big", "v1", [], b"x" * 900)
    assert cache.get("big", "v1") is None  # larger than an eighth of the budget: not kept


def test_frozen_views_are_kept_as_one_object_and_given_out_as_copies() -> None:
    cache = ViewCache()
    built: list[dict[str, list[int]]] = []

    def build() -> dict[str, list[int]]:
        built.append({"items": [1, 2, 3]})
        return built[-1]

    first = cache.get("k", "v1", build, frozen=True)
    first["items"].append(4)  # a visitor's copy: changing it changes nothing kept
    again = cache.get("k", "v1", build, frozen=True)
    assert len(built) == 1 and again == {"items": [1, 2, 3]} and again is not first
    kept = [entry[2] for entry in cache._entries.values()]
    assert all(isinstance(value, bytes) and not gc.is_tracked(value) for value in kept)
    assert cache.get("k", "v2", build, frozen=True) == {"items": [1, 2, 3]} and len(built) == 2
    shared = cache.get("plain", "v1", build)  # not frozen: the object itself, as before
    assert cache.get("plain", "v1", build) is shared


def test_a_server_sets_what_it_made_at_startup_aside_from_garbage_collection(sqlite_store, seeded) -> None:
    gc.unfreeze()
    try:
        with TestClient(create_app(sqlite_store, secret_key="k", warm=True)) as client:
            for _ in range(100):
                if gc.get_freeze_count():
                    break
                time.sleep(0.1)
            assert gc.get_freeze_count() > 1000
            assert client.get(f"/bodies/{seeded.council}").status_code == 200
    finally:
        gc.unfreeze()


def test_bodies_list_counts_once_per_filters_and_hides_embargoed_facts(client, sqlite_store, seeded) -> None:
    first = client.get("/api/bodies", params={"sector": "council", "per_page": 10}).json()
    with statements(sqlite_store) as seen:
        second = client.get("/api/bodies", params={"sector": "council", "per_page": 10, "page": 2}).json()
    assert len(seen) == 2, seen  # the page and its facts: the count of matching bodies is kept
    assert first["total"] == second["total"] == 61 and second["page"] == 2
    school = client.get("/api/bodies", params={"sector": "school"}).json()["items"]
    assert [(b["id"], b["facts"]) for b in school] == [(seeded.school, {})]  # under embargo
    login(client, *REVIEWER)
    school = client.get("/api/bodies", params={"sector": "school"}).json()["items"]
    assert school[0]["facts"]["hikvision"] == "yes"


def test_a_cache_miss_sends_a_pinned_number_of_statements(sqlite_store, seeded) -> None:
    """Through the whole app, as an anonymous visitor, once the data version is known: a body's page or API
    record on a cache miss, for a body with no devices, declarations or questionnaires, sends 5 statements
    (the body, its requests with their events, its documents, their evidence, its facts); a page of the
    bodies list asked by key sends 2 (the page, its facts) once the count of its filters is kept."""
    app = create_app(sqlite_store, secret_key="k", version_ttl=3600, figures_ttl=3600)
    with TestClient(app) as client:
        assert client.get(f"/bodies/{seeded.trust}").status_code == 200  # the version and the counts read
        assert client.get("/api/bodies", params={"per_page": 5}).status_code == 200
        for path, expected in (
            (f"/bodies/{seeded.council}", 5),
            (f"/api/bodies/{seeded.trust}?v=2", 0),  # built with the page above: kept
            (f"/api/bodies/{seeded.police}", 5),
            (f"/api/bodies?per_page=5&after={seeded.police}", 2),
            (f"/api/bodies?per_page=5&before={seeded.police}", 2),
        ):
            with statements(sqlite_store) as seen:
                assert client.get(path).status_code == 200
            assert len(seen) == expected, (path, seen)
