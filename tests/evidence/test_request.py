"""Replies read beside the request they answer: questions split and aligned, bare answers resolved."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from camcensus.documents.model import TextSegment
from camcensus.evidence.manufacturers import IN_USE, MENTIONED, classify
from camcensus.evidence.reader_answers import named_in
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import ask_of, asks_use, bare_answer, pointed_to, split_request

NUMBERED = """Dear Sir/Madam,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the council operate?
2. Are any of these cameras made by Hikvision or Dahua?
   If so, how many?
3. Do any cameras have facial recognition?
4. Please provide a copy of your CCTV policy.

I would like the information in electronic form.

Yours faithfully,
Jo Bloggs
"""


def _read(reply: str, request: str | None = NUMBERED) -> dict[str, object]:
    return read_segments([TextSegment(0, "text", reply)], path="reply.txt", request=request).as_dict()


def test_numbered_request_split_into_its_questions() -> None:
    questions = split_request(NUMBERED)
    assert [(q.n, q.label) for q in questions] == [(1, "1."), (2, "2."), (3, "3."), (4, "4.")]
    assert questions[1].text == "Are any of these cameras made by Hikvision or Dahua? If so, how many?"
    assert questions[0].ask.total_count and not questions[1].ask.total_count
    assert questions[1].ask.vendors == ("Hikvision", "Dahua")
    assert "capabilities" in questions[2].ask.kinds and "policies" in questions[3].ask.kinds


@pytest.mark.parametrize(
    "text, labels",
    [
        ("Q1: Number of cameras\nQ2 - Manufacturers\n(a) Hikvision\n(b) Dahua\nQ3. Any AI analytics?", 3),
        ("Question 1: How many cameras?\nQuestion 2: Which makes?", 2),
        ("(a) How many cameras do you have?\n(b) Who makes them?\n(c) Are any Hikvision?", 3),
        ("1) How many cameras?\n2) Who makes them?", 2),
        ("I request:\n- the number of cameras\n- the makes of the cameras\n- any policy on CCTV", 3),
    ],
)
def test_question_markers(text: str, labels: int) -> None:
    assert len(split_request(text)) == labels


def test_questions_run_on_in_one_paragraph() -> None:
    text = (
        "Hello,\nPlease could you tell me how many CCTV cameras you operate, whether any are manufactured "
        "by Hikvision, and which company maintains them? Also, do you have a DPIA for the system?\nThanks"
    )
    questions = split_request(text)
    assert [q.ask.kinds[0] for q in questions] == ["count", "vendors", "contractors", "policies"]
    assert questions[1].ask.vendors == ("Hikvision",)


def test_lettered_sub_parts_stay_inside_a_numbered_question() -> None:
    questions = split_request("1. Do you use:\n(a) Hikvision\n(b) Dahua\n2. How many cameras?")
    assert len(questions) == 2 and questions[0].ask.vendors == ("Hikvision", "Dahua")


def test_scope_is_the_equipment_asked_about_unless_the_question_is_about_all_cctv() -> None:
    assert ask_of("How many body-worn video cameras do your officers use?").scope == ("body_worn",)
    general = ask_of("How many surveillance cameras do you operate, by type (fixed, body-worn, ANPR)?")
    assert general.scope == () and general.total_count


def test_pointers_and_bare_answers() -> None:
    assert pointed_to("Please see our response to question 2.") == 2
    assert pointed_to("N/A - see Q1.") == 1
    assert pointed_to("See above.") == 0
    assert pointed_to("See (b) above") is None or pointed_to("Please see the answer to part (b)") is None
    assert pointed_to("Please see the attached spreadsheet.") is None
    assert [bare_answer(t) for t in ("Yes.", "No", "None.", "N/A", "No - see above", "0")] == [
        "yes", "no", "no", "not_applicable", "no", "no",
    ]  # fmt: skip
    assert bare_answer("No information is held.") is None
    assert bare_answer("No cameras use facial recognition.") is None
    assert named_in("The brands mentioned in part 1 are not used by the Trust.") == (1, 4, 30, "named_in")


def test_bare_numbered_answers_read_against_the_request() -> None:
    reply = (
        "Our ref: FOI 2024/555\n\nOur response is below.\n\n1. 146\n2. No\n3. No\n4. Please see attached.\n"
    )
    got = _read(reply)
    assert (got["camera_count"], got["hikvision"], got["dahua"], got["outcome"]) == (
        146,
        "no",
        "no",
        "answered",
    )
    assert [q["outcome"] for q in got["questions"]] == ["answered"] * 4  # type: ignore[index]
    assert got["questions"][0]["answer_quote"] == "146"  # type: ignore[index]
    alone = _read(reply, request=None)  # without the request, "1. 146" is taken as the count, and says so
    assert alone["camera_count"] == 146
    assert alone["confidence_basis"]["camera_count"].startswith("first answer")  # type: ignore[index]


def test_yes_to_a_question_naming_both_vendors_says_neither() -> None:
    got = _read("1. 146\n2. Yes\n3. No\n4. Attached.")
    assert (got["hikvision"], got["dahua"]) == ("unknown", "unknown")
    one = _read("1. 20\n2. Yes", request="1. How many cameras do you have?\n2. Do you use Hikvision cameras?")
    assert (one["hikvision"], one["dahua"], one["camera_count"]) == ("yes", "unknown", 20)


def test_a_vendor_count_is_not_the_total() -> None:
    request = "1. How many of your cameras are made by Hikvision?\n2. How many are made by Dahua?"
    got = _read("1. 12\n2. 0", request=request)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("yes", "no", None)


def test_some_disclosed_some_withheld_is_partial() -> None:
    reply = (
        "1. 146\n2. No\n3. No\n"
        "4. This information is exempt under section 21 of the Act as it is published on our website."
    )
    got = _read(reply)
    assert got["outcome"] == "partially_answered" and got["exemptions"] == ["s21"]
    assert got["questions"][3]["outcome"] == "withheld"  # type: ignore[index]
    assert got["questions"][3]["exemptions"] == ["s21"]  # type: ignore[index]


def test_an_answer_pointing_to_another_body_discloses_nothing() -> None:
    request = "1. How many cameras can the police access?\n2. Which of them are out of action?"
    reply = (
        "1. The public space CCTV is not operated by the police, so the information is not held.\n"
        "2. The system is the Council's. Please send your request to Highland Council.\n"
    )
    got = _read(reply, request=request)
    assert [q["outcome"] for q in got["questions"]] == ["not_held", "referred"]  # type: ignore[index]
    assert got["outcome"] == "not_held"
    answered = _read("1. 146\n2. You may wish to contact the county council, which runs the town centre.\n")
    assert answered["questions"][1]["outcome"] == "referred"  # type: ignore[index]
    assert answered["outcome"] == "partially_answered"
    # the rights paragraph after an answer points to a review, not elsewhere
    kept = _read(
        "1. 146\n2. No\n3. No\n4. Attached. Requests for an internal review should be directed to the Team."
    )
    assert kept["outcome"] == "answered"


def test_an_answer_pointing_to_another_takes_its_outcome() -> None:
    reply = "1. Not held - the Council does not hold a central register.\n2. See our answer to question 1.\n"
    got = _read(reply, request="1. How many cameras?\n2. Which manufacturers make them?")
    assert [q["outcome"] for q in got["questions"]] == ["not_held", "not_held"]  # type: ignore[index]
    assert got["questions"][1]["see"] == 1 and got["outcome"] == "not_held"  # type: ignore[index]


def test_brands_named_by_reference_to_the_question() -> None:
    request = "1. Do you use cameras made by Hikvision or Dahua?\n2. How many cameras do you have?"
    got = _read("The brands mentioned in part 1 are not used by the Trust.\n\nQ2 - 40 cameras.", request)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "no", 40)


def test_a_numbered_answer_about_something_else_is_not_a_bare_no() -> None:
    """The reply numbers its own paragraphs: its third is not the request's third question."""
    reply = (
        "1. We operate 85 cameras.\n2. The makes are withheld under section 31.\n"
        "3. No cameras use facial recognition."
    )
    got = _read(reply, request="1. How many?\n2. What capabilities?\n3. Do you use Hikvision or Dahua?")
    assert (got["hikvision"], got["dahua"]) == ("unknown", "unknown")


