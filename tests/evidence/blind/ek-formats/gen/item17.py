from odthelp import Ods
from common import *
NN = "17"
write_request(NN, """
Dear NHS Glenmorven,

Under the Freedom of Information (Scotland) Act 2002, please provide:

1. The number of CCTV cameras at each of your hospitals
2. The manufacturer(s) of the cameras at each hospital
3. Whether any Hikvision or Dahua cameras are in use (please say which)
4. Who monitors the cameras

Many thanks,
Aileen Cowie
""")
o = Ods()
o.sheet("Response", [
 ["NHS Glenmorven – Freedom of Information (Scotland) Act 2002"],
 ["Reference", "GM-FOI-2024-1449"],
 ["Date of response", "05/12/2024"],
 [],
 ["Question", "Response"],
 ["1. Number of CCTV cameras at each hospital", "See tab 'Cameras by site'"],
 ["2. Manufacturer(s) at each hospital", "See tab 'Cameras by site'"],
 ["3. Hikvision or Dahua cameras in use", "Dahau cameras are installed at Strathmore Community Hospital (see tab 'Cameras by site'). There is no Hikvision equipment."],
 ["4. Who monitors the cameras", "Cameras are monitored by NHS Glenmorven Security staff from the Security Control Room at Glenmorven Royal Infirmary. No external monitoring company is used."],
 [],
 ["If you are unhappy with our response you can ask us to review it by emailing gm.foi@nhs.scot within 40 working days. If you are dissatisfied with the outcome of the review you can apply to the Scottish Information Commissioner (www.foi.scot/appeal) within six months."],
], bold_rows=(0, 4))
o.sheet("Cameras by site", [
 ["Hospital", "No. of cameras", "Manufacturer(s)"],
 ["Glenmorven Royal Infirmary", 164, "Axis / Hanwha"],
 ["Strathmore Community Hospital", 37, "Dahau"],
 ["Ballinroy Hospital", 58, "Axis"],
 ["Kinlochard Mental Health Unit", 41, "Hanwha"],
 ["Invermay Cottage Hospital", 11, "Hanwha"],
 ["Total", ("SUM([.B2:.B6])", 311), ""],
], bold_rows=(0, 6))
o.save(out(f"{NN}-reply.ods"))
label(NN, "ods", "ods", "nhs", "foisa", "no", "yes", "answered", [], 311,
      "Dahua spelled 'Dahau' throughout; total is a spreadsheet formula cell on the second tab; Hikvision denied in the same sentence that confirms Dahua.")
