import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "01"
REQ = """
To: foi@southholland-dc.example.gov.uk
Subject: Freedom of Information request - CCTV

Dear South Holland District Council,

Under the Freedom of Information Act 2000 please provide the following:

1. How many CCTV cameras does the council currently operate?
2. Are any of these cameras manufactured by Hikvision? If so, how many?
3. Are any of these cameras manufactured by Dahua? If so, how many?
4. Please list all manufacturers of the council's CCTV cameras.

Yours faithfully,

Graham Pettifer
"""

BODY = """Dear Mr Pettifer

Freedom of Information Request - Ref: FOI/24/0917

Thank you for your request received on 2 September 2024. Please find our response below.

1. 87
2. Yes - 31
3. No
4. Axis, Bosch, Hikvision

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Team, Council Offices, Priory Road, Spalding, PE11 2XE, or foi@southholland-dc.example.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.

Kind regards

Tracey Holmwood
Information Governance Officer
South Holland District Council
Tel: 01775 761 944

This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error please notify the sender and delete it. Views expressed are those of the author and not necessarily those of the Council.
"""

msg = email_base("FOI Team <foi@southholland-dc.example.gov.uk>", "Graham Pettifer <g.pettifer.foi@example.net>",
                 "RE: Freedom of Information request - CCTV [FOI/24/0917]", dt(2024, 9, 26, 14, 12),
                 "<20240926141201.FOI240917@southholland-dc.example.gov.uk>")
msg.set_content(BODY)
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="council",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=87,
            note="Terse numbered answers that only make sense beside the request; Dahua 'No' is a bare answer to a Dahua-only question.")
