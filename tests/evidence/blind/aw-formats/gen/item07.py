from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
write_request("07", """
Dear Beacon Learning Trust,

Under the Freedom of Information Act 2000, please provide:

Question 1: The number of CCTV cameras in use across the Trust's schools, broken down by school.
Question 2: The manufacturer(s) of those cameras.
Question 3: Are any of the cameras made by Hikvision?
Question 4: Are any of the cameras made by Dahua?
Question 5: The total amount spent on CCTV by the Trust in the last financial year.

Yours faithfully,
Imogen Stroud
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10.5)
ref = add_footnotes(doc, [
    "Oakfield Academy's previous Dahua system was decommissioned and removed in full in August 2024 and replaced with the Hanwha cameras shown.",
    "HiLook branded cameras, installed by the local authority's contractor before St Wilfrid's converted to academy status. The Trust intends to review these as part of its 2025/26 estates plan.",
    "The Trust's central office at Kingfisher House is leased. The cameras in the building are operated by the landlord and are not included.",
])
sec = doc.sections[0]
h = sec.header.paragraphs[0]; h.text = "Beacon Learning Trust  |  Kingfisher House, 3 Wharf Street, Doncaster DN1 3QE"
h.runs[0].font.size = Pt(8)
P = doc.add_paragraph
p = P(); p.add_run("BEACON LEARNING TRUST").bold = True
P("Company number 08811437. An exempt charity and company limited by guarantee registered in England and Wales.").runs[0].font.size = Pt(7)
P("Ms I Stroud\n\n22 November 2024\n\nRef: BLT/FOI/24-31")
P("Dear Ms Stroud,")
P("Thank you for your request for information, received on 28 October 2024. The Trust holds the information you have asked for, and our responses are below.")
t = doc.add_table(rows=1, cols=2); t.style = "Light Grid Accent 1"
t.rows[0].cells[0].text = "Question"; t.rows[0].cells[1].text = "Response"
for q, a in [("1", "See Table 2 below."), ("2", "See Table 2 below."),
             ("3", "Please refer to Table 2 and the notes to it."), ("4", "As above."),
             ("5", "£27,480 (2023/24), including a one-off replacement at Oakfield Academy.")]:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
P("")
P("Table 2 – CCTV cameras by academy").runs[0].bold = True
t2 = doc.add_table(rows=1, cols=4); t2.style = "Table Grid"
for i, hd in enumerate(["Academy", "Internal", "External", "Manufacturer"]):
    t2.rows[0].cells[i].text = hd; t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
data = [("Brookfield Academy", "14", "10", "Axis", None),
        ("Oakfield Academy", "8", "12", "Hanwha", 1),
        ("St Wilfrid's Catholic Academy", "6", "9", "HiLook", 2),
        ("Riverside Primary Academy", "0", "4", "Axis", None),
        ("Trust Central Office", "–", "–", "n/a", 3),
        ("Total", "28", "35", "", None)]
for a, i_, e, m, fn in data:
    c = t2.add_row().cells
    c[0].text = a; c[1].text = i_; c[2].text = e; c[3].text = m
    if fn: ref(c[3].paragraphs[0], fn)
    if a == "Total":
        for cc in c: 
            for r in cc.paragraphs[0].runs: r.bold = True
P("")
P("You are free to use the information supplied for your own non-commercial research or private study purposes. Any other re-use requires the permission of the Trust.")
P("If you are dissatisfied with our response you may request a review by writing to the Trust's Governance Professional at governance@beaconlt.org.uk. If you are still dissatisfied, you may complain to the Information Commissioner.")
P("Yours sincerely,\n\n\nPaul Menzies\nChief Operating Officer")
doc.save(path("07-reply.docx"))
label(path="07-reply.docx", request_file="07-request.txt", format="docx", body_type="academy", law="foia",
      hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=63,
      note="Answers deferred to a second per-school table whose real meaning is in Word footnotes: HiLook (a Hikvision brand) in use, Dahua removed, landlord's cameras excluded; table has internal/external columns summing to 63.")
