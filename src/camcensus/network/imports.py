"""Devices from files, linked to a body: nmap XML (``camcensus.network.nmap``), asset inventories in CSV
or XLSX (``camcensus.network.inventory``) and the JSON lines of `discover --json` (``camcensus.network.
scan_file``, stored as the scan it was), told apart by their first bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.network.inventory import csv_rows, parse_inventory, xlsx_rows
from camcensus.network.nmap import parse_nmap_xml
from camcensus.network.record import DeviceImportError, find_body, store_devices
from camcensus.network.scan_file import looks_like_scan, read_scan
from camcensus.network.scans import finish_scan, start_scan
from camcensus.store.models import Scan

__all__ = [
    "DeviceImportError",
    "ImportSummary",
    "import_devices",
    "sniff_format",
]


@dataclass
class ImportSummary:
    path: str
    format: str
    body_id: int | None
    rows: int
    devices: int
    skipped: int
    columns: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def import_devices(session: Session, path: str | Path, body_id: int | str | None = None) -> ImportSummary:
    """Read ``path`` (nmap XML, CSV or XLSX), store its devices for the body, recompute the body's facts."""
    file = Path(path)
    body = find_body(session, body_id)
    bid = body.id if body else None
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise DeviceImportError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    fmt = sniff_format(file, data)
    if fmt == "discover":
        return _import_scan(session, file, data, bid)
    if fmt == "nmap":
        records = parse_nmap_xml(data, file)
        rows, columns = len(records), dict[str, str]()
    else:
        table = list(xlsx_rows(data, file) if fmt == "xlsx" else csv_rows(data, file))
        records, columns, rows = parse_inventory(table, hashlib.sha256(data).hexdigest()[:12], file)
    store_devices(session, records, bid)
    return ImportSummary(str(file), fmt, bid, rows, len(records), max(rows - len(records), 0), columns)


def _import_scan(session: Session, file: Path, data: bytes, body_id: int | None) -> ImportSummary:
    """A `discover --json` file stored as the scan it was, once: the same file again for the same body adds
    nothing."""
    reports = read_scan(data, file)
    video = [r for r in reports if r.is_video_device]
    digest = hashlib.sha256(data).hexdigest()
    done = select(Scan.options).where(
        Scan.body_id == body_id if body_id is not None else Scan.body_id.is_(None)
    )
    if any((options or {}).get("sha256") == digest for options in session.scalars(done)):
        return ImportSummary(str(file), "discover", body_id, len(reports), 0, len(reports), {})
    options = {"imported_from": file.name, "sha256": digest}
    scan = start_scan(session, [r.address for r in reports], options, body_id)
    found = finish_scan(session, scan, video)
    return ImportSummary(
        str(file), "discover", body_id, len(reports), len(found), len(reports) - len(video), {}
    )


def sniff_format(path: Path, data: bytes) -> str:
    head = data[:4096].lstrip()
    if head.startswith(b"PK"):
        return "xlsx"
    if head.startswith(b"<?xml") or head.startswith(b"<nmaprun") or b"<nmaprun" in head:
        if b"<nmaprun" not in data[:65536]:
            raise DeviceImportError(f"{path}: XML but not nmap output (no <nmaprun>)")
        return "nmap"
    if looks_like_scan(data):
        return "discover"
    if path.suffix.lower() in (".xls", ".ods"):
        raise DeviceImportError(
            f"{path}: {path.suffix} is not supported; save the inventory as .xlsx or .csv"
        )
    return "csv"
