import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span

NN = '22'
write_request(NN, """
To the Headteacher / Data Protection Officer, Castle Hill Community School

Please answer the following under the Freedom of Information Act 2000.

Part 1 - How many CCTV cameras does the school have (internal and external)?
Part 2 - Do you use any cameras made by Hikvision or Dahua, or by their subsidiary brands such as EZVIZ, HiWatch, Imou or Amcrest?
Part 3 - Do any of the cameras record audio?
Part 4 - Please send me a copy of your CCTV policy.

Thank you
Ruth Abernethy
""")

doc = OpenDocumentText()
def pst(name, **tp):
    s = Style(name=name, family='paragraph')
    pp = {k[3:]: v for k, v in tp.items() if k.startswith('pp_')}
    t = {k: v for k, v in tp.items() if not k.startswith('pp_')}
    if t: s.addElement(TextProperties(**t))
    if pp: s.addElement(ParagraphProperties(**pp))
    doc.automaticstyles.addElement(s)
    return name
title = pst('Title1', fontsize='15pt', fontweight='bold', color='#1b3a6b', pp_textalign='center')
sub = pst('Sub', fontsize='9pt', pp_textalign='center')
norm = pst('Norm', fontsize='11pt', fontfamily='Liberation Sans', pp_marginbottom='0.2cm')
bstyle = Style(name='B', family='text'); bstyle.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(bstyle)

def para(txt, st=norm, boldlead=None):
    p = P(stylename=st)
    if boldlead:
        s = Span(stylename='B'); s.addText(boldlead); p.addElement(s)
    p.addText(txt)
    doc.text.addElement(p)

para('Castle Hill Community School', title)
para('Castle Hill Road, Cannock, Staffordshire WS11 5HQ  ·  Tel 01543 508 771  ·  office@castlehill-school.example.sch.uk', sub)
para('Headteacher: Mr J. Varley', sub)
para('')
para('14 May 2025')
para('Dear Ms Abernethy')
para('Freedom of Information request', boldlead='Re: ')
para('Thank you for your email of 22 April. I am sorry it has taken most of the 20 school days to reply; the request '
     'arrived during the Easter break. The answers to your four parts are below.')
para(' We have twenty-two internal cameras and nine external cameras.', boldlead='Part 1 –')
para(' The brands mentioned in part 2 of your request are not used by the school. Our cameras are Vivotek, '
     'installed in 2021 by the County Council\'s approved security contractor.', boldlead='Part 2 –')
para(' No.', boldlead='Part 3 –')
para(' Our CCTV policy is attached to this letter. It was last reviewed by the Governing Board in September 2024.',
     boldlead='Part 4 –')
para('If you are not happy with how we have dealt with your request, please write to the Chair of Governors at '
     'the school address and ask for a review. If you are still unhappy after that, you can contact the '
     'Information Commissioner\'s Office (www.ico.org.uk).')
para('Yours sincerely')
para('')
para('Anita Blakemore')
para('School Business Manager')
doc.save(out(f'{NN}-reply.odt'))
put_label({"path": f"{NN}-reply.odt", "request_file": f"{NN}-request.txt", "format": "odt",
           "body_type": "school", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 31,
           "note": "school letter: counts in words ('twenty-two internal ... and nine external') to be added, and the maker answer is 'The brands mentioned in part 2 of your request are not used'"})
