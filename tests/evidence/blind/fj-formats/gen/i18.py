from lib import *
from docx import Document
from docx.shared import Pt
write_request("18", """
Dear Freedom of Information Unit,

Please provide the following regarding body worn video (BWV):

1. How many body worn video cameras does the force currently have in service?
2. The make and model of these devices.
3. Are any of the BWV devices made by Hikvision or Dahua?
4. What is the annual value of the force's BWV contract?

Many thanks,
Aled Morgan-Price
""")
d = Document()
d.styles["Normal"].font.name = "Arial"
d.styles["Normal"].font.size = Pt(11)
d.sections[0].header.paragraphs[0].text = "OFFICIAL"
d.sections[0].footer.paragraphs[0].text = "OFFICIAL"
d.add_paragraph().add_run("Wessex Vale Constabulary").bold = True
d.add_paragraph("Freedom of Information Unit\nPolice Headquarters, Bourne Hill, Salcombe Regis SP9 1QA")
d.add_paragraph("Reference No: 2024/FOI/1389\nDate: 4 September 2024")
d.add_paragraph("Dear Mr Morgan-Price")
d.add_paragraph().add_run("FREEDOM OF INFORMATION REQUEST - BODY WORN VIDEO").bold = True
d.add_paragraph("Thank you for your request for information received on 7 August 2024. Wessex Vale Constabulary has now considered your request and the response is set out below.")
d.add_paragraph("Questions 1 and 2")
t = d.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Device", "Manufacturer", "Number in service"]):
    c.text = h
for row in [("Body 3", "Axon", "1,974"), ("Body 4", "Axon", "236"), ("D5 (Specialist Operations)", "Reveal Media", "118"), ("Total", "", "2,328")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
for c in t.rows[-1].cells:
    for r in c.paragraphs[0].runs:
        r.bold = True
d.add_paragraph("The figures above are devices issued or available for issue on 31 August 2024 and exclude 41 devices held in repair.")
d.add_paragraph("Question 3")
d.add_paragraph("No.")
d.add_paragraph("Question 4")
d.add_paragraph("The force holds this information. It is exempt under section 43(2) (Commercial Interests) of the Freedom of Information Act 2000. Disclosure of the contract value would be likely to prejudice the commercial interests of the supplier and of the force in future procurement exercises. Having considered the public interest, the force has concluded that the balance lies in favour of maintaining the exemption. Contract award notices are, however, published on the Find a Tender service.")
d.add_paragraph("Complaint Rights: if you are dissatisfied with the handling of your request you can ask for an internal review by writing to the Freedom of Information Unit within 40 working days. If you remain dissatisfied you may make a complaint to the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely\n\nS. Devereux\nFreedom of Information Decision Maker")
d.save(OUT / "18-reply.docx")
label("18", "docx", "police", "foia", "no", "no", "partially_answered", ["s43"], 2328,
      "Body-worn video request: the device table total (2,328, with a comma) is the count; a separate 41 devices in repair is not; contract value withheld under s43(2).")
