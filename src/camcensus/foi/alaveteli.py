"""WhatDoTheyKnow (Alaveteli) exports, recognised by their content and read into plain values.

Three kinds, as Alaveteli writes them:

- the whole-request zip a request page offers (``RequestController#make_request_zip``): ``correspondence.txt``
  (``request/show.text.erb``: a first paragraph naming the request and its URL, then one block per event
  after a line of dashes, a message block starting ``From:``, ``To:``, ``Date:`` with a day-only date in the
  site's locale, an incoming one ending with ``Attachment: <display filename> (<size>)`` lines), and each
  attachment as ``<n>_<part>_<display filename>``, n counting from 1 the incoming messages a reader may see;
- the Pro batch zip (``InfoRequestBatchZip``): the dashboard CSV first (``request_url, authority_name,
  number_of_replies, request_status``), then per request ``<body name> - <url_title>/<YYYY-MM-DD-HHMMSS>/``
  holding ``outgoing_<id>.txt``, ``incoming_<id>.txt`` and ``attachments-<id>/<display filename>``;
- a request's JSON (``/request/<url_title>.json``, ``InfoRequest#json_for_api``): the body's WhatDoTheyKnow
  id and url name, and the events' exact times.

A zip is checked before anything is inflated (``camcensus.documents.containers``: member count, declared
sizes and ratios, encryption) and refused whole when a member's name could leave a folder (absolute, ``..``)
or is a symbolic link; members are inflated within one budget for the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from camcensus.documents.containers import members, open_checked_zip
from camcensus.documents.limits import Budget, EncryptedFile, LimitExceeded, Limits
from camcensus.documents.text import decode_text

CORRESPONDENCE = "correspondence.txt"
DASHBOARD_COLUMNS = ("request_url", "authority_name", "number_of_replies", "request_status")
_SEPARATOR = re.compile(r"^-{20,}[ \t]*$", re.MULTILINE)
_REQUEST_URL = re.compile(r"(https?://\S+?/request/([A-Za-z0-9_]+))")
_TITLE = re.compile(r'"(.+)"', re.DOTALL)
_FIELD = re.compile(r"^(From|To|Date):[ \t]?(.*)$")
_ATTACHMENT_LINE = re.compile(r"^Attachment:[ \t]")
_NUMBERED = re.compile(r"^(\d+)_(\d+)_(.+)$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}-\d{6}$")
_MESSAGE_FILE = re.compile(r"^(outgoing|incoming)_(\d+)\.txt$")
_ATTACHMENT_DIR = re.compile(r"^attachments-(\d+)$")
_URL_TITLE = re.compile(r"^[A-Za-z0-9_]+$")
_DAY_FORMATS = ("%d %B, %Y", "%B %d, %Y", "%d %B %Y", "%B %d %Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")


class ExportError(ValueError):
    """A file that is not a readable WhatDoTheyKnow export, with the reason."""


@dataclass
class Outgoing:
    text: str
    sent: dt.datetime | None = None


@dataclass
class Incoming:
    n: int  # counts the incoming messages of the request from 1, as the export's attachment names do
    text: str
    sent: dt.datetime | None = None
    sender: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class RequestExport:
    """One request as an export shows it."""

    url_title: str
    source: str  # the file it came from
    url: str | None = None
    title: str | None = None
    body_name: str | None = None
    body_wdtk_id: str | None = None
    body_url_name: str | None = None
    requester_status: str | None = None  # the requester's own label, never taken as the truth
    law: str | None = None
    outgoing: list[Outgoing] = field(default_factory=list)
    incoming: list[Incoming] = field(default_factory=list)


@dataclass
class RequestJson:
    url_title: str
    source: str
    title: str | None = None
    body_id: str | None = None
    body_url_name: str | None = None
    body_name: str | None = None
    described_state: str | None = None
    law: str | None = None
    sent: dt.datetime | None = None
    responses: list[dt.datetime | None] = field(default_factory=list)


def read_export(data: bytes, source: str, limits: Limits) -> list[RequestExport] | RequestJson:
    """What one file holds: the requests of a zip, or a request's JSON; ``ExportError`` otherwise."""
    if data.lstrip()[:1] == b"{":
        return read_request_json(data, source)
    if not data.startswith(b"PK"):
        raise ExportError("not a WhatDoTheyKnow export: neither a zip nor a request's JSON")
    files = _unpack(data, limits)
    if CORRESPONDENCE in files:
        return [read_request_zip(files, source)]
    first = next(iter(files), "")
    if first.endswith(".csv") and _is_dashboard(files[first]):
        return read_batch_zip(files, first, source)
    raise ExportError("not a WhatDoTheyKnow export: no correspondence.txt and no batch dashboard CSV")


