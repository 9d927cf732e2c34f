from common import *
from docx import Document
from docx.shared import Pt
nn = "01"
request(nn, """
Dear Dacorum Borough Council,

Under the Freedom of Information Act 2000 please provide the following:

1. How many CCTV cameras does the council currently operate (public space and council buildings)? Please break this down by site if possible.
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Who maintains the system?
5. Has a DPIA been carried out for the public space system?

Yours faithfully,
Ravi Mistry
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
d.add_paragraph("Dacorum Borough Council\nThe Forum, Marlowes, Hemel Hempstead HP1 1DN")
d.add_paragraph("Information Governance Team\nOur ref: FOI/24/0918\nDate: 14 March 2024")
d.add_paragraph("Dear Mr Mistry,")
d.add_paragraph("Freedom of Information request – CCTV")
d.paragraphs[-1].runs[0].bold = True
d.add_paragraph("Thank you for your request received on 19 February 2024. Please find our response below.")
d.add_paragraph("Q1. The council's CCTV cameras are as follows:")
t = d.add_table(rows=8, cols=4); t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = "Site"
b = t.cell(0, 1).merge(t.cell(0, 2)); b.text = "Number of cameras"
c = t.cell(0, 3).merge(t.cell(1, 3)); c.text = "Monitored"
t.cell(1, 1).text = "Fixed"; t.cell(1, 2).text = "PTZ"
rows = [("Hemel Hempstead town centre", 31, 9, "Yes – 24/7 control room"),
        ("Berkhamsted High Street", 8, 2, "Yes – 24/7 control room"),
        ("Tring town centre", 5, 1, "Yes – 24/7 control room"),
        ("The Forum (civic offices)", 22, 0, "Reception hours only"),
        ("Cupid Green depot", 11, 1, "No – recorded only"),
        ("Water Gardens car park", 6, 2, "Yes – 24/7 control room")]
for i, r in enumerate(rows, start=2):
    for j, v in enumerate(r): t.cell(i, j).text = str(v)
for cell in list(t.rows[0].cells) + list(t.rows[1].cells):
    for p in cell.paragraphs:
        for run in p.runs: run.bold = True
d.add_paragraph("")
d.add_paragraph("Q2. Yes. A number of the older fixed cameras at Cupid Green depot and The Forum are HikVision units. These will be considered for replacement when the maintenance contract is re-let.")
d.add_paragraph("Q3. No.")
d.add_paragraph("Q4. The system is maintained under contract by Chroma Vision Ltd.")
d.add_paragraph("Q5. Yes, a DPIA was completed in 2022 and is reviewed annually. A copy is published on the council's website (search 'CCTV Data Protection Impact Assessment'), and therefore we are not providing it in this response as it is exempt under Section 21 of the Freedom of Information Act 2000 – information reasonably accessible by other means.")
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter to foi@dacorum.example.gov.uk.")
d.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely,\n\nAnnette Hulme\nInformation Governance Officer")
d.save(outpath(nn, "docx"))
label(nn, "docx", "council", "foia", "yes", "no", "answered", ["s21"], 98,
      "count must be summed from a two-level merged header table (Fixed/PTZ under one header) with no total row; s21 applied to the DPIA which is signposted")
