import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span

N = 18
write_text(f"{N:02d}-request.txt", """
Dear Headteacher,

I am writing to Brackenfield Community Primary School under the Freedom of Information Act 2000.

a) How many CCTV cameras does the school have?
b) Are any of them made by Hikvision or Dahua? If so, which?
c) Who installed them and who maintains them?

Many thanks
Imogen Tarrant-Hughes
""")

doc = OpenDocumentText()
title = Style(name="T", family="paragraph"); title.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#2E7D32", fontname="Comic Sans MS"))
title.addElement(ParagraphProperties(textalign="center"))
sub = Style(name="S", family="paragraph"); sub.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
sub.addElement(ParagraphProperties(textalign="center"))
bodyst = Style(name="B", family="paragraph"); bodyst.addElement(TextProperties(fontsize="11pt", fontname="Arial"))
bodyst.addElement(ParagraphProperties(marginbottom="0.2cm"))
for s in (title, sub, bodyst):
    doc.automaticstyles.addElement(s)

def para(t, st=bodyst):
    doc.text.addElement(P(stylename=st, text=t))

para("Brackenfield Community Primary School", title)
para("\u201cGrowing together, learning together\u201d", sub)
para("Mill Hill Road, Brackenfield, Derwent Vale DV4 8LS  \u2022  01632 966 205  \u2022  office@brackenfield.sch.invalid", sub)
para("Headteacher: Mrs S. Ottaway", sub)
para("")
para("24th January 2025")
para("")
para("Dear Ms Tarrant-Hughes")
para("")
para("Re: Freedom of Information request")
para("")
para("Thank you for your email. Please find our answers below.")
para("")
para("We have eight CCTV cameras \u2013 six outside (main gate, front entrance, playground x2, bike shelter and the staff car park) "
     "and two inside (reception and the main corridor by the office).")
para("")
para("The cameras and the recorder are Hikvision. They were put in by Marsh Security Systems Ltd in 2019 when the new "
     "entrance was built and Marsh Security also look after them under the same contract as our intruder alarm.")
para("")
para("If you are not happy with our reply you can ask the Chair of Governors to look at it again by writing to the school. "
     "You can also contact the Information Commissioner\u2019s Office.")
para("")
para("Kind regards")
para("")
para("Mrs Dawn Ferriby")
para("School Business Manager")
doc.save(out(f"{N:02d}-reply.odt"))

label(N, "odt", "odt", "school", "foia", "yes", "no", "answered", [], 8,
      "short informal school letter; count in words with a breakdown; 'The cameras and the recorder are Hikvision' is the complete maker list; installer named")
