from lib import *

write_text("06-request.txt", """
To the Trust's Data Protection / FOI lead,

Under FOI could you tell me, for each school in the Trust: how many CCTV cameras there are (inside and outside), what make they are, and whether any of them record sound. Could you also say if you have a CCTV policy and send me a copy?

Thank you
Mrs P. Adeyemi
""")

resp = [
    ["Riverbank Learning Partnership (academy trust)", "", "", "", ""],
    ["FOI response – ref RLP/FOI/23-17 – 20 November 2023", "", "", "", ""],
    [],
    ["School", "Cameras (internal)", "Cameras (external)", "Make", "Records audio?"],
    ["Oakfield Primary School", 8, 6, "Hik Vision (installed by Secure-IT Ltd)", "No"],
    ["Marsh Lane Academy", 22, 14, "Hanwha / Samsung Wisenet", "No"],
    ["Brookvale Infant School", 4, 5, "Not known – system inherited with the building in 2019", "No"],
    [],
    ["CCTV policy: the Trust's CCTV Policy (v3, adopted March 2023) is published on the Trust website under Policies > Safeguarding and is therefore exempt under s.21 FOIA (information reasonably accessible by other means). Link: www.riverbanklp.org.uk/policies"],
    [],
    ["Contact: Mr T. Gallacher, Trust Data Protection Officer, dpo@riverbanklp.org.uk. Internal review requests within 40 working days; complaints may be made to the ICO, Wycliffe House, Wilmslow SK9 5AF."],
]
write_bytes("06-reply.ods", ods_bytes([("Sheet1", resp)]))
add_label(path="06-reply.ods", request_file="06-request.txt", format="ods", body_type="academy",
          law="foia", hikvision="yes", dahua="unknown", outcome="answered", exemptions=["s21"],
          camera_count=59, note="Per-school internal/external counts with no total row must be summed; one school's make is unknown so Dahua cannot be ruled out.")
