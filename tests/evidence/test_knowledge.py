"""The vendor knowledge base: brands to parents, spellings and OCR noise, model numbers and their
look-alikes."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from camcensus.knowledge.vendors import (
    brands,
    find_software_mentions,
    find_vendor_mentions,
    match_model,
    resolve_brand,
    vendor,
    vendors,
)


@pytest.mark.parametrize(
    ("name", "brand", "parent"),
    [
        ("HiLook", "HiLook", "Hikvision"),
        ("Hi-Watch", "HiWatch", "Hikvision"),
        ("EZVIZ", "EZVIZ", "Hikvision"),
        ("Hangzhou Hikvision Digital Technology Co., Ltd", "Hikvision", "Hikvision"),
        ("Hik Vision", "Hikvision", "Hikvision"),
        ("HikVision", "Hikvision", "Hikvision"),
        ("Hikvison", "Hikvision", "Hikvision"),
        ("HIKVIS1ON", "Hikvision", "Hikvision"),
        ("Hikvsion", "Hikvision", "Hikvision"),
        ("Dahau", "Dahua", "Dahua"),
        ("Dahua Technology UK & Ireland Ltd", "Dahua", "Dahua"),
        ("Imou", "Imou", "Dahua"),
        ("Lorex", "Lorex", "Dahua"),
        ("Amcrest", "Amcrest", "Dahua"),
        ("Wisenet", "Wisenet", "Hanwha Vision"),
        ("Axis Communications", "Axis", "Axis"),
    ],
)
def test_resolve_brand_finds_the_parent(name: str, brand: str, parent: str) -> None:
    match = resolve_brand(name)
    assert match is not None, name
    assert (match.brand, match.vendor) == (brand, parent)
    assert match.source


def test_era_and_low_confidence_brands_say_so() -> None:
    lorex = resolve_brand("Lorex")
    assert lorex is not None and lorex.relationship == "formerly_owned" and lorex.confidence <= 0.5
    assert lorex.status == "former" and lorex.valid_to == "2022-11-24"
    pyronix = resolve_brand("Pyronix")  # Hikvision's since 2016, but alarms: a mention never decides
    assert pyronix is not None and pyronix.vendor == "Hikvision" and pyronix.confidence <= 0.5
    assert resolve_brand("IndigoVision").vendor == "IndigoVision"  # type: ignore[union-attr]
    kept_out = {b.name for b in brands() if not b.match}
    assert {"Swann", "LTS", "Luma", "Hikrobot"} <= kept_out
    # kept out of free text, but an exact name (a device's, a register's) uses every row
    assert resolve_brand("LTS").vendor == "Hikvision"  # type: ignore[union-attr]
    assert not find_vendor_mentions("The LTS release is installed at the depot.")
    # with a device's noun the name is no longer ambiguous: "LTS cameras", "a few LTS units"
    assert [m.match.brand for m in find_vendor_mentions("The LTS cameras at the depot.")] == ["LTS"]
    assert resolve_brand("Jones Electrical Ltd") is None


def test_every_data_row_has_a_source() -> None:
    for name in ("vendors.csv", "brands.csv", "name_variants.csv", "model_patterns.csv", "software.csv"):
        with resources.files("camcensus.knowledge").joinpath("data", name).open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert rows, name
        assert all(row["source"].strip() for row in rows), name


def test_vendors_list_their_brands() -> None:
    hik = vendor("Hikvision")
    assert hik is not None and hik.concern
    assert {"HiLook", "HiWatch", "EZVIZ"} <= {b.name for b in hik.brands}
    assert {"Imou", "Lorex"} <= {b.name for b in vendor("Dahua").brands}  # type: ignore[union-attr]
    assert len(vendors()) > 20


def test_mentions_in_text_skip_lookalikes() -> None:
    text = (
        "Cameras by Hik-vision and Dahau; the x axis; Shanghai Dahua Scale Factory scales; "
        "a Milestone was reached; AXIS units."
    )
    found = [(m.text, m.vendor) for m in find_vendor_mentions(text)]
    assert found == [("Hik-vision", "Hikvision"), ("Dahau", "Dahua"), ("AXIS", "Axis")]


@pytest.mark.parametrize(
    ("text", "model", "vendor_name", "device_type"),
    [
        ("DS\u20132CD2142FWD\u2013I", "DS-2CD2142FWD-I", "Hikvision", "camera"),
        ("DS-7608NI-K2", "DS-7608NI-K2", "Hikvision", "recorder"),
        ("DHI-NVR4108HS-8P-4KS2", "DHI-NVR4108HS-8P-4KS2", "Dahua", "recorder"),
        ("DH-IPC-HDW3549H-AS-PV", "DH-IPC-HDW3549H-AS-PV", "Dahua", "camera"),
        ("IPC-HFW1105B", "IPC-HFW1105B", "Dahua", "camera"),
        ("IPC-B140H", "IPC-B140H", "Hikvision", "camera"),  # HiLook, not Dahua
        ("IPC2122LR3-PF40M-D", "IPC2122LR3-PF40M-D", "Uniview", "camera"),  # look-alike
        ("HWI-B120-D/W", "HWI-B120-D/W", "Hikvision", "camera"),
        ("VTO2111D-P-S2", "VTO2111D-P-S2", "Dahua", "intercom"),
    ],
)
def test_model_numbers_resolve_to_vendor(text: str, model: str, vendor_name: str, device_type: str) -> None:
    found = match_model(text)
    assert [(m.model, m.vendor, m.device_type) for m in found] == [(model, vendor_name, device_type)]


def test_model_pitfalls_are_not_devices() -> None:
    assert match_model("Please insert the SD card in room DS-1 and use IPC-610 chassis") == ()
    weak = match_model("DS-1004 meeting room")
    assert all(m.confidence < 0.5 for m in weak)
    hints = find_software_mentions("viewed in iVMS-4200 and the Hik-Connect app; SmartPSS on the PC")
    assert [(h.name, h.vendor) for h in hints] == [
        ("iVMS-4200", "Hikvision"),
        ("Hik-Connect", "Hikvision"),
        ("SmartPSS", "Dahua"),
    ]
