from docx import Document
from docx.shared import Pt, Cm
from common import out, write_request, add_label

NN = "27"
write_request(NN, """
Dear Scottish Fisheries Protection Agency,

Under FOISA:
a. Does the Agency own or operate drones (UAVs) for surveillance of vessels or harbours?
b. If so, how many, and what make?
c. Are any manufactured by DJI, Autel, Hikvision or Dahua?

Thanks, Morag Innes
""")

d = Document()
d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
d.sections[0].header.paragraphs[0].text = "Scottish Fisheries Protection Agency – an Executive Agency of the Scottish Government"
d.add_paragraph("Morag Innes\nBy email\n\nOur reference: FOI/202400418265\n5 September 2024")
d.add_paragraph("Dear Ms Innes")
d.add_paragraph("Thank you for your request dated 9 August 2024 under the Freedom of Information (Scotland) Act "
                "2002 (FOISA). You asked:")
for q in ["a. Does the Agency own or operate drones (UAVs) for surveillance of vessels or harbours?",
          "b. If so, how many, and what make?",
          "c. Are any manufactured by DJI, Autel, Hikvision or Dahua?"]:
    p = d.add_paragraph(q); p.paragraph_format.left_indent = Cm(1.2); p.runs[0].italic = True
d.add_paragraph("The Agency does not own or operate any drones. Surveillance of vessels is carried out by our "
                "patrol vessels and by contracted aerial surveillance aircraft. Questions b and c therefore do not apply.")
d.add_paragraph("While our aim is to provide information whenever possible, in this instance we do not hold some "
                "of the information you have requested, and section 17(1) of FOISA applies to parts b and c.")
d.add_paragraph("Your right to request a review: if you are unhappy with this response, you may ask us to carry "
                "out an internal review by writing to the Chief Executive, SFPA, Saltire Court, Leith EH6 6QQ, "
                "within 40 working days. If you remain unhappy after review, you may appeal to the Scottish "
                "Information Commissioner.")
d.add_paragraph("Yours sincerely\n\nIain Ferguson\nCorporate Services Branch")
d.save(out(f"{NN}-reply.docx"))

add_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "scottish_gov", "law": "foisa", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": ["s17"], "camera_count": 0,
           "note": "drones-only request: body has no drones (so no/no/0); also issues a FOISA s17 not-held notice for the follow-on parts"})
