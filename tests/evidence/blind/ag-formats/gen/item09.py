import io
from lib import *
from docxlib import *
NN = "09"
write_request(NN, """To: Information Governance, Cornwall Fire and Rescue Service

Dear FOI team,

1. How many CCTV cameras are installed at your fire stations and headquarters?
2. Who manufactured them?
3. Who installed and who maintains them?
4. Are there any plans to replace cameras made by Chinese state-owned companies?

Kind regards,
Owen Trelawny
""")
d = new_doc()
letterhead(d, ["Cornwall Fire and Rescue Service", "Service Headquarters, Tolvaddon Energy Park, Camborne TR14 0HX", "cfrsfoi@cornwall.gov.uk"], color=(170, 0, 0))
para(d, "FREEDOM OF INFORMATION ACT 2000 - RESPONSE", bold=True)
para(d, "Request reference: CFRS-FOI-0087-25\nDate: 17 April 2025")
para(d, "1. How many CCTV cameras are installed at your fire stations and headquarters?", bold=True)
para(d, "There are 78 cameras across the Service's 31 fire stations (typically 2 or 3 per station covering the appliance bay doors, yard and fuel point) and a further 16 at Service Headquarters, Tolvaddon.")
para(d, "2. Who manufactured them?", bold=True)
para(d, "Station cameras: Hikvision (DS-2CD20 series bullets and domes), recording to Hikvision DS-7600 NVRs.\nService Headquarters: Axis Communications.")
para(d, "3. Who installed and who maintains them?", bold=True)
para(d, "Station systems were installed in 2017/18 by Chubb Fire & Security Ltd. The Headquarters system was installed in 2021 by Securitas Technology. Both are maintained under the Cornwall Council corporate security maintenance framework.")
para(d, "4. Are there any plans to replace cameras made by Chinese state-owned companies?", bold=True)
para(d, "The Service is reviewing its station security arrangements as part of its 2025-2028 estates strategy. No decision has been taken at this time.")
para(d, "Complaints and internal review: if you are unhappy with this response, please write to the Information Governance Team within 40 working days. You may then contact the Information Commissioner's Office.")
buf = io.BytesIO(); d.save(buf)
text = """Good afternoon Mr Trelawny,

Please find attached the Service's response to your Freedom of Information request (ref CFRS-FOI-0087-25).

Kind regards

Tamsin Rowe
Information Governance Officer
Cornwall Fire and Rescue Service
01209 615 532

Cornwall Council / Cornwall Fire and Rescue Service - This e-mail and any files transmitted with it are confidential. If you have received this e-mail in error please notify the sender immediately. Please consider the environment before printing this e-mail.
"""
eml(NN, "CFRS FOI <cfrsfoi@cornwall.gov.uk>", "owen.trelawny@outlook.com",
    "FOI response CFRS-FOI-0087-25", dt(2025, 4, 17, 15, 3, 1), text,
    attachments=[("CFRS-FOI-0087-25 Response.docx", buf.getvalue(), "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document")])
append_label(NN, "eml", "fire", "foia", "yes", "no", "answered", [], 94,
             "The whole answer is in an attached Word document, the count is split between stations and HQ, and installers/maintainers are named beside the makers.")
