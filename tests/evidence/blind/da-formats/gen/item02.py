from lib import *
from docx import Document
from docx.shared import Pt
nn = "02"
write_request(nn, """
To whom it may concern

FOI request - CCTV

Q1 How many CCTV cameras are installed across the Trust's hospital sites?
Q2 Could you provide a breakdown by site and by manufacturer?
Q3 Are any of the cameras supplied by Hikvision or Dahua Technology?
Q4 Who maintains the system?

Regards
Ffion Marsh-Adeyemi
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = d.add_paragraph(); r = h.add_run("North Wessex Hospitals NHS Foundation Trust"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Information Governance Team | Trust Headquarters, Kingsmoor Road, Andbury AB7 2LX | foi.requests@nwh.nhs.uk")
d.add_paragraph("FOI Reference: NWH-FOI-2425-0388\nResponse date: 03/10/2024")
d.add_paragraph("Dear Requester,")
d.add_paragraph("We write in response to your request for information received by the Trust on 05/09/2024. The Trust’s response is below.")
d.add_paragraph("Q1 and Q2 – Please see the table below. Blank cells indicate that no cameras of that make are installed at the site.")
sites = [("Andbury General Hospital", {"Avigilon": 142, "Hikvision": 37, "Axis": 18}),
         ("St Wenna’s Community Hospital", {"Avigilon": 21, "Hikvision": 9}),
         ("Kingsmoor Treatment Centre", {"Axis": 26, "Panasonic": 4}),
         ("Lydfield Mental Health Unit", {"Avigilon": 33, "Panasonic": 11}),
         ("Trust HQ & Estates Depot", {"Hikvision": 12, "Axis": 3})]
makes = ["Avigilon", "Axis", "Hikvision", "Panasonic"]
t = d.add_table(rows=1, cols=len(makes) + 1); t.style = "Table Grid"
for i, m in enumerate(["Site"] + makes):
    t.rows[0].cells[i].text = m
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
total = 0
for s, c in sites:
    row = t.add_row().cells
    row[0].text = s
    for i, m in enumerate(makes):
        if m in c:
            row[i + 1].text = str(c[m]); total += c[m]
d.add_paragraph("")
d.add_paragraph("Q3 – Please refer to the table provided in response to Q2.")
d.add_paragraph("Q4 – The CCTV system at all sites is maintained under contract by Carrow Fire & Security Ltd. The contract runs until 31 March 2026.")
d.add_paragraph("Your right to complain: if you are unhappy with the way in which your request has been handled you can request an internal review by contacting the Head of Information Governance at the address above within 40 working days. You also have the right to complain to the Information Commissioner’s Office (www.ico.org.uk).")
d.add_paragraph("Kind regards\n\nFOI Team\nNorth Wessex Hospitals NHS Foundation Trust")
d.save(p(f"{nn}-reply.docx"))
print(total)
label(nn, "docx", "docx", "nhs", "foia", "yes", "no", "answered", [], total,
      "site-by-make table with blank cells and no total row; Q3 answered only by pointing back to the table, whose make columns are complete (no Dahua)")
