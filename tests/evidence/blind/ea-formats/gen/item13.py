from common import *

NN = "13"
req = """To the Headteacher / Data Protection Officer, Ashcombe Vale Community School

FOI request

Q1 How many CCTV cameras does the school have?
Q2 Are any made by Hikvision?
Q3 Are any made by Dahua?
Q4 Who is the manufacturer of the system?
Q5 Are any cameras located in toilets or changing rooms?

Thanks,
K. Donnelly (parent)
"""
write_request(NN, req)

lines = [
 ("ASHCOMBE VALE COMMUNITY SCHOOL", "bc"),
 ("Vale Road, Stowmarket, Suffolk IP14 2RT  |  01449 771 208", "c"),
 ("Headteacher: Mrs A. Kowalczyk BA (Hons) NPQH", "c"),
 "", "",
 "17th January 2024",
 "",
 "Dear K. Donnelly,",
 "",
 ("Re: Freedom of Information Request received 4th January 2024", "b"),
 "",
 "Please see our answers to your questions below.",
 "",
 "1.  24 (16 internal, 8 external)",
 "2.  Yes",
 "3.  No",
 "4.  Hikvision",
 "5.  No. There are no cameras in toilet cubicles or changing areas. One",
 "     camera covers the shared washbasin area outside the Year 7 toilets.",
 "",
 "The school's CCTV policy is on our website under Policies.",
 "",
 "If you are not happy with this response please write to the Chair of",
 "Governors c/o the school office. You can also contact the Information",
 "Commissioner's Office (ico.org.uk).",
 "",
 "Yours sincerely,",
 "", "",
 "Mr D. Ferreira",
 "School Business Manager",
]
out = ROOT / f"{NN}-reply.pdf"
render_scan(lines, out, seed=13, angle=-1.1, font_size=32, noise=0.02,
            font="/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            bold_font="/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="scan", body_type="school", law="foia",
    hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=24,
    note="Image-only scan with bare numbered answers ('2. Yes 3. No') that need the request to know which maker each refers to.")
