"""22: plain-text reply from an academy in a PFI building: information not held."""
from common import out, write_request, write_label

write_request("22", """
Good afternoon,

Under the Freedom of Information Act please could you tell me

(1) how many CCTV cameras there are at Outwood Lane Academy,
(2) whether any of the cameras or recording equipment are Hikvision or Dahua, and
(3) who installed and maintains the system.

Many thanks
Robert Ingleby
""")

reply = """Outwood Lane Academy
Freedom of Information

Our ref: OLA/FOI/2025/03
Date: 27 January 2025

Dear Mr Ingleby

Thank you for your request for information received on 6 January 2025.

The Academy operates from a building provided under a Private Finance Initiative (PFI) contract between Wakefield Metropolitan District Council and Calder Schools Partnership Ltd. The CCTV system at the site is part of the building services and is owned, operated and maintained by the PFI company's facilities management provider. The Academy does not own the system and does not hold the information you have asked for in parts 1 to 3 of your request.

Under section 16 of the Act (advice and assistance) you may wish to contact Wakefield Metropolitan District Council, which manages the PFI contract, at foi@wakefieldmdc.gov.uk.

If you are unhappy with how your request has been handled, please contact the Clerk to the Local Governing Body, Outwood Lane Academy, Outwood Lane, Wakefield WF1 3RT, within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner.

Yours sincerely

Claire Hepworth
Business Manager
Outwood Lane Academy (a member of the Aire Valley Multi-Academy Trust)
"""
with open(out("22-reply.txt"), "w", encoding="utf-8") as f:
    f.write(reply)
write_label(path="22-reply.txt", request_file="22-request.txt", format="txt", body_type="academy", law="foia",
            hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[], camera_count=None,
            note="CCTV exists but belongs to the PFI company, and the academy says it holds none of the information: not_held, not a 'no CCTV' answer; s16 advice is not an exemption.")
