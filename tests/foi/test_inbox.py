"""Real reply files (.eml, .msg, mbox, Maildir) and an IMAP mailbox on loopback, ingested and matched to the
requests a real SMTP server received."""

from __future__ import annotations

import datetime as dt
import json
import mailbox
import os
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from foi_helpers import SmtpServer, add_bodies
from imap_server import Mailbox, imap_server
from msgfile import msg_bytes
from sqlalchemy import select

from camcensus.enums import RequestState
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.inbox import import_inbox
from camcensus.foi.mailboxes import ImapSource, InboxError, mail_paths
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import BodyFact, Document, Failure, Message, Request

ANSWER = (
    "Dear Requester,\n\nThe council operates 120 CCTV cameras. The cameras are made by Axis "
    "Communications. We do not use any Hikvision or Dahua equipment.\n\nKind regards\nInformation Team"
)
REFUSAL = (
    "Dear Requester,\n\nThe information you requested is exempt under section 31(1)(a) of the Freedom of "
    "Information Act 2000 (law enforcement) and we are refusing your request.\n\nKind regards"
)
HIK = (
    "Dear Requester,\n\nWe have 14 cameras at our sites. The recorders and cameras are Hikvision "
    "(models DS-2CD2143G2-I and DS-7608NI-K2).\n\nKind regards"
)
CLARIFY = "Dear Requester,\n\nBefore we can answer, could you please clarify which sites you mean?"


def _email(
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None = None,
    references: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "survey@camcensus.example", subject
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="text", subtype="csv", filename=attachment[0])
    return bytes(msg)


def _replies(folder: Path, reqs: dict[str, Request]) -> None:
    eng, sco, ni, school, police = (
        reqs[c] for c in ("t:eng-council", "t:sco-council", "t:ni-trust", "t:wls-school", "t:eng-police")
    )
    folder.mkdir()
    (folder / "notes.txt").write_text("not mail: the inbox leaves this alone", encoding="utf-8")
    (folder / "council.eml").write_bytes(
        _email(
            "FOI Team <foi@exampleton.gov.uk>",
            f"RE: {eng.subject}",
            ANSWER,
            "<a1@exampleton.gov.uk>",
            in_reply_to=eng.message_id,
            attachment=("cameras.csv", b"site,make,model,count\nTown Hall,Axis,P3245-V,12\n"),
        )
    )
    (folder / "stray.eml").write_bytes(_email("offers@shop.example", "Special offer", "Buy now", "<s1@shop>"))
    box = mailbox.mbox(str(folder / "replies.mbox"))
    box.add(
        _email(
            "office@ysgolbryn.example.sch.uk",
            f"Eich cais / Your request [{school.reference}]",
            HIK,
            "<b1@ysgolbryn>",
        )
    )
    box.add(_email("info@glenmore.gov.scot", "Your information request - CCTV", CLARIFY, "<b2@glenmore>"))
    box.flush()
    box.close()
    maildir = mailbox.Maildir(str(folder / "Maildir"), create=True)
    maildir.add(
        _email(
            "records@loughside-hsc.example.org",
            "Response",
            REFUSAL,
            "<c1@loughside>",
            in_reply_to="<unknown@elsewhere>",
            references=f"<older@x> {ni.message_id}",
        )
    )
    (folder / "police.msg").write_bytes(
        msg_bytes(
            subject=f"RE: {police.subject}",
            body=REFUSAL,
            sender_email="foi@midshire.police.example",
            sender_name="Midshire Police FOI",
            to="survey@camcensus.example",
            message_id="<d1@midshire>",
            in_reply_to=police.message_id,
            date="Tue, 01 Dec 2026 11:00:00 +0000",
        )
    )


def test_mail_paths_finds_only_mail(tmp_path: Path, sent: dict[str, Request]) -> None:
    _replies(tmp_path / "in", sent)
    names = sorted(p.name for p in mail_paths([tmp_path / "in"]))
    assert names == ["Maildir", "council.eml", "police.msg", "replies.mbox", "stray.eml"]
    with pytest.raises(InboxError, match="no such file"):
        mail_paths([tmp_path / "missing"])


