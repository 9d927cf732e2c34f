from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "23"
write_request(NN, """
Mid and West Wales Fire and Rescue Service

1. Are any of your CCTV cameras made by Hikvision or Dahua, or by brands they own (e.g. HiLook, EZVIZ, Imou)?
2. For each site with CCTV, how many cameras are there and what make are they?
3. Please send a copy of the Data Protection Impact Assessment covering your CCTV.

Thanks,
Lowri Beynon
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru\nMid and West Wales Fire and Rescue Service"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.add_run("Pencadlys / Headquarters, Lime Grove Avenue, Carmarthen SA31 1SP  ·  0370 6060699\nFOI ref MAWWFRS/FOI/24-113  ·  ")
docx_field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs: r.font.size = Pt(8)
doc.add_paragraph("15 April 2024")
doc.add_paragraph("Dear Ms Beynon,")
docx_paras(doc, """
Thank you for your request under the Freedom of Information Act 2000, received on 18 March 2024.

1. Neither of the manufacturers named in your first question, nor the brands you list, are used by the
Service.

2. The cameras at each site are listed below.
""")
rows = [("Site", "Cameras", "Make"),
        ("Headquarters, Carmarthen", "18", "Axis"),
        ("Swansea West Fire Station", "6", "Hanwha"),
        ("Llanelli Fire Station", "6", "Hanwha"),
        ("Port Talbot Fire Station", "6", "Hanwha"),
        ("Aberystwyth Fire Station", "4", "Vivotek"),
        ("Haverfordwest Fire Station", "5", "Vivotek"),
        ("Newtown Fire Station", "3", "Vivotek"),
        ("Training and Development Centre, Pontyberem", "9", "Axis")]
t = doc.add_table(rows=0, cols=3); t.style = "Medium Shading 1 Accent 1"
for row in rows:
    c = t.add_row().cells
    for j, v in enumerate(row): c[j].text = v
doc.add_paragraph()
docx_paras(doc, """
3. The Service is currently reviewing its CCTV Data Protection Impact Assessment, and the revised DPIA
will be published on the Service's website once it has been approved by the Senior Leadership Team in
June 2024. We therefore consider that this information is exempt under section 22 of the FOIA
(information intended for future publication). We consider that it is reasonable in all the
circumstances to withhold the DPIA until the date of publication, and that the public interest is best
served by publishing the approved version.

If you are not satisfied with this response you may ask for an internal review within 40 working days.
After that you may complain to the Information Commissioner's Office.

Yn gywir / Yours sincerely,
""")
doc.add_paragraph("Sioned Llewellyn\nData Protection and FOI Officer")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "fire", "foia", "no", "no", "partially_answered", ["s22"], 57,
          "Maker answer refers back to 'the manufacturers named in your first question'; count is the sum of a per-site table with no total (57); DPIA withheld under s22.")
