"""Discovery of the makers beyond Hikvision and Dahua against emulated devices that answer in each maker's
documented format (``tests/network/vendor_fleet.py``): the banners and certificates that name them without
credentials, and each maker's own device-information API with the owner's credentials."""

from __future__ import annotations

import csv
import hashlib
import ssl
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from tests.network.conftest import _serve
from tests.network.fleet import PASSWORD, USERNAME, DeviceSpec, Fleet
from tests.network.vendor_fleet import FAVICON, vendor_estate

from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.identify import DeviceReport
from camcensus.network.probes.base import Credentials
from camcensus.network.probes.http import banner_observations, favicon_observations
from camcensus.network.probes.httpclient import parse_response
from camcensus.network.probes.tlscert import certificate_names, certificate_observations
from camcensus.network.probes.vendor_info import parse_getinfo, parse_lapi, parse_sunapi, parse_vivotek

FIXTURES = Path(__file__).parent / "fixtures"
OWN_API = {
    "hanwha": "sunapi",
    "uniview": "lapi",
    "axis_old": "axis",
    "vivotek": "vivotek",
    "panasonic": "getinfo",
}


@pytest.fixture(scope="module")
def makers() -> Iterator[tuple[str, list[DeviceSpec], Fleet]]:
    yield from _serve(vendor_estate)


def _scan(
    prefix: str, specs: list[DeviceSpec], creds: Credentials | None, **extra
) -> dict[str, DeviceReport]:
    # devices on loopback answer at once; a generous timeout keeps a loaded machine from losing a reply
    options = DiscoverOptions(ports=(80, 443, 554), credentials=creds, timeout=5.0, arp_path=None, **extra)
    return {r.address: r for r in discover([f"{prefix}.1-{len(specs)}"], options)}


@pytest.fixture(scope="module")
def anonymous(makers) -> dict[str, DeviceReport]:
    return _scan(makers[0], makers[1], None, include_other=True)


@pytest.fixture(scope="module")
def credentialed(makers) -> dict[str, DeviceReport]:
    return _scan(makers[0], makers[1], Credentials(USERNAME, PASSWORD))


def _probes(report: DeviceReport) -> set[str]:
    return {e["probe"] for e in report.evidence}


def test_each_maker_is_named_without_credentials(makers, anonymous):
    _, specs, _ = makers
    for spec in (s for s in specs if s.video):
        report = anonymous[spec.address]
        assert report.vendor == spec.vendor and report.is_video_device, (spec.family, report.as_dict())
    by_family = {s.family: anonymous[s.address] for s in specs}
    assert {"tls", "rtsp"} <= _probes(by_family["hanwha"])  # its certificate and its RTSP realm
    assert "model" in _probes(by_family["uniview"])  # WS-Discovery hardware has a Uniview model's shape
    assert by_family["panasonic"].model == "WV-S1131"  # the page title gives the model
    for family in ("bosch", "avigilon", "mobotix", "vivotek", "axis_old", "panasonic"):
        report = by_family[family]
        banners = [e for e in report.evidence if e["probe"] == "http" and e.get("vendor") == report.vendor]
        assert banners and all("[" in e["detail"] for e in banners), (family, report.evidence)


def test_credentials_read_each_makers_own_api(makers, credentialed):
    _, specs, fleet = makers
    for spec in (s for s in specs if s.video):
        report = credentialed[spec.address]
        assert (report.vendor, report.model, report.firmware, report.serial) == (
            spec.vendor,
            spec.model,
            spec.firmware,
            spec.serial,
        ), (spec.family, report.as_dict())
        if spec.family in OWN_API:
            assert OWN_API[spec.family] in _probes(report), (spec.family, _probes(report))
    asked = {(address, path) for address, _, path, headers in fleet.requests if headers.get("authorization")}
    by_family = {s.family: s.address for s in specs}
    assert (by_family["hanwha"], "/stw-cgi/system.cgi?msubmenu=deviceinfo&action=view") in asked
    assert (by_family["uniview"], "/LAPI/V1.0/System/DeviceBasicInfo") in asked
    assert (by_family["panasonic"], "/cgi-bin/getinfo?FILE=1") in asked


def test_hanwha_reports_its_kind_mac_and_brand(makers, credentialed):
    _, specs, _ = makers
    hanwha = credentialed[next(s.address for s in specs if s.family == "hanwha")]
    assert hanwha.device_type == "camera" and hanwha.mac == "00:09:18:6a:1b:2c" and hanwha.brand == "Hanwha"


def test_a_web_server_with_its_own_certificate_is_not_a_camera(makers, anonymous, credentialed):
    _, specs, _ = makers
    web = next(s for s in specs if s.family == "nginx")
    assert web.address not in credentialed
    seen = anonymous[web.address]
    assert seen.vendor is None and not seen.is_video_device
    assert not [e for e in seen.evidence if e["probe"] == "tls"]


