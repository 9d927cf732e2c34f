import io
from docx import Document
from emlutil import *
from common import *

NN = "05"
write_request(NN, """
Dear Sir/Madam,

I am writing to make a request under the Freedom of Information Act to the Kestrel Learning Trust.

1. How many CCTV cameras are installed across the Trust's schools? Please break down by school if possible.
2. Are any of the cameras (or recorders) made by Hikvision, or by any brand owned by Hikvision?
3. Are any made by Dahua?
4. Is CCTV used inside classrooms or toilets?

Yours faithfully,
Imogen Latchford
""")

d = Document()
d.add_heading("Kestrel Learning Trust - Freedom of Information Response", level=1)
d.add_paragraph("Request reference: KLT-FOI-031\nDate of response: 9 October 2023")
qa = [
    ("1. How many CCTV cameras are installed across the Trust's schools? Please break down by school if possible.",
     "Harlow Fields Academy - 24\nSt Ives Road Primary - 18\nKestrel Park Secondary - 31"),
    ("2. Are any of the cameras (or recorders) made by Hikvision, or by any brand owned by Hikvision?",
     "The cameras at Harlow Fields Academy and Kestrel Park Secondary are HiLook branded. St Ives Road Primary uses Hanwha Wisenet cameras."),
    ("3. Are any made by Dahua?", "No."),
    ("4. Is CCTV used inside classrooms or toilets?",
     "CCTV is not used in classrooms. There are no cameras in toilet cubicles; two cameras cover the communal "
     "handwash area outside the toilets at Kestrel Park Secondary."),
]
for q, a in qa:
    p = d.add_paragraph()
    r = p.add_run('"' + q + '"')
    r.italic = True
    for line in a.split("\n"):
        p2 = d.add_paragraph()
        p2.add_run(line).bold = True
d.add_paragraph("If you are not satisfied with our response you may request an internal review by writing to the "
                "Trust's Data Protection Lead within 40 working days. You also have the right to complain to the ICO.")
d.add_paragraph("Sandra Whitlow\nCOO & Data Protection Lead\nKestrel Learning Trust, 4 Mill Lane, Hexley HX3 9LT")
buf = io.BytesIO()
d.save(buf)

body = """Dear Ms Latchford,

Please find attached the Trust's response to your Freedom of Information request (our ref KLT-FOI-031).

Kind regards,
Sandra Whitlow
Kestrel Learning Trust
"""
m = make("Sandra Whitlow <s.whitlow@kestrel-lt.example.org.uk>", "imogen.latchford@example.com",
         "Your FOI request KLT-FOI-031", (2023, 10, 9, 15, 2), text=body,
         attachments=[("KLT-FOI-031 response.docx", buf.getvalue(), *DOCX)])
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "academy", "foia", "yes", "no", "answered", [], 73,
      "Hard: answer is in an attached .docx with answers in bold under quoted questions; Hikvision only via the "
      "HiLook sub-brand; per-school counts with no total (24+18+31).")