def test_bare_answers_in_order_without_numbers() -> None:
    got = _read("Dear requester,\n\n212\n\nNo\n\nKind regards", "1. How many cameras?\n2. Any Dahua?")
    assert (got["camera_count"], got["dahua"]) == (212, "no")


def _request_eml(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "req@example.org", "foi@council.example", "FOI request"
    msg.set_content(NUMBERED)
    path.write_bytes(msg.as_bytes())
    return path


def test_extract_request_option_shows_the_alignment(tmp_path: Path, run_cli) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("1. 146\n2. No\n3. No\n4. Exempt under section 21 (published on our website).\n")
    out = run_cli("extract", "--json", "--request", str(_request_eml(tmp_path / "req.eml")), str(reply))
    doc = json.loads(out.stdout)
    assert [q["n"] for q in doc["questions"]] == [1, 2, 3, 4]
    assert set(doc["questions"][0]) >= {"n", "text", "asks", "answer_quote", "outcome", "exemptions"}
    assert "vendors" in doc["questions"][1]["asks"] and doc["questions"][1]["answer_quote"] == "No"
    assert (doc["camera_count"], doc["hikvision"], doc["outcome"]) == (146, "no", "partially_answered")
    human = run_cli("extract", "--request", str(tmp_path / "req.eml"), str(reply)).stdout
    assert "  Q1 [count] How many CCTV cameras" in human and "withheld s21" in human


def test_extract_request_option_names_a_missing_request(tmp_path: Path, run_cli) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("1. 146")
    out = run_cli("extract", "--request", str(tmp_path / "nope.txt"), str(reply), check=False)
    assert out.returncode != 0 and "nope.txt" in out.stdout + out.stderr


def test_a_count_answering_a_vendor_question_is_that_vendors_not_the_total() -> None:
    """As a council answered "Could you tell me the number of Hikvision cameras currently in use?"."""
    request = "1. Do you use Hikvision cameras?\n2. Could you tell me the number of Hikvision cameras in use?"
    got = _read("1. Yes\n2. 47 static cameras and 9 PTZ.", request=request)
    assert (got["hikvision"], got["camera_count"]) == ("yes", None)
    assert _read("1. Yes\n2. 47 static cameras and 9 PTZ.", request=None)["camera_count"] == 56  # alone


def test_a_heading_naming_only_question_numbers_opens_their_answer() -> None:
    """ "Questions 1 and 2" alone on a line, then a table: the table answers both; "Questions 2 to 4" a
    range."""
    request = (
        "1) How many CCTV cameras at each site?\n2) The manufacturer at each site\n"
        "3) Are any made by Hikvision or Dahua?\n4) Do any record audio?"
    )
    reply = (
        "Questions 1 and 2\n\n"
        "Site                 Cameras   Manufacturer\n"
        "Town centre              86    Axis\n"
        "Depot                     9    Hanwha\n\n"
        "Question 3\nPlease see the manufacturer column above.\n\n"
        "Question 4\nNo.\n"
    )
    got = _read(reply, request)
    assert got["camera_count"] == 95 and got["hikvision"] == "no" and got["dahua"] == "no"
    assert [q["outcome"] for q in got["questions"]] == ["answered"] * 4  # type: ignore[index]
    withheld = (
        "Question 1\n40 cameras.\n\nQuestions 2 to 4\nThis is withheld under section 31(1)(a) of the Act.\n"
    )
    got = _read(withheld, request)
    assert got["outcome"] == "partially_answered" and got["exemptions"] == ["s31"]
    assert [q["outcome"] for q in got["questions"]] == ["answered"] + ["withheld"] * 3  # type: ignore[index]


def test_one_answer_to_a_range_of_questions() -> None:
    request = "1. Do you use body worn cameras?\n2. How many?\n3. Which make?\n4. Where is footage kept?"
    got = _read("1. We do not use body worn cameras\n\n2. - 4. N/A\n", request)
    assert [q["outcome"] for q in got["questions"]] == ["answered"] * 4  # type: ignore[index]
    assert got["outcome"] == "answered"


def test_a_numbered_echo_of_the_request_with_its_own_figures_is_no_answer() -> None:
    request = "1. How many cameras?\n2. Copies of purchase orders since 2018 for cameras made by Dahua."
    reply = (
        "1. 87 cameras.\n\n2. Copies of purchase orders since 2018 for cameras made by Dahua.\n\n"
        "This information is not held.\n"
    )
    got = _read(reply, request)
    assert got["dahua"] == "unknown" and got["camera_count"] == 87
    assert got["questions"][1]["outcome"] == "not_held"  # type: ignore[index]


def test_no_to_a_question_about_a_decision_says_nothing_of_use() -> None:
    request = "1. How many cameras?\n2. Has the Council decided to remove any Hikvision or Dahua cameras?"
    got = _read("1. 534\n2. No decision has been made.\n", request)
    assert got["hikvision"] == "unknown" and got["dahua"] == "unknown"
    got = _read("1. 534\n2. No.\n", "1. How many cameras?\n2. Do you use Hikvision or Dahua cameras?")
    assert got["hikvision"] == "no" and got["dahua"] == "no"


def test_a_table_with_an_unrecorded_make_lists_only_some_makes() -> None:
    request = "1. Cameras at each site\n2. Makes at each site\n3. Do you use Hikvision or Dahua cameras?"
    reply = (
        "1 & 2.\n\nSite            Cameras   Make\nGeneral         312       Hikvision\n"
        "Community        22       Not recorded\nHQ               17       Axis\n\n"
        "3. Please see the response to Q1 & 2 above.\n"
    )
    got = _read(reply, request)
    assert got["hikvision"] == "yes" and got["dahua"] == "unknown" and got["camera_count"] == 351


BULLETED = """Hello, under FOIA could you please tell me

- the number of CCTV cameras at each of your sites
- the make and model of the cameras and the recorders
- whether any Hikvision or Dahua cameras are connected to the Trust network
- whether the cameras can record audio or do facial recognition
"""


def test_headings_of_the_replys_own_naming_the_questions_subjects() -> None:
    reply = (
        "Dear Aled\n\nOur response is as follows.\n\nNumber of cameras by site\n"
        "The Trust operates 318 CCTV cameras.\n\nMake and model / Hikvision or Dahua / network\n"
        "The Trust is withholding the manufacturers under section 31(1)(a).\n\n"
        "Audio / facial recognition\nNone of the cameras record audio.\n\nYours sincerely\n"
    )
    got = _read(reply, BULLETED)
    assert got["hikvision"] == "unknown" and got["camera_count"] == 318
    outcomes = [q["outcome"] for q in got["questions"]]  # type: ignore[index]
    assert outcomes == ["answered", "withheld", "withheld", "answered"]
    assert got["outcome"] == "partially_answered"


def test_labels_naming_the_questions_subjects_carry_their_answers() -> None:
    request = "How many CCTV cameras do you have, and are any of them made by Hikvision or Dahua?"
    reply = "Dear Ms K\n\nCameras in use: 23\n\nHikvision/Dahua: Yes\n\nAudio: No\n\nBest wishes\n"
    got = _read(reply, request)
    assert got["camera_count"] == 23
    assert got["hikvision"] == "unknown" and got["dahua"] == "unknown"  # a Yes to both says neither


def test_information_published_elsewhere_with_its_link_is_given() -> None:
    request = "1. How many drones do you operate?\n2. Please send your drone policy."
    reply = (
        "1. Twelve.\n2. The policy is published on our website at www.example.police.uk/policies and is "
        "therefore exempt under section 21 of the Act.\n"
    )
    got = _read(reply, request)
    assert got["outcome"] == "answered" and got["exemptions"] == ["s21"] and got["camera_count"] == 12
    withheld = "1. Twelve.\n2. The policy is exempt under section 21 as it is reasonably accessible.\n"
    got = _read(withheld, request)
    assert got["outcome"] == "partially_answered"


def test_a_count_of_something_else_is_not_the_count_asked() -> None:
    request = "1. How many drones does the force operate?\n2. How many drone deployments were there in 2023?"
    got = _read("1. Twelve.\n2. 1,592\n", request)
    assert got["camera_count"] == 12


def test_a_reference_back_after_other_named_equipment_is_to_that() -> None:
    request = "1. Which makes of drone do you use?\n2. Are any made by Hikvision or Dahua?"
    reply = (
        "1. DJI Matrice 30T x 8. In addition, the force trialled a Parrot ANAFI USA in 2023; this aircraft "
        "was returned to the supplier.\n2. All of our drones are made by DJI.\n"
    )
    got = _read(reply, request)
    makes = {m["vendor"]: m["status"] for m in got["manufacturers"]}  # type: ignore[union-attr]
    assert makes["DJI"] == "in_use"


def test_a_table_ruled_with_bars_and_dashes_and_a_wrapped_cell() -> None:
    request = (
        "(a) The number of cameras at each academy\n(b) The manufacturer\n(c) Are any Hikvision or Dahua?"
    )
    reply = (
        "(a) and (b)\n\n"
        "| Academy                       | No. of cameras | Manufacturer |\n"
        "|-------------------------------|----------------|--------------|\n"
        "| Oakfield Academy              | 36             | Hikvision    |\n"
        "| St Aidan's Church of England  | 41             | Axis         |\n"
        "|   Academy                     |                |              |\n"
        "| Riverside Academy             | 15             | Axis         |\n\n"
        "(c) As per the table above.\n"
    )
    got = _read(reply, request)
    assert got["camera_count"] == 92 and got["hikvision"] == "yes" and got["dahua"] == "no"


def test_lettered_parts_inside_one_question_answered_part_by_part() -> None:
    request = "1. How many cameras?\n2. Whether any are manufactured by (a) Hikvision and (b) Dahua.\n"
    got = _read(
        "1. 1,027\n\n2. Whether any are manufactured by (a) Hikvision and (b) Dahua.\n(a) Yes\n(b) No\n",
        request,
    )
    assert got["hikvision"] == "yes" and got["dahua"] == "no" and got["camera_count"] == 1027


def test_a_list_said_not_to_be_whole_rules_out_no_make() -> None:
    request = "Q1 How many cameras?\nQ2 Please list the models.\nQ3 Are any made by Hikvision or Dahua?"
    reply = (
        "Q1 318 cameras.\n\nQ2 The models in use include, but are not limited to:\n\n- Axis Q6075-E\n"
        "- IPC-HFW2431S-S-S2\n- Bosch FLEXIDOME IP 5000i\n\nQ3 Please see the response to Q2.\n"
    )
    got = _read(reply, request)
    assert got["hikvision"] == "unknown" and got["dahua"] == "yes"


def test_welsh_that_not() -> None:
    got = _read("Gallwn gadarnhau nad oes unrhyw gamerâu Hikvision na Dahua yn cael eu defnyddio.", None)
    assert got["hikvision"] == "no" and got["dahua"] == "no"


def test_a_telephone_number_is_no_count() -> None:
    got = _read("We operate 169 cameras. For queries call Tel.07700900790 or 0044 7700 900790.", None)
    assert got["camera_count"] == 169
    assert _read("Number of cameras: 07700900790", None)["camera_count"] is None


SURVEY = (
    "1. How many CCTV cameras do you operate?\n2. Are any made by Hikvision or Dahua?\n"
    "3. If so, how many of each?\n4. Which manufacturers make your cameras?\n"
)


def test_answers_naming_their_questions_by_order() -> None:
    reply = (
        "In response to your first question, the Service operates approximately 88 CCTV cameras.\n\n"
        "On your second and third questions, we can confirm that twelve of our cameras are made by "
        "Hikvision.\n\nAs for your fourth question: Axis (40), Hikvision (12), Hanwha (36).\n"
    )
    got = _read(reply, SURVEY)
    assert got["camera_count"] == 88 and got["hikvision"] == "yes" and got["dahua"] == "no"


def test_tables_ruled_with_plus_signs_and_two_breakdowns_of_one_estate() -> None:
    reply = (
        "1.\n\nManufacturer   | City | Halls | Total\n---------------+------+-------+------\n"
        "Axis           |  168 |    43 |  211\nDahua          |    0 |    12 |   12\n"
        "---------------+------+-------+------\nTotal          |  168 |    55 |  223\n\n"
    )
    got = _read(reply, SURVEY)
    assert got["camera_count"] == 223 and got["dahua"] == "yes"
    two = (
        "1. Cameras per campus\n\n  Campus       | No. of cameras\n  -------------+---------------\n"
        "  Riverside    | 388\n  Kingsmead    | 142\n\n4. Manufacturers\n\n  Manufacturer | Cameras\n"
        "  -------------+--------\n  Axis         | 400\n  Bosch        | 130\n"
    )
    assert _read(two, SURVEY)["camera_count"] == 530


def test_cameras_at_the_premises_run_by_another_party_are_not_held_not_none() -> None:
    request = "1. How many CCTV cameras do you operate?\n2. Are any made by Hikvision or Dahua?"
    landlord = (
        "The Trust does not own or operate CCTV systems at its clinics. The CCTV at these premises is the "
        "responsibility of the landlord. The Trust therefore does not hold the information requested."
    )
    got = _read(landlord, request)
    assert got["outcome"] == "not_held" and got["camera_count"] is None and got["hikvision"] == "unknown"
    none = "The Parish Council does not have any CCTV cameras and therefore holds no information on the rest."
    got = _read(none, request)
    assert got["outcome"] == "answered" and got["camera_count"] == 0 and got["hikvision"] == "no"


def test_makes_with_their_numbers_in_a_sentence_and_what_is_not_a_count() -> None:
    reply = (
        "The Museum operates CCTV at three sites. The cameras across these sites are Bosch (118), "
        "Axis (61) and Hanwha (33). We do not break these figures down by site.\n\nIn 2022 the Museum "
        "trialled two Dahua thermal cameras. The trial ended in November 2022 and the cameras were "
        "returned to the supplier.\n"
    )
    got = _read(reply, None)
    assert got["camera_count"] == 212 and got["hikvision"] == "no" and got["dahua"] == "no"
    makes = {m["vendor"]: m["status"] for m in got["manufacturers"]}  # type: ignore[union-attr]
    assert makes["Bosch"] == "in_use"  # "We do not break these figures down" denies no make
    total = "We run fourteen ANPR cameras at our car parks: Stryd Fawr (4), Riverside (2), Quay (8)"
    assert _read(total, None)["camera_count"] == 14


def test_vehicle_cameras_beside_a_body_worn_request_and_a_whole_list_of_one_brand() -> None:
    request = "1. How many body-worn cameras has the Trust issued?\n2. Are any made by Hikvision or Dahua?"
    reply = (
        "1. 640.\n2. No.\n\nFor information, the Trust's vehicles are also fitted with vehicle CCTV "
        "(forward-facing and saloon cameras) which records to a Dahua mobile DVR.\n"
    )
    got = _read(reply, request)
    assert got["dahua"] == "no" and got["camera_count"] == 640
    got = _read("The parish council has four cameras. They are EZVIZ wifi cameras (no others).", None)
    assert got["hikvision"] == "yes" and got["dahua"] == "no" and got["camera_count"] == 4


def test_questions_numbered_in_roman_and_answered_by_part() -> None:
    request = "(i) How many public space CCTV cameras?\n(ii) Who makes them - are any Hikvision or Dahua?"
    reply = (
        "Part (i)\nThe Council operates 268 cameras.\n\nPart (ii)\n   Hikvision  - 221\n   Dahua      - 47\n"
    )
    got = _read(reply, request)
    assert got["camera_count"] == 268 and got["hikvision"] == "yes" and got["dahua"] == "yes"
    assert [q["n"] for q in got["questions"]] == [1, 2]  # type: ignore[index]


def test_naming_one_of_the_makes_asked_about_says_nothing_of_the_other() -> None:
    request = "1. How many cameras?\n2. Are any of them made by Hikvision or Dahua?"
    got = _read("1. 36 internal, 22 external\n2. Yes, Hikvision\n", request)
    assert got["camera_count"] == 58 and got["hikvision"] == "yes" and got["dahua"] == "unknown"
    got = _read("The principal manufacturers are Hanwha, HiWatch and Axis.", None)
    assert got["hikvision"] == "yes" and got["dahua"] == "unknown"


@pytest.mark.parametrize(
    ("reply", "count"),
    [
        ("Mae gan y Cyngor dri chamera TCC: dau ar y neuadd ac un ar y maes chwarae.", 3),
        ("Mae gan yr Ysgol dau ddeg pump camera ar y safle.", 25),
        ("The Council operates 12 cameras, two of them 360 deg cameras on the bus station.", 12),
    ],
)
def test_counts_in_welsh_words_with_their_mutations(reply: str, count: int) -> None:
    assert _read(reply, request=None)["camera_count"] == count


def test_a_covering_note_pointing_to_an_attachment_not_read_needs_review() -> None:
    covering = "Dear Requester,\n\nPlease find attached our response to your request.\n\nFOI Team"
    got = _read(covering)
    assert got["needs_review"] is True
    assert any("attached file" in r for r in got["review_reasons"])  # type: ignore[attr-defined]
    # read with the attachment's text beside it, the answer is there
    whole = read_segments(
        [
            TextSegment(0, "e-mail body", covering),
            TextSegment(1, "page 1", "1. 146\n2. No\n3. No\n4. Attached."),
        ],
        path="reply.eml",
        request=NUMBERED,
    ).as_dict()
    assert whole["camera_count"] == 146
    assert not any("attached file" in r for r in whole["review_reasons"])


def test_makes_named_by_the_question_without_its_number() -> None:
    request = (
        "1. How many body worn cameras are issued?\n2. Who makes them? Are any made by Hikvision or Dahua?"
    )
    reply = (
        "1. Approximately 10,300 devices have been issued across all 13 local policing divisions.\n"
        "2. The devices are the Motorola Solutions VB400. The Force does not use any body worn video devices"
        " manufactured by either of the companies named.\n"
    )
    got = _read(reply, request=request)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "no", 10300)


