"""Round 20 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.questions import lettered_texts
from camcensus.evidence.reading import read_segments

_read = read_letter

_PARTS_REQUEST = (
    "1. About the cameras the borough runs in parks and on estates:\n"
    "   (i) how many cameras are in use;\n   (ii) how many of these were made by Hikvision;\n"
    "   (iii) how many of these were made by Dahua.\n"
    "2. (a) Is there a plan to replace them?\n   (b) If so, by when?\n"
    "3. Who maintains the system?\n"
)


def test_answers_labelled_only_by_their_part_answer_the_parts_of_the_first_question() -> None:
    reply = "(i) 614\n\n(ii) 0\n\n(iii) 22. These are in two depots.\n\n(a) Yes.\n\n(b) By 2027.\n"
    reading = _read(reply, _PARTS_REQUEST)
    assert reading.camera_count == 614
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "yes")


def test_a_part_label_that_starts_again_answers_the_next_question_with_parts() -> None:
    reply = "(i) 614\n\n(ii) 0\n\n(iii) 0\n\n(a) No.\n\n(b) N/A\n\n3. A local firm.\n"
    rows = {row["n"]: row for row in _read(reply, _PARTS_REQUEST).questions or []}
    assert rows[2]["answer_quote"].startswith("No.")
    assert "614" not in rows[2]["answer_quote"]


def test_a_request_lettered_at_the_top_is_still_answered_in_order() -> None:  # guard
    request = (
        "(a) How many CCTV cameras do you operate?\n(b) Are any made by Dahua?\n(c) Who maintains them?\n"
    )
    reading = _read("(a) 48\n(b) No\n(c) Our facilities contractor.\n", request)
    assert reading.camera_count == 48 and reading.vendor_status("Dahua") == "no"


def test_a_part_asked_on_the_part_before_asks_about_its_makes() -> None:
    text = (
        "1. CCTV: (a) How many cameras? (b) Are any made by Hikvision or Dahua? (c) If yes, how many of each?"
    )
    assert lettered_texts(text)[2].endswith("(named above: Hikvision, Dahua)")
    request = f"{text}\n2. Please send your CCTV policy.\n"
    assert _read("(a) 1,310\n(b) Yes\n(c) 40, all Dahua, at the depot.\n", request).camera_count == 1310


def test_a_part_asking_which_make_gains_no_makes() -> None:  # guard: its "N/A" denies no make
    text = (
        "(a) How many cameras? (b) Any by Hikvision or Dahua? "
        "(c) If yes to (b), which manufacturer and how many?"
    )
    assert "named above" not in lettered_texts(text)[2]


def test_none_to_the_count_question_is_no_cameras() -> None:
    request = "(a) How many CCTV cameras does the district council operate?\n(b) Who made them?\n"
    reply = (
        "(a) None. The cameras in the market town are owned and run by the town council, to which we give a "
        "grant.\n(b) N/A\n"
    )
    assert _read(reply, request).camera_count == 0


def test_none_to_a_count_of_one_makes_cameras_is_not_no_cameras() -> None:  # guard
    request = "1. How many CCTV cameras do you operate?\n2. How many of them are made by Hikvision?\n"
    assert _read("1. 75\n2. None.\n", request).camera_count == 75


def test_a_count_asked_site_by_site_is_the_sum_of_the_sites() -> None:
    request = "1) For each school in the trust, how many CCTV cameras are there?\n2) What make are they?\n"
    reply = (
        "1) Hollins Academy has 37 cameras, all Axis.\n\nMarsh Lane School has 22 cameras.\n\n"
        "Thornfield Academy has twelve Hanwha cameras.\n\n2) See above.\n"
    )
    assert _read(reply, request).camera_count == 71


def test_a_site_by_site_answer_in_one_paragraph_is_summed() -> None:
    request = (
        "1. How many CCTV cameras does the trust operate? Please break this down by hospital.\n2. Makes?\n"
    )
    reply = (
        "1. There are currently ninety cameras at the Royal Infirmary. The Eastfield site has 28 cameras, "
        "and the birth centre has a smaller system of 9 cameras.\n2. Axis.\n"
    )
    assert _read(reply, request).camera_count == 127


def test_a_site_by_site_answer_that_gives_its_total_is_not_summed_again() -> None:  # guard
    request = "1. For each hospital, how many CCTV cameras are there?\n2. Makes?\n"
    reply = (
        "1. 130 cameras in total. Royal Infirmary has 90 cameras and Eastfield has 40 cameras.\n2. Axis.\n"
    )
    assert _read(reply, request).camera_count == 130


def test_a_site_by_site_answer_said_again_in_english_is_not_summed() -> None:  # guard
    request = "1. How many cameras are at the recycling centres (a figure for each centre)?\n2. Makes?\n"
    reply = (
        "1. Mae 24 o gamerâu TCC yn y canolfannau: Bangor 12, Rhyl 12.\n\n"
        "1. There are 24 CCTV cameras at the centres: Bangor 12, Rhyl 12.\n\n2. Axis.\n"
    )
    assert _read(reply, request).camera_count == 24


_COVERT = (
    "Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
    "Section 24(2) - National Security\nSection 31(3) - Law Enforcement\n\n"
    "Section 23 is an absolute, class-based exemption, so no public interest test is needed.\n\n"
    "Confirming or denying that any other information is held would show criminals the capabilities of "
    "the force.\n"
)


def test_not_held_beside_a_refusal_of_any_other_information_is_not_held() -> None:
    request = "1. How many drones does the force own?\n2. What did they cost?\n"
    reply = (
        "For questions 1 and 2, no information is held. As regards any information about the covert use of "
        "drones, the force can neither confirm nor deny that it holds any other information relevant to the "
        "request, by virtue of the following exemptions:\n\n" + _COVERT
    )
    reading = _read(reply, request)
    assert reading.outcome == "not_held"
    assert sorted(reading.as_dict()["exemptions"]) == ["s23", "s24", "s31"]


def test_not_held_then_an_ncnd_of_covert_use_is_not_held_without_the_request() -> None:
    reply = (
        "I can confirm that the force does not hold the information you asked for.\n\n"
        "In addition, the force can neither confirm nor deny whether it holds information about any covert "
        "use of facial recognition, relying on:\n\n" + _COVERT
    )
    assert _read(reply).outcome == "not_held"


def test_an_ncnd_of_the_information_asked_for_is_still_a_refusal() -> None:  # guard
    reply = (
        "No information is held about overt deployments. The force can neither confirm nor deny that it "
        "holds the information you requested, by virtue of the following exemptions:\n\n" + _COVERT
    )
    assert _read(reply).outcome == "refused"


def test_a_withholding_beside_the_further_ncnd_keeps_the_refusal() -> None:  # guard
    reply = (
        "No information is held. The force can neither confirm nor deny that it holds any other information. "
        "The names of officers are withheld under section 40(2).\n\n" + _COVERT
    )
    assert _read(reply).outcome != "not_held"


_FOLLOW_UP = (
    "I am following up my earlier request. In your reply of 2 May 2023 you told me that the council operated "
    "71 CCTV cameras, and that none of them were made by Hikvision or Dahua.\n\n"
    "1. Is that still the position?\n2. If not, what has changed?\n"
)


def test_a_follow_up_answered_that_nothing_has_changed_keeps_the_earlier_facts() -> None:
    reading = _read("Nothing has changed since our reply of 2 May 2023.\n", _FOLLOW_UP)
    assert reading.camera_count == 71
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")
    counted = [i for i in reading.items if i.kind == "camera_count" and i.detail.get("counted")]
    assert counted[0].location.startswith("the request")


def test_the_figure_still_stands() -> None:
    reading = _read("1. The figure given in our response of 2 May 2023 still stands.\n2. N/A\n", _FOLLOW_UP)
    assert reading.camera_count == 71


def test_a_follow_up_answered_with_a_new_figure_is_not_read_from_the_request() -> None:  # guard
    reading = _read(
        "1. No. The council now operates 80 cameras.\n2. See the answer to question 1.\n", _FOLLOW_UP
    )
    assert reading.camera_count == 80


def test_a_column_headed_cctv_beside_other_cameras_holds_the_count() -> None:
    reply = (
        "The table below sets out, for each site, the fixed CCTV cameras, the door-entry panels with cameras "
        "and the body-worn cameras.\n\n"
        "Site               | CCTV | Door entry (camera) | Body-worn\n"
        "Hill House         |  31  |          2          |    10\n"
        "Lower Mill Clinic  |  12  |          1          |     0\n"
        "Total              |  43  |          3          |    10\n"
    )
    assert _read(reply).camera_count == 43


def test_a_figure_given_before_and_said_to_be_correct_is_the_count() -> None:
    request = "Q1 How many CCTV cameras does the council operate?\nQ2 Which companies made them?\n"
    reply = (
        "Question 1\nThe figure given in our response of 4 June (186 cameras) is correct.\n\n"
        "Question 2\nAxis and Hanwha.\n"
    )
    assert _read(reply, request).camera_count == 186


def test_a_make_in_a_column_headed_recorder_make_is_a_make_in_use() -> None:
    request = (
        "1. For each school, how many CCTV cameras are there and who made them?\n2. Who made the recorders?\n"
    )
    reply = (
        "School              Cameras   Camera make   Recorder make\n"
        "------------------  -------   -----------   -------------\n"
        "Upton Academy            30   Axis          Dahua\n"
        "Mill Lane School         18   Hanwha        Hanwha\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Dahua") == "yes" and reading.camera_count == 48


def test_a_make_that_replaced_older_cameras_is_in_use() -> None:
    reading = _read(
        "The recorders are HIKVISION and the cameras are Avigilon, which replaced the original cameras at "
        "every station during 2022.\n"
    )
    assert reading.vendor_status("Hikvision") == "yes"


def test_a_make_that_was_replaced_is_not_in_use() -> None:  # guard
    reading = _read(
        "The Hikvision cameras were replaced with Avigilon cameras at every station during 2022.\n"
    )
    assert reading.vendor_status("Hikvision") != "yes"


_SURVEY = (
    "1. Camera numbers\n   (a) How many CCTV cameras do you operate in total?\n"
    "   (b) Please break this figure down by site.\n"
    "2. (a) Are any made by Hikvision?\n   (b) Are any made by Dahua?\n"
    "3. Please list all manufacturers.\n"
)


def test_answers_labelled_1a_answer_the_parts() -> None:
    reply = "1a) 418\n1b) Not held in this format.\n2a) No\n2b) Yes\n3) Axis, Dahua\n"
    reading = _read(reply, _SURVEY)
    assert reading.camera_count == 418 and reading.vendor_status("Dahua") == "yes"


def test_a_pointer_to_a_part_is_not_a_count() -> None:
    reply = (
        "Question 1(a): How many CCTV cameras do you operate in total?\n"
        "Response: Please see the table at 1(b).\n"
        "Question 1(b): Please break this figure down by site.\nResponse:\n"
        "   Site               Cameras   Recorders\n   North Hospital       120          6\n"
        "   South Hospital        80          4\n"
    )
    assert _read(reply, _SURVEY).camera_count == 200


def test_a_label_inside_quotation_marks_is_the_question_repeated() -> None:
    reply = (
        '"1. Camera numbers (a) How many CCTV cameras do you operate in total?"\n\n'
        "We operate in the region of 640 cameras across our estate.\n\n"
        '"3. Makers (all of them, please)."\n\nAxis and Bosch.\n'
    )
    rows = {row["n"]: row for row in _read(reply, _SURVEY).questions or []}
    assert "Axis and Bosch" in rows[3]["answer_quote"] and "640" not in rows[3]["answer_quote"]


def test_a_label_in_a_cell_of_its_own_heads_the_row() -> None:
    reply = (
        "+------+-----------+\n| Q    | Response  |\n+------+-----------+\n| 1(a) | 233       |\n"
        "+------+-----------+\n| 2(a) | No        |\n+------+-----------+\n| 2(b) | No        |\n"
    )
    reading = _read(reply, _SURVEY)
    assert reading.camera_count == 233 and reading.vendor_status("Dahua") == "no"


def test_a_make_at_none_in_a_list_of_the_equipment_asked_about_leaves_the_others() -> None:
    request = "a) How many body worn video cameras does the force have?\nb) What make are they?\n"
    reply = (
        "Question,Manufacturer,Model,Number of devices,Comment\n"
        "a/b,Axon,Body 3,1210,Issued to officers\na/b,Motorola Solutions,VB400,95,Legacy devices\n"
        "a/b,Reveal Media,RS2,0,Withdrawn from service 2021\n"
    )
    segments = [
        TextSegment(seq=n, text=row.replace(",", " | "), location=f"row {n + 1}", sheet="Sheet1", row=n + 1)
        for n, row in enumerate(reply.splitlines())
    ]
    assert read_segments(segments, request=request).camera_count == 1305


def test_a_station_number_beside_its_cameras_is_no_count() -> None:
    request = "1) How many CCTV cameras do you have at each of your fire stations?\n2) Who made them?\n"
    reply = (
        "1)\n   Stn 10 Ascot Drive - 8 cameras\n   Stn 11 Kingsway - 6 cameras\n"
        "   Stn 01 Chesterfield - 7 cameras\n"
        "2) Axis.\n"
    )
    assert _read(reply, request).camera_count == 21


def test_places_listed_after_a_comma_are_parts_of_the_count() -> None:
    reading = _read(
        "The system is made up of 400 cameras on the main campus, 120 at the Riverside site and 60 across "
        "the student residences.\n"
    )
    assert reading.camera_count == 580


def test_cameras_at_each_of_several_sites_are_a_breakdown() -> None:  # guard
    assert (
        _read("The Board has twelve CCTV cameras, two at each of its six pumping stations.\n").camera_count
        == 12
    )


def test_a_corrected_figure_replaces_the_one_given_before() -> None:
    reply = (
        "I am writing further to our response of 2 May. Our reply stated that the college operates 140 CCTV "
        "cameras. The cameras at the sports hall had been omitted. The correct figure is 163.\n"
    )
    assert _read(reply).camera_count == 163


def test_a_figure_said_to_be_correct_is_not_a_correction() -> None:  # guard
    assert _read("The figure of 140 cameras given in our reply is correct.\n").camera_count == 140
