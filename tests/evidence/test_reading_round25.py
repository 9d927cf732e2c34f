"""Round 25 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them."""

from __future__ import annotations

from tests.evidence.letters import read_letter

_read = read_letter

_JOINT_THEN_ONE = (
    "1. How many CCTV cameras does the college operate?\n"
    "2. Are any of them made by Hikvision or Dahua?\n"
    "3. If any are made by Dahua, how many?\n"
    "4. Who maintains the system?\n"
)
_RUN_ON_JOINT = (
    "Under FOIA please tell me whether any of the cameras the council operates are made by Hikvision or "
    "Dahua, how many CCTV cameras the council operates in total, whether any of the cameras are made by "
    "Hikvision specifically, and who maintains them.\n"
)


# -- makes read from the answers together --


def test_a_yes_to_two_makes_and_none_of_one_leaves_the_other_in_use() -> None:
    reply = "1. 212\n2. Yes\n3. 0\n4. Harlow Fire & Security Ltd.\n"
    found = _read(reply, _JOINT_THEN_ONE)
    assert (found.vendor_status("Dahua"), found.vendor_status("Hikvision")) == ("no", "yes")


def test_a_yes_to_two_makes_alone_says_neither() -> None:
    """Guard: with nothing said of either alone, a "Yes" to both names neither."""
    reply = "1. 212\n2. Yes\n3. Not recorded.\n4. Harlow Fire & Security Ltd.\n"
    found = _read(reply, _JOINT_THEN_ONE)
    assert (found.vendor_status("Dahua"), found.vendor_status("Hikvision")) == ("unknown", "unknown")


def test_answers_named_by_their_order_are_read_past_their_lead() -> None:
    reply = (
        "Cameras in total: 64.\nMaintenance: Acorn Security.\n"
        "In answer to your first question, yes.\nIn answer to your third question, no.\n"
    )
    found = _read(reply, _RUN_ON_JOINT)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "yes")


def test_makes_that_only_open_a_pointer_to_another_answer_are_not_listed() -> None:
    request = (
        "- how many ANPR cameras you operate\n- who makes them\n"
        "- whether any are made by Hikvision or Dahua\n"
    )
    reply = (
        "In respect of numbers, we operate 96 ANPR cameras.\n"
        "In respect of manufacturers, these are Neology and Hikvision.\n"
        "In respect of Hikvision or Dahua, please see above.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") != "yes"


def test_units_being_phased_out_by_a_date_to_come_in_another_clause_are_in_use() -> None:
    reply = (
        "There are about 40 older Hikvision units in the halls of residence. These are being phased out "
        "under the estates programme, and all are due to be replaced by the end of 2027.\n"
    )
    assert _read(reply).vendor_status("Hikvision") == "yes"


def test_a_reference_back_after_equipment_brought_in_with_its_number_is_to_that_equipment() -> None:
    reply = (
        "1. Yes. The Trust has six Annke cameras at the visitor centre. We also keep 4 wildlife cameras "
        "(Bushnell) for the ecology team; these are not used for CCTV and are not part of our system.\n"
    )
    request = "1. Do you operate CCTV, and how many cameras?\n2. Are any of them Hikvision or Dahua?\n"
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_a_recorder_named_before_cameras_of_no_brand_is_not_denied_by_them() -> None:
    """Guard: the cameras' want of a brand name says nothing of the recorder's make."""
    reply = (
        "We have six cameras and these all record onto a Dahua DVR in the office - the cameras themselves "
        "are white ones with no brand name on them.\n"
    )
    assert _read(reply).vendor_status("Dahua") == "yes"


def test_no_new_equipment_bought_is_no_denial_of_what_is_in_place() -> None:
    reply = (
        "The Council currently operates 140 CCTV cameras.\n\n22 of these are Hikvision units, located at the "
        "depots.\n\nIn line with guidance issued in 2022, no new Hikvision equipment has been purchased "
        "since then and no new equipment from either company is permitted on the network.\n"
    )
    assert _read(reply).vendor_status("Hikvision") == "yes"


# -- counts --


