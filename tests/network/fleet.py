"""An emulated estate on loopback: asyncio servers that answer like each device family in
shared/data/vendors/fingerprints.md (Hikvision and its HiLook/HiWatch units, Dahua and its Amcrest/Lorex/Imou
units, Axis), plus ordinary web servers, a printer, a NAS and a media server that are not cameras. Recorders
list their channels (``tests/network/recorders.py``): cameras the estate also holds, and cameras only they
reach (PoE ports, analogue inputs); one old DVR takes Basic authentication only; hostile recorders answer
with what ``recorders.HOSTILE`` names.

Every server binds a 127.x.y.z address; nothing here sends traffic anywhere else. Used by the tests and by
benchmarks/discover.py (which runs it as ``python -m tests.network.fleet``).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import email.utils
import hashlib
import ipaddress
import json
import os
import random
import re
import struct
import threading
from dataclasses import asdict, dataclass, field

from tests.network import recorders

USERNAME = "admin"
PASSWORD = "owner-secret-42"


@dataclass
class DeviceSpec:
    address: str
    family: str  # hik_ipc, hik_nvr, hik_dvr, dahua_ipc, dahua_nvr, axis, nginx, apache, printer, nas, ...
    vendor: str | None = None  # truth
    brand: str | None = None
    model: str | None = None
    firmware: str | None = None
    serial: str | None = None
    mac: str | None = None
    video: bool = False
    wsd_name: str | None = None
    vendor_field: str | None = None  # Dahua getVendor / DHDiscover Vendor
    numeric_type: bool = False  # Lorex NVR firmware: deviceType=31, model in updateSerial
    channels: list[dict] = field(default_factory=list)  # a recorder's channels (tests/network/recorders.py)
    capacity: int | None = None  # channels a recorder announces (SADP, DHDiscover) and says it takes
    auth: str = "digest"  # digest, or basic: the only scheme this device offers
    hostile: str | None = None  # a key of recorders.HOSTILE: how its channel list answers
    https: bool = False  # also serve HTTPS on 443 with a self-signed certificate (fixtures/*_tls.pem)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


HIK_MODELS = [
    ("Hikvision", "DS-2CD2142FWD-I", "camera"),
    ("Hikvision", "DS-2CD2143G2-I", "camera"),
    ("Hikvision", "DS-2DE4A425IW-DE", "camera"),
    ("HiLook", "IPC-B140H", "camera"),
    ("HiLook", "IPC-D140H", "camera"),
    ("HiWatch", "HWI-B120-D/W", "camera"),
]
HIK_NVRS = [("Hikvision", "DS-7608NI-K2"), ("HiWatch", "HWN-4104MH-4P")]
DAHUA_MODELS = [
    ("Dahua", "IPC-HDW5831R-ZE", "Dahua"),
    ("Dahua", "IPC-HFW2431S-S-S2", "General"),
    ("Amcrest", "IP5M-T1179E", "Amcrest"),
    ("Imou", "IPC-A26Z", "Imou"),
    ("Lorex", "LNB8005-C", "Lorex"),
]
DAHUA_NVRS = [
    ("Dahua", "DHI-NVR4108HS-8P-4KS2", "General", False),
    ("Lorex", "DHI-NVR4108HS-8P-4KS2", "Lorex", True),
]


def build_fleet(network: str, count: int, seed: int = 7) -> list[DeviceSpec]:
    """``count`` devices on the first addresses of ``network``: about 60% cameras and recorders."""
    import random

    rng = random.Random(seed)
    hosts = list(ipaddress.ip_network(network).hosts())[:count]
    specs = []
    for i, host in enumerate(hosts):
        kind = i % 10
        specs.append(_make(str(host), kind, rng, i))
    _fleet_channels(specs)
    return specs


def _fleet_channels(specs: list[DeviceSpec]) -> None:
    """Each recorder records the two cameras just before it in the fleet (found directly too) and two PoE
    cameras only it reaches: a model with a known pattern, and one whose model the recorder does not know."""
    ch = recorders.ip_channel
    for i, spec in enumerate(specs):
        if spec.family not in ("hik_nvr", "dahua_nvr") or i < 2:
            continue
        hik = spec.family == "hik_nvr"
        near = [s for s in specs[i - 2 : i] if s.family == ("hik_ipc" if hik else "dahua_ipc")]
        protocol, port = ("HIKVISION", 8000) if hik else ("Private", 37777)
        spec.capacity = 8
        spec.channels = [
            ch(n, s.address, s.model, s.serial if hik else None, protocol, s.vendor, port=port)
            for n, s in enumerate(near, start=1)
        ]
        model = "DS-2CD2386G2-IU" if hik else "IPC-HDW2431T-AS-S2"
        spec.channels += [
            ch(
                len(near) + 1,
                "192.168.254.2",
                model,
                f"{model}{spec.serial[-9:]}A",
                protocol,
                spec.vendor,
                port=port,
            ),
            ch(
                len(near) + 2,
                "192.168.254.3",
                "IPC",
                f"{spec.serial[-9:]}B",
                protocol,
                spec.vendor,
                port=port,
            ),
        ]


def sample_estate(prefix: str) -> list[DeviceSpec]:
    """One device of every family and brand, on ``prefix.1`` upwards (``prefix`` like ``127.203.17``)."""
    import random

    rng = random.Random(3)
    rows = [
        ("hik_ipc", "Hikvision", "DS-2CD2142FWD-I", "HIKVISION DS-2CD2142FWD-I", None),
        ("hik_ipc", "HiLook", "IPC-B140H", None, None),
        ("hik_ipc", "HiWatch", "HWI-B120-D/W", None, None),
        ("hik_nvr", "Hikvision", "DS-7608NI-K2", None, None),
        ("dahua_ipc", "Dahua", "IPC-HDW5831R-ZE", "Dahua", "General"),
        ("dahua_ipc", "Amcrest", "IP5M-T1179E", "Amcrest", "Amcrest"),
        ("dahua_ipc", "Imou", "IPC-A26Z", "Imou", "Imou"),
        ("dahua_nvr", "Lorex", "DHI-NVR4108HS-8P-4KS2", None, "Lorex"),
        ("axis", "Axis", "M3045-V", "AXIS M3045-V", None),
    ]
    specs = []
    for n, (family, brand, model, wsd, vendor_field) in enumerate(rows, start=1):
        vendor = {"hik": "Hikvision", "dah": "Dahua", "axi": "Axis"}[family[:3]]
        hik = vendor == "Hikvision"
        firmware = (
            "V5.5.82 build 190220"
            if hik
            else "2.800.0000016.0.R,build:2020-06-05"
            if vendor == "Dahua"
            else "9.80.3.2"
        )
        serial = f"{model}20190101AAWR{_serial(rng)}" if hik else _serial(rng, "4X")
        mac = f"44:19:b6:00:00:{n:02x}" if hik else None
        specs.append(
            DeviceSpec(
                f"{prefix}.{n}",
                family,
                vendor,
                brand,
                model,
                firmware,
                serial,
                mac,
                True,
                wsd,
                vendor_field,
                numeric_type=brand == "Lorex",
            )
        )
    for n, family in enumerate(["nginx", "apache", "printer", "nas", "media", "blog"], start=len(rows) + 1):
        specs.append(DeviceSpec(f"{prefix}.{n}", family))
    _sample_channels(specs)
    specs.append(basic_only_dvr(f"{prefix}.{len(specs) + 1}", rng))
    return specs


#: The sample estate's addresses are ``prefix.1`` to ``prefix.ESTATE_SIZE``.
ESTATE_SIZE = 16


def _sample_channels(specs: list[DeviceSpec]) -> None:
    """The Hikvision NVR records two cameras the estate also holds (one known by serial, one only by address)
    and three on its PoE ports; the Lorex NVR two the estate holds and three it alone reaches, one disabled,
    in an eight-slot table."""
    by_model = {s.model: s for s in specs}
    hik_nvr, lorex = by_model["DS-7608NI-K2"], by_model["DHI-NVR4108HS-8P-4KS2"]
    cam, hilook = by_model["DS-2CD2142FWD-I"], by_model["IPC-B140H"]
    ch, ip = recorders.ip_channel, hik_nvr.serial
    hik_nvr.capacity = 8
    hik_nvr.channels = [
        ch(1, cam.address, cam.model, cam.serial, vendor="Hikvision"),
        ch(2, hilook.address, None, None, vendor="Hikvision"),
        ch(3, "192.168.254.2", "DS-2CD2386G2-IU", f"DS-2CD2386G2-IU{ip[-9:]}3", vendor="Hikvision"),
        ch(4, "192.168.254.3", "IPC", f"0000000000000-0C0F{ip[-6:]}", vendor="Hikvision"),
        ch(5, "192.168.254.4", None, None, protocol="ONVIF", port=80),
    ]
    dahua, imou = by_model["IPC-HDW5831R-ZE"], by_model["IPC-A26Z"]
    lorex.capacity = 8
    lorex.channels = [
        ch(1, dahua.address, dahua.model, protocol="Private", vendor="Dahua", port=37777),
        ch(2, imou.address, "IP Camera", protocol="Private", vendor="Dahua", port=37777),
        ch(3, "10.20.30.41", "LNB8005-C", protocol="Private", vendor="Dahua", port=37777),
        ch(4, "10.20.30.42", "", protocol="Onvif", port=80),
        ch(
            5,
            "10.20.30.43",
            "IPC-HFW2431S-S-S2",
            protocol="Private",
            vendor="Dahua",
            enabled=False,
            port=37777,
        ),
    ]


def hostile_estate(prefix: str) -> list[DeviceSpec]:
    """A recorder for each hostile answer in ``recorders.HOSTILE``, on ``prefix.1`` upwards; the two that list
    600 channels also announce 10,000 (SADP, DHDiscover, MaxRemoteInputChannels)."""
    rng = random.Random(11)
    specs = []
    for n, name in enumerate(recorders.HOSTILE, start=1):
        dahua = name.endswith("_dahua")
        model = "DHI-NVR4108HS-8P-4KS2" if dahua else "DS-7608NI-K2"
        spec = DeviceSpec(
            f"{prefix}.{n}",
            "dahua_nvr" if dahua else "hik_nvr",
            "Dahua" if dahua else "Hikvision",
            "Dahua" if dahua else "Hikvision",
            model,
            "4.001.0000000.1.R,build:2021-03-10" if dahua else "V4.22.005 build 191108",
            _serial(rng, "ND") if dahua else f"{model}1620190125AACH{_serial(rng)}",
            None if dahua else f"44:19:b6:00:01:{n:02x}",
            True,
            vendor_field="General" if dahua else None,
            capacity=10_000 if name.startswith("many") else 8,
            hostile=name,
        )
        specs.append(spec)
    return specs


def basic_only_dvr(address: str, rng) -> DeviceSpec:
    """An older Hikvision hybrid DVR whose web server challenges with Basic only: eight analogue inputs (three
    with cameras) and two IP channels (one used)."""
    model = "DS-7208HQHI-K1"
    spec = DeviceSpec(
        address,
        "hik_dvr",
        "Hikvision",
        "Hikvision",
        model,
        "V3.5.38 build 180409",
        f"{model}0820180123CCWR{_serial(rng)}",
        "44:19:b6:00:00:99",
        True,
        auth="basic",
        capacity=10,
    )
    spec.channels = [recorders.analogue_channel(n, video=n <= 3) for n in range(1, 9)]
    spec.channels.append(recorders.ip_channel(9, "10.20.40.5", "DS-2CD1023G0E-I", vendor="Hikvision"))
    return spec


def _serial(rng, prefix: str = "") -> str:
    return prefix + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))


def _make(address: str, kind: int, rng, i: int) -> DeviceSpec:
    tail = f"{i >> 16 & 255:02x}:{i >> 8 & 255:02x}:{i & 255:02x}"
    mac = "44:19:b6:" + tail
    if kind in (0, 1, 2):
        brand, model, _ = HIK_MODELS[(i // 10 + kind) % len(HIK_MODELS)]
        return DeviceSpec(
            address,
            "hik_ipc",
            "Hikvision",
            brand,
            model,
            "V5.5.82 build 190220",
            f"{model}20190101AAWR{_serial(rng)}",
            mac,
            True,
            wsd_name=f"HIKVISION {model}" if brand == "Hikvision" else None,
        )
    if kind == 3:
        brand, model = HIK_NVRS[(i // 10) % len(HIK_NVRS)]
        return DeviceSpec(
            address,
            "hik_nvr",
            "Hikvision",
            brand,
            model,
            "V4.22.005 build 191108",
            f"{model}1620190125AACH{_serial(rng)}",
            mac,
            True,
        )
    if kind in (4, 5):
        brand, model, vendor_field = DAHUA_MODELS[(i // 10 + kind) % len(DAHUA_MODELS)]
        return DeviceSpec(
            address,
            "dahua_ipc",
            "Dahua",
            brand,
            model,
            "2.800.0000016.0.R,build:2020-06-05",
            _serial(rng, "4X"),
            "30:dd:aa:" + tail,
            True,
            wsd_name=vendor_field if vendor_field != "General" else "Dahua",
            vendor_field=vendor_field,
        )
    if kind == 6:
        brand, model, vendor_field, numeric = DAHUA_NVRS[(i // 10) % len(DAHUA_NVRS)]
        return DeviceSpec(
            address,
            "dahua_nvr",
            "Dahua",
            brand,
            model,
            "4.001.0000000.1.R,build:2021-03-10",
            _serial(rng, "ND"),
            None,
            True,
            vendor_field=vendor_field,
            numeric_type=numeric,
        )
    if kind == 7:
        return DeviceSpec(
            address,
            "axis",
            "Axis",
            "Axis",
            "M3045-V",
            "9.80.3.2",
            _serial(rng, "ACCC8E"),
            None,
            True,
            wsd_name="AXIS M3045-V",
        )
    if kind == 8 and (i // 10) % 2 == 0:
        from tests.network.vendor_fleet import VENDOR_ROWS  # registers their handlers

        family, vendor, brand, model, firmware, serial, _ = VENDOR_ROWS[(i // 20) % len(VENDOR_ROWS)]
        return DeviceSpec(
            address, family, vendor, brand, model, firmware, f"{serial[:-4]}{i:04d}", None, True
        )
    other = ["nginx", "apache", "printer", "nas", "media", "blog"][(i // 10 + kind) % 6]
    return DeviceSpec(address, other)


# --- HTTP helpers -----------------------------------------------------------------------------------------


def _date() -> str:
    return email.utils.formatdate(usegmt=True)


def _response(status: str, headers: list[tuple[str, str]], body: bytes, version: str = "HTTP/1.1") -> bytes:
    head = f"{version} {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("latin-1") + body


def _std(
    status: str,
    body: bytes,
    ctype: str = "text/html",
    server: str | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> bytes:
    headers = [("Date", _date())]
    if server:
        headers.append(("Server", server))
    headers += extra or []
    headers += [("Content-Type", ctype), ("Content-Length", str(len(body))), ("Connection", "close")]
    return _response(status, headers, body)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) < 3:
        return None
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        if k:
            headers[k.strip().lower()] = v.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = await reader.readexactly(length) if length else b""
    return Request(parts[0], parts[1], headers, body)


def _digest_ok(req: Request, realm: str) -> bool:
    """Server side of RFC 2617 Digest (MD5, qop=auth) for the owner's account."""
    auth = req.headers.get("authorization", "")
    if not auth.startswith("Digest "):
        return False
    fields = {k: quoted or bare for k, quoted, bare in re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', auth[7:])}
    if fields.get("username") != USERNAME or fields.get("realm") != realm:
        return False
    ha1 = hashlib.md5(f"{USERNAME}:{realm}:{PASSWORD}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{req.method}:{fields.get('uri', '')}".encode()).hexdigest()
    if fields.get("qop"):
        data = f"{ha1}:{fields['nonce']}:{fields['nc']}:{fields['cnonce']}:{fields['qop']}:{ha2}"
    else:
        data = f"{ha1}:{fields['nonce']}:{ha2}"
    return hashlib.md5(data.encode()).hexdigest() == fields.get("response")


def _basic_ok(req: Request) -> bool:
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    return req.headers.get("authorization", "") == f"Basic {token}"


def _refused(spec: DeviceSpec, req: Request, realm: str, server: str | None = None) -> bytes | None:
    """None when the request carries the owner's credentials in the scheme this device takes; else its 401."""
    if spec.auth == "basic":
        if _basic_ok(req):
            return None
        return _std(
            "401 Unauthorized",
            b"<html><body>401 Unauthorized</body></html>",
            server=server,
            extra=[("WWW-Authenticate", f'Basic realm="{realm}"')],
        )
    return None if _digest_ok(req, realm) else _challenge(realm, server)


def _challenge(realm: str, server: str | None = None) -> bytes:
    nonce = os.urandom(16).hex()
    return _std(
        "401 Unauthorized",
        b"<html><body>401 Unauthorized</body></html>",
        server=server,
        extra=[("WWW-Authenticate", f'Digest realm="{realm}", qop="auth", nonce="{nonce}", stale="FALSE"')],
    )


def _wsse_ok(body: bytes) -> bool:
    text = body.decode("utf-8", "replace")
    user = re.search(r"<Username>([^<]*)</Username>", text)
    digest = re.search(r"<Password[^>]*>([^<]*)</Password>", text)
    nonce = re.search(r"<Nonce[^>]*>([^<]*)</Nonce>", text)
    created = re.search(r"<Created[^>]*>([^<]*)</Created>", text)
    if not (user and digest and nonce and created) or user.group(1) != USERNAME:
        return False
    expect = hashlib.sha1(base64.b64decode(nonce.group(1)) + created.group(1).encode() + PASSWORD.encode())
    return base64.b64encode(expect.digest()).decode() == digest.group(1)


def _onvif(spec: DeviceSpec, req: Request, maker: str) -> bytes:
    env = (
        '<?xml version="1.0" encoding="UTF-8"?><env:Envelope '
        'xmlns:env="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:tds="http://www.onvif.org/ver10/device/wsdl"><env:Body>{}</env:Body></env:Envelope>'
    )
    if not _wsse_ok(req.body):
        fault = (
            "<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>"
            'ter:NotAuthorized</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang="en">'
            "Sender not Authorized</env:Text></env:Reason></env:Fault>"
        )
        return _std("400 Bad Request", env.format(fault).encode(), "application/soap+xml")
    info = (
        f"<tds:GetDeviceInformationResponse><tds:Manufacturer>{maker}</tds:Manufacturer><tds:Model>{spec.model}"
        f"</tds:Model><tds:FirmwareVersion>{spec.firmware}</tds:FirmwareVersion><tds:SerialNumber>{spec.serial}"
        "</tds:SerialNumber><tds:HardwareId>88</tds:HardwareId></tds:GetDeviceInformationResponse>"
    )
    return _std("200 OK", env.format(info).encode(), "application/soap+xml")


# --- families ---------------------------------------------------------------------------------------------

HIK_ROOT = (
    b'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    b'<title></title>\n<script>\nwindow.location.href = "/doc/page/login.asp?_" + (new Date()).getTime();\n'
    b"</script>\n</head>\n<body></body>\n</html>\n"
)


HIK_SERVERS = {"hik_nvr": "DNVRS-Webs", "hik_dvr": "DVRDVS-Webs"}
HIK_NOT_SUPPORTED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<ResponseStatus version="1.0" '
    b'xmlns="http://www.hikvision.com/ver20/XMLSchema"><statusCode>4</statusCode><statusString>Invalid '
    b"Operation</statusString><subStatusCode>notSupport</subStatusCode></ResponseStatus>\n"
)


