"""Auto-replies, bounces, referrals and e-mails inside e-mails, each through `camcensus foi inbox` with real
MIME messages (tests/foi/arriving_mail.py), and what a forger can and cannot do with them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from arriving_mail import (
    broken_mime,
    exchange_ndr,
    exim_bounce,
    forwarded_reply,
    lotus_bounce,
    lotus_oof,
    messagelabs_oof,
    msg_forwarded_reply,
    referral,
    tnef_reply,
    uuencoded_reply,
    winmail_dat,
)
from fastapi.testclient import TestClient
from msgfile import msg_bytes
from sqlalchemy import select

from camcensus.enums import MessageKind, RequestState
from camcensus.foi.mailkind import Mail, classify, phrases, sections
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Document, Message, Request, RequestEvent
from camcensus.web.app import create_app

ENG, SCO, NI, SCHOOL, POLICE = "t:eng-council", "t:sco-council", "t:ni-trust", "t:wls-school", "t:eng-police"


def _inbox(run_cli, store: Store, folder: Path) -> dict:
    db = str(store.engine.url.database)
    return json.loads(run_cli("foi", "inbox", str(folder), "--json", db=db).stdout)


def _requests(store: Store) -> dict[str, Request]:
    with store.session() as session:
        rows = session.execute(select(Request, Body).join(Body, Body.id == Request.body_id)).all()
        for r, b in rows:
            session.expunge(r)
            session.expunge(b)
        return {b.code: r for r, b in rows}


def _kinds(out: dict) -> dict[str, tuple[str, str | None]]:
    return {Path(m["path"] or "?").name: (m["kind"], m["reference"]) for m in out["messages"]}


@pytest.mark.parametrize("section", sections())
def test_every_phrase_matches_its_example_and_not_its_counter(section: str) -> None:
    for phrase in phrases(section):
        assert phrase.pattern.search(phrase.example), (section, phrase.example)
        assert not phrase.pattern.search(phrase.counter), (section, phrase.counter)


@pytest.mark.parametrize(
    "signals, subject, kind",
    [
        (("X-POST-MessageClass: 9; Autoresponder",), "Automatic Response", MessageKind.AUTO_REPLY),
        (("Precedence: bulk",), "Your enquiry", MessageKind.AUTO_REPLY),
        (("Precedence: list",), "Your enquiry", MessageKind.REPLY),
        (("Auto-Submitted: no",), "RE: your request", MessageKind.REPLY),
        (("X-Autoreply: yes",), "RE: your request", MessageKind.AUTO_REPLY),
        ((), "Automatic reply: Freedom of Information request", MessageKind.AUTO_REPLY),
        (
            ("Report-Type: delivery-status", "Delivery-Status: a@b.example; action=delayed; status=4.4.7"),
            "Delivery Status Notification (Delay)",
            MessageKind.AUTO_REPLY,
        ),  # fmt: skip
    ],
)
def test_headers_and_subjects_say_what_a_message_is(
    signals: tuple[str, ...], subject: str, kind: str
) -> None:
    assert classify(Mail(subject=subject, signals=signals, text="Thank you.")).kind == kind


def test_an_answer_sent_with_robot_headers_is_still_a_reply() -> None:
    mail = Mail(subject="Your FOI response", signals=("Auto-Submitted: auto-generated",), answers=True)
    assert classify(mail).kind == MessageKind.REPLY


def test_bounces_and_auto_replies_through_foi_inbox(
    run_cli, sqlite_store: Store, sent, tmp_path: Path
) -> None:
    eng, sco, ni, school, police = (sent[c] for c in (ENG, SCO, NI, SCHOOL, POLICE))
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "exim.eml").write_bytes(exim_bounce("foi@exampleton.gov.uk", eng.message_id, eng.subject))
    ndr = exchange_ndr("foi@glenmore.gov.scot", sco.message_id, "postmaster@glenmore.gov.scot")
    (folder / "exchange.eml").write_bytes(ndr)
    (folder / "messagelabs.eml").write_bytes(
        messagelabs_oof("foi@loughside-hsc.example.org", ni.message_id, ni.subject)
    )
    (folder / "lotus.eml").write_bytes(lotus_oof("foi@midshire.police.example", police.reference))
    school_mx = "postmaster@ysgolbryn.example.sch.uk"
    delay = exchange_ndr(school.to_address, school.message_id, school_mx, status="4.4.7", action="delayed")
    (folder / "delay.eml").write_bytes(delay)
    out = _inbox(run_cli, sqlite_store, folder)
    assert _kinds(out) == {
        "exim.eml": ("bounce", eng.reference),
        "exchange.eml": ("bounce", sco.reference),
        "messagelabs.eml": ("auto_reply", ni.reference),
        "lotus.eml": ("auto_reply", police.reference),
        "delay.eml": ("auto_reply", school.reference),
    }
    states = {code: r.state for code, r in _requests(sqlite_store).items()}
    assert states[ENG] == states[SCO] == RequestState.DELIVERY_FAILED
    assert states[NI] == states[POLICE] == states[SCHOOL] == RequestState.AWAITING  # delivered; clock runs on
    with sqlite_store.session() as session:
        flagged = {b.code: (b.extra or {}).get("undeliverable") for b in session.scalars(select(Body))}
        assert flagged[ENG]["address"] == "foi@exampleton.gov.uk"
        assert flagged[SCO]["address"] == "foi@glenmore.gov.scot"
        assert flagged[NI] is None and flagged[SCHOOL] is None
        events = [
            e.kind for e in session.scalars(select(RequestEvent).where(RequestEvent.request_id == eng.id))
        ]
        assert "bounce" in events
        # the out-of-office says "made by Hikvision" and the bounce sends back our own question: neither is
        # the body's answer
        facts = session.scalars(select(BodyFact).where(BodyFact.key == "hikvision", BodyFact.value == "yes"))
        assert list(facts) == []
    status = json.loads(
        run_cli("foi", "status", "cctv", "--json", db=str(sqlite_store.engine.url.database)).stdout
    )
    by_ref = {r["reference"]: r for r in status["requests"]}
    assert by_ref[eng.reference]["undelivered"] == "foi@exampleton.gov.uk"
    assert status["counts"]["delivery_failed"] == 2
    table = run_cli("foi", "status", "cctv", db=str(sqlite_store.engine.url.database)).stdout
    assert "delivery_failed (foi@exampleton.gov.uk bounced)" in table
    with TestClient(create_app(sqlite_store, secret_key="test-secret")) as client:
        assert "foi@glenmore.gov.scot bounced" in client.get("/campaigns/cctv").text
        api = client.get("/api/campaigns/cctv").json()
        assert api["states"]["delivery_failed"] == 2
        listed = {r["reference"]: r["undelivered"] for r in api["request_list"]["items"]}
        assert listed[sco.reference] == "foi@glenmore.gov.scot" and listed[ni.reference] is None


def test_referrals_enclosed_mail_uuencode_tnef_and_broken_mime(
    run_cli, sqlite_store: Store, sent, tmp_path: Path
) -> None:
    eng, sco, ni, school, police = (sent[c] for c in (ENG, SCO, NI, SCHOOL, POLICE))
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "referral.eml").write_bytes(referral("foi@exampleton.gov.uk", eng.message_id))
    (folder / "forward.eml").write_bytes(
        forwarded_reply("foi@loughside-hsc.example.org", ni.message_id, "estates@loughside-hsc.example.org")
    )
    csv = b"site,make,model,count\nHigh Street,Axis,P3245-V,9\n"
    (folder / "uu.eml").write_bytes(
        uuencoded_reply("foi@glenmore.gov.scot", sco.message_id, "cameras.csv", csv)
    )
    gate = b"site,make,model,count\nSchool gate,Hanwha,XNO-6080R,3\n"
    winmail = winmail_dat("Our answer is in the attached table.", [("gate cameras.csv", gate)])
    (folder / "tnef.eml").write_bytes(
        tnef_reply("office@ysgolbryn.example.sch.uk", school.message_id, winmail)
    )
    (folder / "broken.eml").write_bytes(broken_mime("foi@midshire.police.example", police.message_id))
    out = _inbox(run_cli, sqlite_store, folder)
    kinds = sorted((m["kind"], m["reference"]) for m in out["messages"])
    assert ("referral", eng.reference) in kinds
    assert kinds.count(("reply", ni.reference)) == 2  # the reply and the estates answer inside it
    with sqlite_store.session() as session:
        inner = session.scalars(
            select(Message).where(Message.message_id == "<estates-1@loughside-hsc.example.org>")
        ).one()
        assert (
            inner.enclosed_by_id is not None and inner.matched_by == "enclosed" and inner.request_id == ni.id
        )
        referred = session.scalars(
            select(RequestEvent).where(RequestEvent.request_id == eng.id, RequestEvent.kind == "referred")
        ).one()
        assert referred.detail["referred_to"].startswith("Midshire Police")
        docs = list(session.scalars(select(Document)))
        by_id = {d.id: d for d in docs}
        uu = next(d for d in docs if d.filename == "cameras.csv")  # decoded from the uuencoded block
        assert (
            by_id[uu.parent_id].filename == "uu.eml" and uu.status.value == "ok" and uu.request_id == sco.id
        )
        inner = next(d for d in docs if d.filename == "gate cameras.csv")  # flattened out of winmail.dat
        winmail = by_id[inner.parent_id]
        assert winmail.filename == "winmail.dat" and winmail.format == "tnef" and winmail.error is None
        assert inner.content == gate and inner.request_id == school.id
    states = {code: r.state for code, r in _requests(sqlite_store).items()}
    assert states[POLICE] == RequestState.ANSWERED
    assert states[SCO] == RequestState.ANSWERED and states[SCHOOL] == RequestState.ANSWERED


def test_a_forged_bounce_or_auto_reply_changes_nothing(
    run_cli, sqlite_store: Store, sent, tmp_path: Path
) -> None:
    """An attacker who knows a request's reference (printed in every letter) but not the Message-ID only
    the body's servers saw, or who forges the body's domain and fails DMARC, moves nothing and flags
    nothing: the message waits for a person like any untrusted reply."""
    eng, sco, police = sent[ENG], sent[SCO], sent[POLICE]
    folder = tmp_path / "mail"
    folder.mkdir()
    guessed = "<guessed-0001@camcensus.example>"
    (folder / "stranger.eml").write_bytes(
        exim_bounce("foi@exampleton.gov.uk", guessed, eng.subject, relay="attacker.example")
    )
    forged = lotus_bounce("foi@glenmore.gov.scot", "postmaster@glenmore.gov.scot", sco.reference)
    forged = (
        b"Authentication-Results: mx.camcensus.example; dmarc=fail header.from=glenmore.gov.scot\n" + forged
    )
    (folder / "dmarc.eml").write_bytes(forged)
    (folder / "oof.eml").write_bytes(lotus_oof("pat@attacker.example", police.reference))
    out = _inbox(run_cli, sqlite_store, folder)
    assert out["matched"] == 0 and out["held"] == 3
    assert sorted(m["kind"] for m in out["messages"]) == ["auto_reply", "bounce", "bounce"]
    assert all(m["reference"] is None for m in out["messages"])
    states = {code: r.state for code, r in _requests(sqlite_store).items()}
    assert RequestState.DELIVERY_FAILED not in states.values()
    with sqlite_store.session() as session:
        assert all(not (b.extra or {}).get("undeliverable") for b in session.scalars(select(Body)))


def test_a_trusted_bounce_for_another_address_flags_nothing(
    run_cli, sqlite_store: Store, sent, tmp_path: Path
) -> None:
    sco = sent[SCO]
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "other.eml").write_bytes(
        lotus_bounce("someone.else@glenmore.gov.scot", "postmaster@glenmore.gov.scot", sco.reference)
    )
    out = _inbox(run_cli, sqlite_store, folder)
    assert _kinds(out) == {"other.eml": ("bounce", sco.reference)}
    assert _requests(sqlite_store)[SCO].state == RequestState.SENT


def test_an_outlook_msg_inside_a_reply_is_a_message_of_its_own(
    run_cli, sqlite_store: Store, sent, tmp_path: Path
) -> None:
    eng = sent[ENG]
    inner = msg_bytes(
        subject="CCTV numbers",
        body="We have 52 CCTV cameras, all made by Hanwha. None are Hikvision or Dahua.",
        sender_email="facilities@exampleton.gov.uk",
        sender_name="Facilities",
        to="foi@exampleton.gov.uk",
        message_id="<facilities-7@exampleton.gov.uk>",
        in_reply_to=None,
        date="Mon, 30 Nov 2026 15:00:00 +0000",
    )
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "reply.eml").write_bytes(msg_forwarded_reply("foi@exampleton.gov.uk", eng.message_id, inner))
    out = _inbox(run_cli, sqlite_store, folder)
    assert [(m["kind"], m["reference"]) for m in out["messages"]] == [("reply", eng.reference)] * 2
    with sqlite_store.session() as session:
        outer = session.scalars(
            select(Message).where(Message.message_id == "<msgfwd-1@exampleton.gov.uk>")
        ).one()
        found = session.scalars(
            select(Message).where(Message.message_id == "<facilities-7@exampleton.gov.uk>")
        ).one()
        assert (
            found.enclosed_by_id == outer.id and found.matched_by == "enclosed" and found.request_id == eng.id
        )
        document = session.get(Document, found.document_id)
        assert document.filename == "CCTV answer.msg" and document.format == "msg"
        facts = {
            f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == eng.body_id))
        }
    assert _requests(sqlite_store)[ENG].state == RequestState.ANSWERED
    assert (facts.get("camera_count"), facts.get("hikvision"), facts.get("dahua")) == ("52", "no", "no")
