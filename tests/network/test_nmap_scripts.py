"""nmap NSE script output in nmap XML: a real ``nmap`` run (``fixtures/nmap_lan.xml``: ssl-cert, snmp-sysdescr
and upnp-info against the emulated LAN devices of ``tests.network.lan_devices``, the command in the file's
header) and, for the scripts that run needs an SNMPv3 engine or a known icon for, XML as the scripts'
documentation gives it (``@xmloutput`` of snmp-info.nse; http-favicon.nse output and nmap's favicon-db)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from camcensus.network.imports import import_devices
from camcensus.network.nmap import parse_nmap_xml
from camcensus.store.models import Device

FIXTURES = Path(__file__).parent / "fixtures"


def test_real_nmap_scripts_name_the_makers(sqlite_store):
    with sqlite_store.session() as session:
        summary = import_devices(session, FIXTURES / "nmap_lan.xml")
        devices = {d.address: d for d in session.scalars(select(Device))}
    assert summary.format == "nmap"
    # .1 Axis (certificate organisation, sysDescr, UPnP manufacturer), .3 Hikvision (certificate, UPnP); the
    # Dahua agent whose sysDescr is "none" and the printer are not cameras by anything nmap saw.
    assert {a: d.vendor for a, d in devices.items()} == {"127.202.9.1": "Axis", "127.202.9.3": "Hikvision"}
    axis, hik = devices["127.202.9.1"], devices["127.202.9.3"]
    assert (axis.model, hik.model) == ("M3045-V", "DS-2CD2142FWD-I")
    scripts = {e["detail"].split(":")[0] for e in axis.evidence}
    assert scripts == {"nmap ssl-cert", "nmap snmp-sysdescr", "nmap upnp-info"}
    assert any("axiscam.yaml" in e["detail"] for e in axis.evidence)  # the sysDescr rule, with its source
    assert axis.confidence > hik.confidence > 0.9  # three signals against two


DOCUMENTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<nmaprun scanner="nmap" args="nmap -sU -sS -p U:161,T:80 --script snmp-info,http-favicon" version="7.93">
<host><status state="up"/><address addr="10.9.8.1" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="80"><state state="open"/><service name="http"/>
<script id="http-favicon" output="Hikvision DVR"/></port></ports></host>
<host><status state="up"/><address addr="10.9.8.2" addrtype="ipv4"/><ports>
<port protocol="udp" portid="161"><state state="open"/><service name="snmp"/>
<script id="snmp-info" output="&#xa;  enterprise: Axis Communications AB&#xa;  engineIDFormat: mac">
<elem key="enterprise">Axis Communications AB</elem><elem key="engineIDFormat">mac</elem>
<elem key="engineIDData">ac:cc:8e:0a:1b:2c</elem><elem key="snmpEngineBoots">6</elem>
<elem key="snmpEngineTime">358d01h26m34s</elem></script></port></ports></host>
<host><status state="up"/><address addr="10.9.8.3" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="80"><state state="open"/><service name="http"/>
<script id="http-favicon" output="Unknown favicon MD5: 0123456789ABCDEF0123456789ABCDEF"/></port>
<port protocol="udp" portid="161"><state state="open"/><service name="snmp"/>
<script id="snmp-info" output="&#xa;  engineIDFormat: mac"><elem key="engineIDFormat">mac</elem>
<elem key="engineIDData">00:d4:8c:b5:32:bc</elem></script></port></ports></host>
<host><status state="up"/><address addr="10.9.8.4" addrtype="ipv4"/><ports>
<port protocol="udp" portid="1900"><state state="open"/><service name="upnp"/>
<script id="upnp-info" output="&#xa;10.9.8.4&#xa;    Server: Linux/4.9 UPnP/1.0 Sony-BRAVIA/1.0&#xa;
    Location: http://10.9.8.4:52323/dmr.xml&#xa;      Name: BRAVIA KD-55XH9005&#xa;
      Manufacturer: Sony Corporation&#xa;      Model Name: KD-55XH9005"/></port></ports></host>
</nmaprun>
"""


def test_favicon_and_snmp_engine_id():
    records = {r.address: r for r in parse_nmap_xml(DOCUMENTED)}
    # "Hikvision DVR" is the name nmap's favicon-db gives MD5 89B932FCC47CF4CA3FAADB0CFDEF89CF.
    assert records["10.9.8.1"].vendor == "Hikvision"
    axis = records["10.9.8.2"]
    assert (axis.vendor, axis.mac) == ("Axis", "ac:cc:8e:0a:1b:2c")
    assert {e["probe"] for e in axis.evidence} == {"nmap", "oui"}  # the enterprise, and the engine ID's MAC
    assert "10.9.8.3" not in records  # an unknown icon and a MAC of no camera maker name nothing
    assert "10.9.8.4" not in records  # a television: its maker makes cameras too, but that alone is no camera
