from lib import *
NN = "16"
write_request(NN, """
Dear Cumbrian Marches Police,

Under FOI please tell me:

Question 1: How many drones (UAVs) does the force operate?
Question 2: What make and model are they?
Question 3: Are any made by Hikvision, Dahua or DJI?
Question 4: What did each drone cost?
Question 5: At which stations are the drones based?

Best wishes,
Natalie Quayle
""")
L = [
    ("CUMBRIAN MARCHES POLICE", {"bold": True, "size": 36}),
    ("Information Access Team, Police Headquarters, Carleton Moor, Penrith CA11 8ZZ", {"size": 21}),
    ("", {"gap": 1}),
    ("FOI Reference: 2023/FOI/01544", {"bold": True, "size": 26}),
    ("Date: 17/11/2023", {"size": 26}),
    ("", {}),
    ("Dear Ms Quayle,", {"size": 26}),
    ("", {"size": 26}),
    ("Thank you for your request received 20/10/2023. Our response is set out below.", {"size": 26}),
    ("", {"size": 26}),
    ("Question 1: How many drones (UAVs) does the force operate?", {"bold": True, "size": 26}),
    ("Eleven.", {"size": 26}),
    ("Question 2: What make and model are they?", {"bold": True, "size": 26}),
    ("DJI Matrice 30T (7), DJI Mavic 3 Enterprise (3), DJI Avata (1).", {"size": 26}),
    ("Question 3: Are any made by Hikvision, Dahua or DJI?", {"bold": True, "size": 26}),
    ("Please see answer to question 2.", {"size": 26}),
    ("Question 4: What did each drone cost?", {"bold": True, "size": 26}),
    ("This information is exempt under Section 43(2) - Commercial Interests.", {"size": 26}),
    ("Question 5: At which stations are the drones based?", {"bold": True, "size": 26}),
    ("This information is exempt under Section 31(1)(a)(b) - Law Enforcement.", {"size": 26}),
    ("", {"size": 26}),
    ("Sections 43 and 31 are qualified exemptions and a public interest test has been", {"size": 26}),
    ("carried out. Disclosure of unit prices would prejudice the force's position in future", {"size": 26}),
    ("procurement and that of the supplier. Disclosure of the bases of the drone team", {"size": 26}),
    ("would reveal the force's operational capability in particular areas of the county.", {"size": 26}),
    ("On balance the public interest favours withholding this information.", {"size": 26}),
    ("", {"size": 26}),
    ("This letter constitutes a Refusal Notice in respect of Questions 4 and 5 under", {"size": 26}),
    ("Section 17 of the Freedom of Information Act 2000.", {"size": 26}),
    ("", {"size": 26}),
    ("If you are dissatisfied with this response you may request an internal review", {"size": 26}),
    ("within 40 working days. Should you remain dissatisfied you may apply to the", {"size": 26}),
    ("Information Commissioner, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.", {"size": 26}),
    ("", {"size": 26}),
    ("Yours sincerely", {"size": 26}),
    ("__SIGNATURE__", {"size": 26}),
    ("Tom Hesketh", {"size": 26}),
    ("Disclosure Officer", {"size": 26}),
]
img = render_page(L, seed=16, skew=-0.8, noise=0.015, size=26, margin=140,
                  stamp=(1000, 2000, "RECEIVED\n20 NOV 2023"))
img.save(out(f"{NN}-reply.png"))
label(NN, "png", "police", "foia", "no", "no", "partially_answered", ["s43", "s31"], 11,
      "drone-only request, scanned; count as the word 'Eleven'; the Hikvision/Dahua/DJI question is only 'see answer to question 2' (all DJI); s17 refusal notice must not be listed")
