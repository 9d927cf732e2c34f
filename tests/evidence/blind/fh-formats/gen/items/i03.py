import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *

NN = "03"
write_request(NN, """
Dear Northbrook University,

I would like to make a request under the Freedom of Information Act.

1) What is the total number of CCTV cameras operated by the University across all campuses?
2) Please break this figure down by manufacturer.
3) Are any of the cameras made by Hikvision?
4) Are any of the cameras made by Dahua?
5) Which company maintains the CCTV system?

Kind regards,
Dominic Fairweather
""")

def build(d):
    d.lines("NORTHBROOK UNIVERSITY", "SerifB", 14, after=0)
    d.lines("Governance & Information Compliance", "Serif", 10, after=0)
    d.lines("Registry Building, Northbrook Campus, Castleford Road, Northbrook NB3 1UY", "Serif", 8.5, after=18)
    d.lines("Request ref:  NU-FOI-1142\n11 November 2024", "Serif", 10.5, after=10)
    d.p("Dear Mr Fairweather", "Serif", 10.5)
    d.p("Your request for information dated 15 October 2024 has been considered under the Freedom of Information Act 2000. Our response to each part of your request follows.", "Serif", 10.5)
    d.p("1) What is the total number of CCTV cameras operated by the University across all campuses?", "SerifI", 10.5, after=2)
    d.p("2) Please break this figure down by manufacturer.", "SerifI", 10.5, after=2)
    d.p("3) Are any of the cameras made by Hikvision?", "SerifI", 10.5, after=2)
    d.p("4) Are any of the cameras made by Dahua?", "SerifI", 10.5, after=6)
    d.p("The University's CCTV estate, as recorded by Campus Security, is as follows:", "Serif", 10.5)
    cols = [(20, 170, "l"), (200, 90, "r")]
    rows = [
        ["Axis Communications", "212"],
        ["Hanwha Vision (Wisenet)", "96"],
        ["Avigilon", "41"],
        ["Dahua *", "18"],
        {"cells": ["Total in use", "349"], "bold": True, "gap": 4},
    ]
    d.table(cols, rows, header=["Manufacturer", "Cameras"], font="Serif", size=10.5, row_gap=3)
    d.gap(2)
    d.p("* Cameras at the Halstead Road residences, decommissioned in August 2024 and awaiting collection for disposal. They are not connected to the system and are not included in the total.", "Serif", 8.5, indent=20, after=10)
    d.p("5) Which company maintains the CCTV system?", "SerifI", 10.5, after=2)
    d.p("Maintenance is provided under contract by Kestrel Integrated Security Ltd.", "Serif", 10.5)
    d.gap(4)
    d.p("If you are not satisfied with this response you may request an internal review by writing to foi@northbrook.ac.example within 40 working days. Should you remain dissatisfied following the review, you have the right to complain to the Information Commissioner (ico.org.uk).", "Serif", 9.5)
    d.gap(4)
    d.p("Yours sincerely", "Serif", 10.5, after=18)
    d.lines("Helen Ashdown\nInformation Compliance Manager", "Serif", 10.5)

make_pdf(reply_path(NN, "pdf"), build, title="NU-FOI-1142")
label(NN, "pdf", "university", "foia", "no", "no", "answered", [], 349,
      "Hard: the Dahua row carries an asterisk whose footnote says those units are decommissioned and excluded from the total, so Dahua is 'no' and the total (349) is not the column sum; Hikvision is absent from a complete maker list.")
