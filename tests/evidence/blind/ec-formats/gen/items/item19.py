import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "19"
REQ = """
Dear Holmewood Junior School,

Under the Freedom of Information Act 2000, please could you answer the following:

1. How many CCTV cameras are there at the school, and where are they (inside/outside)?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Does the school have a CCTV policy and a data protection impact assessment for the CCTV?

Thank you,
Mark Ellery
"""

p1 = [
    "##Holmewood Junior School",
    "Heath Road, Holmewood, Chesterfield S42 5RH",
    "Telephone 01246 850 412   Headteacher: Mr P. Rowbotham",
    "",
    "",
    "Mr M Ellery",
    "                                                      5th November 2024",
    "",
    "Dear Mr Ellery",
    "",
    "Request for information - CCTV",
    "",
    "Thank you for your email of 8th October. I am sorry this has taken",
    "slightly longer than 20 school days; the school was closed for half term.",
    "",
    "1.   Please see the table attached (Appendix A).",
    "",
    "2.   Yes, all of them.",
    "",
    "3.   No. The old Dahua recorder was replaced in August 2023 with a new",
    "     Hikvision recorder when the cameras were upgraded.",
    "",
    "4.   Yes, we have a CCTV policy which was reviewed by governors in",
    "     June 2024. A copy is enclosed. We do not have a separate DPIA for",
    "     the CCTV; this is covered in the policy.",
    "",
    "If you are unhappy with this response you may ask the governing board",
    "to review it. Please write to the Chair of Governors c/o the school.",
    "You also have the right to complain to the Information Commissioner.",
    "",
    "Yours sincerely",
    "",
    "",
    "Mrs K. Slack",
    "School Business Manager",
]
p2 = [
    "##Appendix A  -  CCTV cameras",
    "",
    "Location\tCameras",
    "_____________________________________________________________",
    "Outside - main gate / car park\t2",
    "Outside - KS2 playground\t1",
    "Outside - rear of kitchen / bins\t1",
    "Inside - entrance lobby\t1",
    "Inside - main corridor by hall\t1",
    "",
    "",
    "Recording: Hikvision 8-channel NVR in the school office.",
    "Images retained for 31 days then overwritten.",
]
write_request(NN, REQ)
render_scan([p1, p2], f"{NN}-reply.pdf", seed=19, skew=-0.7, font="liberation/LiberationSerif-Regular.ttf", size=26,
            bold_font="liberation/LiberationSerif-Bold.ttf", tabs=(0, 620))
write_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="scan", body_type="school",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=6,
            note="Two-page image-only scan; count only in an appendix table without a total (2+1+1+1+1=6); Q2 'Yes, all of them' and Q3 'No' need the request, and Dahua is mentioned only as a recorder that was replaced.")
