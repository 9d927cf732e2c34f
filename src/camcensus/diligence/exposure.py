"""Exposure of one body: its cameras by vendor and brand from every source, the best-supported count, the
equipment under each restriction, capabilities in use, sensitive-site flags and the replacement cost — each
line with the evidence behind it. See `camcensus.diligence.counts` for the counting rule."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from camcensus.diligence import counts
from camcensus.diligence.catalogue import canonical_vendor, resolve_vendor, vendor_entry
from camcensus.diligence.costs import CostEstimate, RestrictedEstate, UnitCost, replacement_cost, unit_costs
from camcensus.diligence.estate import BodyEstate, DeviceRow, distinct_itemised, evidence_ref, read_estate
from camcensus.diligence.sensitive import PROJECT_TEST, sensitive_flags
from camcensus.knowledge.restrictions import restricted_vendors, restrictions_for
from camcensus.store.models import Body

CAMERA_KINDS = {"fixed", "ptz"}


@dataclass
class BodyExposure:
    body: dict[str, Any]
    count: counts.BestCount
    lines: list[dict[str, Any]]
    vendors: list[counts.VendorCount]
    restricted: counts.VendorCount
    restrictions: list[dict[str, Any]]
    capabilities: dict[str, Any]
    sensitive: dict[str, Any]
    cost: CostEstimate | None
    cost_note: str
    flags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "camera_count": self.count.as_dict(),
            "rule": counts.__doc__,
            "lines": self.lines,
            "vendors": [v.as_dict() for v in self.vendors],
            "restricted_cameras": self.restricted.as_dict(),
            "restrictions": self.restrictions,
            "capabilities": self.capabilities,
            "sensitive": self.sensitive,
            "replacement_cost": self.cost.as_dict() if self.cost else None,
            "replacement_note": self.cost_note,
            "flags": self.flags,
        }


def _vendor_of(estate: BodyEstate) -> dict[int, str | None]:
    return {d.id: resolve_vendor(d.vendor, d.brand) for d in estate.devices}


def reply_status(estate: BodyEstate, vendor: str) -> str:
    """yes | no | unknown from the reply facts on this vendor; "" when the replies say nothing of it."""
    fact = estate.fact(vendor.casefold())
    if fact and fact.value.strip().lower() in ("yes", "no", "unknown"):
        return fact.value.strip().lower()
    listed = estate.fact("manufacturers")
    if listed and vendor.casefold() in {canonical_vendor(m).casefold() for m in listed.as_list()}:
        return "yes"
    return ""


def group_status(statuses: list[str]) -> str:
    if "yes" in statuses:
        return "yes"
    return "no" if statuses and all(s == "no" for s in statuses) else "unknown"


def _device_lines(estate: BodyEstate, vendor_of: dict[int, str | None]) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str, str], list[DeviceRow]] = defaultdict(list)
    for d in estate.devices:
        groups[(vendor_of[d.id] or "unknown", d.brand or "", d.kind, d.source)].append(d)
    return [
        {
            "vendor": v,
            "brand": b or None,
            "kind": k,
            "count": len(ds),
            "source": s,
            "evidence": {"source": s, "device_ids": [d.id for d in ds]},
        }
        for (v, b, k, s), ds in sorted(groups.items())
    ]


def _reply_lines(estate: BodyEstate, vendors: list[str]) -> list[dict[str, Any]]:
    lines = []
    for vendor in vendors:
        if reply_status(estate, vendor) != "yes":
            continue
        fact = estate.fact(vendor.casefold()) or estate.fact("manufacturers")
        lines.append(
            {
                "vendor": vendor,
                "brand": None,
                "kind": "camera",
                "count": None,
                "source": "reply",
                "evidence": evidence_ref(fact),
            }
        )
    return lines


def _group_count(
    estate: BodyEstate,
    best: counts.BestCount,
    vendor_of: dict[int, str | None],
    group: set[str],
    label: str,
    reply: str,
) -> counts.VendorCount:
    mine = [d for d in estate.devices if (vendor_of[d.id] or "").casefold() in group]
    others = [d for d in estate.devices if vendor_of[d.id] and vendor_of[d.id].casefold() not in group]  # type: ignore[union-attr]
    unknown = [d for d in estate.devices if not vendor_of[d.id]]
    itemised = distinct_itemised(mine, CAMERA_KINDS)[0]
    low, high, note = counts.count_range(
        best,
        itemised,
        distinct_itemised(unknown, CAMERA_KINDS)[0],
        distinct_itemised(others, CAMERA_KINDS)[0],
        reply,
        label,
    )
    listed = estate.fact("manufacturers")
    named = [canonical_vendor(m) for m in (listed.as_list() if listed else [])]
    central, assumption = counts.best_estimate(low, high, named, group, label)
    return counts.VendorCount(
        vendor=label,
        low=low,
        high=high,
        itemised=itemised,
        reply=reply,
        note=note,
        best=central,
        assumption=assumption,
    )


def _vendors_seen(estate: BodyEstate, vendor_of: dict[int, str | None]) -> list[str]:
    names = list(restricted_vendors())
    listed = estate.fact("manufacturers")
    names += [canonical_vendor(m) for m in (listed.as_list() if listed else [])]
    names += [v for v in vendor_of.values() if v]
    return list(dict.fromkeys(names))


def _restriction_lines(
    vendor_counts: list[counts.VendorCount], recorders: dict[str, int]
) -> list[dict[str, Any]]:
    lines = []
    for vc in vendor_counts:
        if not (vc.reply == "yes" or vc.itemised or recorders.get(vc.vendor)):
            continue
        for r in restrictions_for(vc.vendor):
            lines.append(
                {
                    **r.as_dict(),
                    "restriction": r.name,
                    "vendor": vc.vendor,
                    "cameras": vc.as_dict()["cameras"],
                    "best_estimate": vc.best,
                    "recorders": recorders.get(vc.vendor, 0),
                    "note": vc.note,
                }
            )
    return lines


CAPABILITY_LABELS = {
    "facial_recognition": "facial recognition",
    "anpr": "ANPR",
    "audio": "audio",
    "analytics": "analytics",
}


def _capabilities(estate: BodyEstate) -> dict[str, Any]:
    used, absent = estate.fact("capabilities"), estate.fact("capabilities_absent")
    in_use = used.as_list() if used else []
    return {
        "in_use": in_use,
        "absent": absent.as_list() if absent else [],
        "labels": {c: CAPABILITY_LABELS.get(c, c.replace("_", " ")) for c in in_use},
        "evidence": [e for e in (evidence_ref(used), evidence_ref(absent)) if e],
    }


def _cost(
    restricted: counts.VendorCount,
    estate: BodyEstate,
    restricted_devices: list[DeviceRow],
    costs: dict[str, UnitCost],
) -> tuple[CostEstimate | None, str]:
    if restricted.low is None or restricted.high is None:
        return None, f"not estimable: {restricted.note}"
    if restricted.high == 0 and not restricted_devices:
        return CostEstimate(low=0, high=0, best=0), "no restricted equipment"
    estate_to_price = RestrictedEstate(
        cameras_low=restricted.low,
        cameras_high=restricted.high,
        cameras_best=restricted.best,
        fixed=distinct_itemised(restricted_devices, {"fixed"})[0],
        ptz=distinct_itemised(restricted_devices, {"ptz"})[0],
        recorders=distinct_itemised(restricted_devices, {"recorder"})[0],
    )
    note = "itemised equipment priced line by line" if restricted.exact else restricted.note
    return replacement_cost(estate_to_price, costs), note


def body_summary(body: Any) -> dict[str, Any]:
    """A ``Body`` (or a row with its id, code, name, body_type and nation) as the exposure names it."""
    return {
        "id": body.id,
        "code": body.code,
        "name": body.name,
        "body_type": body.body_type.value,
        "nation": body.nation.value,
    }


def body_exposure(session: Session, body_id: int, costs: dict[str, UnitCost] | None = None) -> BodyExposure:
    """Everything known about one body's exposure to restricted vendors."""
    body = session.get(Body, body_id)
    if body is None:
        raise LookupError(f"no body with id {body_id}")
    return exposure_of(session, body, read_estate(session, body_id), costs)