def hik_channels(spec: DeviceSpec, req: Request, server: str) -> bytes:
    """A Hikvision recorder's IP channel list or analogue inputs (403 where it has none)."""
    if spec.hostile and req.path == "/ISAPI/ContentMgmt/InputProxy/channels":
        status, ctype, body = recorders.HOSTILE[spec.hostile]
        return _std(status, body, ctype, server=server)
    if req.path == "/ISAPI/ContentMgmt/InputProxy/channels":
        return _std(
            "200 OK", recorders.hik_input_proxy(spec.channels).encode(), "application/xml", server=server
        )
    xml = recorders.hik_video_inputs(spec.channels)
    if xml is None:
        return _std("403 Forbidden", HIK_NOT_SUPPORTED, "application/xml", server=server)
    return _std("200 OK", xml.encode(), "application/xml", server=server)


def hik_http(spec: DeviceSpec, req: Request) -> bytes:
    server = HIK_SERVERS.get(spec.family, "App-webs/")
    if req.path == "/" and req.method == "GET":
        if spec.family == "hik_nvr":
            return _response(
                "200 OK",
                [
                    ("Date", _date()),
                    ("Server", server),
                    ("ETag", '"5f2-1a0-5e4c2f1b"'),
                    ("Content-Length", str(len(HIK_ROOT))),
                    ("Content-Type", "text/html"),
                    ("Connection", "close"),
                    ("Last-Modified", _date()),
                ],
                HIK_ROOT,
                "HTTP/1.0",
            )
        return _response(
            "200 OK",
            [
                ("Date", _date()),
                ("Server", server),
                ("Content-Type", "text/html"),
                ("Content-Length", str(len(HIK_ROOT))),
                ("Connection", "close"),
            ],
            HIK_ROOT,
            "HTTP/1.0",
        )
    if req.path.startswith("/doc/page/login.asp"):
        return _std(
            "200 OK",
            b"<html><head><title></title></head><body><div id='login'></div></body></html>",
            server=server,
        )
    realm = "IP Camera" if spec.family == "hik_ipc" else "DVR"
    if req.path.startswith("/ISAPI/") and (refused := _refused(spec, req, realm, server)):
        return refused
    if spec.family != "hik_ipc" and req.path in (
        "/ISAPI/ContentMgmt/InputProxy/channels",
        "/ISAPI/System/Video/inputs/channels",
    ):
        return hik_channels(spec, req, server)
    if req.path == "/ISAPI/System/deviceInfo":
        kind = {"hik_nvr": "NVR", "hik_dvr": "DVR"}.get(spec.family, "IPCamera")
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<DeviceInfo version="2.0" '
            'xmlns="http://www.hikvision.com/ver20/XMLSchema">\n'
            f"<deviceName>Camera {spec.address}</deviceName>\n"
            f"<deviceID>{spec.serial[-12:]}</deviceID>\n<model>{spec.model}</model>\n"
            f"<serialNumber>{spec.serial}</serialNumber>\n<macAddress>{spec.mac}</macAddress>\n"
            f"<firmwareVersion>{spec.firmware.split(' ')[0]}</firmwareVersion>\n"
            f"<firmwareReleasedDate>{spec.firmware.split(' ', 1)[1]}</firmwareReleasedDate>\n"
            f"<deviceType>{kind}</deviceType>\n</DeviceInfo>\n"
        )
        return _std("200 OK", xml.encode(), "application/xml", server=server)
    if req.path == "/onvif/device_service" and req.method == "POST" and spec.family != "hik_dvr":
        return _onvif(spec, req, "HIKVISION")  # the DVR's ONVIF service is off, as Hikvision ships it
    return _std("404 Not Found", b"<html><body>Document Error: Not Found</body></html>", server=server)


