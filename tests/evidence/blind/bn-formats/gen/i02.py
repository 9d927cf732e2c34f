from common import *
from docx import Document
from docx.shared import Pt

NN = "02"
write_request(NN, """
Freedom of Information request – CCTV

Please provide:

Q1 The total number of CCTV cameras in use across the Trust's hospitals and community sites.
Q2 Are any of the Trust's CCTV cameras made by Hikvision?
Q3 Are any of the Trust's CCTV cameras made by Dahua?
Q4 A site plan or list showing where each camera is located.
Q5 Does the Trust use any CCTV with audio recording?

Many thanks,
Priya Raman
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Gloucestershire Hospitals NHS Foundation Trust"); r.bold = True; r.font.size = Pt(13)
doc.add_paragraph("Information Governance Department\nAlexandra House, Cheltenham General Hospital, Sandford Road, Cheltenham GL53 7AN\n"
                  "ghn-tr.foi@nhs.net")
doc.add_paragraph("Ref: FOI 24-0683\n2 May 2024")
doc.add_paragraph("Dear Ms Raman")
doc.add_paragraph("Thank you for your request for information under the Freedom of Information Act 2000 which we received on "
                  "4 April 2024. Each of your questions is reproduced below, followed by the Trust's response in the box.")

qs = [
 ("Q1 The total number of CCTV cameras in use across the Trust's hospitals and community sites.",
  ["Response:", "The Trust currently has approximately 410 CCTV cameras in use. This figure includes internal and external "
   "cameras at Gloucestershire Royal Hospital, Cheltenham General Hospital and our community sites, and excludes the "
   "body-worn cameras used by the security team."]),
 ("Q2 Are any of the Trust's CCTV cameras made by Hikvision?",
  ["Response:", "Yes. A small number of legacy Hikvison cameras remain in use at Cheltenham General Hospital (Sandford Road "
   "car parks). The majority of the estate is Hanwha Wisenet with Avigilon at Gloucestershire Royal."]),
 ("Q3 Are any of the Trust's CCTV cameras made by Dahua?",
  ["Response:", "No."]),
 ("Q4 A site plan or list showing where each camera is located.",
  ["Response:", "The Trust holds this information but it is withheld under section 31(1)(a) of the FOIA (prevention or detection "
   "of crime). Disclosure of the precise positions of cameras, and by implication the areas not covered, would be likely to "
   "assist those intending to commit theft or violence against staff and patients. The Trust has considered the public "
   "interest and concluded that it favours withholding the information."]),
 ("Q5 Does the Trust use any CCTV with audio recording?",
  ["Response:", "No CCTV cameras operated by the Trust record audio."]),
]
for q, a in qs:
    pq = doc.add_paragraph(); pq.add_run(q).italic = True
    docx_textbox(doc, a, height_pt=34 + 13 * (len(a[-1]) // 95 + 1), bold_first=True)
    doc.add_paragraph()

doc.add_paragraph("Please be aware that the information supplied to you is protected by copyright. Re-use of the information "
                  "for commercial purposes requires the permission of the Trust.")
doc.add_paragraph("If you are dissatisfied with this response you may request an internal review by writing to the Head of "
                  "Information Governance within 40 working days. If you remain dissatisfied you can complain to the "
                  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
doc.add_paragraph("Kind regards\n\nFOI Team\nGloucestershire Hospitals NHS Foundation Trust")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "nhs", "foia", "yes", "no", "partially_answered", ["s31"], 410,
          "All answers sit inside VML text boxes (w:txbxContent), invisible to plain paragraph readers; Hikvision misspelled 'Hikvison'; count approximate.")
