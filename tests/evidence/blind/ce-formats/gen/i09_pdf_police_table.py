from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.lib.units import mm

NN = "09"
write_request(NN, """
Thames Valley Police

Under the Freedom of Information Act 2000, please provide:
Q1. The number of CCTV cameras at TVP buildings, broken down by manufacturer.
Q2. Whether the force has removed any Hikvision or Dahua cameras in the last three years and if so how many.
Q3. The locations (building names) where CCTV cameras are installed.

Kind regards,
Fiona Lacey
""")

ss = getSampleStyleSheet()
body = ss["BodyText"]; body.fontName = "Helvetica"; body.fontSize = 10; body.leading = 13
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=22*mm, rightMargin=22*mm,
                        title="FOI response 2024-01932", author="Thames Valley Police")
E = []
E.append(Paragraph("<b>THAMES VALLEY POLICE</b>", ss["Title"]))
E.append(Paragraph("Information Access Team, Headquarters South, Oxford Road, Kidlington OX5 2NX", body))
E.append(Spacer(1, 8))
E.append(Paragraph("Freedom of Information Request Reference No: <b>2024-01932</b><br/>Date: 11 September 2024", body))
E.append(Spacer(1, 8))
E.append(Paragraph("Dear Ms Lacey", body))
E.append(Paragraph("I write in connection with your request for information received on 14 August 2024. "
                   "Thames Valley Police has located some information relevant to your request. Please find our response below.", body))
E.append(Spacer(1, 6))
E.append(Paragraph("<b>Q1.</b> The number of CCTV cameras at TVP buildings, broken down by manufacturer.", body))
data = [["Manufacturer", "Number of cameras"],
        ["Axis", "148"], ["Bosch", "62"], ["Hanwha (Samsung)", "31"], ["Vivotek", "9"],
        ["Hikvision", "0*"]]
t = Table(data, colWidths=[70*mm, 45*mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
E.append(t)
E.append(Paragraph("<font size=8>* see Q2</font>", body))
E.append(Spacer(1, 6))
E.append(Paragraph("<b>Q2.</b> Whether the force has removed any Hikvision or Dahua cameras in the last three years and if so how many.", body))
E.append(Paragraph("Yes. 23 Hikvision cameras at the Abingdon and High Wycombe stations were removed and replaced with Axis "
                   "cameras between June 2022 and March 2023. No Dahua cameras have been removed.", body))
E.append(Spacer(1, 6))
E.append(Paragraph("<b>Q3.</b> The locations (building names) where CCTV cameras are installed.", body))
E.append(Paragraph("This part of your request is exempt by virtue of section 24(1) (National Security) and section 31(1)(a)(b) "
                   "(Law Enforcement) of the Act. Identifying which police buildings have CCTV coverage, and by inference which "
                   "do not, would assist those wishing to target police premises. Having considered the public interest test, "
                   "the balance lies in favour of withholding this information.", body))
E.append(Spacer(1, 10))
E.append(Paragraph("<b>Complaint Rights</b>", body))
E.append(Paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied "
                   "you may ask for an internal review within 40 working days; thereafter you may complain to the Information "
                   "Commissioner's Office.", body))
E.append(Spacer(1, 10))
E.append(Paragraph("Yours sincerely<br/><br/>Dawn Petrakis<br/>Information Access Officer", body))
doc.build(E)
label(NN, "pdf", "police", "foia", "no", "no", "partially_answered", ["s24", "s31"], 250,
      "maker table with Hikvision 0 (removed) and no total row; Dahua 'no' only because the full manufacturer breakdown omits it (Q2 only says none removed)")