def exposure_of(
    session: Session,
    body: Any,
    estate: BodyEstate,
    costs: dict[str, UnitCost] | None = None,
    declarations: Mapping[int, Any] | None = None,
) -> BodyExposure:
    """A body's exposure from its estate (read with `read_estate` or `read_estates`); ``body``: a ``Body`` or
    a row with its id, code, name, body_type and nation."""
    vendor_of = _vendor_of(estate)
    best = counts.best_count(estate)
    names = _vendors_seen(estate, vendor_of)
    vendor_counts = [
        _group_count(estate, best, vendor_of, {n.casefold()}, n, reply_status(estate, n)) for n in names
    ]
    restricted_names = {v.casefold() for v in restricted_vendors()}
    restricted = _group_count(
        estate,
        best,
        vendor_of,
        restricted_names,
        "restricted-vendor",
        group_status([reply_status(estate, v) for v in restricted_vendors()]),
    )
    restricted_devices = [d for d in estate.devices if (vendor_of[d.id] or "").casefold() in restricted_names]
    recorders = {
        n: distinct_itemised([d for d in restricted_devices if vendor_of[d.id] == n], {"recorder"})[0]
        for n in restricted_vendors()
    }
    cost, cost_note = _cost(restricted, estate, restricted_devices, costs or unit_costs())
    sensitive = sensitive_flags(session, body, declarations)
    exposure = BodyExposure(
        body=body_summary(body),
        count=best,
        lines=_device_lines(estate, vendor_of) + _reply_lines(estate, names),
        vendors=vendor_counts,
        restricted=restricted,
        restrictions=_restriction_lines(vendor_counts, recorders),
        capabilities=_capabilities(estate),
        sensitive=sensitive,
        cost=cost,
        cost_note=cost_note,
    )
    exposure.flags = _flags(exposure)
    return exposure


def _flags(exposure: BodyExposure) -> list[str]:
    flags = []
    uses = exposure.restricted.reply == "yes" or bool(exposure.restricted.low)
    if uses and exposure.sensitive["sensitive"]:
        flags.append(
            "restricted-vendor equipment at a body treated as sensitive"
            + (f" ({PROJECT_TEST})" if exposure.sensitive.get("project_test") else "")
        )
    if uses and {"facial_recognition", "audio"} & set(exposure.capabilities["in_use"]):
        flags.append("restricted-vendor estate with facial recognition or audio in use")
    if exposure.restricted.itemised and exposure.restricted.reply == "no":
        flags.append("the reply says no restricted vendor, but restricted devices are itemised")
    return flags


def known_vendor(name: str) -> bool:
    return vendor_entry(name) is not None
