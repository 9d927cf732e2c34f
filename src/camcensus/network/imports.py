"""Devices from files, linked to a body: nmap XML (``camcensus.network.nmap``) and asset inventories in CSV
or XLSX (``camcensus.network.inventory``), told apart by their first bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from camcensus.network.inventory import csv_rows, parse_inventory, xlsx_rows
from camcensus.network.nmap import parse_nmap_xml
from camcensus.network.record import DeviceImportError, find_body, store_devices

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
    if fmt == "nmap":
        records = parse_nmap_xml(data, file)
        rows, columns = len(records), dict[str, str]()
    else:
        table = list(xlsx_rows(data, file) if fmt == "xlsx" else csv_rows(data, file))
        records, columns, rows = parse_inventory(table, hashlib.sha256(data).hexdigest()[:12], file)
    store_devices(session, records, bid)
    return ImportSummary(str(file), fmt, bid, rows, len(records), max(rows - len(records), 0), columns)


def sniff_format(path: Path, data: bytes) -> str:
    head = data[:4096].lstrip()
    if head.startswith(b"PK"):
        return "xlsx"
    if head.startswith(b"<?xml") or head.startswith(b"<nmaprun") or b"<nmaprun" in head:
        if b"<nmaprun" not in data[:65536]:
            raise DeviceImportError(f"{path}: XML but not nmap output (no <nmaprun>)")
        return "nmap"
    if path.suffix.lower() in (".xls", ".ods"):
        raise DeviceImportError(
            f"{path}: {path.suffix} is not supported; save the inventory as .xlsx or .csv"
        )
    return "csv"
