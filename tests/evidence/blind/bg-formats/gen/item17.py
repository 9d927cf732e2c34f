from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "17"
write_request(NN, """
Annwyl / Dear Wrexham County Borough Council,

Question 1: How many CCTV cameras does the council currently operate?
Question 2: Has the council ever used Hikvision cameras, and does it use any now?
Question 3: Does the council use any Dahua cameras or recording equipment?
Question 4: If any Hikvision cameras were replaced, what did the replacement cost?

Regards,
Owain Parry-Jones
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
hp = sec.header.paragraphs[0]
hp.text = "Cyngor Bwrdeistref Sirol Wrecsam\tWrexham County Borough Council"
fp = sec.footer.paragraphs[0]
fp.text = "Guildhall, Wrexham LL11 1AY · 01978 292000 · www.wrecsam.gov.uk / www.wrexham.gov.uk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Cyf / Ref: WCBC-FOI-11952\nDyddiad / Date: 17/02/2025")
doc.add_paragraph("Dear Mr Parry-Jones,")
docx_paras(doc, """
Your request for information has been considered under the Freedom of Information Act 2000 and our
response is provided in the table below.
""")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Cwestiwn / Question"; t.rows[0].cells[1].text = "Ymateb / Response"
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True; docx_shade(c, "E2EFD9")
qa = [("Question 1", "134. For information, the figure given in our 2022 response to a similar request was 151; a number of cameras in the town centre were decommissioned in 2023."),
      ("Question 2", "The Council previously used Hikvision cameras at its multi-storey car parks (Guildhall, Waterworld and St Giles). These were all replaced in 2023 with Axis cameras and no Hikvision cameras remain in use."),
      ("Question 3", "Yes - the cameras at Waterworld Leisure Centre and Gwyn Evans Leisure Centre record to Dahau NVRs (2 units)."),
      ("Question 4", "£48,600 excluding VAT, including installation.")]
for q, a in qa:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
    c[0].width = Cm(3.5); c[1].width = Cm(13)
doc.add_paragraph()
docx_paras(doc, """
If you are dissatisfied with the handling of your request, please contact the Information Governance
team within 40 working days to request an internal review. You may then complain to the Information
Commissioner's Office if you remain dissatisfied.

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.

Yn gywir / Yours sincerely,
""")
doc.add_paragraph("Ffion Roberts\nInformation Governance Officer / Swyddog Llywodraethu Gwybodaeth")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "welsh_council", "foia", "no", "yes", "answered", [], 134,
          "Hikvision named but all removed in 2023; Dahua only as misspelt 'Dahau' NVRs (recorders count as in use); historical count 151 beside the current 134; answers labelled only 'Question N'.")
