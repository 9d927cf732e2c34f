from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span, Note, NoteCitation, NoteBody, List, ListItem
_n = [0]
def new_odt():
    doc = OpenDocumentText()
    b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    r = Style(name="Right", family="paragraph"); r.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(r)
    doc._bold = b; doc._right = r
    return doc
def para(doc, *parts, right=False):
    """parts: str, ('b', str) for bold, ('fn', str) for a footnote."""
    pe = P(stylename=doc._right) if right else P()
    for part in parts:
        if isinstance(part, str):
            pe.addText(part)
        elif part[0] == "b":
            s = Span(stylename=doc._bold); s.addText(part[1]); pe.addElement(s)
        elif part[0] == "fn":
            _n[0] += 1
            n = Note(id=f"ftn{_n[0]}", noteclass="footnote")
            n.addElement(NoteCitation(text=str(_n[0])))
            nb = NoteBody(); fp = P(); fp.addText(part[1]); nb.addElement(fp); n.addElement(nb)
            pe.addElement(n)
    doc.text.addElement(pe)
def lines(doc, text, right=False):
    for l in text.split("\n"):
        para(doc, l, right=right)
