"""A campaign over the bundled register says which bodies it left out for want of an FOI address, and an
address imported with `bodies import` (its email column) brings a body in."""

from __future__ import annotations

import json


def test_campaign_lists_bodies_without_an_address_until_one_is_imported(run_cli, tmp_path) -> None:
    db = str(tmp_path / "register.db")
    run_cli("bodies", "import", "--bundled", db=db)
    first = run_cli("foi", "campaign", "police-2026", "--body-type", "police", db=db)
    assert "0 requests drafted" in first.stdout
    police = int(first.stdout.split(" bodies left out: no FOI address")[0].rsplit("\n", 1)[-1])
    assert police >= 40 and "Bedfordshire Police" in first.stdout and "bodies import FILE" in first.stderr

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
