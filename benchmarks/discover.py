"""Discovery against nmap on an emulated estate: speed and identification accuracy, in one run.

    python benchmarks/discover.py [--network 127.77.0.0/23] [--devices 400] [--nmap-range RANGE]

Starts a fleet of emulated devices (tests/network/fleet.py: Hikvision and its HiLook/HiWatch units, Dahua and
its Amcrest/Imou/Lorex units, Axis, and web servers, printers, NAS boxes and media servers that are not
cameras; each recorder records two fleet cameras and two PoE cameras only it reaches) on loopback addresses,
then runs `camcensus discover` (without and with the owner's credentials) and `nmap -sV -T4` over the same
range and ports, and prints each tool's time and accuracy against the fleet's truth, with the recorders'
channels found and the cameras counted once. Loopback only. `--nmap-range` measures both tools on a smaller
range when nmap on the whole range would take too long; the script says which range each figure is for.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.network.fleet import PASSWORD, USERNAME  # noqa: E402

from camcensus.network.nmap import parse_nmap_xml  # noqa: E402

PORTS = "80,554,8000,37777"


def _plain(model: str | None) -> str:
    return re.sub(r"^DHI?T?-", "", (model or "").upper())


def score(found: dict[str, dict], truth: list[dict], addresses: set[str]) -> dict[str, object]:
    specs = [t for t in truth if t["address"] in addresses]
    concern = [t for t in specs if t["vendor"] in ("Hikvision", "Dahua")]
    video = [t for t in specs if t["video"]]
    others = [t for t in specs if not t["video"]]

    def hit(t: dict, *keys: str) -> bool:
        got = found.get(t["address"])
        return got is not None and all((got.get(k) or None) == t[k] for k in keys)

    return {
        "devices": len(specs),
        "hik_dahua": len(concern),
        "hik_dahua_vendor": sum(hit(t, "vendor") for t in concern) / max(len(concern), 1),
        "hik_dahua_vendor_and_brand": sum(hit(t, "vendor", "brand") for t in concern) / max(len(concern), 1),
        "cameras": len(video),
        "models_exact": sum(hit(t, "model") for t in video) / max(len(video), 1),
        "models_ignoring_dh_prefix": sum(
            _plain((found.get(t["address"]) or {}).get("model")) == _plain(t["model"]) for t in video
        )
        / max(len(video), 1),
        "non_cameras": len(others),
        "non_cameras_reported_as_cameras": sum(t["address"] in found for t in others),
    }


def channel_score(found: dict[str, dict], truth: list[dict], addresses: set[str]) -> dict[str, object]:
    """Recorders' channels found (by recorder, channel and address), their models, and the estate's cameras
    counted once (direct cameras plus channels not pointing at one) against the truth."""
    specs = [t for t in truth if t["address"] in addresses]
    fleet = {t["address"] for t in specs}
    channels = [(t["address"], c) for t in specs for c in t["channels"] if c["enabled"]]
    modelled = [(a, c) for a, c in channels if c["model"] and c["model"] != "IPC"]

    def listed(address: str, channel: dict) -> dict | None:
        got = (found.get(address) or {}).get("channels") or []
        return next(
            (g for g in got if (g["channel"], g["address"]) == (channel["channel"], channel["address"])), None
        )

    cameras = [t for t in specs if t["video"] and not t["family"].endswith(("nvr", "dvr"))]
    counted = sum(1 for d in found.values() if d.get("kind") != "recorder" and d["address"] in addresses)
    counted += sum(
        1
        for d in found.values()
        for c in d.get("channels") or []
        if c["enabled"] is not False and not c["seen_at"]
    )
    return {
        "recorders": sum(1 for t in specs if t["channels"]),
        "recorders_listed": sum(
            1 for t in specs if t["channels"] and (found.get(t["address"]) or {}).get("channels_listed")
        ),
        "channels": len(channels),
        "channels_found": sum(listed(a, c) is not None for a, c in channels) / max(len(channels), 1),
        "channel_models": sum((listed(a, c) or {}).get("model") == c["model"] for a, c in modelled)
        / max(len(modelled), 1),
        "cameras_truth": len(cameras) + sum(1 for _, c in channels if c["address"] not in fleet),
        "cameras_counted": counted,
    }


def run_discover(target: str, db: Path, credentials: bool) -> tuple[float, dict[str, dict]]:
    argv = [
        sys.executable,
        "-m",
        "camcensus",
        "--db",
        str(db),
        "discover",
        target,
        "--ports",
        PORTS,
        "--json",
        "--rate",
        "5000/s",
        "--timeout",
        "2",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "BENCH_PASSWORD": PASSWORD}
    if credentials:
        argv += ["--username", USERNAME, "--password-env", "BENCH_PASSWORD"]
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    found = {}
    for line in proc.stdout.splitlines():
        d = json.loads(line)
        found[d["address"]] = d
    return elapsed, found


def run_nmap(target: str, out: Path) -> tuple[float, dict[str, dict]]:
    nmap = shutil.which("nmap")
    if nmap is None:
        raise SystemExit("nmap is not installed (apt-get install nmap)")
    start = time.perf_counter()
    subprocess.run(
        [nmap, "-sV", "-T4", "-p", PORTS, "-oX", str(out), target], capture_output=True, check=True
    )
    elapsed = time.perf_counter() - start
    found = {}
    for record in parse_nmap_xml(out.read_bytes(), out):
        found[str(record.address)] = {"vendor": record.vendor, "brand": record.brand, "model": record.model}
    # nmap also flags webcams it cannot name; count those as "reported as a camera" too.
    text = out.read_text(encoding="utf-8")
    for host in re.findall(r"<host .*?</host>", text, re.S):
        if 'devicetype="webcam"' in host:
            addr = re.search(r'addr="([^"]+)" addrtype="ipv4"', host)
            if addr:
                found.setdefault(addr.group(1), {"vendor": None, "brand": None, "model": None})
    return elapsed, found


def _range_addresses(text: str) -> set[str]:
    if "-" in text:
        first, last = (ipaddress.ip_address(p) for p in text.split("-"))
        return {str(ipaddress.ip_address(i)) for i in range(int(first), int(last) + 1)}
    return {str(a) for a in ipaddress.ip_network(text).hosts()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default="127.77.0.0/23")
    parser.add_argument("--devices", type=int, default=400)
    parser.add_argument("--nmap-range", default=None, help="range for the head-to-head (default: --network)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="camcensus-bench-"))
    truth_path = work / "truth.json"
    fleet = subprocess.Popen(
        [sys.executable, "-m", "tests.network.fleet", args.network, str(args.devices), str(truth_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"},
    )
    try:
        assert fleet.stdout is not None
        if fleet.stdout.readline().strip() != "ready":
            raise SystemExit("the emulated fleet did not start")
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        families: dict[str, int] = {}
        for t in truth:
            families[t["brand"] or t["family"]] = families.get(t["brand"] or t["family"], 0) + 1
        print(f"fleet: {len(truth)} devices on {args.network}: {families}", flush=True)
        head = args.nmap_range or args.network
        results = {}
        everything = _range_addresses(args.network)
        t_full, found_full = run_discover(args.network, work / "full.db", credentials=True)
        results["discover (credentials) on " + args.network] = (
            t_full,
            {**score(found_full, truth, everything), **channel_score(found_full, truth, everything)},
        )
        t_anon_full, found_anon = run_discover(args.network, work / "anon.db", credentials=False)
        results["discover (no credentials) on " + args.network] = (
            t_anon_full,
            {**score(found_anon, truth, everything), **channel_score(found_anon, truth, everything)},
        )
        addresses = _range_addresses(head)
        t_head, found_head = (
            (t_anon_full, found_anon)
            if head == args.network
            else run_discover(head, work / "head.db", credentials=False)
        )
        results["discover (no credentials) on " + head] = (t_head, score(found_head, truth, addresses))
        t_cred, found_cred = (
            (t_full, found_full)
            if head == args.network
            else run_discover(head, work / "head-credentials.db", credentials=True)
        )
        results["discover (credentials) on " + head] = (
            t_cred,
            {**score(found_cred, truth, addresses), **channel_score(found_cred, truth, addresses)},
        )
        t_nmap, found_nmap = run_nmap(head, work / "nmap.xml")
        results["nmap -sV -T4 on " + head] = (t_nmap, score(found_nmap, truth, addresses))
        for name, (elapsed, figures) in results.items():
            print(f"\n{name}: {elapsed:.1f} s")
            for key, value in figures.items():
                print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
        print(
            f"\nspeed on {head} (same range, ports {PORTS}, no credentials): nmap -sV {t_nmap:.1f} s, "
            f"camcensus discover {t_head:.1f} s, ratio {t_nmap / t_head:.1f}x"
        )
        print(
            f"speed on {head} with credentials (models, firmware, serials and every recorder's channels): "
            f"camcensus discover {t_cred:.1f} s, ratio {t_nmap / t_cred:.1f}x"
        )
        print(json.dumps({k: {"seconds": round(v[0], 2), **v[1]} for k, v in results.items()}))
    finally:
        if fleet.stdin:
            fleet.stdin.close()
        try:
            fleet.wait(30)
        except subprocess.TimeoutExpired:
            fleet.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
