from lib import *

# ---------------------------------------------------------------- 06
def item06():
    req = """Dear NHS Glenmorran,

Under the Freedom of Information (Scotland) Act 2002 could you please provide:

1. The number of CCTV cameras at each hospital site operated by the Board.
2. Whether any of these cameras are manufactured by Hikvision or Dahua Technology.
3. The name of the company contracted to maintain them.

Kind regards,
Fraser McAlister"""
    st = pstyles(font='Times', size=11)
    sites = [('Royal Infirmary of Glenmorran', 212), ('St Columba\'s Hospital', 64), ('Glenmorran Maternity Unit', 31), ('Inverlochan Community Hospital', 17),
             ('Balnagask Rehabilitation Centre', 9), ('Kilbride House (Mental Health)', 26), ('Dalreoch Health Centre', 4), ('Strathallan Dental Hospital', 12)]
    story = [P('<b>NHS Glenmorran</b>', st['h']),
             P('Corporate Records &amp; FOI Team<br/>Board Headquarters, 40 Cairnhill Road, Glenmorran GM1 3RD<br/>Telephone 01632 961330', st['small']),
             Spacer(1, 12),
             P('Our Ref: FOI-GM-24-0562<br/>Date: 22 October 2024', st['body']),
             P('Dear Mr McAlister', st['body']),
             P('<b>Freedom of Information (Scotland) Act 2002 (FOISA) – Request for Information</b>', st['body']),
             P('I refer to your request dated 24 September 2024. Please find below the Board\'s response.', st['body']),
             P('<b>1.</b> The number of CCTV cameras at each of our sites is:', st['body'])]
    for s, n in sites:
        story.append(P('&nbsp;&nbsp;&nbsp;&nbsp;%s&nbsp;&nbsp;%d' % (s, n), st['body']))
    story += [
        P('<b>2.</b> NHS Glenmorran does not disclose information about the make or model of its security systems. Publishing this information would allow the vulnerabilities of particular products to be matched to our premises and would, or would be likely to, prejudice substantially the prevention or detection of crime. The Board is therefore withholding this information under section 35(1)(a) of FOISA. This is a qualified exemption and we have considered the public interest. While there is a public interest in transparency over public procurement, we consider that it is outweighed by the public interest in protecting patients, staff and property.', st['body']),
        P('<b>3.</b> CCTV maintenance is provided by Granite Fire &amp; Security Ltd, Aberlour.', st['body']),
        P('If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the FOI Reviews Officer at the address above within 40 working days. If you remain dissatisfied you have the right to apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS, or online at www.foi.scot/appeal.', st['body']),
        P('Yours sincerely', st['body']), Spacer(1, 16),
        P('Ailsa Drummond<br/>Corporate Records Manager', st['body'])]
    pdf_build(out('06-reply.pdf'), story, footer='NHS Glenmorran is the common name of Glenmorran Health Board', title='FOI-GM-24-0562', author='adrummond')
    emit('06', req, '06-reply.pdf', dict(format='pdf', body_type='nhs', law='foisa', hikvision='unknown', dahua='unknown',
         outcome='partially_answered', exemptions=['s35'], camera_count=sum(n for _, n in sites),
         note='Sites listed one per line as "Royal Infirmary of Glenmorran  212" with no total (sum); makes withheld under FOISA s35(1)(a).'))

# ---------------------------------------------------------------- 07
def item07():
    req = """FOI request

1. How many CCTV cameras does Northmere Police operate? Please include custody, stations and any public space systems you run directly.
2. Are any of your CCTV cameras manufactured by Hikvision?
3. Are any manufactured by Dahua?
4. Have you carried out a security risk assessment of Chinese-made surveillance equipment?

Thanks, J. Tennant"""
    text = """>>NORTHMERE POLICE
>>Freedom of Information Unit
>>PO Box 771, Northmere NM7 2WB

Our Reference: FOI 1193/2023
Date: 3 August 2023

Dear Mr Tennant

I write in connection with your request for information received by Northmere Police on 6 July 2023. I note you seek access to information regarding CCTV cameras.

Following receipt of your request, searches were conducted within Northmere Police. I can confirm that some of the information you have requested is held.

Question 1. Northmere Police operates approximately 430 CCTV cameras across its estate, including custody suites and police stations. The Force does not operate public space CCTV; those systems are owned and run by the local authorities.

Questions 2 and 3. Northmere Police can neither confirm nor deny that it holds information relevant to these questions by virtue of the following exemptions:

  Section 24(2) National Security
  Section 31(3) Law Enforcement

To confirm or deny whether particular manufacturers are used across the police estate would allow those intent on causing harm to identify weaknesses in our security. Sections 24 and 31 are prejudice based qualified exemptions and the public interest has been considered. On balance the public interest favours neither confirming nor denying.

Question 4. No information is held.

Please note that no inference can be taken from this refusal that the information you have requested does or does not exist.

Complaint Rights: If you are dissatisfied with this response you may ask for an internal review within 40 working days. If you remain dissatisfied after the review you may apply to the Information Commissioner.

Yours sincerely

Kirsty Ollerenshaw
Disclosure Officer
"""
    lines = wrap(text, 70)
    scan_pdf(out('07-reply.pdf'), lines, seed=7, skew=0.9)
    emit('07', req, '07-reply.pdf', dict(format='scan', body_type='police', law='foia', hikvision='unknown', dahua='unknown',
         outcome='partially_answered', exemptions=['s24', 's31'], camera_count=430,
         note='Image-only scanned letter with skew; "approximately 430" disclosed, NCND on both makers under s24(2)/s31(3), Q4 not held.'))

