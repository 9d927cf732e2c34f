from common import *
nn = "12"
request(nn, """
Dear Clerk to Kirkby Lonsdale Town Council,

Under the Freedom of Information Act 2000 please tell me:
1. How many CCTV cameras the council owns or operates
2. The manufacturer of each
3. Whether any are made by Hikvision or Dahua
4. The annual cost of running the CCTV

Thank you,
Peter Nugent
""")
page = [
 ("t", "KIRKBY LONSDALE TOWN COUNCIL", 16, True),
 ("t", "Clerk: Mrs S. Hargreaves   |   The Institute, Market Street, Kirkby Lonsdale LA6 2AU   |   Tel 015242 00871", 9, False),
 ("rule",), ("gap", 0.3),
 ("t", "Mr P. Nugent\nBy email", 11, False), ("gap", 0.2),
 ("t", "4th March 2024", 11, False), ("gap", 0.2),
 ("t", "Dear Mr Nugent,", 11, False), ("gap", 0.1),
 ("t", "Freedom of Information Request - CCTV", 11, True), ("gap", 0.1),
 ("t", "Thank you for your email of 12th February. The Town Council does not own, operate or fund any CCTV cameras, so I am unable to provide any of the other information you asked for at points 2 to 4.", 11, False), ("gap", 0.1),
 ("t", "You may wish to know that there are cameras at the Booths car park and at some shops in the town, but these are privately owned and nothing to do with the Council. Public space CCTV in the wider area is a matter for Westmorland and Furness Council.", 11, False), ("gap", 0.1),
 ("t", "If you are not satisfied with this reply you can ask the Council to review it, and after that you can complain to the Information Commissioner's Office.", 11, False), ("gap", 0.3),
 ("t", "Yours sincerely", 11, False), ("gap", 0.4),
 ("t", "S. Hargreaves", 13, False),
 ("t", "Sandra Hargreaves\nClerk and Responsible Financial Officer", 11, False),
]
scanned_pdf(outpath(nn, "pdf"), [page], dpi=200, seed=12, skew=0.8)
label(nn, "pdf", "council", "foia", "no", "no", "answered", [], 0,
      "image-only scanned letter (200 dpi); body has no CCTV at all; mentions others' cameras in town")
