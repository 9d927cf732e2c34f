from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "07"
req = """
Dear University of Hallamvale,

Please provide the following under FOIA:

1. How many CCTV cameras does the University operate?
2. Which manufacturers make them?
3. Do you have any Hikvision cameras? Do you have any Dahua cameras?
4. Is facial recognition software used with any of the cameras?
5. Are there any plans to remove Chinese-made cameras?

Thanks,
Dan Kerslake
"""
write_request(NN, req)

body = """Dear Mr Kerslake,

Your request for information - ref. FOI-HV-2025-044

Thank you for your request received on 6 January 2025. Please see our answers below.

1. Approx. 850 across all campuses. The figure changes from month to month as buildings are refurbished, so please treat it as approximate.

2. The University's standard is Axis Communications and the large majority of our cameras are Axis. There are also some older Panasonic units in the Engineering and Life Sciences buildings and a small number of Dahua cameras (approx. 40) in Penrose and Wilton halls of residence.

3. The University does not have any Hikvision cameras. Dahua - see 2 above.

4. No.

5. The Dahua cameras in Penrose and Wilton are being replaced with Axis cameras as part of the halls refurbishment programme, which is due to complete by summer 2026.

If you are unhappy with the way your request has been handled you can request an internal review by replying to this email within 40 working days. If you are still not satisfied you can contact the Information Commissioner's Office: https://ico.org.uk/make-a-complaint/

Best wishes

Hannah Stroud
Information Compliance Officer
University of Hallamvale | Registry Building | Hallamvale HV3 9LS
t: 0114 496 0731

This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received this email in error please notify the sender and delete it. The University of Hallamvale is an exempt charity.

-----Original Message-----
From: Dan Kerslake <dan.kerslake@pm.example.com>
Sent: 06 January 2025 21:14
To: foi@hallamvale.ac.uk
Subject: FOI - CCTV cameras
""" + req.replace("\n", "\n> ")

msg = EmailMessage()
msg["From"] = "Information Compliance <foi@hallamvale.ac.uk>"
msg["To"] = "Dan Kerslake <dan.kerslake@pm.example.com>"
msg["Subject"] = "RE: FOI - CCTV cameras [FOI-HV-2025-044]"
msg["Date"] = format_datetime(datetime.datetime(2025, 1, 30, 14, 2, 11, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = "<DB9PR06MB7741C0A1F2E4@DB9PR06MB7741.eurprd06.prod.outlook.com>"
msg["Thread-Topic"] = "FOI - CCTV cameras"
msg.set_content(body)
html = "<html><body style='font-family:Calibri'>" + "".join(
    "<p>%s</p>" % para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    for para in body.split("\n\n")) + "</body></html>"
msg.add_alternative(html, subtype="html")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))

add_label(dict(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
               body_type="university", law="foia", hikvision="no", dahua="yes", outcome="answered",
               exemptions=[], camera_count=850,
               note="Approximate total; Dahua units are being replaced by 2026 but are still in use now."))
