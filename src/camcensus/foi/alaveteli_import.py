"""Surveys run on WhatDoTheyKnow brought into a campaign: each request of an export
(``camcensus.foi.alaveteli``) becomes a request of the campaign, to its body in the register, with the
outgoing text as its text; each incoming message becomes a reply, read and stored as any other.

The replies go through the one ingest (``camcensus.documents.ingest``): each incoming message is written as an
e-mail (its text, its attachments as parts, a Message-ID made of the request's url title and the message's
number, so a second import of the same request finds it stored), ingested with the usual limits and evidence
reading, then placed on its request (``camcensus.foi.inbox.attach``: read again beside the request's
questions, the request moved on). Each stored reply keeps the request's URL as where it came from. A body the
register cannot name for certain is reported, never guessed (``camcensus.registry.names``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from camcensus.documents.limits import DEFAULT_LIMITS, Limits
from camcensus.documents.mailsignals import first_message_id
from camcensus.documents.sources import Problem, Unreadable, read_regular, walk
from camcensus.enums import RequestState
from camcensus.evidence.facts import resolve_body_facts
from camcensus.foi.alaveteli import ExportError, Incoming, RequestExport, RequestJson, merge_json, read_export
from camcensus.foi.calendars import load_adhoc, load_terms
from camcensus.foi.campaigns import reference_for
from camcensus.foi.inbox import attach
from camcensus.foi.laws import law_for
from camcensus.foi.lifecycle import mark_sent
from camcensus.pipeline import ingest_paths
from camcensus.registry.names import BodyNames
from camcensus.store import Store
from camcensus.store.models import Body, Campaign, Document, Message, Request, RequestEvent

TEMPLATE = "alaveteli"  # the campaign's template: its requests were written and sent on WhatDoTheyKnow
MATCHED_BY = "alaveteli"


@dataclass
class ImportSummary:
    campaign: str
    files: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    ingest: dict[str, Any] = field(default_factory=dict)
    replies_placed: int = 0
    facts_bodies: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "files": self.files,
            "requests": self.requests,
            "unmatched": self.unmatched,
            "refused": self.refused,
            "ingest": self.ingest,
            "replies_placed": self.replies_placed,
            "facts_bodies": self.facts_bodies,
            "seconds": round(self.seconds, 3),
        }


class _Planned(NamedTuple):
    export: RequestExport
    reference: str
    body_name: str


@dataclass(frozen=True)
class _Mail:
    path: Path
    message_id: str
    reference: str
    provenance: str  # the request's URL and the message's number


def import_exports(
    store: Store,
    paths: Sequence[str | Path],
    campaign: str,
    limits: Limits = DEFAULT_LIMITS,
    executor: str = "local",
    workers: int | None = None,
) -> ImportSummary:
    """Import the WhatDoTheyKnow exports under ``paths`` into ``campaign`` (made if new); see the module
    docstring. A file that cannot be read as an export is refused with its reason, and the rest imported."""
    started = time.perf_counter()
    campaign = campaign.strip()
    if not campaign:
        raise ValueError("a campaign needs a name")
    summary = ImportSummary(campaign)
    exports = _read_files(paths, limits, summary)
    with store.session() as session:
        planned = _plan_requests(session, campaign, exports, summary)
    with tempfile.TemporaryDirectory(prefix="camcensus-alaveteli-") as tmp:
        mails = _write_mails(planned, Path(tmp))
        if mails:
            result = ingest_paths(
                store, [m.path for m in mails], executor=executor, workers=workers, limits=limits
            )
            summary.ingest = _named(result.as_dict(), mails)
    with store.session() as session:
        body_ids = _place_replies(session, mails, summary)
    if body_ids:
        with store.session() as session:
            summary.facts_bodies = resolve_body_facts(session, body_ids)
    summary.seconds = time.perf_counter() - started
    return summary


# --- reading the files ----------------------------------------------------------------------------------


def _read_files(paths: Sequence[str | Path], limits: Limits, summary: ImportSummary) -> list[RequestExport]:
    exports: list[RequestExport] = []
    infos: dict[str, RequestJson] = {}
    for item in walk(list(paths)):
        if isinstance(item, Problem):
            summary.refused.append({"path": item.path, "reason": item.reason})
            continue
        summary.files += 1
        try:
            found = read_export(read_regular(item, limits.max_file_size), str(item), limits)
        except (ExportError, Unreadable) as exc:
            summary.refused.append({"path": str(item), "reason": str(exc)})
            continue
        except OSError as exc:
            summary.refused.append({"path": str(item), "reason": f"cannot read file: {exc.strerror or exc}"})
            continue
        if isinstance(found, RequestJson):
            infos[found.url_title] = found
        else:
            exports += found
    titles = {e.url_title for e in exports}
    for export in exports:
        if export.url_title in infos:
            merge_json(export, infos[export.url_title])
    for url_title, info in infos.items():
        if url_title not in titles:
            reason = (
                f"no export of the request {url_title!r} among the files: its JSON alone holds no messages"
            )
            summary.refused.append({"path": info.source, "reason": reason})
    return exports


# --- requests -------------------------------------------------------------------------------------------


def _campaign(session: Session, name: str) -> Campaign:
    found = session.scalar(select(Campaign).where(Campaign.name == name))
    if found is None:
        found = Campaign(name=name, template=TEMPLATE, description="imported from WhatDoTheyKnow exports")
        session.add(found)
        session.flush()
    return found


def _plan_requests(
    session: Session, name: str, exports: list[RequestExport], summary: ImportSummary
) -> list[_Planned]:
    campaign = _campaign(session, name)
    names = BodyNames(session)
    planned = []
    for export in exports:
        match = names.match(export.body_wdtk_id, export.body_url_name, [export.body_name])
        if match.body_id is None:
            summary.unmatched.append(
                {"path": export.source, "url": export.url, "name": export.body_name, "reason": match.reason}
            )
            continue
        body = session.get(Body, match.body_id)
        assert body is not None
        req, problem = _request(session, campaign, body, export)
        if req is None:
            summary.refused.append(
                {"path": export.source, "reason": f"{export.url or export.url_title}: {problem}"}
            )
            continue
        planned.append(_Planned(export, req.reference, body.name))
        summary.requests.append(
            {
                "url": export.url,
                "body": body.name,
                "code": body.code,
                "matched_by": match.how,
                "reference": req.reference,
                "incoming": len(export.incoming),
                "requester_status": export.requester_status,
            }
        )
    return planned


def _label(export: RequestExport) -> dict[str, Any]:
    return {
        "url": export.url,
        "url_title": export.url_title,
        "title": export.title,
        "requester_status": export.requester_status,
        "followups": max(0, len(export.outgoing) - 1),
    }


def _request(
    session: Session, campaign: Campaign, body: Body, export: RequestExport
) -> tuple[Request | None, str | None]:
    """The campaign's request to the body for this export: found again, or made and marked sent."""
    existing = session.scalar(
        select(Request).where(Request.campaign_id == campaign.id, Request.body_id == body.id)
    )
    if existing is not None:
        known = (existing.extra or {}).get("alaveteli") or {}
        if known.get("url_title") != export.url_title:
            other = known.get("url") or existing.reference
            return None, f"the campaign already has a request to {body.name} ({other})"
        if known != _label(export):  # the requester's label as the latest export gives it
            existing.extra = {**(existing.extra or {}), "alaveteli": _label(export)}
        return existing, None
    if not export.outgoing:
        return None, "the export holds no outgoing request"
    environmental = (export.law or "").lower() == "eir"
    req = Request(
        campaign_id=campaign.id,
        body_id=body.id,
        reference=reference_for(campaign.id, body.id),
        law=law_for(body.body_type, body.nation, environmental),
        state=RequestState.DRAFT,
        subject=" ".join((export.title or export.url_title).split())[:500],
        text=export.outgoing[0].text,
        paused_days=0,
        extra={"alaveteli": _label(export)},
    )
    session.add(req)
    session.flush()
    detail = {"template": TEMPLATE, "law": req.law, "url": export.url}
    session.add(
        RequestEvent(request_id=req.id, kind="drafted", to_state=RequestState.DRAFT.value, detail=detail)
    )
    mark_sent(session, req, _sent_at(export), load_adhoc(session), load_terms(session))
    return req, None


