from common import *
from scan import render

req = """
Dear Clerk,

I am making a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does Aldermoor Town Council operate?
2. Are any of these cameras made by Hikvision or Dahua?
3. Who monitors the footage?
4. How long is footage kept for?

Regards,
Gareth Willoughby
"""
write_request("11", req)

page = [
 ("h", "ALDERMOOR TOWN COUNCIL"),
 ("c", "The Guildhall, 4 Church Street, Aldermoor, Shropshire SY9 3HD\nTel: 01588 630 271   clerk@aldermoor-tc.gov.uk"),
 ("gap", 1),
 ("r", "12th July 2024"),
 ("p", "Mr G Willoughby\nBy email"),
 ("gap", 1),
 ("p", "Dear Mr Willoughby,"),
 ("b", "Freedom of Information request - CCTV"),
 ("p", "Thank you for your email of 20th June 2024 which was considered under the Freedom of Information Act 2000."),
 ("p", "Aldermoor Town Council does not own or operate any CCTV cameras. The cameras in the Market Place and on "
       "Bridge Street form part of the public space CCTV scheme run by Marcher Hills District Council, and any "
       "questions about those cameras should be sent to the District Council at foi@marcherhills.gov.uk."),
 ("p", "As the Town Council has no cameras, it does not hold any information in relation to questions 2 to 4."),
 ("p", "If you are dissatisfied with this response you may ask for it to be reviewed by writing to the Chairman "
       "of the Council at the above address. If you remain unhappy you may contact the Information "
       "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
 ("gap", 1),
 ("p", "Yours sincerely,"),
 ("sig", "J. Pemberton"),
 ("p", "Mrs Janet Pemberton\nTown Clerk and RFO"),
]
render([page], p("11-reply.pdf"), seed=11, angle=-0.9, font="serif", size=22, width_chars=80)

add_label(path="11-reply.pdf", request_file="11-request.txt", format="scan", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
          note="Image-only scan; the town council has no CCTV at all (0, 'no' for both, answered) even though it says it holds nothing for Q2-4 and points to another council's cameras.")
