"""Round 18 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.documents.reader import read_bytes
from camcensus.evidence.reading import read_segments

_read = read_letter


def _sheet(rows: list[str], name: str = "Sheet1", start: int = 0) -> list[TextSegment]:
    return [
        TextSegment(seq=start + n, text=row, location=f"sheet {name} row {n + 1}", sheet=name, row=n + 1)
        for n, row in enumerate(rows)
    ]


def test_a_table_by_year_gives_the_latest_years_cameras_not_the_years_summed() -> None:
    request = "1. How many CCTV cameras did the Trust operate in 2022/23 and 2023/24?\n2. Any Hikvision?\n"
    reply = (
        "1. Camera numbers\n"
        "                                 2022/23        2023/24\n"
        "  Hospital sites covered               4              4\n"
        "  CCTV cameras in operation          318            341\n"
        "  Recorders (NVR/DVR)                 22             24\n\n"
        "2. No.\n"
    )
    assert _read(reply, request).camera_count == 341


def test_the_cameras_denied_and_the_makes_recorders_in_use_is_the_make_in_use() -> None:
    request = "1. How many cameras?\n2. Are any of your cameras or recorders made by Dahua?\n"
    reply = (
        "1. 341\n\n2. The Trust's cameras are not Dahua. However, 9 of the 24 recorders listed above are "
        "Dahua units, which are scheduled for replacement next year.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_a_no_to_a_question_about_cameras_then_recorders_elsewhere_is_still_no() -> None:
    """A guard: a bare "No" to the question asked outweighs a make's recorders in other equipment."""
    request = (
        "1. How many body-worn cameras?\n2. Are any of the body-worn cameras made by Hikvision or Dahua?\n"
    )
    reply = (
        "1. 2,002\n\n2. No.\n\nFor context only, the Hikvision products referred to in the media relate to "
        "some fixed CCTV and NVR equipment in custody suites, which is not body worn video.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_count_of_cameras_inside_and_a_number_covering_outside_are_summed() -> None:
    request = "1) How many CCTV cameras are in use at the academy?\n2) Are any made by Hikvision or Dahua?\n"
    reply = (
        "1) We have forty-two cameras inside the building and eighteen covering the outside areas (car park, "
        "gates and field).\n2) No\n"
    )
    assert _read(reply, request).camera_count == 60


def test_the_last_of_a_makes_units_removed_leaves_none_in_use() -> None:
    request = "(i) How many cameras?\n(ii) Has the council ever used Hikvision cameras?\n"
    reply = (
        "(i) 96\n(ii) Yes. The cameras and recorders installed under the 2016 contract were Hikvision. These "
        "were replaced in full under the 2021 contract; the last Hikvision units were removed in November "
        "2022.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_makes_brand_in_use_beats_a_denial_of_buying_from_the_company() -> None:
    request = "- how many CCTV cameras\n- any Hikvision cameras?\n- any Dahua cameras?\n"
    reply = (
        "At the pavilion there are 6 HiLook cameras on a HiLook recorder. At the allotments there are 2 Imou "
        "wireless cameras.\n\nIn answer to your two questions about Hikvision and Dahua, the council has "
        "not bought anything from either company.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "yes"


def test_further_cameras_that_give_the_stated_total_are_not_added_to_it() -> None:
    request = "1. The number of CCTV cameras operated by the Trust\n2. Any Hikvision?\n"
    reply = (
        "1. At the end of 2023/24 the Trust operated 436 cameras. A further 15 cameras have been installed "
        "since 1 April 2024, giving a current total of 451.\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 451


def test_drones_bought_only_on_a_business_case_leave_the_service_with_none() -> None:
    request = "1. How many drones does the Service own?\n2. What make are they (e.g. DJI)?\n"
    reply = (
        "1. None. The Service does not currently own or operate any drones.\n"
        "2. Not applicable. A business case for the purchase of two drones (DJI Matrice 30T) was approved "
        "in October, with delivery expected next year.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 0
    assert reading.vendor_status("Hikvision") == "no"


def test_a_figure_said_again_in_words_and_spare_units_are_not_added() -> None:
    request = "Q1. How many BWV cameras does the force have in service?\nQ2. Who makes them?\n"
    reply = (
        "Q1. 1,150 (one thousand one hundred and fifty) cameras are currently in service. In addition the "
        "force holds 85 spare units in stores.\nQ2. Axon.\n"
    )
    assert _read(reply, request).camera_count == 1150


def test_a_column_headed_current_holding_numbers_is_the_quantity_and_its_total_is_read() -> None:
    request = "Q1 How many cameras at each building?\nQ2 What make?\n"
    reply = (
        "Q1 and Q2\n"
        "Building                    Current   Make              Removed 2023/24   Planned 2025/26\n"
        "Civic Centre                   38     Axis                     -                 4\n"
        "Lye Road Depot                 21     Hanwha                  14                 6\n"
        "Halesowen Pool                 11     Hanwha                   -                 2\n"
        "TOTAL                          70                             14                12\n"
    )
    assert _read(reply, request).camera_count == 70


def test_a_sheet_of_makes_as_columns_is_read_and_a_sheet_of_quoted_installs_is_not() -> None:
    estate = [
        "Site | Axis | Hanwha | Hikvision | Total",
        "High Street | 24 | 6 |  | 30",
        "Retail Park |  |  | 9 | 9",
        "TOTAL | 24 | 6 | 9 | 39",
    ]
    planned = [
        "Location | Manufacturer | No. of cameras | Est. cost | Status",
        "Rainham Precinct | Dahua | 8 | £14,200 | Quote received",
        "Strood Riverside | Axis | 6 | £21,600 | Awaiting ward member approval",
        "Total |  | 14 | £35,800",
    ]
    reading = read_segments(_sheet(estate, "Estate") + _sheet(planned, "Planned", start=10))
    assert reading.camera_count == 39
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") != "yes"


def test_a_make_whose_column_is_all_zero_is_not_in_use() -> None:
    reply = (
        "Cameras by site and manufacturer\n\n"
        "Site                              Axis   HiWatch   Hanwha   Total\n"
        "Kendal Royal Infirmary             112         0       31     143\n"
        "Penrith General Hospital            46        22        9      77\n"
    )
    reading = _read(reply, "Q1 How many cameras at each site, by manufacturer?\nQ2 Any Hikvision?\n")
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.camera_count == 220


def test_cameras_bought_each_year_by_make_are_no_estate() -> None:
    request = "Please tell me how many CCTV cameras you bought in each of the last three years, by make.\n"
    reply = (
        "Financial year     Hanwha    Axis    Total\n"
        "2021/22              58        0       58\n"
        "2022/23              71       20       91\n"
        "Total               129       20      149\n"
    )
    assert _read(reply, request).camera_count is None


def test_a_registers_wrapped_cell_and_spare_rows_are_no_cameras_in_use() -> None:
    reply = (
        "Site\tCamera ID\tMake\tModel\tStatus\n"
        "Harbour Court\tHC-01\tHikvision\tDS-2CD2143G2-I\tLive\n"
        "Harbour Court\tHC-02\tHikvision\tDS-2CD2143G2-I\tLive\n"
        "Marlowe House\tMH-04\tAxis\tP3245-LVE\tPlanned (Q3\n"
        "\t\t\t\t2024/25)\n"
        "Head Office store\tSP-01\tAxis\tM3106-L Mk II\tSpare\n"
        "Orchard Rise\tOR-01\tAxis\tM3106-L Mk II\tLive\n"
    )
    assert _read(reply, "Please send your CCTV asset register.\n").camera_count == 3


def test_a_figure_that_includes_recorders_is_no_count_of_cameras() -> None:
    request = "1. How many CCTV cameras does your organisation operate?\n2. Which makes?\n"
    reply = (
        "1. 173 (this figure includes cameras and recording equipment)\n2. See attached.\n\n"
        "Manufacturer | No. of cameras\nAxis | 71\nHikvision | 58\nAvigilon | 29\n"
    )
    assert _read(reply, request).camera_count == 158


def test_a_shared_services_rows_for_other_bodies_are_not_the_answer() -> None:
    request = (
        "Dear East Hertfordshire District Council\nHow many public space CCTV cameras are there in East "
        "Herts, and are any Hikvision or Dahua?\n"
    )
    reply = (
        "The table below shows the position for all four partner areas. For your request, the East "
        "Hertfordshire row applies.\n\n"
        "  Partner area              Cameras   Manufacturer(s)\n"
        "  East Hertfordshire            71    Axis (52), Dahua (19)\n"
        "  Hertsmere                     35    Hikvision (15), Dahua (20)\n"
        "  North Hertfordshire           48    Axis (48)\n"
        "  -------------------------------------------------------------\n"
        "  Partnership total            154\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 71
    assert reading.vendor_status("Hikvision") != "yes"
    assert reading.vendor_status("Dahua") == "yes"


def test_a_per_site_table_whose_one_site_the_request_names_is_still_the_estate() -> None:
    """A guard: without the reply saying it sets other bodies beside the one asked, every row counts."""
    request = "How many cameras does the Trust have, including at Kendal Royal Infirmary?\n"
    reply = (
        "  Site                        Cameras   Manufacturer\n"
        "  Kendal Royal Infirmary          40    Axis\n"
        "  Penrith General Hospital        30    Axis\n"
    )
    assert _read(reply, request).camera_count == 70


def test_an_earlier_answer_quoted_before_its_correction_is_replaced() -> None:
    request = "1. How many cameras?\n2. Are any made by Hikvision?\n3. Are any made by Dahua?\n"
    reply = (
        "I am writing about our response of 12 March. Our original response was as follows:\n"
        "    1. 64\n    2. No\n    3. No\n"
        "Unfortunately, when we prepared that response the cameras at Spring Gardens car park were "
        "omitted. The corrected response is:\n"
        "    1. 71\n    2. Yes. The 7 cameras at Spring Gardens car park are Hikvision.\n"
        "    3. No (unchanged)\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 71
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "no"


def test_a_web_pages_table_is_read_where_it_stands_and_its_sidebar_is_not() -> None:
    page = (
        b"<html><body><div class='govuk-cookie-banner'><p>We use cookies. 212 cookies.</p></div>"
        b"<nav><ul><li><a href='/bins'>Bins</a></li></ul></nav><main><h1>CCTV cameras</h1>"
        b"<p>1 &amp; 2. The council's cameras are:</p><table><tr><th>Manufacturer</th><th>Number</th></tr>"
        b"<tr><td>Axis</td><td>71</td></tr><tr><td>Dahua</td><td>38</td></tr></table><p>3. No</p>"
        b"<h2>Related responses</h2><ul><li><a href='/foi/1'>Public space CCTV (146 cameras)</a></li></ul>"
        b"</main><aside><ul><li><strong>1,946</strong> street lights</li></ul></aside></body></html>"
    )
    doc = read_bytes(page, "reply.html")
    texts = [s.text for s in doc.segments]
    assert texts[1].startswith("Manufacturer") and texts[-1].startswith("3. No")
    assert not any("cookies" in t or "146" in t or "1,946" in t or "Bins" in t for t in texts)


def test_columns_under_a_merged_cameras_cell_are_the_cameras_not_the_units_total() -> None:
    rows = [
        "Body-worn video - devices in service",
        " | Cameras |  | Ancillary",
        "Area | Personal issue | Pool | Docking stations | Total units",
        "Bristol | 1140 | 160 | 96 | 1396",
        "Somerset | 410 | 60 | 40 | 510",
        "Total | 1550 | 220 | 136 | 1906",
    ]
    request = "1. How many body-worn video cameras does the force have?\n2. Who makes them?\n"
    assert read_segments(_sheet(rows, "BWV devices"), request=request).camera_count == 1770


def test_kinds_of_camera_beside_a_total_of_devices_are_the_cameras() -> None:
    rows = [
        "Location | Fixed | PTZ | Recorders (NVR/DVR) | Total devices",
        "Town Centres | 38 | 12 | 3 | 53",
        "Car Parks | 27 | 2 | 4 | 33",
        "TOTAL | 65 | 14 | 7 | 86",
    ]
    assert read_segments(_sheet(rows, "Summary")).camera_count == 79


def test_fixed_and_ptz_cctv_camera_columns_are_summed_and_a_totals_row_is_a_total() -> None:
    rows = [
        "Site | Fixed CCTV cameras | PTZ CCTV cameras | CCTV manufacturer | Body worn cameras | BWC maker",
        "St James's | 212 | 14 | Axis | 38 | Hikvision",
        "Seacroft | 29 | 0 | Bosch | 2 | Hikvision",
        "Totals | 241 | 14 |  | 40",
    ]
    segments = [
        TextSegment(seq=n, text=row, location=f"row {n + 1}", row=n + 1) for n, row in enumerate(rows)
    ]
    reading = read_segments(
        segments, request="1) How many CCTV cameras at each hospital?\n2) Who makes them?\n"
    )
    assert reading.camera_count == 255
    assert reading.vendor_status("Hikvision") == "no"


def test_the_column_of_cameras_installed_now_is_the_count_not_the_total_on_completion() -> None:
    rows = [
        "School | Installed now | Planned 2025 | Total cameras on completion",
        "Brookvale Academy | 42 | 16 | 58",
        "Fernhill Primary | 11 | 0 | 11",
        "Total | 53 | 16 | 69",
    ]
    assert read_segments(_sheet(rows, "Summary")).camera_count == 53


def test_a_make_only_on_a_sheet_of_planned_installs_is_not_in_use() -> None:
    estate = ["School | Manufacturer | Qty", "Brookvale | Axis | 18", "Fernhill | Hanwha | 7"]
    planned = ["School | Manufacturer | Qty", "Brookvale | Hikvision | 12"]
    segments = _sheet(estate, "Current estate") + _sheet(planned, "Planned installs", start=10)
    reading = read_segments(segments, request="Q1. How many cameras?\nQ2. Are any Hikvision or Dahua?\n")
    assert reading.camera_count == 25
    assert reading.vendor_status("Hikvision") != "yes"


def test_the_figure_given_in_an_earlier_response_is_not_added() -> None:
    request = "Question 1: How many CCTV cameras does the council currently operate?\n"
    reply = (
        "Question 1: 134. For information, the figure given in our 2022 response to a similar request was "
        "151; a number of cameras in the town centre were decommissioned in 2023.\n"
    )
    assert _read(reply, request).camera_count == 134


def test_more_than_one_manufacturer_is_no_count_of_cameras() -> None:
    request = "(a) the number of cameras at each police building;\n(b) their manufacturer.\n"
    reply = (
        "(a) and (b) - please see the table below.\n\n"
        "  Building                    Cameras   Make\n"
        "  Police HQ                       46    Axis\n"
        "  Parkside Police Station         38    Various\n\n"
        "Where 'Various' is shown the building has a mix of equipment from more than one manufacturer.\n"
    )
    assert _read(reply, request).camera_count == 84


def test_counts_at_named_places_after_the_first_are_cameras_too() -> None:
    request = "Q1 The number of CCTV cameras in use across Trust sites.\nQ2 Any Hikvision?\n"
    reply = (
        "Q1 The Trust currently has 188 cameras at Leighton Hospital, 61 at Victoria Infirmary, Northwich "
        "and 15 at Elmhurst Intermediate Care Centre.\nQ2 No.\n"
    )
    assert _read(reply, request).camera_count == 264


def test_a_pages_tags_and_an_foi_reference_in_its_title_are_not_read() -> None:
    page = (
        b"<html><body><main><article><h1>FOI 2024-1049 CCTV cameras</h1><p>Response</p>"
        b"<p>The council does not operate any ANPR cameras.</p>"
        b"<div class='field field--name-field-tags'><div>Tags</div><div><a href='/t/1'>Hikvision</a></div>"
        b"</div></article></main></body></html>"
    )
    texts = [s.text for s in read_bytes(page, "reply.html").segments]
    assert not any("Hikvision" in t for t in texts)
    request = "Q1 How many ANPR cameras does the council operate?\nQ2 Are any made by Hikvision?\n"
    assert _read("FOI 2024-1049 CCTV cameras\nWe have 40 cameras.\n", request).camera_count == 40


def test_quantities_written_with_no_are_counts() -> None:
    request = "1) How many CCTV cameras do you have?\n2) Who manufactures them?\n"
    reply = "1) 52no. cameras in total across 38 sites.\n2) 40no. Hikvision, 12no. Hanwha Vision.\n"
    reading = _read(reply, request)
    assert reading.camera_count == 52
    assert reading.vendor_status("Hikvision") == "yes"


def test_rows_of_counts_ending_in_a_total_head_no_questions() -> None:
    request = (
        "(a) How many CCTV cameras are operated by the council?\n(b) Are any made by Hikvision?\n"
        "(c) Are any made by Dahua?\n(d) Please list all other manufacturers.\n"
    )
    reply = (
        "(a) How many CCTV cameras are operated by the council?\nThe cameras operated by the Council are:\n"
        "Public space (town centre, district centres, parks)   - 86\n"
        "Redeployable                                            - 4\n"
        "TOTAL                                                   - 90\n"
        "(b) Are any made by Hikvision?\nYes - please see (d).\n(c) Are any made by Dahua?\nNo.\n"
        "(d) Please list all other manufacturers.\nHikvision - 40 units\nAxis - 50 units\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 90
    assert reading.vendor_status("Dahua") == "no"


def test_cameras_watched_from_the_control_room_and_the_others_are_added() -> None:
    request = (
        "1. How many CCTV cameras are monitored from the council's control room?\n"
        "2. How many other CCTV cameras does the council operate that are not monitored from the control "
        "room?\n3. Number of Hikvision cameras.\n"
    )
    reply = (
        "1. 248 cameras are monitored from the CCTV control room (Bournemouth 131, Poole 94, Christchurch "
        "23). This includes 12 re-deployable cameras.\n2. 63. These are local systems at depots.\n3. 0.\n"
    )
    assert _read(reply, request).camera_count == 311


def test_a_note_that_a_figure_includes_some_cameras_gives_no_count() -> None:
    request = "1. The total number of CCTV cameras operated by the council.\n2. A breakdown by area.\n"
    reply = (
        "Q1 / Q2 - Number of cameras and breakdown\n"
        "Former authority area       Public space   Car parks   Buildings/depots\n"
        "--------------------------  ------------   ---------   ----------------\n"
        "Craven                                 18           6                  9\n"
        "Harrogate                              61          14                 27\n"
        "Notes:\n(a) The Harrogate public space figure includes 4 re-deployable cameras currently deployed.\n"
    )
    assert _read(reply, request).camera_count == 135


def test_a_layout_class_naming_a_sidebar_is_no_furniture_and_a_deep_page_is_read() -> None:
    page = (
        b"<html><body><div class='page-wrapper has-sidebar'><p>We have 12 cameras.</p><table><tr><td>Axis"
        b"</td><td>12</td></tr></table></div><div class='sidebar'><p>99 other things</p></div></body></html>"
    )
    assert [s.text for s in read_bytes(page, "reply.html").segments] == ["We have 12 cameras.", "Axis | 12"]
    deep = ("<div class='sidebar-x'>" * 2000 + "<p>x</p>" + "</div>" * 2000).encode()
    assert read_bytes(deep, "deep.html").error is None


def test_body_worn_video_devices_are_counted_and_a_range_of_them_is_not() -> None:
    request = "Q1 How many body worn video cameras does the force currently have?\nQ2 What make are they?\n"
    reply = "The force currently has two thousand one hundred body worn video devices, all Axon Body 3.\n"
    assert _read(reply, request).camera_count == 2100
    ranged = "Between 2,900 and 3,100 body worn video devices are in circulation at any one time.\n"
    assert _read(ranged, request).camera_count is None
