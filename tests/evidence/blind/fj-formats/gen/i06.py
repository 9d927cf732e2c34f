from lib import *
req = """Dear Sir/Madam,

Under the Freedom of Information (Scotland) Act 2002 please tell me:

1. How many CCTV cameras does the council operate (public space and council buildings together)?
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. If yes, how many and where are they located?
4. Does the council intend to replace them, and by when?

Regards,
Ross Haldane"""
write_request("06", req)
body = """Dear Mr Haldane

Freedom of Information (Scotland) Act 2002 - Request ID: 101004839211

Thank you for your request received on 3 February 2025. Please find our response below.

1. 212
2. No
3. N/A
4. N/A

Your right to seek a review
If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions by writing to the Information Compliance Team within 40 working days of receiving this response. If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.

Kind regards

Morag Cairney
Information Compliance Officer
Legal and Democratic Services
Kinnaird Council
Council Buildings, High Street, Kinnaird, KY12 6PQ

-----Original Message-----
From: Ross Haldane <ross.haldane.foi@example.org>
Sent: 03 February 2025 09:14
To: FOI <foi@kinnaird.gov.uk>
Subject: FOI request - CCTV

""" + "\n".join("> " + l if l else ">" for l in req.splitlines()) + """

**********************************************************************
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kinnaird Council may monitor e-mail for lawful purposes.
**********************************************************************
"""
eml("06-reply.eml", "FOI <foi@kinnaird.gov.uk>", "Ross Haldane <ross.haldane.foi@example.org>",
    "RE: FOI request - CCTV [101004839211]", "Wed, 26 Feb 2025 15:42:07 +0000", text=body)
label("06", "eml", "council", "foisa", "no", "no", "answered", [], 212,
      "Terse numbered answers in an e-mail body (\"1. 212 2. No\") that only make sense with the quoted request; the 'No' covers a joint Hikvision-or-Dahua question.")
