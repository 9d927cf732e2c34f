"""Emulated devices of the makers beyond Hikvision and Dahua, each answering in its maker's documented format:

- Hanwha Vision (Wisenet): SUNAPI ``system.cgi?msubmenu=deviceinfo&action=view`` as ``key=value`` lines
  (Hanwha SUNAPI 2.x "System > Device information"); a self-signed certificate naming Hanwha Vision on 443;
  RTSP Digest realm ``NET-i`` (nmap-service-probes L12354).
- Uniview: LAPI ``/LAPI/V1.0/System/DeviceBasicInfo`` JSON (``Response.Data``); WS-Discovery names the
  hardware.
- Axis on old firmware: no ``basicdeviceinfo.cgi`` (404), ``param.cgi?action=list`` ``root.Brand.*`` and
  ``root.Properties.*`` lines (VAPIX "Parameter management").
- Bosch: ``Server: VCS-VideoJet-Webserver`` (nmap-service-probes L8061); the model through ONVIF only.
- Avigilon: ``Server: AvigilonOnvifNvt/...`` (nmap-service-probes L12246); the model through ONVIF only.
- Vivotek: ``Server: Vivotek Network Camera`` (nmap-service-probes L9191); ``getparam.cgi`` answers
  ``name='value'`` lines.
- Mobotix: ``302`` to ``/control/userimage.html`` (nmap-service-probes L9020); the model through ONVIF only.
- Panasonic (i-PRO): ``Server: HTTPD`` and a page titled ``MODEL Network Camera`` (nmap-service-probes L8105);
  ``/cgi-bin/getinfo?FILE=1`` answers ``NAME``/``VERSION``/``SERIAL``/``MAC`` lines (i-PRO CGI Command
  Interface Specification 9.1).

Importing this module adds the families to ``fleet.HANDLERS``; every server binds a 127.x.y.z address.
"""

from __future__ import annotations

import json
import os

from tests.network import fleet
from tests.network.fleet import DeviceSpec, Request, _onvif, _refused, _response, _std

#: family, vendor, brand, model, firmware, serial, ONVIF manufacturer
VENDOR_ROWS = [
    ("hanwha", "Hanwha Vision", "Hanwha", "XNV-6080R", "2.10.02_20200715_R103", "ZC7H70GF600123A",
     "Hanwha Vision"),
    ("uniview", "Uniview", "Uniview", "IPC2124LR3-PF40M-D", "IPC_G6103-B0009P62D1907", "210235C3EN3203000123",
     "UNIVIEW"),
    ("axis_old", "Axis", "Axis", "P1346", "5.40.9.2", "00408C18A2B4", "AXIS"),
    ("bosch", "Bosch", "Bosch", "NBN-50022-V3", "6.50.0128", "044123456789012345", "Bosch"),
    ("avigilon", "Avigilon", "Avigilon", "2.0C-H5A-B1", "4.10.0.48", "1017031A2B3C", "Avigilon"),
    ("vivotek", "Vivotek", "Vivotek", "IB8369A", "IB8369A-VVTK-0102a", "0002D1A1B2C3", "VIVOTEK"),
    ("mobotix", "Mobotix", "Mobotix", "M16B", "MX-V5.2.0.61", "10.8.1.23", "MOBOTIX AG"),
    ("panasonic", "Panasonic", "Panasonic", "WV-S1131", "2.80", "DZA00123", "Panasonic"),
]  # fmt: skip

_MANUFACTURER = {row[0]: row[6] for row in VENDOR_ROWS}


def vendor_estate(prefix: str) -> list[DeviceSpec]:
    """One device of each maker on ``prefix.1`` upwards, then an ordinary web server."""
    specs = []
    for n, (family, vendor, brand, model, firmware, serial, _) in enumerate(VENDOR_ROWS, start=1):
        specs.append(
            DeviceSpec(
                f"{prefix}.{n}",
                family,
                vendor,
                brand,
                model,
                firmware,
                serial,
                video=True,
                https=family == "hanwha",
            )
        )
    specs.append(DeviceSpec(f"{prefix}.{len(specs) + 1}", "nginx", https=True))
    return specs


def _not_found(server: str | None = None) -> bytes:
    return _std("404 Not Found", b"<html><body>404 Not Found</body></html>", server=server)


def _text(body: str, server: str | None = None, ctype: str = "text/plain") -> bytes:
    return _std("200 OK", body.encode(), ctype, server=server)


def _read(spec: DeviceSpec, req: Request, realm: str, server: str | None, answer: str, ctype: str) -> bytes:
    return _refused(spec, req, realm, server) or _text(answer, server, ctype)


def hanwha_http(spec: DeviceSpec, req: Request) -> bytes:
    if req.path == "/":
        page = b'<html><head><meta http-equiv="refresh" content="0;url=/wmf/index.html"></head></html>'
        return _std("200 OK", page)
    if req.path == "/stw-cgi/system.cgi?msubmenu=deviceinfo&action=view":
        lines = [
            f"Model={spec.model}",
            f"SerialNumber={spec.serial}",
            f"FirmwareVersion={spec.firmware}",
            "BuildDate=2020-07-15",
            "WebURL=http://www.hanwha-security.com",
            "DeviceType=NWC",
            "ConnectedMACAddress=00:09:18:6A:1B:2C",
            "ISPVersion=1.41",
            "Language=English",
        ]
        return _read(spec, req, "iPolis_00:09:18:6A:1B:2C", None, "\r\n".join(lines) + "\r\n", "text/plain")
    return _common(spec, req)


