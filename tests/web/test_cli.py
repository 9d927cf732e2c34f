"""`camcensus users add` and `camcensus serve`, run as a user would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import camcensus
from camcensus.enums import Role
from camcensus.store import Store
from camcensus.store.models import User
from camcensus.web.users import add_user, authenticate


def test_users_add_reads_password_from_environment(run_cli, tmp_path) -> None:
    db = str(tmp_path / "u.db")
    out = run_cli(
        "users", "add", "alice", "--role", "reviewer", db=db, env={"CAMCENSUS_PASSWORD": "a-long-secret"}
    )
    assert "alice (reviewer)" in out.stdout
    store = Store.from_url(db)
    with store.session() as session:
        user = session.query(User).filter_by(name="alice").one()
        assert user.role is Role.REVIEWER and user.password_hash.startswith("$argon2id$")
        assert "a-long-secret" not in user.password_hash
        assert authenticate(session, "alice", "a-long-secret") is not None
        assert authenticate(session, "alice", "wrong-password") is None
    again = run_cli(
        "users",
        "add",
        "alice",
        "--role",
        "admin",
        db=db,
        check=False,
        env={"CAMCENSUS_PASSWORD": "a-long-secret"},
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    run_cli(
        "users",
        "add",
        "alice",
        "--role",
        "admin",
        "--replace",
        db=db,
        env={"CAMCENSUS_PASSWORD": "another-secret"},
    )
    with store.session() as session:
        assert authenticate(session, "alice", "another-secret").role is Role.ADMIN  # type: ignore[union-attr]
    store.dispose()


def test_users_add_refuses_without_password_or_with_short_one(run_cli, tmp_path) -> None:
    db = str(tmp_path / "u.db")
    missing = run_cli("users", "add", "bob", "--role", "admin", db=db, check=False)
    assert missing.returncode == 1 and "CAMCENSUS_PASSWORD" in missing.stderr
    short = run_cli(
        "users", "add", "bob", "--role", "admin", db=db, check=False, env={"CAMCENSUS_PASSWORD": "short"}
    )
    assert short.returncode == 1 and "at least" in short.stderr
    bad_role = run_cli(
        "users", "add", "bob", "--role", "owner", db=db, check=False, env={"CAMCENSUS_PASSWORD": "x" * 12}
    )
    assert bad_role.returncode != 0
    assert "--password" not in run_cli("users", "add", "--help").stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(db: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(camcensus.__file__).resolve().parents[1])}
    for name in ("CAMCENSUS_DB", "CAMCENSUS_SECRET"):
        env.pop(name, None)
    argv = [sys.executable, "-m", "camcensus", "--db", str(db), "serve", "--host", "127.0.0.1"]
    return subprocess.Popen(
        [*argv, "--port", str(port), *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _wait(proc: subprocess.Popen[bytes], url: str) -> httpx.Response:
    deadline = time.monotonic() + 120  # generous: a busy machine starts Python processes slowly
    while True:
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            assert time.monotonic() < deadline and proc.poll() is None, "server did not start"
            time.sleep(0.2)


def test_serve_answers_on_loopback(tmp_path) -> None:
    port = _free_port()
    missing = _serve(tmp_path / "s.db", port)  # no such database: refused, and none is made
    assert missing.wait(timeout=60) == 2 and not (tmp_path / "s.db").exists()
    Store.from_url(str(tmp_path / "s.db")).upgrade()
    proc = _serve(tmp_path / "s.db", port)
    try:
        response = _wait(proc, f"http://127.0.0.1:{port}/api/stats")
        assert response.status_code == 200 and response.json()["bodies"] == 0
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["info"]["title"] == "camcensus"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _listening(port: int) -> int:
    """How many sockets listen on ``port`` on this machine (IPv4), from /proc/net/tcp."""
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for r in rows if r.split()[1].endswith(f":{port:04X}") and r.split()[3] == "0A")


def test_serve_workers_share_sign_in(tmp_path) -> None:
    """With several worker processes, a session made by one is honoured by every other; each worker listens
    with a socket of its own (the kernel spreads connections over them), and stopping the server stops
    them all."""
    db = tmp_path / "w.db"
    store = Store.from_url(str(db))
    store.upgrade()
    with store.session() as session:
        add_user(session, "wanda", Role.REVIEWER, "worker-password-1")
    store.dispose()
    port = _free_port()
    proc = _serve(db, port, "--workers", "2", "--no-access-log")
    base = f"http://127.0.0.1:{port}"
    try:
        assert _wait(proc, f"{base}/healthz").status_code == 200
        deadline = time.monotonic() + 120
        while _listening(port) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _listening(port) == 2
        # a new connection per request, so the two workers both take some of them
        with httpx.Client(base_url=base, limits=httpx.Limits(max_keepalive_connections=0)) as client:
            token = client.get("/api/session").json()["csrf_token"]
            creds = {"name": "wanda", "password": "worker-password-1"}
            signed = client.post("/api/login", json=creds, headers={"X-CSRF-Token": token})
            assert signed.status_code == 200, signed.text
            seen = {client.get("/api/session").json()["user"] for _ in range(12)}
            assert seen == {"wanda"}
            assert client.get("/").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=40)
    assert _listening(port) == 0
