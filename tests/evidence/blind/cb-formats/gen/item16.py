from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "16"
write_request(NN, """
To NHS Tayside

Under FOISA could you please tell me:
1 - total number of CCTV cameras across NHS Tayside premises
2 - whether you have any cameras made by Hikvision
3 - whether you have any cameras made by Dahua
4 - how much NHS Tayside has spent on CCTV equipment since 2019
5 - whether any cameras are connected to facial recognition software

thanks
K. Lindqvist
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
p = doc.add_paragraph(); r = p.add_run("NHS Tayside"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0, 0x5e, 0xb8)
doc.add_paragraph("Information Governance\nKings Cross\nClepington Road\nDundee DD3 8EA").runs[0].font.size = Pt(9)
doc.add_paragraph("Date: 14/01/2025\nOur Ref: FOI/24/2781\nEnquiries to: Information Governance Team\nEmail: informationgovernance.tayside@example.scot.nhs.uk")
doc.add_paragraph("Dear K Lindqvist")
doc.add_paragraph().add_run("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)").bold = True
doc.add_paragraph("Thank you for your request dated 9 December 2024. Please find our response in the table below.")
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["No.", "Question", "Response"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
qa = [("1", "Total number of CCTV cameras across NHS Tayside premises",
       "NHS Tayside has 512 internal and 128 external CCTV cameras across its hospital and community premises."),
      ("2", "Whether you have any cameras made by Hikvision",
       "Yes. Hikvision equipment is in use at three community hospitals (Stracathro, Perth Royal Infirmary outbuildings and Arbroath Infirmary)."),
      ("3", "Whether you have any cameras made by Dahua", "No."),
      ("4", "How much NHS Tayside has spent on CCTV equipment since 2019",
       "NHS Tayside does not hold this information in a recorded format. CCTV purchases are made through a number of "
       "capital and revenue budgets and are not separately coded. In accordance with section 17 of FOISA, this letter "
       "acts as formal notice that the information is not held."),
      ("5", "Whether any cameras are connected to facial recognition software", "No.")]
for row in qa:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(6.5); row.cells[2].width = Cm(9)
doc.add_paragraph()
doc.add_paragraph("NHS Tayside is obliged under FOISA to publish information released in response to requests on its "
                  "disclosure log. Your personal details will not be published.")
doc.add_paragraph("If you are unhappy with our response to your request, you do have the right to request us to "
                  "review it. Your request should be made within 40 working days of receipt of this letter, and we "
                  "will reply within 20 working days of receipt. If our decision is unchanged following a review and "
                  "you remain dissatisfied with this, you then have the right to make a formal complaint to the "
                  "Scottish Information Commissioner within 6 months of receipt of our review response. You can do "
                  "this by using the Commissioner's Appeal Form, online at www.foi.scot/appeal or by writing to: "
                  "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.")
doc.add_paragraph("Yours sincerely\n\nFiona McAllister\nFreedom of Information Officer")
doc.save(OUT / f"{NN}-reply.docx")
label(NN, "docx", "nhs", "foisa", "yes", "no", "partially_answered", ["s17"], 640,
      "Scottish health board Q|A table; count given as internal plus external (512+128); spend not held under FOISA s17.")