def uniview_http(spec: DeviceSpec, req: Request) -> bytes:
    if req.path == "/LAPI/V1.0/System/DeviceBasicInfo":
        data = {
            "Manufacturer": "uniview",
            "DeviceModel": spec.model,
            "SerialNumber": spec.serial,
            "MAC": "48:EA:63:12:34:56",
            "FirmwareVersion": spec.firmware,
            "HardwareVersion": "A",
            "PCBVersion": "A",
            "UbootVersion": "V2.0",
        }
        body = {
            "Response": {
                "ResponseURL": req.path,
                "CreatedID": -1,
                "ResponseCode": 0,
                "SubResponseCode": 0,
                "ResponseString": "Succeed",
                "StatusCode": 0,
                "StatusString": "Succeed",
                "Data": data,
            }
        }
        return _read(spec, req, spec.serial or "", None, json.dumps(body), "application/json")
    if req.path == "/":
        return _std("200 OK", b"<html><head><title>Web</title></head><body></body></html>")
    return _common(spec, req)


def axis_old_http(spec: DeviceSpec, req: Request) -> bytes:
    server = "Boa/0.94.14rc21"
    if req.path == "/":
        page = (
            b'<html><head><title>AXIS</title><meta http-equiv="refresh" content="0; URL=/view/index.shtml">'
        )
        return _std("200 OK", page + b"</head></html>", server=server)
    if req.path == "/axis-cgi/param.cgi?action=list&group=Brand,Properties":
        lines = [
            "root.Brand.Brand=AXIS",
            f"root.Brand.ProdFullName=AXIS {spec.model} Network Camera",
            f"root.Brand.ProdNbr={spec.model}",
            f"root.Brand.ProdShortName=AXIS {spec.model}",
            "root.Brand.ProdType=Network Camera",
            "root.Brand.WebURL=http://www.axis.com/",
            "root.Properties.API.HTTP.Version=3",
            f"root.Properties.Firmware.Version={spec.firmware}",
            f"root.Properties.System.SerialNumber={spec.serial}",
        ]
        return _read(spec, req, f"AXIS_{spec.serial}", server, "\n".join(lines) + "\n", "text/plain")
    return _common(spec, req, server)  # basicdeviceinfo.cgi among them: this firmware predates it


#: A 1x1 icon (ICO header, one BMP image entry): the favicon the Vivotek emulation serves.
FAVICON = bytes.fromhex(
    "0000010001000101000001002000300000001600000028000000010000000200000001002000"
) + bytes(12)


def vivotek_http(spec: DeviceSpec, req: Request) -> bytes:
    server = "Vivotek Network Camera"
    if req.path == "/favicon.ico":
        return _std("200 OK", FAVICON, "image/x-icon", server=server)
    if req.path == "/":
        return _std("200 OK", b"<html><head><title>Network Camera</title></head></html>", server=server)
    if req.path.startswith("/cgi-bin/viewer/getparam.cgi?"):
        values = {
            "system_info_modelname": spec.model,
            "system_info_firmwareversion": spec.firmware,
            "system_info_serialnumber": spec.serial,
        }
        asked = req.path.partition("?")[2].split("&")
        answer = "".join(f"{name}='{values[name]}'\r\n" for name in asked if name in values)
        return _read(spec, req, "streaming_server", server, answer, "text/plain")
    return _common(spec, req, server)


def panasonic_http(spec: DeviceSpec, req: Request) -> bytes:
    if req.path == "/":
        page = f"<html><head><title>{spec.model} Network Camera</title></head><body></body></html>"
        return _response(
            "200 OK",
            [("Server", "HTTPD"), ("Content-Type", "text/html"), ("Content-Length", str(len(page)))],
            page.encode(),
        )
    if req.path == "/cgi-bin/getinfo?FILE=1":
        lines = [
            "MAC=00-80-45-12-34-56",
            f"SERIAL={spec.serial}",
            f"VERSION={spec.firmware}",
            f"NAME={spec.model}",
        ]
        return _read(spec, req, "iPRO", "HTTPD", "\r\n".join(lines) + "\r\n", "text/plain")
    return _common(spec, req, "HTTPD")


def banner_http(spec: DeviceSpec, req: Request) -> bytes:
    """Bosch, Avigilon and Mobotix: the banner nmap knows them by, and ONVIF."""
    if req.path == "/" and spec.family == "mobotix":
        return _response("302 Found", [("Location", "/control/userimage.html"), ("Content-Length", "0")], b"")
    server = {"bosch": "VCS-VideoJet-Webserver", "avigilon": "AvigilonOnvifNvt/3.2.0"}.get(spec.family)
    if req.path == "/":
        return _std("200 OK", b"<html><head><title></title></head><body></body></html>", server=server)
    return _common(spec, req, server)


def _common(spec: DeviceSpec, req: Request, server: str | None = None) -> bytes:
    if req.path == "/onvif/device_service" and req.method == "POST":
        return _onvif(spec, req, _MANUFACTURER[spec.family])
    return _not_found(server)


def rtsp_reply(spec: DeviceSpec, request: bytes) -> bytes | None:
    if spec.family != "hanwha":
        return None
    nonce = os.urandom(4).hex().upper()
    return (
        "RTSP/1.0 401 Unauthorized\r\nCSeq: 0\r\nDate: Fri, 04 Dec 2026 20:00:00 GMT\r\n"
        f'WWW-Authenticate: Digest realm="NET-i", nonce="{"0" * 24}{nonce}"\r\n\r\n'
    ).encode()


HANDLERS = {
    "hanwha": hanwha_http,
    "uniview": uniview_http,
    "axis_old": axis_old_http,
    "vivotek": vivotek_http,
    "panasonic": panasonic_http,
    "bosch": banner_http,
    "avigilon": banner_http,
    "mobotix": banner_http,
}
fleet.HANDLERS.update(HANDLERS)
fleet.RTSP_REPLIES.append(rtsp_reply)
