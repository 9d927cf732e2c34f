import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '11'
write_request(NN, """
Dear Angus Council,

I would like to request the following information under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the Council operate?
2. Who are the manufacturers of these cameras?
3. Does the Council use any cameras made by Hikvision or Dahua?
4. How much has the Council spent on purchasing CCTV cameras in each of the last five financial years?

Yours faithfully
Alasdair Meikle
""")

E = rtf_escape
parts = []
parts.append(r'{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}')
parts.append(r'{\colortbl ;\red0\green51\blue102;\red89\green89\blue89;}')
parts.append(r'{\*\generator Riched20 10.0.19041}\viewkind4\uc1')
parts.append(r'\pard\sa120\qr\cf1\b\f0\fs28 ANGUS COUNCIL\b0\fs18\par')
parts.append(r'\cf2 Legal and Democratic Services, Angus House, Orchardbank Business Park, Forfar DD8 1AN\cf0\par')
parts.append(r'\pard\sa120\fs22\par')
parts.append(E('Our Ref: FOI/AC/24/0988') + r'\par')
parts.append(E('Your Ref: Email of 30 July 2024') + r'\par')
parts.append(E('Date: 26 August 2024') + r'\par\par')
parts.append(E('Dear Mr Meikle') + r'\par\par')
parts.append(r'\b ' + E('FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION') + r'\b0\par')
parts.append(E('I refer to your request for information which was received by Angus Council on 30 July 2024. Your request has been dealt with under the terms of the Freedom of Information (Scotland) Act 2002 (FOISA). You asked:') + r'\par')
req = ['1. How many CCTV cameras does the Council operate?',
       '2. Who are the manufacturers of these cameras?',
       '3. Does the Council use any cameras made by Hikvision or Dahua?',
       '4. How much has the Council spent on purchasing CCTV cameras in each of the last five financial years?']
parts.append(r'\pard\li567\sa60\i ' + r'\par '.join(E(x) for x in req) + r'\i0\par')
parts.append(r'\pard\sa120 ' + r'\b ' + E('Response') + r'\b0\par')
parts.append(E('Questions 1 to 3') + r'\par')
parts.append(E('The Council operates c. 450 cameras across its public space CCTV system, council offices, schools, '
               'leisure facilities (operated on the Council\'s behalf by ANGUSalive) and depots. The majority of '
               'cameras are manufactured by Axis and Vicon. We can confirm that the Council does not use Hikvision '
               'products. A number of older cameras at Forfar and Arbroath depots are Dahua; these will be replaced '
               'when they reach the end of their working life.') + r'\par')
parts.append(E('Question 4') + r'\par')
parts.append(E('The Council does not hold this information in the form requested. CCTV cameras are purchased as part of '
               'wider building works, maintenance contracts and school capital projects, and the cost of cameras is not '
               'separately recorded. In terms of section 17 of FOISA, this letter serves as notice that the Council '
               'does not hold the information you have requested for this part of your request.') + r'\par')
parts.append(r'\b ' + E('Your right to seek a review') + r'\b0\par')
parts.append(E('If you are dissatisfied with the way in which the Council has dealt with your request, you are entitled, '
               'in the first instance, to require the Council to review its decision. Your request for review must be '
               'made in writing within 40 working days of receipt of this letter and should be addressed to the '
               'Service Leader - Legal, at the address above, or by email to foi@angus-council.example.gov.uk.') + r'\par')
parts.append(E('If you are not satisfied with the outcome of the review, you have the right to apply to the Scottish '
               'Information Commissioner for a decision. The Commissioner can be contacted at: Scottish Information '
               'Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at '
               'www.foi.scot/appeal.') + r'\par\par')
parts.append(E('Yours sincerely') + r'\par\par\par')
parts.append(E('Fiona Carnegie') + r'\par')
parts.append(E('Information Governance Officer') + r'\par')
parts.append('}')
with open(out(f'{NN}-reply.rtf'), 'w', encoding='ascii') as f:
    f.write('\n'.join(parts))
put_label({"path": f"{NN}-reply.rtf", "request_file": f"{NN}-request.txt", "format": "rtf",
           "body_type": "council", "law": "foisa", "hikvision": "no", "dahua": "yes",
           "outcome": "partially_answered", "exemptions": ["s17"], "camera_count": 450,
           "note": "RTF letter under FOISA; Q1-3 answered together in one paragraph with 'c. 450' and the Dahua answer buried after a Hikvision denial; FOISA s17 not-held notice for the costs part"})
