"""The pure parts: targets, OUIs, the neighbour table, banner rules and discovery replies."""

from __future__ import annotations

import ipaddress

import pytest

from camcensus.knowledge.ouis import lookup_mac, normalise_mac
from camcensus.network.identify import identify
from camcensus.network.neighbours import parse_ip_neigh, parse_proc_arp
from camcensus.network.probes.base import Observation
from camcensus.network.probes.credentialed import magicbox_observation, parse_key_values
from camcensus.network.probes.discovery import parse_dhdiscover, parse_sadp, parse_wsd
from camcensus.network.probes.http import banner_observations
from camcensus.network.probes.httpclient import (
    basic_authorization,
    digest_authorization,
    offers_only_basic,
    parse_digest_challenge,
    parse_response,
)
from camcensus.network.probes.rtsp import rtsp_observations
from camcensus.network.targets import TargetError, parse_targets


def test_targets(tmp_path):
    listing = tmp_path / "estate.txt"
    listing.write_text(
        "# cameras\n10.1.0.5\n10.1.0.8-10  # car park\n192.168.7.0/30, fd00::1\n", encoding="utf-8"
    )
    found = [str(a) for a in parse_targets([str(listing), "10.1.0.5"])]
    assert found == ["10.1.0.5", "10.1.0.8", "10.1.0.9", "10.1.0.10", "192.168.7.1", "192.168.7.2", "fd00::1"]
    assert parse_targets(["8.8.8.8"], allow_public=True) == [ipaddress.ip_address("8.8.8.8")]
    for bad, message in [
        (["100.64.0.1"], "public"),
        (["10.0.0.0/8"], "more than"),
        (["224.0.0.1"], "not a device"),
        (["10.0.0.9-3"], "backwards"),
        (["no-such-file.txt"], "not an address"),
    ]:
        with pytest.raises(TargetError, match=message):
            parse_targets(bad)


def test_oui_lookup_keeps_look_alikes_apart():
    assert lookup_mac("44-19-B6-01-02-03").vendor == "Hikvision"
    amcrest = lookup_mac("9c8e.cd01.0203")
    assert (amcrest.brand, amcrest.vendor) == ("Amcrest", "Dahua")
    scale = lookup_mac("40:2c:76:1a:00:05")  # Shanghai Dahua Scale Factory, MA-M inside another block
    assert scale.vendor is None and "NOT Dahua" in scale.note
    assert lookup_mac("4a:c0:3f:00:00:01") is None  # locally administered (a CID, not an OUI)
    assert normalise_mac("not a mac") is None


def test_neighbour_tables():
    arp = (
        "IP address       HW type     Flags       HW address            Mask     Device\n"
        "192.168.1.20     0x1         0x2         44:19:b6:aa:bb:cc     *        eth0\n"
        "192.168.1.21     0x1         0x0         00:00:00:00:00:00     *        eth0\n"
    )
    assert parse_proc_arp(arp) == {"192.168.1.20": "44:19:b6:aa:bb:cc"}
    neigh = "fe80::1 dev eth0 lladdr 30:dd:aa:01:02:03 REACHABLE\nfe80::2 dev eth0 FAILED\n"
    assert parse_ip_neigh(neigh) == {"fe80::1": "30:dd:aa:01:02:03"}


def test_banner_rules_read_the_bytes_on_the_wire():
    dahua = parse_response(
        b"HTTP/1.1 200 OK\r\nCONNECTION: close\r\nCONTENT-LENGTH: 20\r\nCONTENT-TYPE: text/html\r\n\r\n"
        b"\xef\xbb\xbf<!DOCTYPE html>\r\n<html>"
    )
    assert [o.vendor for o in banner_observations(dahua, 80)] == ["Dahua"]
    ordinary = parse_response(
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 20\r\n\r\n"
        b"\xef\xbb\xbf<!DOCTYPE html>\r\n<html>"
    )
    assert banner_observations(ordinary, 80) == []
    blog = parse_response(
        b"HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n<p>Our Hikvision DS-2CD2142FWD-I review</p>"
    )
    assert banner_observations(blog, 80) == []
    rtsp = parse_response(
        b'RTSP/1.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm="Hikvision", nonce="ab"\r\n'
        b'WWW-Authenticate: Basic realm="/"\r\n\r\n'
    )
    assert [o.vendor for o in rtsp_observations(rtsp, 554)] == ["Hikvision"]


def test_discovery_replies():
    # The synthetic self-test reply of julienblitte/UniversalScanner Hikvision.selftest (fields as given).
    sadp = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<ProbeMatch><Uuid>11223344</Uuid><Types>inquiry</Types>'
        b"<DeviceType>123456</DeviceType><DeviceDescription>Virtual</DeviceDescription>"
        b"<DeviceSN>Virtual-123456789</DeviceSN><MAC>00-11-22-33-44-55</MAC>"
        b"<SoftwareVersion>V1.0build 200101</SoftwareVersion></ProbeMatch>"
    )
    (obs,) = parse_sadp(sadp)
    assert (obs.vendor, obs.model, obs.serial, obs.mac) == (
        "Hikvision",
        "Virtual",
        "Virtual-123456789",
        "00:11:22:33:44:55",
    )
    assert parse_sadp(b"<Probe/>") == [] and parse_dhdiscover(b"short") == []
    wsd = (
        b"<d:ProbeMatch><d:Types>dn:NetworkVideoTransmitter</d:Types><d:Scopes>"
        b"onvif://www.onvif.org/hardware/IPC-HFW2228M-I1-V2 onvif://www.onvif.org/name/Dahua"
        b"</d:Scopes></d:ProbeMatch>"
    )
    (w,) = parse_wsd(wsd)
    assert (w.model, w.brand, w.device_type) == ("IPC-HFW2228M-I1-V2", "Dahua", "camera")