def test_only_read_requests_and_digest_credentials(makers, anonymous, credentialed):
    _, _, fleet = makers
    for address, method, path, headers in fleet.requests:
        assert method in ("GET", "POST"), (address, method, path)
        if method == "POST":
            assert path in ("/onvif/device_service", "/axis-cgi/basicdeviceinfo.cgi"), path
        assert not headers.get("authorization", "").startswith("Basic"), (address, path)


def test_favicon_digest_is_shown_and_matched(makers, anonymous):
    _, specs, _ = makers
    vivotek = anonymous[next(s.address for s in specs if s.family == "vivotek")]
    digest = hashlib.md5(FAVICON).hexdigest().upper()
    assert any(f"favicon MD5 {digest}" in service for service in vivotek.services), vivotek.services
    assert favicon_observations(digest, 80) == []  # not an icon any row names
    hikvision_dvr = favicon_observations("89B932FCC47CF4CA3FAADB0CFDEF89CF", 80)
    assert [(o.vendor, o.device_type) for o in hikvision_dvr] == [("Hikvision", "recorder")]


def test_certificate_names_are_read_from_der():
    der = ssl.PEM_cert_to_DER_cert((FIXTURES / "hanwha_tls.pem").read_text())
    subject, issuer = certificate_names(der)
    assert subject == issuer == {"CN": "XNV-6080R", "O": "Hanwha Vision Co., Ltd."}
    found = certificate_observations(der, 443)
    assert [(o.vendor, o.brand) for o in found if o.vendor] == [("Hanwha Vision", "Hanwha")]
    assert certificate_observations(der[:40], 443) == []  # cut short: nothing, and no exception
    assert certificate_observations(b"\x30\x03\x02\x01\x05", 443) == []


def test_vendor_answers_that_say_nothing_give_nothing():
    assert parse_sunapi("Error=Unauthorized\r\n", 80) == []
    assert parse_lapi('{"Response": {"ResponseCode": 3, "StatusString": "Not Authorized"}}', 80) == []
    assert parse_lapi("<html>login</html>", 80) == []
    assert parse_vivotek("system_info_firmwareversion='x'\r\n", 80) == []
    assert parse_getinfo("VERSION=1.0\r\n", 80) == []
    recorder = parse_sunapi("Model=XRN-1610\r\nDeviceType=NVR\r\nSerialNumber=S1\r\n", 80)
    assert [(o.model, o.device_type, o.serial) for o in recorder] == [("XRN-1610", "recorder", "S1")]


def test_fingerprint_rows_cite_public_sources():
    path = resources.files("camcensus.network").joinpath("data", "fingerprints.csv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 20
    for row in rows:
        assert row["source"].strip(), row
        assert "shared/" not in row["source"] and "/work" not in row["source"], row


BANNERS = [  # (response bytes as nmap-service-probes quotes them, the vendor its row names)
    (
        b"HTTP/1.1 200 OK\r\nDate: Fri, 04 Dec 2026 20:00:00 GMT\r\n"
        b"Last-Modified: Fri, 04 Dec 2026 20:00:00 GMT\r\nContent-Type: text/html\r\n"
        b"Connection: close\r\n\r\n"
        b"\xef\xbb\xbf<!-- Release v 1.2.3 20190101 -->"
        b"<html><head><title>Bosch Security Systems</title></head></html>",
        "Bosch",
    ),
    (
        b"HTTP/1.0 302 Found\r\nLocation: /cgi-bin/guestimage.html\r\n"
        b"Content-type: text/html; charset=ISO-8859-1\r\nCache-Control: no-cache\r\n\r\n"
        b"<html><head><title>\r\nRedirect to guestimage",
        "Mobotix",
    ),
    (
        b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nServer: Network Camera with Pan/Tilt\r\n\r\n"
        b"<html></html>",
        "Vivotek",
    ),
    (b"HTTP/1.1 200 OK\r\nServer: AvigilonOnvifNvt/3.2.0\r\nContent-Length: 0\r\n\r\n", "Avigilon"),
]


@pytest.mark.parametrize(("raw", "vendor"), BANNERS)
def test_banners_nmap_records_name_their_maker(raw, vendor):
    response = parse_response(raw)
    assert response is not None
    assert {o.vendor for o in banner_observations(response, 80)} == {vendor}


def test_rtsp_banners_name_their_maker():
    assert [fp.vendor for fp in match_fingerprints("rtsp", {"server": "AvigilonOnvifNvt/3.2.0"})] == [
        "Avigilon"
    ]
    assert [fp.vendor for fp in match_fingerprints("rtsp", {"realm": "NET-i"})] == ["Hanwha Vision"]
    assert match_fingerprints("rtsp", {"realm": "NET-it"}) == []


def test_ordinary_servers_match_no_camera_row():
    for server in ("nginx/1.22.1", "Apache/2.4.57 (Debian)", "Network Camera Manager 2", "HTTPD"):
        response = parse_response(f"HTTP/1.1 200 OK\r\nServer: {server}\r\n\r\n<html></html>".encode())
        assert response is not None and banner_observations(response, 80) == [], server
