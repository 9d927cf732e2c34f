"""Every write route: refused without sign-in, for the wrong role and without the CSRF token; recorded with
who and when when allowed; and the figures follow."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from webdata import ADMIN, REVIEWER, login

from camcensus.store.models import Evidence, Message, Request, RequestEvent, ReviewEvent, User
from camcensus.web import create_app
from camcensus.web.security import LoginLimiter


def _api_writes(seeded) -> list[tuple[str, dict, str]]:
    """(path, JSON body, role needed) for every state-changing API route."""
    return [
        (f"/api/review/{seeded.hik_evidence}", {"action": "accept"}, "reviewer"),
        (f"/api/unmatched/{seeded.unmatched_message}", {"reference": "CC-0001"}, "reviewer"),
        (f"/api/campaigns/{seeded.published}/requests/CC-0003/state", {"state": "withdrawn"}, "admin"),
    ]


def _form_writes(seeded) -> list[tuple[str, dict, str]]:
    return [
        (f"/review/{seeded.hik_evidence}", {"action": "accept"}, "reviewer"),
        (f"/unmatched/{seeded.unmatched_message}", {"reference": "CC-0001"}, "reviewer"),
        (f"/campaigns/{seeded.published}/requests/CC-0003/state", {"state": "withdrawn"}, "admin"),
    ]


def _events(store) -> tuple[int, int]:
    with store.session() as s:
        return len(s.scalars(select(ReviewEvent)).all()), len(s.scalars(select(RequestEvent)).all())


def test_writes_refused_without_sign_in(client, seeded, sqlite_store) -> None:
    token = client.get("/api/session").json()["csrf_token"]
    before = _events(sqlite_store)
    for path, body, _ in _api_writes(seeded):
        assert client.post(path, json=body, headers={"X-CSRF-Token": token}).status_code == 401, path
    for path, body, _ in _form_writes(seeded):
        assert client.post(path, data={**body, "csrf_token": token}).status_code == 401, path
    assert _events(sqlite_store) == before


def test_admin_writes_refused_for_reviewer(client, seeded, sqlite_store) -> None:
    token = login(client, *REVIEWER)
    before = _events(sqlite_store)
    for path, body, role in _api_writes(seeded) + _form_writes(seeded):
        if role == "admin":
            send = (
                client.post(path, json=body, headers={"X-CSRF-Token": token})
                if path.startswith("/api")
                else (client.post(path, data={**body, "csrf_token": token}))
            )
            assert send.status_code == 403, path
    assert _events(sqlite_store) == before


def test_writes_refused_without_or_with_wrong_csrf_token(client, seeded, sqlite_store) -> None:
    login(client, *ADMIN)
    before = _events(sqlite_store)
    for path, body, _ in _api_writes(seeded):
        assert client.post(path, json=body).status_code == 403, path
        assert client.post(path, json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403, path
    for path, body, _ in _form_writes(seeded):
        assert client.post(path, data=body).status_code == 403, path
        assert client.post(path, data={**body, "csrf_token": "forged"}).status_code == 403, path
    assert client.post("/api/logout").status_code == 403
    assert _events(sqlite_store) == before


def test_every_write_recorded_with_who_and_when(client, seeded, sqlite_store) -> None:
    token = login(client, *ADMIN)
    for path, body, _ in _api_writes(seeded):
        response = client.post(path, json=body, headers={"X-CSRF-Token": token})
        assert response.status_code == 200, (path, response.text)
        assert response.json()["actor"] == "ada"
    with sqlite_store.session() as s:
        reviews = s.scalars(select(ReviewEvent).order_by(ReviewEvent.id)).all()
        assert [(r.action.value, r.actor) for r in reviews] == [("accept", "ada"), ("assign", "ada")]
        assert all(r.at is not None for r in reviews)
        assert s.get(Evidence, seeded.hik_evidence).status == "accepted"
        assert s.get(Message, seeded.unmatched_message).request_id is not None
        kinds = [
            (e.kind, e.actor, e.to_state)
            for e in s.scalars(select(RequestEvent).where(RequestEvent.actor == "ada"))
        ]
        assert ("state_changed", "ada", "withdrawn") in kinds
        assert any(kind == "reply_assigned" for kind, _, _ in kinds)
    assert client.get("/api/unmatched").json()["total"] == 0


def test_review_queue_order_low_confidence_and_hikvision_dahua_first(client, seeded) -> None:
    login(client, *REVIEWER)
    order = [e["id"] for e in client.get("/api/review").json()["items"]]
    assert order == [
        seeded.dahua_evidence,
        seeded.hik_evidence,
        seeded.secret_evidence,
        seeded.count_evidence,
    ]
    item = client.get("/api/review/next").json()
    assert item["evidence"]["id"] == seeded.dahua_evidence and item["pending"] == 4
    assert item["decides"] == ["dahua"] and item["suggested_fact"] == "dahua"
    assert [p["text"] for p in item["context"]["pieces"] if p["evidence_id"]] == ["Dahua"]
    assert client.get("/api/review/999999").status_code == 404


def test_reject_and_correct_change_the_dashboard(client, seeded) -> None:
    token = login(client, *REVIEWER)

    def figure(sector: str, vendor: str) -> tuple[int, int]:
        row = next(
            r
            for r in client.get("/api/stats").json()["rows"]
            if (r["sector"], r["vendor"]) == (sector, vendor)
        )
        return row["k"], row["n"]

    assert figure("council", "hikvision") == (1, 1)
    post = client.post(
        f"/api/review/{seeded.hik_evidence}", json={"action": "reject"}, headers={"X-CSRF-Token": token}
    )
    assert post.status_code == 200 and post.json()["status"] == "rejected"
    assert figure("council", "hikvision") == (0, 0)
    assert figure("nhs", "dahua") == (1, 1)
    body = {"action": "correct", "fact_key": "dahua", "new_value": "no", "note": "recorders were replaced"}
    assert (
        client.post(
            f"/api/review/{seeded.dahua_evidence}", json=body, headers={"X-CSRF-Token": token}
        ).status_code
        == 200
    )
    assert figure("nhs", "dahua") == (0, 1)
    trust = client.get(f"/api/bodies/{seeded.trust}").json()
    dahua = next(f for f in trust["facts"] if f["key"] == "dahua")
    assert dahua["value"] == "no" and dahua["source"] == "review" and dahua["reviewed"]["actor"] == "rex"
    bad = {"action": "correct", "fact_key": "dahua", "new_value": "maybe"}
    assert (
        client.post(
            f"/api/review/{seeded.count_evidence}", json=bad, headers={"X-CSRF-Token": token}
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/review/999999", json={"action": "accept"}, headers={"X-CSRF-Token": token}
        ).status_code
        == 422
    )


def test_review_form_flow_and_escaping(client, seeded) -> None:
    login(client, *REVIEWER)
    page = client.get(f"/review/{seeded.hik_evidence}").text
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert 'id="accept-form"' in page and 'name="csrf_token"' in page
    token = page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
    done = client.post(
        f"/review/{seeded.hik_evidence}",
        data={"action": "accept", "csrf_token": token},
        follow_redirects=False,
    )
    # on to the next item of the same reply, then back to the reply queue when none is left
    assert done.status_code == 303 and done.headers["location"] == f"/review/{seeded.count_evidence}"
    assert client.get("/api/review/next").json()["pending"] == 3
    last = client.post(
        f"/review/{seeded.count_evidence}",
        data={"action": "accept", "csrf_token": token},
        follow_redirects=False,
    )
    assert last.status_code == 303 and last.headers["location"] == "/review"
    walked = client.post(
        f"/review/{seeded.dahua_evidence}",
        data={"action": "accept", "csrf_token": token, "walk": "all"},
        follow_redirects=False,
    )
    assert walked.headers["location"] == "/review/next"  # on through all pending evidence
    unmatched = client.get("/unmatched").text
    assert "Re: cameras &lt;i&gt;?&lt;/i&gt;" in unmatched and "&lt;b&gt;bold&lt;/b&gt;" in unmatched
    assert "CC-0001" in unmatched  # candidate request from the sender's domain


def test_admin_sees_campaign_actions(client, seeded) -> None:
    login(client, *ADMIN)
    html = client.get(f"/campaigns/{seeded.published}").text
    assert '<select name="state"' in html


def test_login_form_errors_redirects_and_fresh_session(client) -> None:
    page = client.get("/login?next=//evil.example/").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    assert 'name="next" value="/"' in page
    wrong = client.post("/login", data={"name": "rex", "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "wrong name or password" in wrong.text
    ok = client.post(
        "/login",
        data={"name": "rex", "password": REVIEWER[1], "csrf_token": token, "next": "/bodies"},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/bodies"
    session = client.get("/api/session").json()
    assert session["user"] == "rex" and session["csrf_token"] != token  # new session on sign-in
    assert (
        client.post("/logout", data={"csrf_token": session["csrf_token"]}, follow_redirects=False).status_code
        == 303
    )
    assert client.get("/api/session").json()["user"] is None


def test_session_cookie_flags(sqlite_store, seeded) -> None:
    for https in (False, True):
        with TestClient(create_app(sqlite_store, secret_key="k", https_only=https)) as c:
            cookie = c.get("/api/session").headers["set-cookie"].lower()
            assert "httponly" in cookie and "samesite=lax" in cookie
            assert ("secure" in cookie) is https


def test_removed_account_cannot_write(client, seeded, sqlite_store) -> None:
    token = login(client, *REVIEWER)
    with sqlite_store.session() as s:
        s.delete(s.scalars(select(User).where(User.name == "rex")).one())
    assert (
        client.post(
            f"/api/review/{seeded.hik_evidence}", json={"action": "accept"}, headers={"X-CSRF-Token": token}
        ).status_code
        == 401
    )


@pytest.fixture
def limited(sqlite_store, seeded):
    limiter = LoginLimiter(per_name=3, per_client=5, window=600)
    with TestClient(create_app(sqlite_store, secret_key="k", limiter=limiter)) as c:
        yield c


def _try(client, name: str, password: str) -> int:
    token = client.get("/api/session").json()["csrf_token"]
    return client.post(
        "/api/login", json={"name": name, "password": password}, headers={"X-CSRF-Token": token}
    ).status_code


def test_login_rate_limited_per_name(limited) -> None:
    assert [_try(limited, "rex", "bad") for _ in range(3)] == [401, 401, 401]
    assert _try(limited, "rex", REVIEWER[1]) == 429  # even the right password waits
    assert _try(limited, "ada", ADMIN[1]) == 200


def test_login_rate_limited_per_client(limited) -> None:
    assert [_try(limited, f"user{i}", "bad") for i in range(5)] == [401] * 5
    assert _try(limited, "ada", ADMIN[1]) == 429


def test_limiter_is_bounded(sqlite_store) -> None:
    from camcensus.store.models import LoginFailure

    limiter = LoginLimiter(per_name=2, per_client=1000, max_rows=50)
    for i in range(100):
        limiter.failed(sqlite_store, f"name{i}", "client")
    with sqlite_store.session() as s:
        assert len(s.scalars(select(LoginFailure)).all()) <= 50
    assert limiter.blocked(sqlite_store, "name99", "other") is False
    limiter.failed(sqlite_store, "name99", "other")
    assert limiter.blocked(sqlite_store, "name99", "third") is True


def test_a_write_through_one_worker_reaches_what_the_others_show(sqlite_store, seeded) -> None:
    """Two app instances over one store stand for two `serve --workers` processes: public figures, body pages
    and lists cached in one follow a review decision made through the other once its version ttl is over."""
    ttl = 0.3
    with (
        TestClient(create_app(sqlite_store, secret_key="k", version_ttl=ttl)) as writer,
        TestClient(create_app(sqlite_store, secret_key="k", version_ttl=ttl)) as reader,
    ):

        def seen() -> tuple[tuple[int, int], str, list[int], str]:
            row = next(
                r
                for r in reader.get("/api/stats").json()["rows"]
                if (r["sector"], r["vendor"]) == ("council", "hikvision")
            )
            facts = reader.get(f"/api/bodies/{seeded.council}").json()["facts"]
            listed = reader.get("/api/bodies?vendor=hikvision").json()["items"]
            page = reader.get(f"/bodies/{seeded.council}").text
            hik = next(f["value"] for f in facts if f["key"] == "hikvision")
            return (row["k"], row["n"]), hik, [b["id"] for b in listed], page

        figure, hik, listed, page = seen()
        assert figure == (1, 1) and hik == "yes" and listed == [seeded.council]
        assert seen() == (figure, hik, listed, page)  # served again from the reader's caches
        token = login(writer, *REVIEWER)
        decision = {"action": "reject"}
        response = writer.post(
            f"/api/review/{seeded.hik_evidence}", json=decision, headers={"X-CSRF-Token": token}
        )
        assert response.status_code == 200
        time.sleep(ttl + 0.05)
        figure, hik, listed, new_page = seen()
        assert figure == (0, 0) and hik != "yes" and listed == []
        assert new_page != page and 'id="fact-hikvision"' in new_page


def _request_trail(store, reference: str) -> tuple[str, list[tuple[str, str | None, str | None, str | None]]]:
    with store.session() as s:
        req = s.scalars(select(Request).where(Request.reference == reference)).one()
        events = s.scalars(
            select(RequestEvent).where(RequestEvent.request_id == req.id).order_by(RequestEvent.id)
        )
        return req.state.value, [(e.kind, e.from_state, e.to_state, e.actor) for e in events]


def test_request_state_change_refused_where_the_lifecycle_forbids_it(client, seeded, sqlite_store) -> None:
    token = login(client, *ADMIN)
    before = _request_trail(sqlite_store, "CC-0001")
    assert before[0] == "answered"
    path = f"/api/campaigns/{seeded.published}/requests/CC-0001/state"
    refused = client.post(path, json={"state": "draft"}, headers={"X-CSRF-Token": token})
    assert refused.status_code == 409
    detail = refused.json()["detail"]
    assert "cannot move from answered to draft" in detail and "internal_review" in detail
    form = client.post(
        f"/campaigns/{seeded.published}/requests/CC-0001/state", data={"state": "sent", "csrf_token": token}
    )
    assert form.status_code == 409 and "cannot move from answered to sent" in form.text
    assert _request_trail(sqlite_store, "CC-0001") == before  # nothing changed, nothing logged


def test_request_state_change_follows_the_lifecycle_and_is_logged(client, seeded, sqlite_store) -> None:
    token = login(client, *ADMIN)
    path = f"/api/campaigns/{seeded.published}/requests/CC-0002/state"
    moved = client.post(
        path, json={"state": "refused", "note": "s.24 cited"}, headers={"X-CSRF-Token": token}
    )
    assert moved.json() == {
        "reference": "CC-0002",
        "from_state": "awaiting",
        "to_state": "refused",
        "actor": "ada",
    }
    state, trail = _request_trail(sqlite_store, "CC-0002")
    assert state == "refused" and trail[-1] == ("state_changed", "awaiting", "refused", "ada")
    with sqlite_store.session() as s:
        last = s.scalars(select(RequestEvent).order_by(RequestEvent.id.desc())).first()
        assert last.detail == {"note": "s.24 cited"} and last.at is not None
    html = client.get(f"/campaigns/{seeded.published}?state=refused").text
    offered = html.split('<select name="state"', 1)[1].split("</select>", 1)[0]
    assert 'value="internal_review"' in offered and 'value="draft"' not in offered