# ---------------------------------------------------------------- 08
def item08():
    req = """Dear Headteacher / Data Protection Officer,

I am making a Freedom of Information request to Oakfield Park Academy.

1. Does the academy have CCTV? If so how many cameras?
2. What brand are the cameras?
3. Are any cameras located in toilets or changing areas?
4. Is there a CCTV policy? Please send a copy.

Many thanks,
Lorna Hebden"""
    d = docx_new(font='Calibri', size=11, header='Oakfield Park Academy — part of the Brightwater Learning Trust', footer='Oakfield Park Academy, Oakfield Road, Stanmoor ST9 4LJ  ·  01632 960233')
    para(d, 'Freedom of Information Response', bold=True, size=13)
    para(d, 'Request ref: OPA-FOI-09 (2024-25)   Received: 11 November 2024   Responded: 2 December 2024')
    para(d, '1. CCTV and number of cameras', bold=True)
    para(d, 'Yes. We have sixteen cameras: 12 external (perimeter, car park, bike shed, main entrance) and 4 internal (reception, main corridor, dining hall, library).')
    para(d, '2. Brand', bold=True)
    para(d, 'All of the external cameras are HiWatch (installed 2021 by StanSecure Ltd). The internal cameras are Vista (Norbain) and were installed when the building opened.')
    para(d, '3. Toilets / changing areas', bold=True)
    para(d, 'No. There are no cameras in toilets, changing rooms or any other area where pupils would expect privacy.')
    para(d, '4. Policy', bold=True)
    para(d, 'Our CCTV Policy is published on the Trust website under Policies > Data Protection. As it is reasonably accessible to you by other means we are not required to provide a copy (section 21 of the Freedom of Information Act). The direct link is: www.brightwaterlearning.org.uk/policies/cctv-policy.pdf')
    para(d, 'If you are unhappy with this response you can ask for a review by writing to the Trust\'s Governance Lead, who will respond within 20 school days. You may also contact the Information Commissioner\'s Office.')
    att = docx_bytes(d)
    text = """Dear Ms Hebden,

Please find attached our response to your FOI request about CCTV.

Kind regards

Mrs D. Achterberg
School Business Manager
Oakfield Park Academy
Tel: 01632 960233

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brightwater Learning Trust is a charitable company limited by guarantee registered in England and Wales, company no. 08811902.
"""
    eml(out('08-reply.eml'), 'Dora Achterberg <d.achterberg@oakfieldpark.sch.uk>', 'Lorna Hebden <lorna.hebden@fastmail.example>',
        'RE: Freedom of Information request - CCTV', '2024-12-02 15:41', text, attachments=[('FOI response OPA-FOI-09 CCTV.docx', att, DOCX_MT)])
    emit('08', req, '08-reply.eml', dict(format='eml', body_type='academy', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=['s21'], camera_count=16,
         note='Answer only in attached docx; count in words ("sixteen"); Hikvision only via its HiWatch brand; complete brand list (HiWatch, Vista); policy withheld under s21 as accessible elsewhere.'))

# ---------------------------------------------------------------- 09
def item09():
    req = """Hi,

Could you tell me under FOI:
1) How many CCTV cameras are installed at each of your fire stations and at your headquarters?
2) Are any of the cameras supplied or manufactured by Hikvision or Dahua?
3) Do any of the cameras record audio?

Best wishes
Tomasz Lewandowski"""
    stations = [('Headquarters, Halford Road', 18), ('Kingsbury Fire Station', 6), ('Alderley Green Fire Station', 4), ('Pennock Fire Station', 5),
                ('Thursby (on-call)', 2), ('Wrayford (on-call)', 2), ('Training Centre, Colley Lane', 9), ('Fleet Workshops', 7)]
    tot = sum(n for _, n in stations)
    rows_html = '\n'.join(f'<tr><td style="border:1px solid #999;padding:3px 8px">{s}</td><td style="border:1px solid #999;padding:3px 8px;text-align:right">{n}</td></tr>' for s, n in stations)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Lewandowski,</p>
