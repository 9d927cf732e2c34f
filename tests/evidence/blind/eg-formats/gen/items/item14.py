import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = '14'
write_request(NN, """
Dear NHS Forth Valley,

Under the Freedom of Information (Scotland) Act 2002, please provide:

1. How many CCTV cameras does the Board operate across its hospitals and other premises?
2. Are any of these made by Hikvision or Dahua?
3. Which manufacturers supply the Board's CCTV cameras?
4. At which sites are any Hikvision or Dahua cameras located?
5. Has the Board carried out a Data Protection Impact Assessment for its CCTV? If so, please provide a copy.

Regards
Kirsty Lennox
""")

st = pdf_styles('Helvetica', 10)
cell = st['n'].clone('cell', spaceAfter=0)
cellb = st['b'].clone('cellb', spaceAfter=0)
story = [
    Paragraph('NHS Forth Valley', st['h']),
    Paragraph('Corporate Records / FOI Team<br/>Carseview House, Castle Business Park, Stirling FK9 4SW', st['small']),
    Spacer(1, 10),
    Paragraph('Date: 13/02/2025<br/>Our Ref: FOI 2025-0117<br/>Enquiries to: FOI Team<br/>Email: fv.foi@nhs-example.scot', st['r']),
    Spacer(1, 10),
    Paragraph('Dear Ms Lennox', st['n']),
    Paragraph('<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 &ndash; REQUEST FOR INFORMATION</b>', st['n']),
    Paragraph('Thank you for your request dated 16 January 2025 which was received by NHS Forth Valley on the same day. '
              'I can confirm that NHS Forth Valley holds some of the information you have requested. Our response to '
              'each part of your request is set out in the table below.', st['n']),
    Spacer(1, 6),
]
data = [
    [Paragraph('Request', cellb), Paragraph('Response', cellb)],
    [Paragraph('1. How many CCTV cameras does the Board operate across its hospitals and other premises?', cell),
     Paragraph('1,020', cell)],
    [Paragraph('2. Are any of these made by Hikvision or Dahua?', cell), Paragraph('Yes.', cell)],
    [Paragraph('3. Which manufacturers supply the Board\'s CCTV cameras?', cell),
     Paragraph('The Board\'s CCTV asset list records cameras from the following manufacturers: Avigilon, Axis, '
               'Samsung/Hanwha, Hikvision and Vista.', cell)],
    [Paragraph('4. At which sites are any Hikvision or Dahua cameras located?', cell),
     Paragraph('NHS Forth Valley considers that this information is exempt from disclosure under section 35(1)(a) of '
               'FOISA (prevention or detection of crime). Identifying the sites at which particular equipment is '
               'installed would assist those seeking to exploit any vulnerability in that equipment or to target '
               'those sites. This exemption is subject to the public interest test. While we recognise the public '
               'interest in transparency about the security of NHS premises, we consider that the public interest '
               'in protecting patients, staff and property outweighs it.', cell)],
    [Paragraph('5. Has the Board carried out a Data Protection Impact Assessment for its CCTV? If so, please provide a copy.', cell),
     Paragraph('Yes. The Board\'s CCTV DPIA is published on the NHS Forth Valley website '
               '(Privacy &gt; CCTV Policy and DPIA). As this information is otherwise accessible to you, it is exempt '
               'under section 25(1) of FOISA.', cell)],
]
t = Table(data, colWidths=[7.2 * cm, 9.4 * cm])
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbe9f6')),
                       ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                       ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
story += [t, Spacer(1, 12)]
story += [
    Paragraph('If you are dissatisfied with the way in which your request has been dealt with, you are entitled to '
              'request a review. Your request for review must be made in writing within 40 working days of receipt '
              'of this letter to: Head of Information Governance, NHS Forth Valley, at the address above, or by email. '
              'If, after review, you remain dissatisfied, you have the right to apply to the Scottish Information '
              'Commissioner for a decision. You can apply online at www.foi.scot/appeal, or write to the Scottish '
              'Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.', st['n']),
    Paragraph('Should you wish to appeal against the Commissioner\'s decision, there is a right of appeal to the Court '
              'of Session on a point of law only.', st['n']),
    Paragraph('Please note that NHS Forth Valley publishes responses to FOI requests in a disclosure log on its website. '
              'Personal details of requesters are not published.', st['n']),
    Spacer(1, 10),
    Paragraph('Yours sincerely', st['n']),
    Spacer(1, 14),
    Paragraph('Neil Drummond<br/>FOI Officer<br/>On behalf of NHS Forth Valley', st['n']),
]
build_pdf(out(f'{NN}-reply.pdf'), story, title='FOI 2025-0117', author='NFV FOI',
          footer='Headquarters: Carseview House, Castle Business Park, Stirling FK9 4SW   Chair: Morag Inglis   Chief Executive: Graeme Torrance')
put_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "nhs", "law": "foisa", "hikvision": "yes", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["s35", "s25"], "camera_count": 1020,
           "note": "table-layout FOISA letter: a bare 'Yes.' to the both-makers question is only resolved by the maker list in Q3, which omits Dahua; sites withheld under s35(1)(a) and DPIA under s25"})
