from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

NN = "16"
write_request(NN, """
Dear Headteacher,

I would be grateful if you could answer the following under the Freedom of Information Act:

- How many CCTV cameras are there at the school?
- What brand are they, and are any of them made by Hikvision or Dahua?
- Do any of the cameras record sound?
- Which company installed them?

Many thanks,
Helen Cartwright
""")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def txbx_paras(lines):
    out_ = []
    for bold, text in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out_.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % (rpr, escape(text)))
    return "".join(out_)


lines = [(True, "Response"),
         (False, "The school has 16 CCTV cameras (12 external and 4 internal)."),
         (False, "All of the cameras are HiWatch. None of them record sound."),
         (False, "The system was supplied and installed by Keyguard Security Ltd of Yeovil in August 2021, "
                 "funded from the school's devolved capital allocation.")]
body = txbx_paras(lines)
cx, cy = Cm(15.5), Cm(4.2)
xml = f'''<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>60000</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="1" name="Text Box 2"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF4FA"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:4.7pt;width:439.4pt;height:119.05pt;z-index:251659264" fillcolor="#eef4fa" strokecolor="#1f4e79" strokeweight="1pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("St Aldhelm's Church of England VC Primary School"); r.bold = True; r.font.size = Pt(13)
hp2 = sec.header.add_paragraph("Glebe Road, Sherbourne Abbas, Dorset DT9 6HE  ·  01935 960 312  ·  office@st-aldhelms.dorset.sch.uk")
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER; hp2.runs[0].font.size = Pt(8)
hp3 = sec.header.add_paragraph("Headteacher: Mrs Rachel Dunmore")
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER; hp3.runs[0].font.size = Pt(8); hp3.runs[0].italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.text = "\"Let your light shine\"  -  Part of the Diocese of Salisbury family of schools"
fp.runs[0].font.size = Pt(8); fp.runs[0].italic = True

doc.add_paragraph("5th July 2024")
doc.add_paragraph("Dear Ms Cartwright,")
p = doc.add_paragraph(); p.add_run("Freedom of Information Request – CCTV").bold = True
doc.add_paragraph("Thank you for your email of 10th June 2024. The governing body has considered your request "
                  "and our response is set out below.")
anchor_p = doc.add_paragraph()
anchor_p._p.append(parse_xml(xml))
doc.add_paragraph("If you are unhappy with the way your request has been handled, please write to the Chair of "
                  "Governors at the school address within 40 working days. You also have the right to complain "
                  "to the Information Commissioner's Office at ico.org.uk.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\n\nMrs Karen Ellery\nSchool Business Manager\non behalf of the Governing Body")
doc.save(out(f"{NN}-reply.docx"))

add_label(dict(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
               body_type="school", law="foia", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=16,
               note="The whole answer sits in a floating text box; HiWatch is a Hikvision brand and 'All of the cameras are HiWatch' rules out Dahua."))
