"""WhatDoTheyKnow exports built as Alaveteli writes them (mysociety/alaveteli):

- ``request/show.text.erb`` and its partials for ``correspondence.txt`` (a first paragraph with the title and
  the URL, a line of 31 dashes before each event, ``From:``/``To:``/``Date:`` with ``simple_date`` in the
  en-GB long form "%d %B, %Y", ``Attachment: <display_filename> (<display_size>)`` after an incoming text,
  annotations as "<name> left an annotation: (<date>)");
- ``RequestController#make_request_zip``: ``correspondence.txt`` first, then ``<n>_<url_part_number>_<display
  filename>`` with n counting the incoming messages from 1 and parts from 2;
- ``InfoRequestBatchZip``: the dashboard CSV (``InfoRequestBatchMetrics``), then ``<body name> - <url_title>/
  <%Y-%m-%d-%H%M%S>/outgoing_<id>.txt | incoming_<id>.txt | attachments-<id>/<display filename>``;
- ``InfoRequest#json_for_api(true)`` for the request JSON.

Masked text is as Alaveteli's masks leave it: e-mail addresses as ``[email address]`` in text and as runs of
``x`` in binary attachments, censor rules' replacements such as ``XXXX``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import urllib.parse
import zipfile
from dataclasses import dataclass, field

SITE = "https://www.whatdotheyknow.com"
DASHES = "-" * 31
REQUESTER = "Jo Researcher"

QUESTIONS = (
    "Dear {body},\n\nUnder the Freedom of Information Act 2000, please tell me:\n\n"
    "1. Does the {kind} use any CCTV cameras made by Hikvision?\n"
    "2. Does the {kind} use any CCTV cameras made by Dahua?\n"
    "3. How many CCTV cameras does the {kind} operate?\n\n"
    "Yours faithfully,\n\n" + REQUESTER
)
ACK = (
    "Dear Jo Researcher,\n\nThank you for your request for information, which we received on 3 January "
    "2022. We will respond within 20 working days.\n\nInformation Governance Team"
)


def display_filename(name: str) -> str:
    """FoiAttachment#display_filename: unescaped, anything but letters, digits and dots a space, no spaces
    near dots, runs of spaces as one."""
    name = urllib.parse.unquote(name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"[^A-Za-z0-9.]", " ", name)
    name = re.sub(r"\s*\.\s*", ".", name)
    return re.sub(r"\s+", " ", name).strip()


def display_size(data: bytes) -> str:
    size = len(data)
    return f"{size / 1024 / 1024:.1f}M" if size > 1024 * 1024 else f"{size // 1024}K"


def simple_date(day: dt.datetime) -> str:
    return day.strftime("%d %B, %Y")


@dataclass
class Reply:
    text: str
    at: dt.datetime
    sender: str = "Information Governance Team"
    attachments: list[tuple[str, bytes]] = field(default_factory=list)  # (original file name, bytes)


@dataclass
class ExportedRequest:
    url_title: str
    title: str
    body_name: str
    sent: dt.datetime
    kind: str = "council"
    replies: list[Reply] = field(default_factory=list)
    body_id: int = 0  # WhatDoTheyKnow's id of the body
    body_url_name: str = ""
    described_state: str = "successful"
    status_label: str = "Successful"

    @property
    def url(self) -> str:
        return f"{SITE}/request/{self.url_title}"

    @property
    def outgoing(self) -> str:
        return QUESTIONS.format(body=self.body_name, kind=self.kind)


def correspondence(req: ExportedRequest, annotation: bool = True) -> str:
    head = (
        f'This is a plain-text version of the Freedom of Information request "{req.title}".  The latest, '
        f"full version is available online at {req.url.replace('https://', 'http://')}.\n\n"
    )
    sent = simple_date(req.sent)
    blocks = [f"{DASHES}\n\nFrom: {REQUESTER}\nTo: {req.body_name}\nDate: {sent}\n\n{req.outgoing}\n"]
    for reply in req.replies:
        lines = [
            f"{DASHES}\n",
            f"From: {reply.sender}, {req.body_name}",
            f"To: {REQUESTER}",
            f"Date: {simple_date(reply.at)}",
            "",
            reply.text,
        ]
        for name, data in reply.attachments:
            lines.append(f"Attachment: {display_filename(name)} ({display_size(data)}) ")
        blocks.append("\n".join(lines) + "\n")
    if annotation:
        blocks.append(
            f"{DASHES}\n\n{REQUESTER} left an annotation: ({simple_date(req.sent)})\n"
            "Sent as part of a survey of councils; see XXXX for the results.\n"
        )
    return head + "".join(blocks)


def request_zip(req: ExportedRequest) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("correspondence.txt", correspondence(req))
        for n, reply in enumerate(req.replies, start=1):
            for part, (name, data) in enumerate(reply.attachments, start=2):
                archive.writestr(f"{n}_{part}_{display_filename(name)}", data)
    return out.getvalue()


def batch_zip(requests: list[ExportedRequest], batch_id: int = 901) -> tuple[str, bytes]:
    """(file name, bytes) of a Pro batch export."""
    stamp = "2022-03-01-120000"
    dashboard = io.StringIO()
    writer = csv.writer(dashboard)
    writer.writerow(["request_url", "authority_name", "number_of_replies", "request_status"])
    for req in requests:
        writer.writerow([req.url, req.body_name, len(req.replies), req.status_label])
    out = io.BytesIO()
    message_id = 5000
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"batch-{batch_id}-cctv_survey-dashboard-{stamp}.csv", dashboard.getvalue())
        for req in requests:
            base = f"{req.body_name} - {req.url_title}"
            message_id += 1
            archive.writestr(f"{base}/{req.sent:%Y-%m-%d-%H%M%S}/outgoing_{message_id}.txt", req.outgoing)
            for reply in req.replies:
                message_id += 1
                folder = f"{base}/{reply.at:%Y-%m-%d-%H%M%S}"
                archive.writestr(f"{folder}/incoming_{message_id}.txt", reply.text)
                for name, data in reply.attachments:
                    archive.writestr(f"{folder}/attachments-{message_id}/{display_filename(name)}", data)
    return f"batch-{batch_id}-cctv_survey-export-{stamp}.zip", out.getvalue()


def request_json(req: ExportedRequest) -> bytes:
    events = [{"id": 1, "event_type": "sent", "created_at": req.sent.isoformat() + ".000+00:00"}]
    for n, reply in enumerate(req.replies, start=1):
        events.append(
            {
                "id": n + 1,
                "event_type": "response",
                "created_at": reply.at.isoformat() + ".000+00:00",
                "incoming_message_id": 7000 + n,
                "described_state": req.described_state if n == len(req.replies) else None,
            }
        )
    document = {
        "id": 4242,
        "url_title": req.url_title,
        "title": req.title,
        "described_state": req.described_state,
        "display_status": req.status_label,
        "law_used": "foi",
        "user_name": REQUESTER,
        "public_body": {"id": req.body_id, "url_name": req.body_url_name, "name": req.body_name},
        "info_request_events": events,
    }
    return json.dumps(document).encode()


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
