from common import *
NN = "19"
write_request(NN, """
Dear Parish Clerk,

Please could you tell me how many CCTV cameras the parish council owns or operates, whether any are made by Hikvision or Dahua, and the cost of the system.

Thanks
R. Yeo
""")
p1 = ["**MUCH WENLOCK-UNDER-EDGE PARISH COUNCIL", "Clerk: Mrs J. Tranter, 3 Sheinton Lane, Much Wenlock TF13 6AT",
      "clerk@mwue-pc.org.uk   07700 914 263", "", "@@21st March 2025", ""] + wrap("""
Dear R Yeo,

Re: your Freedom of Information request of 2nd March

The Parish Council does not own or operate any CCTV cameras, so does not hold the other information you asked for.

The camera on the front of the Village Hall belongs to the Village Hall Management Committee, which is a separate registered charity (no. 522381), and the Parish Council has no involvement with it. You may wish to contact the Committee's secretary directly.

If you are not happy with this reply you can ask the Council to review it, and you can also contact the Information Commissioner's Office.

Yours sincerely,

J. Tranter
Clerk to the Council
""")
scanned_pdf(NN, [p1], seed=19, font="dejavu/DejaVuSerif.ttf", size_pt=12)
add_label(NN, "pdf", "council", "foia", "no", "no", "answered", [], 0,
          "scanned; body has no CCTV at all (count 0) though it says it holds nothing more; village hall camera belongs to another body")
