import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "05"
write_request(NN, """
Dear Ashby Vale Homes

Please treat this as a request under the Freedom of Information Act 2000.

1. How many CCTV cameras do you operate on your housing estates and blocks?
2. Please list the estates/blocks covered.
3. What brands of camera are used?
4. Are the cameras monitored live, and if so by whom?
5. Do you use any Hikvision or Dahua cameras?

Thank you
Ruth Mallory
""")

def build(d):
    d.lines("Ashby Vale Homes", "SansB", 15, after=0)
    d.lines("Managing homes on behalf of Ashby Vale Borough Council", "SansI", 9, after=0)
    d.lines("Civic Quarter, 1 Foundry Way, Ashby Vale AV7 3PN", "Sans", 8.5, after=18)
    d.lines("Date: 14 January 2025\nRef: AVH/FOI/0094", "Sans", 10, after=10)
    d.p("Dear Ms Mallory")
    d.p("Request for information - CCTV on Ashby Vale Homes estates", "SansB")
    d.p("Ashby Vale Homes is wholly owned by Ashby Vale Borough Council and is a public authority for the purposes of the Freedom of Information Act 2000. We received your request on 10 December 2024 and respond as follows.")
    d.p("1-3.  CCTV by estate", "SansB", after=2)
    cols = [(0, 118, "l"), (122, 120, "l"), (246, 44, "r"), (302, 70, "l"), (376, 110, "l")]
    rows = [
        ["Lindley Court", "Blocks 1-4 and bin stores", "22*", "Hikvision", "Recorded on site (DVR)"],
        ["Parkside Tower", "Entrance, lifts, all landings", "18*", "Hikvision", "Monitored by concierge hub"],
        ["Greenhill Estate", "12 low-rise blocks, garage court, play area", "31", "Hikvision", "Monitored by concierge hub"],
        ["Marlowe Gardens", "Communal entrances", "9", "Vista", "Recorded on site"],
        ["Old Forge Court (sheltered)", "Entrance, lounge, grounds", "7", "Vista", "Recorded on site"],
        ["St Mary's Walk", "Car park and footpath", "5", "Hikvision", "Recorded on site"],
        {"cells": ["", "", "92", "", ""], "bold": True, "gap": 2},
    ]
    d.table(cols, rows, header=["Estate", "Area covered", "Cameras", "Make", "Monitoring"], size=9, row_gap=4)
    d.gap(2)
    d.p("* Includes cameras approved under the 2024/25 estate security programme that have not yet been fitted (Lindley Court 4, Parkside Tower 2). Installation is expected in spring 2025; these additional units are being supplied by our installer as Dahua models.", size=8, after=10)
    d.p("4.  Monitoring", "SansB", after=2)
    d.p("Cameras at Parkside Tower and Greenhill Estate are monitored live from the Parkside concierge hub between 7am and 11pm; outside those hours they are recorded only. All other systems are recorded only and footage is reviewed following an incident report.")
    d.p("5.  Hikvision / Dahua", "SansB", after=2)
    d.p("Please see the make column above.")
    d.gap(4)
    d.p("If you are dissatisfied with this response you may ask for an internal review within 40 working days by writing to the Information Governance Officer at the above address or info.requests@avhomes.example. If you are still dissatisfied you may contact the Information Commissioner's Office.", size=9)
    d.gap(4)
    d.p("Yours sincerely", after=18)
    d.lines("Kieran Doyle\nInformation Governance Officer", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "other", "foia", "yes", "no", "answered", [], 86,
      "Hard: the unlabelled total row (92) and two starred rows include 6 cameras approved but not yet fitted (footnote), so the current count is 86; the footnote names Dahua only for those planned units, so Dahua is not in use.")