def test_a_make_named_then_said_removed_in_the_same_sentence_is_past() -> None:
    got = _read(
        "The former office had a small system supplied by Hikvision; this was removed when the lease ended.",
        request=None,
    )
    assert got["hikvision"] != "yes" and "Hikvision" in got["past_use"]  # type: ignore[operator]


def test_a_models_number_is_no_count() -> None:
    assert _read("The MPS uses the Axon flex 2 and Axon AB3 cameras.", request=None)["camera_count"] is None
    assert _read("The Council uses 12 Axis and 4 Bosch cameras.", request=None)["camera_count"] == 16


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("There are 23 Dahua cameras at the site. These are in the process of being replaced.", "unknown"),
        ("Most cameras are Axis. The remaining cameras are Dahua units, which are being removed.", "unknown"),
        ("Six Dahua cameras remain in the older halls and are being replaced this year.", "yes"),
        ("The Dahua cameras at the depot will be replaced when the building is refurbished.", "yes"),
    ],
)
def test_a_make_being_taken_out_now_is_neither_in_use_nor_gone(reply: str, status: str) -> None:
    assert _read(reply, request=None)["dahua"] == status


def test_a_denial_the_body_cannot_confirm_says_neither() -> None:
    got = _read(
        "We don't believe any of our cameras are Hik-Vision; however, the records for the leisure centres are"
        " incomplete and we are unable to confirm this.",
        request=None,
    )
    assert got["hikvision"] == "unknown"
    assert _read("None of our cameras are Hikvision.", request=None)["hikvision"] == "no"


