import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "15"
write_request(NN, """
To Glenmorven Housing Association

I am making a request under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Association operate at its developments and offices?
2. What make are the cameras at each development?
3. Are any of these made by Hikvision or Dahua?
4. Do you have a CCTV policy and has a data protection impact assessment been completed? Please provide copies.
5. How long is footage retained?

Kind regards
Fraser McLeish
""")

def build(d):
    d.lines("Glenmorven Housing Association Ltd", "SansB", 14, after=0)
    d.lines("12 High Street, Kilmorven KM4 2HS  \u2022  0131 496 0772  \u2022  info@glenmorvenha.example", "Sans", 8.5, after=2)
    d.lines("Registered Social Landlord No. HEP 314  \u2022  Scottish Charity No. SC041872", "Sans", 7.5, after=22)
    d.lines("Mr F McLeish\nBy email", "Sans", 10.5, after=10)
    d.lines("Our ref: GHA/FOI/25/09\nDate: 3 April 2025", "Sans", 10.5, after=12)
    d.p("Dear Mr McLeish", size=10.5)
    d.p("Freedom of Information (Scotland) Act 2002 - CCTV", "SansB", 10.5)
    d.p("Thank you for your request received on 6 March 2025. I am pleased to provide the following information.", size=10.5)
    d.p("1 and 2. Cameras and makes", "SansB", 10.5, after=4)
    cols = [(10, 220, "l"), (240, 50, "r"), (310, 150, "l")]
    rows = [
        ["Morven Court (multi-storey, 96 flats)", "24", "Hikvision *"],
        ["Glen Avenue flats, nos. 1-47", "12", "Hikvision *"],
        ["Burnside sheltered housing complex", "9", "Hanwha"],
        ["Kelvin Place", "6", "Hanwha"],
        ["Head office, 12 High Street", "4", "Axis"],
        {"cells": ["Total", "55", ""], "bold": True, "gap": 4},
    ]
    d.table(cols, rows, header=["Location", "Cameras", "Make"], size=10.5, row_gap=4)
    d.gap(4)
    d.p("* These systems are scheduled for replacement during 2026/27 as part of our planned investment programme.", size=9, indent=10, after=10)
    d.p("3. Hikvision / Dahua", "SansB", 10.5, after=2)
    d.p("Yes, see the table above for Hikvision. We do not have any Dahua equipment.", size=10.5)
    d.p("4. Policy and DPIA", "SansB", 10.5, after=2)
    d.p("Our CCTV Policy (version 3, approved by the Board in September 2023) is published on our website at www.glenmorvenha.example/policies and is therefore exempt under section 25 of the Act as it is otherwise accessible to you. A data protection impact assessment was completed for the Morven Court system in 2021 and a copy is enclosed. No DPIA was completed for the other sites when their systems were installed; a DPIA covering all sites will be carried out as part of the replacement programme.", size=10.5)
    d.p("5. Retention", "SansB", 10.5, after=2)
    d.p("Footage is retained for 31 days and then overwritten automatically unless it has been saved for an investigation or at the request of Police Scotland.", size=10.5)
    d.gap(4)
    d.p("Your right to request a review", "SansB", 10, after=2)
    d.p("If you are unhappy with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the Corporate Services Manager at the address above within 40 working days of receiving this letter. If you are not satisfied with the outcome of the review you have the right to apply to the Scottish Information Commissioner for a decision. The Commissioner can be contacted at Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS or online at www.foi.scot/appeal. Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.", size=9.5)
    d.gap(6)
    d.p("Yours sincerely", size=10.5, after=30)
    d.lines("Alison Buchanan\nCorporate Services Manager", "Sans", 10.5)

make_scan(reply_path(NN, "pdf"), build, margins=(64, 64, 64, 64), dpi=150, rot=0.4, seed=15, fmt="pdf")
label(NN, "pdf", "other", "foisa", "yes", "no", "partially_answered", ["s25"], 55,
      "Image-only PDF (no text layer), two pages: Scottish housing association; starred Hikvision rows due for replacement in 2026/27 are still in use; policy withheld as reasonably accessible (FOISA s25).")
