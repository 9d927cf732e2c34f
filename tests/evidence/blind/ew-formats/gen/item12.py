from common import write_request, add_label, out
from email.message import EmailMessage

NN = "12"
REQ = """Dear Coldbrook Borough Council,

Under the Freedom of Information Act please answer the following:

Q1. How many CCTV cameras does the council own and operate?
Q2. Are any of them Hikvision?
Q3. Are any of them Dahua?
Q4. Who maintains the cameras and what does that cost per year?

Yours faithfully,
Amelia Harcourt"""
write_request(NN, REQ)

quoted_req = "\n".join(REQ.splitlines())
body = f"""Dear Ms Harcourt,

Thank you for your request for information, reference FOI 2024/0912. Please see below the information provided by the service, which I hope answers your questions. Apologies that this is a day later than the statutory deadline.

If you are unhappy with the way your request has been handled you can request an internal review by replying to this email within 40 working days. If you remain unhappy you can contact the Information Commissioner's Office at ico.org.uk.

Kind regards

Sarah Linney
Information Governance Officer
Coldbrook Borough Council | Town Hall, Market Place, Coldbrook CB14 1AA
T: 01632 963 270


From: Gary Pughe <Gary.Pughe@coldbrook.gov.uk>
Sent: 19 November 2024 09:12
To: FOI <foi@coldbrook.gov.uk>
Subject: RE: FOI 2024/0912 - CCTV - response due 19/11

Sarah - correction to the below, I'd missed the three new ones put in at Wharf Road in October. Q1 should be 44 not 41. Everything else stands.

Gary


From: Gary Pughe
Sent: 18 November 2024 16:40
To: FOI <foi@coldbrook.gov.uk>
Subject: RE: FOI 2024/0912 - CCTV - response due 19/11

Hi Sarah

Q1 - 41
Q2 - no
Q3 - yes, 6 x Dahua cameras (DH-IPC-HFW2441S-S) at Wharf Road depot plus the recorder there. Installed by Bramley Security 2019
Q4 - Bramley Security Ltd, £4,150 per annum

Sorry for delay, been on leave.

Gary Pughe
Community Safety & CCTV Manager


From: FOI <foi@coldbrook.gov.uk>
Sent: 30 October 2024 11:03
To: Gary Pughe <Gary.Pughe@coldbrook.gov.uk>
Subject: FOI 2024/0912 - CCTV - response due 19/11

Hi Gary, can you provide answers to the below please? Due 19/11.

Thanks, Sarah

> {quoted_req.replace(chr(10), chr(10) + '> ')}
"""
m = EmailMessage()
m["From"] = "FOI <foi@coldbrook.gov.uk>"
m["To"] = "Amelia Harcourt <request-1187342-9b1c@whatdotheyknow.example>"
m["Date"] = "Wed, 20 Nov 2024 10:31:55 +0000"
m["Subject"] = "FW: FOI 2024/0912 - CCTV - response due 19/11"
m["Message-ID"] = "<DB9PR08MB6Z4410F0E3@coldbrook.gov.uk>"
m.set_content(body)
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
add_label(NN, "eml", "council", "foia", "no", "yes", "answered", [], 44,
          "Forwarded internal thread: the latest message corrects the earlier '41' to 44, and Q2/Q3 are "
          "bare 'no'/'yes, 6 x Dahua' answers that need the request beside them.")
