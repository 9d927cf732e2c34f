from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm

NN = "10"
write_request(NN, """
Dear Leeds City College,

Question 1: Does the college operate CCTV on its campuses?
Question 2: How many cameras are there in total?
Question 3: Are any of the cameras manufactured by Hikvision?
Question 4: Are any of the cameras manufactured by Dahua?
Question 5: Which company installed the system and what was the contract value?

Thank you
A. Nowak
""")

ss = getSampleStyleSheet()
q = ParagraphStyle("q", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13, spaceBefore=8)
a = ParagraphStyle("a", parent=q, fontName="Helvetica-Bold", spaceBefore=2, leftIndent=10)
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=25*mm, rightMargin=25*mm)
E = [Paragraph("Leeds City College", ss["Heading1"]),
     Paragraph("Printworks Campus, Hunslet Road, Leeds LS10 1JY", q),
     Paragraph("Freedom of Information Request: LCC/FOI/147 &nbsp;&nbsp; Response date: 30 January 2025", q),
     Spacer(1, 6),
     Paragraph("Thank you for your request. Please find the College's answers in bold beneath each of your questions.", q)]
qa = [
    ("Question 1: Does the college operate CCTV on its campuses?", "Yes."),
    ("Question 2: How many cameras are there in total?",
     "Printworks 46, Park Lane 38, Quarry Hill 21, Mabgate 9, Technology Campus 7."),
    ("Question 3: Are any of the cameras manufactured by Hikvision?",
     "No. All cameras are Hanwha Wisenet. The system was installed and is maintained by Hiktek Integrated Systems Ltd."),
    ("Question 4: Are any of the cameras manufactured by Dahua?", "As above."),
    ("Question 5: Which company installed the system and what was the contract value?",
     "See answer to question 3. The contract value is commercially sensitive and is withheld under section 43(2) "
     "of the Freedom of Information Act. The College considers that disclosure would prejudice the commercial interests "
     "of both the College and its contractor in a competitive market, and that the public interest favours withholding."),
]
for qq, aa in qa:
    E.append(Paragraph(qq, q)); E.append(Paragraph(aa, a))
E += [Spacer(1, 12),
      Paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review by contacting "
                "the Data Protection Officer, dpo@leedscitycollege.example.ac.uk. If you are not content with the outcome you may "
                "apply to the Information Commissioner's Office.", q),
      Paragraph("Governance Team<br/>Leeds City College (part of Luminate Education Group)", q)]
doc.build(E)
label(NN, "pdf", "other", "foia", "no", "no", "partially_answered", ["s43"], 121,
      "count only as per-campus figures to sum; Dahua answered 'As above'; installer 'Hiktek' resembles Hikvision; contract value withheld s43")
