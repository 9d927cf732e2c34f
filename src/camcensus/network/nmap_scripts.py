"""What nmap's NSE scripts in ``nmap -oX`` output say of a device's maker (each script's output as its
documentation gives it, https://nmap.org/nsedoc/):

- ``ssl-cert``: the certificate's subject (``<table key="subject">``: ``commonName``, ``organizationName``);
  the organisation is read as a maker's name, the common name searched for one.
- ``http-favicon``: the name nmap's favicon database gives the icon ("Hikvision DVR"), searched for a maker.
- ``snmp-sysdescr``: the agent's ``sysDescr`` (the output's first line), read as the SNMP probe reads it.
- ``snmp-info``: the SNMPv3 engine ID's ``enterprise`` (a name from nmap's copy of the IANA registry, or a
  number) and, when ``engineIDFormat`` is ``mac``, the MAC address in ``engineIDData``.
- ``upnp-info``: the lines nmap's ``upnp.lua`` writes from the device description (``Manufacturer:``,
  ``Model Name:``, ``Name:``, ``Server:``), read as the UPnP probe reads a description.

The same rules and registers serve the live probes (``probes.names``, ``probes.snmp``, ``probes.upnp``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from camcensus.knowledge.ouis import normalise_mac
from camcensus.network.probes.base import Observation
from camcensus.network.probes.names import maker_observations
from camcensus.network.probes.snmp import SYS_DESCR, enterprises, snmp_observations
from camcensus.network.probes.upnp import description_observations

SCRIPTS = ("ssl-cert", "http-favicon", "snmp-sysdescr", "snmp-info", "upnp-info")
_UPNP_LINES = {
    "manufacturer": "manufacturer",
    "model name": "modelName",
    "name": "friendlyName",
    "model descr": "modelDescription",
    "model version": "modelNumber",  # upnp.lua prints modelNumber as "Model Version"
}


@dataclass
class ScriptSignals:
    """A script's observations, and the MAC address it gave, if any."""

    observations: list[Observation] = field(default_factory=list)
    mac: str | None = None


def script_signals(script: Any, port: int) -> ScriptSignals:
    """What one ``<script>`` element says (empty for scripts not read here)."""
    name = script.get("id", "")
    output = script.get("output", "") or ""
    if name == "ssl-cert":
        subject = _table(script, "subject") or _subject_from_text(output)
        fields = {"organization": subject.get("organizationName", ""), "cn": subject.get("commonName", "")}
        found = maker_observations("ssl-cert", port, fields, names=("organization",), texts=("cn",))
        return ScriptSignals(_tagged(found, f"certificate subject {fields}"))
    if name == "http-favicon" and not output.startswith("Unknown favicon"):
        found = maker_observations("http-favicon", port, {"favicon": output.strip()}, texts=("favicon",))
        return ScriptSignals(_tagged(found, "the name nmap's favicon database gives the icon"))
    if name == "snmp-sysdescr":
        descr = output.strip().splitlines()[0].strip() if output.strip() else ""
        return ScriptSignals(snmp_observations({SYS_DESCR: descr}, port))
    if name == "snmp-info":
        return _snmp_info(script, port)
    if name == "upnp-info":
        return ScriptSignals(_upnp_info(output, port))
    return ScriptSignals()


def _tagged(found: list[Observation], where: str) -> list[Observation]:
    for obs in found:
        obs.detail = f"{obs.detail} ({where})"
    return found


def _elems(node: Any) -> dict[str, str]:
    return {e.get("key", ""): (e.text or "").strip() for e in node.findall("elem") if e.get("key")}


def _table(script: Any, key: str) -> dict[str, str]:
    table = next((t for t in script.findall("table") if t.get("key") == key), None)
    return _elems(table) if table is not None else {}


def _subject_from_text(output: str) -> dict[str, str]:
    """``Subject: commonName=x/organizationName=y`` from the text output of older nmap versions."""
    line = next((ln for ln in output.splitlines() if ln.strip().startswith("Subject:")), "")
    pairs = re.findall(r"(\w+)=([^/]+)", line.partition(":")[2])
    return {k: v.strip() for k, v in pairs}


def _snmp_info(script: Any, port: int) -> ScriptSignals:
    values = _elems(script)
    enterprise = values.get("enterprise", "")
    found = []
    known = enterprises().get(int(enterprise)) if enterprise.isdigit() else None
    if known is not None:
        found.append(
            Observation(
                probe="snmp-info",
                port=port,
                detail=f"SNMPv3 engine ID enterprise {enterprise} ({known.organization}) [{known.source}]",
                confidence=known.confidence,
                vendor=known.vendor,
            )
        )
    else:
        found = maker_observations("snmp-info", port, {"enterprise": enterprise}, names=("enterprise",))
    mac = normalise_mac(values.get("engineIDData", "")) if values.get("engineIDFormat") == "mac" else None
    return ScriptSignals(found, mac)


def _upnp_info(output: str, port: int) -> list[Observation]:
    fields: dict[str, str] = {}
    for line in output.splitlines():
        key, sep, value = line.strip().partition(":")
        target = _UPNP_LINES.get(key.strip().lower())
        if sep and target and value.strip():
            fields.setdefault(target, value.strip())
    return description_observations(fields, port) if fields else []
