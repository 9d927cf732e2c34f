"""Device-information calls made with the estate owner's credentials (read-only requests).

- Hikvision ISAPI ``GET /ISAPI/System/deviceInfo`` (older firmware: ``/System/deviceInfo``): model, serial,
  firmware, MAC, device type, and on some units ``manufacturer``/``OEMCode``/``customizedInfo``
  (mezz64/pyHik ``get_device_info``; StoneAssemblies.Hikvision ``DeviceInfo.cs``).
- Dahua ``GET /cgi-bin/magicBox.cgi?action=getSystemInfo|getDeviceType|getSoftwareVersion|getVendor``
  (rroller/dahua ``client.py``; python-amcrest ``system.py``). Lorex firmware answers ``deviceType=31``
  with the model in ``updateSerial``.
- Axis ``POST /axis-cgi/basicdeviceinfo.cgi`` ``getAllProperties`` (VAPIX Basic device information,
  https://developer.axis.com/vapix/network-video/basic-device-information/; a read method;
  ``getAllUnrestrictedProperties`` needs no credentials); firmware without that API answers the parameter
  list ``param.cgi`` (``vendor_info``).
- Hanwha Vision SUNAPI, Uniview LAPI, Vivotek ``getparam.cgi`` and i-PRO/Panasonic ``getinfo``
  (``vendor_info``).

By Digest (``httpclient.authed_request``): a password is never sent in the clear unless the owner passed
``--allow-basic`` and the device offers Basic alone; nothing is tried when no credentials were given.
"""

from __future__ import annotations

import json
import re

from camcensus.network.probes.base import Observation, ProbeContext
from camcensus.network.probes.httpclient import authed_request, http_request
from camcensus.network.probes.vendor_info import VENDOR_INFO, Probe, probe_axis_params


def _tag(xml: str, name: str) -> str | None:
    m = re.search(rf"<(?:\w+:)?{name}>\s*([^<]*?)\s*</(?:\w+:)?{name}>", xml, re.IGNORECASE)
    return m.group(1) if m and m.group(1) else None


def parse_isapi(xml: str, port: int) -> list[Observation]:
    if "<DeviceInfo" not in xml:
        return []
    model = _tag(xml, "model")
    maker = _tag(xml, "manufacturer") or _tag(xml, "customizedInfo")
    kind = (_tag(xml, "deviceType") or "").upper()
    return [
        Observation(
            probe="isapi",
            port=port,
            detail=f"ISAPI /ISAPI/System/deviceInfo: model {model!r}, deviceType {kind!r}"
            + (f", manufacturer {maker!r}" if maker else ""),
            confidence=0.95,
            vendor="Hikvision",
            brand=maker,
            model=model,
            firmware=_join(_tag(xml, "firmwareVersion"), _tag(xml, "firmwareReleasedDate")),
            serial=_tag(xml, "serialNumber"),
            mac=(_tag(xml, "macAddress") or "").lower() or None,
            device_type="recorder" if any(k in kind for k in ("NVR", "DVR")) else "camera" if kind else None,
            rank=3,
        )
    ]


def _join(version: str | None, build: str | None) -> str | None:
    if version and build:
        return f"{version} {build}"
    return version or build


async def probe_isapi(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    if ctx.credentials is None:
        return []
    for path in ("/ISAPI/System/deviceInfo", "/System/deviceInfo"):
        response = await authed_request(ctx, host, port, path, tls=tls)
        if response is not None and response.status == 200:
            return parse_isapi(response.text, port)
        if response is None or response.status != 404:
            break
    return []


def parse_key_values(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        key, eq, value = line.partition("=")
        if eq:
            out[key.strip()] = value.strip()
    return out


def magicbox_observation(values: dict[str, str], port: int) -> Observation | None:
    device_type = values.get("deviceType") or values.get("type") or ""
    update = values.get("updateSerial", "")
    model = device_type
    note = ""
    if not device_type or device_type.isdigit() or device_type.lower() in ("ip camera", "ipc", "nvr"):
        model = update or device_type  # Lorex: deviceType=31, model in updateSerial
        note = f" (deviceType {device_type!r}; model from updateSerial)" if update else ""
    elif re.match(r"^DHI?T?-", update) and update.endswith(device_type):
        model = update  # the full model with its DH-/DHI- prefix
    if not model and not values.get("serialNumber"):
        return None
    vendor_field = values.get("vendor", "")
    firmware = values.get("version", "")
    return Observation(
        probe="magicbox",
        port=port,
        detail=f"magicBox.cgi getSystemInfo/getDeviceType: model {model!r}{note}"
        + (f", vendor {vendor_field!r}" if vendor_field else ""),
        confidence=0.95,
        vendor="Dahua",
        brand=vendor_field if vendor_field and vendor_field.lower() not in ("general", "dahua") else None,
        model=model or None,
        firmware=firmware or None,
        serial=values.get("serialNumber") or None,
        device_type=_dahua_kind(model or device_type),
        rank=3,
    )


def _dahua_kind(model: str) -> str | None:
    body = re.sub(r"^DHI?T?-", "", model.upper())
    if body.startswith(("NVR", "XVR", "DVR", "HCVR")):
        return "recorder"
    if body.startswith(("IPC", "HAC", "SD", "PTZ")) or model.lower() == "ip camera":
        return "camera"
    return None


async def probe_magicbox(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    if ctx.credentials is None:
        return []
    values: dict[str, str] = {}
    for action in ("getSystemInfo", "getDeviceType", "getSoftwareVersion", "getVendor"):
        response = await authed_request(ctx, host, port, f"/cgi-bin/magicBox.cgi?action={action}", tls=tls)
        if response is None or response.status != 200:
            if action == "getSystemInfo":
                return []
            continue
        for key, value in parse_key_values(response.text).items():
            values.setdefault(key, value)
    found = magicbox_observation(values, port)
    return [found] if found else []


async def probe_axis(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    method = "getAllProperties" if ctx.credentials else "getAllUnrestrictedProperties"
    body = json.dumps({"apiVersion": "1.0", "method": method}).encode()
    headers = {"Content-Type": "application/json"}
    path = "/axis-cgi/basicdeviceinfo.cgi"
    if ctx.credentials:
        response = await authed_request(ctx, host, port, path, "POST", body, headers, tls)
    else:
        response = await http_request(ctx, host, port, path, "POST", body, headers, tls=tls)
    if response is not None and response.status == 404:
        return await probe_axis_params(ctx, host, port, tls)  # firmware older than the JSON API
    if response is None or response.status != 200:
        return []
    try:
        props = json.loads(response.text)["data"]["propertyList"]
    except (ValueError, KeyError, TypeError):
        return []
    model = props.get("ProdNbr") or props.get("ProdShortName")
    return [
        Observation(
            probe="axis",
            port=port,
            detail=f"Axis basicdeviceinfo.cgi {method}: ProdNbr {model!r}, Brand {props.get('Brand')!r}",
            confidence=0.95,
            vendor="Axis",
            brand=props.get("Brand"),
            model=model,
            firmware=props.get("Version"),
            serial=props.get("SerialNumber"),
            device_type="camera" if "camera" in str(props.get("ProdType", "")).lower() else None,
            rank=3 if ctx.credentials else 2,
        )
    ]


#: The device-information call of each maker whose banners a probe recognised, by the vendor they name.
DEVICE_INFO: dict[str, Probe] = {
    "Hikvision": probe_isapi,
    "Dahua": probe_magicbox,
    "Axis": probe_axis,
    **VENDOR_INFO,
}