DAHUA_ROOT = (
    b"\xef\xbb\xbf<!DOCTYPE html>\r\n<html>\r\n<head>\r\n    <title>WEB SERVICE</title>\r\n"
    b'<script src="jsBase/lib/jquery.js?version=@WebVersion@"></script>\r\n'
    b"</head>\r\n<body></body>\r\n</html>\r\n"
)


def _dahua_raw(status: str, body: bytes, ctype: str = "text/html") -> bytes:
    return _response(
        status,
        [
            ("CONNECTION", "close"),
            ("CONTENT-LENGTH", str(len(body))),
            ("P3P", "CP=CAO PSA OUR"),
            ("CACHE-CONTROL", "max-age=0"),
            ("CONTENT-TYPE", ctype),
        ],
        body,
    )


def dahua_http(spec: DeviceSpec, req: Request) -> bytes:
    if req.path == "/" and req.method == "GET":
        return _dahua_raw("200 OK", DAHUA_ROOT)
    if req.path == "/RPC2_Login" and req.method == "POST":
        try:
            data = json.loads(req.body)
        except ValueError:
            return _dahua_raw("400 Bad Request", b"")
        if data.get("params", {}).get("password"):
            return _dahua_raw("200 OK", b'{"error":{"code":268632085},"result":false}', "application/json")
        reply = {
            "error": {"code": 268632079, "message": "Component error: login challenge!"},
            "id": 1,
            "params": {
                "authorization": os.urandom(20).hex(),
                "encryption": "Default",
                "mac": "",
                "random": str(int.from_bytes(os.urandom(4), "big")),
                "realm": f"Login to {spec.serial}",
            },
            "result": False,
            "session": int.from_bytes(os.urandom(3), "big"),
        }
        return _dahua_raw("200 OK", json.dumps(reply).encode(), "application/json")
    if req.path.startswith("/cgi-bin/") and (refused := _refused(spec, req, "Login to " + str(spec.serial))):
        return refused
    if (
        req.path == "/cgi-bin/configManager.cgi?action=getConfig&name=RemoteDevice"
        and spec.family == "dahua_nvr"
    ):
        if spec.hostile:
            status, ctype, body = recorders.HOSTILE[spec.hostile]
            return _dahua_raw(status, body, ctype)
        text = recorders.dahua_remote_devices(spec.channels, spec.capacity or 8)
        return _dahua_raw("200 OK", text.encode(), "text/plain;charset=utf-8")
    if req.path.startswith("/cgi-bin/magicBox.cgi"):
        action = req.path.partition("action=")[2]
        model = str(spec.model)
        plain = re.sub(r"^DHI?T?-", "", model)
        answers = {
            "getSystemInfo": (
                f"appAutoStart=true\r\ndeviceType={'31' if spec.numeric_type else plain}\r\n"
                f"hardwareVersion=1.00\r\nprocessor=S3LM\r\nserialNumber={spec.serial}\r\n"
                f"updateSerial={model}\r\n"
            ),
            "getDeviceType": f"type={'31' if spec.numeric_type else plain}\r\n",
            "getSoftwareVersion": f"version={spec.firmware}\r\n",
            "getVendor": f"vendor={spec.vendor_field}\r\n",
        }
        if spec.family == "dahua_nvr":
            answers["getProductDefinition&name=MaxRemoteInputChannels"] = (
                f"table.MaxRemoteInputChannels={spec.capacity or 8}\r\n"
            )
        if action not in answers:
            return _dahua_raw("400 Bad Request", b"Error\r\nBad Request!\r\n", "text/plain")
        return _dahua_raw("200 OK", answers[action].encode(), "text/plain")
    if req.path == "/onvif/device_service" and req.method == "POST":
        return _onvif(spec, req, str(spec.vendor_field if spec.vendor_field != "General" else "Dahua"))
    return _dahua_raw("404 Not Found", b"")


