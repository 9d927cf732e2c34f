"""The demo's register: the real bundled UK register, a synthetic GIAS export of schools, and a sample."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy.orm import Session

from camcensus.enums import BodyType, Nation
from camcensus.registry import service
from camcensus.registry.records import slug
from camcensus.safetext import csv_writer
from camcensus.store.models import Body

GIAS_HEADER = [
    "URN",
    "LA (name)",
    "EstablishmentName",
    "TypeOfEstablishment (name)",
    "EstablishmentTypeGroup (name)",
    "EstablishmentStatus (name)",
    "PhaseOfEducation (name)",
    "Postcode",
    "GOR (name)",
    "Easting",
    "Northing",
]
# synthetic schools in a real GIAS layout: (URN, LA, name, type, phase, region, easting, northing)
SCHOOLS = [
    (
        "990001",
        "Leeds",
        "Northfield Academy (synthetic)",
        "Academy converter",
        "Secondary",
        "Yorkshire and the Humber",
        430000,
        434000,
    ),
    (
        "990002",
        "Kent",
        "Medway Vale School (synthetic)",
        "Community school",
        "Secondary",
        "South East",
        575000,
        158000,
    ),
    (
        "990003",
        "Birmingham",
        "Hollybank High School (synthetic)",
        "Academy sponsor led",
        "Secondary",
        "West Midlands",
        407000,
        286000,
    ),
    (
        "990004",
        "Devon",
        "Exe Valley Community College (synthetic)",
        "Community school",
        "Secondary",
        "South West",
        292000,
        93000,
    ),
    (
        "990005",
        "Cumberland",
        "Fellside School (synthetic)",
        "Foundation school",
        "Secondary",
        "North West",
        340000,
        555000,
    ),
    (
        "990006",
        "Norfolk",
        "Broadland High (synthetic)",
        "Academy converter",
        "Secondary",
        "East of England",
        630000,
        310000,
    ),
    (
        "990007",
        "Cardiff",
        "Ysgol Uwchradd Llanisien (synthetic)",
        "Community school",
        "Secondary",
        "Wales (pseudo)",
        318000,
        181000,
    ),
    (
        "990008",
        "Gwynedd",
        "Ysgol Eryri (synthetic)",
        "Community school",
        "Secondary",
        "Wales (pseudo)",
        258000,
        362000,
    ),
]
SAMPLE_PLAN = [  # (body type, nation, how many)
    (BodyType.COUNCIL, Nation.ENGLAND, 14),
    (BodyType.COUNCIL, Nation.SCOTLAND, 5),
    (BodyType.COUNCIL, Nation.WALES, 4),
    (BodyType.COUNCIL, Nation.NORTHERN_IRELAND, 3),
    (BodyType.NHS_TRUST, Nation.ENGLAND, 8),
    (BodyType.NHS_HEALTH_BOARD, Nation.SCOTLAND, 3),
    (BodyType.NHS_HEALTH_BOARD, Nation.WALES, 2),
    (BodyType.HSC_TRUST, Nation.NORTHERN_IRELAND, 2),
    (BodyType.POLICE, Nation.ENGLAND, 5),
    (BodyType.POLICE, Nation.SCOTLAND, 1),
    (BodyType.POLICE, Nation.WALES, 2),
    (BodyType.POLICE, Nation.NORTHERN_IRELAND, 1),
    (BodyType.SCHOOL, Nation.ENGLAND, 6),
    (BodyType.SCHOOL, Nation.WALES, 2),
]


def write_synthetic_gias(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="cp1252") as fh:
        writer = csv_writer(fh)
        writer.writerow(GIAS_HEADER)
        for urn, la, name, kind, phase, region, easting, northing in SCHOOLS:
            writer.writerow(
                [
                    urn,
                    la,
                    name,
                    kind,
                    "Academies" if "Academy" in kind else "Local authority maintained schools",
                    "Open",
                    phase,
                    "",
                    region,
                    easting,
                    northing,
                ]
            )
    return path


def build_register(session: Session, work_dir: Path) -> dict[str, int]:
    bundled = service.import_bundled(session)
    schools = service.import_file(session, write_synthetic_gias(work_dir / "gias-synthetic.csv"), "gias")
    return {
        "bundled": bundled.added + bundled.unchanged + bundled.updated,
        "schools": schools.added + schools.unchanged,
    }


def sample_bodies(session: Session, seed: int) -> list[Body]:
    """A fixed random sample of real bodies across sectors and nations, with synthetic FOI addresses."""
    rng = random.Random(seed)
    chosen: list[Body] = []
    for body_type, nation, count in SAMPLE_PLAN:
        pool = service.list_bodies(session, body_type=body_type, nation=nation)
        if body_type is BodyType.COUNCIL:
            pool = [
                b for b in pool if b.subtype not in ("Combined authority", "Strategic Regional Authority")
            ]
        chosen.extend(rng.sample(pool, min(count, len(pool))))
    service.set_addresses(session, {b.code: f"foi@{slug(b.name)[:40].strip('-')}.example" for b in chosen})
    return chosen
