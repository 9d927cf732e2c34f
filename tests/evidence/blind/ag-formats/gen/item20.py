from lib import *
from docxlib import *
NN = "20"
write_request(NN, """Dear Mid Suffolk District Council,

Please could you tell me about the council's use of drones (unmanned aerial vehicles):

1. How many drones does the council own or operate?
2. What make and model are they (e.g. DJI, Autel, Parrot)?
3. Are any of the drones, or their cameras, made by Hikvision or Dahua?
4. What are they used for (e.g. fly-tipping, planning enforcement, building surveys)?
5. Please provide any policy or DPIA covering their use.

Thank you,
Chris Ogunleye
""")
d = new_doc(font="Arial", size=10)
letterhead(d, ["Babergh and Mid Suffolk District Councils", "Endeavour House, 8 Russell Road, Ipswich IP1 2BX", "foi@baberghmidsuffolk.gov.uk"], color=(0, 90, 110))
para(d, "Request ref: FOI-MS-0934\nDate of response: 18 September 2025")
para(d, "Information requested", bold=True)
table(d, [["Question", "Response"],
          ["1. How many drones does the council own or operate?", "Mid Suffolk District Council does not own or operate any drones."],
          ["2. What make and model are they?", "N/A"],
          ["3. Are any of the drones, or their cameras, made by Hikvision or Dahua?", "N/A"],
          ["4. What are they used for?", "N/A"],
          ["5. Please provide any policy or DPIA covering their use.", "No such policy or DPIA is held."]], widths=[7, 9.5])
para(d, "This information is provided under the Freedom of Information Act 2000. If you are dissatisfied with this response, please contact the Information Governance team at the address above within 40 working days to request an internal review. You may then refer the matter to the Information Commissioner's Office (ico.org.uk).")
para(d, "The information supplied to you is copyright of the Council unless otherwise stated. You may re-use it for non-commercial research and private study. Any other re-use requires the permission of the copyright holder.", italic=True, size=8)
para(d, "Information Governance Team")
d.save(path(f"{NN}-reply.docx"))
append_label(NN, "docx", "council", "foia", "no", "no", "answered", [], 0,
             "A drones-only request answered with 'does not own or operate any drones' and a column of N/A, which counts as no for both makers and zero rather than not held.")
