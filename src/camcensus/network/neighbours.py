"""MAC addresses of on-link hosts from the kernel's neighbour table (``/proc/net/arp``, ``ip neigh``).

Only hosts on the same layer-2 segment appear there; routed devices have no MAC to read.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from camcensus.knowledge.ouis import normalise_mac

PROC_ARP = Path("/proc/net/arp")


def parse_proc_arp(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 4 and parts[2] != "0x0":  # flags 0x0: incomplete entry
            mac = normalise_mac(parts[3])
            if mac and mac != "00:00:00:00:00:00":
                table[parts[0]] = mac
    return table


def parse_ip_neigh(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if "lladdr" in parts and parts[-1] not in ("FAILED", "INCOMPLETE"):
            mac = normalise_mac(parts[parts.index("lladdr") + 1])
            if mac:
                table[parts[0]] = mac
    return table


def neighbour_table(arp_path: Path | None = PROC_ARP) -> dict[str, str]:
    """Address -> MAC for every complete neighbour entry (IPv4 from ``arp_path``, IPv6 from ``ip neigh``)."""
    table: dict[str, str] = {}
    if arp_path is not None and arp_path.is_file():
        table.update(parse_proc_arp(arp_path.read_text(encoding="utf-8", errors="replace")))
    ip = shutil.which("ip")
    if ip and arp_path == PROC_ARP:
        try:
            out = subprocess.run(
                [ip, "-6", "neigh", "show"], capture_output=True, text=True, timeout=5
            ).stdout
            table.update(parse_ip_neigh(out))
        except (OSError, subprocess.SubprocessError):
            pass
    return table
