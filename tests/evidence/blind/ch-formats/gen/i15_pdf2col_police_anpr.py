from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from common import out, write_request, add_label

NN = "15"
write_request(NN, """
Freedom of Information request – ANPR

1. How many ANPR cameras does Wessex Downs Police operate (fixed and mobile)?
2. Where are the fixed ANPR cameras located?
3. Who manufactures the force's ANPR cameras? Are any manufactured by Hikvision or Dahua?
4. How long is ANPR data retained?

Many thanks,
Chloe Harrington
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=10, leading=12.5,
                      spaceAfter=6, alignment=4)
hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6,
                    textColor=colors.HexColor("#002855"), alignment=0)
W, H = A4
gap = 8 * mm
colw = (W - 36 * mm - gap) / 2
frames = [Frame(18 * mm, 18 * mm, colw, H - 66 * mm, id="c1"),
          Frame(18 * mm + colw + gap, 18 * mm, colw, H - 66 * mm, id="c2")]


def page(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#002855"))
    c.rect(0, H - 40 * mm, W, 40 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18); c.drawString(18 * mm, H - 20 * mm, "WESSEX DOWNS POLICE")
    c.setFont("Helvetica", 11); c.drawString(18 * mm, H - 28 * mm, "Freedom of Information Disclosure  |  Reference 2024/2067")
    c.setFillColor(colors.black); c.setFont("Helvetica", 8)
    c.drawString(18 * mm, 10 * mm, "Information Rights Unit, PO Box 4470, Devizeton SN10 9WD   foi@wessexdowns.police.uk")
    c.drawRightString(W - 18 * mm, 10 * mm, f"{doc.page}")
    c.restoreState()


s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
P("Request received: 02/04/2024 &nbsp;&nbsp; Response: 29/04/2024", ParagraphStyle("m", parent=body, fontName="Helvetica-Oblique", fontSize=8.5))
P("Request", hd)
P("The applicant asked for information about the Automatic Number Plate Recognition (ANPR) cameras operated by "
  "Wessex Downs Police, namely the number of cameras, their locations, their manufacturer and data retention.")
P("Response", hd)
P("Wessex Downs Police holds information relevant to your request. Some information is exempt from disclosure, "
  "as explained below.")
P("<b>Q1.</b> The force operates ANPR at 41 fixed sites. There are a total of 126 fixed ANPR cameras across "
  "these sites. In addition the force has 19 vehicle-mounted (mobile) ANPR systems fitted to Roads Policing "
  "vehicles, each using a twin-camera unit.")
t = Table([["Type", "Sites / vehicles", "Cameras"], ["Fixed", "41", "126"], ["Mobile", "19", "38"]],
          colWidths=[colw * 0.34, colw * 0.36, colw * 0.26])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))]))
s.append(t); s.append(Spacer(1, 6))
P("<b>Q2.</b> The locations of fixed ANPR cameras are exempt from disclosure by virtue of section 31(1)(a)(b) "
  "(Law Enforcement) and section 24(1) (National Security) of the Freedom of Information Act 2000.")
P("<i>Harm.</i> ANPR is used to detect, deter and disrupt criminality, including terrorism and serious and "
  "organised crime. Revealing the location of fixed cameras would allow offenders to plan routes which "
  "avoid them, undermining the effectiveness of the national ANPR network. The information would also be of "
  "value to those who wish to target the infrastructure itself.")
P("<i>Public interest.</i> Disclosure would inform debate about surveillance on the road network and the use "
  "of public money. Against this, the force has a duty to protect the public and the effectiveness of a "
  "tactic used daily in investigations. On balance the public interest favours withholding the locations. "
  "This is in line with the approach taken by the National Police Chiefs' Council.")
P("<b>Q3.</b> Fixed ANPR cameras are manufactured by Jenoptik (Vector SR) and NDI Recognition Systems. Mobile "
  "units are NDI. None of the force's ANPR cameras are manufactured by Hikvision or Dahua.")
P("Please note this response relates to ANPR only. CCTV at police buildings, which includes Dahua recording "
  "equipment at a number of older stations, was the subject of FOI 2023/4410, available on our disclosure log.")
P("<b>Q4.</b> ANPR data is retained for 12 months in accordance with the National ANPR Standards for Policing "
  "and Law Enforcement (NASPLE), unless required for an investigation.")
P("Complaint rights", hd)
P("If you are dissatisfied with this response you may request an internal review within 40 working days of "
  "the date of this response by writing to the Information Rights Unit at the address below. If you remain "
  "dissatisfied you may then apply to the Information Commissioner.")
P("Yours sincerely,<br/><br/>Simon Achebe<br/>Information Rights Officer")
for _ in range(3):
    P("Every effort has been made to ensure that the information provided is as accurate as possible. "
      "Information released under FOIA is subject to copyright and may not be re-used commercially without "
      "the permission of the copyright holder." if _ == 0 else "")

doc = BaseDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, title="", author="")
doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=page)])
doc.build(s)

add_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "police", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["s31", "s24"], "camera_count": 164,
           "note": "two-column bulletin; ANPR-only request so ANPR count is the answer (126 fixed + 38 mobile cameras, not 41 sites/19 vehicles); Dahua recorders mentioned are outside the ANPR estate"})
