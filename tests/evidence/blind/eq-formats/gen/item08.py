"""08: fire & rescue service Word reply with a nested table (per-station inner tables), no total."""
from docx import Document
from docx.shared import Pt
from common import out, write_request, write_label

write_request("08", """
To the FOI officer, Dorset Downs Fire and Rescue Service

Under the FOI Act I would like to know:
Question 1: How many CCTV cameras are installed at your fire stations and other premises?
Question 2: For each station, the make and model of the cameras.
Question 3: Are any of the cameras made by Hikvision, Dahua or any of their subsidiary brands?
Question 4: Does the Service have a CCTV policy?

Regards, N. Farrow
""")

stations = [
    ("Service Headquarters, Poundbury", [("Axis", "P3245-LVE", 14), ("Axis", "Q6075-E (PTZ)", 2)]),
    ("Weymouth Fire Station", [("Hikvision", "DS-2CD2143G2-I", 6), ("Hikvision", "DS-2CD2387G2-LU", 2)]),
    ("Bridport Fire Station", [("HiWatch", "HWI-B140H", 4)]),
    ("Sherborne Fire Station", [("HiWatch", "HWI-B140H", 3), ("HiWatch", "HWI-T240H", 1)]),
    ("Blandford Fire Station", [("Axis", "M3116-LVE", 5)]),
    ("Training Centre, Lyndhurst Road", [("Axis", "P3245-LVE", 9), ("Hikvision", "DS-2DE4425IW-DE (PTZ)", 1)]),
    ("Workshops & Stores, Charlton Down", [("Hikvision", "DS-2CD2143G2-I", 7)]),
]
d = Document()
d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
d.add_heading("Freedom of Information Response", level=1)
d.add_paragraph("Request number: DDFRS-FOI-2025-058\nDate of response: 2 May 2025")
d.add_paragraph("Dorset Downs Fire and Rescue Service has processed your request under the Freedom of Information Act 2000.")
d.add_paragraph("Questions 1 and 2").runs[0].bold = True
d.add_paragraph("The table below lists each premises with CCTV and the cameras installed there. Stations not listed do not have CCTV.")
outer = d.add_table(rows=1, cols=2); outer.style = "Table Grid"
outer.rows[0].cells[0].text = "Premises"; outer.rows[0].cells[1].text = "Cameras installed"
for c in outer.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True
for name, cams in stations:
    row = outer.add_row().cells
    row[0].text = name
    inner = row[1].add_table(rows=1, cols=3); inner.style = "Table Grid"
    for c, h in zip(inner.rows[0].cells, ["Make", "Model", "Qty"]):
        c.text = h
    for mk, mdl, q in cams:
        ic = inner.add_row().cells
        ic[0].text, ic[1].text, ic[2].text = mk, mdl, str(q)
total = sum(q for _, cams in stations for _, _, q in cams)
d.add_paragraph("")
d.add_paragraph("In addition, four spare Axis cameras are held at Workshops & Stores for use as replacements; these are not installed "
                "and are not included above.")
d.add_paragraph("Question 3").runs[0].bold = True
d.add_paragraph("Yes, as shown in the table (HiWatch is a Hikvision brand). The Service's Estates team has been asked to consider "
                "the Cabinet Office guidance of November 2022 when these systems are next due for renewal.")
d.add_paragraph("For completeness, the forward-facing and reversing cameras fitted to our fire appliances are recorded on Dahua "
                "mobile DVRs (MXVR series) on 23 appliances. These are vehicle safety systems and not part of the premises CCTV.")
d.add_paragraph("Question 4").runs[0].bold = True
d.add_paragraph("Yes. The Service's CCTV and Surveillance Policy (SP-ICT-014) is attached.")
d.add_paragraph("Your rights").runs[0].bold = True
d.add_paragraph("If you are unhappy with this response you may request an internal review within 40 working days by writing to "
                "foi@dorsetdownsfire.gov.uk. If you remain dissatisfied you can complain to the Information Commissioner's Office "
                "(ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.")
d.add_paragraph("Information Governance Team\nDorset Downs Fire and Rescue Service")
d.save(out("08-reply.docx"))

write_label(path="08-reply.docx", request_file="08-request.txt", format="docx", body_type="fire", law="foia",
            hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=total,
            note=f"Counts only in nested per-station tables with no total (sum {total}); 4 uninstalled spares excluded; Dahua appears only on appliance vehicle DVRs, which the reply itself puts outside the premises CCTV asked about, and the tables are a complete list of the premises makers, so Dahua is no.")
print(total)
