import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 1
write_text(f"{N:02d}-request.txt", """
Dear Ashcombe Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the council currently operate (public space, council buildings and car parks)?
2. Which manufacturers made these cameras? Please give the number of cameras from each manufacturer if possible.
3. Are any of the cameras made by Hikvision?
4. Are any of the cameras made by Dahua?
5. Does the council have any plans to remove or replace Hikvision or Dahua cameras?

I would prefer to receive the information by email.

Yours faithfully,
Morwenna Tulley
""")

body = """
Dear Ms Tulley

Freedom of Information Request - Ref: FOI/24/0873

Thank you for your request for information received on 4 March 2024.

I have made enquiries with the relevant service areas and can advise as follows.

Public space CCTV in Ashcombe town centre is owned and operated by Ashcombe Town Centre BID Ltd (the Business Improvement District company), which is a separate legal entity and is not a public authority for the purposes of the Freedom of Information Act. The Council does not hold information about the number, make or operation of those cameras. You may wish to contact the BID directly at info@ashcombebid.invalid.

The Council's offices at Kingsley House are leased, and the CCTV at the building is provided and maintained by the landlord, Kingsley Estates plc, as part of the service charge. The cameras at the Council's two car parks (Brook Street and Sheep Market) were transferred to Ashcombe Parking Services Ltd under the parking management contract in 2021 and are that company's equipment.

The Council therefore does not hold the information you have requested.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this response and should be addressed to: Information Governance Team, Ashcombe Borough Council, Kingsley House, Station Road, Ashcombe, AS1 4QP or foi@ashcombe.gov.invalid.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.

Kind regards

Dean Parfitt
Information Governance Officer
Ashcombe Borough Council
Tel: 01632 960418

-- 
This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Ashcombe Borough Council may monitor email traffic data and the content of email for the purposes of security and staff training.
"""
eml(f"{N:02d}-reply.eml", "FOI Team <foi@ashcombe.gov.invalid>", "Morwenna Tulley <request-771204-5c1a9e@whatdotheyknow.invalid>",
    "RE: Freedom of Information request - CCTV cameras [FOI/24/0873]", dt(2024, 3, 27, 14, 12), text=body)

label(N, "eml", "eml", "council", "foia", "unknown", "unknown", "not_held", [], None,
      "plain-text e-mail, prose only: every camera set at the council's sites belongs to another party (BID, landlord, parking contractor) so nothing is held")
