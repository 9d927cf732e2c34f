from pdfutil import *
from common import *

NN = "24"
write_request(NN, """
1. Does North Calder Police use live facial recognition or retrospective facial recognition?
2. If so, which cameras (make and model) are used for this?
3. Are Hikvision or Dahua cameras used for facial recognition?
4. How many faces were scanned in 2023?
""")
s = [Paragraph("NORTH CALDER POLICE", H),
     Paragraph("Information Access Team &nbsp;&nbsp; Request No: NCP/FOI/2024/1455 &nbsp;&nbsp; 19 April 2024", N),
     Paragraph("Dear Applicant,", N),
     Paragraph("Your request for information has now been considered. In accordance with the Freedom of Information "
               "Act 2000 this letter acts as a Refusal Notice.", N),
     Paragraph("North Calder Police can neither confirm nor deny that it holds any information relevant to your request "
               "by virtue of the following exemptions:", N),
     ruled([["Section", "Exemption"],
            ["s.24(2)", "National Security"],
            ["s.31(3)", "Law Enforcement"],
            ["s.23(5)", "Information supplied by, or concerning, certain Security Bodies"]], [30, 140]),
     Spacer(1, 6),
     Paragraph("Sections 24 and 31 are prejudice-based qualified exemptions and the public interest test has been "
               "applied. Section 23 is an absolute exemption. Confirming or denying whether the force uses facial "
               "recognition, and with which equipment, would reveal tactical capability to those who seek to evade "
               "detection.", N),
     Paragraph("No inference should be drawn from this response that the information you have requested does or "
               "does not exist.", N),
     Paragraph("<b>Complaint Rights</b> " + ICO, N),
     Paragraph("Yours sincerely<br/>Craig Pellow<br/>Information Access Officer", N)]
build(out(f"{NN}-reply.pdf"), s)
label(NN, f"{NN}-reply.pdf", "pdf", "police", "foia", "unknown", "unknown", "refused", ["s23", "s24", "s31"], None,
      "NCND refusal for a facial-recognition request with the exemptions in a ruled table ('s.24(2)', 's.31(3)', 's.23(5)').")
