from common import *

NN = "12"
req = """Dear Kendal Town Council,

Under the Freedom of Information Act please tell me:

1. How many CCTV cameras does the Town Council own or operate?
2. Who manufactured them?
3. Are any of them made by Hikvision or Dahua?
4. How much did the Town Council spend on CCTV in 2023/24?

Yours faithfully,
Bernard Oyelaran
"""
write_request(NN, req)

lines = [
 ("KENDAL TOWN COUNCIL", "bc"),
 ("Kendal Town Hall, Highgate, Kendal, Cumbria LA9 4DL", "c"),
 ("Tel: 01539 793 490   Email: clerk@kendaltowncouncil.gov.uk", "c"),
 "", "",
 "Mr B Oyelaran",
 "By email",
 "",
 ("8 April 2024", "r"),
 "",
 "Dear Mr Oyelaran",
 "",
 ("Freedom of Information request - CCTV (our ref KTC/FOI/07/24)", "b"),
 "",
 "Thank you for your request for information dated 18 March 2024.",
 "",
 "Kendal Town Council does not own or operate any CCTV cameras. The town",
 "centre CCTV scheme is operated by Westmorland and Furness Council, to",
 "whom you may wish to direct your request.",
 "",
 "As the Town Council has no CCTV, it holds no information in respect of",
 "questions 2 to 4 of your request.",
 "",
 "If you are unhappy with the way your request has been handled you may",
 "ask for a review by writing to the Town Clerk at the above address. If",
 "you remain dissatisfied you have the right to complain to the",
 "Information Commissioner's Office, Wycliffe House, Water Lane,",
 "Wilmslow SK9 5AF.",
 "",
 "Yours sincerely",
 "", "",
 "S. J. Hargreaves",
 "Town Clerk and Responsible Financial Officer",
]
out = ROOT / f"{NN}-reply.pdf"
render_scan(lines, out, seed=12, angle=0.8, font_size=31)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="scan", body_type="council", law="foia",
    hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
    note="Image-only scan; a town council with no CCTV at all (another council runs the town scheme), so both makers no and count 0 despite 'holds no information'.")
