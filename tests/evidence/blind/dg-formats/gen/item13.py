from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NN = "13"
write_request(NN, """
Dear Sir or Madam,

Freedom of Information request

1. How many CCTV cameras does the Trust operate at its premises (ambulance stations, control rooms, headquarters)?
2. At how many sites?
3. Are any of these cameras manufactured by Hikvision or Dahua? If so, please state which and how many.
4. Does the Trust have a CCTV policy? Please provide a copy.

Yours faithfully,
Karen Oduya
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Eastern Counties Ambulance Service NHS Trust"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
sec.header.add_paragraph("Trust Headquarters · Fenland House · Ely Road · Soham · CB7 5ZZ").runs[0].font.size = Pt(8)

doc.add_paragraph("Ref: ECAS FOI 25-0233\n12 May 2025")
doc.add_paragraph("Dear Ms Oduya")
p = doc.add_paragraph(); p.add_run("Re: Freedom of Information Act 2000 request").bold = True
doc.add_paragraph("Thank you for your request for information received on 14 April 2025. The Trust holds the information you requested. Our response to each question is given below.")

# footnote part
FN_XML = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> Figures taken from the Estates CCTV register as at 31 March 2025.</w:t></w:r></w:p></w:footnote>'
          '</w:footnotes>')
fpart = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             FN_XML.encode(), doc.part.package)
doc.part.relate_to(fpart, RT.FOOTNOTES)

def qa(q, a, footnote=False):
    p = doc.add_paragraph(); p.add_run(q).bold = True
    p = doc.add_paragraph(a)
    if footnote:
        r = p.add_run()
        rPr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rPr.append(va); r._r.append(rPr)
        fr = OxmlElement("w:footnoteReference"); fr.set(qn("w:id"), "1"); r._r.append(fr)

qa("1. How many CCTV cameras does the Trust operate at its premises (ambulance stations, control rooms, headquarters)?", "Please see Annex A.", footnote=True)
qa("2. At how many sites?", "Please see Annex A.")
qa("3. Are any of these cameras manufactured by Hikvision or Dahua? If so, please state which and how many.", "Please see Annex A, note 2.")
qa("4. Does the Trust have a CCTV policy? Please provide a copy.", "Yes. The Trust's CCTV and Surveillance Systems Policy (version 3.1) is attached.")
doc.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Head of Information Governance at the above address or ecas.foi@nhs.net. If you are still dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely\n\n\nDaniel Fairweather\nFreedom of Information Lead")

p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
p = doc.add_paragraph(); r = p.add_run("Annex A – CCTV (FOI 25-0233)"); r.bold = True; r.font.size = Pt(11)
notes = [
 "1. The Trust operates 143 fixed CCTV cameras across 41 sites (38 ambulance stations, two Emergency Operations Centres and Trust Headquarters).",
 "2. 47 of the cameras, at 11 ambulance stations, are Hikvision. These are scheduled for replacement as part of the 2025/26 estates programme. There are no Dahua cameras.",
 "3. Vehicle CCTV (forward-facing and saloon cameras fitted to 312 emergency vehicles) is managed by the Fleet department and is not included in the figures above.",
 "4. The locations of individual cameras within sites have not been included.",
]
for n in notes:
    p = doc.add_paragraph(); r = p.add_run(n); r.font.size = Pt(8.5)
doc.save(out(f"{NN}-reply.docx"))
add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="nhs", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=143,
          note="Letter says only 'see Annex A'; the answers are small-print notes in an annex after a page break (plus a real footnote); Hikvision due for replacement is still in use; vehicle cameras excluded.")