def test_a_number_before_another_number_and_the_noun_is_not_the_count() -> None:
    got = _read("Emergency Department extension (due 2025) - 36 cameras planned, not included.", request=None)
    assert got["camera_count"] != 2025
    assert _read("12 of the 40 cameras are Axis.", request=None)["camera_count"] == 40


def test_a_review_that_finds_the_exemptions_not_engaged_withholds_nothing() -> None:
    reply = (
        "The original response withheld the information at question 2, relying on section 43(2) and section"
        " 31(1)(a).\n"
        "Section 43(2): I find that section 43(2) is not engaged.\n"
        "Section 31(1)(a): I therefore find that section 31(1)(a) is not engaged.\n"
        "I have overturned the original decision and the information is provided below.\n"
        "1. 1,130\n2. Yes. 412 of the cameras are made by Hikvision.\n"
    )
    got = _read(reply)
    assert got["exemptions"] == []
    kept = _read(
        "1. 212\n2. Section 31(1)(a) applies to the locations. Section 24 was also considered; however,"
        " section 31 alone is sufficient and section 24 has not been applied.\n"
    )
    assert kept["exemptions"] == ["s31"]


def test_no_central_register_beside_a_figure_given_anyway_is_answered() -> None:
    got = _read(
        "1. The Trust does not hold a central asset register of CCTV cameras. From our estates records there"
        " are approximately 340 cameras across our sites.\n2. No\n3. No\n4. Attached.\n"
    )
    assert got["questions"][0]["outcome"] == "answered"  # type: ignore[index]
    assert got["camera_count"] == 340
    alone = _read("1. The Trust does not hold a central asset register of CCTV cameras.\n2. No\n3. No\n")
    assert alone["questions"][0]["outcome"] == "not_held"  # type: ignore[index]


