"""Devices from an estate's asset inventory (CSV or XLSX: the list of its cameras an estate keeps, often
called its asset register): the header row is found among the first rows and its columns are mapped by name,
fuzzily ("Manufacturer", "Cam make" -> make; "S/N", "Serial No." -> serial; "Date commissioned" -> install
date)."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from camcensus.enums import DeviceSource
from camcensus.knowledge.ouis import normalise_mac
from camcensus.knowledge.vendors import STATUS_THRESHOLD, match_model, resolve_brand
from camcensus.network.record import DeviceImportError, DeviceRecord

MAX_ROWS = 200_000

FIELDS: dict[str, tuple[str, ...]] = {
    "make": ("make", "manufacturer", "brand", "vendor", "maker", "mfr", "manuf", "camera make", "oem"),
    "model": (
        "model",
        "model no",
        "model number",
        "product",
        "part number",
        "part no",
        "camera model",
        "type model",
        "product code",
    ),
    "mac": ("mac", "mac address", "hw address", "hardware address", "ethernet address", "physical address"),
    "serial": ("serial", "serial no", "serial number", "sn", "s n", "serial num"),
    "location": (
        "location",
        "site",
        "position",
        "installed at",
        "camera location",
        "area",
        "building",
        "place",
        "mounting location",
        "where",
    ),
    "installed_on": (
        "install date",
        "installed",
        "installation date",
        "date installed",
        "date of installation",
        "commissioned",
        "date commissioned",
        "commissioning date",
        "installed on",
        "fitted",
    ),
    "address": ("ip", "ip address", "ipv4", "host", "network address"),
    "device_type": ("device type", "asset type", "type", "category", "equipment type", "class"),
}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).strip()


def map_columns(header: Sequence[Any]) -> dict[str, int]:
    """Field -> column index, by exact, contained or close (difflib) match of the normalised names."""
    best: dict[str, tuple[float, int]] = {}
    for index, raw in enumerate(header):
        name = _norm(raw)
        if not name:
            continue
        for fieldname, synonyms in FIELDS.items():
            score = max(_similarity(name, s) for s in synonyms)
            if score >= 0.75 and score > best.get(fieldname, (0.0, -1))[0]:
                best[fieldname] = (score, index)
    # One column feeds one field: the better-scoring field keeps it.
    taken: dict[int, tuple[float, str]] = {}
    for fieldname, (score, index) in best.items():
        if index not in taken or score > taken[index][0]:
            taken[index] = (score, fieldname)
    return {fieldname: index for index, (_, fieldname) in taken.items()}


def _similarity(name: str, synonym: str) -> float:
    if name == synonym:
        return 1.0
    words = name.split()
    if synonym in words or (" " in synonym and synonym in name):
        return 0.9 - 0.02 * max(len(words) - len(synonym.split()), 0)
    return difflib.SequenceMatcher(None, name, synonym).ratio() * 0.95


def _header_row(rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    best = (-1, {})  # type: tuple[int, dict[str, int]]
    for i, row in enumerate(rows[:15]):
        mapping = map_columns(row)
        if ("make" in mapping or "model" in mapping) and len(mapping) > len(best[1]):
            best = (i, mapping)
    return best


def parse_inventory(
    rows: list[list[Any]], file_id: str, path: Path | str
) -> tuple[list[DeviceRecord], dict[str, str], int]:
    start, mapping = _header_row(rows)
    if start < 0:
        raise DeviceImportError(f"{path}: no header row naming a make or model column in the first 15 rows")
    header = rows[start]
    records = []
    data_rows = rows[start + 1 :]
    for n, row in enumerate(data_rows, start=start + 2):
        values = {f: _cell(row, i) for f, i in mapping.items()}
        if not any(values.get(k) for k in ("make", "model", "serial", "mac")):
            continue
        records.append(_inventory_record(values, f"{file_id}:row{n}"))
    columns = {f: str(header[i]) for f, i in mapping.items()}
    return records, columns, sum(1 for r in data_rows if any(str(c or "").strip() for c in r))


def _cell(row: Sequence[Any], index: int) -> Any:
    if index >= len(row):
        return None
    value = row[index]
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _inventory_record(values: dict[str, Any], fallback: str) -> DeviceRecord:
    make = str(values.get("make") or "").strip() or None
    model = str(values.get("model") or "").strip() or None
    vendor = brand = None
    confidence = 0.0
    if make and (match := resolve_brand(make)) and match.confidence >= STATUS_THRESHOLD:
        vendor, brand, confidence = match.vendor, match.brand, max(match.confidence, 0.9)
    found = match_model(model or "") if model else []
    kind = _kind(values.get("device_type"))
    if found:
        m = max(found, key=lambda x: (x.end - x.start, x.confidence))
        if vendor is None and m.confidence >= STATUS_THRESHOLD:
            vendor, brand, confidence = m.vendor, m.brand, m.confidence
        kind = kind or (m.device_type if m.device_type != "other" else None)
    return DeviceRecord(
        source=DeviceSource.INVENTORY,
        address=str(values["address"]).strip() if values.get("address") else None,
        mac=normalise_mac(str(values.get("mac") or "")),
        vendor=vendor,
        brand=brand or make,
        model=model,
        device_type=kind,
        serial=str(values["serial"]).strip() if values.get("serial") else None,
        location=str(values["location"]).strip()[:300] if values.get("location") else None,
        installed_on=parse_date(values.get("installed_on")),
        confidence=confidence or 0.3,
        evidence=[
            {
                "probe": DeviceSource.INVENTORY.value,
                "detail": "row " + fallback.split(":row")[-1],
                "make": make,
                "model": model,
            }
        ],
        fallback_key=fallback,
    )


def _kind(value: Any) -> str | None:
    text = _norm(str(value or ""))
    if not text:
        return None
    if "ptz" in text:
        return "ptz"
    if any(w in text for w in ("nvr", "dvr", "xvr", "recorder")):
        return "recorder"
    if any(w in text for w in ("camera", "cctv", "dome", "bullet", "turret", "ipc")):
        return "camera"
    if "intercom" in text:
        return "intercom"
    return "other"


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %Y",
    "%b %Y",
    "%m/%Y",
    "%Y",
)


def parse_date(value: Any) -> dt.date | None:
    """UK-style dates as inventories write them; Excel dates arrive as datetime already."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def csv_rows(data: bytes, path: Path) -> Iterator[list[Any]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DeviceImportError(f"{path}: not a text file (neither UTF-8 nor Windows-1252)")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    for n, row in enumerate(csv.reader(io.StringIO(text), dialect)):
        if n >= MAX_ROWS:
            break
        yield list(row)


def xlsx_rows(data: bytes, path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zip, XML or format errors
        raise DeviceImportError(f"{path}: not a readable .xlsx workbook ({exc})") from exc
    sheet = _inventory_sheet(book)
    for n, row in enumerate(sheet.iter_rows(values_only=True)):
        if n >= MAX_ROWS:
            break
        yield list(row)


def _inventory_sheet(book: Any) -> Any:
    """The first sheet whose top rows hold a header with a make or model column."""
    for sheet in book.worksheets:
        top = [list(r) for r in sheet.iter_rows(max_row=15, values_only=True)]
        if _header_row(top)[0] >= 0:
            return sheet
    return book.worksheets[0]
