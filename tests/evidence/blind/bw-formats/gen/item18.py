from common import *
from emailutil import make_eml
import io
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 18
write_request(N, """
Dear Staffordshire Police,

This request relates to Automatic Number Plate Recognition (ANPR) only.

1. How many fixed ANPR cameras does the force operate?
2. Who manufactured the ANPR cameras?
3. Where are the cameras located (road name or junction)?
4. How long is ANPR data retained?

Regards
Kwame Asante-Boateng
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
s = doc.sections[0]
s.header.paragraphs[0].text = "OFFICIAL\nStaffordshire Police – Freedom of Information – Request No. FOI 7741/24"
s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
s.footer.paragraphs[0].text = "Staffordshire Police, PO Box 3167, Stafford ST16 9JZ"
doc.add_paragraph("Dear Mr Asante-Boateng,")
doc.add_paragraph("Thank you for your request for information received on 2 February 2024. Your request has been "
                  "dealt with under the terms of the Freedom of Information Act 2000 and I am now in a position to "
                  "provide you with a response.")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Question"; t.rows[0].cells[1].text = "Response"
for q, a in [("1. How many fixed ANPR cameras does the force operate?", "186"),
             ("2. Who manufactured the ANPR cameras?",
              "NDI Recognition Systems and HIKVISION. The HIKVISION units were installed under the 2017 Safer Roads "
              "partnership scheme and remain in service."),
             ("3. Where are the cameras located (road name or junction)?",
              "Exempt – sections 24(1) and 31(1)(a)(b). See below."),
             ("4. How long is ANPR data retained?",
              "In line with the National ANPR Standards (NASPLE), ANPR read data is retained for 12 months unless "
              "required for an investigation.")]:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
doc.add_paragraph("")
r = doc.add_paragraph().add_run("Reasons for decision"); r.bold = True
doc.add_paragraph("Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement. Disclosure of the precise "
                  "locations of ANPR cameras would allow those intent on criminal activity, including terrorism, to "
                  "plan routes to avoid detection, undermining the effectiveness of ANPR as a policing tool. The "
                  "public interest in disclosure is outweighed by the public interest in maintaining the exemptions. "
                  "The force has published general information about ANPR on its website.")
doc.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint.")
doc.add_paragraph("Yours sincerely\n\nLauren Hollinshead\nFreedom of Information Officer")
bio = io.BytesIO(); doc.save(bio)
body = """Dear Mr Asante-Boateng

Please see attached response to your freedom of information request FOI 7741/24.

Kind regards

FOI Team
Staffordshire Police
*************************************************************
This e-mail is intended for the addressee(s) only. The information it contains may be privileged and/or confidential. If you have received it in error, please notify the sender and delete it.
*************************************************************
"""
make_eml(out(N, "eml"), "Freedom of Information <foi@staffordshire.police.uk>", "kwame.ab@outlook.com",
         "FOI 7741/24 - ANPR", "2024-02-28 10:05", text=body,
         attachments=[("FOI 7741-24 Final Response.docx", bio.getvalue(),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add_label(N, "eml", "police", "foia", "yes", "no", "partially_answered", ["s24", "s31"], 186,
          "ANPR-only request answered in attached docx table; complete maker list includes HIKVISION; locations withheld s24/s31")
