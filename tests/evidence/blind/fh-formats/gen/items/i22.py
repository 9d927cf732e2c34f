import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "22"
write_request(NN, """
Dear Kelsey Park Homes,

This is a request under the Freedom of Information Act about body-worn video (BWV) cameras.

a) Do any of your staff use body-worn cameras?
b) How many body-worn camera devices do you have, and which teams use them?
c) What make and model are the devices?
d) Are any of the devices made by Hikvision or Dahua?
e) Please provide your BWV policy and any DPIA.

Thank you,
Naomi Brightwell
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
p = doc.add_paragraph(); r = p.add_run("KELSEY PARK HOMES"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Managing council homes for the London Borough of Kelsey Park\nCustomer Hub, 2 Orchard Parade, London SE99 4KP")
doc.add_paragraph("FOI ref: KPH-FOI-00873\nDate: 5 August 2025")
doc.add_paragraph("Dear Ms Brightwell,")
doc.add_paragraph("Thank you for your request dated 8 July 2025. Please see our answers below, which repeat each of your questions.")
for q, a in [("a) Do any of your staff use body-worn cameras?", "Yes."),
             ("b) How many body-worn camera devices do you have, and which teams use them?", "See table."),
             ("c) What make and model are the devices?", None)]:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    if a: doc.add_paragraph(a)

rows = [
    ("Team", "Devices", "Make / model", "Docks"),
    ("Estate Services (caretaking & cleaning)", "24", "Reveal D5", "4"),
    ("Tenancy Enforcement & ASB", "10", "Reveal D5", "1"),
    ("Concierge service", "8", "Motorola Solutions VB400", "1"),
    ("Responsive repairs - pilot", "6", "Motorola Solutions VB400", "1"),
]
t = doc.add_table(rows=len(rows), cols=4)
widths = [Cm(6.5), Cm(1.8), Cm(5.0), Cm(1.6)]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.width = widths[j]; c.text = v
        if j in (1, 3): c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == 0:
            for run in c.paragraphs[0].runs: run.bold = True
doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("d) Are any of the devices made by Hikvision or Dahua?").bold = True
doc.add_paragraph("No. For completeness, the fixed CCTV on our estates uses Hikvision cameras; these are not body-worn devices and fall outside your request.")
p = doc.add_paragraph(); p.add_run("e) Please provide your BWV policy and any DPIA.").bold = True
doc.add_paragraph("Our Body Worn Video Procedure (KPH-PR-041) and the DPIA completed in March 2024 are attached. Names of junior staff have been removed from the DPIA sign-off page, as this is personal data, exempt under section 40(2).")
doc.add_paragraph("If you are not satisfied with our response, you can ask for an internal review within 40 working days by emailing foi@kelseyparkhomes.example. If you remain dissatisfied you may complain to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("Kind regards,\n\nGrace Ampofo\nInformation Governance Officer")
doc.save(reply_path(NN, "docx"))
label(NN, "docx", "other", "foia", "no", "no", "partially_answered", ["s40"], 48,
      "Hard: request is only about body-worn video; the BWV table (no total row, sum 48 devices, Reveal/Motorola) answers it, and the Hikvision mention is the estate's fixed CCTV, outside the request; staff names redacted under s40(2).")