def _sent_at(export: RequestExport) -> dt.datetime:
    """When the request went: the export's date for it, else its first reply's, else now."""
    for moment in [export.outgoing[0].sent, *(m.sent for m in export.incoming)]:
        if moment is not None:
            return moment
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- replies --------------------------------------------------------------------------------------------


def _host(export: RequestExport) -> str:
    return urlparse(export.url or "").hostname or "alaveteli.invalid"


def message_id_for(export: RequestExport, message: Incoming) -> str:
    """The same for a request's n-th reply in every export of it (whole-request zip or batch)."""
    return f"<incoming-{message.n}.{export.url_title}@{_host(export)}>"


def reply_email(export: RequestExport, message: Incoming, body_name: str) -> bytes:
    """An incoming message as an e-mail: its text, its attachments as parts; the same bytes every time."""
    email = EmailMessage()
    email["Message-ID"] = message_id_for(export, message)
    if message.sent is not None:
        email["Date"] = format_datetime(message.sent.replace(tzinfo=dt.UTC))
    email["From"] = _one_line(message.sender or body_name) or "unknown"
    email["Subject"] = _one_line(f"Re: {export.title or export.url_title}")
    if export.url:
        email["X-Alaveteli-Request"] = _one_line(export.url)
    email.set_content(message.text or "", cte="quoted-printable")
    for name, data in message.attachments:
        email.add_attachment(data, maintype="application", subtype="octet-stream", filename=_one_line(name))
    if message.attachments:
        digest = hashlib.sha256(message_id_for(export, message).encode()).hexdigest()[:24]
        email.set_boundary(f"=_alaveteli_{digest}")
    return email.as_bytes(policy=policy.SMTP)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:900]


