"""Readers for register files users bring: a plain CSV, the DfE GIAS export and the NHS ODS layout
(``nhs-ods``: the NHS Organisation Data Service's codes, not an OpenDocument spreadsheet).

Each yields BodyRecords and RowErrors; a bad row is reported with its line number and the rest imports.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from camcensus.enums import BodyType, Nation
from camcensus.registry.addresses import AddressError, check_mailbox, parse_domains
from camcensus.registry.records import BodyRecord, RowError, slug, to_float

PLAIN_COLUMNS = ("name", "body_type", "nation")
GIAS_COLUMNS = ("URN", "EstablishmentName", "TypeOfEstablishment (name)", "PhaseOfEducation (name)")
GIAS_OPEN = {"open", "open, but proposed to close"}

Parsed = Iterator[BodyRecord | RowError]


def read_text(path: Path) -> str:
    """Registers come as UTF-8, UTF-8 with BOM or Windows-1252 (GIAS); decode whichever it is."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("cp1252", errors="replace")


def detect_format(path: Path) -> str:
    header = next(csv.reader(io.StringIO(read_text(path))), [])
    if all(col in header for col in GIAS_COLUMNS):
        return "gias"
    if "ods_code" in header:
        return "nhs-ods"
    return "csv"


def _body_type(text: str) -> BodyType:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {
        "local_authority": "council",
        "la": "council",
        "trust": "nhs_trust",
        "health_board": "nhs_health_board",
    }
    try:
        return BodyType(aliases.get(key, key))
    except ValueError:
        allowed = ", ".join(t.value for t in BodyType)
        raise ValueError(f"unknown body_type {text!r} (expected one of {allowed})") from None


def read_plain_csv(path: Path) -> Parsed:
    """``name,body_type,nation,email`` plus any extra columns, which are kept."""
    reader = csv.DictReader(io.StringIO(read_text(path)))
    missing = [c for c in PLAIN_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        yield RowError(str(path), 1, f"missing column(s): {', '.join(missing)}")
        return
    for line, row in enumerate(reader, start=2):
        try:
            name = (row.get("name") or "").strip()
            if not name:
                raise ValueError("empty name")
            body_type = _body_type(row.get("body_type") or "")
            nation = Nation.parse(row.get("nation") or "")
            email = (row.get("email") or "").strip() or None
            if email:
                email = check_mailbox(email)
            code = (row.get("code") or "").strip() or f"csv:{body_type.value}:{slug(name)}"
            known = {"name", "body_type", "nation", "email", "code", "subtype", "lat", "lon", "domains"}
            yield BodyRecord(
                code=code,
                name=name,
                body_type=body_type,
                nation=nation,
                email=email,
                source=f"csv:{path.name}",
                subtype=(row.get("subtype") or None),
                lat=to_float(row.get("lat")),
                lon=to_float(row.get("lon")),
                extra={k: v for k, v in row.items() if k and k not in known and v not in (None, "")},
                domains=parse_domains(row.get("domains")),
            )
        except ValueError as exc:
            yield RowError(str(path), line, str(exc))


def read_gias(path: Path, include_closed: bool = False) -> Parsed:
    """DfE Get Information About Schools export (``edubasealldata<date>.csv``)."""
    reader = csv.DictReader(io.StringIO(read_text(path)))
    missing = [c for c in GIAS_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        yield RowError(str(path), 1, f"not a GIAS export, missing column(s): {', '.join(missing)}")
        return
    for line, row in enumerate(reader, start=2):
        try:
            urn = (row.get("URN") or "").strip()
            if not urn.isdigit():
                raise ValueError(f"URN {urn!r} is not a number")
            status = (row.get("EstablishmentStatus (name)") or "Open").strip()
            if status.lower() not in GIAS_OPEN and not include_closed:
                continue
            name = (row.get("EstablishmentName") or "").strip()
            if not name:
                raise ValueError("empty EstablishmentName")
            phase = (row.get("PhaseOfEducation (name)") or "").strip().lower() or None
            email, problem = _school_address(row)
            if problem:  # the school is still surveyed; only its address is left out
                yield RowError(str(path), line, problem)
            region = (row.get("GOR (name)") or "").strip()
            nation = Nation.WALES if region.lower().startswith("wales") else Nation.ENGLAND
            yield BodyRecord(
                code=f"urn:{urn}",
                name=name,
                body_type=BodyType.SCHOOL,
                nation=nation,
                source=f"gias:{path.name}",
                subtype=phase,
                region=region or None,
                email=email,
                easting=to_float(row.get("Easting")),
                northing=to_float(row.get("Northing")),
                current=status.lower() in GIAS_OPEN,
                extra={
                    "establishment_type": row.get("TypeOfEstablishment (name)") or "",
                    "type_group": row.get("EstablishmentTypeGroup (name)") or "",
                    "la": row.get("LA (name)") or "",
                    "postcode": row.get("Postcode") or "",
                    "website": row.get("SchoolWebsite") or "",
                    "status": status,
                },
            )
        except ValueError as exc:
            yield RowError(str(path), line, str(exc))


def _school_address(row: dict[str, str]) -> tuple[str | None, str | None]:
    """A GIAS row's address, checked; (None, why) when it is not one valid mailbox."""
    raw = (row.get("Email") or row.get("MainEmail") or "").strip()
    if not raw:
        return None, None
    try:
        return check_mailbox(raw), None
    except AddressError as exc:
        return None, f"address not imported: {exc}"


def read_nhs_ods_csv(path: Path) -> Parsed:
    """The bundled NHS layout: ods_code,name,body_type,nation[,town,postcode]."""
    reader = csv.DictReader(io.StringIO(read_text(path)))
    for line, row in enumerate(reader, start=2):
        try:
            name = (row.get("name") or "").strip()
            if not name:
                raise ValueError("empty name")
            code = (row.get("ods_code") or "").strip() or slug(name)
            yield BodyRecord(
                code=f"nhs:{code}",
                name=name,
                body_type=_body_type(row.get("body_type") or ""),
                nation=Nation.parse(row.get("nation") or ""),
                source=f"ods:{path.name}",
                region=row.get("town") or None,
                extra={k: v for k, v in row.items() if k in ("ods_code", "town", "postcode") and v},
            )
        except ValueError as exc:
            yield RowError(str(path), line, str(exc))


READERS = {"csv": read_plain_csv, "gias": read_gias, "nhs-ods": read_nhs_ods_csv}
#: Format names kept for a while, each with the name that replaced it ("ods" read as OpenDocument).
DEPRECATED_FORMATS = {"ods": "nhs-ods"}


def format_reader(fmt: str) -> tuple[str, str | None]:
    """The format's current name, and a note when the name given is deprecated (ValueError when unknown)."""
    if fmt in DEPRECATED_FORMATS:
        new = DEPRECATED_FORMATS[fmt]
        return new, f"format {fmt!r} is deprecated: use {new!r} (NHS ODS, not an OpenDocument spreadsheet)"
    if fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(READERS)})")
    return fmt, None
