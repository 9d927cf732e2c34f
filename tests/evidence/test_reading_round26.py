"""Round 26 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them."""

from __future__ import annotations

from tests.evidence.letters import read_letter, table_rows

from camcensus.documents.model import TextSegment
from camcensus.evidence.outcome import find_exemptions
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request

_read = read_letter

_FOUR = (
    "Q.1 How many CCTV cameras does the college operate?\n"
    "Q.2 Which manufacturers made them?\n"
    "Q.3 Where are they?\n"
    "Q.4 Do any record audio?\n"
)


# -- answers and questions numbered in other ways --


def test_answers_numbered_q_dot_one_are_aligned() -> None:
    reply = "Q.1   c. 640\n\nQ.2   Axis and Bosch.\n\nQ.3   Withheld under section 31(1)(a).\n\nQ.4   No.\n"
    found = _read(reply, _FOUR)
    assert found.camera_count == 640
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")


def test_questions_and_answers_numbered_with_a_slash() -> None:
    request = (
        "1/ how many CCTV cameras the trust has\n2/ who makes them\n"
        "3/ whether any are Hikvision or Dahua\n4/ where they are\n"
    )
    assert [q.n for q in split_request(request)] == [1, 2, 3, 4]
    reply = "1/ 212 cameras.\n2/ Avigilon and Axis.\n3/ See response to 2/.\n4/ Withheld under s31.\n"
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")


def test_a_run_on_request_written_under_an_act_to_ask() -> None:
    request = (
        "I am writing under the Freedom of Information Act 2000 to ask how many CCTV cameras the trust "
        "operates, how many of them are made by Dahua, how many are made by Hikvision, and who maintains "
        "them.\n"
    )
    assert len(split_request(request)) == 4
    found = _read("1. 318\n2. 0\n3. 12\n4. Acorn Security Ltd\n", request)
    assert (found.vendor_status("Dahua"), found.vendor_status("Hikvision")) == ("no", "yes")


# -- makes --


def test_a_list_of_makes_ending_with_a_few_of_one_is_the_whole_list() -> None:
    request = "1. How many cameras are there?\n2. Which manufacturers supplied them?\n"
    reply = "1. 96\n2. Bosch, Axis and a small number of HiLook units at the depot.\n"
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")


def test_makes_whose_numbers_are_not_held_are_not_in_use() -> None:
    reply = (
        "We do not hold a central asset register. Under section 17(1) of FOISA we give you notice that we "
        "do not hold information as to how many cameras are made by Hikvision or by Dahua.\n"
    )
    found = _read(reply)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("unknown", "unknown")


def test_no_record_of_any_equipment_of_a_make_still_denies_it() -> None:
    """Guard: "no record of any Dahua-manufactured equipment" says none is known."""
    assert _read("We hold no record of any Dahua-manufactured equipment.\n").vendor_status("Dahua") == "no"


def test_no_cameras_of_either_maker_is_no_count_of_cameras() -> None:
    request = "1. How many cameras do you have?\n2. Are any made by Hikvision or Dahua?\n"
    reply = (
        "1. This is published on our website, so section 21 applies.\n"
        "2. The Council does not use cameras made by either of these manufacturers.\n"
    )
    found = _read(reply, request)
    assert found.camera_count is None
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")


def test_no_cameras_from_either_manufacturer_denies_the_pair_asked() -> None:
    request = (
        "(i) whether any cameras at each building are made by Hikvision;\n"
        "(ii) whether any are made by Dahua;\n(iii) if so, whether you plan to remove them.\n"
    )
    reply = (
        "(i) and (ii): Head office - No. Depot - No.\n\n"
        "(iii): As there are no cameras from either manufacturer at these buildings, this part does not "
        "apply.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")
    assert found.camera_count is None  # cameras of others, not none at all


# -- exemptions --


def test_eir_regulation_thirteen_is_one_code_whatever_its_paragraph() -> None:
    codes = [e.code for e in find_exemptions("This is withheld under regulation 13(1) of the EIR.", "eir")]
    assert codes == ["EIR 13"]