# A ProbeMatch as a Hikvision camera sends it: the name scope holds a percent-encoded space
HIKVISION_PROBE_MATCH = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" '
    b'xmlns:wsadis="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
    b'xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" '
    b'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"><env:Header>'
    b"<wsadis:MessageID>urn:uuid:5f1c7a1e-2b4c-11b2-8a3e-44a642b1c2d3</wsadis:MessageID>"
    b"<wsadis:RelatesTo>uuid:0a6dc791-2e5c-4e1f-9b37-3f4a1f2c0d9e</wsadis:RelatesTo>"
    b"<wsadis:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsadis:To>"
    b"<wsadis:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsadis:Action>"
    b"</env:Header><env:Body><d:ProbeMatches><d:ProbeMatch><wsadis:EndpointReference>"
    b"<wsadis:Address>urn:uuid:5f1c7a1e-2b4c-11b2-8a3e-44a642b1c2d3</wsadis:Address>"
    b"</wsadis:EndpointReference><d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>"
    b"<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming "
    b"onvif://www.onvif.org/MAC/44:a6:42:b1:c2:d3 onvif://www.onvif.org/hardware/DS-2CD2143G2-I "
    b"onvif://www.onvif.org/name/HIKVISION%20DS-2CD2143G2-I "
    b"onvif://www.onvif.org/location/city/London</d:Scopes>"
    b"<d:XAddrs>http://192.0.2.14/onvif/device_service</d:XAddrs>"
    b"<d:MetadataVersion>10</d:MetadataVersion></d:ProbeMatch></d:ProbeMatches></env:Body></env:Envelope>"
)


def test_wsd_name_scope_keeps_its_encoded_spaces():
    (w,) = parse_wsd(HIKVISION_PROBE_MATCH)
    assert "name 'HIKVISION DS-2CD2143G2-I'" in w.detail  # the whole name, not cut at its space
    assert (w.model, w.brand, w.mac, w.device_type) == (
        "DS-2CD2143G2-I",
        "HIKVISION",
        "44:a6:42:b1:c2:d3",
        "camera",
    )
    renamed = HIKVISION_PROBE_MATCH.replace(b"HIKVISION%20DS-2CD2143G2-I", b"Acme%20Secure%20Vision")
    assert parse_wsd(renamed)[0].brand == "Acme Secure Vision"  # before the fix: "Acme"


def test_lorex_magicbox_model_comes_from_update_serial():
    values = parse_key_values(
        "deviceType=31\r\nprocessor=ST7108\r\nserialNumber=ND0219110NNNNN\r\n"
        "updateSerial=DHI-NVR4108HS-8P-4KS2\r\nvendor=Lorex\r\n"
    )
    obs = magicbox_observation(values, 80)
    assert obs is not None and obs.model == "DHI-NVR4108HS-8P-4KS2" and obs.device_type == "recorder"
    report = identify("10.0.0.9", [obs])
    assert (report.vendor, report.brand) == ("Dahua", "Lorex")


def test_weak_signals_alone_do_not_make_a_camera():
    report = identify("10.0.0.7", [Observation("http", 80, "page title names AXIS", 0.45, vendor="Axis")])
    assert not report.is_video_device


def test_digest_only_never_basic():
    basic = parse_response(b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="cam"\r\n\r\n')
    assert parse_digest_challenge(basic) is None
    digest = parse_response(
        b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="x"\r\n'
        b'WWW-Authenticate: Digest realm="IP Camera", qop="auth", nonce="abc", opaque="o"\r\n\r\n'
    )
    challenge = parse_digest_challenge(digest)
    assert challenge is not None and challenge.realm == "IP Camera"
    header = digest_authorization(challenge, "GET", "/ISAPI/System/deviceInfo", "admin", "pw")
    assert header.startswith("Digest ") and "pw" not in header and "nc=00000001" in header


@pytest.mark.parametrize(
    ("challenges", "only_basic"),
    [
        ([b'Basic realm="cam"'], True),
        ([b'Basic realm="x"', b'Digest realm="IP Camera", qop="auth", nonce="abc"'], False),
        ([b'Digest realm="x", nonce="n", algorithm=SHA-512-256', b'Basic realm="x"'], False),  # no downgrade
        ([b'Digest realm="x", nonce="n", Basic realm="x"'], False),
        ([b'Bearer realm="x"'], False),
        ([], False),
    ],
)
def test_basic_only_when_nothing_else_is_offered(challenges, only_basic):
    head = b"HTTP/1.1 401 Unauthorized\r\n" + b"".join(
        b"WWW-Authenticate: " + c + b"\r\n" for c in challenges
    )
    response = parse_response(head + b"\r\n")
    assert response is not None and offers_only_basic(response) is only_basic


def test_basic_credentials_as_rfc_7617_writes_them():
    assert basic_authorization("Aladdin", "open sesame") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
