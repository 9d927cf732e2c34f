"""Emulated devices that answer the LAN protocols, on loopback addresses only: an SNMP v2c agent (UDP 161), an
SSDP responder (UDP 1900) with its device description on HTTP port 80, and an mDNS responder (UDP 5353)
answering "legacy unicast" queries. Each answer is built from the public specifications, not from the code
under test:

- SNMP: RFC 3416 section 3 (Response-PDU [2]), RFC 1901 (the v2c message), BER as X.690 section 8, encoded
  here by hand; an agent that is given a community it does not hold stays silent (RFC 3584 section 5.2.1).
- SSDP: UPnP Device Architecture 1.1 section 1.3.3 (search response: LOCATION, SERVER, ST, USN) and section
  2.3 (device description: manufacturer, manufacturerURL, modelName, modelNumber, serialNumber).
- mDNS: RFC 6762 section 6.7 (a query from a port other than 5353 is answered by unicast to it, with its ID
  and its question repeated), RFC 6763 (PTR of the service types, SRV and TXT of each instance).

Every datagram and connection that arrives is recorded, so tests can tell what was, and was not, sent.
"""

from __future__ import annotations

import asyncio
import re
import socket
import sys
import threading
from dataclasses import dataclass, field

import dns.message
import dns.name
import dns.rdataclass
import dns.rdatatype
import dns.rrset
from tests.network.fleet import _wsse_ok

SYS_DESCR = "1.3.6.1.2.1.1.1.0"
SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0"
SYS_UP_TIME = "1.3.6.1.2.1.1.3.0"


# --- BER by hand (X.690 section 8) -------------------------------------------------------------------------


def tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    length = bytes([n]) if n < 128 else bytes([0x80 | len(n.to_bytes(2, "big"))]) + n.to_bytes(2, "big")
    return bytes([tag]) + length + body


def oid_bytes(dotted: str) -> bytes:
    """X.690 section 8.19: the first two arcs as 40 * a + b, then each arc in base 128, high bit set on all
    but the last byte of an arc."""
    arcs = [int(a) for a in dotted.strip(".").split(".")]
    out = bytearray([40 * arcs[0] + arcs[1]])
    for arc in arcs[2:]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        out += bytes(reversed(chunk))
    return bytes(out)


def oid_text(raw: bytes) -> str:
    arcs = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    return ".".join(map(str, arcs))


def read_tlv(data: bytes, i: int) -> tuple[int, bytes, int]:
    tag, n = data[i], data[i + 1]
    i += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(data[i : i + k], "big")
        i += k
    return tag, data[i : i + n], i + n


def snmp_response(request: bytes, community: bytes, values: dict[str, tuple[int, bytes]]) -> bytes | None:
    """The agent's answer to a v2c GetRequest carrying ``community``; None (silence) otherwise."""
    tag, message, _ = read_tlv(request, 0)
    if tag != 0x30:
        return None
    _, version, i = read_tlv(message, 0)
    _, given, i = read_tlv(message, i)
    pdu_tag, pdu, _ = read_tlv(message, i)
    if version not in (b"\x00", b"\x01") or given != community or pdu_tag != 0xA0:
        return None  # v1 (RFC 1157) and v2c (RFC 1901) share this layout; the answer keeps the version
    _, request_id, j = read_tlv(pdu, 0)
    _, _, j = read_tlv(pdu, j)  # error-status
    _, _, j = read_tlv(pdu, j)  # error-index
    _, bindings, _ = read_tlv(pdu, j)
    out, k, n, missing = b"", 0, 0, 0
    while k < len(bindings):
        _, binding, k = read_tlv(bindings, k)
        _, raw_oid, _ = read_tlv(binding, 0)
        found = values.get(oid_text(raw_oid))
        n += 1
        missing = missing or (0 if found else n)
        vtag, value = found or (0x80, b"")  # v2c: [0] noSuchObject in place (RFC 3416 section 3)
        out += tlv(0x30, tlv(0x06, raw_oid) + tlv(vtag, value))
    status, index = b"\x00", b"\x00"
    if version == b"\x00" and missing:  # v1: noSuchName(2) for the whole request (RFC 1157 section 4.1.2)
        status, index, out = b"\x02", bytes([missing]), bindings
    body = tlv(0x02, request_id) + tlv(0x02, status) + tlv(0x02, index) + tlv(0x30, out)
    return tlv(0x30, tlv(0x02, version) + tlv(0x04, community) + tlv(0xA2, body))


