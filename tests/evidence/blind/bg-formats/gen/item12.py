from common import *

NN = "12"
write_request(NN, """
Dear Headteacher / FOI Officer,

I am writing to all schools in Cornwall to ask:
1) Does the school have CCTV? If so how many cameras?
2) Who supplied/installed it?
3) Is any of it Hikvision?
4) Is any of it Dahua?

Many thanks
Tamsin Hocking
""")
blocks = [
    ("b", "St Petroc's Church of England Primary School"),
    ("l", "Lostwithiel Road, Bodmin, Cornwall PL31 1DS   Tel: 01208 762 519"),
    ("l", "Headteacher: Mrs J. Trelawny"),
    ("rule", ""),
    ("gap", None),
    ("l", "14th March 2024"),
    ("gap", None),
    ("l", "Dear Ms Hocking,"),
    ("gap", None),
    ("l", "Re: Freedom of Information request - CCTV"),
    ("gap", None),
    ("p", "Thank you for your email of 26th February. I have discussed your request with our Business "
          "Manager and the Chair of Governors."),
    ("p", "The school does not have any CCTV cameras on site, and has never had a CCTV system. As a "
          "result we do not hold any information in relation to questions 2, 3 and 4."),
    ("p", "Our entrance is controlled by a video door-entry intercom (no recording) which is part of the "
          "building's access control."),
    ("p", "If you are not happy with this reply you can ask the Governing Body to review it, by writing to "
          "the Clerk to Governors at the school address. You can also contact the Information Commissioner."),
    ("gap", None),
    ("l", "Yours sincerely,"),
    ("gap", 1.6),
    ("l", "Mrs Sally Penhaligon"),
    ("l", "School Business Manager"),
]
render_scan(blocks, OUT / f"{NN}-reply.pdf", angle=-0.7, seed=12, size=26, noise=14, speckle=600)
add_label(NN, "pdf", "school", "foia", "no", "no", "answered", [], 0,
          "Scanned letter: school has no CCTV at all (so 0 and no/no despite 'we do not hold any information'); phone number in letterhead.")
