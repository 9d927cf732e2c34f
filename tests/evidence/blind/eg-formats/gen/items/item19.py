import sys, os, html as H
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '19'
REQ = """Dear North Wolds College,

Under the Freedom of Information Act 2000 please tell me:

1. How many CCTV cameras does the college have across its campuses?
2. What brand(s) are they?
3. Are any of them made by Hikvision or Dahua?
4. Are there any plans to replace them?

Yours faithfully,
Adrian Szymanski"""
write_request(NN, REQ)

plain = f"""Dear Mr Szymanski,

Apologies for the delay in getting back to you. Please see the response from our Estates Manager below, which answers your questions.

If you are unhappy with the way your request has been handled you can ask for an internal review by replying to this email. If you are still not satisfied you can complain to the Information Commissioner's Office (www.ico.org.uk).

Kind regards

Claire Ostler
Governance & Compliance Officer
North Wolds College | Brigg Road Campus | Scunthorpe DN16 3PX
T: 01724 613 990

________________________________
From: Dean Holroyd <d.holroyd@northwolds-college.example.ac.uk>
Sent: 12 November 2024 14:31
To: Claire Ostler <c.ostler@northwolds-college.example.ac.uk>
Subject: RE: FOI 24/37 - CCTV

Hi Claire

We've got 31 cameras across both campuses. They're all Hik apart from the 4 new Axis ones in the car park at Brigg Road. No Dahua.

No plans to replace at the moment - the older ones are on the estates capital list for 2026 but nothing agreed.

Cheers
Dean

Dean Holroyd
Estates Manager

________________________________
From: Claire Ostler <c.ostler@northwolds-college.example.ac.uk>
Sent: 05 November 2024 09:02
To: Dean Holroyd <d.holroyd@northwolds-college.example.ac.uk>
Subject: FOI 24/37 - CCTV

Hi Dean, can you help with the below please? Due back by the 15th.
Thanks, Claire

{REQ}
"""
html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>' + H.escape(par).replace('\n', '<br>') + '</p>' if not par.startswith('____') else '<hr>'
    for par in plain.split('\n\n')) + '</body></html>'

m = email_msg('Claire Ostler <c.ostler@northwolds-college.example.ac.uk>',
              'Adrian Szymanski <request-95528-31ee09c4@whatdotheyknow.com>',
              'FW: FOI 24/37 - CCTV',
              dt(2024, 11, 20, 12, 6),
              extra_headers={'Cc': 'FOI <foi@northwolds-college.example.ac.uk>'})
m.set_content(plain)
m.add_alternative(html, subtype='html')
save_eml(NN, m)
put_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "other", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 31,
           "note": "further-education college forwards an internal email thread; the answer is the estates manager's chatty 'all Hik apart from the 4 new Axis ones', with the request quoted again at the bottom"})
