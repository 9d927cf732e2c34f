from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import out, write_request, add_label

NN = "23"
write_request(NN, """
Dear Sirs

Request for information – CCTV

Part 1: How many CCTV cameras does Ashcombe City Council currently operate?
Part 2: Please list the locations of the public space cameras.
Part 3: Does the Council use any cameras or recorders made by Hikvision or Dahua, or by companies owned by them?
Part 4: If so, are there plans to remove them?
Part 5: Who installs and maintains the system, and what is the annual contract value?
Part 6: Does the Council use facial recognition or audio recording?

Yours faithfully
Bernard Lowe
""")

ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=9)
hd = ParagraphStyle("h", parent=b, fontName="Times-Bold")
sm = ParagraphStyle("s", parent=b, fontSize=9, leading=11)


def deco(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 16); c.drawString(20 * mm, 280 * mm, "Ashcombe City Council")
    c.setFont("Times-Roman", 9)
    c.drawString(20 * mm, 275 * mm, "Legal & Democratic Services · Guildhall · Ashcombe AC1 2GH · DX 98314 Ashcombe")
    c.line(20 * mm, 272 * mm, 190 * mm, 272 * mm)
    c.drawCentredString(105 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


s = []
P = lambda t, st=b: s.append(Paragraph(t, st))
P("Mr B. Lowe<br/>By e-mail")
P("Please ask for: Nadia Coombes<br/>Direct dial: 01392 960 455<br/>E-mail: information.requests@ashcombe.gov.uk<br/>"
  "Our ref: ACC/IR/23/4087<br/>Date: 15 December 2023")
P("Dear Mr Lowe")
P("<b>Freedom of Information Act 2000 – Request ACC/IR/23/4087</b>")
P("I refer to your request for information received on 20 November 2023. I am pleased to confirm that the "
  "Council holds information falling within the scope of your request. I have answered each part in turn, "
  "using the numbering in your letter.")
P("Part 1", hd)
P("The Council currently operates one hundred and twelve CCTV cameras. This comprises the city centre public "
  "space system and the cameras at Council-run car parks, the Guildhall and the Marsh Barton depot.")
P("Part 2", hd)
P("We have considered whether the exemption in section 31 (law enforcement) should apply to the locations of "
  "the public space cameras. As the cameras are clearly signed and visible from the street, and a map is "
  "already displayed at the Guildhall, we have decided that the exemption is not engaged. The locations are "
  "listed below.")
locs = ["High Street / Bedford Street junction", "Cathedral Green (2)", "Queen Street north",
        "Sidwell Street / Paris Street", "Princesshay", "South Street", "Fore Street (3)", "Quayside (2)",
        "Bus station", "Central station forecourt", "Magdalen Road", "Heavitree Fore Street",
        "Mary Arches multi-storey car park (6)", "Howell Road car park (4)", "Guildhall (internal) (14)",
        "Marsh Barton depot (9)"]
data = [["Location", ""]] + [[l, ""] for l in locs]
t = Table([[l] for l in ["Location"] + locs], colWidths=[150 * mm])
t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
s.append(t); s.append(Spacer(1, 6))
P("Cameras are listed once unless a number is shown. The remaining cameras are redeployable units on lamp "
  "columns along the inner ring road (Western Way and Bonhay Road).")
P("Part 3", hd)
P("The brands mentioned in part 3 are not used by the Council. This includes the recording and control "
  "equipment.")
P("Part 4", hd)
P("Not applicable.")
P("Part 5", hd)
P("The system was installed by Exe Valley Communications Ltd, who also hold the maintenance contract. The "
  "annual contract value is £38,500 (2023/24). The contract runs to 31 March 2026.")
P("Part 6", hd)
P("No. The Council's cameras do not have facial recognition capability and do not record audio.")
P("Your rights", hd)
P("If you are not satisfied with this response you may ask for an internal review. Requests for review should "
  "be sent to the Monitoring Officer at the address above, within 40 working days. If you are not content "
  "with the outcome of the internal review, you may apply directly to the Information Commissioner for a "
  "decision. Generally, the ICO cannot make a decision unless you have exhausted the Council's complaints "
  "procedure.")
P("Re-use of information", hd)
P("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be "
  "subject to copyright protection. In most cases the copyright will be owned by the Council. You are free to "
  "use any information supplied for your own non-commercial research or private study purposes. Any other "
  "re-use, for example commercial publication, would require the permission of the copyright holder.")
P("Yours sincerely")
P("<br/>Nadia Coombes<br/>Information Requests Officer<br/>for Service Lead – Legal Services")
SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, topMargin=32 * mm, bottomMargin=20 * mm,
                  leftMargin=20 * mm, rightMargin=20 * mm, title="", author="").build(s, onFirstPage=deco, onLaterPages=deco)

add_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "council", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 112,
           "note": "count only in words; 'brands mentioned in part 3 are not used' needs the request; s31 considered and expressly not applied; location table counts are a subset"})
