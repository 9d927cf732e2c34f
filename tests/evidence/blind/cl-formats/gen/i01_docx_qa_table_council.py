from docx import Document
from docx.shared import Pt
from common import *

NN = "01"
write_request(NN, """
Dear Freedom of Information Officer,

Under the Freedom of Information Act 2000 please provide:

1) The total number of CCTV cameras operated by Ashcombe District Council (public space and council buildings).
2) Are any of these cameras manufactured by Hikvision?
3) Are any manufactured by Dahua?
4) Which company maintains the system?
5) Does the council use facial recognition software on any camera?

Many thanks,
R. Okonjo
""")

d = Document()
d.add_paragraph("Ashcombe District Council\nCivic Offices, Station Road, Ashcombe AB4 2QT")
d.add_paragraph("Our ref: FOI/24/0917\nDate: 14 March 2024")
d.add_paragraph("Dear R. Okonjo")
d.add_paragraph("Thank you for your request for information received on 19 February 2024. "
                "Your request has been dealt with under the Freedom of Information Act 2000. "
                "Our response is set out in the table below.")
rows = [
    ("Question", "Response"),
    ("1) The total number of CCTV cameras operated by Ashcombe District Council (public space and council buildings).",
     "Public space CCTV: 64\nCouncil buildings (incl. depots and leisure centres): 41"),
    ("2) Are any of these cameras manufactured by Hikvision?", "No"),
    ("3) Are any manufactured by Dahua?", "No"),
    ("4) Which company maintains the system?", "Sentinel Integrated Systems Ltd under a contract running to 2026."),
    ("5) Does the council use facial recognition software on any camera?", "No."),
]
t = d.add_table(rows=0, cols=2)
t.style = "Table Grid"
for i, (q, a) in enumerate(rows):
    c = t.add_row().cells
    c[0].text = q
    c[1].text = a
    if i == 0:
        for cell in c:
            for r in cell.paragraphs[0].runs:
                r.bold = True
d.add_paragraph("")
d.add_paragraph(ICO)
d.add_paragraph("The information supplied is subject to the Council's copyright. You are free to use it for your own "
                "purposes; any other re-use requires permission.")
d.add_paragraph("Yours sincerely\n\nMelanie Tranter\nInformation Governance Officer\nfoi@ashcombe-dc.gov.uk | 01632 480 221")
d.save(out(f"{NN}-reply.docx"))

label(NN, f"{NN}-reply.docx", "docx", "council", "foia", "no", "no", "answered", [], 105,
      "Easy: answers in a two-column question/answer table; the count is split into two lines to be summed (64+41).")
