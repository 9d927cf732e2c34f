from common import *
from odshelp import Ods

req = """
Dear Pennine Ridge Academies Trust,

Under FOI could you please tell me:

1) the number of CCTV cameras at each of your academies (internal and external)
2) the make of the cameras and of the recording equipment at each academy
3) whether any of this equipment is made by Hikvision or Dahua
4) whether footage can be viewed remotely or is stored in the cloud

Kind regards
Ben Sutcliffe
"""
write_request("17", req)

o = Ods()
B, H, X, W = "bold", "head", "box", "wrap"
rows = [
 [("Pennine Ridge Academies Trust – Freedom of Information response", B)],
 ["Ref: PRAT/FOI/24-25/09"],
 ["Date: 10 March 2025"],
 ["Prepared by: Estates & Compliance (M. Hirst)"],
 [],
 [("Q1 & Q2", B)],
 [("Academy", H), ("Internal cameras", H), ("External cameras", H), ("Total", H), ("Camera make", H), ("Recording equipment", H)],
 [("Brackenhall Academy", X), (34, X), (22, X), (56, X), ("Axis", X), ("Milestone XProtect server (on site)", X)],
 [("Moorside Primary Academy", X), (4, X), (8, X), (12, X), ("Uniview", X), ("Hikvision DS-7616NI-K2 NVR", X)],
 [("Calder Bank Primary Academy", X), (3, X), (6, X), (9, X), ("Imou", X), ("No separate recorder – SD card in each camera", X)],
 [("Holme Wood Primary Academy", X), (0, X), (5, X), (5, X), ("Hanwha", X), ("Hanwha NVR", X)],
 [("Sowerby Academy", X), (12, X), (14, X), (26, X), ("Axis / Hanwha", X), ("Hanwha NVR", X)],
 [("TOTAL", H), (53, H), (55, H), (108, H), ("", H), ("", H)],
 [],
 [("Q3", B)],
 [("Please refer to the make columns in the table above.", W)],
 [],
 [("Q4", B)],
 [("Footage at all academies is recorded and stored on site. At Moorside and Calder Bank the Headteacher can view live images remotely through the manufacturer's phone app. No footage is routinely stored in the cloud.", W)],
 [],
 [("If you are unhappy with this response you can ask for an internal review by emailing governance@pennineridge.org.uk within 40 working days. You may also complain to the Information Commissioner's Office: ico.org.uk.", W)],
]
o.sheet("Response", rows, widths=["6.5cm", "3.2cm", "3.2cm", "2cm", "3.5cm", "7.5cm"])
o.save(p("17-reply.ods"))

add_label(path="17-reply.ods", request_file="17-request.txt", format="ods", body_type="academy",
          law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=108,
          note="Q3 is only 'refer to the make columns': Hikvision appears solely as a recorder (NVR) at one academy and Dahua solely as its Imou brand; totals row 108.")
note("17: dahua='yes' rests on Imou being a Dahua brand (SPEC list); hikvision='yes' rests on a Hikvision NVR recording Uniview cameras.")
