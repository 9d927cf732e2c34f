from lib import *
NN = "02"
write_request(NN, """
To the Headteacher / FOI lead, St Aldhelm's C of E Primary School

Please treat this as a request under the Freedom of Information Act.

Q1 How many CCTV cameras are in use at the school?
Q2 What make are they? Are any made by Hikvision or Dahua?
Q3 How long is footage kept for?

Thanks
D. Marchetti
""")
L = [
    ("St Aldhelm's C of E Primary School", {"bold": True, "size": 38, "align": "center"}),
    ("Church Lane, Little Hensford, Wiltshire SN14 7PL", {"align": "center", "size": 24}),
    ("Tel: 01249 770 412    admin@staldhelms.wilts.sch.uk", {"align": "center", "size": 24}),
    ("", {"gap": 1.5}),
    ("Mr D Marchetti", {}),
    ("(sent by email)", {}),
    ("", {}),
    ("11th October 2023", {"align": "right"}),
    ("", {}),
    ("Dear Mr Marchetti", {}),
    ("", {}),
    ("Freedom of Information request - CCTV", {"bold": True}),
    ("", {}),
    ("Thank you for your email of 20th September. I apologise for the slight delay in replying.", {}),
    ("", {}),
    ("The school has eight CCTV cameras. Six of these are outside (playground, car", {}),
    ("park and the main gate) and two are inside, covering the entrance lobby. The", {}),
    ("cameras and the recorder in the school office are all Hikvision. They were", {}),
    ("installed in 2019 by a local firm, K&R Electrical.", {}),
    ("", {}),
    ("Recordings are kept on the recorder for approximately 30 days and are then", {}),
    ("overwritten automatically unless an incident requires us to keep them.", {}),
    ("", {}),
    ("If you are not satisfied with this response you can ask the Chair of Governors", {}),
    ("to review it, by writing to the school at the address above. After that you may", {}),
    ("contact the Information Commissioner's Office (www.ico.org.uk).", {}),
    ("", {}),
    ("Yours sincerely", {}),
    ("__SIGNATURE__", {}),
    ("Mrs Helen Tranter", {}),
    ("School Business Manager", {}),
]
img = render_page(L, seed=2, skew=0.9, noise=0.01)
img.save(out(f"{NN}-reply.png"))
label(NN, "png", "school", "foia", "yes", "no", "answered", [], 8,
      "scanned signed letter (PNG, slightly skewed); count written as a word and the maker named once as covering all cameras and the recorder")