def test_exemptions_neither_of_which_is_engaged_withhold_nothing() -> None:
    reply = (
        "The original response relied on sections 24(1) and 31(1)(a). I do not consider that harm has been "
        "shown. Accordingly, neither section 24(1) nor section 31(1)(a) is engaged and the original decision "
        "is not upheld.\n\n1. The Council operates 163 cameras.\n"
    )
    assert _read(reply).as_dict()["exemptions"] == []


def test_an_exemption_not_needed_withholds_nothing() -> None:
    reply = (
        "The information is exempt under section 31(1)(f) and section 38(1)(a). As we are satisfied that "
        "sections 31 and 38 apply, we have not needed to rely on section 24 in this case.\n"
    )
    assert sorted(_read(reply).as_dict()["exemptions"]) == ["s31", "s38"]


# -- counts --


def test_a_figure_for_a_year_gone_by_is_no_count() -> None:
    request = "- the current number of cameras\n- how that compares with the number in 2020\n"
    reply = (
        "Current number\nThis is published on our website and so is exempt under section 21.\n\n"
        "Comparison\nIn 2020 the Council operated 143 public space cameras.\n"
    )
    assert _read(reply, request).camera_count is None


def test_the_latest_of_two_dated_columns_is_the_count() -> None:
    request = "1. How many cameras do you operate, by site?\n2. Who maintains them?\n"
    reply = (
        "1. The table gives both years.\n\n"
        "Site                          Cameras      Cameras      Recorders\n"
        "                              (Mar 2024)   (Mar 2025)\n"
        "------------------------------------------------------------------\n"
        "Civic centre                  40           44           2 NVRs\n"
        "  (monitored from the\n"
        "  control room, 6 monitors)\n"
        "Car parks (3 sites)           21           21           3 NVRs\n"
        "Depot                         12           9            1 NVR\n"
        "\n2. Acorn Security.\n"
    )
    assert _read(reply, request).camera_count == 74


def test_a_header_two_spaces_apart_heads_the_rows() -> None:
    request = "a) the number of cameras at each school\nb) the brand of cameras at each school\n"
    reply = (
        "Our answers to a) and b) are in the table below.\n\n"
        "School                        Internal  External  Camera brand\n"
        "Oakfield Academy                 30        12      Uniview\n"
        "Beech Hill Primary                6         4      Annke\n"
        "Riverside Academy                21        15      Vivotek\n"
    )
    found = _read(reply, request)
    assert found.camera_count == 88
    assert found.vendor_status("Hikvision") == "yes"


def test_cameras_removed_and_not_replaced_are_no_count() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. Who makes them?\n"
    reply = (
        "1. Please note that the 5 cameras removed from the depot in 2024 were decommissioned when the "
        "building was demolished and have not been replaced.\n2. Axis.\n"
    )
    assert _read(reply, request).camera_count is None


def test_rows_of_makes_are_not_other_bodies_rows() -> None:
    request = (
        "1. The manufacturers of your cameras, and how many of each.\n2. Whether any are made by Hikvision.\n"
    )
    reply = (
        "The figures for 2023 are given for comparison in our earlier reply.\n\n"
        "1.\nAxis Communications - 171\nHanwha Vision - 84\nHikvision - 47\n\n2. Yes.\n"
    )
    assert _read(reply, request).camera_count == 302


def test_cameras_to_be_installed_later_in_their_clause_are_no_count() -> None:
    request = "a) the number of cameras at each school\nb) who installed them\n"
    reply = (
        "School               Cameras   Installer\n"
        "Oakfield Academy     40        Acorn Ltd\n"
        "Beech Hill Primary   24        Acorn Ltd\n\n"
        "A system of 12 cameras for the new sports hall at Oakfield will be installed in August.\n"
    )
    assert _read(reply, request).camera_count == 64


def test_the_figure_said_to_be_now_beside_an_earlier_one() -> None:
    request = "1) How many body worn video cameras does the force currently have?\n2) Who makes them?\n"
    reply = (
        "1) The force currently has 1,210 BWV devices in use. Our response to FOI 2021/0112 stated 860 "
        "devices; the rise reflects issue to PCSOs.\n2) Motorola Solutions.\n"
    )
    assert _read(reply, request).camera_count == 1210


