import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
EXT = "eml"
REQUEST = """
From: Duncan Fairlie <dfairlie@outlook.com>
To: foi@stir.ac.uk
Subject: FOISA request - CCTV

Hello,

Under FOISA please could you tell me:

Q1. How many CCTV cameras are in operation across the University's campuses (including student residences)?
Q2. Are any of these cameras made by Hikvision?
Q3. Are any made by Dahua?
Q4. Who monitors the cameras?
Q5. What software is used to manage them?

Thanks
Duncan
"""
LABEL = dict(body_type="university", law="foisa", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=356,
             note="e-mail (text + HTML) that quotes each question and answers inline; joint answer to Q2 & Q3 ('neither company'); 'approx. 356'")

QA = [
    ("Q1. How many CCTV cameras are in operation across the University's campuses (including student residences)?",
     "Approx. 356 cameras are currently in operation across the Stirling campus, the Highland (Inverness) campus, the Western Isles (Stornoway) campus and University-managed student residences."),
    ("Q2. Are any of these cameras made by Hikvision?\nQ3. Are any made by Dahua?",
     "We can confirm that none of the University's cameras are manufactured by either company."),
    ("Q4. Who monitors the cameras?",
     "Cameras are monitored by the University's in-house Security Services team from the Security Control Room in the Andrew Miller Building, 24 hours a day."),
    ("Q5. What software is used to manage them?",
     "Genetec Security Center."),
]
INTRO = "Dear Mr Fairlie,\n\nThank you for your request for information, which was received on 14 January 2025 and has been dealt with under the Freedom of Information (Scotland) Act 2002. I have reproduced your questions below with the University's response to each.\n"
OUTRO = """If you are unhappy with how we have dealt with your request, you can ask us to review our actions and decisions by writing to the Records Manager, University of Stirling, Stirling FK9 4LA, or foi@stir.ac.uk, within 40 working days of receiving this response. If you remain dissatisfied following a review, you have the right to apply to the Scottish Information Commissioner (www.foi.scot/appeal).

Kind regards,

Lorna Sutherland
Information Compliance Officer
Policy & Planning | University of Stirling | Stirling FK9 4LA
T: 01786 46 7193

The University of Stirling is a charity registered in Scotland, number SC 011159.
"""

def build(path):
    text = INTRO + "\n"
    for q, a in QA:
        text += "\n".join("> " + l for l in q.split("\n")) + "\n\nResponse: " + a + "\n\n"
    text += OUTRO
    html = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
    html += "".join("<p>%s</p>" % escape(p).replace("\n", "<br>") for p in INTRO.strip().split("\n\n"))
    for q, a in QA:
        html += "<p><i>%s</i></p><p style=\"color:#1F4E79\"><b>Response:</b> %s</p>" % (escape(q).replace("\n", "<br>"), escape(a))
    html += "".join("<p>%s</p>" % escape(p).replace("\n", "<br>") for p in OUTRO.strip().split("\n\n"))
    html += "</body></html>"
    m = EmailMessage()
    m["From"] = "FOI <foi@stir.ac.uk>"
    m["To"] = "Duncan Fairlie <dfairlie@outlook.com>"
    m["Date"] = format_datetime(datetime.datetime(2025, 2, 7, 9, 13, 30, tzinfo=datetime.timezone.utc))
    m["Subject"] = "RE: FOISA request - CCTV [Ref: F25-0042]"
    m["Message-ID"] = "<DB9PR03MB7148F2D01A@DB9PR03MB7148.eurprd03.prod.outlook.com>"
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    with open(path, "wb") as fh:
        fh.write(bytes(m))
