from common import *
from scan import render

req = """
To the Headteacher / Business Manager, Kettlewell Lane Primary School

Under the Freedom of Information Act please can you tell me:

Q1. How many CCTV cameras does the school have?
Q2. Are any made by Hikvision?
Q3. Are any made by Dahua?
Q4. Are there any cameras inside classrooms or toilets?
Q5. Who installed the system and when?

Many thanks
Anita Brennan
"""
write_request("12", req)

page = [
 ("h", "Kettlewell Lane Primary School"),
 ("c", "Kettlewell Lane, Spenborough, West Yorkshire WF16 0QA\nTelephone 01924 483 660  ·  office@kettlewell-lane.kirkdale.sch.uk\nHeadteacher: Mr D. Oyelaran"),
 ("gap", 1),
 ("p", "25/04/2024"),
 ("p", "Dear Ms Brennan"),
 ("b", "Your Freedom of Information request dated 28 March 2024"),
 ("p", "Thank you for your request. I apologise for the delay in responding, which was due to the Easter holidays. "
       "The answers to your questions are as follows:"),
 ("p", "Q1.  We have six cameras outside the building and two inside (the main entrance lobby and the corridor outside the school office)."),
 ("p", "Q2 & Q3.  All of our cameras and the recorder are EZVIZ. They were chosen by our IT support provider as a low cost option for a small site."),
 ("p", "Q4.  No."),
 ("p", "Q5.  The system was installed by Schools ICT Direct Ltd in August 2021 during the summer holiday."),
 ("p", "Footage is kept for 30 days and then automatically overwritten. Only the Headteacher, the Deputy Headteacher "
       "and the School Business Manager can view recordings. Our CCTV policy is on the school website."),
 ("p", "If you are not happy with this reply please write to the Chair of Governors c/o the school office. You can "
       "also contact the Information Commissioner's Office at www.ico.org.uk."),
 ("p", "Yours sincerely"),
 ("sig", "L Ackroyd"),
 ("p", "Mrs Lorraine Ackroyd\nSchool Business Manager"),
]
render([page], p("12-reply.pdf"), seed=12, angle=1.6, font="sans", size=23, width_chars=76, noise=0.006, gray=False)

add_label(path="12-reply.pdf", request_file="12-request.txt", format="scan", body_type="school",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=8,
          note="Image-only scan, binarised and skewed; Q2 & Q3 answered together only by naming EZVIZ (a Hikvision brand) as the sole make; count is 'six outside and two inside' in words.")
