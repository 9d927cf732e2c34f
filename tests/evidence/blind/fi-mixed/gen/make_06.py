from docx import Document
from docx.shared import Pt
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("NORTH VALE DISTRICT COUNCIL"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Council Offices, Priory Road, Thornbury Vale, TV3 8LN\nTelephone: 01452 603 300   www.northvale.gov.uk")
d.add_paragraph("Ms E Marsh\nBy email only\n\nDate: 9 October 2023\nYour ref: -\nOur ref: NVDC/IG/2023/0844\nPlease ask for: Gareth Lloyd-Hughes")
d.add_paragraph("Dear Ms Marsh,")
p = d.add_paragraph(); p.add_run("Freedom of Information Act 2000 – CCTV").bold = True
d.add_paragraph("Thank you for your request, received on 12 September 2023. I have set out the Council's response to each part of your request below.")
p = d.add_paragraph(); p.add_run("(a) Number of cameras").bold = True
d.add_paragraph("The Council operates 27 CCTV cameras at its own premises: the Council Offices at Priory Road, Abbey Street Depot and the Priory Road and Cattle Market car parks.")
d.add_paragraph("The Council's three leisure centres (Thornbury Vale Pool, Kingsmead Sports Centre and Wyebridge Leisure) are operated on the Council's behalf by Northvale Leisure Trust under a management agreement. The CCTV systems at the leisure centres were installed by, and belong to, the Trust, which is responsible for their operation. The Council does not hold information about the number or type of cameras at these sites. The Trust is not a public authority for the purposes of the Act; however you may wish to contact it directly at enquiries@northvaleleisure.org.uk.")
p = d.add_paragraph(); p.add_run("(b) Manufacturers").bold = True
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
h = t.rows[0].cells; h[0].text = "Manufacturer"; h[1].text = "Location"; h[2].text = "Number"
for row in [("Axis", "Council Offices and car parks", "18"), ("Hikvision", "Abbey Street Depot", "9")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph("")
p = d.add_paragraph(); p.add_run("(c) Hikvision or Dahua").bold = True
d.add_paragraph("Please see the table above.")
p = d.add_paragraph(); p.add_run("(d) Data protection impact assessment").bold = True
d.add_paragraph("A DPIA was completed for the Council's CCTV in March 2022 and reviewed in March 2023. A copy is attached to this letter. Names of junior officers have been removed.")
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Requests for internal review should be made in writing within two months of the date of this letter to the Monitoring Officer at the address above. If you remain dissatisfied after the internal review you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("Gareth Lloyd-Hughes\nInformation Governance and Data Protection Officer\nNorth Vale District Council")
d.save("06-reply.docx")