def test_a_total_that_includes_monitors_and_recorders_is_counted_without_them() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. What make are they?\n"
    reply = (
        "1. The system comprises 210 devices in total. This figure includes the 8 monitors in the control "
        "room and 6 network recording units.\n2. Bosch.\n"
    )
    assert _read(reply, request).camera_count == 196


def test_a_total_that_includes_body_worn_cameras_is_counted_without_them() -> None:
    request = "Please tell me the number of CCTV cameras at each of your schools.\n"
    reply = (
        "Number of cameras by school:\n  Hill Top Academy ....... 40\n  Vale Primary ........... 12\n"
        "                           ---\n  Total                    52\n"
        "Please note the above figures include 5 body-worn cameras used by the site team.\n"
    )
    assert _read(reply, request).camera_count == 47


def test_a_total_that_includes_cameras_of_one_kind_keeps_them() -> None:
    """Guard: PTZ cameras are cameras of the estate."""
    request = "1. How many CCTV cameras does the council operate?\n"
    reply = "1. 120 cameras. This figure includes 12 PTZ cameras in the town centre.\n"
    assert _read(reply, request).camera_count == 120


def test_a_fixed_width_table_with_a_rule_under_two_spaced_headers_is_read() -> None:
    request = "(a) the sites with CCTV and the number of cameras at each; (b) the make of the cameras.\n"
    reply = (
        "The information is set out below.\n\n"
        "Ref    Site                  Year  Cameras  Days  Make\n"
        "-----  --------------------  ----  -------  ----  ---------\n"
        "A1     Market Square         2018       14    31  Axis\n"
        "A2     Leisure Centre        2020        9    30  Hikvision\n"
        "A3     Depot                 2016        5    28  Hikvision\n\n"
        "The system was last upgraded in 2021.\n"
    )
    assert _read(reply, request).camera_count == 28


def test_a_count_answering_two_questions_together_is_read_from_the_second() -> None:
    request = (
        "1. Does the Service operate any drones?\n2. If so, how many?\n3. What make are they?\n"
        "4. Are any made by Hikvision or Dahua?\n"
    )
    reply = "1 & 2. Yes - four.\n3. DJI Matrice 30T.\n4. No.\n"
    assert _read(reply, request).camera_count == 4


# -- answers numbered one below their questions --


def test_answers_numbered_one_below_their_questions_are_read_against_them() -> None:
    request = (
        "1. Does the council operate CCTV at its offices?\n2. If so, how many CCTV cameras are there?\n"
        "3. Are any of the cameras made by Hikvision or Dahua?\n4. Please list the manufacturers.\n"
        "5. What did the council spend on CCTV maintenance last year?\n"
    )
    reply = (
        "1. Yes - the council has 88 cameras across its offices and depots.\n2. No\n"
        "3. Axis and Hanwha.\n4. £12,400 (maintenance contract).\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua"), found.camera_count) == (
        "no",
        "no",
        88,
    )


def test_answers_one_short_that_fit_their_own_numbers_stay_with_them() -> None:
    """Guard: a last question left unanswered is no shift of the others."""
    request = (
        "1. How many CCTV cameras does the council operate?\n2. Are any of them made by Hikvision?\n"
        "3. Are any of them made by Dahua?\n4. What is the annual maintenance cost?\n"
    )
    reply = "1. 75 cameras.\n2. Yes, 12 Hikvision cameras at the depot.\n3. No.\n"
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua"), found.camera_count) == (
        "yes",
        "no",
        75,
    )


# -- outcomes and exemptions --


def test_some_of_the_information_attached_is_a_partial_answer() -> None:
    reply = (
        "We have considered your request for correspondence about CCTV. The names of junior staff are "
        "withheld under section 40(2). I attach a copy of some of the information you requested.\n"
    )
    assert _read(reply).outcome == "partially_answered"


def test_foisa_39_applied_so_as_not_to_deal_with_the_request_twice_withholds_nothing() -> None:
    reply = (
        "As the information is environmental, we are required to deal with your request under the "
        "Environmental Information (Scotland) Regulations 2004. We are applying the exemption at section "
        "39(2) of FOISA, so that we do not also have to deal with your request under FOISA.\n"
        "The Agency operates 14 CCTV cameras, all made by Axis.\n"
    )
    assert _read(reply).as_dict()["exemptions"] == []


