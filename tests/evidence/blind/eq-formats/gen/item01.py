"""01: plain-text e-mail (quoted-printable) from a town council that has no CCTV."""
from email.message import EmailMessage
from email.policy import SMTP
from email import charset
from common import out, write_request, write_label

write_request("01", """
To: clerk@hadleighmarsh-tc.gov.uk
Subject: Freedom of Information request - CCTV

Dear Town Clerk,

Under the Freedom of Information Act 2000 please could you tell me:

1) How many CCTV cameras does the Town Council own or operate?
2) Are any of those cameras manufactured by Hikvision?
3) Are any of those cameras manufactured by Dahua?
4) Who maintains the cameras and what did the Council pay for maintenance in 2023/24?

Many thanks,
Colin Aberdeen
""")

body = """Dear Mr Aberdeen,

Thank you for your email of 3rd February which I have dealt with under the Freedom of Information Act 2000.

Hadleigh Marsh Town Council does not own, operate or pay for any CCTV cameras, so I am afraid there is nothing further the Council can provide in relation to questions 2 to 4.

You may be aware that there are cameras in the High Street and at the Station Road car park. These belong to Babergh Vale District Council, who run the town centre scheme from their control room in Sudbury. If you wish to ask about those you would need to write to their FOI team at foi@babverghvale-dc.gov.uk.

If you are not satisfied with this response you can ask for an internal review by writing to me within 40 working days. If you remain unhappy afterwards you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Mrs J. Pettifer
Town Clerk & RFO
Hadleigh Marsh Town Council
The Guildhall, 14 Market Hill, Hadleigh Marsh IP7 5QT
Tel: 01473 820 611
Office hours Mon/Tue/Thu 9.30am - 1pm

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Views expressed are those of the individual and not necessarily those of Hadleigh Marsh Town Council.
"""

msg = EmailMessage(policy=SMTP)
msg["From"] = "Town Clerk <clerk@hadleighmarsh-tc.gov.uk>"
msg["To"] = "Colin Aberdeen <c.aberdeen.foi@fastmail.co.uk>"
msg["Subject"] = "RE: Freedom of Information request - CCTV"
msg["Date"] = "Tue, 18 Feb 2025 12:07:44 +0000"
msg["Message-ID"] = "<8c1f0e2a.0b3d@hadleighmarsh-tc.gov.uk>"
msg["In-Reply-To"] = "<CAF0x9z3Jq@mail.fastmail.co.uk>"
msg["X-Mailer"] = "Microsoft Outlook 16.0"
msg.set_content(body, charset="utf-8", cte="quoted-printable")
with open(out("01-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="01-reply.eml", request_file="01-request.txt", format="eml", body_type="council",
            law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
            note="Town council with no CCTV at all (quoted-printable body); mentions another council's town-centre cameras, which must not be counted or credited to this body.")
