from common import *

body = """Dear Mr Whitcombe,

Thank you for your email of 3rd March which has been passed to me as Clerk.

I can confirm that Ashcombe Regis Town Council does not own or operate any CCTV cameras. There are no cameras on the Town Hall, the pavilion at the recreation ground, the allotments or the public conveniences on Fore Street.

As we have no CCTV, we do not hold any information relevant to the remaining parts of your request (manufacturer, capabilities, installer/maintainer).

For completeness, the cameras you may have seen in the Market Place belong to the district council, and you may wish to direct your enquiry to them: foi@southmendip-dc.example.gov.uk

If you are not satisfied with this response you may ask the Council to review it by writing to the Chair of the Council at the address below within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Mrs Gillian Trask
Town Clerk & RFO
Ashcombe Regis Town Council
The Town Hall, Fore Street, Ashcombe Regis, TA19 4QD
Tel 01460 552190 (Tues/Thurs mornings only)
"""
m = email("Town Clerk <clerk@ashcombe-regis-tc.example.gov.uk>",
          "Daniel Whitcombe <foi+request-88213-4b1e@whatdotheyknow.example>",
          "RE: Freedom of Information request - CCTV cameras", uk(2025, 3, 11, 9, 42), text=body)
save_eml("01-reply.eml", m)
add_label(path="01-reply.eml", request_file="01-request.txt", format="eml", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
          note="Plain-text email from a town council with no CCTV at all; mentions another council's cameras it does not own.")
