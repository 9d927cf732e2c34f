"""The vendor catalogue: each vendor with its brands (from the knowledge base), the restrictions that name it,
its security advisories and the human-rights concerns documented about it — every fact with its source."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from camcensus.knowledge import restrictions as kr
from camcensus.knowledge import vendors as kv


@dataclass(frozen=True)
class BrandInfo:
    name: str
    relationship: str = ""
    confidence: str = ""
    source: str = ""
    status: str = "current"  # current | former: a former tie (Lorex after its sale) is not the vendor's today
    evidence: str = ""  # vendor | named_source | community
    valid_from: str = ""
    valid_to: str = ""


@dataclass
class VendorEntry:
    name: str
    brands: list[BrandInfo] = field(default_factory=list)
    restrictions: list[kr.Restriction] = field(default_factory=list)
    advisories: list[kr.Advisory] = field(default_factory=list)
    concerns: list[kr.HumanRightsConcern] = field(default_factory=list)

    @property
    def restricted(self) -> bool:
        return bool(self.restrictions)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "brands": [b.name for b in self.brands],
            "restrictions": [r.as_dict() for r in self.restrictions],
            "cves": [a.id for a in self.advisories],
            "advisories": [a.as_dict() for a in self.advisories],
            "human_rights": [c.as_dict() for c in self.concerns],
            "brand_relations": [
                {
                    "name": b.name,
                    "relationship": b.relationship,
                    "confidence": b.confidence,
                    "source": b.source,
                    "status": b.status,
                    "evidence": b.evidence,
                    "valid_from": b.valid_from or None,
                    "valid_to": b.valid_to or None,
                }
                for b in self.brands
            ],
        }


def _brand(brand: kv.Brand) -> BrandInfo:
    return BrandInfo(
        name=brand.name,
        relationship=brand.relationship,
        confidence=str(brand.confidence),
        source=brand.source,
        status=brand.status.value,
        evidence=brand.evidence.value,
        valid_from=brand.since_text,
        valid_to=brand.until_text,
    )


def knowledge_vendors() -> list[tuple[str, list[BrandInfo]]]:
    """Vendor names and brands from `camcensus.knowledge.vendors` (the one brand table of the project)."""
    return [(v.name, [_brand(b) for b in v.brands]) for v in kv.vendors()]


def vendor_catalogue() -> list[VendorEntry]:
    """Every known vendor; vendors named only by a restriction or advisory are included too."""
    entries: dict[str, VendorEntry] = {}
    for name, brands in knowledge_vendors():
        entries.setdefault(name.casefold(), VendorEntry(name=name, brands=brands))
    named = [r.vendor for r in kr.restrictions()] + [a.vendor for a in kr.advisories()]
    named += [c.vendor for c in kr.human_rights_concerns()]
    for name in named:
        entries.setdefault(name.casefold(), VendorEntry(name=name))
    for entry in entries.values():
        entry.restrictions = kr.restrictions_for(entry.name)
        entry.advisories = kr.advisories_for(entry.name)
        entry.concerns = kr.concerns_for(entry.name)
    return sorted(entries.values(), key=lambda e: (not e.restricted, e.name.casefold()))


def vendor_entry(name: str) -> VendorEntry | None:
    key = name.strip().casefold()
    return next((e for e in vendor_catalogue() if e.name.casefold() == key), None)


def restricted_vendor_names() -> set[str]:
    """Casefolded names of vendors under at least one restriction."""
    return {v.casefold() for v in kr.restricted_vendors()}


def resolve_vendor(vendor: str | None, brand: str | None) -> str | None:
    """The parent vendor of a device: its recorded vendor, else its brand resolved by the knowledge base."""
    if vendor and vendor.strip():
        return canonical_vendor(vendor)
    if not brand or not brand.strip():
        return None
    resolved = kv.resolve_brand(brand)
    if resolved is None:
        return canonical_vendor(brand) if brand.casefold() in _catalogue_names() else None
    return canonical_vendor(resolved.vendor) if resolved.vendor else None


@cache
def _catalogue_names() -> dict[str, str]:
    return {e.name.casefold(): e.name for e in vendor_catalogue()}


def canonical_vendor(name: str) -> str:
    """The catalogue's spelling of a vendor name ("hikvision" -> "Hikvision"); unknown names unchanged."""
    return _catalogue_names().get(name.strip().casefold(), name.strip())
