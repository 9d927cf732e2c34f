"""10: Scottish council (FOISA), .rtf letter; Hikvision in use but being replaced; part not held (s17)."""
from common import *

NN = "10"
write_request(NN, """
Dear Lochaber and Dunmore Council,

I would be grateful if you could provide the following information under the Freedom of Information (Scotland) Act 2002:

Question 1: How many CCTV cameras does the Council operate, including public space CCTV and cameras at Council buildings?
Question 2: How many of these cameras were manufactured by Hikvision?
Question 3: How many were manufactured by Dahua?
Question 4: What was the purchase cost of each camera?
Question 5: Does the Council have any plans to replace cameras made by Chinese state-linked companies?

Yours faithfully

Fiona Drummond
""")

paras = [
    ("Lochaber and Dunmore Council", {"bold": True, "size": 32}),
    ("Legal and Democratic Services - Information Management", {"size": 18}),
    ("Council Headquarters, Caird Street, Dunmore PH33 7RL", {"size": 18}),
    "",
    ("Our Ref: LDC-FOI-5521", {"align": "right"}),
    ("Date: 14 August 2024", {"align": "right"}),
    "",
    "Ms F Drummond",
    "Sent by email",
    "",
    "Dear Ms Drummond",
    ("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", {"bold": True}),
    "I refer to your request for information received on 18 July 2024. I have now completed the search for the information you requested and my response is set out below.",
    ("Question 1", {"bold": True}),
    "The Council operates approximately 650 CCTV cameras, of which around 240 are public space CCTV cameras monitored from the Dunmore control room.",
    ("Question 2", {"bold": True}),
    "37. These are located at Council car parks and at the Caird Street depot.",
    ("Question 3", {"bold": True}),
    "None.",
    ("Question 4", {"bold": True}),
    "Cameras have been purchased as part of wider installation and maintenance contracts and the Council does not record a unit cost for individual cameras. In terms of section 17 of FOISA, I must advise that the Council does not hold this information.",
    "In accordance with our duty to provide advice and assistance under section 15 of FOISA, you may wish to know that the current CCTV maintenance contract (2022-2026) with Grampian Fire & Security Ltd has a total value of £1.1m; details are published on Public Contracts Scotland.",
    ("Question 5", {"bold": True}),
    "The 37 Hikvision cameras referred to at Question 2 are being replaced as part of the Council's CCTV upgrade programme, which is scheduled to complete by March 2027.",
    "",
    ("Your right to seek a review", {"bold": True}),
    "If you are dissatisfied with the way the Council has dealt with your request, you are entitled to require the Council to review its decision. Please note that a request for review must be made in writing no later than 40 working days from the date you receive this response and should be addressed to: The Information Management Team, Council Headquarters, Caird Street, Dunmore PH33 7RL, or foi@lochaber-dunmore.gov.scot.",
    "If you remain dissatisfied following the Council's review, you then have the right to make a formal application to the Scottish Information Commissioner. The Commissioner can be contacted at: The Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS. Web: www.foi.scot/appeal",
    "",
    "Yours sincerely",
    "",
    "Iain MacLeod",
    "Information Management Officer",
]
(ROOT / f"{NN}-reply.rtf").write_text(rtf_doc(paras), encoding="ascii")

add_label(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf",
          body_type="council", law="foisa", hikvision="yes", dahua="no", outcome="partially_answered",
          exemptions=["s17"], camera_count=650,
          note="RTF; approximate total with a sub-count beside it; Hikvision 'being replaced' by a future date is still in use; Q4 not held under FOISA s17 while s15 advice is not an exemption.")
