import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfhelp import build
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "15-reply.pdf")
H = ["Cyngor Bwrdeistref Sirol Morlais", "Morlais County Borough Council",
     "Tîm Llywodraethu Gwybodaeth / Information Governance Team",
     "Neuadd y Sir, Abermorlais CF47 3TB  |  rhyddidgwybodaeth@morlais.gov.wales  |  foi@morlais.gov.wales"]
blocks = [
 ("p", "Mr R Pennant\n\nEin cyf / Our ref: FOI/MCBC/4412\nDyddiad / Date: 06/03/2025"),
 ("p", "Dear Mr Pennant,"),
 ("h", "Freedom of Information Act 2000 \u2013 Request for Information"),
 ("p", "Thank you for your request for information, received on 7 February 2025. Please find the Council's response below."),
 ("h", "1. The number of CCTV cameras operated by the council, including any town centre cameras."),
 ("p", "The Council currently operates 23 CCTV cameras. The Council's public space (town centre) CCTV system in Abermorlais and Pontfaen was decommissioned in March 2019 following the 2018/19 budget review, and the 41 cameras forming that system were removed. The Council has not operated public space CCTV since that date."),
 ("h", "2. A breakdown of the cameras by manufacturer."),
 ("table", [["Site", "No. of cameras", "Manufacturer"],
            ["County Hall, Abermorlais", "11", "Dahau"],
            ["Heol Las Depot", "7", "Dahau"],
            ["Pontfaen Library", "3", "Axis"],
            ["Cwm Du Household Waste Recycling Centre", "2", "Axis"]]),
 ("h", "3. Does the council use any Hikvision cameras?"),
 ("p", "No. The former town centre system used Hikvision cameras; these were removed with the rest of that system in 2019."),
 ("h", "4. Does the council use any Dahua cameras?"),
 ("p", "Yes, see the table at question 2."),
 ("h", "5. Does your answer to question 1 include cameras at leisure centres?"),
 ("p", "No. The Council's leisure centres have been operated by Hamdden Morlais Leisure Trust since April 2017 and any CCTV at those buildings is the responsibility of the Trust. The Council does not hold information about those cameras."),
 ("p", "If you are dissatisfied with the way the Council has dealt with your request, you may ask for an internal review within 40 working days of the date of this letter by writing to the Information Governance Team at the address above. If you remain dissatisfied after the internal review, you may apply to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421)."),
 ("p", "Mae croeso i chi gysylltu â ni yn Gymraeg. You are welcome to contact us in Welsh."),
 ("p", "Yn gywir / Yours sincerely,\n\nCatrin Bowen-Jones\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer"),
]
build(out, blocks, H, "Morlais CBC \u2013 FOI/MCBC/4412")
