"""Relabelled (OEM) brands of the vendors of concern: a brand named in a reply or on a device is traced to its
maker with the register's grade and status, while a brand that is also an ordinary word, a place or a generic
phrase is never read into ordinary prose."""

from __future__ import annotations

import datetime as dt

import pytest

from camcensus.knowledge import vendors as kv
from camcensus.knowledge.brands import STATUS_THRESHOLD, brand_history, brand_on, brands


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(m.match.brand, m.vendor, m.match.status) for m in kv.find_vendor_mentions(text)]


def test_new_oem_brands_are_found_in_a_reply_sentence() -> None:
    reply = (
        "The depot recorders are Speco units bought in 2016, the car park has two Montavue NVRs and the "
        "reception cameras are KBVision; the newer domes are Prama."
    )
    assert _named(reply) == [
        ("Speco Technologies", "Dahua", "former"),
        ("Montavue", "Dahua", "current"),
        ("KBVision", "Dahua", "current"),
        ("Prama", "Hikvision", "current"),
    ]
    speco = kv.find_vendor_mentions(reply)[0]
    assert speco.text == "Speco" and speco.match.how == "variant"
    # an OEM tie seen only in a community list never decides on its own that the maker is in use
    assert speco.match.confidence < STATUS_THRESHOLD


@pytest.mark.parametrize(
    ("model_string", "brand", "vendor", "evidence"),
    [
        ("Q-See QT5516 16CH NVR", "Q-See", "Dahua", "community"),
        ("ClareVision CV-T4MP turret", "ClareVision", "Hikvision", "community"),
        ("PRAMA PT-NC140D2-IM", "Prama", "Hikvision", "vendor"),
        ("Packetalk PT-400 camera", "Packetalk", "Dahua", "named_source"),
        ("Tyco Holis NVR 16", "Tyco Holis", "Dahua", "community"),
    ],
)
def test_new_oem_brands_are_found_in_a_device_model_string(
    model_string: str, brand: str, vendor: str, evidence: str
) -> None:
    """A device's make and model as it reports them (an ONVIF or nmap product string) names its maker."""
    found = kv.find_vendor_mentions(model_string)
    assert [(m.match.brand, m.vendor, m.match.evidence) for m in found] == [(brand, vendor, evidence)]
    resolved = kv.resolve_brand(model_string)
    assert resolved is not None and (resolved.brand, resolved.vendor) == (brand, vendor)


@pytest.mark.parametrize(
    "prose",
    [
        "We do not expose recorded footage to third parties.",
        "The new camera covers the Norden ward offices and the rhodium-plated connectors were replaced.",
        "A 2M CCTV pole stands by the eastern CCTV route; an ENS or GSS audit found nothing.",
        "Cameras on the Riva footbridge were replaced by the techpro team in the ascendent phase.",
    ],
)
def test_a_brand_that_is_an_ordinary_word_is_not_read_into_prose(prose: str) -> None:
    assert _named(prose) == []


@pytest.mark.parametrize("name", ["Expose", "Norden", "Rhodium", "2M CCTV", "Eastern CCTV", "ENS", "Riva"])
def test_a_guarded_name_is_kept_out_of_free_text_but_resolves_exactly(name: str) -> None:
    """The guard is the register's ``match`` column: the row stays (a device or asset register that names the
    brand exactly is still traced) but free text never takes the word as the brand."""
    rows = [b for b in brands() if b.name == name]
    assert rows and not any(b.match for b in rows)
    resolved = kv.resolve_brand(name)
    assert resolved is not None and resolved.vendor == "Dahua"
    assert resolved.confidence < STATUS_THRESHOLD


def test_another_makers_own_name_is_never_read_as_the_oem_vendor() -> None:
    """Bosch, Panasonic and FLIR appear in the archive's Dahua OEM list, but their names stay their own."""
    for name, own in [
        ("Bosch", "Bosch"),
        ("Panasonic", "Panasonic"),
        ("FLIR", "FLIR"),
        ("Annke", "Hikvision"),
    ]:
        assert kv.resolve_brand(name).vendor == own
        assert [m.vendor for m in kv.find_vendor_mentions(f"We use {name} recorders.")] == [own]
        assert any(b.vendor == "Dahua" for b in brand_history(name)), name


def test_a_former_oem_without_an_end_date_cannot_be_dated() -> None:
    """The archive lists former OEMs without saying when the tie ended, so a date cannot be answered."""
    assert brand_on("Speco Technologies", "Dahua", dt.date(2017, 1, 1)) is None
    assert brand_on("Montavue", "Dahua", dt.date(2024, 1, 1)) is True
    assert brand_on("Sansco", "Dahua", dt.date(2024, 1, 1)) is None  # an unconfirmed tie
