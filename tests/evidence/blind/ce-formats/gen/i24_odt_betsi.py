from common import *
from odt_util import new_doc, para

NN = "24"
write_request(NN, """
Betsi Cadwaladr University Health Board

Could you please answer the following:

1. Approximately how many CCTV cameras does the Health Board operate?
2. Are any of them manufactured by Hikvision or Dahua?
3. Please provide a copy of the Health Board's CCTV policy.

Kind regards
Sian Roberts
""")
doc, st = new_doc()
para(doc, st, "Bwrdd Iechyd Prifysgol Betsi Cadwaladr\nBetsi Cadwaladr University Health Board", style="head")
para(doc, st, "Information Governance, Block 5, Carlton Court, St Asaph Business Park, St Asaph LL17 0JG")
para(doc, st, "Our Ref: FOI 11-2024-0614\nDate: 19 November 2024")
para(doc, st, "Dear Ms Roberts")
para(doc, st, "Request for information under the Freedom of Information Act 2000", bold_prefix="")
para(doc, st, "Thank you for your request received on 22 October 2024. The Health Board's response is as follows.")
para(doc, st, " The Health Board operates approximately 1,900 CCTV cameras across Ysbyty Gwynedd, Ysbyty Glan Clwyd, "
     "Wrexham Maelor Hospital and its community hospitals, health centres and offices.", bold_prefix="1.")
para(doc, st, " Yes – some Hikvision cameras are in use at a number of community hospital sites.", bold_prefix="2.")
para(doc, st, " The Health Board's CCTV Policy (GP05) is published on the Health Board's website under Policies and Procedures. "
     "As this information is reasonably accessible to you by other means it is exempt under section 21 of the Act and a copy is not enclosed.",
     bold_prefix="3.")
para(doc, st, "If you are dissatisfied with the manner in which your request has been handled you may request an internal review "
     "by writing to the Information Governance Manager at the above address. If you remain dissatisfied you may apply to the "
     "Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
para(doc, st, "Mae croeso i chi ohebu â ni yn Gymraeg. You are welcome to correspond with us in Welsh.")
para(doc, st, "Yours sincerely\n\nRhodri Vaughan-Evans\nFreedom of Information Officer")
doc.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "nhs", "foia", "yes", "unknown", "partially_answered", ["s21"], 1900,
      "joint Hikvision/Dahua 'Yes' names only Hikvision; approx. count; policy copy withheld under s21 with a pointer to the website")