AXIS_ROOT = (
    b'<!DOCTYPE html><html><head><title>AXIS</title><meta http-equiv="refresh" '
    b'content="0; URL=/camera/index.html"></head><body><a href="/axis-cgi/admin/param.cgi">'
    b"settings</a></body></html>"
)


def axis_http(spec: DeviceSpec, req: Request) -> bytes:
    if req.path == "/" and req.method == "GET":
        return _std("200 OK", AXIS_ROOT, server="Apache/2.4.54 (Unix)")
    if req.path == "/axis-cgi/basicdeviceinfo.cgi" and req.method == "POST":
        method = json.loads(req.body or b"{}").get("method")
        props = {
            "Brand": "AXIS",
            "ProdNbr": spec.model,
            "ProdType": "Network Camera",
            "SerialNumber": spec.serial,
            "Version": spec.firmware,
            "ProdFullName": f"AXIS {spec.model} Network Camera",
        }
        if method == "getAllProperties" and not _digest_ok(req, "AXIS_" + str(spec.serial)):
            return _challenge("AXIS_" + str(spec.serial), "Apache/2.4.54 (Unix)")
        body = json.dumps({"apiVersion": "1.0", "data": {"propertyList": props}}).encode()
        return _std("200 OK", body, "application/json", server="Apache/2.4.54 (Unix)")
    if req.path == "/onvif/device_service" and req.method == "POST":
        return _onvif(spec, req, "AXIS")
    return _std("404 Not Found", b"<html><body>Not Found</body></html>", server="Apache/2.4.54 (Unix)")


