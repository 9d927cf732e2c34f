"""The commands as a user runs them: `camcensus vendors` and `camcensus diligence`."""

from __future__ import annotations

import json
from pathlib import Path

from diligence_estates import build_estates

from camcensus.store import Store


def test_vendors_json_one_object_per_vendor(run_cli) -> None:
    lines = run_cli("vendors", "--json").stdout.splitlines()
    vendors = {v["name"]: v for v in map(json.loads, lines)}
    hik = vendors["Hikvision"]
    assert set(hik) >= {"name", "brands", "restrictions", "cves"}
    assert "CVE-2021-36260" in hik["cves"] and "CVE-2021-33044" in vendors["Dahua"]["cves"]
    for restriction in hik["restrictions"]:
        assert set(restriction) >= {"name", "jurisdiction", "date", "source", "sources"}
        kinds = [s["kind"] for s in restriction["sources"]]
        assert kinds[0] == "primary" and [s["rank"] for s in restriction["sources"]] == sorted(
            s["rank"] for s in restriction["sources"]
        )
        primary = restriction["sources"][0]
        assert restriction["source"] == (primary["url"] or primary["title"])
    # NDAA s.889 was enacted 13 Aug 2018; its procurement ban took effect a year later
    assert {"2018-08-13", "2019-10-09", "2021-03-12", "2022-11-25", "2022-11-24", "2023-02-09"} <= {
        r["date"] for r in hik["restrictions"]
    }
    assert "2019-08-13" in {r["effective_date"] for r in hik["restrictions"]}


def test_diligence_json_for_one_body_and_for_all(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'estate.db'}"
    store = Store.from_url(db)
    store.upgrade()
    with store.session() as session:
        ids = {k: b.id for k, b in build_estates(session).items()}
    store.dispose()
    one = json.loads(cli("diligence", "--body", "test:B", "--json", db=db).stdout)
    assert one["body"]["id"] == ids["B"] and one["restricted_cameras"]["cameras"] == [1, 40]
    rows = [json.loads(line) for line in cli("diligence", "--json", db=db).stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["body"] * 5 + ["national"]
    assert rows[-1]["total"]["replacement_cost_gbp"] == [5760, 79300]
    table = cli("diligence", db=db)
    assert "Trust B" in table.stderr + table.stdout


def test_diligence_unknown_body_and_bad_costs_fail_clearly(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    cli("db", "upgrade", db=db)
    missing = cli("diligence", "--body", "nope", db=db, check=False)
    assert missing.returncode == 1 and "no body with id or code 'nope'" in missing.stderr
    bad = tmp_path / "costs.csv"
    bad.write_text("item,per,low_gbp,high_gbp,basis,source\n")
    failed = cli("diligence", "--unit-costs", str(bad), db=db, check=False)
    assert failed.returncode == 1 and "missing item" in failed.stderr
