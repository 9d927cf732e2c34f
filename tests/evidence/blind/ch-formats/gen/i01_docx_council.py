from docx import Document
from docx.shared import Pt
from common import out, write_request, add_label

NN = "01"
write_request(NN, """
Dear Sir/Madam,

Under the Freedom of Information Act 2000 please provide:

1. The number of CCTV cameras operated by Thornbury Vale District Council, broken down by site.
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. Please list the manufacturer(s) of all cameras.
4. Do any of the cameras have audio recording capability?

Many thanks,
Marcus Pellow
""")

d = Document()
d.core_properties.author = "Information Governance"
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
d.add_paragraph("Thornbury Vale District Council\nCouncil Offices, Castle Street, Thornbury Vale TV4 2LP")
d.add_paragraph("Freedom of Information Act 2000 – Response\nOur reference: FOI/24/0613\nDate: 14 May 2024")
d.add_paragraph("Dear Mr Pellow,")
d.add_paragraph("Thank you for your request for information received on 17 April 2024. "
                "The Council's response to each part of your request is set out in the table below.")
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
h = t.rows[0].cells
h[0].text, h[1].text, h[2].text = "No.", "Your question", "Council response"
rows = [
    ("1", "The number of CCTV cameras operated by the Council, broken down by site.",
     "Council Offices, Castle Street – 14\nWestgate Civic Centre – 22\nHolm Lane Depot – 9\nRiverside Leisure Centre – 31"),
    ("2", "Are any of these cameras manufactured by Hikvision or Dahua?", "Yes – see below."),
    ("3", "Please list the manufacturer(s) of all cameras.",
     "Civic Centre and Depot: HiLook (IPC-B140H / IPC-T240H)\nCouncil Offices and Leisure Centre: Axis Communications"),
    ("4", "Do any of the cameras have audio recording capability?",
     "No. Audio recording is not enabled on any Council camera."),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
d.add_paragraph("")
d.add_paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review "
                "within 40 working days by writing to foi@thornburyvale.gov.uk. If you remain dissatisfied you "
                "may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                "Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely,\n\nJanet Okonjo\nInformation Governance Officer\n01632 960 418")
d.save(out(f"{NN}-reply.docx"))

add_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 76,
           "note": "Q&A table; count only per site (14+22+9+31); Hikvision only via sub-brand HiLook; joint 'Yes' but full maker list omits Dahua"})
