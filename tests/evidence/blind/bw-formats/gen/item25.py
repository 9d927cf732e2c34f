from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 25
write_request(N, """
To: Kingsmead Learning Trust

Freedom of Information Request

For each school in the Trust please tell me:
Q1 The number of CCTV cameras
Q2 The manufacturer of the cameras
Q3 Whether any Hikvision cameras are in use (I understand some were installed at Kingsmead Academy)
Q4 Whether any Dahua cameras are in use

Regards
Anwen Castellano
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
s = doc.sections[0]
s.header.paragraphs[0].text = "Kingsmead Learning Trust\tFOI ref: KLT/FOI/2024/006"
s.footer.paragraphs[0].text = ("Kingsmead Learning Trust is a charitable company limited by guarantee registered in England "
                               "and Wales, company number 08412377. Registered office: Kingsmead Academy, Kings Road, "
                               "Northwich CW9 8RP.  Ref KLT/FOI/2024/006")
s.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("9 February 2024")
doc.add_paragraph("Dear Ms Castellano")
doc.add_paragraph("Thank you for your request under the Freedom of Information Act 2000, received on 15 January 2024. "
                  "The Trust holds the information you have requested and it is set out below.")
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["School", "No. of CCTV cameras", "Manufacturer"]):
    t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
data = [("Kingsmead Academy (secondary)", 44, "Axis"), ("Weaver Vale Primary", 8, "Hanwha"),
        ("Rudheath Primary Academy", 5, "EZVIZ"), ("Leftwich Community Primary", 6, "Hanwha"),
        ("Winnington Park Primary", 4, "Axis")]
for sc, n, m in data:
    c = t.add_row().cells; c[0].text = sc; c[1].text = str(n); c[2].text = m
c = t.add_row().cells; c[0].text = "Total"; c[1].text = str(sum(d[1] for d in data))
for cc in c[:2]: cc.paragraphs[0].runs[0].bold = True
doc.add_paragraph("")
doc.add_paragraph("Q3 – Hikvision cameras were previously installed at Kingsmead Academy. Following a review by the "
                  "Trust Board in light of government guidance, these were removed during the October 2023 half term "
                  "and replaced with Axis cameras. No Hikvision cameras remain in use across the Trust.")
doc.add_paragraph("Q4 – No.")
doc.add_paragraph("The cameras at Rudheath Primary Academy are wireless units purchased by the school in 2022 to cover "
                  "the front entrance and the early years outdoor area.")
doc.add_paragraph("If you are dissatisfied with the handling of your request, please write to the Trust's Data "
                  "Protection Officer at dpo@kingsmeadtrust.org.uk to request an internal review. If you remain "
                  "dissatisfied you may contact the Information Commissioner's Office.")
doc.add_paragraph("Yours sincerely\n\nMark Trevithick\nChief Operating Officer")
doc.save(out(N, "docx"))
add_label(N, "docx", "academy", "foia", "yes", "no", "answered", [], 67,
          "says no Hikvision remains after removal, yet one school lists EZVIZ (a Hikvision brand) in use; reference only in header/footer")
