import random
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from common import out, add_label, pdf_styles

S = pdf_styles()
rnd = random.Random(9)
places = ["Ayrford", "Doonside", "Maybole Road", "Girvanmouth", "Cumnock Vale", "Dalmellan", "Troonhill", "Prestwood",
          "Kilwinnoch", "Straiton", "Patna Brae", "Crosshill", "Barrmill", "Largs Road", "Coylton", "Annbank",
          "Dalrymple", "Ochiltree", "Drongan", "Muirkirk", "Catrine", "Sorn Bridge", "Tarbolton", "Mauchline"]
kinds = ["Health Centre", "Community Hospital", "Clinic", "Dental Centre", "Resource Centre"]
sites = [("University Hospital Ayrford", None), ("Doonside General Hospital", None), ("Ailsa Mental Health Unit", None),
         ("Board HQ, Eglinton House", None), ("Central Stores & Laundry, Irvine Park", None)]
for p in places:
    for k in rnd.sample(kinds, rnd.choice([1, 2, 2])):
        sites.append(("%s %s" % (p, k), None))
makes = ["Axis", "Axis", "Hanwha", "Vivotek", "Hik-Vision", "HIKVISION", "Hikvision", "Dahua Technology", "Dahua"]
rows = []
for i, (s, _) in enumerate(sites):
    if i == 0: n, m = 96, "Axis"
    elif i == 1: n, m = 71, "Axis / Hanwha"
    elif i == 2: n, m = 38, "Hanwha"
    elif i == 3: n, m = 22, "Axis"
    elif i == 4: n, m = 17, "HIKVISION"
    else:
        n, m = rnd.randint(2, 11), rnd.choice(makes)
    rows.append([s, m, n])
total = 612
diff = total - sum(r[2] for r in rows)
# spread the difference over small sites
i = 5
while diff != 0:
    step = 1 if diff > 0 else -1
    if rows[i][2] + step >= 2:
        rows[i][2] += step; diff -= step
    i = 5 + (i - 4) % (len(rows) - 5)
assert sum(r[2] for r in rows) == total
assert any("Dahua" in r[1] for r in rows) and any(r[1].lower().startswith("hik") for r in rows[5:])

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.2 * cm, "NHS Carrick and Doon  |  FOI 2024-0317")
    c.drawRightString(19 * cm, 1.2 * cm, "Page %d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out("09-reply.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="FOI 2024-0317 response")
f = [Paragraph("NHS Carrick and Doon", S["h"]),
     Paragraph("Information Governance Department<br/>Eglinton House, Dalblair Road<br/>Ayrford KA7 1QE<br/>foi.cd@nhs.scot", S["right"]),
     Paragraph("Date: 4 April 2024<br/>Our ref: FOI 2024-0317", S["base"]),
     Paragraph("Dear Mr Munro", S["base"]),
     Paragraph("<b>Freedom of Information (Scotland) Act 2002 – Request for Information</b>", S["base"]),
     Paragraph("Thank you for your email of 7 March 2024 requesting information about CCTV. NHS Carrick and Doon has now "
               "completed its search for the information you requested. Your questions and our answers are set out below.", S["base"]),
     Paragraph("<i>Question 1: What is the total number of CCTV cameras across the Health Board's hospitals, health centres and other premises?</i>", S["base"]),
     Paragraph("<i>Question 2: Please break the number down by site and give the manufacturer of the cameras at each site.</i>", S["base"]),
     Paragraph("Please see Annex A, which lists each Board site with CCTV, the manufacturer and the number of cameras.", S["ind"]),
     Paragraph("<i>Question 3: Does the Board use any cameras manufactured by Hikvision or Dahua?</i>", S["base"]),
     Paragraph("Please refer to the manufacturer column in Annex A. The Board's Estates team is reviewing its CCTV procurement "
               "in line with Scottish Government guidance.", S["ind"]),
     Paragraph("<i>Question 4: Please send me a copy of the Board's CCTV policy.</i>", S["base"]),
     Paragraph("A copy of the Board's CCTV Policy (CD-EF-014, review date October 2025) is enclosed with this letter.", S["ind"]),
     Paragraph("If you are unhappy with our response to your request, you do have the right to request us to review it. Your request "
               "should be made within 40 working days of receipt of this letter, and we will reply within 20 working days of receipt. "
               "If our decision is unchanged following a review and you remain dissatisfied with this, you then have the right to make "
               "a formal complaint to the Scottish Information Commissioner within 6 months of receipt of our review response. "
               "You can do this by using the Commissioner's online appeal service at www.itspublicknowledge.info/Appeal.", S["base"]),
     Paragraph("If you require a review of our decision to be carried out, please write to the FOI Reviewer at the address above. "
               "The review will be undertaken by a Reviewer who was not involved in the original decision-making process.", S["base"]),
     Paragraph("FOI responses (subject to redaction of personal information) may appear on NHS Carrick and Doon's Freedom of "
               "Information disclosure log.", S["base"]),
     Paragraph("Yours sincerely", S["base"]), Spacer(1, 10),
     Paragraph("Fiona Baird<br/>Information Governance Officer", S["base"]),
     PageBreak(),
     Paragraph("Annex A – CCTV cameras by site", S["h"]), Spacer(1, 6)]
data = [["Site", "Manufacturer", "Cameras"]] + [[Paragraph(r[0], S["cell"]), r[1], str(r[2])] for r in rows]
t = Table(data, colWidths=[9.5 * cm, 4.5 * cm, 2.5 * cm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
                       ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
f.append(t)
f.append(Spacer(1, 10))
f.append(Paragraph("<b>Total cameras across all sites: 612</b>", S["base"]))
f.append(Paragraph("Figures as at 31 March 2024. Sites without CCTV are not listed.", S["small"]))
doc.build(f, onFirstPage=footer, onLaterPages=footer)
print(len(rows), "rows")
add_label(path="09-reply.pdf", request_file="09-request.txt", format="pdf", body_type="nhs", law="foisa",
          hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=612,
          note="Multi-page PDF: letter defers Q1-3 to Annex A, a long per-site table over pages with makes spelt 'Hik-Vision'/'HIKVISION'/'Dahua Technology' and the total only in a line after the table.")
