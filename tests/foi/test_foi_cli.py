"""`camcensus foi ...` as a user runs it, in a subprocess, against a real SQLite file and SMTP on loopback."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from foi_helpers import BODIES, SmtpServer, add_bodies

from camcensus.foi.calendars import load_adhoc, remove_adhoc
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.lifecycle import campaign_status, refresh_deadlines
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store

SENDER = "survey@camcensus.example"


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'foi.db'}"
    store = Store.from_url(url)
    store.upgrade()
    add_bodies(store)
    store.dispose()
    return url


def test_deadline_command(run_cli) -> None:
    text = run_cli("foi", "deadline", "--law", "foia", "--received", "2025-12-19").stdout
    assert text.strip() == "2026-01-22"
    out = json.loads(
        run_cli("foi", "deadline", "--law", "foisa", "--received", "2026-03-27", "--json").stdout
    )
    assert out["due"] == "2026-04-27" and out["law"] == "foisa"
    assert {"date": "2026-04-03", "reason": "Good Friday"} in out["skipped"]
    assert "2026-04-06" not in {s["date"] for s in out["skipped"]}  # Easter Monday works in Scotland
    bad = run_cli("foi", "deadline", "--law", "gdpr", "--received", "2026-01-01", check=False)
    assert bad.returncode != 0 and "unknown law" in bad.stderr and "Traceback" not in bad.stderr


def test_campaign_send_status(run_cli, tmp_path: Path, smtp_server: SmtpServer) -> None:
    db = _db(tmp_path)
    codes = tmp_path / "codes.csv"
    codes.write_text("code\n" + "\n".join(c for c, *_ in BODIES) + "\n", encoding="utf-8")
    out = json.loads(
        run_cli(
            "foi", "campaign", "cctv", "--template", "cctv", "--bodies-file", str(codes), "--json", db=db
        ).stdout
    )
    assert out["requests"] == 5  # the body without an address gets no request
    sent = json.loads(
        run_cli(
            "foi", "send", "cctv", "--smtp", smtp_server.address, "--sender", SENDER, "--json", db=db
        ).stdout
    )
    assert sent["sent"] == 5 and len(smtp_server.received) == 5
    again = json.loads(
        run_cli(
            "foi", "send", "cctv", "--smtp", smtp_server.address, "--sender", SENDER, "--json", db=db
        ).stdout
    )
    assert again["sent"] == 0 and again["already_sent"] == 5 and len(smtp_server.received) == 5
    status = json.loads(run_cli("foi", "status", "cctv", "--json", db=db).stdout)
    assert status["counts"]["sent"] == 5 and sum(status["counts"].values()) == 5
    assert all(r["due_on"] and r["state"] == "sent" for r in status["requests"])


def test_campaign_errors_and_dry_run(run_cli, tmp_path: Path) -> None:
    db = _db(tmp_path)
    missing = tmp_path / "missing.csv"
    missing.write_text("code\nt:nope\n", encoding="utf-8")
    bad = run_cli("foi", "campaign", "bad", "--bodies-file", str(missing), db=db, check=False)
    assert bad.returncode != 0 and "missing.csv" in bad.stderr and "t:nope" in bad.stderr
    assert "Traceback" not in bad.stderr
    store = Store.from_url(db)
    with store.session() as session:
        create_campaign(session, "cctv")
    store.dispose()
    run_cli("foi", "send", "cctv", "--sender", SENDER, "--dry-run", "--eml-dir", str(tmp_path / "eml"), db=db)
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 5


def test_killed_mid_send_never_double_sends(run_cli, tmp_path: Path, smtp_server: SmtpServer) -> None:
    """The sending process is killed (SIGKILL) after the server has the second message but before it hears
    the reply: the rerun sends the rest, never the second again, and reports it as uncertain."""
    db = _db(tmp_path)
    store = Store.from_url(db)
    with store.session() as session:
        create_campaign(session, "cctv")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    env.pop("CAMCENSUS_DB", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "camcensus",
            "--db",
            db,
            "foi",
            "send",
            "cctv",
            "--smtp",
            smtp_server.address,
            "--sender",
            SENDER,
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    smtp_server.handler.kill_pid_on = (2, proc.pid)
    proc.communicate(timeout=120)
    assert proc.returncode == -9
    assert len(smtp_server.received) == 2
    smtp_server.handler.kill_pid_on = None
    rerun = json.loads(
        run_cli(
            "foi", "send", "cctv", "--smtp", smtp_server.address, "--sender", SENDER, "--json", db=db
        ).stdout
    )
    assert rerun["sent"] == 3 and rerun["already_sent"] == 1 and len(rerun["uncertain"]) == 1
    per_recipient = Counter(r.recipients[0] for r in smtp_server.received)
    assert len(per_recipient) == 5 and set(per_recipient.values()) == {1}
    with store.session() as session:
        status = campaign_status(session, "cctv")
    store.dispose()
    assert [r["reference"] for r in status["requests"] if r["uncertain"]] == rerun["uncertain"]


def test_holidays_add_recomputes_open_deadlines(run_cli, tmp_path: Path, smtp_server: SmtpServer) -> None:
    db = _db(tmp_path)
    store = Store.from_url(db)
    with store.session() as session:
        create_campaign(session, "cctv")
    send_campaign(store, "cctv", smtp=smtp_server.address, sender=SENDER)
    with store.session() as session:
        before = {r["reference"]: r["due_on"] for r in campaign_status(session, "cctv")["requests"]}
    due = sorted(set(before.values()))[0]
    out = run_cli("foi", "holidays", "add", due, "--name", "Proclaimed holiday", "--nation", "NI", db=db)
    assert "4 open deadlines moved" in out.stdout
    with store.session() as session:
        after = campaign_status(session, "cctv")["requests"]
        assert [h.as_dict() for h in load_adhoc(session)] == [
            {"date": due, "name": "Proclaimed holiday", "nations": ["northern_ireland"], "working": False}
        ]
    for row in after:
        if row["law"] == "foisa":  # a Northern Ireland holiday does not move a Scottish deadline
            assert row["due_on"] == before[row["reference"]]
        else:
            assert row["due_on"] > before[row["reference"]]
    with store.session() as session:
        remove_adhoc(session, dt.date.fromisoformat(due))
        refresh_deadlines(session)
        restored = campaign_status(session, "cctv")["requests"]
    store.dispose()
    assert {r["reference"]: r["due_on"] for r in restored} == before


def test_terms_import(run_cli, tmp_path: Path) -> None:
    db = _db(tmp_path)
    terms = tmp_path / "terms.csv"
    terms.write_text(
        "start,end,closed\n2026-04-13,2026-07-22,\n2026-09-02,2026-12-18,2026-09-07\n", encoding="utf-8"
    )
    assert "2 terms, 1 closed days" in run_cli("foi", "terms", "import", str(terms), db=db).stdout
    out = json.loads(
        run_cli(
            "foi", "deadline", "--law", "schools", "--received", "2026-07-10", "--with-store", "--json", db=db
        ).stdout
    )
    assert out["due"] == "2026-09-21"  # 18 Sep, one day later for the INSET day on 7 Sep
    bad = tmp_path / "bad.csv"
    bad.write_text("start,end\n2026-09-02,2026-01-01\n", encoding="utf-8")
    proc = run_cli("foi", "terms", "import", str(bad), db=db, check=False)
    assert proc.returncode != 0 and "bad.csv line 2" in proc.stderr
