from common import *
import random
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NN = "13"
REF = "FOI-CU-2025-0154"
write_request(NN, """
Dear Cardiff University

Please provide:
(a) the number of CCTV cameras in each University building;
(b) the manufacturer(s) of those cameras;
(c) whether the University uses cameras made by Hikvision or Dahua, and if so whether there are plans to remove them;
(d) the amount spent on CCTV installation and maintenance in each of the last three financial years.

Many thanks
Eleri Watkins
""")
rnd = random.Random(1313)
bld = ["Main Building", "Glamorgan Building", "Bute Building", "Redwood Building", "Sir Martin Evans Building",
       "Queen's Buildings", "Julian Hodge Building", "Aberconway Building", "John Percival Building",
       "Centre for Student Life", "Students' Union", "Arts and Social Studies Library", "Trevithick Library",
       "Tower Building", "Park Place (various)", "Colum Road (various)", "Senghennydd Road houses",
       "Cardiff Business School Postgraduate Teaching Centre", "Abacws", "sbarc|spark", "Translational Research Hub",
       "Hadyn Ellis Building", "Cochrane Building", "Tenovus Building", "Henry Wellcome Building",
       "Heath Park Academic Centre", "Ty Dewi Sant", "Eastgate House", "Ty Glas",
       "Talybont Court", "Talybont South", "Talybont Gate", "Talybont North", "Senghennydd Court",
       "Cartwright Court", "Colum Hall", "Aberdare Hall", "University Hall", "Roy Jenkins Hall",
       "Llandaff Campus", "Sport Wales National Centre (Univ. areas)", "Llanrumney Sports Ground",
       "Security Control Room / 51a Park Place", "Maindy Road Depot"]
hik = {"Talybont Court": 9, "Talybont South": 8, "Talybont North": 7, "Llanrumney Sports Ground": 6, "Maindy Road Depot": 4}
rows = [["Building", "Cameras", "Manufacturer"]]
tot = 0
for b in bld:
    if b in hik:
        other = rnd.randint(2, 10)
        rows.append([b, hik[b] + other, f"HIKVISION ({hik[b]}), Axis ({other})"])
        tot += hik[b] + other
    else:
        n = rnd.randint(3, 38)
        mk = rnd.choice(["Axis", "Axis", "Hanwha", "Axis / Hanwha", "Bosch"])
        rows.append([b, n, mk]); tot += n
rows.append(["Total", tot, ""])
assert sum(hik.values()) == 34

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
h = ParagraphStyle("h", parent=body, fontName="Times-Bold")

def deco(c, d):
    c.saveState()
    c.setFont("Times-Roman", 8.5); c.setFillColor(colors.HexColor("#444444"))
    c.line(20 * mm, 17 * mm, A4[0] - 20 * mm, 17 * mm)
    c.drawString(20 * mm, 12 * mm, f"Cardiff University | Compliance and Risk | {REF}")
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Tudalen / Page {d.page}")
    if d.page == 1:
        c.setFont("Times-Bold", 16); c.setFillColor(colors.HexColor("#c8102e"))
        c.drawString(20 * mm, A4[1] - 22 * mm, "PRIFYSGOL CAERDYDD / CARDIFF UNIVERSITY")
        c.setFont("Times-Roman", 9); c.setFillColor(colors.black)
        c.drawString(20 * mm, A4[1] - 28 * mm, "Compliance and Risk, Friary House, Greyfriars Road, Cardiff CF10 3AE  ·  inforequest@cardiff.example.ac.uk")
    c.restoreState()

doc = SimpleDocTemplate(str(OUT / f"{NN}-reply.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                        topMargin=36 * mm, bottomMargin=24 * mm)
S = [Paragraph("6 March 2025", body), Paragraph("Eleri Watkins<br/>By e-mail", body), Spacer(1, 6),
     Paragraph("Dear Ms Watkins", body),
     Paragraph(f"<b>Request for information – reference {REF}</b>", body),
     Paragraph("Your request for information, received on 5 February 2025, has been considered under the Freedom "
               "of Information Act 2000. The University holds information relevant to your request and this is "
               "provided below in the order of your questions.", body),
     Paragraph("(a) and (b) Cameras by building and manufacturer", h),
     Paragraph("The table below is drawn from the Security Services system schedule. It covers all University "
               "operated CCTV; cameras in buildings where the University is a tenant and the landlord operates the "
               "system are not included.", body)]
t = Table(rows, colWidths=[78 * mm, 22 * mm, 64 * mm], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                       ("FONT", (0, -1), (-1, -1), "Times-Bold", 10), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                       ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black), ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f3f3f3")]),
                       ("ALIGN", (1, 0), (1, -1), "CENTER")]))
S += [t, Spacer(1, 10)]
S += [Paragraph("(c) Hikvision and Dahua", h),
      Paragraph("The University does not use Dahua equipment. As shown above, 34 HIKVISION cameras remain in use "
                "at the Talybont residences, Llanrumney Sports Ground and Maindy Road. Following the Cabinet Office "
                "guidance of November 2022 (PN 07/22), which the University has chosen to follow although it is not "
                "bound by it, these units are being replaced on a phased basis and all are scheduled to be removed "
                "by July 2026. No HIKVISION equipment is connected to the University's core network.", body),
      Paragraph("(d) Expenditure", h)]
t2 = Table([["Financial year", "Installation (£)", "Maintenance (£)"],
            ["2021/22", "48,210", "61,904"], ["2022/23", "112,655", "64,380"], ["2023/24", "87,430", "66,115"]],
           colWidths=[50 * mm, 45 * mm, 45 * mm])
t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
S += [t2, Spacer(1, 6),
      Paragraph("Figures are exclusive of VAT and exclude security staff costs.", body),
      Paragraph("<b>Re-use of information</b><br/>The information supplied is subject to the University's "
                "copyright unless otherwise indicated. You may re-use it under the Open Government Licence.", body),
      Paragraph("<b>Your rights</b><br/>If you are dissatisfied with the handling of your request you may ask for "
                "an internal review within 40 working days by writing to inforequest@cardiff.example.ac.uk. If you "
                "remain dissatisfied you may apply to the Information Commissioner.", body),
      Paragraph("Yn gywir / Yours sincerely", body), Spacer(1, 12),
      Paragraph("Dr Rhodri Pask<br/>Information Request Manager", body)]
doc.build(S, onFirstPage=deco, onLaterPages=deco)
print(tot)
label(NN, "pdf", "university", "foia", "yes", "no", "answered", [], tot,
      "Multi-page PDF: building table split across pages with total row; HIKVISION units in use but scheduled for removal by a future date.")
