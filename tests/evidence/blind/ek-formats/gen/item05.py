from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *
NN = "05"
write_request(NN, """
FAO Freedom of Information Officer
Fellside Fire and Rescue Service

Request under the Freedom of Information Act 2000

Question 1: How many CCTV cameras does the Service operate at its fire stations and other premises?
Question 2: For each premises, what make are the cameras and the recording equipment?
Question 3: Is any of this equipment made by Hikvision?
Question 4: Is any of this equipment made by Dahua?

Regards
M. Cheung
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
p = doc.add_paragraph(); r = p.add_run("Fellside Fire and Rescue Service"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Service Headquarters, Barnstaple Road, Kendal Moor, LA8 4FR\nInformation Governance: 01539 708 300 | foi@fellsidefire.gov.uk")
doc.add_paragraph("Our reference: FOI/1124/24\nDate: 2 July 2024")
doc.add_paragraph("Dear M. Cheung")
doc.add_paragraph("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION").runs[0].bold = True
doc.add_paragraph("Thank you for your request dated 5 June 2024. I have now gathered the information from our Property Services department. Questions 1 and 2 are answered in the table below.")
rows = [("Service Headquarters, Barnstaple Road", "24", "Axis", "Milestone XProtect server"),
        ("Ashbury Fire Station", "6", "HIKVISION", "Hikvision NVR"),
        ("Caldbeck Fire Station", "4", "HIKVISION", "Hikvision NVR"),
        ("Kirkby Stone Fire Station", "5", "Bosch", "Bosch DIVAR"),
        ("Penmoor Community Fire Station", "3", "Hanwha", "Dahua NVR (8ch)"),
        ("Training & Development Centre, Holm Lane", "16", "Axis", "Milestone XProtect server"),
        ("Fleet Workshops, Mintsfeet", "8", "HIKVISION", "Hikvision NVR")]
t = doc.add_table(rows=1, cols=4); t.style = "Light Grid Accent 1"
for i, hd in enumerate(["Premises", "Cameras", "Camera make", "Recording equipment"]):
    t.rows[0].cells[i].text = hd
for row in rows:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
c = t.add_row().cells; c[0].text = "Total"; c[1].text = "66"
doc.add_paragraph("Retained (on-call) stations not listed above do not have CCTV. Appliance-mounted cameras (112 units across the fleet) are vehicle safety cameras and are not part of the premises CCTV system, so they are not included in the table.")
doc.add_paragraph("Questions 3 and 4 – please refer to the table.")
doc.add_paragraph("Re-use of information: the information supplied is subject to Fellside Fire and Rescue Service copyright unless otherwise stated. You may re-use it under the terms of the Open Government Licence.")
doc.add_paragraph("If you are unhappy with the way your request has been handled you can ask for an internal review by contacting the Information Governance Manager within 40 working days of the date of this letter. If you remain dissatisfied you can complain to the Information Commissioner, whose details are available at www.ico.org.uk.")
doc.add_paragraph("Yours sincerely\n\nGareth Illingworth\nInformation Governance Officer")
doc.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "docx", "fire", "foia", "yes", "yes", "answered", [], 66,
      "Q3/Q4 answered only 'refer to the table'; Dahua appears only as a recorder at one station; 112 vehicle cameras excluded from the count.")
