from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P, Span

def text_doc():
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    return doc, bold

def para(doc, text, bold=None):
    p = P()
    if bold is not None:
        s = Span(stylename=bold, text=text)
        p.addElement(s)
    else:
        p.addText(text)
    doc.text.addElement(p)
