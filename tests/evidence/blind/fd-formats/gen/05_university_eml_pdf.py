"""05: university e-mail; the answers are only in the attached PDF letter."""
from common import *

story = paras("""<b>UNIVERSITY OF EASTBRIDGE</b>
Governance and Legal Services - Information Compliance
Senate House, College Road, Eastbridge EB2 9TU   |   foi@eastbridge.ac.example""", SMALL)
story += [Spacer(1, 10)]
story += paras("""<b>Freedom of Information Act 2000: Response to request FOI-2324-266</b>

Requester: Mr E. Marsh
Date received: 9 January 2024
Date of response: 5 February 2024

The University has considered your request and confirms that it holds the information requested. Our
response to each question is given below.""")
qa = [
    ("Q1 How many CCTV cameras does the University currently operate across its campuses?",
     "Approximately 340 cameras across the City Campus, Hillside Campus and the Sports Village. This figure "
     "fluctuates slightly as cameras are added or replaced during refurbishment works."),
    ("Q2 Does the University use any cameras made by Hikvision?",
     "Yes. 22 HiWatch-series cameras are installed at the Sports Village and the Boathouse. All other "
     "University cameras are Axis or Hanwha."),
    ("Q3 Does the University use any cameras made by Dahua?", "No."),
    ("Q4 Is facial recognition software used on any University CCTV?", "No."),
    ("Q5 What was the annual cost of CCTV maintenance in 2022/23?",
     "GBP 48,216.00 (excluding VAT), paid to our security systems maintenance contractor."),
]
for q, a in qa:
    story.append(P("<b>%s</b>" % q))
    story.append(P(a))
story += paras("""<b>Your right to request a review</b>
If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the
Information Compliance Manager at the address above within 40 working days. If you are still dissatisfied
after the review you have the right to complain to the Information Commissioner's Office (www.ico.org.uk).

<b>Re-use of information</b>
The information supplied is protected by copyright. You may re-use it for non-commercial research, private
study or news reporting. Other re-use requires the permission of the University.

Information Compliance Team
University of Eastbridge""")
pdf = pdf_bytes(story, title="FOI-2324-266 response", footer="FOI-2324-266")

body = """Dear Mr Marsh,

Please find attached the University's response to your Freedom of Information request (our ref FOI-2324-266).

Kind regards,

Nadia Petrescu
Information Compliance Officer
Governance and Legal Services
University of Eastbridge
T: 01632 961 302

This email and any attachments are confidential and intended solely for the addressee. If you have received
this email in error please notify the sender and delete it. The University of Eastbridge is an exempt charity.

-----Original Message-----
From: Elliot Marsh <elliot.marsh.foi@mailbox.example>
Sent: 09 January 2024 21:14
To: FOI <foi@eastbridge.ac.example>
Subject: FOI request: CCTV on campus

Dear University of Eastbridge,

Under the Freedom of Information Act 2000 I would like to request:

Q1 How many CCTV cameras does the University currently operate across its campuses?
Q2 Does the University use any cameras made by Hikvision?
Q3 Does the University use any cameras made by Dahua?
Q4 Is facial recognition software used on any University CCTV?
Q5 What was the annual cost of CCTV maintenance in 2022/23?

Best wishes,
Elliot Marsh
"""
make_eml(out("05-reply.eml"), [
    ("From", "Information Compliance <foi@eastbridge.ac.example>"),
    ("To", "Elliot Marsh <elliot.marsh.foi@mailbox.example>"),
    ("Subject", "RE: FOI request: CCTV on campus [FOI-2324-266]"),
    ("Date", "Mon, 05 Feb 2024 15:42:07 +0000"),
    ("Message-ID", "<4f2a91c7e0b3.FOI2324266@eastbridge.ac.example>"),
], body, attachments=[("FOI-2324-266 Response.pdf", pdf, "application", "pdf")])
