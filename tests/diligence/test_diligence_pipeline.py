"""From files to figures: an asset register imported by the network stage, a reply's facts, and what the body
declares, through to its exposure, replacement cost and rights."""

from __future__ import annotations

from pathlib import Path

from diligence_estates import EstateBuilder

from camcensus.diligence.national import all_exposures
from camcensus.diligence.rights import import_declarations, rights_of
from camcensus.enums import BodyType
from camcensus.network.imports import import_devices
from camcensus.store import Store

REGISTER = """Asset ID,Manufacturer,Model,Serial No.,Device type
1,Hikvision,DS-2CD2143G0-I,HK001,Dome camera
2,Hikvision,DS-2DE4425IW-DE,HK002,PTZ camera
3,Hikvision,DS-7608NI-K2,HK003,NVR
4,Axis,P3245-V,AX001,Dome camera
"""


def test_asset_register_and_declarations_to_exposure_cost_and_rights(
    sqlite_store: Store, tmp_path: Path
) -> None:
    register = tmp_path / "assets.csv"
    register.write_text(REGISTER)
    declarations = tmp_path / "self-assessment.csv"
    declarations.write_text("body,key,value,note\ntest:R,dpia,yes,\ntest:R,principle_9,yes,\n")
    with sqlite_store.session() as session:
        builder = EstateBuilder(session)
        body = builder.body("test:R", "Council R", BodyType.COUNCIL)
        builder.fact(body, "camera_count", 3)
        body_id = body.id
    with sqlite_store.session() as session:
        import_devices(session, register, body_id)
        import_declarations(session, declarations)
    with sqlite_store.session() as session:
        [exposure] = all_exposures(session, [body_id])
        [rights] = rights_of(session, [body_id])
    data = exposure.as_dict()
    # 3 distinct cameras itemised reach the reply's 3: the register is complete
    assert (data["camera_count"]["best"], data["camera_count"]["basis"]) == (3, "itemised")
    assert data["restricted_cameras"]["cameras"] == [2, 2]
    # fixed 150+100 / 600+400, PTZ 800+100 / 2500+400, one recorder 400 / 3000
    assert data["replacement_cost"]["range_gbp"] == [250 + 900 + 400, 1000 + 2900 + 3000]
    assert rights.dpia["status"] == "yes" and rights.met == 1
