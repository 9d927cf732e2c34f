"""16: scanned image-only PDF letter from a maintained secondary school (sans font)."""
from scan import render_page, save_pdf
from common import out, write_request, write_label

write_request("16", """
To the Headteacher, Hartcliffe Park School

Freedom of Information request:
1. How many CCTV cameras does the school have?
2. What make are they?
3. Which company installed them and when?
4. Do any of them record audio?

Thanks
J. Whitlock
""")

SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
lines = [
    "**HARTCLIFFE PARK SCHOOL",
    "Whitchurch Lane, Bristol BS13 0RJ   |   Tel 0117 903 8810",
    "Headteacher: Mrs R. Adeyemi BA (Hons) NPQH",
    "",
    "",
    "J. Whitlock",
    "by email",
    "",
    "12th March 2025",
    "",
    "Dear J. Whitlock",
    "",
    "**Re: Freedom of Information Request - CCTV",
    "",
    "Thank you for your letter which we received on 17th February 2025. The Governing Body has asked me to reply as follows:",
    "",
    "1.  Twenty two (22).",
    "2.  Dahua. All of the cameras and the recorder in the server room are Dahua.",
    "3.  Westfield Security Ltd of Keynsham, installed in August 2018.",
    "4.  No. The cameras record pictures only.",
    "",
    "Our CCTV Policy is available on the school website under Policies.",
    "",
    "If you are unhappy with the way your request has been handled you may ask the Chair of Governors to review it, by writing to the school at the above address. If you are still not satisfied you can contact the Information Commissioner's Office.",
    "",
    "Yours sincerely",
    "",
    "",
    "Mr D. Fairbrother",
    "School Business Manager",
]
save_pdf([render_page(lines, SANS, size=23, angle=-1.1, seed=16, wrap=70, bold_path=SANSB)], out("16-reply.pdf"))
write_label(path="16-reply.pdf", request_file="16-request.txt", format="pdf", body_type="school", law="foia",
            hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=22,
            note="Image-only scanned PDF (rotated, noisy) needing OCR; terse numbered answers that need the request; count in words and digits; 'All ... are Dahua' is a complete maker list so Hikvision is no.")