def test_a_count_its_neighbours_add_up_to_is_their_total() -> None:
    got = _read(
        "In 2019 the Council upgraded the town centre system, replacing 64 analogue cameras with IP cameras."
        " The Council currently operates 286 cameras - 174 public space cameras and 112 cameras at Council"
        " buildings.",
        request=None,
    )
    assert got["camera_count"] == 286


def test_makes_of_equipment_put_outside_the_estate_or_a_contractors_range_are_not_the_estates() -> None:
    got = _read(
        "The Force's CCTV cameras are Vicon and Axis. The in-vehicle video systems fitted to 46 vehicles use"
        " Dahua mobile DVRs; these are not part of the station CCTV system.",
        request=None,
    )
    assert got["dahua"] != "yes"
    ranged = _read(
        "The maintenance contract is held by Pennine Security Group Ltd, who are accredited installers for"
        " the Hikvision, Hanwha and Avigilon product ranges.",
        request=None,
    )
    assert ranged["hikvision"] != "yes"


def test_a_brand_of_the_vendor_in_use_beats_a_weak_denial_of_its_name() -> None:
    got = _read(
        "We are not aware of any Hikvision or Dahua cameras. The cameras are Imou Bullet 2C cameras.",
        request=None,
    )
    assert got["dahua"] == "yes"
    assert _read("We have no cameras of the brands you mention.", request=NUMBERED)["hikvision"] == "no"


