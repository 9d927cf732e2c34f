"""21: Rich Text Format (.rtf) letter: whole request refused under the section 12 cost limit, with advice that names
the makers as a way to narrow the request."""
import os
OUT = os.path.join(os.path.dirname(__file__), '..')
def esc(s):
    out = []
    for ch in s:
        if ch in '\\{}': out.append('\\' + ch)
        elif ord(ch) < 128: out.append(ch)
        elif ord(ch) < 256: out.append("\\'%02x" % ord(ch))
        else: out.append('\\u%d?' % ord(ch))
    return ''.join(out)
paras = [
 ('b', 'Stainforth Metropolitan Borough Council'),
 ('', 'Information Governance Team, Town Hall, Church Street, Stainforth ST6 1AA'),
 ('', 'Telephone 01632 965 500   Email: foi@stainforth.example.gov.uk'),
 ('', ''),
 ('', 'Our reference: 2024/FOI/1638'),
 ('', 'Date: 15 May 2024'),
 ('', ''),
 ('', 'Dear Mr Iqbal'),
 ('b', 'Freedom of Information Act 2000 \u2013 Refusal Notice'),
 ('', 'Thank you for your request for information received on 17 April 2024, in which you asked for information about every CCTV camera operated by the Council.'),
 ('', 'The Council is refusing your request under section 12(1) of the Freedom of Information Act 2000, because we estimate that the cost of complying with it would exceed the appropriate limit. The appropriate limit for local authorities is \u00a3450, which equates to 18 hours of staff time at \u00a325 per hour, as set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.'),
 ('', 'CCTV at Council premises is not managed centrally. Cameras in Council offices, housing blocks, parks, leisure centres and car parks are the responsibility of five different service areas, each of which keeps its own records, and many of those records are held on paper maintenance files. In addition, the 71 maintained schools in the borough procure and manage their own systems. To identify the make, model, installation date and cost of each camera we would need to contact every service area and every school and examine their records. Even at a conservative estimate of 20 minutes per site across more than 120 sites, this would take over 40 hours.'),
 ('', 'Where section 12 applies to part of a request, it applies to the whole request, so we are not providing any information in response to questions 1 to 8.'),
 ('b', 'Advice and assistance'),
 ('', 'Under section 16 of the Act we are required to offer advice and assistance. You may wish to consider narrowing your request. For example, the town centre public space CCTV system is managed centrally by Community Safety, and a request limited to that system \u2013 for example the number of cameras and whether any Hikvision or Dahua cameras form part of it \u2013 is likely to be answerable within the cost limit. Please note that the Council cannot guarantee that a refined request will not engage an exemption.'),
 ('', 'If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter and should be addressed to the Information Governance Team at the address above.'),
 ('', 'If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.'),
 ('', 'Yours sincerely'),
 ('', ''),
 ('', 'Janet Oyelaran'),
 ('', 'Information Governance Officer'),
]
rtf = [r'{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}',
       r'{\colortbl ;\red0\green84\blue147;}',
       r'{\*\generator Riched20 10.0.19041}\viewkind4\uc1',
       r'\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440']
for i, (st, t) in enumerate(paras):
    if i == 0:
        rtf.append(r'\pard\qr\sa60\cf1\b\f0\fs28 ' + esc(t) + r'\b0\cf0\fs20\par')
    elif i in (1, 2):
        rtf.append(r'\pard\qr\sa0\f0\fs17 ' + esc(t) + r'\fs20\par')
    elif st == 'b':
        rtf.append(r'\pard\sa160\sl276\slmult1\b\f0\fs21 ' + esc(t) + r'\b0\par')
    else:
        rtf.append(r'\pard\sa160\sl276\slmult1\f0\fs21 ' + esc(t) + r'\par')
rtf.append('}')
open(os.path.join(OUT, '21-reply.rtf'), 'w', encoding='ascii').write('\r\n'.join(rtf) + '\r\n')
print('wrote 21-reply.rtf')
