"""Sessions end for real and the sign-in limit holds, tried as an attacker would: a cookie copied before
sign-out, a password change or the account's removal is replayed; names that differ only in white space,
case or Unicode form share one limit, and so do two worker processes."""

from __future__ import annotations

import os
import stat

import pytest
from fastapi.testclient import TestClient
from webdata import ADMIN, REVIEWER, login

from camcensus.enums import Role
from camcensus.store import Store
from camcensus.store.models import Setting
from camcensus.web import create_app
from camcensus.web.secret import LEGACY_SETTING, SecretError, session_secret
from camcensus.web.security import LoginLimiter
from camcensus.web.users import add_user, remove_user

COOKIE = "camcensus_session"


def _write(client: TestClient, seeded, token: str) -> int:
    return client.post(
        f"/api/review/{seeded.hik_evidence}", json={"action": "accept"}, headers={"X-CSRF-Token": token}
    ).status_code


def _thief(app, cookie: str) -> TestClient:
    thief = TestClient(app)
    thief.cookies.set(COOKIE, cookie)
    return thief


def _stolen(client: TestClient) -> tuple[str, str]:
    token = login(client, *REVIEWER)
    return client.cookies[COOKIE], token


def test_a_cookie_copied_before_sign_out_is_refused(sqlite_store: Store, seeded) -> None:
    app = create_app(sqlite_store, secret_key="k")
    with TestClient(app) as client:
        cookie, token = _stolen(client)
        thief = _thief(app, cookie)
        assert thief.get("/api/session").json()["user"] == REVIEWER[0]  # the copy works while signed in
        assert client.post("/api/logout", headers={"X-CSRF-Token": token}).status_code == 200
        assert thief.get("/api/session").json()["user"] is None
        assert thief.get("/review").status_code in (200, 303) and "Sign in" in thief.get("/review").text
        assert _write(thief, seeded, token) == 401
        assert thief.get("/api/unmatched").status_code == 401


def test_a_new_password_or_removal_ends_every_session(sqlite_store: Store, seeded) -> None:
    app = create_app(sqlite_store, secret_key="k")
    with TestClient(app) as client:
        cookie, token = _stolen(client)
        with sqlite_store.session() as session:  # camcensus users add rex --replace
            add_user(session, REVIEWER[0], Role.REVIEWER, "a brand new password", replace=True)
        assert _write(_thief(app, cookie), seeded, token) == 401
    with TestClient(app) as client:  # the user's own change through the API
        token = login(client, REVIEWER[0], "a brand new password")
        cookie = client.cookies[COOKIE]
        changed = client.post(
            "/api/account/password",
            json={"current": "a brand new password", "new": "another new password"},
            headers={"X-CSRF-Token": token},
        )
        assert changed.status_code == 200
        assert _write(_thief(app, cookie), seeded, token) == 401
        assert (
            _write(client, seeded, changed.json()["csrf_token"]) == 200
        )  # the changer's own session goes on
        cookie, token = client.cookies[COOKIE], changed.json()["csrf_token"]
        with sqlite_store.session() as session:  # camcensus users remove rex
            remove_user(session, REVIEWER[0])
        assert client.get("/api/session").json()["user"] is None
        assert _write(_thief(app, cookie), seeded, token) == 401


def test_users_remove_command(run_cli, tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    env = {"CAMCENSUS_PASSWORD": "a long password"}
    run_cli("users", "add", "Rev", "--role", "reviewer", db=db, env=env)
    taken = run_cli("users", "add", " rev", "--role", "admin", db=db, env=env, check=False)
    assert taken.returncode != 0 and "already exists" in taken.stderr
    assert "removed" in run_cli("users", "remove", "REV", db=db).stdout
    gone = run_cli("users", "remove", "Rev", db=db, check=False)
    assert gone.returncode != 0 and "no user" in gone.stderr


def _try(client: TestClient, name: str, password: str) -> int:
    token = client.get("/api/session").json()["csrf_token"]
    return client.post(
        "/api/login", json={"name": name, "password": password}, headers={"X-CSRF-Token": token}
    ).status_code


def test_name_variants_share_one_limit(sqlite_store: Store, seeded) -> None:
    # white space, case, full-width letters, a no-break space
    names = [" rex", "\trex", "REX", "\uff52\uff45\uff58", "rex\u00a0"]
    limiter = LoginLimiter(per_name=3, per_client=100, window=600)
    with TestClient(create_app(sqlite_store, secret_key="k", limiter=limiter)) as client:
        assert [_try(client, n, "wrong") for n in names[:3]] == [401, 401, 401]
        for name in names:
            assert _try(client, name, REVIEWER[1]) == 429, repr(name)
        assert _try(client, ADMIN[0], ADMIN[1]) == 200


def test_the_limit_is_shared_by_worker_processes(sqlite_store: Store, seeded) -> None:
    """Two apps over one store stand for two `serve --workers` processes: failures through either count."""
    apps = [
        create_app(sqlite_store, secret_key="k", limiter=LoginLimiter(per_name=4, window=600)) for _ in "ab"
    ]
    with TestClient(apps[0]) as one, TestClient(apps[1]) as two:
        assert [_try(c, "rex", "wrong") for c in (one, two, one, two)] == [401] * 4
        assert _try(one, "rex", REVIEWER[1]) == 429 and _try(two, "rex", REVIEWER[1]) == 429


def test_the_session_secret_lives_in_a_private_file(
    sqlite_store: Store, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAMCENSUS_SECRET", raising=False)
    monkeypatch.setenv("CAMCENSUS_DATA_DIR", str(tmp_path / "data"))
    with sqlite_store.session() as session:  # kept in the store by an earlier version
        session.add(Setting(key=LEGACY_SETTING, value="x" * 48))
    assert session_secret(sqlite_store) == "x" * 48  # moved, so sessions survive the upgrade
    path = tmp_path / "data" / "session-secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite_store.session() as session:
        assert session.get(Setting, LEGACY_SETTING) is None
    assert session_secret(sqlite_store) == "x" * 48
    os.chmod(path, 0o644)
    with pytest.raises(SecretError, match="chmod 600"):
        session_secret(sqlite_store)
    monkeypatch.setenv("CAMCENSUS_SECRET", "from-the-environment")
    assert session_secret(sqlite_store) == "from-the-environment"