# -- replies in other forms --


def test_an_attached_workbook_starts_each_sheet_afresh() -> None:
    request = (
        "1. How many cameras at each hospital?\n2. What makes are they?\n3. Are any Hikvision or Dahua?\n"
    )
    book = "FOI 118.xlsx: sheet "
    found = read_segments(
        [
            TextSegment(
                seq=0, text="Please find our response in the attached spreadsheet.", location="e-mail body"
            )
        ]
        + table_rows(
            (book + "Response row 1", "Q | Response"),
            (book + "Response row 2", "1 | See tab 'By hospital'"),
            (book + "Response row 3", "2 | See tab 'By make'"),
            (book + "Response row 4", "3 | Yes - Hikvision. There are no Dahua cameras."),
            (book + "By hospital row 1", "Hospital | Cameras"),
            (book + "By hospital row 2", "General Hospital | 148"),
            (book + "By hospital row 3", "Community hospitals | 94"),
            (book + "By hospital row 4", "Total | 242"),
        ),
        request=request,
    )
    assert found.camera_count == 242


def test_a_fixed_width_header_is_no_heading_of_answers() -> None:
    request = "1. How many cameras at each academy?\n2. What make are they?\n3. Where are they?\n"
    reply = (
        "1. The figures and makes are in the table below.\n\n"
        "Academy          Number of CCTV\n"
        "cameras\n"
        "Make\n"
        "Riverside Academy   24   Hikvision\n"
        "Millbrook Primary   5   Hikvision\n"
        "Total   29\n\n"
        "3. We do not publish camera locations.\n"
    )
    assert _read(reply, request).camera_count == 29


def test_a_column_of_other_makes_is_cameras_too() -> None:
    request = "1. How many cameras by division and make?\n"
    reply = (
        "Division | Axis | Bosch | Hikvision | Dahua | Other\n"
        "North | 44 | 12 | 9 | 0 | 3\n"
        "South | 21 | 4 | 6 | 0 | 1\n"
    )
    assert _read(reply, request).camera_count == 100


def test_a_few_cameras_said_to_be_of_one_make_are_among_the_table() -> None:
    request = (
        "1. How many public space cameras does the council operate, by town?\n"
        "2. Which manufacturers made the cameras?\n3. Are any made by Hikvision or Dahua?\n"
    )
    reply = (
        "1. The council operates the following cameras:\nTown | Number of cameras\nAberaeron | 22\n"
        "New Quay | 8\n\n2. The systems were upgraded in 2018 and the cameras are predominantly Dahua. "
        "Three pan-tilt-zoom cameras on the promenade are Hikvision units.\n"
        "3. Yes, please see the answer to question 2.\n"
    )
    assert _read(reply, request).camera_count == 30


def test_a_note_beside_a_table_of_makes_leaves_the_list_whole() -> None:
    request = "- How many cameras?\n- What make are they?\n- Do any record audio?\n"
    reply = (
        "Location | No. of cameras | Make\n"
        "Main entrance | 2 | Hik Vision\n"
        "Sports hall | 2 | Hanwha\n"
        "Audio | None of the cameras record audio.\n"
        "Retention | Footage is kept for 30 days.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")


