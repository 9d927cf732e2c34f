from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

NN = "13"
write_request(NN, """
Dear Information Governance team,

Please could you provide, under FOI:

1. The number of CCTV cameras at each of the Trust's inpatient sites, split into fixed and PTZ.
2. The manufacturers of those cameras, with model numbers if held.
3. Whether any of the cameras are made by Dahua.
4. Which wards have CCTV inside patient areas (bedrooms, seclusion rooms, communal areas).

Regards,
Ifeoma Adeyemi
""")
ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
h = ParagraphStyle("h", parent=b, fontName="Helvetica-Bold", fontSize=11)
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=20*mm)
S = []
P = lambda t, s=b: S.append(Paragraph(t, s))
P("<b>Humber Teaching NHS Foundation Trust</b><br/>Trust Headquarters, Willerby Hill, Beverley Road, Willerby HU10 6ED<br/>"
  "HNF-TR.FOI@nhs.net", b)
P("Request reference: FOI 1873/24 &nbsp;&nbsp;&nbsp; Date of response: 21 November 2024")
P("Dear Ms Adeyemi")
P("Thank you for your request for information, received 24 October 2024. The Trust's response is provided below.")
P("Question 1", h)
rows = [["Site", "Fixed", "PTZ", "Total"],
        ["Miranda House, Hull", "46", "2", "48"],
        ["Humber Centre for Forensic Psychiatry", "88", "6", "94"],
        ["Westlands, Hull", "31", "1", "32"],
        ["Avondale, Hull", "27", "0", "27"],
        ["Mill View Court / Mill View Lodge", "38", "2", "40"],
        ["Maister Lodge", "19", "0", "19"],
        ["Malton Community Hospital (inpatient unit)", "14", "1", "15"],
        ["Whitby Hospital (inpatient unit)", "11", "1", "12"],
        ["Total", "274", "13", "287"]]
t = Table(rows, colWidths=[90*mm, 22*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2f3")),
                       ("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"), ("FONTNAME", (0,-1), (-1,-1), "Helvetica-Bold"),
                       ("ALIGN", (1,0), (-1,-1), "CENTER"), ("FONTSIZE", (0,0), (-1,-1), 9.5)]))
S += [t, Spacer(1, 8)]
P("Question 2", h)
rows2 = [["Manufacturer", "Models (where recorded)"],
         ["Avigilon", "H5A Dome, H5A Bullet, H5A PTZ"],
         ["Axis", "P3255-LVE, M4216-LV, Q6075-E"],
         ["Hikvision", "DS-2DE4A425IWG-E (PTZ), DS-2CD2347G2-LU"],
         ["Vivotek", "FD9387-HTV (anti-ligature dome)"]]
t2 = Table(rows2, colWidths=[45*mm, 111*mm])
t2.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e2f3")),
                        ("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"), ("FONTSIZE", (0,0), (-1,-1), 9.5)]))
S += [t2, Spacer(1, 8)]
P("Question 3", h)
P("None of the Trust's CCTV cameras are manufactured by Dahua.")
P("Question 4", h)
P("The Trust holds this information. However, we consider it exempt from disclosure under section 38(1) (health and safety) "
  "and section 31(1)(a) (prevention of crime) of the Freedom of Information Act. Identifying the wards and rooms in which "
  "cameras are or are not installed could enable patients at risk of self-harm to identify areas not covered by "
  "observation, endangering their physical and mental health, and would assist anyone seeking to bring illicit items onto "
  "secure wards. Having considered the public interest test, the Trust has concluded that the public interest in "
  "maintaining these exemptions outweighs that in disclosure. The Trust's CCTV policy, which sets out the principles "
  "governing use of cameras in clinical areas, is available on our website.")
P("If you are dissatisfied with our response you may ask for an internal review within 40 working days of the date of this "
  "letter. Should you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, "
  "Wilmslow, Cheshire SK9 5AF.")
P("Yours sincerely<br/><br/>Freedom of Information Officer<br/>Humber Teaching NHS Foundation Trust")
doc.build(S)
add_label(NN, "pdf", "nhs", "foia", "yes", "no", "partially_answered", ["s38", "s31"], 287,
          "Ruled per-site table with fixed/PTZ and total row; makers in a second ruled table; s38 and s31 for ward locations.")
