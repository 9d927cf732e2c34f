from common import *
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 2
write_request(N, """
Dear FOI Team,

I am writing to request the following information under the Freedom of Information Act:

Q1 How many CCTV cameras are installed across the Trust's hospital sites?
Q2 Please list the manufacturers of these cameras.
Q3 Are any of the cameras manufactured by Hikvision?
Q4 Are any of the cameras manufactured by Dahua Technology?
Q5 Who maintains the Trust's CCTV system?
Q6 Has the Trust carried out a Data Protection Impact Assessment for its CCTV? If so please provide a copy.

Kind regards
Tomasz Wierzbicki
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = h.add_run("Sherwood Forest Hospitals\nNHS Foundation Trust"); r.bold = True; r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
doc.add_paragraph("King's Mill Hospital\nMansfield Road\nSutton in Ashfield\nNottinghamshire\nNG17 4JL")
doc.add_paragraph("Date: 2nd October 2023\nFOI Reference: FOI/23/0712")
doc.add_paragraph("Dear Mr Wierzbicki")
doc.add_paragraph("Thank you for your request under the Freedom of Information Act 2000, which we received on "
                  "6th September 2023. Please find the Trust's response in the table below.")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Question"; t.rows[0].cells[1].text = "Response"
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True
rows = [
    ("Q1 How many CCTV cameras are installed across the Trust's hospital sites?",
     "King's Mill Hospital – 418\nNewark Hospital – 96\nMansfield Community Hospital – 41"),
    ("Q2 Please list the manufacturers of these cameras.",
     "Avigilon, Axis Communications, Hikvision (HiWatch series), Samsung/Hanwha"),
    ("Q3 Are any of the cameras manufactured by Hikvision?",
     "Yes – see Q2. These are predominantly in the multi-storey car park at King's Mill and were installed "
     "as part of the 2019 car park refurbishment."),
    ("Q4 Are any of the cameras manufactured by Dahua Technology?", "No"),
    ("Q5 Who maintains the Trust's CCTV system?",
     "Maintenance is provided under contract by Chubb Fire & Security Ltd."),
    ("Q6 Has the Trust carried out a Data Protection Impact Assessment for its CCTV? If so please provide a copy.",
     "Yes. A copy of the DPIA is attached with personal data (names and direct contact details of staff below "
     "Band 8a) redacted under section 40(2) of the Act."),
]
for q, a in rows:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
doc.add_paragraph("")
doc.add_paragraph("Section 40(2) – Personal information. The names of junior staff have been redacted as disclosure "
                  "would breach the first data protection principle. This is an absolute exemption and no public "
                  "interest test is required.")
doc.add_paragraph("If you are unhappy with the response you have received you may request an internal review by "
                  "contacting the Head of Information Governance, quoting the reference above, within two months. "
                  "You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("Yours sincerely\n\nFreedom of Information Office\nsfh-tr.foi@nhs.net")
doc.save(out(N, "docx"))
add_label(N, "docx", "nhs", "foia", "yes", "no", "partially_answered", ["s40"], 555,
          "Question|Response table; count is a per-site list with no total (418+96+41); Hikvision via HiWatch; staff names redacted s40 in DPIA")
