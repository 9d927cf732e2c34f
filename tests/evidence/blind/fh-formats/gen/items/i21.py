import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "21"
write_request(NN, """
Dear Riverbend Schools Partnership,

Please could you provide the following information under the Freedom of Information Act 2000, for each school in the Trust:

1. Number of internal and external CCTV cameras
2. Where the cameras are located within the school
3. Make of cameras and recording equipment
4. Are any Hikvision or Dahua?

Kind regards,
Tomasz Zielinski
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Riverbend Schools Partnership"); r.bold = True; r.font.size = Pt(15)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph("A Multi-Academy Trust\nRiverbend House, 8 Weir Road, Castlebridge CB8 4RW"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Our Ref: RSP/FOI/2025/07\n\n14 October 2025")
doc.add_paragraph("Dear Mr Zielinski")
p = doc.add_paragraph(); p.add_run("Freedom of Information Request").bold = True
doc.add_paragraph("Thank you for your request received on 16 September 2025. The Trust's response is set out below.")
p = doc.add_paragraph(); p.add_run("Questions 1 and 3").bold = True

rows = [
    ("School", "Internal", "External", "Camera make", "Recorder"),
    ("Castlebridge Academy", "18", "14", "Hikvison", "Hikvison NVR"),
    ("Weir Lane Primary Academy", "4", "5", "Hikvison", "Hikvison NVR"),
    ("St Oswin's Catholic Primary Academy", "3", "4", "Hanwha", "Hanwha NVR"),
    ("Millfield Infant Academy", "0", "3", "Hanwha", "Hanwha NVR"),
    ("Riverbend Sixth Form College", "22", "12", "Axis", "Milestone XProtect server"),
    ("Total", "47", "38", "", ""),
]
t = doc.add_table(rows=len(rows), cols=5)   # no table style: no borders
widths = [Cm(6.0), Cm(1.8), Cm(1.8), Cm(2.8), Cm(4.2)]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.width = widths[j]
        c.text = v
        para = c.paragraphs[0]
        if j in (1, 2): para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i in (0, len(rows) - 1):
            for run in para.runs: run.bold = True

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("Question 2").bold = True
doc.add_paragraph("The Trust holds this information but is withholding it under section 38(1) of the Freedom of Information Act (health and safety). Publishing the precise location of cameras inside our schools would identify areas of each site that are not monitored, which could endanger the safety of pupils and staff, particularly in relation to safeguarding. We have weighed the public interest and consider that it favours withholding the information. External cameras cover entrances, car parks and the perimeter.")
p = doc.add_paragraph(); p.add_run("Question 4").bold = True
doc.add_paragraph("Yes, see table above. There is no Dahua equipment in any Trust school.")
doc.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Trust's Data Protection Lead at the above address within 40 working days. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("\n\nLouise Thackeray\nChief Operating Officer")
doc.save(reply_path(NN, "docx"))
label(NN, "docx", "academy", "foia", "yes", "no", "partially_answered", ["s38"], 85,
      "Borderless Word table whose total row gives internal 47 and external 38 separately (85); maker misspelt 'Hikvison'; locations withheld under s38.")
