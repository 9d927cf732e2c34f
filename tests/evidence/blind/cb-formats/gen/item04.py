from common import *
import random
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NN = "04"
REF = "FOI 000412/24"
write_request(NN, """
Dear Lincolnshire Police,

1) Please state the number of CCTV cameras installed at each police station and custody suite in the force area.
2) Please list the manufacturers of those cameras.
3) Do you use any Hikvision equipment?
4) Do you use any Dahua equipment?
5) Please provide the locations of the cameras within each custody suite (e.g. cell corridor, booking-in desk).

Yours faithfully,
Callum Ashdown
""")
rnd = random.Random(44)
stations = ["Lincoln (West Parade)", "Lincoln Custody Suite (Nettleham)", "Boston", "Boston Custody", "Grantham",
            "Grantham Custody", "Skegness", "Skegness Custody (seasonal)", "Spalding", "Stamford", "Sleaford",
            "Gainsborough", "Louth", "Horncastle", "Market Rasen", "Mablethorpe", "Bourne", "Holbeach",
            "Long Sutton", "Sutton-on-Sea", "Woodhall Spa", "Alford", "Caistor", "Brigg Road Depot",
            "Deepings", "Crowland", "Ruskington", "Navenby", "Waddington", "Bracebridge Heath",
            "North Hykeham", "Saxilby", "Welton", "Coningsby", "Kirton", "Donington", "Billinghay",
            "Force HQ (Nettleham)", "Force Control Room", "Vehicle Recovery Compound", "Firearms Range (Dunston)"]
tab = [["Site", "Internal", "External", "Custody area", "Total"]]
T = [0, 0, 0, 0]
for s in stations:
    cust = "Custody" in s
    i = rnd.randint(2, 9) if not cust else rnd.randint(10, 22)
    e = rnd.randint(1, 6)
    c = rnd.randint(28, 64) if cust else 0
    if s in ("Force HQ (Nettleham)",):
        i, e = 38, 17
    tab.append([s, i, e, c if c else "-", i + e + c])
    T = [T[0] + i, T[1] + e, T[2] + c, T[3] + i + e + c]
tab.append(["Total", T[0], T[1], T[2], T[3]])

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, 12 * mm, f"Ref: {REF}")
    c.drawCentredString(A4[0] / 2, 12 * mm, "OFFICIAL")
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {d.page}")
    if d.page == 1:
        c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor("#0b2d5b"))
        c.drawString(20 * mm, A4[1] - 22 * mm, "LINCOLNSHIRE POLICE")
        c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 18 * mm, "Information Access Unit")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 22 * mm, "Police Headquarters, PO Box 999, Lincoln LN5 7PH")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 26 * mm, "foi@lincs.example.police.uk")
    c.restoreState()

doc = SimpleDocTemplate(str(OUT / f"{NN}-reply.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=34 * mm, bottomMargin=22 * mm, title=f"FOI response {REF}", author="Information Access Unit")
S = []
S += [Paragraph("Mr C Ashdown", body), Paragraph("Via email", body), Spacer(1, 4),
      Paragraph(f"Our Reference: {REF}<br/>Date: 22 October 2024", body), Spacer(1, 6),
      Paragraph("Dear Mr Ashdown,", body),
      Paragraph("I write in connection with your request for information which was received by Lincolnshire Police "
                "on 24/09/2024. I note you seek access to the following information:", body),
      Paragraph("<i>[Request reproduced at annex A]</i>", body),
      Paragraph("Searches were carried out for information relevant to your request by the Estates and Facilities "
                "department. I am required by the Freedom of Information Act 2000 (the Act) to handle all requests "
                "in a manner that is blind to the identity of the requester. Any information released in response "
                "to a request is regarded as being published, and therefore in the public domain without "
                "caveat.", body),
      Paragraph("RESPONSE", h),
      Paragraph("Questions 1 and 2: the Force is able to provide the number of cameras at each site. The table "
                "below shows cameras by site, split into internal, external and (where relevant) custody areas. "
                "Figures are correct as at 30/09/2024 and include cameras at non-public police premises.", body)]
t = Table(tab, colWidths=[72 * mm, 22 * mm, 22 * mm, 26 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee")),
]))
S += [t, Spacer(1, 8)]
S += [Paragraph("The manufacturers of the cameras listed above are Axis, Hanwha (Wisenet), Bosch and Vicon. "
                "Custody suites use the Vicon Valerus platform.", body),
      Paragraph("Question 3: No.", body),
      Paragraph("Question 4: There are no Dahua cameras. Two Dahua branded digital video recorders remain in use "
                "at Market Rasen and Sleaford, recording the existing analogue cameras at those sites. These are "
                "included in the estates replacement programme for 2025/26.", body),
      Paragraph("Question 5: Lincolnshire Police is unable to disclose the locations of cameras within custody "
                "suites. The information is exempt under sections 24(1) National Security and 31(1)(a)(b) Law "
                "Enforcement of the Act.", body),
      Paragraph("Section 24 and section 31 are prejudice based, qualified exemptions, which means that the "
                "evidence of harm must be considered together with a public interest test.", h),
      Paragraph("<b>Harm.</b> Disclosure of the precise positioning of cameras within custody suites would "
                "reveal areas not covered by recording equipment. Custody suites hold detained persons, some of "
                "whom may wish to self-harm, conceal items or attempt escape. Disclosure under FOI is disclosure "
                "to the world, and the information could be combined with other material already in the public "
                "domain (the 'mosaic effect') to identify vulnerabilities across the force estate.", body),
      Paragraph("<b>Public interest considerations favouring disclosure.</b> Disclosure would provide assurance "
                "that detained persons are monitored appropriately and that public funds are spent effectively "
                "on custody safety.", body),
      Paragraph("<b>Public interest considerations favouring non-disclosure.</b> The security of custody "
                "suites is paramount to the welfare of detainees and staff. Any information that would "
                "undermine that security, or assist those intent on evading the law, is not in the public "
                "interest. Custody CCTV is also subject to independent oversight by the Independent Custody "
                "Visitors scheme and HMICFRS inspection.", body),
      Paragraph("<b>Balance test.</b> Whilst there is a public interest in transparency, the Force considers "
                "that the safety of those in custody and the effective delivery of operational law enforcement "
                "outweigh it. The balance therefore favours withholding the information requested at question 5.",
                body),
      Paragraph("No inference can be taken from this refusal that cameras are or are not located in any "
                "particular part of a custody suite.", body),
      Paragraph("COMPLAINT RIGHTS", h),
      Paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you "
                "are dissatisfied with this response you may ask for an internal review within 40 working days. "
                "If, after the internal review, you remain dissatisfied you may apply to the Information "
                "Commissioner for a decision under section 50 of the Act.", body),
      Paragraph("Yours sincerely,", body), Spacer(1, 10),
      Paragraph("Rachel Dunmore<br/>Information Access Officer<br/>Lincolnshire Police", body),
      PageBreak(),
      Paragraph("Annex A - request as received", h),
      Paragraph("1) Please state the number of CCTV cameras installed at each police station and custody suite in "
                "the force area. 2) Please list the manufacturers of those cameras. 3) Do you use any Hikvision "
                "equipment? 4) Do you use any Dahua equipment? 5) Please provide the locations of the cameras "
                "within each custody suite.", small)]
doc.build(S, onFirstPage=footer, onLaterPages=footer)
print(T)
label(NN, "pdf", "police", "foia", "no", "yes", "partially_answered", ["s24", "s31"], T[3],
      "Multi-page PDF with the station table split across pages and a total row; Dahua only as recorders still in use; custody camera locations withheld.")
