from common import *
from docx import Document
from docx.shared import Pt
nn = "21"
request(nn, """
Dear Wrexham County Borough Council,

Please provide for every council-owned building, school and public space:
1. The number of CCTV cameras
2. The manufacturer and model of each camera and recorder
3. The date each was installed
4. Whether any are Hikvision or Dahua
5. The installer for each

Thank you,
Bethan Griffiths
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("Cyngor Bwrdeistref Sirol Wrecsam\nWrexham County Borough Council"); r.bold = True
d.add_paragraph("Guildhall, Wrexham LL11 1AY")
d.add_paragraph("Cyf/Ref: FOI-WCBC-12207\nDyddiad/Date: 15/10/2024")
d.add_paragraph("Dear Ms Griffiths,")
d.add_paragraph("I refer to your request for information received on 17/09/2024.")
d.add_paragraph("The Council estimates that the cost of complying with your request would exceed the appropriate limit of £450 set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. CCTV in schools is procured and managed by individual schools, and cameras in council buildings are procured by individual service areas; there is no central register. To answer all five parts would require contacting over 70 schools and 30 service areas and examining invoices and installation records going back many years, which we estimate at over 40 hours of work.")
d.add_paragraph("Section 12(1) of the Freedom of Information Act 2000 therefore applies to your request as a whole and the Council is not obliged to comply with it.")
d.add_paragraph("Under our duty to provide advice and assistance (section 16), you may wish to narrow your request, for example to the public space CCTV system only, which is managed centrally by the CCTV control room.")
d.add_paragraph("If you are dissatisfied with this response, you may request an internal review within 40 working days. You may then complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.add_paragraph("Yn gywir / Yours sincerely\n\nGareth Lloyd-Hughes\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
d.save(outpath(nn, "docx"))
label(nn, "docx", "welsh_council", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "cost-limit refusal of the whole request; s16 advice is not an exemption")
