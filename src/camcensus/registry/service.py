"""Register workflows over the store: import (idempotent upsert by code) and list."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import BodyType, Nation
from camcensus.registry import bundled
from camcensus.registry.addresses import body_domains, check_mailbox
from camcensus.registry.importers import READERS, detect_format, format_reader
from camcensus.registry.records import BodyRecord, RowError
from camcensus.store.models import Body

_COPIED = [f.name for f in fields(BodyRecord) if f.name != "code"]


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [{"path": e.path, "line": e.line, "reason": e.reason} for e in self.errors],
        }


def upsert_bodies(session: Session, items: Iterable[BodyRecord | RowError]) -> ImportResult:
    result = ImportResult()
    existing = {b.code: b for b in session.scalars(select(Body))}
    for item in items:
        if isinstance(item, RowError):
            result.errors.append(item)
            continue
        body = existing.get(item.code)
        if body is None:
            body = Body(code=item.code, **{k: getattr(item, k) for k in _COPIED})
            session.add(body)
            existing[item.code] = body
            result.added += 1
            continue
        changed = False
        for key in _COPIED:
            new = getattr(item, key)
            if key in ("email", "domains") and not new:
                continue  # an import without addresses never wipes addresses (or domains) added earlier
            if getattr(body, key) != new:
                setattr(body, key, new)
                changed = True
        result.updated += changed
        result.unchanged += not changed
    session.flush()
    return result


def import_bundled(session: Session) -> ImportResult:
    return upsert_bodies(session, bundled.uk_register())


def import_file(session: Session, path: Path, fmt: str | None = None) -> ImportResult:
    """Import a register file in ``fmt`` (``csv``, ``gias``, ``nhs-ods``; detected when None). A deprecated
    format name (``ods``) still reads, with a DeprecationWarning; the CLI prints it."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        fmt, note = format_reader(fmt or detect_format(path))
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    if note:
        warnings.warn(note, DeprecationWarning, stacklevel=2)
    return upsert_bodies(session, READERS[fmt](path))


def list_bodies(
    session: Session,
    body_type: BodyType | None = None,
    nation: Nation | None = None,
    subtype: str | None = None,
) -> list[Body]:
    query = select(Body).where(Body.current.is_(True)).order_by(Body.body_type, Body.name)
    if body_type:
        query = query.where(Body.body_type == body_type)
    if nation:
        query = query.where(Body.nation == nation)
    if subtype:
        query = query.where(Body.subtype == subtype)
    return list(session.scalars(query))


def body_as_dict(body: Body) -> dict[str, object]:
    return {
        "id": body.id,
        "code": body.code,
        "name": body.name,
        "body_type": body.body_type.value,
        "subtype": body.subtype,
        "nation": body.nation.value,
        "region": body.region,
        "email": body.email,
        "lat": body.lat,
        "lon": body.lon,
        "easting": body.easting,
        "northing": body.northing,
        "wdtk_id": body.wdtk_id,
        "source": body.source,
        "domains": own_domains(body),
    }


def own_domains(body: Body) -> list[str]:
    """The domains a body writes from: its FOI address's, its website's and those the register declares."""
    extra = body.extra or {}
    return body_domains(body.email, extra.get("website") or extra.get("SchoolWebsite"), body.domains or [])


def set_addresses(session: Session, addresses: dict[str, str]) -> int:
    """Record FOI addresses for bodies by code (each one valid mailbox: AddressError otherwise); returns how
    many bodies changed."""
    addresses = {code: check_mailbox(address) for code, address in addresses.items()}
    changed = 0
    for body in session.scalars(select(Body).where(Body.code.in_(list(addresses)))):
        if body.email != addresses[body.code]:
            body.email = addresses[body.code]
            changed += 1
    session.flush()
    return changed
