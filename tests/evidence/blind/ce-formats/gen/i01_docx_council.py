from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
write_request(NN, """
Dear Dudley Metropolitan Borough Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council operate (public space / town centre system)?
2. Are any of the cameras made by Hikvision or Dahua?
3. Which manufacturers make the cameras?
4. Does any of the council's CCTV use facial recognition software?

Many thanks,
Owen Pritchard
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Information Governance Team\nCouncil House\nPriory Road\nDudley DY1 1HF\n\nTel: 0300 555 2817\nEmail: foi@dudley.example.gov.uk")
doc.add_paragraph("Mr O Pritchard\nBy email only")
doc.add_paragraph("Our Ref: DMBC/FOI/24/3318\nDate: 14 March 2024")
doc.add_paragraph("Dear Mr Pritchard,")
h = doc.add_paragraph(); r = h.add_run("Freedom of Information Act 2000 – Request for Information: CCTV"); r.bold = True
doc.add_paragraph("Thank you for your request for information received on 19 February 2024. "
                  "Your request has been dealt with under the Freedom of Information Act 2000 and I am now able to respond as follows.")
answers = [
    ("How many CCTV cameras does the council operate (public space / town centre system)?",
     "The Council's public space CCTV system comprises 212 fixed and PTZ cameras across the borough's town centres "
     "(Dudley, Brierley Hill, Halesowen and Stourbridge) together with 9 rapid-deployment cameras which are moved "
     "between anti-social behaviour hotspots as required."),
    ("Are any of the cameras made by Hikvision or Dahua?", "Yes."),
    ("Which manufacturers make the cameras?",
     "The cameras currently deployed are manufactured by Axis Communications, Bosch and Hikvision. "
     "The control room recording platform is supplied by Genetec."),
    ("Does any of the council's CCTV use facial recognition software?",
     "No. The Council does not use facial recognition technology on any of its CCTV systems."),
]
for i, (q, a) in enumerate(answers, 1):
    qp = doc.add_paragraph(style="List Number"); rr = qp.add_run(q); rr.bold = True
    doc.add_paragraph(a)
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
                  "Internal review requests should be submitted within 40 working days of the date of receipt of this response "
                  "and should be addressed to the Information Governance Team at the address above.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to the "
                  "Information Commissioner for a decision. The Information Commissioner can be contacted at: Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Please note that the information provided is subject to copyright protection and may not be re-used "
                  "for commercial purposes without the Council's permission.")
doc.add_paragraph("Yours sincerely,\n\n\nKaren Whitlock\nInformation Governance Officer\nDudley Metropolitan Borough Council")
doc.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "council", "foia", "yes", "no", "answered", [], 221,
      "count is two parts (212 fixed/PTZ + 9 rapid-deployment) with no total; Dahua 'no' only from the complete maker list in Q3 after a joint 'Yes'")
