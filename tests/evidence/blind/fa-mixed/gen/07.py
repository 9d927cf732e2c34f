import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import new_letter, para, table

OUT = os.path.join(os.path.dirname(__file__), "..", "07-reply.docx")
doc = new_letter(["University of Wrekin Vale", "Governance and Legal Services",
                  "Founders Building, Telford Road", "Wrekin Vale TF3 8UW",
                  "foi@wrekinvale.ac.uk"])
para(doc, "Mr D Pryce\nMidlands Ledger\nBy email")
para(doc, "Our reference: FOI-UWV-24-211\nDate: 29 October 2024")
para(doc, "Dear Mr Pryce,")
para(doc, "Request for information under the Freedom of Information Act 2000", bold=True)
para(doc, "Thank you for your email of 2 October 2024. We have now completed our searches and our response is set out below.")
para(doc, "1. and 2. Number of cameras and manufacturers", bold=True)
para(doc, "The table below shows the University's CCTV cameras by campus and by manufacturer, as recorded in the Security Services asset register at 21 October 2024.")
table(doc, [
    ["Campus / site", "Axis", "Hanwha", "HiWatch", "Avigilon"],
    ["City Campus", 84, 22, 0, 15],
    ["Parkside Campus", 31, 40, 18, 0],
    ["Residences (Lawley Court, Dale Halls)", 12, 9, 27, 0],
    ["Sports Village", 6, 0, 11, 4],
])
para(doc, "3. Hikvision / Dahua", bold=True)
para(doc, "The University does not use any cameras manufactured by Dahua. Please refer to the table above for the remainder of this question.")
para(doc, "4. Facial recognition / ANPR", bold=True)
para(doc, "None of the University's CCTV cameras use facial recognition. Two ANPR cameras operate at the Parkside multi-storey car park barriers as part of the car parking management system; these are provided by the car park operator and are not included in the table above.")
para(doc, "5. Maintenance cost", bold=True)
para(doc, "The annual maintenance contract for the CCTV system costs £38,450 (excluding VAT) for 2024/25.")
para(doc, "Your rights", bold=True)
para(doc, "If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by writing to the University Secretary at the address above. If you are not content with the outcome of the internal review you may apply to the Information Commissioner's Office (www.ico.org.uk).")
para(doc, "Yours sincerely,")
para(doc, "Dr Helen Oduya\nInformation Compliance Manager\nUniversity of Wrekin Vale")
doc.save(OUT)
print("wrote", OUT)