NGINX_PAGE = (
    b"<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head>"
    b"<body><h1>Welcome to nginx!</h1></body></html>"
)
BLOG_PAGE = (
    b"<!DOCTYPE html><html><head><title>Estates team notes</title></head><body><p>We compared the Hikvision "
    b"DS-2CD2142FWD-I with a Dahua IPC-HDW5831R-ZE and an AXIS M3045-V for the car park.</p></body></html>"
)


def plain_http(spec: DeviceSpec, req: Request) -> bytes:
    if spec.family == "printer":
        server = (
            "HP HTTP Server; HP LaserJet Pro M404dn - W1A53A; Serial Number: PHBBK12345; "
            "Built: Mon Jan 10, 2022"
        )
        if req.path == "/":
            return _std(
                "200 OK",
                b"<html><head><title>HP LaserJet Pro M404dn</title></head><body>HP EWS</body></html>",
                server=server,
            )
        return _std("404 Not Found", b"<html><body>Not found</body></html>", server=server)
    if spec.family == "nas":
        if req.path == "/":
            return _std(
                "200 OK",
                b"<html><head><title>Synology DiskStation - DS920+</title></head><body></body></html>",
                server="nginx",
            )
        return _std("404 Not Found", NGINX_PAGE, server="nginx")
    if spec.family == "apache":
        if req.path == "/":
            return _std(
                "200 OK", b"<html><body><h1>It works!</h1></body></html>", server="Apache/2.4.57 (Debian)"
            )
        return _std("404 Not Found", b"<html><body>Not Found</body></html>", server="Apache/2.4.57 (Debian)")
    if spec.family == "blog" and req.path == "/":
        return _std("200 OK", BLOG_PAGE, server="nginx/1.22.1")
    if req.path == "/":
        return _std("200 OK", NGINX_PAGE, server="nginx/1.22.1")
    return _std("404 Not Found", NGINX_PAGE, server="nginx/1.22.1")