# --- the devices ------------------------------------------------------------------------------------------


@dataclass
class LanDevice:
    address: str
    sys_descr: str | None = None
    sys_object_id: str | None = None
    community: str = "estate-ro"
    upnp: dict[str, str] | None = None  # device description fields
    location: str | None = None  # LOCATION to announce (default: this device's own description)
    mdns_service: str | None = None  # e.g. _axis-video._tcp.local.
    mdns_instance: str | None = None
    mdns_txt: list[str] = field(default_factory=list)
    onvif: dict[str, str] | None = None  # GetDeviceInformation fields; answered with the owner's WS-Security
    onvif_mac: str | None = None  # the HwAddress GetNetworkInterfaces gives

    def snmp_values(self) -> dict[str, tuple[int, bytes]]:
        values = {SYS_UP_TIME: (0x43, (248153900).to_bytes(4, "big"))}  # TimeTicks (RFC 2578 section 7.1.8)
        if self.sys_descr is not None:
            values[SYS_DESCR] = (0x04, self.sys_descr.encode())
        if self.sys_object_id is not None:
            values[SYS_OBJECT_ID] = (0x06, oid_bytes(self.sys_object_id))
        return values


def ssdp_response(device: LanDevice) -> bytes:
    location = device.location or f"http://{device.address}:80/description.xml"
    return (
        "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\n"
        f"LOCATION: {location}\r\nSERVER: Linux/3.0 UPnP/1.0 IpCam/1.0\r\nST: upnp:rootdevice\r\n"
        "USN: uuid:2bd4e2a0-0000-1000-8000-000000000001::upnp:rootdevice\r\n\r\n"
    ).encode()


def description(fields: dict[str, str]) -> bytes:
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
    return (
        '<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0" configId="1">'
        "<specVersion><major>1</major><minor>1</minor></specVersion><device>"
        f"<deviceType>urn:schemas-upnp-org:device:Basic:1</deviceType>{inner}"
        "<UDN>uuid:2bd4e2a0-0000-1000-8000-000000000001</UDN></device></root>"
    ).encode()


_ENVELOPE = (
    '<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" '
    'xmlns:tds="http://www.onvif.org/ver10/device/wsdl" xmlns:tt="http://www.onvif.org/ver10/schema">'
    "<env:Body>{}</env:Body></env:Envelope>"
)


def onvif_answer(device: LanDevice, request: bytes) -> tuple[bytes, str]:
    """The device service (ONVIF Core section 8): GetDeviceInformation (8.3.1) and GetNetworkInterfaces
    (8.2.x), each only with the owner's WS-Security UsernameToken; a sender fault otherwise."""
    if not _wsse_ok(request):
        fault = (
            "<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>"
            "ter:NotAuthorized</env:Value></env:Subcode></env:Code></env:Fault>"
        )
        return _ENVELOPE.format(fault).encode(), "400 Bad Request"
    if b"GetNetworkInterfaces" in request:
        inner = (
            '<tds:GetNetworkInterfacesResponse><tds:NetworkInterfaces token="eth0"><tt:Enabled>true'
            f"</tt:Enabled><tt:Info><tt:Name>eth0</tt:Name><tt:HwAddress>{device.onvif_mac}</tt:HwAddress>"
            "<tt:MTU>1500</tt:MTU></tt:Info></tds:NetworkInterfaces></tds:GetNetworkInterfacesResponse>"
        )
    else:
        fields = "".join(f"<tds:{k}>{v}</tds:{k}>" for k, v in (device.onvif or {}).items())
        inner = f"<tds:GetDeviceInformationResponse>{fields}</tds:GetDeviceInformationResponse>"
    return _ENVELOPE.format(inner).encode(), "200 OK"


def mdns_response(device: LanDevice, query: bytes) -> bytes | None:
    try:
        asked = dns.message.from_wire(query)
    except Exception:  # noqa: BLE001 - not DNS: no answer
        return None
    if asked.flags & 0x8000 or not device.mdns_service:
        return None
    reply = dns.message.make_response(asked)  # the query's ID and question, QR set (RFC 6762 section 6.7)
    reply.flags |= 0x0400  # AA
    names = {q.name.to_text() for q in asked.question}
    service = device.mdns_service
    in_ = dns.rdataclass.IN
    if "_services._dns-sd._udp.local." in names:
        rr = dns.rrset.from_text("_services._dns-sd._udp.local.", 10, in_, dns.rdatatype.PTR, service)
        reply.answer.append(rr)
    if service in names:
        labels = (str(device.mdns_instance).encode(), *dns.name.from_text(service).labels)
        target = dns.name.Name(labels).to_text()  # the instance label escaped (RFC 6763 section 4.3)
        reply.answer.append(dns.rrset.from_text(service, 10, in_, dns.rdatatype.PTR, target))
        txt = " ".join(f'"{t}"' for t in device.mdns_txt) or '""'
        reply.additional.append(dns.rrset.from_text(target, 10, in_, dns.rdatatype.TXT, txt))
        reply.additional.append(dns.rrset.from_text(target, 10, in_, dns.rdatatype.SRV, "0 0 80 cam.local."))
    return reply.to_wire()


