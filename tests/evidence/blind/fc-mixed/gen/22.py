import os
from docx import Document
from docx.shared import Pt
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "22-reply.docx")
d = Document()
st = d.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10)
p = d.add_paragraph(); r = p.add_run("KINGFISHER ACADEMY"); r.bold = True; r.font.size = Pt(15)
d.add_paragraph("Part of the Solent Shores Education Trust\nWhitecliff Road, Portmere PM4 8KA  ·  Tel 023 9649 0712")
d.add_paragraph("Date: 21 May 2025\nOur Ref: KA/FOI/25-07")
d.add_paragraph("Dear Ms Sowerby")
p = d.add_paragraph(); p.add_run("Re: Request for information – CCTV").bold = True
d.add_paragraph("Thank you for your request of 24 April 2025. Please note that the academy building was constructed under a Private Finance Initiative (PFI) contract entered into by Portmere City Council in 2008, and building services, including the CCTV system, are provided by the PFI company's facilities management provider, Solent FM Services Ltd. The academy's site team use the system day to day, but the equipment is owned and maintained by Solent FM Services Ltd.")
tbl = d.add_table(rows=0, cols=2); tbl.style = "Table Grid"
rows = [
 ("1. How many CCTV cameras are there at the academy?", "24 (16 external, 8 internal). This figure is taken from the asset schedule to the PFI contract held by the academy."),
 ("2. Are any of them manufactured by Hikvision or Dahua?", "The academy does not hold this information. Details of the equipment installed are held by Solent FM Services Ltd."),
 ("3. Which company installed and maintains the CCTV?", "Solent FM Services Ltd (see above). We do not hold information on which company originally installed the system in 2009."),
 ("4. How much did the academy spend on CCTV maintenance in the last financial year?", "Nil. Maintenance of the CCTV is included within the PFI unitary charge, which is paid by Portmere City Council, and is not itemised separately. The academy does not hold a figure for the CCTV element."),
 ("5. Please send me a copy of the academy's CCTV policy.", "The academy follows the Solent Shores Education Trust CCTV Policy, a copy of which is enclosed."),
]
for qq, aa in rows:
    c = tbl.add_row().cells
    c[0].text = qq; c[1].text = aa
    c[0].paragraphs[0].runs[0].bold = True
d.add_paragraph("")
d.add_paragraph("You may wish to direct questions about the equipment to Portmere City Council, which is party to the PFI contract.")
d.add_paragraph("If you are unhappy with this response, please write to the Clerk to the Trust Board at the Trust address within 40 working days to request an internal review. You also have the right to complain to the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely\n\n\nMr D. Farrant\nBusiness Manager")
d.save(out)
