from common import *
from docx import Document
from docx.shared import Pt
nn = "22"
request(nn, """
Dear Leeds Trinity University

1. Does the University use live or retrospective facial recognition technology on any of its CCTV?
2. If so, which supplier provides it?
3. Has a DPIA been completed for facial recognition?
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
d.add_paragraph("Leeds Trinity University – FOI response\nRef: LTU-FOI-0099    Date: 03/05/2024")
d.add_paragraph("Thank you for your request.")
d.add_paragraph("1. No.\n2. Not applicable.\n3. Not applicable.")
d.add_paragraph("Internal review requests should be sent to foi@leedstrinity.example.ac.uk. You may also contact the ICO.")
d.add_paragraph("Governance Office")
d.save(outpath(nn, "docx"))
label(nn, "docx", "university", "foia", "unknown", "unknown", "answered", [], None,
      "terse facial-recognition-only request and reply: 'No' to facial recognition says nothing about cameras or makers")
