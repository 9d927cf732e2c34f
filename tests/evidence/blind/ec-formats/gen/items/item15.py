import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "15"
REQ = """
Dear Thurrock Council,

I would like the following information about the cameras the council uses to tackle fly-tipping:

Q1 How many cameras (overt or covert) does the council currently have for fly-tipping enforcement?
Q2 Who manufactures these cameras? Are any made by Hikvision or Dahua?
Q3 A list of locations where the cameras were deployed in the last 12 months.
Q4 How many fixed penalty notices were issued in 2023/24 as a result of camera evidence?

Thanks,
Shona Petrakis
"""

base, bold, small, head = pdf_styles()
S = []
S.append(Paragraph("Thurrock Council", head))
S.append(Paragraph("Information Management &middot; Civic Offices &middot; New Road &middot; Grays &middot; Essex RM17 6SL", small))
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("Request reference: EIR-THK-2024-1206<br/>Date: 30 October 2024", base))
S.append(Paragraph("Dear Ms Petrakis", base))
S.append(Paragraph("<b>Environmental Information Regulations 2004 &ndash; Request for information</b>", base))
S.append(Paragraph("Thank you for your request for information received on 2 October 2024. As your request relates to "
                   "measures affecting the state of the land, we have dealt with it under the Environmental Information "
                   "Regulations 2004 (EIR).", base))
S.append(Paragraph("<b>Q1</b> The Council's Environmental Enforcement team currently has 18 redeployable cameras for fly-tipping enforcement. "
                   "Of these, 11 are overt and 7 are covert units.", base))
S.append(Paragraph("<b>Q2</b> The redeployable units are supplied and serviced by Enviro-Watch Ltd as complete solar/4G systems. "
                   "The camera modules within the units are Hikvision.", base))
S.append(Paragraph("<b>Q3</b> The Council holds this information but is withholding it under regulation 12(5)(b) of the EIR "
                   "(the course of justice and the ability of a public authority to conduct an inquiry of a criminal or "
                   "disciplinary nature). Disclosure of where cameras have been deployed would allow offenders to avoid "
                   "these locations, and as units are often returned to the same hotspots, would prejudice ongoing and "
                   "future investigations and prosecutions.", base))
S.append(Paragraph("In applying this exception we have considered the presumption in favour of disclosure at regulation 12(2) "
                   "and the public interest. While there is a public interest in understanding how the Council tackles "
                   "fly-tipping, this is met in part by the information provided at Q1, Q2 and Q4. We consider the public "
                   "interest in maintaining the exception outweighs the public interest in disclosure.", base))
S.append(Paragraph("<b>Q4</b>", base))
t = Table([["Year", "FPNs issued from camera evidence"], ["2023/24", "143"]], colWidths=[4 * cm, 7 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 10)]))
S.append(t)
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review under "
                   "regulation 11 of the EIR. Please write to the Information Management Team within 40 working days. "
                   "If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, "
                   "Water Lane, Wilmslow SK9 5AF.", base))
S.append(Paragraph("Yours sincerely", base))
S.append(Paragraph("Information Management Team<br/>Thurrock Council", base))
pdf = pdf_story(S, footer="OFFICIAL   EIR-THK-2024-1206   Page {page}")

BODY = """Dear Ms Petrakis

Please find attached the Council's response to your request for information.

Regards

Information Management Team
Thurrock Council
Tel 01375 652 218

Thurrock Council - Working together for a Stronger Thurrock
Emails are scanned for viruses. The information in this e-mail is confidential and intended solely for the addressee.
"""
msg = email_base("Information Matters <information.matters@thurrock.example.gov.uk>", "Shona Petrakis <s.petrakis@example.org.uk>",
                 "EIR-THK-2024-1206 Response", dt(2024, 10, 30, 12, 20), "<EIR-THK-2024-1206@thurrock.example.gov.uk>")
msg.set_content(BODY)
attach(msg, pdf, "EIR-THK-2024-1206 Response letter.pdf")
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="council",
            law="eir", hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=["EIR 12(5)(b)"],
            camera_count=18, note="EIR reply in an attached PDF about fly-tipping cameras; maker named only as the camera module inside a contractor's units (the contractor is not the maker); locations withheld under reg 12(5)(b).")
