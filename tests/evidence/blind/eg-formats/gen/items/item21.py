import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '21'
write_request(NN, """
Dear Hywel Dda University Health Board,

Please could you answer the following under the Freedom of Information Act:

1. How many CCTV cameras does the Health Board have across its hospitals and community sites?
2. Are any of them Hikvision?
3. Are any of them Dahua?
4. What is the annual cost of maintaining the CCTV system?
5. Is any facial recognition used?

Many thanks
Carys Lloyd-Hughes
""")

E = rtf_escape
P = []
P.append(r'{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch0\stshfloch37\stshfhich37\stshfbi0\deflang2057\deflangfe2057')
P.append(r'{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f37\fbidi \fswiss\fcharset0\fprq2{\*\panose 020f0502020204030204}Calibri;}}')
P.append(r'{\colortbl;\red0\green0\blue0;\red0\green94\blue184;}')
P.append(r'{\*\generator Microsoft Word 16.0;}{\info{\author Tomos Rees}{\operator Tomos Rees}{\creatim\yr2025\mo4\dy2\hr10\min4}}')
P.append(r'\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440')
P.append(r'{\header \pard\plain \qr \f37\fs16\cf2 ' + E('Bwrdd Iechyd Prifysgol Hywel Dda / Hywel Dda University Health Board') + r'\par}')
P.append(r'{\footer \pard\plain \qc \f37\fs14 ' + E('Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.') + r'\par}')
P.append(r'\pard\plain \ql \sa160\sl259\slmult1 \f37\fs22 ')
P.append(E('Information Governance Department\nHywel Dda University Health Board\nYstwyth Building, St David\'s Park, Carmarthen SA31 3BB') + r'\par\par')
P.append(E('Ms C Lloyd-Hughes') + r'\par')
P.append(E('Date: 02 April 2025') + r'\par')
P.append(E('Ref: FOI.21187.25') + r'\par\par')
P.append(E('Dear Ms Lloyd-Hughes') + r'\par\par')
P.append(E('Thank you for your request for information under the Freedom of Information Act 2000, received on 6 March 2025. Please see the response below.') + r'\par\par')
P.append(r'{\b ' + E('Response') + r'}\par')
P.append(E('1.\t412') + r'\par')
P.append(E('2.\tNo') + r'\par')
P.append(E('3.\tNo') + r'\par')
P.append(E('4.\tThis information is not held. CCTV maintenance is carried out under the Health Board\'s general estates maintenance contracts and is not costed separately.') + r'\par')
P.append(E('5.\tNo') + r'\par\par')
P.append(E('If you are dissatisfied with the handling of your request, you can ask for an internal review by writing to the Information Governance Department at the address above within 40 working days. If you remain dissatisfied you have the right to apply to the Information Commissioner, Wales Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.') + r'\par\par')
P.append(E('Yours sincerely') + r'\par\par')
P.append(E('Tomos Rees') + r'\par')
P.append(E('Information Governance Officer') + r'\par')
P.append('}')
with open(out(f'{NN}-reply.rtf'), 'w', encoding='ascii') as f:
    f.write('\n'.join(P))
put_label({"path": f"{NN}-reply.rtf", "request_file": f"{NN}-request.txt", "format": "rtf",
           "body_type": "nhs", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "partially_answered", "exemptions": [], "camera_count": 412,
           "note": "Word RTF with bare numbered answers ('1. 412 2. No 3. No') that only make sense beside the request; maintenance cost not held"})
