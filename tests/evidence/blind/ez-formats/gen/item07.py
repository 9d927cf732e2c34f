"""07: maintained primary school, scanned letter as .png."""
from common import *

NN = "07"
write_request(NN, """
Dear Headteacher,

I would like to make a Freedom of Information request about CCTV at St Brannock's C of E Primary School.

1. How many CCTV cameras does the school have?
2. What brand are the cameras?
3. Who installed them and when?
4. Has any footage been shared with the police in the last 12 months?

Kind regards,
Helen Marsh
""")

L = [
    ("St Brannock's C of E Primary School", {"bold": True, "size": 36, "align": "center"}),
    ("Church Hill, Lower Torrby, Devon EX22 9QP   |   Tel 01409 555 271", {"size": 21, "align": "center"}),
    ("Headteacher: Mrs R. Penhallow BEd NPQH", {"size": 21, "align": "center"}),
    ("", {"rule": True, "size": 20}),
    ("", {}),
    ("Mrs H Marsh", {}),
    ("(by post and email)", {}),
    ("", {}),
    ("6th March 2025", {"align": "right"}),
    ("", {}),
    ("Dear Mrs Marsh", {}),
    ("", {}),
    ("Freedom of Information request - CCTV", {"bold": True}),
    ("", {}),
    ("Thank you for your letter which we received on 10th February. I am sorry for the slight delay in replying, the half term holiday fell in the middle.", {}),
    ("", {}),
    ("1.  We have 14 cameras, 6 inside the building and 8 outside covering the gates, playground and car park.", {}),
    ("2.  All the cameras and the recorder are Hikvision.", {}),
    ("3.  They were installed by Tamar Valley Security Ltd in the summer holidays of 2021 and they also service the system.", {}),
    ("4.  No footage has been given to the police in the last 12 months.", {}),
    ("", {}),
    ("The school's CCTV policy is on our website under Policies. If you are not happy with this reply you can ask the Chair of Governors to review it by writing to the school, and after that you can complain to the Information Commissioner's Office.", {}),
    ("", {}),
    ("Yours sincerely", {}),
    ("", {}),
    ("", {}),
    ("", {}),
    ("Sarah Ellacott", {}),
    ("School Business Manager", {}),
]
img = render_page(L, seed=7, skew=0.7,
                  extra=lambda im, pos: signature(im, 125, pos["Sarah Ellacott"] - 6, seed=7))
img.save(ROOT / f"{NN}-reply.png", optimize=True)

add_label(path=f"{NN}-reply.png", request_file=f"{NN}-request.txt", format="png",
          body_type="school", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=14,
          note="Scanned image only (needs OCR); 'All the cameras and the recorder are Hikvision' is a complete maker list so Dahua is no; the installer is not the maker.")
