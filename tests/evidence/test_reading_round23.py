"""Round 23 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.documents.reader import read_bytes
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request

_read = read_letter

_COUNT_AND_MAKES = (
    "1. How many CCTV cameras does the council operate?\n2. Which manufacturers supply them?\n"
    "3. Are any of them made by Hikvision or Dahua?\n"
)


def _page(html: str, request: str | None = None):  # type: ignore[no-untyped-def]
    doc = read_bytes(html.encode(), "reply.html")
    return read_segments(doc.segments, request=request)


# -- web pages --

_LOG_PAGE = (
    "<html><body><main><h1>Public space CCTV</h1><table>"
    "<tr><th>Reference</th><td>FOI 11873</td></tr>"
    "<tr><th>Response</th><td><p>1. The Council's cameras are from the following manufacturers:</p>"
    "<ul><li>Vicon &ndash; 30</li><li>Hikvision &ndash; 22</li><li>Hanwha &ndash; 12</li></ul>"
    "<p>2. Please see the response to question 1.</p><p>3. All cameras record continuously.</p></td></tr>"
    "<tr><th>Exemptions applied</th><td>None</td></tr></table></main></body></html>"
)
_LOG_REQUEST = (
    "1. Please list the manufacturers of the council's CCTV cameras and how many of each.\n"
    "2. Are any of the cameras made by Hikvision or Dahua?\n3. Are the cameras monitored 24 hours a day?\n"
)


def test_a_log_pages_response_cell_is_read_as_the_reply_it_holds() -> None:
    doc = read_bytes(_LOG_PAGE.encode(), "reply.html")
    response = next(s for s in doc.segments if s.text.startswith("Response"))
    assert response.row is None and "\nVicon – 30\nHikvision – 22\n" in response.text
    reading = _page(_LOG_PAGE, _LOG_REQUEST)
    assert reading.camera_count == 64 and reading.vendor_status("Dahua") == "no"


def test_an_empty_exemptions_field_withholds_nothing() -> None:
    assert _page(_LOG_PAGE, _LOG_REQUEST).outcome == "answered"


def test_a_data_tables_rows_stay_rows_with_a_cells_paragraphs_as_sentences() -> None:
    page = (
        "<html><body><table><tr><th>Site</th><th>Make</th><th>Cameras</th></tr>"
        "<tr><td><p>Depot</p><p>(north yard)</p></td><td>Axis</td><td>12</td></tr></table></body></html>"
    )
    rows = [s for s in read_bytes(page.encode(), "reply.html").segments if s.row is not None]
    assert [s.text for s in rows] == ["Site | Make | Cameras", "Depot. (north yard) | Axis | 12"]


# -- counts --


def test_a_count_named_by_two_places_joined_with_and_is_a_part() -> None:
    reply = (
        "The borough's CCTV network currently consists of 274 cameras. This comprises 152 town centre and "
        "public realm cameras, 97 cameras on housing estates and 25 cameras in the Guildhall."
    )
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 274


def test_a_date_before_cameras_is_no_count() -> None:  # guard
    reply = (
        "Nothing has changed since our reply of 14 June last year - same cameras, none added or taken out."
    )
    assert _read(reply).camera_count is None


def test_the_doorways_cameras_cover_are_not_cameras_and_the_other_kind_asked_adds() -> None:
    request = (
        "1) The number of internal CCTV cameras and the number of external CCTV cameras at the school.\n"
        "2) Are any of your cameras made by Hikvision?\n"
    )
    reply = (
        "1) Internal cameras: 9. These cover the main entrance, corridors and the two sensory room doorways "
        "(the doorways only, not the rooms).\n   External cameras: 14. These cover the car park.\n\n2) No.\n"
    )
    assert _read(reply, request).camera_count == 23


def test_a_count_in_words_then_its_parts_after_a_colon_is_the_count() -> None:
    reply = "1. Yes. We have sixteen cameras: 12 external (perimeter, car park) and 4 internal (reception).\n"
    request = "1. Does the academy have CCTV? If so how many cameras?\n2. What brand are the cameras?\n"
    assert _read(reply, request).camera_count == 16


def test_sites_listed_one_per_line_after_a_colon_are_summed() -> None:
    request = "1. The number of CCTV cameras at each hospital site operated by the Board.\n2. The makes.\n"
    reply = (
        "1. The number of CCTV cameras at each of our sites is:\nRoyal Infirmary of Glenmorran 212\n"
        "St Columba's Hospital 64\nGlenmorran Maternity Unit 31\nDalreoch Health Centre 4\n"
        "2. We do not disclose the makes of our security systems.\n"
    )
    assert _read(reply, request).camera_count == 311


def test_cameras_on_order_are_not_counted_without_are() -> None:
    reply = "The Council operates 74 CCTV cameras. Quantities exclude 4 cameras on order for Brenfield Park."
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 74


def test_a_number_in_a_questions_cell_labels_its_answer() -> None:
    request = (
        "1. Does the Service own or operate any drones?\n2. If so, how many, and what make and model?\n"
        "3. Are any drones made by DJI, Autel, Hikvision or Dahua?\n"
    )
    rows = [
        "Question | Our response",
        "1 | Yes. The Service operates a drone team based at Fenbury fire station.",
        "2 | Three: two DJI Matrice 30T and one DJI Mavic 3 Thermal.",
        "3 | All three are DJI. None are made by Autel, Hikvision or Dahua.",
    ]
    segments = [
        TextSegment(seq=n, text=r, location=f"table 1 row {n + 1}", row=n + 1) for n, r in enumerate(rows)
    ]
    reading = read_segments(segments, request=request)
    assert reading.camera_count == 3 and reading.vendor_status("Hikvision") == "no"


def test_a_summary_by_status_counts_the_live_column() -> None:
    rows = [
        "Manufacturer | Live | Decommissioned | Planned",
        "Axis | 17 | 0 | 3",
        "Dahua | 14 | 0 | 0",
        "Hikvision | 0 | 5 | 0",
        "Total | 31 | 5 | 3",
    ]
    segments = [
        TextSegment(seq=n, text=r, location=f"sheet Summary row {n + 1}", row=n + 1)
        for n, r in enumerate(rows)
    ]
    reading = read_segments(segments, request=_COUNT_AND_MAKES)
    assert reading.camera_count == 31 and reading.vendor_status("Hikvision") == "no"


# -- makes --


def test_a_programme_carried_out_to_replace_a_make_leaves_none_of_it() -> None:
    reply = (
        "During 2023-24 the Partnership carried out a programme to replace its older Dahua analogue cameras "
        "with Hanwha IP cameras. The work was finished in October 2024, and all of the cameras in "
        "the district "
        "are now Hanwha. There are no Hikvision cameras."
    )
    assert _read(reply, _COUNT_AND_MAKES).vendor_status("Dahua") == "no"


def test_a_sentence_after_ltd_opens_with_no() -> None:
    reply = (
        "3. Yes, the School previously had a Hikvision system. It was taken out in its entirety in 2024 and "
        "replaced with the current Axis system by Ouse Valley Security Ltd. No Hikvision cameras or "
        "recorders "
        "remain in use.\n"
    )
    request = (
        "1. How many cameras?\n2. Who makes them?\n3. Has the School ever used Hikvision "
        "cameras? Does it now?\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_recorder_the_installer_supplied_is_the_makes_not_the_installers() -> None:
    reply = (
        "Q2. The cameras at both sites are Uniview. The annexe has its own recorder, which is a "
        "Dahua one that "
        "the installer (Trentside Alarms) supplied when the annexe opened in 2021.\n"
    )
    request = "Q1. How many cameras?\nQ2. What make are the cameras and the recording equipment?\n"
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_dont_know_to_a_makes_question_is_neither_yes_nor_no() -> None:
    request = (
        "Question 1: How many CCTV cameras are there?\nQuestion 2: Are any of them Hikvision?\n"
        "Question 3: Are any of them Dahua?\nQuestion 4: Are any of them able to record sound?\n"
    )
    reply = (
        "Question 1: How many CCTV cameras are there?\n16\n\nQuestion 2: Are any of them "
        "Hikvision?\nDon't know\n\n"
        "Question 3: Are any of them Dahua?\nDon't know\n\nQuestion 4: Are any of them able to "
        "record sound?\nNo.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == reading.vendor_status("Dahua") == "unknown"
    assert reading.outcome == "partially_answered"


def test_where_cameras_are_not_denies_no_make() -> None:
    reply = (
        "Manufacturers: Bosch and Hikvision (HiLook range). There are no other makes in use on the units.\n\n"
        "However, I uphold the decision to withhold the location of cameras. A plan of where cameras "
        "are, and "
        "therefore where they are not, would be of clear use to anyone planning to harm another patient."
    )
    assert _read(reply, _COUNT_AND_MAKES).vendor_status("Hikvision") == "yes"


def test_no_fixed_date_for_replacing_a_make_denies_none_of_it() -> None:
    reply = (
        "4. The University has no Dahua equipment. There are currently 96 Hikvision cameras, mainly at "
        "residences, which will be replaced as they reach end of life; there is no fixed date for this.\n"
    )
    request = (
        "1. How many cameras?\n4. Does the University intend to remove any Hikvision or Dahua equipment?\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_no_equipment_of_a_make_in_use_today_stands_beside_makes_not_recorded() -> None:
    reply = (
        "2-3. The Trust does not record the manufacturer of its CCTV cameras centrally.\n\n"
        "4. Following an audit, Dahua recorders were found at 6 stations and were replaced. The Trust can "
        "confirm that there is no Dahua equipment in use today.\n"
    )
    request = "1. Total cameras.\n2. Manufacturers.\n3. Any Hikvision?\n4. Any Dahua?\n"
    assert _read(reply, request).vendor_status("Dahua") == "no"


def test_these_were_removed_after_a_makes_cameras_says_they_went() -> None:
    reply = (
        "3. The roadside cameras are made by Bosch, Pelco and Axis. During an audit in 2023 we "
        "identified nine "
        "Hikvision cameras fitted at two outstations. These were removed in January 2024 and none remain.\n"
        "4. No.\n"
    )
    request = (
        "1. How many cameras?\n3. Who manufactures them? Are any Hikvision or Dahua?\n"
        "4. Are any of these cameras used to enforce speed limits or for ANPR?\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "no"
    assert not any("named above" in str(q.get("text")) for q in reading.questions or [])


def test_some_of_these_were_removed_leaves_the_make_in_use() -> None:  # guard
    reply = "The Council uses 12 Hikvision cameras at the depot. Some older ones were removed in 2022."
    assert _read(reply, _COUNT_AND_MAKES).vendor_status("Hikvision") == "yes"


# -- requests and outcomes --


def test_a_body_that_is_not_a_public_authority_refuses() -> None:
    reply = (
        "Willowbrook Hospice is a charity and is not listed as a public authority under Schedule 1 of the "
        "Freedom of Information Act 2000. The Act therefore does not apply to us and we will not be "
        "responding to your request."
    )
    assert _read(reply, _COUNT_AND_MAKES).outcome == "refused"


def test_a_town_council_that_does_not_fund_cctv_has_none() -> None:
    reply = (
        "Millbrook Town Council does not own, operate or fund any CCTV cameras, so I am afraid I cannot help "
        "with questions 2 to 5."
    )
    request = (
        "1. How many CCTV cameras does the Town Council own or operate?\n2. Are any made by Hikvision?\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 0 and reading.vendor_status("Hikvision") == "no"


def test_questions_run_on_after_i_am_writing_to_ask_are_split() -> None:
    request = (
        "Dear Westbury Trust, I am writing to ask under the Freedom of Information Act how many CCTV cameras "
        "the Trust has, whether any of the Trust's cameras are manufactured by Hikvision or Dahua, and if so "
        "whether the Trust has a plan to remove them. Thank you, Alan Greaves"
    )
    assert [q.ask.kinds[0] for q in split_request(request)][:2] == ["count", "vendors"]


# -- the same reading on every run --

_SEEDED = """
from tests.evidence.letters import read_letter
print(read_letter("The Council has 14 body-worn video devices: 9 used by civil enforcement officers, 3 by "
                  "environmental enforcement and 2 by the tenancy team.").camera_count)
