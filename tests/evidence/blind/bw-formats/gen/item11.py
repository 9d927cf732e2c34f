from common import *

N = 11
write_request(N, """
Dear Clerk,

Under the Freedom of Information Act please could you tell me:
1. How many CCTV cameras the Town Council operates
2. Whether any are made by Hikvision or Dahua
3. How much the Town Council spent on CCTV in 2022/23

Thank you,
Lorraine Swales
""")

paras = [
    "Clerk to the Council: Mrs P. A. Gedling",
    "", "Our ref: TC/FOI/07/23", "4th August 2023", "",
    "Mrs L Swales",
    "", "Dear Mrs Swales,", "",
    "Freedom of Information request – CCTV",
    "",
    "Thank you for your letter dated 17th July 2023 which was received at the Town Council office on 20th July.",
    "I can advise that Bottesford Town Council does not own or operate any CCTV cameras. The cameras in the town "
    "centre and at the Church Street car park are owned and operated by North Lincolnshire Council and any request "
    "about them should be directed to that authority.",
    "As the Town Council has no CCTV, it did not spend anything on CCTV in 2022/23 and holds no information in "
    "respect of your second question.",
    "If you are not satisfied with this reply you may ask for the matter to be reviewed by the Council's Finance "
    "and General Purposes Committee by writing to me at the address above. If you remain dissatisfied you can "
    "contact the Information Commissioner's Office.",
    "", "Yours sincerely,", "", "", "P. A. Gedling", "Town Clerk & RFO",
]
render_scan(paras, out(N, "pdf"), seed=11, dpi=150, angle=0.8, font="serif", size_pt=11.5,
            header=("BOTTESFORD TOWN COUNCIL", ["The Town Council Office, Bottesford Community Hall, Hollies Avenue, Bottesford DN16 3RG",
                                               "Telephone 01724 867 290"]),
            stamp=("RECEIVED", "04 AUG 2023"))
add_label(N, "pdf", "council", "foia", "no", "no", "answered", [], 0,
          "image-only scan; body has no CCTV at all and points to another council's cameras")
