import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "01"
write_request(NN, """
Dear Westmarsh District Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras the council currently operates (public space and council buildings).
2. The locations of these cameras, by site.
3. The manufacturer of the cameras at each site.
4. Whether any of the cameras are manufactured by Hikvision or Dahua.

Many thanks,
Priya Kaur
""")

def build(d):
    d.lines("Westmarsh District Council\nCouncil Offices, Mill Lane\nStowbridge  SB4 7QT", "SansB", 11, align="r", after=2)
    d.lines("Tel 01632 960 418\nfoi@westmarsh.gov.example", "Sans", 9, align="r", after=14)
    d.lines("Ms P Kaur\nBy email only", "Sans", 10, after=10)
    d.lines("Our ref:   FOI/24/0613\nDate:        19 September 2024", "Sans", 10, after=10)
    d.p("Dear Ms Kaur", after=6)
    d.p("Freedom of Information Act 2000 - Request for Information", "SansB", 10)
    d.p("Thank you for your request received on 27 August 2024. I can confirm that the Council holds the information you asked for and this is set out below.")
    d.p("Questions 1 to 3", "SansB", 10, after=2)
    d.p("The table below lists every site where the Council operates CCTV, the number of cameras at each site and the make of camera installed.")
    d.gap(4)
    cols = [(0, 230, "l"), (240, 70, "r"), (330, 150, "l")]
    rows = [
        ["Stowbridge town centre (public space)", "38", "Hikvision"],
        ["Market Street multi-storey car park", "14", "Hikvision"],
        ["Riverside car park", "6", "Hikvision"],
        ["Council Offices, Mill Lane", "11", "Axis"],
        ["Stowbridge Leisure Centre", "9", "Axis"],
        ["Harlow Road depot", "7", "Hanwha"],
        ["Eastgate bus station", "5", "Hanwha"],
        ["Westmarsh cemetery & crematorium", "3", "Hanwha"],
        {"cells": ["Total", "93", ""], "bold": True, "gap": 6},
    ]
    d.table(cols, rows, header=["Site", "No. of cameras", "Make"], size=10, row_gap=3)
    d.gap(8)
    d.p("Question 4", "SansB", 10, after=2)
    d.p("Yes. The cameras in the town centre and at the two car parks shown above are Hikvision. The Council does not have any Dahua cameras.")
    d.gap(4)
    d.p("If you are dissatisfied with the handling of your request you may ask for an internal review. Please write to the Information Governance Team at the address above within 40 working days of the date of this letter. If you remain unhappy after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).", size=9)
    d.p("The information supplied is subject to the Council's copyright unless otherwise stated. You may re-use it for your own non-commercial purposes; any other re-use requires the Council's permission.", size=9)
    d.gap(6)
    d.p("Yours sincerely", after=22)
    d.lines("Gareth Bellamy\nInformation Governance Officer", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build, title="FOI 24-0613 response")
label(NN, "pdf", "council", "foia", "yes", "no", "answered", [], 93,
      "Easy control: borderless site table with count and make columns and a bold total row.")
