"""Forged replies, as an attacker would send them, never place themselves on a request nor change a published
fact: a reference from a stranger, look-alike domains, display-name spoofing, two senders, failed DKIM or
DMARC, free-mail, and a thread grown from a held reply. Honest replies still match. Real .eml files through
the whole inbox step."""

from __future__ import annotations

import datetime as dt
import json
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from camcensus.enums import RequestState, Role
from camcensus.foi.inbox import import_inbox
from camcensus.foi.trust import Trusted, authentication_failures, sender_mailbox
from camcensus.registry.service import own_domains
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Message, Request

FORGED = (
    "Dear Requester,\n\nThe force operates 500 CCTV cameras. The cameras are made by Hikvision "
    "(models DS-2CD2143G2-I).\n\nKind regards\nInformation Team"
)
HONEST = (
    "Dear Requester,\n\nThe force operates 40 CCTV cameras, all made by Axis Communications. We do not use "
    "any Hikvision or Dahua equipment.\n\nKind regards"
)
POLICE = "t:eng-police"  # foi@midshire.police.example
PASS = "mx.camcensus.example; spf=pass smtp.mailfrom=midshire.police.example; dkim=pass; dmarc=pass"


def _eml(
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None = None,
    auth: list[str] | None = None,
) -> bytes:
    msg = EmailMessage()
    for header in auth or []:  # the receiving server's header comes first, as a mail server prepends it
        msg["Authentication-Results"] = header
    msg["From"], msg["To"], msg["Subject"] = sender, "survey@camcensus.example", subject
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return bytes(msg)


def _inbox(store: Store, folder: Path, files: dict[str, bytes]) -> dict:
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return import_inbox(store, [folder / name for name in files]).as_dict()


def _message(store: Store, message_id: str) -> Message:
    with store.session() as session:
        msg = session.scalar(select(Message).where(Message.message_id == message_id))
        assert msg is not None
        return msg


def _police_facts(store: Store, req: Request) -> dict[str, str]:
    with store.session() as session:
        rows = session.scalars(select(BodyFact).where(BodyFact.body_id == req.body_id))
        return {f.key: f.value for f in rows}


