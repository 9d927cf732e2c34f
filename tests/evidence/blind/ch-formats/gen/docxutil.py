"""python-docx helpers: VML text boxes, merged cells."""
from xml.sax.saxutils import escape
from docx.oxml import parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def add_textbox(doc, lines, height_pt=None, width_pt=440, color="2E74B5"):
    """Append a paragraph holding a VML text box containing the given lines."""
    height_pt = height_pt or (22 + 16 * len(lines))
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {W} {V}><w:pict><v:shape type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#{color}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p
