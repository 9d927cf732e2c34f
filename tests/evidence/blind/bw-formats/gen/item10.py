from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors

N = 10
write_request(N, """
Request under FOISA to NHS Highland

Please tell me, for each hospital in the board area:
a) the number of CCTV cameras
b) the manufacturer(s) of the cameras
c) whether the cameras are monitored 24 hours a day

Thank you.
Ruaridh Gunn
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
hcell = ParagraphStyle("hc", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
doc = SimpleDocTemplate(str(out(N, "pdf")), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                        title="FOI 2024-00317 NHS Highland")
rows = [("Raigmore Hospital, Inverness", "214", "Axis; Hik Vision", "Yes – Security Control Room"),
        ("Belford Hospital, Fort William", "38", "Honeywell HQA", "No – recorded only"),
        ("Caithness General Hospital, Wick", "29", "Honeywell HQA; Axis", "No – recorded only"),
        ("Lawson Memorial Hospital, Golspie", "9", "Hik Vision", "No"),
        ("New Craigs Hospital, Inverness", "—", "Information not held (see note 1)", "—"),
        ("County Community Hospital, Invergordon", "12", "Axis", "No"),
        ("Broadford Hospital (Dr MacKinnon Memorial), Skye", "16", "Axis", "No"),
        ("Lorn & Islands Hospital, Oban", "44", "Axis; Honeywell HQA", "Yes – switchboard (out of hours)")]
data = [[Paragraph(h, hcell) for h in ["Hospital", "No. of CCTV cameras", "Camera manufacturer(s)", "Monitored 24/7?"]]]
data += [[Paragraph(x, cell) for x in r] for r in rows]
t = Table(data, colWidths=[62 * mm, 25 * mm, 50 * mm, 37 * mm], repeatRows=1)
t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3FA")])]))
st = [Paragraph("<b>NHS Highland</b><br/>Assynt House, Beechwood Park, Inverness IV2 3BW", body),
      Paragraph("Our reference: FOI 2024-00317<br/>Date: 8 March 2024", body),
      Paragraph("Dear Mr Gunn", body),
      Paragraph("<b>Freedom of Information (Scotland) Act 2002 – CCTV</b>", body),
      Paragraph("Thank you for your request received on 9 February 2024. The information we hold is set out in the table "
                "below.", body), t, Spacer(1, 8),
      Paragraph("<b>Note 1.</b> New Craigs Hospital is provided under a PFI contract and the security systems at the site are "
                "owned and managed by the PFI provider. NHS Highland does not hold this information. In terms of "
                "section 17(1) of FOISA this letter serves as a notice that the information is not held. You may wish "
                "to contact the PFI provider directly.", body),
      Paragraph("Cameras at GP practices, dental surgeries and community premises shared with The Highland Council are "
                "not included.", body),
      Paragraph("If you are dissatisfied with the way we have dealt with your request, you can ask us to review our "
                "actions and decisions by writing to the Board Secretary within 40 working days. If you remain "
                "dissatisfied you have the right to apply to the Scottish Information Commissioner within six months "
                "for a decision. You can apply online at www.foi.scot/appeal.", body),
      Paragraph("Yours sincerely<br/><br/>Fiona Matheson<br/>Information Governance Officer<br/>nhsh.foi@nhs.scot", body)]
doc.build(st)
total = sum(int(r[1]) for r in rows if r[1].isdigit())
print(total)
add_label(N, "pdf", "nhs", "foisa", "yes", "yes", "partially_answered", ["s17"], total,
          "per-hospital table with no total; 'Hik Vision' spelling; Dahua only via OEM brand Honeywell HQA; one PFI site not held (s17 notice)")
