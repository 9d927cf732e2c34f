import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from reportlab.platypus import Paragraph, Spacer

NN = '20'
write_request(NN, """
Dear Scottish Prison Service,

Under FOISA please provide:

a) the number of CCTV cameras in use across the SPS estate;
b) whether any are manufactured by Hikvision;
c) whether any are manufactured by Dahua;
d) a list of all CCTV camera manufacturers used by SPS;
e) the establishments at which any Hikvision or Dahua cameras are installed.

Many thanks,
Iona Fairlie
""")

st = pdf_styles('Helvetica', 10.5)
story = [
    Paragraph('Scottish Prison Service', st['h']),
    Paragraph('Seirbheis Phrìosan na h-Alba', st['small']),
    Paragraph('Communications Branch, Calton House, 5 Redheughs Rigg, Edinburgh EH12 9HW', st['small']),
    Spacer(1, 12),
    Paragraph('Ms I Fairlie<br/>via email', st['n']),
    Paragraph('Our Reference: FOI-24-0722<br/>Date: 04 December 2024', st['r']),
    Spacer(1, 8),
    Paragraph('Dear Ms Fairlie', st['n']),
    Paragraph('<b>REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)</b>', st['n']),
    Paragraph('Thank you for your request dated 6 November 2024 in which you asked for information about CCTV cameras '
              'across the Scottish Prison Service (SPS) estate. Your request has been dealt with under FOISA and I '
              'have responded to each part below.', st['n']),
    Paragraph('<b>a) the number of CCTV cameras in use across the SPS estate</b>', st['n']),
    Paragraph('There are approximately 3,400 CCTV cameras in use across the SPS estate, including the Scottish Prison '
              'Service College and SPS Headquarters.', st['n']),
    Paragraph('<b>b) to e)</b>', st['n']),
    Paragraph('SPS holds information about the manufacturers of its CCTV equipment and where that equipment is '
              'installed. However, this information is being withheld under the following exemptions in FOISA:', st['n']),
    Paragraph('&bull; section 35(1)(a) &ndash; the prevention or detection of crime; and<br/>'
              '&bull; section 35(1)(f) &ndash; the maintenance of security and good order in prisons or in other '
              'institutions where persons are lawfully detained.', st['q']),
    Paragraph('CCTV is a central part of the security arrangements within prisons. Releasing details of the make of '
              'cameras in use, in whole or by establishment, would allow individuals to research the capabilities '
              'and any known weaknesses of that equipment, and so would, or would be likely to, prejudice '
              'substantially the security and good order of prisons and the prevention of crime, including the '
              'conveyance of prohibited items into establishments. Confirming whether or not a particular '
              'manufacturer\'s equipment is used would have the same effect, and so we have withheld the '
              'information in relation to parts b) and c) as well as parts d) and e).', st['n']),
    Paragraph('These exemptions are subject to the public interest test. We acknowledge that there is a public '
              'interest in scrutiny of public procurement and in the security of equipment purchased with public '
              'funds. However, there is a strong public interest in maintaining the security of prisons and the '
              'safety of those who live and work in them, and we have concluded that, on balance, the public '
              'interest in disclosing the information is outweighed by that in maintaining the exemptions.', st['n']),
    Paragraph('<b>Your right to request a review</b>', st['n']),
    Paragraph('If you are unhappy with this response, you may ask us to carry out an internal review by writing to '
              'SPS FOI Review, Calton House, 5 Redheughs Rigg, Edinburgh EH12 9HW, or by email to '
              'sps.foi@sps-example.gov.scot. Your review request should explain why you are dissatisfied and should '
              'be made within 40 working days of receipt of this letter. We will complete the review and tell you '
              'the result within 20 working days.', st['n']),
    Paragraph('If you are not content with the outcome of the review, you may ask the Scottish Information '
              'Commissioner to review our decision. You must normally complete the review process before '
              'approaching the Commissioner. More detailed information on your appeal rights is available on the '
              'Commissioner\'s website: www.foi.scot.', st['n']),
    Spacer(1, 10),
    Paragraph('Yours sincerely', st['n']),
    Spacer(1, 16),
    Paragraph('Craig Monteith<br/>Freedom of Information Officer<br/>Scottish Prison Service', st['n']),
]
build_pdf(out(f'{NN}-reply.pdf'), story, title='FOI-24-0722 Response', author='SPS FOI',
          footer='Scottish Prison Service  -  Unlocking Potential, Transforming Lives')
put_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf",
           "body_type": "scottish_gov", "law": "foisa", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": ["s35"], "camera_count": 3400,
           "note": "FOISA agency letter: count given as 'approximately 3,400', all maker questions (b) to e)) withheld together under s35(1)(a) and (f)"})
