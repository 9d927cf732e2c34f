from scanutil import render_pages
from common import *

NN = "22"
write_request(NN, """
To the Data Protection Officer, Marshfield Academy

FOI request:
Q1 How many CCTV cameras are there at the academy?
Q2 Are any of the cameras or recorders made by Hikvision or Dahua?
Q3 Where is the footage stored and for how long?

Thank you
""")
paras = [
    ("MARSHFIELD ACADEMY", True),
    ("Part of the Wildmoor Schools Partnership\nMarsh Lane, Marshfield, SN16 2BW   Tel: 01632 302 119", False),
    ("15 May 2024", False),
    ("Dear Sir / Madam", False),
    ("Freedom of Information request - our ref MA/FOI/24/06", True),
    ("Thank you for your request received on 22 April 2024.", False),
    ("Q1  The academy has 16 cameras, 11 internal and 5 external.", False),
    ("Q2  Our cameras and the recorder are Annke, supplied and fitted by Westbury Alarms Ltd in 2020. We do not "
     "have any other make of camera.", False),
    ("Q3  Footage is stored on the recorder in the locked IT office and is overwritten after 30 days unless "
     "retained for an investigation.", False),
    ("If you are unhappy with the way we have handled your request you may ask for a review by writing to the "
     "Chair of the Trust Board at the address above. You may also contact the Information Commissioner's Office.", False),
    ("Yours faithfully", False),
    ("P. Oduya\nBusiness Manager and Data Protection Lead", False),
]
render_pages(paras, out(f"{NN}-reply.pdf"), seed=22)
label(NN, f"{NN}-reply.pdf", "pdf", "academy", "foia", "yes", "no", "answered", [], 16,
      "Hard: scanned image-only PDF; Hikvision only via the Annke brand and never named; 'no other make' rules out Dahua; installer is not the maker.")
