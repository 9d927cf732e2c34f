import os
from lib import *

REQUEST = """
To: foi@hartmoor-dc.gov.uk
Subject: Freedom of Information request - CCTV

Dear Hartmoor District Council,

Under the Freedom of Information Act 2000 I would like to request the following:

1. How many CCTV cameras does the council currently operate (including town centre, car parks and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. For each site, please list the camera manufacturer and the number of cameras.

Many thanks,
Ellis Varga
"""

LABEL = dict(format="docx", body_type="council", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=57,
             note="answer sits in a Word table whose site column is vertically merged across rows; total in a merged total row")


def build(out):
    d = new_doc("Arial", 10.5)
    para(d, "Hartmoor District Council", bold=True, size=16)
    para(d, "Information Governance Team\nCivic Offices, Bridge Lane, Hartmoor, HM4 2QT\nTel: 01632 960 418   foi@hartmoor-dc.gov.uk", size=9)
    para(d, "")
    para(d, "Mr E Varga\nBy email", size=10.5)
    para(d, "Our reference: FOI/HDC/24-0913\nDate: 19 August 2024", align="right")
    para(d, "Dear Mr Varga,")
    para(d, "Freedom of Information Act 2000 – Request for Information", bold=True)
    para(d, "Thank you for your request received on 24 July 2024. The council holds the information you asked for and our response to each part of your request is set out below.")
    para(d, "Questions 1 and 4", bold=True)
    para(d, "The table below shows the cameras currently operated by the council, broken down by site, with the manufacturer and quantity at each.")
    rows = [["Site", "Camera type", "Manufacturer", "Quantity"],
            ["Town centre (public space CCTV)", "PTZ", "Hanwha", "11"],
            ["", "Fixed bullet", "Hikvision", "8"],
            ["", "Fixed dome", "Axis", "4"],
            ["Civic Offices, Bridge Lane", "Fixed dome", "Hikvision", "9"],
            ["", "Fixed bullet", "Hikvision", "3"],
            ["Station Road multi-storey car park", "Fixed", "Hanwha", "14"],
            ["", "PTZ", "Hanwha", "2"],
            ["Millbrook Depot", "Fixed bullet", "Avigilon", "6"],
            ["Total", "", "", "57"]]
    t = table(d, rows, widths=[6.0, 3.5, 3.5, 2.2])
    merge_vertical(t, 0, 1, 3, "Town centre (public space CCTV)")
    merge_vertical(t, 0, 4, 5, "Civic Offices, Bridge Lane")
    merge_vertical(t, 0, 6, 7, "Station Road multi-storey car park")
    m = t.cell(9, 0).merge(t.cell(9, 2))
    set_cell(m, "Total", bold=True)
    set_cell(t.cell(9, 3), "57", bold=True)
    para(d, "")
    para(d, "Question 2", bold=True)
    para(d, "Yes. Please refer to the table above.")
    para(d, "Question 3", bold=True)
    para(d, "No.")
    para(d, "")
    para(d, "If you are dissatisfied with the handling of your request you may ask for an internal review. Requests for review should be made in writing within 40 working days of the date of this letter to the Information Governance Manager at the address above.")
    para(d, "If you remain dissatisfied following the internal review, you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
    para(d, "Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to copyright protection. You are free to use it for your own purposes, including for private study and non-commercial research. Any other re-use, for example commercial publication, would require our specific permission.")
    para(d, "Yours sincerely,")
    para(d, "")
    para(d, "Priya Lomax\nInformation Governance Officer\nHartmoor District Council")
    name = "01-reply.docx"
    d.save(os.path.join(out, name))
    return name
