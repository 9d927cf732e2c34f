import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "12"
write_request(NN, """
Dear NHS Pennine Vale ICB

Freedom of Information request:

1. How many CCTV cameras are installed at the ICB's offices and premises?
2. Who manufactures them?
3. Do you have any cameras made by Hikvision or Dahua? If so, how many of each?

Regards
Bernard Astley
""")

def build(d):
    d.lines("NHS Pennine Vale Integrated Care Board", "SansB", 12, align="r", after=0)
    d.lines("Kingfisher House, 3 Weaver Street\nCalderholme CH2 9WW\npvicb.foi@nhs.example", "Sans", 9, align="r", after=16)
    d.lines("Our reference: PV-FOI-0412\n16 May 2025", "Sans", 10, after=10)
    d.p("Dear Mr Astley")
    d.p("Thank you for your Freedom of Information request received on 22 April 2025. NHS Pennine Vale ICB holds the information you requested.")
    d.p("Questions 1 and 2", "SansB", after=3)
    cols = [(12, 230, "l"), (250, 60, "r"), (330, 140, "l")]
    rows = [
        ["Kingfisher House (ICB headquarters)", "14", "Axis"],
        ["Lowfield Road offices", "8", "Hanwha"],
        ["Tanner Street hub", "10", "Other\u00b9"],
        ["Records store, Unit 7 Moss Lane", "5", "Axis"],
        {"cells": ["Total", "37", ""], "bold": True, "gap": 3},
    ]
    d.table(cols, rows, header=["Premises", "Cameras", "Manufacturer"], size=10, row_gap=3)
    d.gap(2)
    d.p("\u00b9 The Tanner Street cameras were inherited from the former Holmvale CCG in 2022: 6 are Hikvision and 4 are Uniview.", size=8, indent=12, after=10)
    d.p("Question 3", "SansB", after=2)
    d.p("The ICB does not have any Dahua cameras.")
    d.gap(4)
    d.p("If you are unhappy with the way your request has been handled you can request a review within 40 working days by writing to the FOI team at the address above. If you are still unhappy you can complain to the Information Commissioner's Office at www.ico.org.uk/make-a-complaint.", size=9)
    d.gap(4)
    d.p("Yours sincerely", after=16)
    d.lines("Freedom of Information Team\nNHS Pennine Vale ICB", "Sans", 10)

make_pdf(reply_path(NN, "pdf"), build)
label(NN, "pdf", "nhs", "foia", "yes", "no", "answered", [], 37,
      "Hard: the make column says only 'Other' for one row; Hikvision appears only in the superscript-1 footnote under the table, while the Q3 prose mentions only Dahua.")
