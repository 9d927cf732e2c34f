"""Crafted estates: bodies with reply facts (as the evidence stage leaves them) and devices (as the
network stage and asset-register import leave them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from camcensus.enums import BodyType, Nation
from camcensus.store.models import Body, BodyFact, Device


@dataclass
class EstateBuilder:
    session: Session

    def body(self, code: str, name: str, body_type: BodyType, nation: Nation = Nation.ENGLAND) -> Body:
        body = Body(code=code, name=name, body_type=body_type, nation=nation, source="test")
        self.session.add(body)
        self.session.flush()
        return body

    def fact(self, body: Body, key: str, value: Any, evidence_ids: list[int] | None = None) -> None:
        text = json.dumps(value) if isinstance(value, list) else str(value)
        self.session.add(BodyFact(body_id=body.id, key=key, value=text, evidence_ids=evidence_ids or []))

    def devices(
        self,
        body: Body,
        source: str,
        count: int,
        *,
        vendor: str | None,
        device_type: str = "camera",
        brand: str | None = None,
        serial_prefix: str | None = None,
        mac_prefix: str | None = None,
        start: int = 1,
    ) -> None:
        for n in range(start, start + count):
            serial = f"{serial_prefix}{n:04d}" if serial_prefix else None
            mac = f"{mac_prefix}:{n:02x}" if mac_prefix else None
            key = f"{source}:{body.id}:{serial or mac or device_type + str(n)}:{vendor}"
            self.session.add(
                Device(
                    device_key=key,
                    body_id=body.id,
                    source=source,
                    vendor=vendor,
                    brand=brand,
                    device_type=device_type,
                    serial=serial,
                    mac=mac,
                    evidence=[],
                )
            )
        self.session.flush()


def build_estates(session: Session) -> dict[str, Body]:
    """Five bodies covering every counting case; expected figures are worked out in the tests."""
    b = EstateBuilder(session)
    a = b.body("test:A", "Council A", BodyType.COUNCIL)
    b.devices(a, "inventory", 10, vendor="Hikvision", serial_prefix="HF")
    b.devices(a, "inventory", 2, vendor="Hikvision", device_type="ptz", serial_prefix="HP")
    b.devices(a, "inventory", 1, vendor="Hikvision", device_type="recorder", serial_prefix="HN")
    b.devices(a, "inventory", 3, vendor="Axis", serial_prefix="AX")
    b.devices(a, "discovery", 1, vendor="Hikvision", serial_prefix="HF")  # the same camera as HF0001
    b.fact(a, "camera_count", 15, [11])
    b.fact(a, "hikvision", "yes", [12])
    nhs = b.body("test:B", "Trust B", BodyType.NHS_TRUST)
    b.fact(nhs, "camera_count", 40, [21])
    b.fact(nhs, "hikvision", "yes", [22, 23])
    b.fact(nhs, "dahua", "unknown")
    police = b.body("test:C", "Force C", BodyType.POLICE)
    b.fact(police, "hikvision", "yes", [31])
    b.fact(police, "capabilities", ["facial_recognition", "anpr"], [32])
    d = b.body("test:D", "Council D", BodyType.COUNCIL, Nation.SCOTLAND)
    b.fact(d, "camera_count", 20)
    b.fact(d, "hikvision", "no")
    b.fact(d, "dahua", "no")
    e = b.body("test:E", "School E", BodyType.SCHOOL, Nation.WALES)
    b.devices(e, "discovery", 3, vendor="Dahua", mac_prefix="38:af:29:00:00")
    b.devices(e, "discovery", 1, vendor=None, mac_prefix="00:11:22:33:44")
    return {"A": a, "B": nhs, "C": police, "D": d, "E": e}
