"""18: fire & rescue service, drones-only request, .rtf; the service has no drones."""
from common import *

NN = "18"
write_request(NN, """
Hi,

FOI request re: drones / UAVs.

* Does the Service operate any drones?
* How many, and what make and model? (I'm particularly interested in whether any are DJI, or carry Hikvision or Dahua thermal cameras.)
* How many qualified drone pilots does the Service have?
* Please provide your drone operations policy.

Thanks
Gareth Nyman
""")

paras = [
    ("Kestevan Fire & Rescue Service", {"bold": True, "size": 28}),
    ("Service Headquarters, Grantham Road, Sleaford NG34 8XR", {"size": 18}),
    "",
    ("Request No. KFRS/FOI/25/019", {"bold": True}),
    "Date: 10/02/2025",
    "",
    "Dear Mr Nyman",
    "Thank you for your email of 14 January 2025 requesting information about drones.",
    "Kestevan Fire & Rescue Service does not own or operate any drones (unmanned aerial vehicles), and therefore has no drone pilots and no drone operations policy.",
    "Where aerial imagery is needed at a large incident, we can request support from a neighbouring fire and rescue service under mutual aid arrangements. Any such aircraft are owned and operated by that service and we hold no information about them.",
    "I hope this is helpful. If you are unhappy with our response you can ask for an internal review by writing to the Information Governance Manager at foi@kestevanfire.gov.uk. You also have the right to complain to the Information Commissioner's Office.",
    "",
    "Regards",
    "",
    "Joanne Tarrant",
    "Information Governance Officer",
    ("This email and any attachments are intended for the named recipient only. Kestevan Fire Authority.", {"italic": True, "size": 16}),
]
(ROOT / f"{NN}-reply.rtf").write_text(rtf_doc(paras, font="Calibri"), encoding="ascii")
add_label(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf",
          body_type="fire", law="foia", hikvision="no", dahua="no", outcome="answered",
          exemptions=[], camera_count=0,
          note="Drones-only request: 'does not own or operate any drones' answers makers no and count 0; the neighbouring service's aircraft are not the body's.")
