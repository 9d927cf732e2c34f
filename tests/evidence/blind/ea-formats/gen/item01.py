from common import *
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
req = """From: Marcus Ellery <m.ellery.foi@protonmail.com>
To: foi@tewkesbury.gov.uk
Subject: Freedom of Information request - CCTV cameras

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please could you provide the following information:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Please list the manufacturers of all cameras the council operates.
5. Do any of the cameras use facial recognition?

I would prefer to receive the information electronically.

Regards,
Marcus Ellery
"""
write_request(NN, req)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Tewkesbury Borough Council\nCouncil Offices, Gloucester Road, Tewkesbury, Gloucestershire GL20 5TT"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
fp = sec.footer.paragraphs[0]
fp.text = "www.tewkesbury.gov.uk  |  Information Governance Team  |  01684 272 113"
for r in fp.runs: r.font.size = Pt(8)

def para(t, bold=False, space=6):
    p = doc.add_paragraph(); run = p.add_run(t); run.bold = bold
    p.paragraph_format.space_after = Pt(space); return p

para("Mr M Ellery\nBy email: m.ellery.foi@protonmail.com")
para("Our ref: FOI/24/0873\nYour ref: n/a\nDate: 14 May 2024\nPlease ask for: Carys Penhallow")
para("Dear Mr Ellery,")
para("Freedom of Information Act 2000 – Request for Information", bold=True)
para("Thank you for your request for information, which we received on 19 April 2024. "
     "I can confirm that the Council holds the information you have asked for and I have set out "
     "our response below, with your questions repeated in bold.")

qa = [
 ("1. How many CCTV cameras does the council currently operate (public space and council buildings)?",
  "The Council operates 64 public space CCTV cameras, which are monitored from the CCTV control room "
  "at the Council Offices. In addition there are 23 cameras at Council-owned buildings (the Council "
  "Offices, the Shannon Way depot and the public toilets at Bishop’s Walk and Spring Gardens car park)."),
 ("2. Are any of these cameras manufactured by Hikvision?", "No."),
 ("3. Are any of these cameras manufactured by Dahua?",
  "Yes. Nine of the building cameras, at the Shannon Way depot, are Dahua units which were installed in 2019. "
  "These are scheduled to be replaced as part of the 2025/26 capital programme."),
 ("4. Please list the manufacturers of all cameras the council operates.",
  "Axis Communications, Bosch and Dahua."),
 ("5. Do any of the cameras use facial recognition?",
  "No. None of the Council’s cameras use, or have been configured to use, facial recognition software."),
]
for q, a in qa:
    para(q, bold=True, space=2); para(a, space=10)

para("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
     "review. Internal review requests should be submitted within 40 working days of the date of this letter "
     "and should be addressed to: Information Governance Manager, Tewkesbury Borough Council, Council Offices, "
     "Gloucester Road, Tewkesbury GL20 5TT or foi@tewkesbury.gov.uk.")
para("If you are not content with the outcome of the internal review, you have the right to apply directly to "
     "the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
     "Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("The information supplied to you is owned by the Council and is subject to copyright. You are free to use it "
     "for your own purposes and for the purposes of news reporting. Any other re-use will require the "
     "permission of the Council.")
para("Yours sincerely,")
para("\n\nCarys Penhallow\nInformation Governance Officer\nfoi@tewkesbury.gov.uk")
out = ROOT / f"{NN}-reply.docx"; doc.save(out)

upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="docx", body_type="council", law="foia",
    hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=87,
    note="Count must be summed (64 public space + 23 building); Dahua units due for replacement in a future year are still in use.")
