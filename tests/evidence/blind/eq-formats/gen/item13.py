"""13: council text PDF with letterhead; table with recorders beside cameras (recorders are Dahua)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import out, write_request, write_label

write_request("13", """
Dear Information Governance Team

I request the following under FOIA 2000.
(i) The number of CCTV cameras at each council-operated site.
(ii) The make and model of the cameras and of the recording equipment at each site.
(iii) Does the council use Hikvision?
(iv) Does the council use Dahua?

Many thanks
Bernadette Quill
""")

ss = getSampleStyleSheet()
n = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14)
sm = ParagraphStyle("s", parent=n, fontSize=9, leading=11)


def lh(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 18); c.drawString(20 * mm, A4[1] - 22 * mm, "Broxley Borough Council")
    c.setFont("Times-Roman", 9)
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 16 * mm, "Corporate Information Team")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, "Broxley House, 2 Chapel Street")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 24 * mm, "Broxley BX4 1AA  ·  01632 960 400")
    c.setStrokeColor(colors.HexColor("#6A1B9A")); c.setLineWidth(2)
    c.line(20 * mm, A4[1] - 28 * mm, A4[0] - 20 * mm, A4[1] - 28 * mm)
    c.setFont("Times-Italic", 8); c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 12 * mm, "www.broxley.gov.uk  ·  Working together for a better Broxley")
    c.restoreState()

story = [Spacer(1, 16 * mm),
         Paragraph("Ms B Quill<br/>Via email", n), Spacer(1, 4 * mm),
         Paragraph("Our reference: CIT/FOI/25/00671<br/>Date: 23 June 2025", n), Spacer(1, 4 * mm),
         Paragraph("Dear Ms Quill,", n), Spacer(1, 2 * mm),
         Paragraph("<b>Freedom of Information Act 2000 – CCTV</b>", n), Spacer(1, 2 * mm),
         Paragraph("Thank you for your request, which we received on 27 May 2025. Please find the Council's response below.", n),
         Spacer(1, 3 * mm), Paragraph("<b>(i) and (ii)</b>", n), Spacer(1, 2 * mm)]
rows = [["Site", "Cameras", "Camera make / model", "Recorders", "Recorder make / model"],
        ["Broxley House", "22", "Axis P3265-LVE, M3106-L", "2", "Dahua NVR5432-16P-EI"],
        ["Chapel St multi-storey", "31", "Bosch FLEXIDOME 5100i", "3", "Dahua NVR5864-EI"],
        ["Abbey Fields park", "8", "Bosch DINION 5100i", "1", "Dahua NVR4216-16P-EI"],
        ["Riverside depot", "14", "Axis P1465-LE", "2", "Dahua NVR5432-16P-EI"],
        ["Broxley Market Hall", "12", "Axis M3116-LVE", "1", "Dahua NVR5216-8P-EI"],
        ["Kingfisher Community Centre", "9", "Bosch FLEXIDOME 3100i", "2", "Dahua NVR4108HS-8P-EI"],
        ["Total", "96", "", "11", ""]]
assert sum(int(r[1]) for r in rows[1:-1]) == 96 and sum(int(r[3]) for r in rows[1:-1]) == 11
t = Table([[Paragraph(c, sm) for c in r] for r in rows], colWidths=[42 * mm, 17 * mm, 45 * mm, 18 * mm, 45 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E1D5E7")),
                       ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2"))]))
story += [t, Spacer(1, 4 * mm),
          Paragraph("<b>(iii)</b> No Hikvision products are used by the Council.", n), Spacer(1, 2 * mm),
          Paragraph("<b>(iv)</b> The Council does not use Dahua cameras.", n), Spacer(1, 4 * mm),
          Paragraph("The information supplied to you continues to be protected by copyright. You are free to use it for your "
                    "own purposes, including for private study and non-commercial research. Any other re-use will require "
                    "the permission of the copyright holder.", sm), Spacer(1, 2 * mm),
          Paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
                    "review within 40 working days. If you are not content with the outcome of the internal review, you have "
                    "the right to apply directly to the Information Commissioner for a decision.", sm), Spacer(1, 6 * mm),
          Paragraph("Yours sincerely,<br/><br/>Gareth Ollerenshaw<br/>Corporate Information Officer", n)]
SimpleDocTemplate(out("13-reply.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=25 * mm,
                  title="FOI response CIT/FOI/25/00671").build(story, onFirstPage=lh, onLaterPages=lh)
write_label(path="13-reply.pdf", request_file="13-request.txt", format="pdf", body_type="council", law="foia",
            hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=96,
            note="Recorder column sits beside the camera column (count 96, not 11 recorders); (iv) says 'does not use Dahua cameras' yet every recorder in the table is a Dahua NVR, which is Dahua equipment in use.")
