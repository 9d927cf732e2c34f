"""04: parish council letter, printed, signed and scanned to PNG."""
from common import scan_pages, out

page = [
    ("boldcentre", "LITTLE BRAMSCOTE PARISH COUNCIL"),
    ("centre", "Clerk: Mrs Hilary Venn   1 Rectory Cottages, Little Bramscote, NR19 4DE"),
    ("centre", "Tel 01632 960 875     clerk@littlebramscotepc.example.org"),
    "",
    "",
    ("right", "12th March 2024"),
    "",
    "Dear R. Okafor,",
    "",
    ("bold", "Freedom of Information request - CCTV"),
    "",
    "Thank you for your email of 19th February which was considered at the",
    "Council's meeting on 7th March.",
    "",
    "The Parish Council does not own or operate any CCTV cameras, so I am",
    "afraid we have nothing to give you for questions 2, 3 or 4.",
    "",
    "For completeness, the camera above the door of the Village Hall belongs to",
    "the Village Hall Management Committee, which is a separate registered",
    "charity and is not part of the Parish Council. You may wish to contact the",
    "Committee's secretary direct.",
    "",
    "If you are not satisfied with this reply you can ask the Council to review",
    "it, and after that you may complain to the Information Commissioner's",
    "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Yours sincerely,",
    "",
    "        H. Venn",
    "",
    "Mrs H. Venn",
    "Clerk and Responsible Financial Officer",
]
img = scan_pages([page], seed=4, rotate=1.1, noise=0.01)[0]
img.save(out("04-reply.png"))
