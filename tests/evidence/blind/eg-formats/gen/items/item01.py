import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '01'
write_request(NN, """
Dear Stockport Metropolitan Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Please list the manufacturers of the cameras.

Many thanks,
Owen Fairbairn
""")

m = email_msg('Information Governance <foi@stockport-foi-team.example.gov.uk>',
              'Owen Fairbairn <request-88213-4c1a77e2@whatdotheyknow.com>',
              'RE: Freedom of Information request - CCTV cameras [Ref: FOI/2024/03317]',
              dt(2024, 5, 14, 15, 42))
m.set_content("""Dear Mr Fairbairn,

Freedom of Information Act 2000 - Request Ref: FOI/2024/03317

Thank you for your request for information received on 16 April 2024. Your request has been dealt with under the Freedom of Information Act 2000 and our response is set out below.

1. How many CCTV cameras does the council currently operate (public space and council buildings)?

The council currently operates 212 CCTV cameras. This figure includes the town centre public space system and cameras at council operated buildings.

2. Are any of these cameras manufactured by Hikvision?

Yes. 38 of the cameras are Hikvision. These are located at depots and two leisure sites.

3. Are any of these cameras manufactured by Dahua?

No.

4. Please list the manufacturers of the cameras.

Hikvision, Axis, Bosch.

Please note that the information provided in response to your request is subject to copyright and may not be re-used for commercial purposes without permission.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this response and should be addressed to: Information Governance, Fred Perry House, Edward Street, Stockport SK1 3XE, or by email to the address above.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely,

Paula Edgerton
Information Governance Officer
Legal and Democratic Governance

-----------------------------------------------------------------
This email and any attachments are confidential and may contain privileged information. If you are not the intended recipient please notify the sender immediately and delete it. Any views expressed are those of the individual sender and not necessarily those of the Council.
""")
save_eml(NN, m)
put_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 212,
           "note": "straightforward plain-text email with questions repeated and answered in order"})