ATTACKS = {
    # a stranger quoting the reference (references are sequential and printed in every letter)
    "stranger": "attacker@evil.example",
    "free-mail": "midshire.police.foi@gmail.com",
    # look-alikes of midshire.police.example
    "hyphenated": "foi@midshire-police.example",
    "suffixed": "foi@midshire.police-foi.example",
    "appended": "foi@midshire.police.example.evil.example",
    "prefixed": "foi@xmidshire.police.example",
    "parent": "foi@police.example",
    "homoglyph": "foi@midshirе.police.example",  # a Cyrillic e
    # display-name spoofing and two senders
    "display-name": '"foi@midshire.police.example" <attacker@evil.example>',
    "name-only": "Midshire Police FOI <attacker@evil.example>",
    "two-senders": "foi@midshire.police.example, attacker@evil.example",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_a_reference_from_an_untrusted_sender_is_held(
    name: str, sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    req = sent[POLICE]
    mid = f"<forged-{name}@evil.example>"
    out = _inbox(
        sqlite_store, tmp_path / "in", {"f.eml": _eml(ATTACKS[name], f"RE: {req.subject}", FORGED, mid)}
    )
    assert out["matched"] == 0 and out["unmatched"] == 1 and out["held"] == 1, out
    msg = _message(sqlite_store, mid)
    assert msg.request_id is None and msg.suggested_request_id == req.id
    assert req.reference in msg.held_reason
    with sqlite_store.session() as session:
        assert session.get(Request, req.id).state == RequestState.SENT
    assert _police_facts(sqlite_store, req).get("hikvision") in (None, "unknown")


def test_failed_authentication_holds_even_the_right_address(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    req = sent[POLICE]
    subject = f"RE: {req.subject}"
    sender = "foi@midshire.police.example"
    files = {
        "dkim.eml": _eml(
            sender, subject, FORGED, "<a1@x>", auth=["mx.camcensus.example; dkim=fail; spf=none"]
        ),
        "dmarc.eml": _eml(sender, subject, FORGED, "<a2@x>", auth=["mx.camcensus.example; dmarc=fail"]),
        "spf.eml": _eml(sender, subject, FORGED, "<a3@x>", auth=["mx.camcensus.example; spf=softfail"]),
        # the forger's own "pass" below the receiving server's fail changes nothing
        "added-pass.eml": _eml(
            sender, subject, FORGED, "<a4@x>", auth=["mx.camcensus.example; dmarc=fail", PASS]
        ),
        # even in the thread: a message that failed authentication waits for a person
        "thread.eml": _eml(
            sender, "Re", FORGED, "<a5@x>", in_reply_to=req.message_id, auth=["mx; dkim=fail"]
        ),
    }
    out = _inbox(sqlite_store, tmp_path / "in", files)
    assert out["matched"] == 0 and out["held"] == 5, out
    for mid in ("<a1@x>", "<a2@x>", "<a3@x>", "<a4@x>", "<a5@x>"):
        msg = _message(sqlite_store, mid)
        assert msg.request_id is None and msg.suggested_request_id == req.id
        assert msg.held_reason.startswith("authentication failed")
    assert _police_facts(sqlite_store, req).get("hikvision") in (None, "unknown")


def test_a_thread_grown_from_a_held_reply_is_held_too(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    req = sent[POLICE]
    first = _eml("attacker@evil.example", f"RE: {req.subject}", FORGED, "<seed@evil.example>")
    follow = _eml("attacker@evil.example", "Re: more", FORGED, "<next@evil.example>", "<seed@evil.example>")
    out = _inbox(sqlite_store, tmp_path / "in", {"1.eml": first, "2.eml": follow})
    assert out["matched"] == 0 and out["unmatched"] == 2, out


def test_honest_replies_still_match(sqlite_store: Store, sent: dict[str, Request], tmp_path: Path) -> None:
    police, school, eng = sent[POLICE], sent["t:wls-school"], sent["t:eng-council"]
    with sqlite_store.session() as session:  # a school whose FOI address is at a free-mail service
        body = session.get(Body, school.body_id)
        body.email = "ysgolbryn.office@gmail.com"
        session.get(Request, school.id).to_address = "ysgolbryn.office@gmail.com"
        # and a domain the register declares (the council writes from its website's domain too)
        session.get(Body, eng.body_id).domains = ["exampleton-council.example"]
    files = {
        "sub.eml": _eml(
            "Records <records@data.midshire.police.example>",
            f"RE: {police.subject}",
            HONEST,
            "<h1@m>",
            auth=[PASS],
        ),
        "gmail.eml": _eml("YsgolBryn.Office@gmail.com", f"Re: [{school.reference}]", HONEST, "<h2@g>"),
        "declared.eml": _eml("it@exampleton-council.example", f"Re: {eng.reference}", HONEST, "<h3@e>"),
    }
    out = _inbox(sqlite_store, tmp_path / "in", files)
    assert out["matched"] == 3 and out["unmatched"] == 0, out
    assert out["by"] == {"reference_subject": 3}
    assert _police_facts(sqlite_store, police)["hikvision"] == "no"


def test_reviewer_accepts_a_held_reply_before_its_facts_are_public(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    """The forged reply's facts reach no public view (stats, API, report, open data) until a reviewer places
    it; then they do."""
    from camcensus.reports.html import write_report
    from camcensus.reports.publish import publish
    from camcensus.web import create_app
    from camcensus.web.users import add_user

    req = sent[POLICE]
    _inbox(
        sqlite_store, tmp_path / "in", {"f.eml": _eml(ATTACKS["stranger"], req.subject, FORGED, "<held@e>")}
    )
    with sqlite_store.session() as session:
        add_user(session, "rev", Role.REVIEWER, "a long password")

    def published() -> dict[str, object]:
        with TestClient(create_app(sqlite_store, secret_key="k")) as client:
            api = client.get(f"/api/bodies/{req.body_id}").json()
            stats = client.get("/api/stats").json()
        out = tmp_path / f"pub-{len(list(tmp_path.iterdir()))}"
        publish(sqlite_store, out / "data")
        report = write_report(sqlite_store, out / "report").read_text(encoding="utf-8")
        return {
            "api": json.dumps(api.get("facts")),
            "stats": sum(r["k"] for r in stats["rows"] if r["vendor"] == "hikvision"),
            "open": (out / "data" / "facts.csv").read_text(encoding="utf-8"),
            "evidence": (out / "data" / "evidence.csv").read_text(encoding="utf-8"),
            "report": report,
        }

    before = published()
    assert "500" not in before["api"] and before["stats"] == 0
    assert "500" not in before["open"] and "Hikvision" not in before["evidence"]
    assert "DS-2CD2143G2-I" not in before["report"]
    with TestClient(create_app(sqlite_store, secret_key="k")) as client:
        token = client.get("/api/session").json()["csrf_token"]
        token = client.post(
            "/api/login", json={"name": "rev", "password": "a long password"}, headers={"X-CSRF-Token": token}
        ).json()["csrf_token"]
        held = client.get("/api/unmatched").json()["items"][0]
        assert held["held"] and held["suggested"]["reference"] == req.reference
        assert held["suggested"]["trusted"] is False and held["suggested"]["doubt"]
        unchecked = client.post(
            f"/api/unmatched/{held['id']}", json={"reference": req.reference}, headers={"X-CSRF-Token": token}
        )
        assert unchecked.status_code == 422  # the trust checks still apply to a placement by hand
        placed = client.post(
            f"/api/unmatched/{held['id']}",
            json={"reference": req.reference, "checked_sender": True},
            headers={"X-CSRF-Token": token},
        )
        assert placed.status_code == 200
    after = published()
    assert after["stats"] > 0 and "500" in after["api"] and "Hikvision" in after["evidence"]


def test_authentication_results_are_read_as_a_mail_server_writes_them() -> None:
    assert authentication_failures(None) == []
    assert authentication_failures(PASS) == []
    assert authentication_failures("mx; dkim=fail (bad signature) header.d=a.example; dkim=pass") == []
    assert authentication_failures("mx; dkim=fail header.d=a.example") == ["dkim=fail"]
    assert authentication_failures("mx; dkim=fail; dmarc=pass") == []  # DMARC weighs the alignment
    assert authentication_failures("mx (dkim=pass in a comment); dkim=fail") == ["dkim=fail"]
    assert authentication_failures("mx; spf=fail\nmx2; dmarc=fail") == ["dmarc=fail", "spf=fail"]


def test_sender_trust_rules(sqlite_store: Store, sent: dict[str, Request]) -> None:
    with sqlite_store.session() as session:
        body = session.get(Body, sent[POLICE].body_id)
        body.extra = {"website": "https://www.midshire-police.example/foi"}
        trusted = Trusted.of([sent[POLICE].to_address, body.email], own_domains(body))
    assert trusted.domains == ("midshire-police.example", "midshire.police.example")
    assert trusted.admits(sender_mailbox("FOI@Midshire.Police.Example"))
    assert trusted.admits(sender_mailbox("a@mail.midshire-police.example"))
    for name, sender in ATTACKS.items():
        if name != "hyphenated":  # now the body's own website domain
            assert not trusted.admits(sender_mailbox(sender)), name
    assert sender_mailbox("a@b.example, c@d.example") is None
    assert sender_mailbox("not an address") is None
