from common import *

NN = "04"
write_request(NN, """
Dear Headteacher / FOI lead,

Please could you answer the following under the Freedom of Information Act 2000.

1. How many CCTV cameras are installed at the school?
2. What make are the cameras?
3. Are any of the cameras made by Hikvision?
4. Are any of the cameras made by Dahua?
5. Are cameras installed in toilets or changing areas?

Kind regards,
Joanne Pettifer
""")

lines = [
 "ST ALDHELM'S CE PRIMARY SCHOOL",
 "Church Lane, Lower Benham, Wiltshire  SN14 8QT",
 "Tel: 01249 555 318    admin@st-aldhelms.wilts.sch.uk",
 ("rule",),
 "",
 "Headteacher: Mrs C. Dunmore BA (Hons) NPQH",
 "",
 "Ms J Pettifer",
 "by email",
 "                                                                                         5th March 2025",
 "",
 "Dear Ms Pettifer",
 "",
 "Freedom of Information request - CCTV",
 "",
 "Thank you for your request dated 10th February. Answers below.",
 "",
 "1.  12 external and 4 internal",
 "",
 "2.  HiWatch (installed by Keystone Alarms Ltd, 2021)",
 "",
 "3.  See answer 2",
 "",
 "4.  No",
 "",
 "5.  No. There are no cameras in toilets, changing areas or classrooms.",
 "",
 "If you are not happy with this response please write to the Chair of Governors",
 "at the school address. You can also contact the Information Commissioner's",
 "Office (www.ico.org.uk) if you remain dissatisfied.",
 "",
 "Yours sincerely",
 "",
 "",
 "Mrs K. Hollis",
 "School Business Manager",
 "on behalf of the Governing Body",
]
img = render_scan(lines, skew=-0.9, seed=4, bold_lines={0, 13})
img.save(out(f"{NN}-reply.png"), dpi=(200, 200))
add_label(path=f"{NN}-reply.png", request_file=f"{NN}-request.txt", format="scan", body_type="school", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=16,
          note="Scanned skewed page with no text layer; make given only as HiWatch (a Hikvision brand) and Q3 says 'See answer 2'; count must be summed 12+4.")
