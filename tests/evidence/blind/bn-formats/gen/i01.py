from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
write_request(NN, """
Dear North Kesteven District Council,

Under the Freedom of Information Act 2000 I would like to request the following:

1) How many CCTV cameras does the council currently operate? Please split between fixed and PTZ if possible.
2) Are any of the council's cameras manufactured by Hikvision or Dahua?
3) Please list the manufacturers of the cameras.
4) Does any of the council's CCTV have facial recognition capability switched on?

Yours faithfully,
Martin Okafor
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
p = doc.add_paragraph(); r = p.add_run("North Kesteven District Council"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("District Council Offices, Kesteven Street, Sleaford, NG34 7EF")
doc.add_paragraph("Information Governance Team\nTel: 01529 414 155  |  foi@n-kesteven.gov.uk")
doc.add_paragraph("Our reference: FOI/10447/24\nDate: 14 March 2024")
doc.add_paragraph("Dear Mr Okafor,")
doc.add_paragraph("Freedom of Information Act 2000 – Request for Information")
doc.add_paragraph("Thank you for your request received on 19 February 2024. I am writing to confirm that the Council "
                  "holds the information you requested, and our response is set out in the table below.")

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ["Site / system", "Fixed", "PTZ", "Make of camera"]):
    c.text = ""; c.paragraphs[0].add_run(txt).bold = True
rows = [
    ("Sleaford town centre (public space)", "", "", ""),
    ("   Market Place / Southgate", "11", "4", "Axis Communications"),
    ("   Northgate / Carre Street", "7", "2", ""),
    ("Council car parks", "", "", ""),
    ("   Eastgate & Station Road", "14", "0", "HiWatch (DS-2CD1 series)"),
    ("   Money's Yard, Westgate", "8", "0", ""),
    ("Council buildings", "", "", ""),
    ("   District Council Offices", "14", "1", "Axis Communications"),
    ("   Sleaford depot, Mareham Lane", "9", "0", "HiWatch (DS-2CD1 series)"),
]
for row in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        c.text = txt
# merge group header rows across all four columns, and maker cells down
for gi in (1, 4, 7):
    a = t.cell(gi, 0).merge(t.cell(gi, 3))
    a.paragraphs[0].runs[0].bold = True
    for extra in a.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
m = t.cell(2, 3).merge(t.cell(3, 3)); m.text = "Axis Communications"
m = t.cell(5, 3).merge(t.cell(6, 3)); m.text = "HiWatch (DS-2CD1 series)"

doc.add_paragraph()
t2 = doc.add_table(rows=4, cols=2); t2.style = "Table Grid"
qa = [("Question", "Response"),
      ("1. Number of cameras (fixed / PTZ)", "Please refer to the table above."),
      ("2. Hikvision or Dahua", "Please refer to the table above."),
      ("3. Manufacturers", "As above – the Council's estate comprises the two makes shown.")]
for i, (a, b) in enumerate(qa):
    t2.cell(i, 0).text = a; t2.cell(i, 1).text = b
    if i == 0:
        for c in t2.rows[0].cells: c.paragraphs[0].runs[0].bold = True
r = t2.add_row().cells; r[0].text = "4. Facial recognition"
r[1].text = "No. None of the Council's cameras have facial recognition enabled and the Council has no plans to do so."

doc.add_paragraph()
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
                  "review. Internal review requests should be submitted within 40 working days of the date of receipt "
                  "of the response to your original request and should be addressed to: Information Governance Manager, "
                  "at the address above or by email.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to "
                  "the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
                  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Hannah Pilgrim\nInformation Governance Officer")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "council", "foia", "yes", "no", "answered", [], 70,
          "Counts and makers only in a merged-cell table with no total (sum 70); Hikvision only via sub-brand HiWatch; Q2 answered 'refer to table'.")