def test_a_make_being_evaluated_is_not_in_use() -> None:
    got = _read(
        "The Council is currently evaluating a solar powered 4G camera from the Hikvision range as a possible"
        " addition for 2025, but no decision has been made.",
        request=None,
    )
    assert got["hikvision"] != "yes"


def test_cameras_installed_under_a_previous_contract_are_in_use() -> None:
    got = _read(
        "Yes - the 22 car park cameras are Dahau, installed under the previous parking management contract in"
        " 2017 and taken over by the Council in 2020.",
        request=None,
    )
    assert got["dahua"] == "yes"


PREAMBLE = """Dear University,

In November 2022 the Government told departments to stop deploying cameras made by Hikvision and Dahua.

1. Does the University use any cameras or recorders made by either of these companies?
2. How many CCTV cameras does the University have in total?
"""


def test_a_question_about_either_of_these_companies_asks_about_the_makes_named_above() -> None:
    first = split_request(PREAMBLE)[0]
    assert first.ask.vendors == ("Hikvision", "Dahua") and first.text.endswith(
        "(named above: Hikvision, Dahua)"
    )
    got = _read("1. The brands mentioned in part 1 are not used.\n2. Around 640.", request=PREAMBLE)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "no", 640)
    plain = split_request("1. Do you use cameras made by Chinese companies?\n2. How many cameras?")
    assert plain[0].ask.vendors == ()


