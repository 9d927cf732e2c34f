"""Device-information reads of the makers beyond Hikvision and Dahua, with the owner's credentials (read-only
requests, answered by Digest; Basic only as ``httpclient.authed_request`` allows):

- Hanwha Vision (Wisenet, formerly Samsung Techwin) SUNAPI ``GET /stw-cgi/system.cgi?msubmenu=deviceinfo&
  action=view``: ``key=value`` lines ``Model``, ``SerialNumber``, ``FirmwareVersion``, ``DeviceType`` (``NWC``
  a camera, ``NVR`` a recorder), ``ConnectedMACAddress`` (document: Hanwha Vision "SUNAPI 2.x Specification",
  system.cgi, submenu deviceinfo; the same call and fields in the SUNAPI web client's ``getDeviceInfo`` and in
  Network Optix's Hanwha analytics plug-in, ``SettingsProcessor::loadFirmwareVersionFromDevice``).
- Uniview LAPI ``GET /LAPI/V1.0/System/DeviceBasicInfo``: JSON ``Response.Data`` with ``Manufacturer``,
  ``DeviceModel``, ``SerialNumber``, ``MAC``, ``FirmwareVersion`` (document: Uniview "LAPI" interface
  specification, System/DeviceBasicInfo; the same object in the EasyOperate access-control client,
  ``DeviceBasicInfoResponse``).
- Axis VAPIX parameter API ``GET /axis-cgi/param.cgi?action=list&group=Brand,Properties``:
  ``root.Brand.ProdNbr``, ``root.Brand.Brand``, ``root.Brand.ProdType``, ``root.Properties.Firmware.Version``,
  ``root.Properties.System.SerialNumber`` (VAPIX "Parameter management"; firmware older than the Basic device
  information API answers only this).
- Vivotek ``GET /cgi-bin/viewer/getparam.cgi?system_info_modelname&system_info_firmwareversion&
  system_info_serialnumber``: lines ``name='value'`` (Vivotek "URL commands of the network camera",
  ``getparam.cgi``; nmap ``http-vivotek-camera-info.nse``).
- i-PRO (formerly Panasonic) ``GET /cgi-bin/getinfo?FILE=1``: ``key=value`` lines ``NAME`` (the model),
  ``VERSION``, ``SERIAL``, ``MAC`` (i-PRO "CGI Command Interface Specification", 9.1 Get product information,
  access level 3; bitfocus companion-module-panasonic-ptz ``getCameraInfo``).

Each is asked only of a device whose banners, certificate, ONVIF or WS-Discovery answers named its maker.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

from camcensus.network.probes.base import Observation, ProbeContext
from camcensus.network.probes.httpclient import authed_request

SUNAPI_PATH = "/stw-cgi/system.cgi?msubmenu=deviceinfo&action=view"
LAPI_PATH = "/LAPI/V1.0/System/DeviceBasicInfo"
AXIS_PARAM_PATH = "/axis-cgi/param.cgi?action=list&group=Brand,Properties"
VIVOTEK_PATH = (
    "/cgi-bin/viewer/getparam.cgi?system_info_modelname&system_info_firmwareversion&system_info_serialnumber"
)
GETINFO_PATH = "/cgi-bin/getinfo?FILE=1"


def key_values(text: str, quotes: str = "") -> dict[str, str]:
    """``key=value`` lines (values stripped of ``quotes``); the first of a repeated key wins."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, eq, value = line.partition("=")
        if eq and key.strip():
            out.setdefault(key.strip(), value.strip().strip(quotes).strip())
    return out


def _kind(value: str, recorders: tuple[str, ...], cameras: tuple[str, ...]) -> str | None:
    upper = value.upper()
    if any(k in upper for k in recorders):
        return "recorder"
    if any(k in upper for k in cameras):
        return "camera"
    return None


def parse_sunapi(text: str, port: int) -> list[Observation]:
    values = key_values(text)
    model = values.get("Model")
    if not model:
        return []
    kind = values.get("DeviceType", "")
    return [
        Observation(
            probe="sunapi",
            port=port,
            detail=f"SUNAPI system.cgi deviceinfo: Model {model!r}, DeviceType {kind!r}",
            confidence=0.95,
            vendor="Hanwha Vision",
            model=model,
            firmware=values.get("FirmwareVersion") or None,
            serial=values.get("SerialNumber") or None,
            mac=(values.get("ConnectedMACAddress") or "").lower() or None,
            device_type=_kind(kind, ("NVR", "DVR"), ("NWC", "CAMERA", "ENCODER")),
            rank=3,
        )
    ]


