from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from common import out, write_request, add_label

NN = "03"
write_request(NN, """
To the FOI team, Northmoor Teaching Hospitals NHS Foundation Trust

I would like to request the following under the FOI Act:

1) How many CCTV cameras does the Trust operate across its hospital sites? Please break down by site.
2) Where exactly are the cameras located (e.g. ward, entrance, car park)?
3) Who manufactures the cameras? In particular are any Hikvision or Dahua?
4) Does the Trust use facial recognition software with any of its CCTV?
5) Please provide the Trust's CCTV policy.

Thank you,
Dr Anna Whitcombe
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, textColor=colors.grey)


def header_footer(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 12)
    c.setFillColor(colors.HexColor("#005EB8"))
    c.drawRightString(195 * mm, 285 * mm, "Northmoor Teaching Hospitals")
    c.setFont("Helvetica", 8)
    c.drawRightString(195 * mm, 281 * mm, "NHS Foundation Trust")
    c.setFillColor(colors.black)
    c.drawString(15 * mm, 10 * mm, "Information Governance, Northmoor General Hospital, Ashby Road, Northmoor NM3 7QA")
    c.drawRightString(195 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
P("Our Ref: FOI 4419<br/>Date: 3rd October 2023")
P("Dr A Whitcombe<br/>By email")
P("Dear Dr Whitcombe")
P("<b>Re: Freedom of Information Request</b>")
P("Thank you for your request received on 6 September 2023 for information held by Northmoor Teaching "
  "Hospitals NHS Foundation Trust under the provisions of the Freedom of Information Act 2000. "
  "We have now completed our search and our response is set out below.")
P("<b>1) How many CCTV cameras does the Trust operate across its hospital sites? Please break down by site.</b>", body)
P("The table below shows cameras operated by the Trust's Security Department as at 30 September 2023.")
data = [["Site", "Internal", "External"],
        ["Northmoor General Hospital", "118", "47"],
        ["St Cuthbert's Hospital", "39", "21"],
        ["Ashby Community Hospital", "12", "9"],
        ["Fellgate Treatment Centre", "16", "6"]]
t = Table(data, colWidths=[80 * mm, 30 * mm, 30 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
s.append(t); s.append(Spacer(1, 10))
P("Cameras in retail units and the multi-storey car park at Northmoor General are operated by the "
  "concession holders and the car park operator respectively and are not included above.")
P("<b>2) Where exactly are the cameras located?</b>")
P("The Trust is withholding the specific locations of its cameras under section 24(1) (National Security) "
  "and section 31(1)(a) (Law Enforcement) of the Act. Disclosure of a detailed map of camera coverage "
  "would reveal areas which are not covered and would be likely to prejudice the prevention and detection "
  "of crime, and would assist anyone seeking to compromise the security of critical healthcare "
  "infrastructure. In general terms cameras cover entrances, emergency departments, car parks and "
  "external perimeters.")
P("<b>Public interest test</b>")
P("The Trust recognises the public interest in transparency about the use of surveillance in hospitals. "
  "However the public interest in protecting patients, staff and visitors, and in not facilitating crime, "
  "is considered to outweigh this. The public interest therefore favours maintaining the exemptions.")
s.append(PageBreak())
P("<b>3) Who manufactures the cameras? In particular are any Hikvision or Dahua?</b>")
P("All of the Trust's cameras are manufactured by Hanwha Vision (formerly Samsung Techwin) and Axis "
  "Communications. The recording platform is Milestone XProtect running on Dell servers.")
P("<b>4) Does the Trust use facial recognition software with any of its CCTV?</b>")
P("No.")
P("<b>5) Please provide the Trust's CCTV policy.</b>")
P("The Trust's CCTV Policy (SEC-07, version 4.2) is published on our website and is therefore exempt under "
  "section 21 of the Act as it is reasonably accessible to you by other means. It can be found at "
  "www.northmoor-tr.nhs.uk/about-us/policies under 'Security'.")
P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
  "review. Internal review requests should be submitted within two months of the date of receipt of the "
  "response to your original letter and should be addressed to: Head of Information Governance, "
  "ng-tr.foi@nhs.net.")
P("If you are not content with the outcome of the internal review, you have the right to apply directly to "
  "the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
P("Yours sincerely")
P("<b>Karen Ashdown</b><br/>Freedom of Information Officer<br/>Tel: 01632 960 772")
P("The information supplied to you is owned by the Trust and is protected by copyright. You may use it for "
  "your own purposes including non-commercial research. Re-use for commercial purposes requires permission.", small)

doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, topMargin=30 * mm, bottomMargin=20 * mm,
                        leftMargin=20 * mm, rightMargin=20 * mm, title="", author="")
doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)

add_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "nhs", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["s24", "s31", "s21"], "camera_count": 268,
           "note": "two-page letter; count is the sum of internal/external columns of a ruled table with no total (165+60+21+22); makers only by complete list"})