# --- the zip itself -------------------------------------------------------------------------------------


def _unpack(data: bytes, limits: Limits) -> dict[str, bytes]:
    """Every member's bytes by name, in the archive's order; ``ExportError`` for a damaged or hostile zip."""
    try:
        archive = open_checked_zip(data, limits)
    except (ValueError, LimitExceeded, EncryptedFile) as exc:
        raise ExportError(f"refused: {exc}") from None
    with archive:
        for info in archive.infolist():
            if (reason := unsafe_member(info)) is not None:
                raise ExportError(f"refused: member {info.filename!r} {reason}")
        files: dict[str, bytes] = {}
        try:
            for name, body in members(archive, Budget(limits, len(data))):
                if isinstance(body, str):
                    raise ExportError(f"refused: member {name!r} {body} (a possible ZIP bomb)")
                files[name] = body
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            raise ExportError(f"refused: damaged ZIP member: {exc}") from None
    return files


def unsafe_member(info: zipfile.ZipInfo) -> str | None:
    """Why a member's name or kind is not one an export has: a path leaving its folder, or a link."""
    name = info.filename
    if "\x00" in name:
        return "has a NUL character in its name"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return "has a path that leaves the archive ('..')"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "is a symbolic link"
    return None


def _text(data: bytes) -> str:
    return decode_text(data).replace("\r\n", "\n").replace("\r", "\n")


# --- whole-request zip ----------------------------------------------------------------------------------


def read_request_zip(files: dict[str, bytes], source: str) -> RequestExport:
    text = _text(files[CORRESPONDENCE])
    blocks = _SEPARATOR.split(text)
    head = blocks[0]
    url = _REQUEST_URL.search(head)
    if url is None:
        raise ExportError("correspondence.txt does not name its request's URL on its first lines")
    title = _TITLE.search(head[: url.start()])
    export = RequestExport(
        url_title=url.group(2),
        source=source,
        url=url.group(1).replace("http://", "https://", 1),
        title=title.group(1).strip() if title else None,
    )
    requester: str | None = None
    for block in blocks[1:]:
        message = _message_block(block)
        if message is None:
            continue  # an annotation, a resent notice or a hidden message
        sender, to, day, body = message
        if export.body_name is None:  # the first message is the request itself
            export.body_name, requester = to, sender
            export.outgoing.append(Outgoing(body, day))
        elif to == export.body_name and to != requester:
            export.outgoing.append(Outgoing(body, day))
        else:
            export.incoming.append(Incoming(len(export.incoming) + 1, body, day, sender))
    _attach_numbered(export, files)
    return export