class _Udp(asyncio.DatagramProtocol):
    def __init__(self, answer, log: list, label: str) -> None:
        self.answer, self.log, self.label = answer, log, label
        self.transport = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
        self.log.append((self.label, data))
        reply = self.answer(data)
        if reply and self.transport:
            self.transport.sendto(reply, addr)


@dataclass
class LanEstate:
    devices: list[LanDevice]
    watchers: list[str] = field(default_factory=list)  # addresses that only record connections to port 80
    unicast: bool = True  # answer SNMP, SSDP and mDNS sent to each device's own address
    multicast: bool = False  # answer SSDP and mDNS on their groups (only inside a network namespace)
    log: list[tuple[str, bytes]] = field(default_factory=list)  # (address/protocol, what arrived)
    _closers: list = field(default_factory=list)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        answers: dict[int, list] = {}
        for d in self.devices:
            udp = [
                (161, lambda q, d=d: snmp_response(q, d.community.encode(), d.snmp_values())),
                (1900, lambda q, d=d: ssdp_response(d) if q.startswith(b"M-SEARCH") and d.upnp else None),
                (5353, lambda q, d=d: mdns_response(d, q)),
            ]
            for port, answer in udp:
                transport, _ = await loop.create_datagram_endpoint(
                    lambda a=answer, p=port, d=d: _Udp(a, self.log, f"{d.address}/udp{p}"),
                    local_addr=(d.address, port if self.unicast else 0),
                )
                self._closers.append(transport)
                answers.setdefault(port, []).append((transport, answer))
            await self._web(d.address, d)
        if self.multicast:
            for group, port in (("239.255.255.250", 1900), ("224.0.0.251", 5353)):
                await self._group(group, port, answers[port])
        for address in self.watchers:
            await self._web(address, None)

    async def _group(self, group: str, port: int, devices: list) -> None:
        """One member of ``group``; each device answers a query heard there from its own address, by unicast
        to the sender (UDA 1.1 section 1.3.3; RFC 6762 section 6.7 for a query from an ordinary port)."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((group, port))
        sock.setsockopt(
            socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton(group) + socket.inet_aton("0.0.0.0")
        )

        def answer_all(data: bytes, addr) -> None:
            self.log.append((f"{group}/udp{port}", data))
            for transport, answer in devices:
                reply = answer(data)
                if reply:
                    transport.sendto(reply, addr)

        class _Group(asyncio.DatagramProtocol):
            def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
                answer_all(data, addr)

        transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(_Group, sock=sock)
        self._closers.append(transport)

    async def _web(self, address: str, device: LanDevice | None) -> None:
        async def handle(reader, writer):
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                length = re.search(rb"(?i)content-length: *(\d+)", head)
                body = await reader.readexactly(int(length.group(1))) if length else b""
                self.log.append((f"{address}/tcp80", head + body))
                path = head.split(b" ")[1] if b" " in head else b"/"
                if device and device.onvif and path == b"/onvif/device_service":
                    body, status = onvif_answer(device, body)
                elif device and device.upnp and path == b"/description.xml":
                    body, status = description(device.upnp), "200 OK"
                else:
                    body, status = b"<html><body>It works</body></html>", "200 OK" if path == b"/" else "404"
                writer.write(
                    f"HTTP/1.1 {status}\r\nServer: lighttpd\r\nContent-Type: text/xml\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
            except Exception:  # noqa: BLE001 - a probe that hung up
                pass
            writer.close()

        server = await asyncio.start_server(handle, address, 80, reuse_address=True)
        self._closers.append(server)

    async def stop(self) -> None:
        for closer in self._closers:
            closer.close()

    def arrived(self, address: str, protocol: str) -> list[bytes]:
        return [data for label, data in self.log if label == f"{address}/{protocol}"]


COMMUNITY = "estate-ro"
AXIS_MAC = "ACCC8E0A1B2C"
# sysDescr of an Axis camera as LibreNMS's axiscam.yaml matches it ("; AXIS <model>; Network Camera; ...").
AXIS_DESCR = "; AXIS M3045-V; Network Camera; 9.80.3; Jun 17 2021 11:54; 1A1; 1;"
# The example output of nmap's snmp-sysdescr.nse: a printer, not a camera.
PRINTER_DESCR = "HP ETHERNET MULTI-ENVIRONMENT,ROM A.25.80,JETDIRECT,JD117,EEPROM V.28.22,CIDATE 08/09/2006"
HIK_SERIAL = "DS-2CD2142FWD-I20190101AAWRC12345678"


def sample_lan(prefix: str) -> list[LanDevice]:
    """The devices of ``tests/network/test_lan_signals.py``, on ``prefix.1`` to ``prefix.7``."""
    return [
        LanDevice(
            f"{prefix}.1",
            sys_descr=AXIS_DESCR,
            sys_object_id="1.3.6.1.4.1.368.4",
            upnp={
                "friendlyName": f"AXIS M3045-V - {AXIS_MAC}",
                "manufacturer": "AXIS",
                "manufacturerURL": "http://www.axis.com/",
                "modelDescription": "AXIS M3045-V Network Camera",
                "modelName": "AXIS M3045-V",
                "modelNumber": "M3045-V",
                "serialNumber": AXIS_MAC,
            },
            mdns_service="_axis-video._tcp.local.",
            mdns_instance=f"AXIS M3045-V - {AXIS_MAC}",
            mdns_txt=[f"macaddress={AXIS_MAC}"],
        ),
        # A Dahua recorder's agent: an empty-looking sysDescr, its object under Dahua's (unassigned) number.
        LanDevice(f"{prefix}.2", sys_descr="none", sys_object_id="1.3.6.1.4.1.1004849.3.2.10"),
        LanDevice(
            f"{prefix}.3",
            upnp={
                "friendlyName": "Camera 01",
                "manufacturer": "HIKVISION",
                "manufacturerURL": "http://www.hikvision.com",
                "modelName": "DS-2CD2142FWD-I",
                "modelNumber": "DS-2CD2142FWD-I",
                "serialNumber": HIK_SERIAL,
            },
        ),
        LanDevice(f"{prefix}.4", sys_descr=PRINTER_DESCR, sys_object_id="1.3.6.1.4.1.11.2.3.9.1"),
        # Its LOCATION names another address: never fetched.
        LanDevice(
            f"{prefix}.5",
            upnp={"manufacturer": "HIKVISION", "modelName": "DS-2CD2143G2-I"},
            location=f"http://{prefix}.250:80/description.xml",
        ),
        # An ONVIF camera whose device information names no maker; its interface's MAC does.
        LanDevice(
            f"{prefix}.6",
            onvif={
                "Manufacturer": "General",
                "Model": "Camera",
                "FirmwareVersion": "1.0",
                "SerialNumber": "X1",
            },
            onvif_mac="44:19:b6:12:34:56",
        ),
        # A television: UPnP names its maker (UDA 1.1 section 2.3), and that maker also makes cameras.
        LanDevice(
            f"{prefix}.7",
            upnp={
                "friendlyName": "BRAVIA KD-55XH9005",
                "manufacturer": "Sony Corporation",
                "manufacturerURL": "http://www.sony.net/",
                "modelName": "KD-55XH9005",
            },
        ),
    ]


class LanThread:
    """Serve a LanEstate from a background thread's event loop."""

    def __init__(self, estate: LanEstate) -> None:
        self.estate = estate
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> LanEstate:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.estate.start(), self.loop).result(30)
        return self.estate

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self.estate.stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


async def _serve_in_namespace(prefix: str) -> None:
    """``python -m tests.network.lan_devices PREFIX``, inside the devices' network namespace a test made: an
    Axis camera on PREFIX.1 and a Hikvision camera on PREFIX.2 that answer SSDP and mDNS on the groups only;
    prints ``ready``, then serves until stdin closes."""
    axis, _, hik, *_ = sample_lan(prefix)
    hik.address = f"{prefix}.2"
    estate = LanEstate([axis, hik], unicast=False, multicast=True)
    await estate.start()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await estate.stop()


if __name__ == "__main__":
    asyncio.run(_serve_in_namespace(sys.argv[1]))
