from common import *

N = 13
write_request(N, """
Subject: FOI - CCTV

Hi

1) How many CCTV cameras are there at the school?
2) Are any of them Hikvision or Dahua?
3) If so which ones and where?
4) Is there a CCTV policy? Please send a copy.

Thanks
Nadia Furlong
""")

paras = [
    "Headteacher: Mr S. Ollerenshaw BA (Hons) NPQH", "", "",
    "15/05/2024", "",
    "Dear Ms Furlong", "",
    "Re: FOI request 29/04/24", "",
    "In reply to your email:",
    "1.  32",
    "2.  No",
    "3.  N/A",
    "4.  Yes – our CCTV Policy is published on the school website under Policies > Safeguarding. Under section 21 of the "
    "Freedom of Information Act we are not required to provide a copy as it is reasonably accessible to you.",
    "",
    "If you are unhappy with how your request has been dealt with please write to the Chair of Governors c/o the school "
    "office. You may also contact the Information Commissioner's Office.",
    "", "Yours sincerely", "", "", "Mrs K. Ashworth", "School Business Manager",
]
render_scan(paras, out(N, "pdf"), seed=13, dpi=150, angle=1.4, noise=14, font="sans", size_pt=11,
            header=("Tarleton Community Primary School", ["Church Road, Tarleton, Preston PR4 6UP  ·  Tel 01772 812 640",
                                                          "A Lancashire County Council maintained school"]))
add_label(N, "pdf", "school", "foia", "no", "no", "answered", ["s21"], 32,
          "scan with bare numbered answers only meaningful with the request; joint maker question answered 'No'; policy pointed to website under s21")
