"""Multicast discovery (SADP, DHDiscover, WS-Discovery groups) inside a network namespace the test creates,
so no datagram leaves it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[2]


def test_multicast_discovery_in_a_network_namespace():
    ip = require_tool("ip")
    name = f"camcensus-{uuid.uuid4().hex[:8]}"
    made = subprocess.run([ip, "netns", "add", name], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot create a network namespace: {made.stderr.strip()}")
    try:
        for args in (
            ["link", "set", "lo", "up"],
            ["link", "set", "lo", "multicast", "on"],
            ["route", "add", "224.0.0.0/4", "dev", "lo"],
        ):
            subprocess.run([ip, "netns", "exec", name, ip, *args], check=True)
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
        proc = subprocess.run(
            [ip, "netns", "exec", name, sys.executable, "-m", "tests.network.multicast_run"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        reports = {r["address"]: r for r in json.loads(proc.stdout)}
    finally:
        subprocess.run([ip, "netns", "del", name], check=False)
    expected = {
        "127.0.0.1": ("Hikvision", "Hikvision", "DS-2CD2142FWD-I"),
        "127.0.0.2": ("Hikvision", "HiLook", "IPC-B140H"),
        "127.0.0.3": ("Hikvision", "HiWatch", "HWI-B120-D/W"),
        "127.0.0.6": ("Dahua", "Amcrest", "IP5M-T1179E"),
        "127.0.0.9": ("Axis", "Axis", "M3045-V"),
    }
    assert len(reports) == 9
    for address, (vendor, brand, model) in expected.items():
        r = reports[address]
        assert (r["vendor"], r["brand"], r["model"]) == (vendor, brand, model), r
        assert {e["probe"] for e in r["evidence"]} <= {"sadp", "dhdiscover", "wsd", "model", "oui"}