COUNT_REQUEST = "1. How many CCTV cameras does the council operate?\n2. Are any made by Hikvision?"


@pytest.mark.parametrize(
    ("answer", "count"),
    [
        (
            "1. The system comprises 64 cameras. In addition to this, the Council operates 37 cameras at its "
            "own buildings.\n2. No.",
            101,
        ),
        ("1. Our 22 stations have 96 cameras. Headquarters has a further 31 cameras.\n2. No.", 127),
        (
            "1. The Trust has 112 cameras. A further thirty cameras are planned for the new build.\n2. No.",
            112,
        ),
        ("1. We have 80 cameras. A further 8 cameras were removed in 2022.\n2. No.", 80),
        (
            "1. The Trust rolled out cameras in two phases (Phase 1 2021, 150 devices; Phase 2 2023). "
            "There are currently 450 cameras in use.\n2. No.",
            450,
        ),
    ],
)
def test_an_answer_counts_the_cameras_its_later_sentences_add_now(answer: str, count: int) -> None:
    assert _read(answer, request=COUNT_REQUEST)["camera_count"] == count


def test_a_make_that_is_what_the_cameras_are_is_in_use_beside_a_denial_elsewhere() -> None:
    reply = (
        "There is no Hikvision equipment on the public space system. On the housing estates, a small "
        "number of legacy units (approximately 30 cameras at four estates) are Hikvision."
    )
    assert _read(reply, request=None)["hikvision"] == "yes"
    other = _read(
        "2. No. Our ANPR cameras are Dahua, but these are part of the parking system "
        "and not the CCTV system.",
        request="1. How many CCTV cameras?\n2. Do you use Dahua CCTV cameras?",
    )
    assert other["dahua"] == "no"


BODY_WORN = (
    "1. Which departments use Body Worn Cameras/Videos (BWC/BWV)?\n2. How many BWC/BWV have you purchased?\n"
    "3. If you do not currently have BWC/BWV, do you propose to introduce them?"
)


def test_none_of_the_equipment_asked_about_answers_the_request() -> None:
    reply = (
        "Question 1 - Which departments use Body Worn Cameras/Videos (BWC/BWV)?\n\n"
        "ECFRS do not currently use Body Worn Cameras/Video.\n\n"
        "Question 3 - If you do not currently have BWC/BWV, do you propose to introduce them?\n\n"
        "There are no current plans in place to introduce this technology."
    )
    got = _read(reply, request=BODY_WORN)
    assert (got["camera_count"], got["hikvision"], got["dahua"], got["outcome"]) == (
        0,
        "no",
        "no",
        "answered",
    )
    drones = "1. How many drones do you operate?\n2. Who makes them?"
    for narrowed in (
        "1. 3\n2. All are DJI. The Council does not own or operate drones from any other manufacturer.",
        "1. 3\n2. DJI. The Council does not have a policy or strategy to benefit from drone services.",
    ):
        assert _read(narrowed, request=drones)["camera_count"] == 3


