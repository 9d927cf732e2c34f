from common import *

NN = "12"
write_request(NN, """
Dear Clerk to Much Wenlock Town Council,

Freedom of Information request:

1) How many CCTV cameras does the town council own or operate?
2) Are any of these made by Hikvision?
3) Are any made by Dahua?
4) Please provide a copy of your CCTV policy.

Regards,
Stephen Abara
""")
paras = [
    "Mr S Abara", "via email", "",
    "21st August 2023", "",
    "Dear Mr Abara,", "",
    "Re: Freedom of Information request dated 2nd August 2023",
    "Thank you for your request which was considered by the Council at its meeting on 17th August.",
    "I can confirm that Much Wenlock Town Council does not own or operate any CCTV cameras. The cameras visible on "
    "the High Street and at the Priory car park belong to Shropshire Council and to a private business respectively, "
    "and you may wish to direct your request to Shropshire Council.",
    "As the Town Council has no CCTV it does not hold a CCTV policy and there is therefore no information to provide in "
    "respect of your remaining questions.",
    "If you are unhappy with this reply you may ask the Council to review it, and you may also contact the Information "
    "Commissioner's Office.", "",
    "Yours sincerely", "", "",
    "Mrs J. Corbett-Hale",
    "Town Clerk & RFO",
]
scan_pdf(out(f"{NN}-reply.pdf"), paras, seed=12, angle=-0.9, font="serif", size=25,
         letterhead=["MUCH WENLOCK TOWN COUNCIL", "The Corn Exchange, Wilmore Street, Much Wenlock, Shropshire TF13 6HR",
                     "Tel: 01952 727 509  clerk@muchwenlock-tc.example.gov.uk"])
label(NN, "pdf", "council", "foia", "no", "no", "answered", [], 0,
      "image-only scan; body has no CCTV (other parties' cameras mentioned), remaining questions answered as nothing held")