# -- the questions of a run-on request, and their answers shown in order --

_ONE_PARAGRAPH = (
    "Dear Council,\n\nUnder the Freedom of Information Act 2000 could you tell me how many CCTV cameras the "
    "council operates, whether any of them are made by Hikvision or Dahua, and if so how many, and who "
    "installed them?\n\nYours faithfully,\nA. Requester\n"
)


def test_if_so_how_many_in_a_run_on_request_is_a_question_of_its_own() -> None:
    rows = _read("Please see our response below.\n\n164\nYes\n21\nNorthgate Security Ltd\n", _ONE_PARAGRAPH)
    texts = [(r["text"], r["answer_quote"]) for r in rows.questions or []]
    assert texts == [
        ("how many CCTV cameras the council operates", "164"),
        ("whether any of them are made by Hikvision or Dahua", "Yes"),
        ("if so how many (named above: Hikvision, Dahua)", "21"),
        ("who installed them?", "Northgate Security Ltd"),
    ]


def test_a_line_of_prose_after_a_bare_answer_in_order_stays_with_it_and_the_rights_paragraph_does_not() -> (
    None
):
    """Only a line that fits the next question better moves on to it; the review and complaint paragraph
    after the last answer is shown as no part of it."""
    rows = _read(
        "Please see our response below.\n\n164\nThese are mainly in the town centre\n", _ONE_PARAGRAPH
    )
    assert (rows.questions or [])[0]["answer_quote"] == "164 These are mainly in the town centre"


# -- from the second pair of sets --


def test_no_cameras_said_before_the_makes_it_therefore_lacks_is_none() -> None:
    reply = (
        "The Office does not operate any CCTV cameras, and so does not have any cameras made by Hikvision, "
        "Dahua or any other manufacturer.\n"
    )
    request = "- how many CCTV cameras the Office operates\n- whether any are Hikvision or Dahua\n"
    assert _read(reply, request).camera_count == 0


def test_a_make_denied_outright_is_no_statement_that_there_are_no_cameras() -> None:
    """Guard: "no cameras made by Hikvision" says nothing of the count."""
    request = "- how many CCTV cameras the council operates\n- whether any are Hikvision or Dahua\n"
    reply = "The council does not have any cameras made by Hikvision, Dahua or their brands.\n"
    assert _read(reply, request).camera_count is None


def test_cameras_another_body_operates_are_left_out_of_the_count() -> None:
    reply = (
        "Q1 - Twelve cameras make up the Town Council's scheme (Market Place, the bus station and the park). "
        "The two cameras on the front of the Town Hall belong to the District Council and are not operated "
        "by us.\n"
    )
    request = "Q1 How many CCTV cameras does the Town Council operate?\nQ2 Who made them?\n"
    assert _read(reply, request).camera_count == 12


def test_the_next_questions_number_in_a_request_quoted_inline_is_no_count() -> None:
    request = (
        "1. The number of CCTV cameras in use across the core estate (Head Office, North Depot and South "
        "Depot).\n2. Whether any of these cameras are made by Hikvision or Dahua.\n"
    )
    reply = (
        "Thank you for your request for the following information:\n"
        "1. The number of CCTV cameras in use across the\n"
        "core estate (Head Office, North Depot and South Depot). 2.\n"
        "Whether any of these cameras are made by Hikvision or Dahua.\n"
        "Response to your request\nQuestion 1\n"
        "There are currently 64 CCTV cameras in use across the three buildings.\n"
        "Question 2\nNone of the cameras are made by Hikvision or Dahua.\n"
    )
    assert _read(reply, request).camera_count == 64


def test_the_totals_of_a_table_per_site_are_summed_when_no_total_of_all_is_given() -> None:
    request = "1. How many CCTV cameras does the Trust have?\n2. Please give a breakdown by site and make.\n"
    reply = (
        "1. Please see the response to question 2.\n2.\nNorth Hospital\nManufacturer   Model   Qty\n"
        "Axis   P3265-LVE   40\nHanwha   XNV-6081R   12\nSite total   52\n\nSouth Clinic\n"
        "Manufacturer   Model   Qty\nAxis   M3106-L   9\nBosch   FLEXIDOME 3000i   4\nSite total   13\n"
    )
    assert _read(reply, request).camera_count == 65