def test_import_inbox_matches_every_format(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    _replies(tmp_path / "in", sent)
    summary = import_inbox(sqlite_store, [tmp_path / "in"])
    out = summary.as_dict()
    assert out["matched"] == 5 and out["unmatched"] == 1, out
    assert out["by"] == {"domain": 1, "in_reply_to": 2, "reference_subject": 1, "references": 1}
    with sqlite_store.session() as session:
        states = {r.body.code: r.state for r in session.scalars(select(Request))}
        assert states == {
            "t:eng-council": RequestState.ANSWERED,
            "t:sco-council": RequestState.CLARIFICATION_NEEDED,
            "t:ni-trust": RequestState.REFUSED,
            "t:wls-school": RequestState.ANSWERED,
            "t:eng-police": RequestState.REFUSED,
        }
        police = session.scalar(select(Message).where(Message.message_id == "<d1@midshire>"))
        assert police is not None and police.request_id == sent["t:eng-police"].id  # the .msg, by its thread
        csv_doc = session.scalar(select(Document).where(Document.filename == "cameras.csv"))
        assert csv_doc is not None and csv_doc.request_id == sent["t:eng-council"].id
        assert csv_doc.body_id == sent["t:eng-council"].body_id
        facts = {(f.body_id, f.key): f.value for f in session.scalars(select(BodyFact))}
        assert facts[(sent["t:wls-school"].body_id, "hikvision")] == "yes"
        assert facts[(sent["t:eng-council"].body_id, "hikvision")] == "no"
        assert facts[(sent["t:eng-police"].body_id, "outcome")] == "refused"
        assert session.scalar(select(Document).where(Document.filename == "notes.txt")) is None
    again = import_inbox(sqlite_store, [tmp_path / "in"]).as_dict()
    assert again["matched"] == 0 and again["unmatched"] == 1


def test_imap_mailbox(sqlite_store: Store, sent: dict[str, Request], monkeypatch: pytest.MonkeyPatch) -> None:
    eng = sent["t:eng-council"]
    box = Mailbox(
        "survey",
        "s3cret pass",
        {
            4: _email(
                "foi@exampleton.gov.uk",
                f"RE: {eng.subject}",
                ANSWER,
                "<i1@exampleton>",
                in_reply_to=eng.message_id,
            ),
        },
    )
    monkeypatch.setenv("CAMCENSUS_IMAP_USER", "survey")
    monkeypatch.setenv("CAMCENSUS_IMAP_PASSWORD", "s3cret pass")
    with imap_server(box) as (host, port):
        source = ImapSource(host, port, ssl=False, allow_plaintext=True)
        first = import_inbox(sqlite_store, [], imap=source)
        assert first.imap_messages == 1 and first.match.as_dict()["matched"] == 1
        box.messages[9] = _email(
            "foi@glenmore.gov.scot", f"RE: {sent['t:sco-council'].subject}", REFUSAL, "<i2@glenmore>"
        )
        second = import_inbox(sqlite_store, [], imap=source)
        assert second.imap_messages == 1  # only the new message is fetched
        monkeypatch.setenv("CAMCENSUS_IMAP_PASSWORD", "wrong")
        with pytest.raises(InboxError, match="IMAP server"):
            import_inbox(sqlite_store, [], imap=source)
    with sqlite_store.session() as session:
        doc = session.scalar(select(Document).where(Document.email_message_id == "<i1@exampleton>"))
        assert doc is not None and doc.source_path == f"imap://{host}:{port}/INBOX;UID=4"
        assert session.get(Request, eng.id).state == RequestState.ANSWERED


def test_inbox_command(run_cli, tmp_path: Path, smtp_server: SmtpServer) -> None:
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    store = Store.from_url(db)
    store.upgrade()
    add_bodies(store)
    with store.session() as session:
        create_campaign(session, "cctv")
    send_campaign(store, "cctv", smtp=smtp_server.address, sender="survey@camcensus.example")
    with store.session() as session:
        reqs = {r.body.code: r for r in session.scalars(select(Request))}
    store.dispose()
    _replies(tmp_path / "in", reqs)
    out = json.loads(run_cli("foi", "inbox", str(tmp_path / "in"), "--json", db=db).stdout)
    assert out["matched"] == 5 and out["unmatched"] == 1
    bad = run_cli("foi", "inbox", str(tmp_path / "nope"), db=db, check=False)
    assert bad.returncode != 0 and "nope" in bad.stderr and "Traceback" not in bad.stderr


def test_inbox_folder_with_a_link_and_a_fifo_records_them_unread(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path
) -> None:
    """A link to /etc/passwd and a FIFO in an inbox folder are never opened (a FIFO would hang the run):
    ingest records each with its reason, and the real mail is still read."""
    _replies(tmp_path / "in", sent)
    (tmp_path / "in" / "passwd.eml").symlink_to("/etc/passwd")
    os.mkfifo(tmp_path / "in" / "pipe")
    names = {p.name for p in mail_paths([tmp_path / "in"])}
    assert {"passwd.eml", "pipe", "council.eml"} <= names
    summary = import_inbox(sqlite_store, [tmp_path / "in"]).as_dict()
    assert summary["matched"] >= 1
    with sqlite_store.session() as session:
        reasons = {f.path.rsplit("/", 1)[-1]: f.reason for f in session.scalars(select(Failure))}
    assert "symbolic link" in reasons["passwd.eml"] and "FIFO" in reasons["pipe"].upper()
