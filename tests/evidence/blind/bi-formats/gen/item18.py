from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell
NN='18'
write_request(NN, """
Dear Wirral Council

I'd like to request the following under FOI regarding body worn video (BWV) used by council staff, e.g. parking or enforcement officers:

1. How many body worn cameras does the council have?
2. What make and model are they?
3. Are any of them made by Hikvision or Dahua?
4. Where is the footage stored and for how long is it retained?

Thanks
Leanne Doyle
""")
doc = OpenDocumentText()
bold = Style(name='Bold', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
hs = Style(name='Heading', family='paragraph'); hs.addElement(TextProperties(fontsize='14pt', fontweight='bold')); doc.styles.addElement(hs)
rs = Style(name='Right', family='paragraph'); rs.addElement(ParagraphProperties(textalign='right')); doc.automaticstyles.addElement(rs)
def p(t, style=None):
    doc.text.addElement(P(text=t, stylename=style) if style else P(text=t))
def pb(label_, t):
    para = P(); para.addElement(Span(text=label_, stylename=bold)); para.addText(t); doc.text.addElement(para)
doc.text.addElement(H(outlinelevel=1, text='Wirral Council', stylename=hs))
p('Information Management, Wallasey Town Hall, Brighton Street, Wallasey CH44 8ED', rs)
p('Email: infomgr@wirral.gov.uk', rs)
p('')
p('Ms L Doyle')
p('Our Ref: 12045782')
p('Date: 7 August 2024')
p('')
p('Dear Ms Doyle,')
pb('Request for Information – Freedom of Information Act 2000', '')
p('Thank you for your request for information, which was received on 10 July 2024. Please see our response below.')
qa = [
 ('1. How many body worn cameras does the council have?',
  'Parking Services (Civil Enforcement Officers): 32. Environmental Enforcement: 14.'),
 ('2. What make and model are they?',
  'Civil Enforcement Officers use the Reveal D3; Environmental Enforcement Officers use the Motorola VB400.'),
 ('3. Are any of them made by Hikvision or Dahua?',
  'The brands mentioned in your question are not used for body worn video. For information, a small number of the fixed CCTV cameras at the Cheshire Lines depot are Hikvision.'),
 ('4. Where is the footage stored and for how long is it retained?',
  'Reveal footage is held on DEMS 360 (hosted in the UK); Motorola footage on VideoManager on a council server. Footage is retained for 31 days unless required for evidential purposes.'),
]
for q, a in qa:
    pb(q, ''); p(a)
p('')
p('If you are dissatisfied with the way in which your request has been handled you may request an internal review within 40 working days by emailing infomgr@wirral.gov.uk. '
  'If you remain dissatisfied you may apply to the Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).')
p('Information Management Team')
p('Wirral Council')
doc.save(path(f'{NN}-reply.odt'))
label(NN, 'odt', 'council', 'foia', 'no', 'no', 'answered', [], 46,
      'request is about body-worn video only: count 32+14 and "the brands mentioned are not used" for BWV; the Hikvision fixed CCTV at a depot is outside the request')
