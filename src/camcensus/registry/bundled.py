"""The UK register shipped with the package (see data/ATTRIBUTION.md)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources

from camcensus.enums import BodyType, Nation
from camcensus.registry.records import BodyRecord, slug, to_float

LA_SOURCE = "mySociety uk_local_authority_names_and_codes (MIT)"
NHS_SOURCE = "NHS ODS (OGL v3)"
POLICE_SOURCE = "public record"


def _rows(name: str) -> Iterator[dict[str, str]]:
    with resources.files("camcensus.registry").joinpath("data", name).open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def local_authorities(include_former: bool = False) -> Iterator[BodyRecord]:
    for row in _rows("uk_local_authorities.csv"):
        current = row["current-authority"] == "True"
        if not current and not include_former:
            continue
        yield BodyRecord(
            code=f"la:{row['local-authority-code']}",
            name=row["official-name"],
            body_type=BodyType.COUNCIL,
            nation=Nation.parse(row["nation"]),
            source=LA_SOURCE,
            subtype=row["local-authority-type-name"] or None,
            region=row["region"] or None,
            lat=to_float(row["lat"]),
            lon=to_float(row["long"]),
            easting=to_float(row["x"]),
            northing=to_float(row["y"]),
            wdtk_id=(row["wdtk-id"] or "").removesuffix(".0") or None,
            current=current,
            extra={"gss_code": row["gss-code"], "nice_name": row["nice-name"], "aliases": _aliases(row)},
        )


def _aliases(row: dict[str, str]) -> list[str]:
    """The other names the source lists for an authority, once each whatever their case."""
    names = [n.strip() for n in (row.get("alt-names") or "").split(",") if n.strip()]
    return list({n.casefold(): n for n in reversed(names)}.values())[::-1]


def nhs_bodies() -> Iterator[BodyRecord]:
    """One record per ODS code. The source lists Powys (7A7) twice, once mislabelled as an English trust;
    a later row for the same code is the corrected one and its extra fields are merged in."""
    merged: dict[str, BodyRecord] = {}
    for record in _nhs_rows():
        earlier = merged.get(record.code)
        if earlier is not None:
            record = replace(
                record, region=record.region or earlier.region, extra={**earlier.extra, **record.extra}
            )
        merged[record.code] = record
    yield from merged.values()


def _nhs_rows() -> Iterator[BodyRecord]:
    for row in _rows("nhs_bodies.csv"):
        key = row["ods_code"] or slug(row["name"])
        yield BodyRecord(
            code=f"nhs:{key}",
            name=row["name"],
            body_type=BodyType(row["body_type"]),
            nation=Nation.parse(row["nation"]),
            source=NHS_SOURCE,
            region=row.get("town") or None,
            extra={k: v for k, v in row.items() if k in ("ods_code", "town", "postcode") and v},
        )


def police_forces() -> Iterator[BodyRecord]:
    for row in _rows("police_forces.csv"):
        yield BodyRecord(
            code=f"police:{slug(row['name'])}",
            name=row["name"],
            body_type=BodyType.POLICE,
            nation=Nation.parse(row["nation"]),
            source=POLICE_SOURCE,
            subtype=row["force_kind"],
        )


def uk_register() -> Iterator[BodyRecord]:
    """Every current body the package ships: councils, NHS bodies, police forces."""
    yield from local_authorities()
    yield from nhs_bodies()
    yield from police_forces()