"""


def test_a_reading_does_not_change_with_the_order_of_pythons_sets() -> None:
    root = Path(__file__).resolve().parents[2]
    seen = set()
    for seed in ("0", "1", "2", "3", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": f"{root}{os.pathsep}{root / 'src'}"}
        done = subprocess.run(
            [sys.executable, "-c", _SEEDED], env=env, capture_output=True, text=True, check=True
        )
        seen.add(done.stdout.strip())
    assert len(seen) == 1, seen


# -- written after the first rules of the round --


def test_makes_the_body_cannot_state_with_certainty_are_unknown() -> None:
    reply = (
        "On manufacturers: about 70% of the estate is Axis and around 20% is Hanwha. The makes of the rest "
        "have not been recorded. Because of this, we cannot state with certainty whether any Hikvision or "
        "Dahua products are in use."
    )
    reading = _read(reply, _COUNT_AND_MAKES)
    assert reading.vendor_status("Hikvision") == reading.vendor_status("Dahua") == "unknown"


def test_rows_of_kinds_of_camera_after_runs_of_spaces_are_summed() -> None:
    reply = (
        "Our security team has provided the following.\n\n"
        "Fixed cameras (internal and external, all campuses)        612\n"
        "Pan-tilt-zoom (PTZ) cameras                                  48\n"
        "Re-deployable cameras (used for events)                       6\n\n"
        "Security staff also have 40 body-worn video units, not included above."
    )
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 666


def test_bulleted_counts_under_an_answer_that_ends_with_a_colon_are_summed() -> None:
    reply = (
        "1. The Agency operates CCTV at 27 of its staffed properties. The cameras comprise:\n"
        "   - 241 fixed cameras\n   - 19 PTZ cameras\n   - 4 re-deployable cameras, moved between monuments\n"
        "2. The cameras are Axis and Hanwha. At three properties the cameras record to Dahua network video "
        "recorders which were supplied with the original installation.\n"
    )
    reading = _read(reply, _COUNT_AND_MAKES)
    assert reading.camera_count == 264 and reading.vendor_status("Dahua") == "yes"


def test_a_heading_of_two_makes_as_alternatives_lists_neither() -> None:
    reply = (
        "2. Manufacturers\nThe CCTV cameras are Axis, Hanwha and Hikvision.\n3. Hikvision or Dahua\n"
        "The Force has Hikvision cameras in four of its custody suites.\n"
    )
    request = (
        "1. How many cameras?\n2. Which manufacturers?\n"
        "3. Tell me about any equipment from Chinese state-owned companies.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "no"


def test_a_make_on_a_registers_anpr_row_is_not_in_the_cctv_asked_about() -> None:
    rows = [
        "Asset ref | Site | Equipment type | Manufacturer | Model | Qty",
        "SEC-0101 | Penrose Hospital | CCTV - fixed | Axis | P3255-LVE | 46",
        "SEC-0103 | Penrose Hospital | ANPR | Hikvision | iDS-TCM403-GIR | 6",
        "SEC-0110 | Penrose Hospital | CCTV - fixed | Avigilon | H5A Dome | 71",
    ]
    segments = [TextSegment(seq=n, text=r, location=f"row {n + 1}", row=n + 1) for n, r in enumerate(rows)]
    reading = read_segments(segments, request=_COUNT_AND_MAKES)
    assert reading.camera_count == 117 and reading.vendor_status("Hikvision") == "no"


def test_a_figure_put_right_with_not_replaces_the_one_before() -> None:
    reply = (
        "I transposed the figures for part (a). The school has 74 CCTV cameras, not 47. Also, the number of "
        "Hikvision cameras is 30, not 12.\n\n> a) 47\n> b) Yes, 12 of the cameras are Hikvision\n"
    )
    request = "a) how many CCTV cameras the school has\nb) whether any of them are Hikvision\n"
    assert _read(reply, request).camera_count == 74


def test_a_makes_cameras_counted_with_their_recorder_are_a_part_of_the_total() -> None:
    reply = (
        "The Council operates 143 CCTV cameras (132 on the register plus 11 at highways depots).\n"
        "Yes - the 11 depot cameras and their recorder are Hikvision.\n"
    )
    assert _read(reply).camera_count == 143


def test_no_cctv_said_with_a_typo_in_full_or_of_working_cameras() -> None:
    request = "1. How many CCTV cameras does the council own or operate?\n2. Any Hikvision or Dahua?\n"
    for reply in (
        "thanks for your email, the parish council dosnt have any cctv cameras at all so I'm afraid theres "
        "nothing I can tell you on the other questions.",
        "Llanfihangel Glyn Community Council does not have any closed circuit television (CCTV) cameras.",
        "The cameras are still on the wall but do not record. The council does not have any working CCTV.",
    ):
        reading = _read(reply, request)
        assert reading.camera_count == 0 and reading.vendor_status("Dahua") == "no", reply


def test_a_table_titled_as_body_worn_video_lists_no_cctv_make() -> None:
    segments = [
        TextSegment(seq=0, text="Table A - CCTV cameras", location="paragraph 1"),
        TextSegment(seq=1, text="Location | Make | Cameras", location="table 1 row 1", row=1),
        TextSegment(seq=2, text="Market Square | Axis | 18", location="table 1 row 2", row=2),
        TextSegment(seq=3, text="Riverside depot | Bosch | 4", location="table 1 row 3", row=3),
        TextSegment(seq=4, text="Total |  | 22", location="table 1 row 4", row=4),
        TextSegment(
            seq=5, text="Table B - Body worn video (Civil Enforcement Officers)", location="paragraph 2"
        ),
        TextSegment(seq=6, text="Make | Model | Units", location="table 2 row 1", row=1),
        TextSegment(seq=7, text="Hikvision | DS-MCW407 | 14", location="table 2 row 2", row=2),
    ]
    reading = read_segments(segments, request=_COUNT_AND_MAKES)
    assert reading.camera_count == 22 and reading.vendor_status("Hikvision") == "no"


def test_a_body_worn_table_is_the_answer_when_the_request_is_about_body_worn_video() -> None:  # guard
    segments = [
        TextSegment(seq=0, text="Body worn video - security team", location="paragraph 1"),
        TextSegment(seq=1, text="Make | Model | Units", location="table 1 row 1", row=1),
        TextSegment(seq=2, text="Hikvision | DS-MH2311 | 24", location="table 1 row 2", row=2),
    ]
    request = "1. How many body-worn video cameras do your security staff use?\n2. Who makes them?\n"
    reading = read_segments(segments, request=request)
    assert reading.camera_count == 24 and reading.vendor_status("Hikvision") == "yes"


def test_a_log_pages_row_of_the_request_beside_the_reply_keeps_the_request_apart() -> None:
    page = (
        "<html><body><table><tr><th>Request</th><th>Response</th></tr>"
        "<tr><td><p>1. Every camera location.</p>"
        "<p>2. Any correspondence since 2021 with suppliers about Hikvision or Dahua equipment.</p></td>"
        "<td><p>The cost of complying would exceed the appropriate limit.</p><p>Section 12(1) therefore "
        "applies and this notice refuses your request as a whole.</p></td></tr></table></body></html>"
    )
    reading = _page(page)
    assert reading.vendor_status("Hikvision") == "unknown" and reading.outcome == "refused"
