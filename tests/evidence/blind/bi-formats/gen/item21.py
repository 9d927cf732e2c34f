from common import *
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Spacer
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
rl_fonts(); n, b, h, s = styles('LS', 9.5)
NN='21'
write_request(NN, """
Dear Sunderland City Council,

I am researching the use of facial recognition by local authorities. Under the Freedom of Information Act 2000, please tell me:

1. Does the council use live facial recognition (LFR) on any of its cameras?
2. Has the council used retrospective facial recognition on any CCTV footage in the last 3 years?
3. Has the council shared CCTV footage with police for the purpose of facial recognition searches? If so, how many times in 2023?
4. Does the council have any plans to introduce facial recognition?

Yours faithfully,
Dr Nadia Hussain
""")
W, H = A4
m = 1.8*cm; gap = 0.8*cm; colw = (W - 2*m - gap) / 2
top_h = 5.2*cm
fr_top = Frame(m, H - m - top_h, W - 2*m, top_h, id='top', showBoundary=0)
fl = Frame(m, m + 1*cm, colw, H - 2*m - top_h - 1*cm, id='c1')
fr = Frame(m + colw + gap, m + 1*cm, colw, H - 2*m - top_h - 1*cm, id='c2')
fl2 = Frame(m, m + 1*cm, colw, H - 2*m - 1*cm, id='c1b'); fr2 = Frame(m + colw + gap, m + 1*cm, colw, H - 2*m - 1*cm, id='c2b')
def deco(c, d):
    c.saveState(); c.setStrokeColor(colors.HexColor('#7F7F7F')); c.line(m + colw + gap/2, m + 1*cm, m + colw + gap/2, H - m - (top_h if d.page == 1 else 0))
    c.setFont('LS', 7.5); c.drawString(m, m, 'Sunderland City Council  |  City Hall, Plater Way, Sunderland SR1 3AA  |  foi@sunderland.gov.uk')
    c.drawRightString(W - m, m, f'FOI 24/2207  –  page {d.page}'); c.restoreState()
doc = BaseDocTemplate(path(f'{NN}-reply.pdf'), pagesize=A4, title='FOI 24-2207 Facial recognition')
doc.addPageTemplates([PageTemplate(id='first', frames=[fr_top, fl, fr], onPage=deco, autoNextPageTemplate='rest'),
                      PageTemplate(id='rest', frames=[fl2, fr2], onPage=deco)])
st = [Paragraph('<font color="#C00000">Sunderland City Council</font>', h), Paragraph('Information Governance – Freedom of Information Response', b),
      Paragraph('Reference: FOI 24/2207 &nbsp;&nbsp; Date received: 12 February 2024 &nbsp;&nbsp; Date of response: 8 March 2024', n),
      Paragraph('Subject: Facial recognition and CCTV', n), Paragraph('Requester: Dr N Hussain', n), FrameBreak()]
body = [
 ('Dear Dr Hussain,', None),
 ('Thank you for your request for information, which has been dealt with under the Freedom of Information Act 2000. Your questions and the Council\'s answers are set out below.', None),
 ('1. Does the council use live facial recognition (LFR) on any of its cameras?', 'b'),
 ('No. The Council does not use live facial recognition. None of the Council\'s public space or building CCTV cameras has facial recognition functionality enabled.', None),
 ('2. Has the council used retrospective facial recognition on any CCTV footage in the last 3 years?', 'b'),
 ('No.', None),
 ('3. Has the council shared CCTV footage with police for the purpose of facial recognition searches? If so, how many times in 2023?', 'b'),
 ('The Council provides CCTV footage to Northumbria Police on request, in accordance with the Surveillance Camera Code of Practice and data protection legislation. '
  'Requests from the police do not state whether footage will be used for facial recognition searches and the Council therefore does not hold this information.', None),
 ('4. Does the council have any plans to introduce facial recognition?', 'b'),
 ('There are no current plans to introduce facial recognition technology.', None),
 ('Re-use of information', 'b'),
 ('The information supplied is subject to copyright. You may re-use it under the terms of the Open Government Licence, except where it is stated that copyright is held by a third party.', None),
 ('Your right to complain', 'b'),
 ('If you are not satisfied with the handling of your request, you can ask for an internal review. Requests for internal review should be made within 40 working days of the date of this letter to '
  'the Information Governance Officer, Sunderland City Council, City Hall, Plater Way, Sunderland SR1 3AA, or by email to foi@sunderland.gov.uk.', None),
 ('If you are still unhappy after the internal review, you can complain to the Information Commissioner\'s Office. The ICO\'s website is www.ico.org.uk and their helpline is 0303 123 1113. '
  'Their postal address is Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Generally the ICO cannot consider your complaint until you have exhausted the Council\'s internal review procedure.', None),
 ('Please quote the reference number above in any future communication about this request.', None),
 ('Yours sincerely,', None), ('Graham Tait<br/>Information Governance Officer<br/>Governance Services', None),
]
for t, k in body: st.append(Paragraph(t, b if k else n))
doc.build(st)
label(NN, 'pdf', 'council', 'foia', 'unknown', 'unknown', 'partially_answered', [], None,
      'two-column flowing PDF; request is about facial recognition only, which says nothing of the cameras themselves (makers unknown, no count); Q3 partly not held')
