import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "04"
write_request(NN, """
Hello,

This is a freedom of information request to Meridian Learning Trust.

(a) How many CCTV cameras are installed at each school in the Trust?
(b) What make are they?
(c) Are any of them Hikvision or Dahua?
(d) Are any cameras located in toilets or changing rooms?

Thanks
Sam Redfern
""")

def build(d):
    d.lines("Meridian Learning Trust", "SansB", 13, after=0)
    d.lines("Unit 4 Harbour Court, Quay Street, Porthaven PV1 2HX  |  governance@meridianlt.example", "Sans", 8.5, after=16)
    d.lines("Sam Redfern\n(by email)", "Sans", 10, after=8)
    d.lines("2 December 2024\nOur reference: MLT FOI 24-31", "Sans", 10, after=10)
    d.p("Dear Sam")
    d.p("Re: Freedom of Information request - CCTV")
    d.p("Thank you for your email of 4 November. Please accept our apologies for the short delay in replying, which was due to the need to collect information from each of our schools.")
    d.p("(a) and (b)", "SansB", 10, after=2)
    d.gap(2)
    cols = [(0, 170, "l"), (180, 55, "r"), (250, 225, "l")]
    rows = [
        ["Oakhurst Primary Academy", "8", "Hikvision"],
        ["St Cuthbert's Church of England Primary Academy", "6", "Hikvision"],
        ["Meridian Park Academy", "34", "Hanwha (main building); Hikvision (sports hall, bike shelters and staff car park)"],
        ["Meridian Park Sports Centre\u00b9 (dual use)", "12", "Dahua"],
        ["Fellgate Academy", "27", "Uniview"],
        ["Kingsbarrow Primary Academy", "0", "No CCTV installed"],
        ["Trust central office, Harbour Court", "3", "Axis"],
    ]
    d.table(cols, rows, header=["School / site", "Cameras", "Make"], size=9.5, row_gap=5)
    d.gap(4)
    d.p("\u00b9 The sports centre cameras belong to Brightwater Leisure Ltd, which runs the centre under the dual-use agreement with Meridian Park Academy. They are not owned or operated by the Trust and are listed for information only.", size=8, after=10)
    d.p("(c)", "SansB", 10, after=2)
    d.p("Yes - see above.")
    d.p("(d)", "SansB", 10, after=2)
    d.p("No. There are no cameras in any toilet or changing area. Cameras at Fellgate Academy cover the corridor outside the toilet block but not the interior.")
    d.gap(4)
    d.p("If you are unhappy with how we have dealt with your request, please write to the Governance Manager at the address above to ask for an internal review. You may also complain to the Information Commissioner's Office if you remain dissatisfied after the review (www.ico.org.uk, 0303 123 1113).", size=9)
    d.gap(4)
    d.p("Kind regards", after=18)
    d.lines("Joanne Petrakis\nGovernance Manager, Meridian Learning Trust", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "academy", "foia", "yes", "no", "answered", [], 78,
      "Hard: per-school table with wrapped make cells and no total row; a footnote (superscript 1) says the Dahua row is a leisure operator's cameras, not the Trust's, so the sum leaves out those 12 and Dahua is not the Trust's; 'Yes - see above' to a both-makers question.")