HANDLERS = {
    "hik_ipc": hik_http,
    "hik_nvr": hik_http,
    "hik_dvr": hik_http,
    "dahua_ipc": dahua_http,
    "dahua_nvr": dahua_http,
    "axis": axis_http,
}


#: Other modules' RTSP answers (``vendor_fleet``): each gives bytes for a device it emulates, else None.
RTSP_REPLIES: list = []


def rtsp_reply(spec: DeviceSpec, request: bytes) -> bytes:
    cseq = re.search(rb"CSeq: *(\d+)", request)
    seq = cseq.group(1).decode() if cseq else "0"
    for other in RTSP_REPLIES:
        if (reply := other(spec, request)) is not None:
            return reply
    if spec.family.startswith("hik"):
        nonce = os.urandom(16).hex()
        return (
            f'RTSP/1.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm="Hikvision", nonce="{nonce}", '
            f'stale="FALSE"\r\nWWW-Authenticate: Basic realm="/"\r\n\r\n'
        ).encode()
    if spec.family.startswith("dahua"):
        return (
            b'RTSP/1.0 401 Unauthorized\r\nWWW-Authenticate: Basic realm="device"\r\n'
            b"Server: Dahua Rtsp Server\r\nContent-Length: 0\r\n\r\n"
        )
    if spec.family == "axis":
        return (
            f"RTSP/1.0 401 Unauthorized\r\nCSeq: {seq}\r\nServer: AXIS RTSP server\r\n"
            f'WWW-Authenticate: Digest realm="AXIS_{spec.serial}", nonce="0a1b2c"\r\n\r\n'
        ).encode()
    return (
        f"RTSP/1.0 200 OK\r\nCSeq: {seq}\r\nServer: GStreamer RTSP server\r\n"
        "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n"
    ).encode()


