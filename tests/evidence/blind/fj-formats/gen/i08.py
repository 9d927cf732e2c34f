from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
write_request("08", """
FOI request - council CCTV

Question 1: How many CCTV cameras does Cwm Tawel County Borough Council operate?
Question 2: Please provide the location of each camera.
Question 3: How many of the council's cameras are made by Hikvision?
Question 4: How many of the council's cameras are made by Dahua?
Question 5: Does the council have any plans to remove or replace Hikvision or Dahua equipment?

Thank you,
Rhodri Pugh
""")
d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Cyngor Bwrdeistref Sirol Cwm Tawel  |  Cwm Tawel County Borough Council"
sec.footer.paragraphs[0].text = "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."
p = d.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Tîm Rhyddid Gwybodaeth / Freedom of Information Team\nCanolfan Ddinesig / Civic Centre\nHeol y Castell, Pontyrhaidd CF38 9TW\nfoi@cwmtawel.gov.wales")
d.add_paragraph("Ein cyf / Our ref: RhG-FOI 2024-2291\nDyddiad / Date: 19 Tachwedd / November 2024")
d.add_paragraph("Annwyl / Dear Mr Pugh,")
h = d.add_paragraph()
h.add_run("Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000").bold = True
d.add_paragraph("Thank you for your request for information received on 22 October 2024. Our response to each of your questions is set out in the table below.")
qa = [("1. How many CCTV cameras does the council operate?",
       "163 (96 public space cameras monitored from the CCTV control room and 67 cameras at council buildings)."),
      ("2. Location of each camera.",
       "The Council holds this information but it is withheld under section 24(1) (national security) and section 31(1)(a) and (b) (law enforcement) of the Act. Please see the explanation below this table."),
      ("3. How many are made by Hikvision?",
       "14. These are at one operational depot and were installed in 2017."),
      ("4. How many are made by Dahua?", "None."),
      ("5. Plans to remove or replace?",
       "The 14 cameras referred to in Q3 are scheduled for replacement in the 2025/26 capital programme, subject to budget approval.")]
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "Cwestiwn / Question"
t.rows[0].cells[1].text = "Ymateb / Response"
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True
for q, a in qa:
    r = t.add_row().cells
    r[0].text, r[1].text = q, a
for r in t.rows:
    r.cells[0].width = Cm(6)
    r.cells[1].width = Cm(10.5)
d.add_paragraph()
h = d.add_paragraph()
h.add_run("Exemptions applied - Question 2").bold = True
d.add_paragraph("Section 24(1) exempts information where exemption is required for the purpose of safeguarding national security. Section 31(1)(a) and (b) exempts information whose disclosure would, or would be likely to, prejudice the prevention or detection of crime and the apprehension or prosecution of offenders. A full list of camera positions would allow an individual to identify areas not covered by CCTV, including at sites which form part of the local critical infrastructure.")
d.add_paragraph("Both exemptions are qualified and we have considered the public interest. While we recognise the public interest in transparency about the use of surveillance, we have concluded that the public interest in maintaining the exemptions outweighs that in disclosure. Public space camera locations are, however, indicated by signage in each area.")
d.add_paragraph("If you are not satisfied with this response you may request an internal review by writing to the Information Governance Manager at the address above within 40 working days. If you remain dissatisfied, you may apply to the Information Commissioner, Wales Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.add_paragraph("Yn gywir / Yours sincerely,")
d.add_paragraph("Sioned Llewelyn\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
d.save(OUT / "08-reply.docx")
label("08", "docx", "welsh_council", "foia", "yes", "no", "partially_answered", ["s24", "s31"], 163,
      "Bilingual Welsh/English Word letter with a Q&A grid table; locations withheld under s24/s31, Hikvision cameras in use but scheduled for replacement, Dahua 'None.' to its own question.")
