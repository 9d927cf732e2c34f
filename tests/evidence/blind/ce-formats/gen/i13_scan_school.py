from common import *

NN = "13"
write_request(NN, """
To the Headteacher / Data Protection Lead, St Bede's Catholic Primary School

Under the Freedom of Information Act please can you let me know:
Q1 how many CCTV cameras the school has
Q2 whether any of the cameras are Hikvision or Dahua products
Q3 who can view the footage

Kind regards
Leanne Fagan
""")
paras = [
    "Dear Ms Fagan", "",
    "Freedom of Information request - CCTV", "",
    "Thank you for your email. Our answers are below.",
    "Q1. Sixteen - twelve inside the building and four outside.",
    "Q2. Yes. Fourteen of the cameras and the recorder are HiLook, installed in 2019 when the new hall was built. "
    "The two older cameras covering the car park gate were fitted before the current system and we have no record of "
    "the make.",
    "Q3. The Headteacher, the Deputy Headteacher and the Site Manager. Footage is kept for 30 days unless needed "
    "for an incident.",
    "",
    "If you are not happy with our response please write to the Chair of Governors at the school address. You also have "
    "the right to complain to the Information Commissioner.", "",
    "Yours sincerely", "", "",
    "Mrs C. Okonjo",
    "School Business Manager",
]
scan_pdf(out(f"{NN}-reply.pdf"), paras, seed=13, angle=1.3, font="sans", size=27,
         letterhead=["St Bede's Catholic Primary School", "Harrowby Road, Leeds LS16 5HU  ·  0113 496 0752",
                     "Headteacher: Mr P. Delaney"])
label(NN, "pdf", "school", "foia", "yes", "unknown", "answered", [], 16,
      "scanned; count in words split inside/outside; joint Hikvision/Dahua 'Yes' names only HiLook (Hikvision sub-brand), two cameras of unknown make")