def test_an_exemption_an_internal_review_did_not_uphold_is_not_applied() -> None:
    reply = (
        "The original response relied on section 24(1) and section 31(1)(a).\n"
        "I am not satisfied that withholding is required for national security. I have therefore not "
        "upheld the use of section 24 for any part of the request.\n"
        "I uphold the application of section 31(1)(a) to the locations of the cameras. The Council operates "
        "120 CCTV cameras.\n"
    )
    assert _read(reply).as_dict()["exemptions"] == ["s31"]


def test_recorders_of_a_make_are_in_use_beside_cameras_said_not_to_be_of_either() -> None:
    request = (
        "1. How many CCTV cameras do you operate?\n2. What make are the cameras and the recorders?\n"
        "3. Are any of the cameras or recorders made by Hikvision or Dahua?\n"
    )
    reply = (
        "1. 96.\n2. The cameras are Axis. Recording is on Dahua network video recorders at each site.\n"
        "3. The cameras are not manufactured by either company.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def _csv(rows: list[str], request: str) -> object:
    from camcensus.documents.model import TextSegment
    from camcensus.evidence.reading import read_segments

    segments = [TextSegment(seq=n, text=r, location=f"row {n + 1}", row=n + 1) for n, r in enumerate(rows)]
    return read_segments(segments, request=request)


_REGISTER = (
    "1) An extract of your CCTV asset register: location, make, model, in use or not.\n2) Any Hikvision?\n"
)


def test_a_registers_row_whose_location_reads_like_a_header_is_a_row() -> None:
    """Guard: a row of a register ("High St o/s No. 44 | Axis | ... | In Service") never heads its columns."""
    rows = [
        "Asset Ref | Site | Location | Make | Model | Status",
        "C-01 | Town | High St / Market Pl | Axis | P3265-LVE | In Service",
        "C-02 | Town | High St o/s No. 44 | Axis | P3265-LVE | In Service",
        "C-03 | Depot | Yard | Hikvision | DS-2CD2143G0-I | Decommissioned",
        "C-04 | Depot | Gate | Hanwha | XNV-6081R | In Service",
        "Total records: 4",
    ]
    found = _csv(rows, _REGISTER)
    assert (found.camera_count, found.vendor_status("Hikvision")) == (3, "no")  # type: ignore[attr-defined]


def test_a_registers_sub_category_says_what_each_row_is() -> None:
    rows = [
        "Asset No | Category | Sub Category | Location | Manufacturer | Model | Acquired | Status",
        "A1 | CCTV | Premises CCTV | Station 1 | Axis | M3115-LVE | 2018-06-19 | Active",
        "A2 | CCTV | Premises CCTV | Station 2 | Axis | M3115-LVE | 2019-06-19 | Active",
        "A3 | CCTV | Vehicle CCTV | Appliance YK71 | Hikvision | AE-VC211T-S | 2023-07-03 | Active",
    ]
    request = (
        "a) a list of the CCTV cameras installed at your fire stations and other premises, with make and "
        "model;\nb) the total number of CCTV cameras at your premises;\nc) are any Hikvision or Dahua?\n"
    )
    found = _csv(rows, request)
    assert (found.camera_count, found.vendor_status("Hikvision")) == (2, "no")  # type: ignore[attr-defined]


def test_a_refusal_under_a_question_heading_is_its_answer_not_the_question() -> None:
    reply = (
        "Dear Ms Cole,\n\nYour request has now been considered.\n\nQuestion 1\n"
        "The number of cameras at each type of premises is exempt under sections 24(1) (National Security) "
        "and 31(1)(a)(b) (Law Enforcement).\n\nQuestions 2 to 4\nThe Constabulary can neither confirm nor "
        "deny that it holds any information relevant to these questions by virtue of s.24(2)/31(3).\n"
    )
    assert sorted(_read(reply).as_dict()["exemptions"]) == ["s24", "s31"]  # read alone, without the request
