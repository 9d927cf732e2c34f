from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, write_request, add_label

NN = "12"
write_request(NN, """
Dear Glenmorvern Council,

I would like to make a request under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Council currently operate in public spaces?
2. Please provide the street location of each camera.
3. Which companies manufactured the cameras? Are any made by Hikvision or Dahua?
4. How much did the Council spend on CCTV maintenance in 2023/24?

Regards,
Alasdair Munro
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "GLENMORVERN COUNCIL  |  Comhairle Ghleann Mhorbhairne"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Information Management Team, Council Headquarters, High Street, Invermorvern PH33 6QX  •  foi@glenmorvern.gov.scot  •  OFFICIAL"
fp.runs[0].font.size = Pt(8)

d.add_paragraph("Our Ref: FOISA/2024/1562\nYour Ref: n/a\nDate: 21 June 2024")
d.add_paragraph("Mr A Munro\nBy email only")
d.add_paragraph("Dear Mr Munro")
p = d.add_paragraph(); r = p.add_run("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA) – REQUEST FOR INFORMATION"); r.bold = True
d.add_paragraph("Thank you for your request dated 24 May 2024. I have set out each part of your request below, "
                "followed by the Council's response.")
qa = [
    ("1. How many CCTV cameras does the Council currently operate in public spaces?",
     ["The Council currently operates 58 public space CCTV cameras in Invermorvern, Kinlochard and Portmaree."]),
    ("2. Please provide the street location of each camera.",
     ["The Council considers that this information is exempt from disclosure under section 35(1)(a) and (b) "
      "of FOISA (law enforcement). Publishing the exact position of each camera would, or would be likely to, "
      "prejudice substantially the prevention or detection of crime and the apprehension or prosecution of "
      "offenders, as it would allow individuals to identify areas not covered by the system.",
      "This exemption is subject to the public interest test. While there is a public interest in "
      "transparency about surveillance, we consider the public interest in the effective prevention and "
      "detection of crime outweighs it. CCTV signage is displayed in all monitored areas."]),
    ("3. Which companies manufactured the cameras? Are any made by Hikvision or Dahua?",
     ["The cameras were supplied and installed as part of a managed service by Lochside Integrated Systems "
      "Ltd. The Council does not hold a record of the manufacturer of individual cameras. In terms of "
      "section 17(1) of FOISA, I must therefore give you notice that the Council does not hold this information."]),
    ("4. How much did the Council spend on CCTV maintenance in 2023/24?",
     ["£41,786.20 (managed service charge, excluding VAT)."]),
]
for q, ans in qa:
    p = d.add_paragraph(); r = p.add_run(q); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    for a in ans:
        d.add_paragraph(a)
p = d.add_paragraph(); r = p.add_run("Your right to seek a review"); r.bold = True
d.add_paragraph("If you are unhappy with this response, you may ask the Council to carry out an internal review "
                "by writing to the Information Management Team at the address below within 40 working days. "
                "If you remain dissatisfied following the review you have the right to apply to the Scottish "
                "Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or via "
                "www.foi.scot/appeal. Any application must be made within six months of receiving the review outcome.")
d.add_paragraph("Yours sincerely\n\nMairi Sutherland\nInformation Officer\n01397 960 224")
d.save(out(f"{NN}-reply.docx"))

add_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "council", "law": "foisa", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": ["s35", "s17"], "camera_count": 58,
           "note": "FOISA letter with header/footer; locations withheld s35(1)(a),(b); makers not held (s17 notice), installer named instead"})