def _message_block(block: str) -> tuple[str, str, dt.datetime | None, str] | None:
    """(From, To, day, text) of a message block, its attachment lines left out; None for other blocks."""
    lines = block.strip("\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith("From:")), None)
    if start is None or start + 2 >= len(lines):
        return None
    fields = [_FIELD.match(line) for line in lines[start : start + 3]]
    if not all(fields) or [f.group(1) for f in fields if f] != ["From", "To", "Date"]:
        return None
    sender, to, day = (f.group(2).strip() for f in fields if f)
    body = lines[start + 3 :]
    while body and (not body[-1].strip() or _ATTACHMENT_LINE.match(body[-1])):
        body.pop()
    return sender.lstrip(", ").strip(), to, parse_day(day), "\n".join(body).strip("\n")


def parse_day(text: str) -> dt.datetime | None:
    """A day as Alaveteli's text view writes it (``simple_date``: the locale's long date), at midnight."""
    cleaned = " ".join(text.replace(".", "").split())
    for fmt in _DAY_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


def _attach_numbered(export: RequestExport, files: dict[str, bytes]) -> None:
    by_n = {m.n: m for m in export.incoming}
    numbered = []
    for name, body in files.items():
        found = _NUMBERED.match(name)
        if found and int(found.group(1)) in by_n:
            numbered.append((int(found.group(1)), int(found.group(2)), found.group(3), body))
    for n, _part, display, body in sorted(numbered, key=lambda item: item[:2]):
        by_n[n].attachments.append((display, body))


# --- Pro batch zip --------------------------------------------------------------------------------------


def _is_dashboard(data: bytes) -> bool:
    header = next(csv.reader(io.StringIO(_text(data[:4096]))), [])
    return tuple(h.strip() for h in header[:4]) == DASHBOARD_COLUMNS


def read_batch_zip(files: dict[str, bytes], dashboard: str, source: str) -> list[RequestExport]:
    requests: dict[str, RequestExport] = {}
    for row in csv.DictReader(io.StringIO(_text(files[dashboard]))):
        url = (row.get("request_url") or "").strip()
        url_title = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
        if _URL_TITLE.match(url_title):
            requests[url_title] = RequestExport(
                url_title,
                source,
                url=url,
                body_name=(row.get("authority_name") or "").strip() or None,
                requester_status=(row.get("request_status") or "").strip() or None,
            )
    parts: dict[str, list[tuple[str, int, str, bytes]]] = {}
    for name, body in files.items():
        placed = _batch_member(name)
        if placed is None:
            continue
        body_name, url_title, *rest = placed
        export = requests.setdefault(url_title, RequestExport(url_title, source, body_name=body_name))
        export.body_name = export.body_name or body_name
        parts.setdefault(url_title, []).append((*rest, body))  # type: ignore[arg-type]
    for url_title, found in parts.items():
        _batch_messages(requests[url_title], found)
    return list(requests.values())


def _batch_member(name: str) -> tuple[str, str, str, int, str] | None:
    """(body name, url_title, stamp, message id, what) of a batch member: what is ``outgoing``,
    ``incoming`` or the attachment's display name."""
    pieces = name.split("/")
    for i in range(1, len(pieces) - 1):
        if not _STAMP.match(pieces[i]):
            continue
        body_name, sep, url_title = "/".join(pieces[:i]).rpartition(" - ")
        if not sep or not _URL_TITLE.match(url_title):
            return None
        tail = pieces[i + 1 :]
        message = _MESSAGE_FILE.match(tail[0])
        if message and len(tail) == 1:
            return body_name, url_title, pieces[i], int(message.group(2)), message.group(1)
        folder = _ATTACHMENT_DIR.match(tail[0])
        if folder and len(tail) >= 2:
            return body_name, url_title, pieces[i], int(folder.group(1)), "/".join(tail[1:])
        return None
    return None


def _batch_messages(export: RequestExport, parts: list[tuple[str, int, str, bytes]]) -> None:
    attachments: dict[int, list[tuple[str, bytes]]] = {}
    for _stamp, message_id, what, body in parts:
        if what not in ("outgoing", "incoming"):
            attachments.setdefault(message_id, []).append((what, body))
    ordered = sorted((p for p in parts if p[2] in ("outgoing", "incoming")), key=lambda p: (p[0], p[1]))
    for stamp, message_id, what, body in ordered:
        sent = dt.datetime.strptime(stamp, "%Y-%m-%d-%H%M%S")
        if what == "outgoing":
            export.outgoing.append(Outgoing(_text(body).strip("\n"), sent))
        else:
            n = len(export.incoming) + 1
            message = Incoming(n, _text(body).strip("\n"), sent, attachments=attachments.get(message_id, []))
            export.incoming.append(message)


# --- request JSON ---------------------------------------------------------------------------------------


def read_request_json(data: bytes, source: str) -> RequestJson:
    try:
        raw = json.loads(_text(data))
    except ValueError as exc:
        raise ExportError(f"not a request's JSON: {exc}") from None
    if not isinstance(raw, dict) or not _URL_TITLE.match(str(raw.get("url_title") or "")):
        raise ExportError("not a WhatDoTheyKnow request's JSON: no url_title")
    found = raw.get("public_body")
    body: dict[str, object] = found if isinstance(found, dict) else {}
    events = [e for e in raw.get("info_request_events") or [] if isinstance(e, dict)]
    sent = [_instant(e.get("created_at")) for e in events if e.get("event_type") == "sent"]
    return RequestJson(
        url_title=str(raw["url_title"]),
        source=source,
        title=_str(raw.get("title")),
        body_id=_str(body.get("id")),
        body_url_name=_str(body.get("url_name")),
        body_name=_str(body.get("name")),
        described_state=_str(raw.get("described_state")),
        law=_str(raw.get("law_used")),
        sent=sent[0] if sent else None,
        responses=[_instant(e.get("created_at")) for e in events if e.get("event_type") == "response"],
    )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _instant(value: object) -> dt.datetime | None:
    """An ISO time as UTC without its zone (how the store keeps times)."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def merge_json(export: RequestExport, info: RequestJson) -> None:
    """The JSON's exact times and body identifiers on the export; its state as the requester's label.
    Incoming times are taken only when the JSON lists as many responses as the export holds messages."""
    export.title = export.title or info.title
    export.body_wdtk_id = info.body_id
    export.body_url_name = info.body_url_name
    export.body_name = export.body_name or info.body_name
    export.requester_status = info.described_state or export.requester_status
    export.law = info.law
    if export.outgoing and info.sent is not None:
        export.outgoing[0].sent = info.sent
    if len(info.responses) == len(export.incoming):
        for message, moment in zip(export.incoming, info.responses, strict=True):
            message.sent = moment or message.sent
