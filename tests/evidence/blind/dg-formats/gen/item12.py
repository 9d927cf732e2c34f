from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

NN = "12"
write_request(NN, """
Dear Riverbank Academy Trust

FOI request

1) How many CCTV cameras does Hollins Park Academy have?
2) Who is the manufacturer of the cameras?
3) Do any of the cameras have facial recognition or audio recording capability enabled?
4) Who has access to the footage?

Thank you
Gemma Ashdown
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Riverbank Academy Trust"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x6B, 0x1F, 0x7A)
sec.header.add_paragraph("Hollins Park Academy · Hollins Lane · Brayford · BR6 2HP · 01632 960 227").runs[0].font.size = Pt(8)
sec.footer.paragraphs[0].text = "Riverbank Academy Trust is a charitable company limited by guarantee registered in England and Wales, company number 08123456."

doc.add_paragraph("Ms G Ashdown\nVia email")
doc.add_paragraph("17 June 2025")
doc.add_paragraph("Dear Ms Ashdown")
p = doc.add_paragraph(); p.add_run("Freedom of Information Request – ref RAT/FOI/25/019").bold = True
doc.add_paragraph("Thank you for your request dated 20 May 2025 concerning CCTV at Hollins Park Academy. The Trust's response is shown below.")

answers = [
    ("1)", "24 cameras – 19 external and 5 internal (corridors and main reception)."),
    ("2)", "Hikvision"),
    ("3)", "No. Facial recognition is not available on our system and audio recording is disabled on all cameras."),
    ("4)", "The Headteacher, Deputy Headteacher, Site Manager and the Trust's Data Protection Officer. Footage may be disclosed to the police on request."),
]
def para_xml(label, text, bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>'
            f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(label)} </w:t></w:r>'
            f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
inner = ('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="6B1F7A"/></w:rPr>'
         '<w:t>Response</w:t></w:r></w:p>') + "".join(para_xml(a, b) for a, b in answers)
W, H = 5400000, 1900000
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"')
xml = f'''<w:p {NS}><w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset></wp:positionV>
<wp:extent cx="{W}" cy="{H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/>
<wp:docPr id="2" name="Text Box 2"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{W}" cy="{H}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="F5EEF8"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="6B1F7A"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:7.2pt;width:425.2pt;height:149.6pt;z-index:251659264" fillcolor="#f5eef8" strokecolor="#6b1f7a" strokeweight="1pt">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>'''
doc.element.body.append(parse_xml(xml))
# move sectPr back to the end
body = doc.element.body
sp = body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
body.remove(sp); body.append(sp)
for t in ["We hope this information is helpful.",
          "If you are dissatisfied with our response you may ask for an internal review by writing to the Trust's Data Protection Officer, Riverbank Academy Trust, Hollins Lane, Brayford BR6 2HP (dpo@riverbankat.org.uk) within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
          "Kind regards", "", "Amanda Coyle\nTrust Operations Manager"]:
    p = doc.add_paragraph(t)
body.remove(sp); body.append(sp)
doc.save(out(f"{NN}-reply.docx"))
add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="academy", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=24,
          note="All answers sit only inside a floating text box (DrawingML with VML fallback), not in body paragraphs; bare 'Hikvision' as the sole maker.")
