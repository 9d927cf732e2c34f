from lib import *

write_text("15-request.txt", """
Dear Castle Vale Academy Trust,

1) How many CCTV cameras do you have across your academies?
2) Which manufacturer(s) supply your cameras?
3) Are any of your cameras from Hikvision or Dahua?
4) Is the CCTV monitored live, and by whom?

Thank you,
Ruth Akinola
""")

blocks = [
    ("h1", "Castle Vale Academy Trust"),
    "Registered office: Farnborough Road, Castle Vale, Birmingham B35 7NL · Company no. 08123456",
    ("blank", None),
    ("b", "Freedom of Information response"),
    "Requester: Ms R Akinola\nDate received: 9 January 2025\nDate of response: 4 February 2025\nTrust reference: CVAT-FOI-2025-002",
    ("blank", None),
    ("table", [
        ["Question", "Answer"],
        ["1) How many CCTV cameras do you have across your academies?", "27 (19 at the secondary academy, 8 at the primary academy)"],
        ["2) Which manufacturer(s) supply your cameras?", "All of our cameras are HiLook, supplied and installed by Midland Alarm & CCTV Ltd in 2021."],
        ["3) Are any of your cameras from Hikvision or Dahua?", "Please see answer to Q2."],
        ["4) Is the CCTV monitored live, and by whom?", "No. The cameras are not monitored live. Footage is reviewed only when an incident is reported, by the site manager or a member of the senior leadership team."],
    ]),
    ("blank", None),
    "If you are unhappy with this response, please write to the Trust's Data Protection Officer (dpo@cvat.org.uk) within 40 working days to request a review. If you remain dissatisfied, you may contact the Information Commissioner's Office.",
    ("blank", None),
    "Dawn Eastham\nBusiness Manager",
]
odt = odt_bytes(blocks)
text = """Dear Ms Akinola,

Please find attached the Trust's response to your Freedom of Information request.

Kind regards

Dawn Eastham
Trust Business Manager
Castle Vale Academy Trust
0121 747 2290

---
This email and any attachments are confidential. If you are not the intended recipient please delete it and notify the sender.
"""
data = eml_bytes("Dawn Eastham <d.eastham@cvat.org.uk>", "Ruth Akinola <request-118802-6f2a1c@whatdotheyknow.com>",
                 "FOI request - CCTV - response", dt(2025, 2, 4, 15, 3), text=text,
                 attachments=[("CVAT FOI 2025-002 response.odt", odt, "application", "vnd.oasis.opendocument.text")])
write_bytes("15-reply.eml", data)
add_label(path="15-reply.eml", request_file="15-request.txt", format="eml", body_type="academy",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=27, note="Answer is in an attached ODT; the maker question only says 'see Q2', where all cameras are HiLook (a Hikvision brand), which also rules out Dahua.")
