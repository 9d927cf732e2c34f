"""The LAN protocols, opt-in: SNMP v2c, UPnP/SSDP and mDNS against emulated devices on loopback
(``tests.network.lan_devices``), the messages checked against the RFCs' encodings, and the ONVIF MAC scope."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator

import pytest
from tests.network.fleet import PASSWORD, USERNAME
from tests.network.lan_devices import (
    AXIS_DESCR,
    AXIS_MAC,
    COMMUNITY,
    HIK_SERIAL,
    LanDevice,
    LanEstate,
    LanThread,
    description,
    mdns_response,
    oid_bytes,
    sample_lan,
    snmp_response,
    tlv,
)

from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.identify import identify
from camcensus.network.probes import mdns, onvif_network, snmp, upnp
from camcensus.network.probes.base import Credentials
from camcensus.network.probes.discovery import parse_wsd


@pytest.fixture(scope="module")
def lan() -> Iterator[tuple[str, LanEstate]]:
    for _ in range(10):
        prefix = f"127.{random.randint(200, 254)}.{random.randint(1, 254)}"
        runner = LanThread(LanEstate(sample_lan(prefix), watchers=[f"{prefix}.250"]))
        try:
            estate = runner.__enter__()
        except OSError:
            runner.loop.call_soon_threadsafe(runner.loop.stop)
            continue
        try:
            yield prefix, estate
        finally:
            runner.__exit__(None, None, None)
        return
    pytest.fail("no free loopback /24 for the LAN devices")


def _scan(prefix: str, **opts) -> dict[str, object]:
    options = DiscoverOptions(ports=(80,), timeout=0.8, arp_path=None, include_other=True, **opts)
    return {r.address: r for r in discover([f"{prefix}.1-7"], options)}


@pytest.fixture(scope="module")
def everything(lan) -> dict:
    return _scan(lan[0], snmp_community=COMMUNITY, upnp=True, mdns=True)


def test_get_request_is_the_ber_rfc_3416_describes():
    # Message ::= SEQUENCE { version 1 (v2c), community, GetRequest-PDU [0] { request-id, error-status 0,
    # error-index 0, SEQUENCE OF VarBind { name, unSpecified NULL } } } (RFC 1901, RFC 3416 section 3)
    bindings = b"".join(
        tlv(0x30, tlv(0x06, oid_bytes(o)) + tlv(0x05, b"")) for o in (snmp.SYS_DESCR, snmp.SYS_OBJECT_ID)
    )
    pdu = tlv(0xA0, tlv(0x02, b"\x04\xd2") + tlv(0x02, b"\x00") + tlv(0x02, b"\x00") + tlv(0x30, bindings))
    expected = tlv(0x30, tlv(0x02, b"\x01") + tlv(0x04, b"public") + pdu)
    assert snmp.get_request("public", 1234) == expected
    assert oid_bytes("1.3.6.1.4.1.39165")[-3:] == bytes([0x82, 0xB1, 0x7D])  # X.690 8.19.2 base 128


def test_response_values_and_enterprise_numbers():
    request = snmp.get_request(COMMUNITY, 77)
    dahua = LanDevice("x", sys_descr="none", sys_object_id="1.3.6.1.4.1.1004849.3.2.10")
    values = snmp.parse_response(snmp_response(request, COMMUNITY.encode(), dahua.snmp_values()), 77)
    assert values == {snmp.SYS_DESCR: "none", snmp.SYS_OBJECT_ID: "1.3.6.1.4.1.1004849.3.2.10"}
    assert snmp.parse_response(snmp_response(request, COMMUNITY.encode(), dahua.snmp_values()), 78) is None
    assert snmp.parse_response(request) is None  # a GetRequest is not an answer
    (found,) = [o for o in snmp.snmp_observations(values) if o.vendor]
    assert found.vendor == "Dahua" and "not IANA-assigned" in found.detail
    # noSuchObject for sysObjectID: the value is left out, sysDescr still read
    half = snmp_response(request, COMMUNITY.encode(), {snmp.SYS_DESCR: (0x04, AXIS_DESCR.encode())})
    assert snmp.parse_response(half, 77) == {snmp.SYS_DESCR: AXIS_DESCR}
    assert {o.vendor for o in snmp.snmp_observations({snmp.SYS_DESCR: AXIS_DESCR})} == {"Axis"}
    assert [o.vendor for o in snmp.snmp_observations({snmp.SYS_OBJECT_ID: "1.3.6.1.4.1.99999.1"})] == [None]
    assert snmp.enterprise_of(".1.3.6.1.4.1.39165.1.1") == 39165 and snmp.enterprise_of("1.3.6.1.2.1") is None


def test_enterprise_rows_cite_their_registry():
    rows = snmp.enterprises()
    assert {rows[n].vendor for n in (368, 3967, 39165, 46202, 1004849)} == {
        "Axis",
        "Bosch",
        "Hikvision",
        "Avigilon",
        "Dahua",
    }
    for row in rows.values():
        assert row.source and (not row.registered or "iana.org/assignments/enterprise-numbers" in row.source)
    assert not rows[1004849].registered


def test_upnp_and_mdns_messages():
    assert upnp.msearch("10.0.0.5").startswith(b"M-SEARCH * HTTP/1.1\r\nHOST: 10.0.0.5:1900\r\n")
    assert b"MX:" not in upnp.msearch("10.0.0.5") and b"MX: 2" in upnp.msearch(
        upnp.SSDP_GROUP, multicast=True
    )
    assert upnp.parse_ssdp(upnp.msearch("10.0.0.5")) is None  # another client's search is not an answer
    assert upnp.same_host("http://10.0.0.5:49152/desc.xml", "10.0.0.5") == (49152, "/desc.xml")
    assert upnp.same_host("http://10.0.0.6/desc.xml", "10.0.0.5") is None
    assert upnp.same_host("https://10.0.0.5/desc.xml", "10.0.0.5") is None
    query = mdns.query(7)
    assert query[:4] == b"\x00\x07\x00\x00"  # ID 7, no flags (RFC 6762 section 18)
    assert mdns.parse_answer(query) is None  # a query is not an answer


def test_every_protocol_names_its_device(lan, everything):
    prefix, _ = lan
    axis = everything[f"{prefix}.1"]
    assert (axis.vendor, axis.model, axis.serial, axis.mac) == (
        "Axis",
        "M3045-V",
        AXIS_MAC,
        "ac:cc:8e:0a:1b:2c",
    )
    probes = {e["probe"] for e in axis.evidence if e.get("vendor") == "Axis"}
    assert {"snmp", "upnp", "mdns", "oui"} <= probes, axis.evidence
    assert axis.is_video_device and axis.confidence > 0.99
    dahua = everything[f"{prefix}.2"]
    assert dahua.vendor == "Dahua" and dahua.is_video_device
    hik = everything[f"{prefix}.3"]
    assert (hik.vendor, hik.model, hik.serial) == ("Hikvision", "DS-2CD2142FWD-I", HIK_SERIAL)
    tv = everything[f"{prefix}.7"]  # named, but a maker of more than cameras: not a camera by that alone
    assert (tv.vendor, tv.confidence, tv.is_video_device) == ("Sony", 0.0, False)
    printer = everything[f"{prefix}.4"]
    assert printer.vendor is None and not printer.is_video_device
    assert any("HP ETHERNET" in e["detail"] for e in printer.evidence)
    assert {s for s in everything[f"{prefix}.1"].services if s.startswith("udp/")} >= {
        "udp/161 snmp",
        "udp/1900 ssdp",
        "udp/5353 mdns",
    }


def test_a_description_elsewhere_is_never_fetched(lan, everything):
    prefix, estate = lan
    elsewhere = everything[f"{prefix}.5"]
    assert any("not fetched" in e["detail"] for e in elsewhere.evidence)
    assert estate.arrived(f"{prefix}.250", "tcp80") == []
    assert elsewhere.vendor is None  # the SSDP answer alone names no maker


def test_nothing_is_asked_without_opting_in(lan):
    prefix, estate = lan
    before = len(estate.log)
    found = _scan(prefix)
    new = estate.log[before:]
    assert not [label for label, _ in new if label.endswith(("udp161", "udp1900", "udp5353"))]
    assert found[f"{prefix}.2"].vendor is None  # the Dahua agent is only found over SNMP


def test_a_wrong_community_gets_silence(lan):
    prefix, estate = lan
    found = _scan(prefix, snmp_community="public")
    sent = estate.arrived(f"{prefix}.2", "udp161")
    assert sent and all(b"public" in d for d in sent[-2:])  # asked (twice: UDP may be lost), unanswered
    assert found[f"{prefix}.2"].vendor is None
    assert not any(e["probe"] == "snmp" for e in found[f"{prefix}.2"].evidence)


def test_onvif_mac_scope_gives_the_oui():
    # A ProbeMatch (WS-Discovery 1.0 section 5.3) with the ONVIF Core section 7.3.2.2 scopes and a MAC scope.
    reply = (
        b"<d:ProbeMatches><d:ProbeMatch><d:Types>dn:NetworkVideoTransmitter</d:Types><d:Scopes>"
        b"onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/DS-2CD2143G2-I "
        b"onvif://www.onvif.org/MAC/44:19:b6:12:34:56 onvif://www.onvif.org/name/Camera%2001"
        b"</d:Scopes></d:ProbeMatch></d:ProbeMatches>"
    )
    (wsd,) = parse_wsd(reply)
    assert wsd.mac == "44:19:b6:12:34:56"
    report = identify("10.0.0.9", [wsd])
    assert report.mac == "44:19:b6:12:34:56" and report.vendor == "Hikvision"
    assert any(e["probe"] == "oui" and e.get("vendor") == "Hikvision" for e in report.evidence)


def test_cli_opts_in_and_keeps_the_community_out_of_the_record(lan, run_cli, tmp_path):
    prefix, _ = lan
    db = str(tmp_path / "c.db")
    proc = run_cli(
        "discover",
        f"{prefix}.1-7",
        "--ports",
        "80",
        "--timeout",
        "0.8",
        "--snmp-community-env",
        "CAM_SNMP",
        "--upnp",
        "--mdns",
        "--json",
        db=db,
        env={"CAM_SNMP": COMMUNITY},
    )
    rows = {d["address"]: d for d in map(json.loads, proc.stdout.splitlines())}
    # .6 answers ONVIF with a fault (no credentials given): a camera, maker unknown; not the TV or printer
    assert set(rows) == {f"{prefix}.{n}" for n in (1, 2, 3, 6)}
    assert rows[f"{prefix}.1"]["vendor"] == "Axis" and rows[f"{prefix}.2"]["vendor"] == "Dahua"
    listed = run_cli("devices", "list", "--json", db=db)
    assert len(listed.stdout.splitlines()) == 4
    import sqlite3

    (options,) = sqlite3.connect(db).execute("select options from scans").fetchone()
    assert json.loads(options)["snmp"] is True and COMMUNITY not in options
    missing = run_cli("discover", f"{prefix}.1", "--snmp-community-env", "UNSET_VAR_X", db=db, check=False)
    assert missing.returncode != 0 and "UNSET_VAR_X" in missing.stderr


def test_onvif_network_interfaces_give_the_mac_once_the_service_answers(lan):
    prefix, estate = lan
    address = f"{prefix}.6"
    options = DiscoverOptions(ports=(80,), timeout=0.8, arp_path=None, include_other=True)
    before = len(estate.log)
    anonymous = {r.address: r for r in discover([address], options)}[address]
    asked = [d for label, d in estate.log[before:] if label == f"{address}/tcp80"]
    assert asked and not any(b"GetNetworkInterfaces" in d for d in asked)  # GetDeviceInformation refused
    assert anonymous.mac is None and anonymous.vendor is None
    owner = dataclasses.replace(options, credentials=Credentials(USERNAME, PASSWORD))
    report = {r.address: r for r in discover([address], owner)}[address]
    assert (report.mac, report.vendor, report.model) == ("44:19:b6:12:34:56", "Hikvision", "Camera")
    assert any("GetNetworkInterfaces" in e["detail"] for e in report.evidence)
    assert any(e["probe"] == "oui" and e.get("vendor") == "Hikvision" for e in report.evidence)


def test_garbled_answers_are_refused_not_raised():
    """A device can send anything: each reader either reads a mutilated answer or refuses it, never raises
    (seeded, so a failure repeats)."""
    rng = random.Random(22)
    mdns_answer = mdns_response(
        LanDevice("x", mdns_service="_axis-video._tcp.local.", mdns_instance="AXIS A - B", mdns_txt=["a=b"]),
        mdns.query(5),
    )
    agent = LanDevice("x", sys_descr="d", sys_object_id="1.3.6.1.4.1.368.1").snmp_values()
    readers = [
        (lambda d: [snmp.snmp_observations(v) for v in [snmp.parse_response(d)] if v is not None],
         snmp_response(snmp.get_request("c", 9), b"c", agent)),
        (lambda d: [mdns.mdns_observations(v) for v in [mdns.parse_answer(d)] if v is not None], mdns_answer),
        (upnp.parse_ssdp, b"HTTP/1.1 200 OK\r\nLOCATION: http://10.0.0.1/d.xml\r\nSERVER: x\r\n\r\n"),
        (upnp.parse_description, description({"manufacturer": "AXIS", "modelName": "M3045-V"})),
        (onvif_network.parse_interfaces, b"<a><Info><HwAddress>00:11:22:33:44:55</HwAddress></Info></a>"),
    ]  # fmt: skip
    for read, good in readers:
        read(good)
        for _ in range(2000):
            data = bytearray(good)
            for _ in range(rng.randint(1, 6)):
                op = rng.random()
                if op < 0.5 and data:
                    data[rng.randrange(len(data))] = rng.randrange(256)
                elif op < 0.75 and len(data) > 1:
                    del data[rng.randrange(1, len(data)) :]
                else:
                    data += rng.randbytes(rng.randint(1, 8))
            read(bytes(data))