<p>Thank you for your request under the Freedom of Information Act 2000, received on 4 March 2025 (our ref <b>FRS/FOI/25/038</b>).</p>
<p><b>Q1</b> &ndash; Camera numbers by site:</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:3px 8px;background:#c00;color:#fff">Site</th><th style="border:1px solid #999;padding:3px 8px;background:#c00;color:#fff">Cameras</th></tr>
{rows_html}
</table>
<p><b>Q2</b> &ndash; None of the cameras are manufactured or supplied by either company. Our cameras are Bosch and Axis, installed and serviced by Redhill Fire &amp; Security.</p>
<p><b>Q3</b> &ndash; No. Audio recording is disabled on all units.</p>
<p>If you are not satisfied with this response, please write to the Head of Corporate Services within 40 working days to request an internal review. You also have the right to complain to the Information Commissioner&rsquo;s Office.</p>
<p>Regards,<br>Bethan Hollies<br>Information Governance Officer<br>Marchshire Fire and Rescue Service<br>01632 960905</p>
</body></html>"""
    text = f"""Dear Mr Lewandowski,

Thank you for your request under the Freedom of Information Act 2000, received on 4 March 2025 (our ref FRS/FOI/25/038).

Q1 - Camera numbers by site:

""" + '\n'.join(f'{s}: {n}' for s, n in stations) + """

Q2 - None of the cameras are manufactured or supplied by either company. Our cameras are Bosch and Axis, installed and serviced by Redhill Fire & Security.

Q3 - No. Audio recording is disabled on all units.

If you are not satisfied with this response, please write to the Head of Corporate Services within 40 working days to request an internal review. You also have the right to complain to the Information Commissioner's Office.

Regards,
Bethan Hollies
Information Governance Officer
Marchshire Fire and Rescue Service
01632 960905
"""
    eml(out('09-reply.eml'), 'Marchshire FRS Information Governance <foi@marchshire-fire.gov.uk>', 'tomasz.lew@example.net',
        'FOI FRS/FOI/25/038 - CCTV', '2025-03-27 09:12', text, html=html)
    emit('09', req, '09-reply.eml', dict(format='eml', body_type='fire', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=tot,
         note='multipart/alternative e-mail; HTML part holds the per-site table (no total row, sum); "either company" answers the joint question.'))

# ---------------------------------------------------------------- 10
def item10():
    req = """Request for information about CCTV

1. Please state how many CCTV cameras the council operates, broken down by public space, car parks and council buildings.
2. Does the council use any cameras made by Hikvision? If so, where, and is there a plan to remove them?
3. Does the council use any cameras made by Dahua?
4. Is the CCTV control room staffed 24 hours a day?

From: Nadia Fairbrother"""
    html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>FOI 12874 – CCTV cameras | Disclosure log | Wendlebury City Council</title>
<style>body{font-family:Helvetica,Arial,sans-serif;max-width:900px;margin:auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:6px;vertical-align:top}th{background:#eef}nav a{margin-right:10px}</style></head>
<body>
<header><a href="/">Wendlebury City Council</a> <nav><a href="/council">Council and democracy</a><a href="/council/foi">Freedom of information</a><a href="/council/foi/disclosure-log">Disclosure log</a></nav></header>
<main>
<h1>FOI 12874 – CCTV cameras</h1>
<dl><dt>Date received</dt><dd>8 April 2024</dd><dt>Date responded</dt><dd>1 May 2024</dd><dt>Category</dt><dd>Community safety</dd></dl>
<h2>Request and response</h2>
<table>
<thead><tr><th style="width:40%">Request</th><th>Response</th></tr></thead>
<tbody>
<tr><td>1. Please state how many CCTV cameras the council operates, broken down by public space, car parks and council buildings.</td>
<td><p>The council's cameras are made up as follows:</p>
<ul><li>Public space (city centre and district centres): 96</li><li>Multi-storey and surface car parks: 41</li><li>Council buildings, depots and libraries: 63</li></ul>
<p>These figures do not include the 24 body-worn cameras used by civil enforcement officers.</p></td></tr>
<tr><td>2. Does the council use any cameras made by Hikvision? If so, where, and is there a plan to remove them?</td>
<td><p>Yes.</p>
<p>There are 11 Hikvision cameras, all of which are at the Friars Gate and Sheepmarket surface car parks. They were installed in 2016 as part of the car park refurbishment.</p>
<p>The council agreed at Cabinet in January 2024 to replace them, and this work will be completed by March 2026.</p></td></tr>
<tr><td>3. Does the council use any cameras made by Dahua?</td><td><p>No.</p></td></tr>
<tr><td>4. Is the CCTV control room staffed 24 hours a day?</td>
<td><p>The control room is staffed 24/7, 365 days a year.</p><p>Out of hours monitoring of council buildings' alarms is provided by a third party.</p></td></tr>
</tbody></table>
<p><a href="/council/foi/disclosure-log">Back to disclosure log</a></p>
</main>
<footer><p>&copy; Wendlebury City Council. Information published in the disclosure log may be re-used under the Open Government Licence unless otherwise stated.</p></footer>
</body></html>"""
    with open(out('10-reply.html'), 'w') as f: f.write(html)
    emit('10', req, '10-reply.html', dict(format='html', body_type='council', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=200,
         note='Disclosure-log page; count as a bulleted list inside a table cell (96+41+63, body-worn excluded); Hikvision still in place until replaced by March 2026.'))

if __name__ == '__main__':
    for f in (item06, item07, item08, item09, item10): f()
