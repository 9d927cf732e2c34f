"""SNMP v2c ``GET`` of ``sysDescr.0`` and ``sysObjectID.0`` (RFC 3416 section 4.2.1; the message of RFC 1901),
with the community the owner gives (opt-in: no community is ever sent unasked, and none is guessed).

``sysObjectID`` is ``1.3.6.1.4.1.<enterprise>...``: the enterprise number names the maker through
``data/snmp_enterprises.csv`` (IANA Private Enterprise Numbers, and numbers makers use without an assignment,
each row with its source). ``sysDescr`` goes through the LAN fingerprint rules and the brand register.

The messages are BER-encoded by pyasn1 with the SNMP types of pyasn1-modules (``rfc1901``, ``rfc1905``): the
well-kept ASN.1 library under pysnmp, without pysnmp's engine, MIB compiler and transports.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pyasn1.codec.ber import decoder, encoder
from pyasn1.error import PyAsn1Error
from pyasn1.type import univ
from pyasn1_modules import rfc1901, rfc1905

from camcensus.network.probes.base import Observation, ProbeContext
from camcensus.network.probes.names import maker_observations
from camcensus.network.probes.udp import udp_exchange

SNMP_PORT = 161
SYS_DESCR = "1.3.6.1.2.1.1.1.0"
SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0"
ENTERPRISES = "1.3.6.1.4.1."


@dataclass(frozen=True)
class Enterprise:
    number: int
    organization: str
    vendor: str
    registered: bool  # an IANA assignment (False: a number the maker uses without one)
    confidence: float
    source: str


@lru_cache(maxsize=1)
def enterprises() -> dict[int, Enterprise]:
    path = resources.files("camcensus.network").joinpath("data", "snmp_enterprises.csv")
    with path.open(encoding="utf-8") as fh:
        return {
            int(row["enterprise"]): Enterprise(
                int(row["enterprise"]),
                row["organization"],
                row["vendor"],
                row["registered"] == "yes",
                float(row["confidence"]),
                row["source"],
            )
            for row in csv.DictReader(fh)
        }


def enterprise_of(oid: str) -> int | None:
    """The enterprise number of an OID under ``1.3.6.1.4.1`` (a leading dot allowed), else None."""
    text = oid.strip().lstrip(".")
    if not text.startswith(ENTERPRISES):
        return None
    head = text[len(ENTERPRISES) :].split(".", 1)[0]
    return int(head) if head.isdigit() else None


def get_request(community: str, request_id: int, oids: tuple[str, ...] = (SYS_DESCR, SYS_OBJECT_ID)) -> bytes:
    """An SNMPv2c GetRequest-PDU for ``oids``, each bound to NULL (RFC 3416 section 4.2.1)."""
    pdus = rfc1905.PDUs()
    pdu = pdus.setComponentByName("get-request").getComponentByName("get-request")
    pdu["request-id"] = request_id
    pdu["error-status"] = 0
    pdu["error-index"] = 0
    bindings = pdu["variable-bindings"]
    for i, oid in enumerate(oids):
        binding = bindings.getComponentByPosition(i)
        binding["name"] = oid
        binding[""].setComponentByName("unSpecified", univ.Null(""))
    message = rfc1901.Message()
    message["version"] = 1  # version-2c
    message["community"] = community.encode()
    message["data"] = pdus
    return bytes(encoder.encode(message))


def parse_response(data: bytes, request_id: int | None = None) -> dict[str, str] | None:
    """The values of a Response-PDU by OID (dotted), or None when ``data`` is not an SNMPv2c response (to
    ``request_id``, if given). An OID the agent lacks (noSuchObject, noSuchInstance) is left out."""
    try:
        return _values(data, request_id)
    except (PyAsn1Error, ValueError, TypeError, IndexError):  # whatever a device sends, it cannot stop a scan
        return None


def _values(data: bytes, request_id: int | None) -> dict[str, str] | None:
    message, _ = decoder.decode(data, asn1Spec=rfc1901.Message())
    pdus, _ = decoder.decode(bytes(message["data"]), asn1Spec=rfc1905.PDUs())
    if pdus.getName() != "response":
        return None
    pdu = pdus.getComponent()
    if request_id is not None and int(pdu["request-id"]) != request_id:
        return None
    if int(pdu["error-status"]) != 0:
        return {}
    values: dict[str, str] = {}
    for binding in pdu["variable-bindings"]:
        choice = binding[""]
        if choice.getName() != "value":
            continue
        values[str(binding["name"])] = _plain(choice.getComponent())
    return values


def _plain(syntax: object) -> str:
    """The value inside an ObjectSyntax as text: an OID dotted, a string decoded, a number in digits."""
    value = syntax
    while hasattr(value, "getComponent") and not isinstance(value, univ.ObjectIdentifier | univ.OctetString):
        value = value.getComponent()
    if isinstance(value, univ.OctetString):
        return bytes(value).decode("utf-8", "replace").strip("\x00").strip()
    return str(value)


def snmp_observations(values: dict[str, str], port: int = SNMP_PORT) -> list[Observation]:
    """What ``sysDescr`` and ``sysObjectID`` say of the maker."""
    descr = values.get(SYS_DESCR, "")
    object_id = values.get(SYS_OBJECT_ID, "")
    found = maker_observations("snmp", port, {"sysDescr": descr}, texts=("sysDescr",), rank=1)
    number = enterprise_of(object_id) if object_id else None
    known = enterprises().get(number) if number is not None else None
    if known is not None:
        registry = "IANA enterprise" if known.registered else "enterprise number (not IANA-assigned)"
        found.append(
            Observation(
                probe="snmp",
                port=port,
                detail=f"sysObjectID {object_id} is under {registry} {number} ({known.organization}) "
                f"[{known.source}]",
                confidence=known.confidence,
                vendor=known.vendor,
                rank=1,
            )
        )
    if not found and (descr or object_id):
        found.append(
            Observation(
                probe="snmp",
                port=port,
                detail=f"SNMP sysDescr {descr[:160]!r}, sysObjectID {object_id or None!r}",
                confidence=0.0,
            )
        )
    return found


async def probe_snmp(
    ctx: ProbeContext, host: str, community: str, port: int = SNMP_PORT
) -> list[Observation]:
    """``GET sysDescr.0 sysObjectID.0`` to ``host`` with ``community``."""
    request_id = int.from_bytes(os.urandom(3), "big")
    values = await udp_exchange(
        ctx, host, port, lambda: get_request(community, request_id), lambda d: parse_response(d, request_id)
    )
    return snmp_observations(values, port) if values is not None else []
