"""A labelled, clearly synthetic reply corpus for a campaign.

E-mails with attachments in every common format.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from camcensus.demo import render
from camcensus.demo.scenarios import OFFICERS, SYNTHETIC, Reply, build_replies, letter_for

MEDIA = {
    "pdf": "application/pdf",
    "scan": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "html": "text/html",
    "zip": "application/zip",
}


@dataclass(frozen=True)
class RequestInfo:
    reference: str
    body_name: str
    body_email: str
    body_type: str
    nation: str
    law: str
    subject: str
    text: str
    message_id: str | None  # the sent request's Message-ID, for threading
    sent_on: dt.date


_EXAMPLE_KINDS = [
    ("council", "england"),
    ("police", "scotland"),
    ("school", "wales"),
    ("nhs_trust", "england"),
    ("police", "england"),
    ("council", "wales"),
    ("school", "england"),
]


def example_requests(count: int, prefix: str = "CC-EXAMPLE") -> list[RequestInfo]:
    """``count`` requests to made-up bodies of every sector and nation (sent 1 September 2026), for a corpus
    of replies to be written against without a store: tests and benchmarks."""
    out = []
    for i in range(count):
        body_type, nation = _EXAMPLE_KINDS[i % len(_EXAMPLE_KINDS)]
        reference = f"{prefix}-{i:04d}"
        out.append(
            RequestInfo(
                reference=reference,
                body_name=f"Example Body {i}",
                body_email=f"foi@body{i}.example",
                body_type=body_type,
                nation=nation,
                law="foisa" if nation == "scotland" else "foia",
                subject=f"Freedom of Information request {reference}: CCTV cameras",
                text="1. How many cameras?\n2. Do you use Hikvision or Dahua equipment?",
                message_id=f"<{reference.lower()}@camcensus.example>",
                sent_on=dt.date(2026, 9, 1),
            )
        )
    return out


def _fits(reply: Reply, request: RequestInfo) -> bool:
    """Keep scenarios plausible: police refuse, Scottish refusals cite FOISA, Welsh replies are bilingual."""
    key = reply.key
    if key == "foisa_s35":
        return request.nation == "scotland" and request.body_type == "police"
    if key == "ncnd_police":
        return request.body_type == "police" and request.nation != "scotland"
    if key == "welsh_dahua":
        return request.nation == "wales"
    if key in ("ezviz_school", "hilook"):
        return request.body_type == "school"
    if request.body_type == "police":
        return key in ("axis_denial", "s21_published", "anpr_bosch", "partial_s31")
    # the partial, cost and published letters cite FOIA section numbers
    return not (request.law == "foisa" and key in ("partial_s31", "s12_cost", "s21_published"))


def _choose(replies: list[Reply], request: RequestInfo, used: dict[str, int]) -> Reply:
    candidates = [r for r in replies if _fits(r, request)] or replies
    return min(candidates, key=lambda r: (used.get(r.key, 0), r.key))


def _attachment(reply: Reply, fmt: str, text: str, ref: str) -> tuple[str, bytes, str]:
    stem = f"FOI-{ref}-response"
    if fmt == "scan":
        return f"{stem}-scanned.pdf", render.scanned_pdf_bytes(text), MEDIA["pdf"]
    table = reply.table
    note = f"{SYNTHETIC} Our ref: FOI/{ref}"  # every file its request's own, as no two replies are the same
    builders = {
        "pdf": lambda: render.pdf_bytes(text, table),
        "docx": lambda: render.docx_bytes(text, table),
        "odt": lambda: render.odt_bytes(text),
        "html": lambda: render.html_bytes(text, table),
        "xlsx": lambda: render.xlsx_bytes(table or [[text]], note),
        "ods": lambda: render.ods_bytes(table or [[text]], note),
        "csv": lambda: render.csv_bytes(table or [[text]], note),
    }
    return f"{stem}.{fmt}", builders[fmt](), MEDIA[fmt]


def _quoted(request: RequestInfo) -> str:
    return "\n".join("> " + line for line in request.text.splitlines())


def _email_for(
    reply: Reply,
    request: RequestInfo,
    fmt: str,
    officer: tuple[str, str, str],
    threading: str,
    reply_date: dt.datetime,
) -> bytes:
    letter = letter_for(reply, request.body_name, request.reference, officer, request.law)
    attachments = []
    if fmt == "eml" or reply.in_email_body:
        body = f"{letter}\n\n-----Original Message-----\n{_quoted(request)}\n"
    else:
        text = letter if not reply.table else f"{SYNTHETIC}\nOur ref: FOI/{request.reference}\n{reply.letter}"
        attachment = _attachment(reply, fmt, text, request.reference)
        if fmt == "pdf" and reply.key in ("hik_models",) and threading == "reference":
            inner = io.BytesIO()  # one reply arrives as a ZIP of its letter
            with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(attachment[0], attachment[1])
            attachment = (f"FOI-{request.reference}.zip", inner.getvalue(), MEDIA["zip"])
        attachments.append(attachment)
        body = (
            f"{SYNTHETIC}\n\nDear Requester,\n\nPlease find attached our response to your request "
            f"{request.reference}.\n\nKind regards,\n{officer[0]}\n{officer[1]}\n\n"
            f"-----Original Message-----\n{_quoted(request)}\n"
        )
    subject = f"RE: {request.subject}" if threading != "domain" else "Your information request - CCTV"
    return render.email_bytes(
        sender=f"FOI Team <{request.body_email}>",
        to="survey@camcensus.example",
        subject=subject,
        body=body,
        date=reply_date,
        in_reply_to=request.message_id if threading == "thread" else None,
        attachments=attachments,
        message_id=f"<reply-{request.reference.lower()}@{request.body_email.split('@')[-1]}>",
    )


def _instead(
    reply: Reply, request: RequestInfo, changes: Mapping[str, Sequence[str]], replies: list[Reply]
) -> Reply:
    """The first reply ``changes`` names in place of ``reply`` that fits the request; else ``reply``."""
    for key in changes.get(reply.key, ()):
        other = next(r for r in replies if r.key == key)
        if _fits(other, request):
            return other
    return reply


def write_corpus(
    requests: list[RequestInfo],
    out_dir: Path,
    seed: int = 2022,
    response_rate: float = 0.85,
    changes: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, object]]:
    """Write one reply e-mail per responding request and `labels.jsonl`; returns the label rows.

    The same requests (bodies, in the same order) and seed give the same replies; ``changes`` names, by
    scenario, the replies to write instead (the first that fits the request), so another round of the same
    survey differs from it just there."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    replies = build_replies(rng)
    used: dict[str, int] = {}
    format_turn: dict[str, int] = {}
    labels = []
    for i, request in enumerate(requests):
        if rng.random() > response_rate:
            continue  # no reply: the request goes overdue
        reply = _choose(replies, request, used)
        used[reply.key] = used.get(reply.key, 0) + 1
        reply = _instead(reply, request, changes or {}, replies)
        fmt = reply.kinds[format_turn.get(reply.key, 0) % len(reply.kinds)]
        format_turn[reply.key] = format_turn.get(reply.key, 0) + 1
        threading = "thread" if i % 7 else ("reference" if i % 14 else "domain")
        officer = OFFICERS[i % len(OFFICERS)]
        reply_date = dt.datetime.combine(
            request.sent_on + dt.timedelta(days=rng.randint(5, 30)), dt.time(10, 30), tzinfo=dt.UTC
        )
        path = out_dir / f"reply-{i:03d}-{reply.key}.eml"
        path.write_bytes(_email_for(reply, request, fmt, officer, threading, reply_date))
        labels.append(
            {
                "path": path.name,
                "reference": request.reference,
                "body": request.body_name,
                "scenario": reply.key,
                "format": fmt,
                "matched_by": threading,
                "synthetic": True,
                **asdict(reply.label),
                "exemptions": list(reply.label.exemptions),
            }
        )
    with (out_dir / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row) + "\n")
    return labels
