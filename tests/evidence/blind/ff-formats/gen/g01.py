from helpers import *

write_text("01-request.txt", """
Dear Wyrebridge District Council,

Under the Freedom of Information Act 2000 please provide the following:

1) How many CCTV cameras does the council currently operate? Please include public space CCTV and cameras at council buildings, depots and car parks.
2) Which manufacturers made these cameras, with the number from each manufacturer if held.
3) Are any of the cameras manufactured by Hikvision?
4) Are any of the cameras manufactured by Dahua?
5) Is facial recognition software used with any of the cameras?

Yours faithfully,

Priya Natarajan
""")

rows = [
    ["Category / location", "No. of cameras", "Manufacturer(s)", "Notes"],
    ["Town centre public space CCTV (Market Square, High Street, Bridge Street, bus station approaches) monitored from the control room at Riverside House",
     "58", "Hikvision (34), Axis Communications (24)",
     "Mix of PTZ and fixed dome. Axis units installed as part of the 2021 upgrade; remaining Hikvision units are original to the 2017 scheme."],
    ["Council offices (Riverside House, Old Bank Chambers) and the Stonebridge Lane depot",
     "41", "Axis Communications (29), Hanwha Vision (12)", "Internal and external; recorded locally, 31 day retention."],
    ["Leisure centres operated directly by the Council (Wyrebridge Pool, Castle Fields Sports Hall)",
     "22", "Hanwha Vision (22)", "Includes poolside cameras which do not cover changing areas."],
    ["Multi-storey and surface car parks (Tanner Street MSCP, Quayside, Station Road)",
     "19", "Hikvision (19)", "Car park cameras are not ANPR enabled."],
    ["Total", "140", "", ""],
]
pdf_letter(out("01-reply.pdf"), [
    ("p", "<b>Wyrebridge District Council</b><br/>Information Governance Team<br/>Riverside House, Quay Road, Wyrebridge WB4 1QA<br/>foi@wyrebridge.gov.uk | 01632 960 418"),
    ("sp", 6),
    ("p", "Ms P Natarajan<br/>By email"),
    ("p", "Our reference: FOI/2024/0931<br/>Date: 14 August 2024"),
    ("h", "Freedom of Information Act 2000 – Request for Information"),
    ("p", "Dear Ms Natarajan,"),
    ("p", "Thank you for your request for information which was received by the Council on 18 July 2024. I can confirm that the Council holds the information you have requested and this is set out below."),
    ("h", "Questions 1 and 2"),
    ("p", "The table below sets out the cameras currently in operation by category, together with the manufacturer of the cameras in each category."),
    ("table", rows, [62, 22, 40, 50], {"bold_last": True}),
    ("h", "Question 3"),
    ("p", "Yes. Please see the table above."),
    ("h", "Question 4"),
    ("p", "No."),
    ("h", "Question 5"),
    ("p", "No. The Council does not use facial recognition technology."),
    ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Manager, Riverside House, Quay Road, Wyrebridge WB4 1QA or foi@wyrebridge.gov.uk."),
    ("p", "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Please remember to quote the reference number above in any future communications."),
    ("p", "Yours sincerely,<br/><br/>Gareth Pomfret<br/>Information Governance Officer"),
], footer="Wyrebridge District Council – OFFICIAL")

label(1, "pdf", "council", "foia", "yes", "no", "answered", [], 140,
      "Q3/Q4 answered only by 'Yes. Please see the table' and a bare 'No'; makes and counts sit in wrapping table cells with a total row.")
note(1, "PDF letter, district council; per-category table with wrapped cells (makes with counts in parentheses), total row 140; Q3 'Yes, see table', Q4 bare 'No'. Medium.")