# --- UDP discovery answers ---------------------------------------------------------------------------------


def sadp_reply(spec: DeviceSpec) -> bytes:
    kind = {"hik_nvr": "NVR", "hik_dvr": "DVR"}.get(spec.family, "IPC")
    analogue = sum(c["input"] == "analogue" for c in spec.channels)
    digital = (spec.capacity - analogue) if spec.capacity is not None else 1
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ProbeMatch><Uuid>{os.urandom(16).hex()}</Uuid>\n'
        f"<Types>inquiry</Types>\n<DeviceType>{kind}</DeviceType>\n<DeviceDescription>{spec.model}"
        f"</DeviceDescription>\n<DeviceSN>{spec.serial}</DeviceSN>\n<CommandPort>8000</CommandPort>\n"
        f"<HttpPort>80</HttpPort>\n<MAC>{str(spec.mac).replace(':', '-')}</MAC>\n<IPv4Address>{spec.address}"
        f"</IPv4Address>\n<SoftwareVersion>{spec.firmware.replace(' ', '')}</SoftwareVersion>\n"
        f"<AnalogChannelNum>{analogue}</AnalogChannelNum>\n<DigitalChannelNum>{digital}</DigitalChannelNum>\n"
        "<Activated>true</Activated>\n</ProbeMatch>\n"
    ).encode()


def dhdiscover_reply(spec: DeviceSpec) -> bytes:
    plain = re.sub(r"^DHI?T?-", "", str(spec.model))
    body = json.dumps(
        {
            "method": "client.notifyDevInfo",
            "params": {
                "deviceInfo": {
                    "DeviceClass": "NVR" if spec.family == "dahua_nvr" else "IPC",
                    "DeviceType": plain if not spec.numeric_type else str(spec.model),
                    "SerialNo": spec.serial,
                    "MachineName": f"cam-{spec.address}",
                    "Vendor": spec.vendor_field,
                    "Version": spec.firmware.split(",")[0],
                    "HttpPort": 80,
                    "Port": 37777,
                    "VideoInputChannels": 0 if spec.family == "dahua_nvr" else 1,
                    "RemoteVideoInputChannels": spec.capacity or 0,
                    "mac": spec.mac or "",
                    "IPv4Address": {
                        "IPAddress": spec.address,
                        "SubnetMask": "255.0.0.0",
                        "DhcpEnable": False,
                    },
                }
            },
        }
    ).encode()
    return struct.pack("<I4sIIIIII", 0x20, b"DHIP", 0, 0, len(body), 0, len(body), 0) + body


