from common import *

NN = "04"
write_request(NN, """
To the Clerk, Little Haddon Parish Council

Freedom of Information request

Please could you tell me:
1. How many CCTV cameras does the parish council operate?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Which company installed them and what did they cost?

Regards,
Tom Willcox
""")

page = [
    "^^**LITTLE HADDON PARISH COUNCIL",
    "^^Clerk to the Council: Mrs Angela Pryce",
    "^^The Old Forge, Church Lane, Little Haddon, Northants NN6 4RL",
    "^^Tel 01604 496 227   clerk@littlehaddon-pc.org.uk",
    "",
    "",
    "Mr T Willcox",
    "via email",
    ">>14th March 2024",
    "",
    "Dear Mr Willcox,",
    "",
    "**Freedom of Information Request - CCTV",
    "",
    "Thank you for your email of 26th February 2024 which was reported to the",
    "Council at its meeting on 11th March.",
    "",
    "I can advise that the Parish Council does not have any CCTV cameras and has",
    "never installed any. As a result we do not hold any information in relation to",
    "questions 2, 3 and 4 of your request.",
    "",
    "For your information the camera on the recreation ground pavilion belongs to",
    "Little Haddon Cricket Club, who lease the pavilion from the Council. Any",
    "enquiries about it should be sent to the Club secretary. The Club is not a",
    "public authority for the purposes of the Freedom of Information Act.",
    "",
    "If you are unhappy with this reply you can ask the Council to review it by",
    "writing to me at the above address. If you are still not satisfied you may",
    "contact the Information Commissioner's Office, Wycliffe House, Water Lane,",
    "Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).",
    "",
    "Yours sincerely",
    "",
    "",
    "A. Pryce",
    "",
    "Mrs A Pryce",
    "Clerk and Responsible Financial Officer",
]
scan_pdf([page], out(f"{NN}-reply.pdf"), seed=4, size=32, angle_range=(0.6, 1.1))

add_label(dict(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="scan",
               body_type="council", law="foia", hikvision="no", dahua="no", outcome="answered",
               exemptions=[], camera_count=0,
               note="Image-only scan; parish has no CCTV, and a camera belonging to a tenant club is mentioned."))
