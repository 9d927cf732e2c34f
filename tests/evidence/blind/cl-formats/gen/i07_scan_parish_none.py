from scanutil import render_pages
from common import *

NN = "07"
write_request(NN, """
Dear Clerk,

Freedom of Information request.

1. How many CCTV cameras does Little Brampton Parish Council own or operate?
2. Of these how many are Hikvision and how many Dahua?
3. What was spent on CCTV in the last three financial years?

Kind regards
Jon Pryce
""")
paras = [
    ("LITTLE BRAMPTON PARISH COUNCIL", True),
    ("Clerk to the Council: Mrs A. Hollings\nThe Old School Room, Church Lane, Little Brampton, NN14 7RW\nTel 01632 555 018", False),
    ("22nd January 2024", False),
    ("Dear Mr Pryce,", False),
    ("Re: Freedom of Information Request", True),
    ("Thank you for your email of 4th January 2024, which was considered by the Council at its meeting on "
     "18th January.", False),
    ("I can confirm that the Parish Council does not own or operate any CCTV cameras. The camera on the "
     "village hall is the property of the Village Hall Management Committee, which is a separate registered "
     "charity and is not a public authority.", False),
    ("As the Council has no CCTV, it follows that it holds no information in respect of questions 2 and 3 and "
     "no expenditure has been incurred.", False),
    ("If you are dissatisfied with this response you may ask the Council to review it. You may also contact "
     "the Information Commissioner's Office.", False),
    ("Yours sincerely,", False),
    ("A. Hollings (Mrs)\nClerk and RFO", False),
]
render_pages(paras, out(f"{NN}-reply.pdf"), seed=7)
label(NN, f"{NN}-reply.pdf", "pdf", "council", "foia", "no", "no", "answered", [], 0,
      "Scanned image-only PDF; parish council has no CCTV (village hall camera belongs to a separate charity), so 0 and no/no despite 'holds no information'.")