def wsd_reply(spec: DeviceSpec, request: bytes) -> bytes:
    relates = re.search(rb"<[\w:]*MessageID>([^<]+)<", request)
    scopes = [
        "onvif://www.onvif.org/type/video_encoder",
        "onvif://www.onvif.org/Profile/Streaming",
        f"onvif://www.onvif.org/hardware/{str(spec.model).replace(' ', '%20')}",
    ]
    if spec.wsd_name:
        scopes.append("onvif://www.onvif.org/name/" + spec.wsd_name.replace(" ", "%20"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope '
        'xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
        'xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" '
        'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"><SOAP-ENV:Header>'
        f"<wsa:RelatesTo>{(relates.group(1).decode() if relates else '')}</wsa:RelatesTo></SOAP-ENV:Header>"
        "<SOAP-ENV:Body><d:ProbeMatches><d:ProbeMatch><d:Types>dn:NetworkVideoTransmitter</d:Types>"
        f"<d:Scopes>{' '.join(scopes)}</d:Scopes><d:XAddrs>http://{spec.address}/onvif/device_service</d:XAddrs>"
        "</d:ProbeMatch></d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()


class _Udp(asyncio.DatagramProtocol):
    def __init__(self, answer) -> None:
        self.answer = answer
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
        reply = self.answer(data)
        if reply and self.transport:
            self.transport.sendto(reply, addr)


# --- the fleet --------------------------------------------------------------------------------------------


@dataclass
class Fleet:
    specs: list[DeviceSpec]
    servers: list = field(default_factory=list)
    transports: list = field(default_factory=list)
    requests: list[tuple[str, str, str, dict[str, str]]] = field(default_factory=list)
    multicast: bool = False  # also answer on the discovery groups (only inside a network namespace)
    _unicast: dict[int, list[tuple[asyncio.DatagramTransport, object]]] = field(default_factory=dict)

    async def start(self) -> None:
        for spec in self.specs:
            await self._start_one(spec)
        if self.multicast:
            for group, port in (
                ("239.255.255.250", 37020),
                ("239.255.255.251", 37810),
                ("239.255.255.250", 3702),
            ):
                await self._group(group, port)

    async def _group(self, group: str, port: int) -> None:
        """One listener per group; each device answers from its own address, as on a real segment: SADP and
        DHDiscover devices to the group (so only a client that joined it hears them), WS-Discovery ones to the
        sender (WS-Discovery 1.0 section 5.3)."""
        import socket

        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((group, port))
        member = socket.inet_aton(group) + socket.inet_aton("0.0.0.0")
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, member)
        devices = self._unicast.get(port, [])

        def answer_all(data: bytes, addr) -> None:
            for transport, answer in devices:
                reply = answer(data)  # type: ignore[operator]
                if reply:
                    transport.sendto(reply, (group, port) if port in (37020, 37810) else addr)

        class _Group(asyncio.DatagramProtocol):
            def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
                answer_all(data, addr)

        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(_Group, sock=sock)
        self.transports.append(transport)

    async def _tcp(self, host: str, port: int, handler) -> None:
        self.servers.append(await asyncio.start_server(handler, host, port, reuse_address=True, backlog=128))

    async def _udp(self, host: str, port: int, answer) -> None:
        import socket

        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # beside the group listener, if any
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)  # its group answers leave the host
        sock.bind((host, port))
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: _Udp(answer), sock=sock)
        self.transports.append(transport)
        self._unicast.setdefault(port, []).append((transport, answer))

    async def _start_one(self, spec: DeviceSpec) -> None:
        handler = HANDLERS.get(spec.family, plain_http)

        async def web(reader, writer, spec=spec, handler=handler):
            with contextlib.suppress(Exception):
                req = await _read_request(reader)
                if req is not None:
                    self.requests.append((spec.address, req.method, req.path, req.headers))
                    writer.write(handler(spec, req))
                    await writer.drain()
            writer.close()

        async def rtsp(reader, writer, spec=spec):
            with contextlib.suppress(Exception):
                while True:
                    data = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                    writer.write(rtsp_reply(spec, data))
                    await writer.drain()
            writer.close()

        await self._tcp(spec.address, 80, web)
        if spec.https:
            self.servers.append(
                await asyncio.start_server(web, spec.address, 443, ssl=_tls_context(spec), reuse_address=True)
            )
        if spec.video or spec.family == "media":
            await self._tcp(spec.address, 554, rtsp)
        if spec.family.startswith("hik"):

            async def sdk(reader, writer):
                with contextlib.suppress(Exception):
                    writer.write(b"\x00\x00\x00\x10\x00\x00\x00\x1e\x00\x00\x00\x1e\x00\x00\x00\x00")
                    await writer.drain()
                    await asyncio.wait_for(reader.read(1), 3)
                writer.close()

            await self._tcp(spec.address, 8000, sdk)
            await self._udp(spec.address, 37020, lambda d, s=spec: sadp_reply(s) if b"<Probe>" in d else None)
        if spec.family.startswith("dahua"):

            async def dvrip(reader, writer):
                with contextlib.suppress(Exception):
                    hello = await asyncio.wait_for(reader.readexactly(32), 5)
                    if hello[:1] == b"\xa1":
                        writer.write(b"\xb1\x00\x00\x58\x00\x00\x00\x00" + b"\x00" * 24)
                        await writer.drain()
                writer.close()

            await self._tcp(spec.address, 37777, dvrip)
            await self._udp(
                spec.address,
                37810,
                lambda d, s=spec: dhdiscover_reply(s) if b"DHDiscover.search" in d else None,
            )
        if spec.video:
            await self._udp(spec.address, 3702, lambda d, s=spec: wsd_reply(s, d) if b"Probe" in d else None)
        if spec.family == "printer":

            async def jetdirect(reader, writer):
                writer.close()

            await self._tcp(spec.address, 9100, jetdirect)

    async def stop(self) -> None:
        for server in self.servers:
            server.close()
        for transport in self.transports:
            transport.close()
        for server in self.servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)


def _tls_context(spec: DeviceSpec):
    """The device's self-signed certificate: ``fixtures/<family>_tls.pem``, else ``fixtures/web_tls.pem``."""
    import ssl
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    name = spec.family if (fixtures / f"{spec.family}_tls.pem").exists() else "web"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(fixtures / f"{name}_tls.pem", fixtures / f"{name}_tls.key")
    return context


class FleetThread:
    """Run a fleet's event loop in a background thread (for tests that call discovery in the main thread)."""

    def __init__(self, specs: list[DeviceSpec]) -> None:
        self.fleet = Fleet(specs)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> Fleet:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.fleet.start(), self.loop).result(60)
        return self.fleet

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self.fleet.stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def main() -> None:
    """``python -m tests.network.fleet NETWORK COUNT TRUTH.json``: serve a fleet until stdin closes."""
    import sys

    network, count, truth = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    specs = build_fleet(network, count)
    with open(truth, "w", encoding="utf-8") as fh:
        json.dump([s.as_dict() for s in specs], fh)

    async def serve() -> None:
        fleet = Fleet(specs)
        await fleet.start()
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        await fleet.stop()

    asyncio.run(serve())


if __name__ == "__main__":
    # Run the imported module's main, so that vendor_fleet registers its families in the HANDLERS it serves
    # from (run as a script, this file is __main__, a module apart from tests.network.fleet).
    from tests.network.fleet import main as imported_main

    imported_main()
