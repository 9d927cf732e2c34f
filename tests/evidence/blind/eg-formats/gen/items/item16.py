import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '16'
write_request(NN, """
Dear Norfolk County Council,

Please provide the following under FOI:

(1) the number of CCTV cameras at County Council buildings, including County Hall, libraries, fire stations and care homes;
(2) the manufacturers of those cameras;
(3) whether any are made by Hikvision or Dahua;
(4) if so, the buildings where they are located.

Yours faithfully
Lewis Brightwell
""")

W = 84
p1 = [('Norfolk County Council', 'b'), ('Information Management', ''), ('County Hall, Martineau Lane, Norwich NR1 2DH', 'small'),
      ('', ''), ('', ''),
      ('Mr L Brightwell', ''), ('', ''), ('Date: 10 January 2025', 'r'), ('Our ref: FOI NCC/25/00042', 'r'),
      ('', ''), ('Dear Mr Brightwell', ''), ('', ''),
      ('Freedom of Information Act 2000 - Request for information: CCTV', 'b'), ('', '')]
body1 = [
    'Thank you for your request for information which we received on 9 December 2024. You asked for the number '
    'of CCTV cameras at County Council buildings, the manufacturers of those cameras, whether any are made by '
    'Hikvision or Dahua and, if so, where they are located.',
    '',
    'The Council holds information falling within the scope of your request. However, I am writing to inform you '
    'that the Council is withholding this information under the following exemptions:',
    '',
    '   - Section 24(1) - National security',
    '   - Section 31(1)(a) - Law enforcement (the prevention or detection of crime)',
    '',
    'Section 24(1) provides that information is exempt if exemption is required for the purpose of safeguarding '
    'national security. Some County Council buildings house functions which support emergency planning and '
    'critical services. Disclosing the number, make and distribution of CCTV cameras across the estate would '
    'reveal the level of protection at these buildings and could, in combination with other information already '
    'in the public domain, be used to identify weaknesses.',
    '',
    'Section 31(1)(a) provides that information is exempt if its disclosure would, or would be likely to, '
    'prejudice the prevention or detection of crime. Information about the extent and type of CCTV coverage at '
    'individual buildings, including care homes and libraries, would be of use to anyone planning theft, '
    'criminal damage or unauthorised access.',
]
for para in body1:
    p1 += [(l, '') for l in wrap(para, W)] if para else [('', '')]
p2 = [('Ref: FOI NCC/25/00042', 'small'), ('Page 2', 'small'), ('', '')]
body2 = [
    'Both exemptions are qualified and we have therefore considered the public interest. We recognise the public '
    'interest in openness and in the public being able to understand how the Council spends public money and '
    'manages any risks associated with equipment from particular suppliers. However, we consider that the public '
    'interest in protecting the security of Council buildings, and the people who work in and use them, '
    'outweighs the public interest in disclosure.',
    '',
    'We have also considered whether section 38 (health and safety) applies to this information. We do not '
    'consider that exemption to be engaged and have not relied on it.',
    '',
    'This letter therefore constitutes a refusal notice under section 17 of the Freedom of Information Act 2000.',
    '',
    'If you are unhappy with this response you may ask for an internal review. Please write to the Information '
    'Management Team at the address above, or email foi@norfolk-cc.example.gov.uk, within 40 working days of '
    'the date of this letter. If you remain dissatisfied after the internal review you may apply to the '
    'Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.',
    '',
    'Yours sincerely',
]
for para in body2:
    p2 += [(l, '') for l in wrap(para, W)] if para else [('', '')]
p2 += [('', 'sig'), ('Hannah Cubitt', ''), ('Information Compliance Officer', '')]
render_scan_pdf(out(f'{NN}-reply.pdf'), [p1, p2], seed=16, skew=(-1.6, -0.7), size=27,
                font='liberation/LiberationSans-Regular.ttf', bold_font='liberation/LiberationSans-Bold.ttf',
                noise=0.003, dpi=200)
put_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "scan",
           "body_type": "council", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "refused", "exemptions": ["s24", "s31"], "camera_count": None,
           "note": "two-page skewed scan with no text layer; whole request withheld under s24(1) and s31(1)(a), s38 considered but expressly not relied on"})