SURVEY = (
    "1. How many CCTV cameras do you operate?\n"
    "2. Are any of these cameras manufactured by Hikvision or Dahua?\n"
    "3. If the answer to question 2 is yes, how many cameras from each of those manufacturers do you "
    "operate?\n"
    "4. Which other manufacturers supply the cameras you operate?\n"
    "5. Do you have any plans to remove or replace Hikvision or Dahua equipment?"
)


def test_a_row_of_question_and_answer_reads_only_the_answer_cell() -> None:
    asked = "2. Are any of these cameras manufactured by Hikvision or Dahua? | Yes - see response to Q3."
    at = asked.index("Hikvision")
    assert classify(asked, at, at + 9).status == MENTIONED  # the question's words, not the body's
    answer = "3. If yes, how many from each of those manufacturers? | HiWatch - c. 310. Dahua - none"
    at = answer.index("HiWatch")
    assert classify(answer, at, at + 7).status == IN_USE  # the question's "If" does not reach the answer cell
    third = split_request(SURVEY)[2]
    assert third.ask.vendors == ("Hikvision", "Dahua") and not third.ask.total_count
    assert not asks_use(split_request(SURVEY)[4].text)  # "Do you have any plans to remove ..."


def test_refusal_boilerplate_and_a_makers_name_are_no_denial_or_awareness() -> None:
    withheld = _read(
        "2. This information is withheld under section 24(1). No inference can be taken from this refusal "
        "that the information does or does not relate to any particular manufacturer.",
        request=SURVEY,
    )
    assert (withheld["hikvision"], withheld["dahua"]) == ("unknown", "unknown")
    body_worn = _read(
        "1. 85.\n2. Reveal Media (RS3-SX) and Motorola Solutions (VB400).\n3. N/A as per Q2.",
        request="1. How many body worn cameras?\n2. What make are they?\n3. Any made by Hikvision or Dahua?",
    )
    assert (body_worn["hikvision"], body_worn["dahua"]) == ("no", "no")


def test_a_bulleted_request_answered_under_each_bullet_and_a_table_by_year() -> None:
    request = (
        "- Please provide the total number of public-space CCTV cameras currently operated by the council\n"
        "- Please indicate the year when those CCTV cameras were installed?\n"
    )
    reply = (
        "Request:\n\n"
        "- Please provide the total number of public-space CCTV cameras currently operated by the council\n"
        "742\n\n"
        "- Please indicate the year when those CCTV cameras were installed?\n"
        "2026 - 7 Cameras (to 29/01/2026)\n2025 - 78 Cameras\n"
    )
    assert _read(reply, request=request)["camera_count"] == 742
    by_year = "Year | Cameras | Faults\n| 2024 | 118 | 73 |\n| 2025 | 140 | 192 |\n| 2026 | 146 | 53 |"
    got = read_segments(
        [TextSegment(i, f"table 1 row {i + 1}", row) for i, row in enumerate(by_year.splitlines())],
        path="reply.docx",
        request="1. How many CCTV cameras are there, by year?",
    ).as_dict()
    assert got["camera_count"] == 146


def test_no_cctv_somewhere_beside_a_count_is_no_denial_of_the_makes() -> None:
    reply = (
        "The Council has 900 CCTV cameras, all of which are owned and operated by the Council. "
        "The Council does not have any CCTV at commercial property."
    )
    got = _read(reply, request="- The total number of CCTV cameras you currently have in your area")
    assert (got["camera_count"], got["hikvision"], got["dahua"]) == (900, "unknown", "unknown")


def test_a_bare_figure_with_a_full_stop_is_the_answer_not_a_label() -> None:
    request = "Q1. How many traffic monitoring cameras does the council operate?\nQ2. Which makes?"
    assert _read("Q1. 86.\n\nQ2. Axis.", request=request)["camera_count"] == 86
    assert (
        _read("1. 3.\n2. DJI.", request="1. How many drones do you operate?\n2. Who makes them?")[
            "camera_count"
        ]
        == 3
    )


def test_an_internal_review_that_finds_no_exemption_engaged_applies_none() -> None:
    reply = (
        "The Council's response refused your request, relying on section 24(1) and section 31(1)(a).\n\n"
        "I therefore do not consider that section 24(1) is engaged. I am not satisfied that disclosure of "
        "the information requested would be likely to cause the prejudice described, and so section 31 is "
        "not engaged either.\n\nI have decided to overturn the original decision.\n\n1. 48 cameras.\n2. No."
    )
    got = _read(reply, request="1. How many CCTV cameras?\n2. Are any made by Hikvision?")
    assert got["exemptions"] == [] and got["camera_count"] == 48


def test_extract_shows_a_questions_own_label_once(tmp_path: Path, run_cli) -> None:
    request = tmp_path / "request.txt"
    request.write_text("Question 1: How many CCTV cameras do you operate?\nQuestion 2: Are any Hikvision?\n")
    reply = tmp_path / "reply.txt"
    reply.write_text("Question 1: 40\nQuestion 2: No\n")
    human = run_cli("extract", "--request", str(request), str(reply)).stdout
    assert "  Question 1 [count] How many CCTV cameras" in human and "QQuestion" not in human
