"""A campaign over the bundled register says which bodies it left out for want of an FOI address, and an
address imported with `bodies import` (its email column) brings a body in."""

from __future__ import annotations

import json
from pathlib import Path


def test_campaign_lists_bodies_without_an_address_until_one_is_imported(run_cli, tmp_path) -> None:
    db = str(tmp_path / "register.db")
    run_cli("bodies", "import", "--bundled", db=db)
    first = run_cli("foi", "campaign", "police-2026", "--body-type", "police", db=db)
    assert "0 requests drafted" in first.stdout
    police = int(first.stdout.split(" bodies left out: no FOI address")[0].rsplit("\n", 1)[-1])
    assert police >= 40 and "Bedfordshire Police" in first.stdout and "bodies import FILE" in first.stderr
    assert "no openly licensed list of FOI addresses" in " ".join(first.stderr.split())

    addresses = tmp_path / "addresses.csv"
    addresses.write_text(
        "code,name,body_type,nation,email\n"
        "police:bedfordshire-police,Bedfordshire Police,police,England,foi@bedfordshire.police.uk\n",
        encoding="utf-8",
    )
    assert "updated 1" in run_cli("bodies", "import", str(addresses), db=db).stdout
    again = json.loads(
        run_cli("foi", "campaign", "police-2026", "--body-type", "police", "--json", db=db).stdout
    )
    assert again["requests"] == 1 and len(again["left_out_no_address"]) == police - 1
    assert "Bedfordshire Police" not in {b["name"] for b in again["left_out_no_address"]}


def test_the_register_says_why_it_bundles_no_address(run_cli, tmp_path) -> None:
    """No bundled body has an FOI address, and the register's attribution says what sources were checked
    for one and why none is shipped (WhatDoTheyKnow holds them but does not publish them in bulk)."""
    db = str(tmp_path / "register.db")
    run_cli("bodies", "import", "--bundled", db=db)
    bodies = [json.loads(line) for line in run_cli("bodies", "list", "--json", db=db).stdout.splitlines()]
    assert len(bodies) > 700 and not [b for b in bodies if b.get("email")]
    attribution = (
        Path(__file__).parents[2] / "src" / "camcensus" / "registry" / "data" / "ATTRIBUTION.md"
    ).read_text(encoding="utf-8")
    section = attribution.split("## FOI e-mail addresses: none bundled", 1)[1]
    for checked in ("uk_local_authority_names_and_codes", "WhatDoTheyKnow", "all-authorities.csv", "NHS"):
        assert checked in section, checked
    assert "bodies import FILE" in section and "foi import" in section
