from common import write_request, add_label, out
from pdfletter import *

NN = "01"
write_request(NN, """
Dear Sir/Madam,

Under the Freedom of Information Act 2000 I would like to request the following information:

1) How many CCTV cameras does the council currently operate (public space cameras and cameras at council buildings and car parks)?
2) Are any of these cameras manufactured by Hikvision?
3) Are any of these cameras manufactured by Dahua?
4) Please list the manufacturers of all of the council's cameras.
5) Do any of the cameras have facial recognition capability, and if so is it switched on?

I would prefer to receive the information electronically.

Many thanks,
Gareth Pilling
""")

story = [
    P("<b>North Tamsworth District Council</b><br/>Information Governance Team<br/>Civic Offices, Gale Street<br/>Tamsworth TW4 2RH", RIGHT),
    P("Tel: 01632 960418 &nbsp; Email: foi@ntamsworth.gov.uk", RIGHT),
    Spacer(1, 8),
    P("Mr G Pilling<br/>By email only"),
    P("Our ref: FOI/2024/1187<br/>Date: 14 August 2024"),
    Spacer(1, 4),
    P("Dear Mr Pilling,"),
    P("<b>Freedom of Information Act 2000 &ndash; Request for information</b>", BODY),
    P("Thank you for your request for information received on 22 July 2024. The Council has now "
      "completed its search for the information you requested and our response is set out in the table "
      "below. Your questions are reproduced in the left hand column."),
]
rows = [
    ["No.", "Your question", "Council response"],
    ["1", "How many CCTV cameras does the council currently operate (public space cameras and cameras "
          "at council buildings and car parks)?",
     "The Council's Public Space CCTV system comprises 148 cameras covering Tamsworth and Elmbridge town "
     "centres. A further 64 cameras are in operation at Council owned buildings, depots and pay and display "
     "car parks. The total number of cameras currently operated is therefore 212."],
    ["2", "Are any of these cameras manufactured by Hikvision?",
     "Yes. 23 cameras at Lowther Street multi-storey car park and Tamsworth Leisure Centre are Hik Vision "
     "units. These cameras are included in the 2026/27 capital replacement programme and will be replaced "
     "when that programme is delivered."],
    ["3", "Are any of these cameras manufactured by Dahua?", "No."],
    ["4", "Please list the manufacturers of all of the council's cameras.",
     "Axis Communications; Hanwha Vision (previously Samsung Wisenet); Hik Vision &ndash; please see our "
     "response to question 2."],
    ["5", "Do any of the cameras have facial recognition capability, and if so is it switched on?",
     "The Council does not use facial recognition technology. A small number of the newer pan tilt zoom "
     "cameras are supplied with video analytics software (for example line crossing and loitering "
     "detection) but no facial recognition functionality is licensed or enabled."],
]
story.append(grid_table(rows, [12, 62, 96]))
story += [
    Spacer(1, 10),
    P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
      "review. Internal review requests should be submitted within 40 working days of the date of receipt of "
      "this response and should be addressed to: Information Governance Manager, North Tamsworth District "
      "Council, Civic Offices, Gale Street, Tamsworth TW4 2RH or foi@ntamsworth.gov.uk."),
    P("If you are not content with the outcome of the internal review, you have the right to apply directly "
      "to the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
      "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    P("The information supplied to you continues to be protected by copyright. You are free to use it for "
      "your own purposes, including for private study and non-commercial research, and for any other purpose "
      "authorised by an exception in current copyright law."),
    Spacer(1, 6),
    P("Yours sincerely,"),
    Spacer(1, 14),
    P("Denise Okafor<br/>Information Governance Officer"),
]
build(out(f"{NN}-reply.pdf"), story, footer_text="FOI/2024/1187  |  OFFICIAL")
add_label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 212,
          "Answers sit in a PDF table with cells that wrap over several lines; the total follows a split "
          "(148 + 64) and the Hikvision units are only due for replacement in a later year.")
