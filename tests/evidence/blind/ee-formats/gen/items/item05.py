import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 5
write_text(f"{N:02d}-request.txt", """
Dear Clerk to Lower Wychcombe Parish Council,

Please treat this as a request under the Freedom of Information Act 2000.

Q1. How many CCTV cameras does the Parish Council own or operate?
Q2. Are any of them manufactured by Hikvision or Dahua?
Q3. Who installed and maintains them, and what is the annual maintenance cost?

Thank you,
Harriet Vosper
""")

page = [
    "##LOWER WYCHCOMBE PARISH COUNCIL",
    "Clerk: Mrs Jennifer Alderton",
    "The Old Forge, Church Lane, Lower Wychcombe, Somerbury SB7 3LN",
    "Tel: 01632 961 540   email: clerk@lowerwychcombe-pc.invalid",
    "---",
    "",
    ">>14th May 2024",
    "Ms H Vosper",
    "by email",
    "",
    "Dear Ms Vosper",
    "",
    "**Freedom of Information request - CCTV",
    "",
    "Thank you for your email of 22nd April 2024 which was considered under the",
    "Freedom of Information Act 2000.",
    "",
    "I can confirm that Lower Wychcombe Parish Council does not own or operate any",
    "CCTV cameras. As the Council has no CCTV, it does not hold any information in",
    "relation to questions 2 and 3.",
    "",
    "For your information, the camera on the pavilion at the Recreation Ground belongs",
    "to Lower Wychcombe Cricket Club, who lease the pavilion, and the cameras in the",
    "village hall car park are the responsibility of the Village Hall Trustees. You",
    "may wish to contact them directly, although please note that neither is a public",
    "authority for the purposes of the Act.",
    "",
    "If you are unhappy with this response you may ask the Council to review it by",
    "writing to the Chairman at the address above. You may also contact the",
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Yours sincerely",
    "",
    "",
    "J. Alderton",
    "Mrs J Alderton",
    "Clerk and Responsible Financial Officer",
]
render_scan(f"{N:02d}-reply.pdf", [page], seed=5, skew=(0.6, 1.1), size=31)


label(N, "scan", "pdf", "council", "foia", "no", "no", "answered", [], 0,
      "image-only scanned letter; parish council has no CCTV, mentions other parties' cameras in the village")
