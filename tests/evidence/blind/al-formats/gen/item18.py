from common import *
from docx import Document
from docx.shared import Pt

REQ = """Dear University of Strathlachan

Please provide the following under the Freedom of Information (Scotland) Act 2002:

1) The number of CCTV cameras at each of the University's campuses.
2) Are any of the University's CCTV cameras manufactured by Hikvision or Dahua?
3) Does the University have a CCTV Code of Practice, and when was it last reviewed?

Many thanks
Anna Kowalczyk"""
write_request("18", REQ)

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
d.add_paragraph().add_run("UNIVERSITY OF STRATHLACHAN").bold = True
d.add_paragraph("Governance and Information Compliance\nMcLeish Building, 40 Rottenrow West, Strathlachan G4 0NW")
d.add_paragraph("Ms A Kowalczyk\n\n5 March 2025\n\nOur reference: F0225-188")
d.add_paragraph("Dear Ms Kowalczyk")
d.add_paragraph("Freedom of Information (Scotland) Act 2002 - information request").runs[0].bold = True
d.add_paragraph("1.\tI refer to your request for information received on 6 February 2025. I can confirm that the University holds the information you have asked for, and this is provided below.")
d.add_paragraph("2.\tThe number of cameras at each campus is:")
rows = [["Campus", "Cameras", "Recording / VMS"],
        ["John Anderson Campus (city centre)", "486", "Genetec Security Center"],
        ["Riverside Innovation Campus", "93", "Genetec Security Center"],
        ["Ross Priory (conference and outdoor centre)", "12", "Standalone NVR"],
        ["Sports Hub, Garnethill", "27", "Genetec Security Center"],
        ["Total", "618", ""]]
docx_table(d, rows, bold_last=True)
d.add_paragraph("")
d.add_paragraph("3.\tIn response to the second part of your request: Yes.")
d.add_paragraph("4.\tThe University's CCTV Code of Practice is published at www.strathlachan.ac.uk/estates/cctv. It was last reviewed in September 2023.")
d.add_paragraph("5.\tIf you are unhappy with this response, you may ask the University to review it. Please write to the Head of Governance and Information Compliance at the address above or foi@strathlachan.ac.uk within 40 working days, giving your reasons. If you are dissatisfied with the outcome of that review you may appeal to the Scottish Information Commissioner (www.foi.scot). Any appeal must be made within six months of the review outcome.")
d.add_paragraph("Yours sincerely\n\n\nDavid Gilmour\nInformation Compliance Officer")
d.save(p("18-reply.docx"))
add_label("18", "docx", "university", "foisa", "unknown", "unknown", "answered", [], 618,
          "A bare 'Yes' to a question naming both Hikvision and Dahua says neither maker, and the reply's paragraph numbers do not match the request's question numbers.")
