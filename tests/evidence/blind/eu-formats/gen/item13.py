import io
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

N = ParagraphStyle("n", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=8)
B = ParagraphStyle("b", parent=N, fontName="Times-Bold")
I = ParagraphStyle("i", parent=N, fontName="Times-Italic", leftIndent=12*mm)
S = ParagraphStyle("s", parent=N, fontSize=9, leading=11)
story = []
A = story.append
A(Paragraph("<b>NORTHUMBRIA MARCHES POLICE</b>", ParagraphStyle("h", parent=N, fontSize=15, alignment=1)))
A(Paragraph("Freedom of Information Unit, Force Headquarters, Ponteland Road, Morwick NM3 8PL", ParagraphStyle("a", parent=S, alignment=1)))
A(Spacer(1, 10))
A(Paragraph("Request reference: NMP/FOI/004471/24<br/>Date: 05/12/2024", N))
A(Paragraph("Dear Mr Zielinski,", N))
A(Paragraph("I write in connection with your request for information which was received by Northumbria Marches Police on 07/11/2024. "
            "I note you seek access to the following information:", N))
for q in ["Q1 - How many CCTV cameras are installed in and around the force's police stations and custody suites?",
          "Q2 - Are any of these made by Hikvision?", "Q3 - Are any of these made by Dahua?",
          "Q4 - Is any of this CCTV linked to facial recognition software?"]:
    A(Paragraph(q, I))
A(Paragraph("DECISION", B))
A(Paragraph("Northumbria Marches Police can neither confirm nor deny that it holds the information you have requested, by virtue of "
            "the following exemptions:", N))
A(Paragraph("Section 23(5) – Information supplied by, or concerning, certain Security Bodies<br/>"
            "Section 24(2) – National Security<br/>"
            "Section 31(3) – Law Enforcement", I))
A(Paragraph("Section 23 is an absolute class-based exemption and there is no requirement to consider the public interest. "
            "Sections 24 and 31 are qualified prejudice-based exemptions; the evidence of harm and the public interest "
            "test are set out below.", N))
A(Paragraph("Harm in confirming or denying", B))
A(Paragraph("The security arrangements of police premises, including custody suites, form part of the force's overall protective "
            "security posture. Confirming or denying the number, manufacturer or capability of the systems in use across the "
            "estate would, when considered with other information in the public domain and with the responses of other forces "
            "to similar requests, allow a picture to be built of the security of police buildings nationally. This 'mosaic' "
            "effect would be of use to those intent on disrupting policing, including organised criminals and terrorists, and "
            "would identify forces whose equipment may be more vulnerable than others.", N))
A(Paragraph("Public interest test", B))
A(Paragraph("<i>Factors favouring confirmation or denial:</i> confirming or denying would promote openness and accountability and "
            "inform the public debate on the use of surveillance equipment from overseas suppliers in the public sector.", N))
A(Paragraph("<i>Factors against confirmation or denial:</i> the security of the police estate is of paramount importance and the "
            "force will not divulge information which would compromise it. Any disclosure under FOI is a release to the world, "
            "not just to the requester.", N))
A(Paragraph("Balancing test: having weighed these factors, the force considers that the public interest lies in neither confirming "
            "nor denying that information is held. This should not be taken as an indication that the information you have "
            "requested does or does not exist.", N))
A(Paragraph("This letter serves as a Refusal Notice under section 17(4) of the Freedom of Information Act 2000.", N))
A(Paragraph("Complaint rights", B))
A(Paragraph("If you are dissatisfied with this response you are entitled to request an internal review, which should be made "
            "in writing within 40 working days to the Freedom of Information Unit at the address above or by email to "
            "foi@northumbriamarches.police.example.uk. If, after the internal review, you remain dissatisfied you may apply to the "
            "Information Commissioner.", N))
A(Paragraph("Yours sincerely,", N)); A(Spacer(1, 10))
A(Paragraph("K. Shotton<br/>Disclosure Officer", N))
A(Spacer(1, 10))
A(Paragraph("NOT PROTECTIVELY MARKED", ParagraphStyle("c", parent=S, alignment=1)))
buf = io.BytesIO()
SimpleDocTemplate(buf, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=18*mm,
                  title="NMP/FOI/004471/24").build(story)

body = """OFFICIAL

Dear Mr Zielinski

Please find attached our response to your recent Freedom of Information request.

Regards

Freedom of Information Unit
Northumbria Marches Police

--
All communications on this system may be subject to monitoring and recording. This email and any files transmitted with it
are confidential and intended solely for the use of the individual or entity to whom they are addressed.
"""
m = email("Freedom of Information <foi@northumbriamarches.police.example.uk>", "Marek Zielinski <mzielinski@mailbox.example.org>",
          "FOI 004471/24 - Response", uk(2024, 12, 5, 11, 20), text=body,
          attachments=[("004471 Final Response.pdf", buf.getvalue(), "application", "pdf")])
save_eml("13-reply.eml", m)
add_label(path="13-reply.eml", request_file="13-request.txt", format="eml", body_type="police",
          law="foia", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s23", "s24", "s31"],
          camera_count=None,
          note="Email body says only 'see attached'; the PDF is a full NCND refusal under s23(5), s24(2) and s31(3) with the s17(4) notice not an exemption.")