def parse_lapi(text: str, port: int) -> list[Observation]:
    try:
        data = json.loads(text)["Response"]["Data"]
        model = str(data["DeviceModel"] or "")
    except (ValueError, KeyError, TypeError):
        return []
    if not model:
        return []
    maker = str(data.get("Manufacturer") or "") or None
    return [
        Observation(
            probe="lapi",
            port=port,
            detail=f"LAPI DeviceBasicInfo: DeviceModel {model!r}, Manufacturer {maker!r}",
            confidence=0.95,
            vendor="Uniview",
            brand=maker,
            model=model,
            firmware=str(data.get("FirmwareVersion") or "") or None,
            serial=str(data.get("SerialNumber") or "") or None,
            mac=str(data.get("MAC") or "").lower() or None,
            device_type=_kind(model, ("NVR", "DVR"), ("IPC",)),
            rank=3,
        )
    ]


def parse_axis_params(text: str, port: int) -> list[Observation]:
    values = key_values(text)
    model = values.get("root.Brand.ProdNbr") or values.get("root.Brand.ProdShortName")
    if not model:
        return []
    brand = values.get("root.Brand.Brand")
    kind = values.get("root.Brand.ProdType", "")
    return [
        Observation(
            probe="axis",
            port=port,
            detail=f"Axis param.cgi Brand: ProdNbr {model!r}, Brand {brand!r}, ProdType {kind!r}",
            confidence=0.95,
            vendor="Axis",
            brand=brand,
            model=model,
            firmware=values.get("root.Properties.Firmware.Version") or None,
            serial=values.get("root.Properties.System.SerialNumber") or None,
            device_type=_kind(kind, ("RECORDER",), ("CAMERA", "ENCODER", "VIDEO SERVER")),
            rank=3,
        )
    ]


def parse_vivotek(text: str, port: int) -> list[Observation]:
    values = key_values(text, "'\"")
    model = values.get("system_info_modelname")
    if not model:
        return []
    return [
        Observation(
            probe="vivotek",
            port=port,
            detail=f"Vivotek getparam.cgi: system_info_modelname {model!r}",
            confidence=0.95,
            vendor="Vivotek",
            model=model,
            firmware=values.get("system_info_firmwareversion") or None,
            serial=values.get("system_info_serialnumber") or None,
            device_type="recorder" if model.upper().startswith(("ND", "NR")) else "camera",
            rank=3,
        )
    ]


def parse_getinfo(text: str, port: int, vendor: str = "i-PRO") -> list[Observation]:
    values = key_values(text)
    model = values.get("NAME")
    if not model:
        return []
    return [
        Observation(
            probe="getinfo",
            port=port,
            detail=f"getinfo?FILE=1: NAME {model!r}, VERSION {values.get('VERSION')!r}",
            confidence=0.9,
            vendor=vendor,
            model=model,
            firmware=values.get("VERSION") or None,
            serial=values.get("SERIAL") or None,
            mac=(values.get("MAC") or "").replace("-", ":").lower() or None,
            device_type=_kind(model, ("WJ-NX", "WJ-HD", "WJ-ND", "NVR"), ("WV-", "BB-", "AW-")),
            rank=3,
        )
    ]


Probe = Callable[[ProbeContext, str, int, bool], Awaitable[list[Observation]]]


def _reader(path: str, parse: Callable[[str, int], list[Observation]]) -> Probe:
    async def read(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
        if ctx.credentials is None:
            return []
        response = await authed_request(ctx, host, port, path, tls=tls)
        if response is None or response.status != 200:
            return []
        return parse(response.text, port)

    return read


probe_sunapi = _reader(SUNAPI_PATH, parse_sunapi)
probe_lapi = _reader(LAPI_PATH, parse_lapi)
probe_axis_params = _reader(AXIS_PARAM_PATH, parse_axis_params)
probe_vivotek = _reader(VIVOTEK_PATH, parse_vivotek)
probe_getinfo = _reader(GETINFO_PATH, parse_getinfo)
probe_getinfo_panasonic = _reader(GETINFO_PATH, lambda text, port: parse_getinfo(text, port, "Panasonic"))

#: The device-information read of each maker here, by the vendor name the knowledge base gives it.
VENDOR_INFO: dict[str, Probe] = {
    "Hanwha Vision": probe_sunapi,
    "Uniview": probe_lapi,
    "Vivotek": probe_vivotek,
    "i-PRO": probe_getinfo,
    "Panasonic": probe_getinfo_panasonic,
}
