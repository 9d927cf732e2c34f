from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import out, write_request, add_label

NN = "21"
write_request(NN, """
Good afternoon,

I'm researching the use of CCTV by fire and rescue services. Could you please tell me

Q1 how many CCTV cameras the Service has at its stations and offices
Q2 the manufacturer(s)
Q3 whether any Hikvision products are used
Q4 whether any Dahua products are used
Q5 whether any of the Service's fire appliances carry forward-facing or 360 cameras

Best wishes,
Dr Sam Okafor
""")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


d = Document()
d.styles["Normal"].font.name = "Verdana"; d.styles["Normal"].font.size = Pt(9.5)
sec = d.sections[0]
sec.different_first_page_header_footer = False
h = sec.header.paragraphs[0]
h.text = "CHEVIOT & TYNE FIRE AND RESCUE SERVICE\tFreedom of Information"
h.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
f = sec.footer.paragraphs[0]
f.text = "Service Headquarters, Pegswood Lane, Morbridge NE61 4FR | 0191 496 0880 | foi@ctfrs.gov.uk\nSafer Communities Together"
f.alignment = WD_ALIGN_PARAGRAPH.CENTER

d.add_paragraph("Your reference: –\nOur reference: CTFRS/FOI/2025/017\n24 February 2025")
d.add_paragraph("Dear Dr Okafor,")
d.add_paragraph("Thank you for your request for information which we received on 27 January 2025. Please see our "
                "response in the table below.")
t = d.add_table(rows=7, cols=2); t.style = "Table Grid"
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
top.text = "REQUEST CTFRS/FOI/2025/017 – CCTV"
top.paragraphs[0].runs[0].bold = True
shade(top, "D9D9D9")
t.rows[1].cells[0].text = "Request"; t.rows[1].cells[1].text = "Response"
for c in t.rows[1].cells:
    c.paragraphs[0].runs[0].bold = True
qs = ["Q1 How many CCTV cameras the Service has at its stations and offices",
      "Q2 The manufacturer(s)",
      "Q3 Whether any Hikvision products are used",
      "Q4 Whether any Dahua products are used",
      "Q5 Whether any of the Service's fire appliances carry forward-facing or 360 cameras"]
for i, q in enumerate(qs, 2):
    t.rows[i].cells[0].text = q
t.rows[2].cells[1].text = ("c. 120 across our 23 stations, Service Headquarters and the Training Centre. "
                           "Cameras at Morbridge Community Fire Station are owned and managed by the leisure trust "
                           "that shares the site and are not included.")
mc = t.rows[3].cells[1].merge(t.rows[5].cells[1])
mc.text = ("CCTV at each site was procured locally as part of building works, and the Service does not maintain a "
           "central record of manufacturers. This information is therefore not held. To establish it we would "
           "need to visit each site.")
t.rows[6].cells[1].text = ("Yes. All 41 front-line appliances are fitted with a 4-camera 360° system and forward-facing "
                           "dash camera (Brigade Electronics).")
d.add_paragraph("")
d.add_paragraph("We are satisfied that this completes our response. If you are unhappy with the way we have handled "
                "your request you may ask for an internal review by contacting the Head of Corporate Governance at "
                "the address below. If you remain unhappy you may contact the Information Commissioner's Office, "
                "Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
d.add_paragraph("Yours sincerely,\n\nAmira Haddad\nCorporate Governance Officer")
d.save(out(f"{NN}-reply.docx"))

add_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "fire", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": [], "camera_count": 120,
           "note": "one merged cell answers Q2-Q4 as not held; 'c. 120' approximate count; Brigade Electronics vehicle cameras are outside the premises CCTV estate; 41 appliances not a count"})
