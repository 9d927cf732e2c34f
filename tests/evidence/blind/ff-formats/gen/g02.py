from helpers import *

write_text("02-request.txt", """
To the Clerk, Hatherley St Giles Town Council

I am writing under the Freedom of Information Act to ask how many CCTV cameras the town council owns or operates, whether any of them were manufactured by Hikvision or Dahua, who installed and maintains them and what the annual maintenance cost is, and whether the council has carried out a data protection impact assessment for its CCTV.

Many thanks
Tom Ashdown
""")

lines = [
    ("c", "HATHERLEY ST GILES TOWN COUNCIL"),
    ("c", "The Guildhall, 3 Church Street, Hatherley St Giles, HS7 2DN"),
    ("c", "Tel: 01632 961 207    clerk@hatherleystgiles-tc.gov.uk"),
    ("rule",),
    "",
    "Mr T Ashdown",
    "via email",
    ("r", "9th May 2024"),
    "",
    "Dear Mr Ashdown",
    "",
    ("b", "Freedom of Information request - CCTV"),
    "",
    "Thank you for your email of 22nd April 2024.",
    "",
    "I can confirm that Hatherley St Giles Town Council does not own or operate",
    "any CCTV cameras. The cameras in the Market Place and at the Recreation",
    "Ground car park are the responsibility of North Vale District Council, and",
    "you may wish to direct your questions to them (foi@northvale.gov.uk).",
    "",
    "As the Council has no CCTV, it holds no information in relation to the",
    "remaining parts of your request (installer, maintenance costs, DPIA).",
    "",
    "If you are unhappy with this response you may ask the Council to review it",
    "by writing to the Chairman at the above address. You also have the right",
    "to complain to the Information Commissioner's Office, Wycliffe House,",
    "Water Lane, Wilmslow SK9 5AF.",
    "",
    "Yours sincerely",
    "",
    "",
    "",
    "Mrs J. Ellery",
    "Town Clerk & RFO",
]
imgs = render_scan([lines], seed=2, rot=-0.8, size=32)
save_png(imgs, out("02-reply.png"))

label(2, "png", "council", "foia", "no", "no", "answered", [], 0,
      "Scanned letter (PNG, no text layer); town council says it has no CCTV and points to the district council's cameras in the town.")
note(2, "PNG scan, town council: 'does not own or operate any CCTV'; the district council's cameras in town are not its own. Easy once OCR'd.")
