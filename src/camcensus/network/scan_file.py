"""A scan brought in as a file: the JSON lines `camcensus discover --json` writes, one device per line, read
back into the reports the scan made (so a scan run on the estate's own network, on a machine with no access
to the store, can be stored later by `camcensus devices import` exactly as `discover --body` stores it).

The file is the estate owner's own, but it is read as untrusted input: every field is type-checked and
bounded, anything else is refused with the file, the line and the reason. The advisories are worked out
again from the vendor and firmware read, never taken from the file.
"""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path
from typing import Any

from camcensus.network.identify import DeviceReport
from camcensus.network.probes.channel_lists import Channel
from camcensus.network.record import DeviceImportError
from camcensus.network.risk import risk_note

MAX_LINES = 100_000
MAX_FIELD = 300  # characters of one text field (a model, a firmware version)
KINDS = ("camera", "recorder", "intercom", "other")
_TEXT = ("vendor", "brand", "model", "firmware", "serial", "mac")
_CHANNEL_TEXT = ("model", "serial", "firmware", "protocol", "vendor", "brand")


def looks_like_scan(data: bytes) -> bool:
    """The file's first line is a JSON object with an address: `discover --json` output."""
    first = data.lstrip()[:65536].split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return "address" in json.loads(first)
    except ValueError:
        return False


def read_scan(data: bytes, path: Path) -> list[DeviceReport]:
    """The devices of a `discover --json` file; DeviceImportError names the line and the reason."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeviceImportError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise DeviceImportError(f"{path}: {len(lines)} lines, more than the {MAX_LINES} a scan file may hold")
    reports = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            reports.append(_report(item))
        except (ValueError, TypeError) as exc:
            raise DeviceImportError(f"{path}:{number}: not a device of `discover --json` ({exc})") from exc
    if not reports:
        raise DeviceImportError(f"{path}: no devices")
    return reports


def _report(item: Any) -> DeviceReport:
    if not isinstance(item, dict):
        raise TypeError("a line must be one JSON object")
    kind = _choice(item.get("device_type", item.get("kind")), KINDS, "device_type")
    text = {name: _text(item.get(name), name) for name in _TEXT}
    report = DeviceReport(
        _address(item.get("address"), "address") or "",
        port=_port(item.get("port")),
        vendor=text["vendor"],
        brand=text["brand"],
        model=text["model"],
        firmware=text["firmware"],
        serial=text["serial"],
        mac=text["mac"],
        device_type=kind,
        confidence=_confidence(item.get("confidence")),
        evidence=[e for e in _list(item.get("evidence"), "evidence") if _observed(e)],
        services=[_text(s, "services") or "" for s in _list(item.get("services"), "services")],
    )
    if not report.address:
        raise ValueError("a device needs its address")
    report.risk = risk_note(report.vendor, report.firmware)
    if kind == "recorder":
        report.channels = [_channel(c) for c in _list(item.get("channels"), "channels")]
        report.channel_limit = _count(item.get("channel_limit"), "channel_limit")
        report.channels_listed = item.get("channels_listed") is True
    return report


def _observed(entry: Any) -> bool:
    """What a probe saw; the notes worked out from it (advisories, channels, problems) are made again."""
    return isinstance(entry, dict) and isinstance(entry.get("probe"), str) and entry["probe"] not in _DERIVED


_DERIVED = ("risk", "recorder", "problems")


def _channel(item: Any) -> Channel:
    if not isinstance(item, dict):
        raise TypeError("a channel must be a JSON object")
    number = _count(item.get("channel"), "channel")
    if number is None:
        raise ValueError("a channel needs its number")
    enabled = item.get("enabled")
    if enabled is not None and not isinstance(enabled, bool):
        raise TypeError("channel enabled must be true, false or null")
    text = {name: _text(item.get(name), name) for name in _CHANNEL_TEXT}
    return Channel(
        channel=number,
        input=_choice(item.get("input"), ("ip", "analogue"), "input") or "ip",
        address=_address(item.get("address"), "channel address"),
        port=_port(item.get("port")),
        model=text["model"],
        serial=text["serial"],
        firmware=text["firmware"],
        protocol=text["protocol"],
        enabled=enabled,
        vendor=text["vendor"],
        brand=text["brand"],
        seen_at=_address(item.get("seen_at"), "seen_at"),
    )


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_FIELD:
        raise ValueError(f"{name} must be text of at most {MAX_FIELD} characters")
    return value.strip() or None


def _address(value: Any, name: str) -> str | None:
    text = _text(value, name)
    if text is not None:
        ipaddress.ip_address(text)  # ValueError names the bad address
    return text


def _port(value: Any) -> int | None:
    port = _count(value, "port")
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"port {port} is out of range")
    return port


def _count(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
        raise ValueError(f"{name} must be a whole number from 0 to 100000")
    return value


def _confidence(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError("confidence must be a number from 0 to 1")
    return float(value)


def _choice(value: Any, allowed: tuple[str, ...], name: str) -> str | None:
    if value is None:
        return None
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}")
    return str(value)


def _list(value: Any, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 1000:
        raise TypeError(f"{name} must be a list of at most 1000 entries")
    return value


__all__ = ["looks_like_scan", "read_scan"]