def test_a_question_wrapped_onto_a_short_line_is_no_answer() -> None:
    request = (
        "1. How many cameras are there?\n2. Whether any of the cameras are made by Hikvision or Dahua.\n"
    )
    reply = (
        "Request   Response\n"
        "1. How many cameras are there?\nRefused - section 12(1).\n"
        "2. Whether any of the cameras are made by Hikvision or\nDahua.\nRefused - section 12(1).\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("unknown", "unknown")


def test_answers_to_questions_answered_together_are_not_questions() -> None:
    """Guard: the lines after an answer to several questions go on answering them (the round's fix, that
    such an answer ends a question repeated before it, is held by dt-formats 12 in the blind sets)."""
    request = (
        "1. The number of CCTV cameras installed at Police Scotland premises (police stations, custody "
        "centres, offices and training sites).\n"
        "2. A breakdown by division.\n3. The manufacturers of those cameras.\n"
        "4. Whether any are manufactured by Hikvision or Dahua.\n"
    )
    rows = [
        "I respond to your request for information regarding CCTV at Police Scotland premises.",
        "Questions 1 and 2 - the number of cameras by division is provided on the tab 'Table 1'.",
        "Questions 3 and 4 - I am refusing to provide the manufacturers. The exemptions are set out below.",
        "Section 35(1)(a) and (b) - Law enforcement. Disclosure would prejudice the prevention of crime.",
        "Section 31(1) - National security. Disclosure would assist those seeking to attack the estate.",
    ]
    found = read_segments(
        table_rows(*((f"sheet Letter row {n}", t) for n, t in enumerate(rows, 1))), request=request
    )
    assert sorted(found.as_dict()["exemptions"]) == ["s31", "s35"]


def test_makes_removed_and_replaced_by_these_words_are_gone() -> None:
    request = "1. Has the university ever used Hikvision or Dahua? Are they still in use?\n"
    reply = (
        "1. The University installed 19 Hikvison cameras at the car park in 2017. These were removed and "
        "replaced with Axis cameras during 2023 and none remain in use. Dahua has never been used.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_figures_a_line_per_year_count_the_latest() -> None:
    request = "1. How many CCTV cameras does the Council operate? Please give figures for 2023 and 2024.\n"
    reply = "Q1\n2023: 512\n2024: 538\n(Figures as at 1 April in each year.)\n"
    assert _read(reply, request).camera_count == 538


def test_cameras_in_service_now_beside_those_bought() -> None:
    request = "1. How many deployable cameras does the council use for fly-tipping?\n"
    reply = (
        "1. The Council has purchased 21 deployable cameras since 2019. Seven of these have been stolen, "
        "leaving 14 in service at present.\n"
    )
    assert _read(reply, request).camera_count == 14


def test_a_fleet_figure_given_again_in_brackets_is_counted_once() -> None:
    request = "1. How many ANPR cameras does the force operate, fixed and mobile?\n"
    reply = (
        "1. The force operates 214 static ANPR cameras at 71 sites. In addition, 26 vehicles are fitted "
        "with in-car ANPR, each with two cameras (52 cameras).\n"
    )
    assert _read(reply, request).camera_count == 266


def test_a_count_stated_before_words_of_the_request_is_read() -> None:
    request = "1. The number of cameras at the four buildings.\n2. The makes.\n"
    reply = "1. There are 212 CCTV cameras across the four buildings named in your request.\n2. Axis.\n"
    assert _read(reply, request).camera_count == 212


def test_an_acknowledgement_dated_in_a_year_is_no_count() -> None:
    """Guard: a date in the sentence that repeats the request is no count of cameras."""
    reply = "I write in connection with your request received on 07/11/2023 concerning covert cameras.\n"
    assert _read(reply).camera_count is None


def test_exemptions_considered_of_which_neither_applies_refuse_nothing() -> None:
    request = "1. How many cameras?\n2. The makes.\n"
    reply = (
        "1. 212\n2. Avigilon and Axis.\n\nIn this instance we considered whether sections 31(1) and "
        "35(1)(a) apply. Having considered the nature of the information, we concluded that neither "
        "exemption applies.\n"
    )
    assert _read(reply, request).outcome == "answered"


def test_cameras_another_party_owns_are_not_held_not_none() -> None:
    request = "1. How many cameras are there at the hospital?\n2. What brand are they?\n"
    reply = (
        "Questions 1 - 2\nThe hospital was built under a PFI agreement. The CCTV system is owned and "
        "maintained by the PFI partner. The Trust does not own the system and does not hold an inventory "
        "of the cameras. This information is not held by the Trust.\nThe Security team can view images on "
        "two monitoring workstations.\n"
    )
    found = _read(reply, request)
    assert (found.outcome, found.camera_count) == ("not_held", None)


def test_makes_named_as_what_is_not_held_are_not_in_use() -> None:
    reply = (
        "I can confirm that the Town Council does not own or operate any CCTV cameras. As a result the "
        "Council holds no information in respect of the make of cameras, Hikvision or Dahua equipment, or "
        "running costs.\n"
    )
    found = _read(reply)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")


# -- from the sets held out, after they were scored --


def test_most_of_one_make_and_the_rest_of_another_is_the_whole_list() -> None:
    request = "1. How many cameras?\n2. Who makes them?\n3. Are any Hikvision?\n"
    reply = (
        "1. 108\n2. The majority of our cameras are Dahau; the remainder are older Samsung units at "
        "headquarters.\n3. See 2.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_refusal_to_divulge_is_no_denial_of_the_makes_before() -> None:
    reply = (
        "Factors favouring disclosure - Section 24: Confirming or denying whether equipment from Hikvision "
        "or Dahua is in use would demonstrate that the force takes seriously the concerns raised by "
        "Government regarding surveillance equipment.\n\nFactors against disclosure - Section 24: "
        "Confirmation or denial would allow inferences to be drawn about the security of the police estate. "
        "The security of the country is of paramount importance and the Police Service will not divulge "
        "information that would undermine it.\n"
    )
    found = _read(reply)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("unknown", "unknown")


def test_a_notice_that_the_information_is_not_held_denies_nothing() -> None:
    request = "1. The number of cameras.\n2. Whether any are made by Hikvision or Dahua.\n"
    reply = (
        "The cameras are owned by our operating companies. This is a formal notice under section 17(1) of "
        "the Freedom of Information (Scotland) Act 2002 that the agency does not have the information you "
        "have requested.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.outcome) == ("unknown", "not_held")


def test_a_register_leaves_out_units_lost_or_written_off_and_a_reference() -> None:
    request = "1. How many deployable cameras does the council use for fly-tipping?\n2. Their makes.\n"
    reply = (
        "Request ref EIR/24/1893 - deployable cameras\n\n"
        "Asset No | Manufacturer | Model | Status\n"
        "ENV-01 | WCCTV | 4G Mini Dome | Live\n"
        "ENV-02 | WCCTV | 4G Mini Dome | Live\n"
        "ENV-03 | Reconyx | HyperFire 2 | Lost/stolen 08/2023\n"
        "ENV-04 | WCCTV | 4G Mini Dome | Written off 11/2023\n"
    )
    assert _read(reply, request).camera_count == 2


def test_a_row_noted_as_planned_is_no_part_of_the_count() -> None:
    request = "1. How many cameras at each site?\n"
    reply = (
        "Site | Internal | External | Total | Notes\n"
        "Victoria Hospital | 96 | 38 | 134 |\n"
        "Queen Margaret Hospital | 44 | 19 | 63 |\n"
        "Wellbeing Centre | 10 | 4 | 14 | Planned - building due to open 2025\n"
    )
    assert _read(reply, request).camera_count == 197


def test_a_tab_of_the_workbook_is_no_camera() -> None:
    request = "Q1 How many CCTV cameras are operated at your bus stations?\nQ2 The makes of each camera.\n"
    rows = [
        ("sheet Cover row 8", "Question | Response"),
        (
            "sheet Cover row 9",
            "Q1 How many CCTV cameras are operated at your bus stations? | Please see the site tabs in this "
            "workbook. One tab is provided for each bus station where we operate CCTV.",
        ),
        ("sheet Cover row 10", "Q2 The makes of each camera. | As above."),
    ]
    assert read_segments(table_rows(*rows), request=request).camera_count is None


def test_a_figure_with_its_parts_answers_the_first_question_in_order() -> None:
    request = (
        "1. How many CCTV cameras does the school have?\n2. Are any made by Hikvision?\n"
        "3. Are any made by Dahua?\n"
    )
    reply = "Please see our answers to your questions below.\n\n24 (16 internal, 8 external)\n\nYes\n\nNo\n"
    found = _read(reply, request)
    assert (found.camera_count, found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == (
        24,
        "yes",
        "no",
    )