def _write_mails(planned: list[_Planned], folder: Path) -> list[_Mail]:
    mails = []
    for export, reference, body_name in planned:
        for message in export.incoming:
            path = folder / f"{export.url_title}-incoming-{message.n}.eml"
            path.write_bytes(reply_email(export, message, body_name))
            mid = first_message_id(message_id_for(export, message)) or message_id_for(export, message)
            where = f"{export.url or export.url_title}#incoming-{message.n}"
            mails.append(_Mail(path, mid, reference, where))
    return mails


def _named(ingest: dict[str, Any], mails: list[_Mail]) -> dict[str, Any]:
    """The ingest summary with each reply named by where it came from, not by its spool file."""
    names = {str(m.path): m.provenance for m in mails}
    for failure in ingest.get("failed", []):
        head, sep, rest = failure["path"].partition(" > ")
        failure["path"] = names.get(head, head) + sep + rest
    return ingest


def _place_replies(session: Session, mails: list[_Mail], summary: ImportSummary) -> set[int]:
    """Each stored reply on its request (in order of arrival), its document pointed at the request's URL."""
    body_ids: set[int] = set()
    for mail in mails:
        msg = session.scalar(select(Message).where(Message.message_id == mail.message_id))
        if msg is None:
            continue  # not stored: the ingest summary says why
        if msg.document_id is not None:
            session.execute(
                update(Document)
                .where(Document.id == msg.document_id, Document.source_path == str(mail.path))
                .values(source_path=mail.provenance)
                .execution_options(synchronize_session=False)
            )
        if msg.request_id is None:
            req = session.scalar(select(Request).where(Request.reference == mail.reference))
            assert req is not None
            attach(session, msg, req, MATCHED_BY)
            summary.replies_placed += 1
            body_ids.add(req.body_id)
    session.flush()
    return body_ids
