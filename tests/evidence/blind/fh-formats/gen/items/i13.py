import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "13"
write_request(NN, """
Dear Clerk to Lowerby Town Council,

Under the Freedom of Information Act 2000 I would be grateful for the following:

1. The number of CCTV cameras owned or operated by the Town Council.
2. The manufacturer(s) of those cameras.
3. Whether any are made by Hikvision or Dahua.
4. Any CCTV policy or data protection impact assessment.

Yours faithfully,
G. Mensah
""")

def build(d):
    d.lines("LOWERBY TOWN COUNCIL", "SerifB", 15, align="c", after=0)
    d.lines("The Guildhall, Market Place, Lowerby LW3 4GH\nTelephone 01632 962 770   Email clerk@lowerbytc.example", "Serif", 9.5, align="c", after=26)
    d.lines("G. Mensah\n(by email)", "Serif", 11, after=14)
    d.lines("24th June 2025", "Serif", 11, align="r", after=14)
    d.p("Dear Sir/Madam,", "Serif", 11)
    d.p("Freedom of Information Request - CCTV", "SerifB", 11)
    d.p("Thank you for your request dated 2nd June 2025.", "Serif", 11)
    d.p("The Town Council does not own or operate any CCTV cameras. The public space cameras in Market Place belong to Westmarsh District Council, who run the district public space CCTV scheme, and any request about them should be sent to that council.", "Serif", 11)
    d.p("As the Town Council has no CCTV, it does not hold a CCTV policy or DPIA and there is no information to provide for questions 2 to 4.", "Serif", 11)
    d.p("If you are not happy with this reply you may ask the Council to review it, and you may also contact the Information Commissioner's Office.", "Serif", 11)
    d.gap(6)
    d.p("Yours faithfully,", "Serif", 11, after=30)
    d.lines("Mrs P. Hargreaves\nTown Clerk & RFO", "Serif", 11)

make_scan(reply_path(NN, "png"), build, margins=(70, 70, 70, 70), dpi=150, rot=0.6, seed=13)
label(NN, "png", "council", "foia", "no", "no", "answered", [], 0,
      "Scanned letter (PNG, no text layer): town council has no CCTV of its own; the cameras in its area belong to the district council.")
