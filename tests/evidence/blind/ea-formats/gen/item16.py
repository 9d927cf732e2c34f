from common import *
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

NN = "16"
req_body = """Dear Lewisham Council,

Under the Freedom of Information Act 2000 I would like to know:

1. How many CCTV cameras does the council operate?
2. Are any of these made by Hikvision or Dahua?
3. Do any cameras have facial recognition capability?
4. Please provide the council's CCTV Code of Practice.

Thanks,
Ingrid Achterberg"""
write_request(NN, "From: Ingrid Achterberg <ingrid.achterberg@fastmail.co.uk>\nTo: foi@lewisham.gov.uk\n"
              "Subject: Freedom of Information request - CCTV\nDate: 06 August 2024\n\n" + req_body)

answers = {
 "1. How many CCTV cameras does the council operate?":
  "212 public space cameras monitored from the CCTV Control Room at Laurence House. In addition the Council's\n"
  "Housing service operates 96 cameras on estates (these came back to the Council from Lewisham Homes in 2023).",
 "2. Are any of these made by Hikvision or Dahua?":
  "Yes - a number of the estate cameras are Hikvision. The public space system is Hanwha (Wisenet) and Axis.",
 "3. Do any cameras have facial recognition capability?":
  "No.",
 "4. Please provide the council's CCTV Code of Practice.":
  "This is published at https://lewisham.gov.uk/myservices/emergencies/cctv/cctv-code-of-practice",
}
quoted = []
for line in req_body.splitlines():
    quoted.append(("> " + line).rstrip())
    if line in answers:
        quoted.append("")
        quoted.append(answers[line])
        quoted.append("")
body = f"""Dear Ms Achterberg,

Re: Freedom of Information request - CCTV (Ref: LBL-FOI-2024-6613)

Thank you for your request received on 6 August 2024. Please see our responses in line below.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.
Internal review requests should be submitted within 40 working days of the date of receipt of the response to
your original request and should be addressed to: foi@lewisham.gov.uk. If you are not content with the outcome
of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Kind regards

Olumide Fashanu
Information Governance Officer
Corporate Resources
London Borough of Lewisham | Laurence House | 1 Catford Road | London SE6 4RU

-----Original Message-----
From: Ingrid Achterberg <ingrid.achterberg@fastmail.co.uk>
Sent: 06 August 2024 21:14
To: FOI <foi@lewisham.gov.uk>
Subject: Freedom of Information request - CCTV

""" + "\n".join(quoted) + """

________________________________
This email and any files transmitted with it are confidential and intended solely for the use of the individual
or entity to whom they are addressed. If you have received this email in error please notify the sender.
Lewisham Council may monitor email traffic data and also the content of email for the purposes of security.
"""
m = EmailMessage()
m["From"] = "FOI <foi@lewisham.gov.uk>"
m["To"] = "Ingrid Achterberg <ingrid.achterberg@fastmail.co.uk>"
m["Subject"] = "RE: Freedom of Information request - CCTV [LBL-FOI-2024-6613]"
m["Date"] = format_datetime(datetime(2024, 9, 2, 15, 41, 7, tzinfo=timezone(timedelta(hours=1))))
m["Message-ID"] = "<LO2P265MB4417A3C1D9E0B6F5C2@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>"
m["In-Reply-To"] = "<CAJf8xq9Yt4nQ2c@mail.fastmail.co.uk>"
m["X-MS-Has-Attach"] = ""
m.set_content(body)
out = ROOT / f"{NN}-reply.eml"; out.write_bytes(bytes(m))
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="eml", body_type="council", law="foia",
    hikvision="yes", dahua="unknown", outcome="answered", exemptions=[], camera_count=308,
    note="Answers are interleaved in the '>'-quoted request; count must be summed (212 public space + 96 estate); 'Yes' to the joint question names only Hikvision and the estate makers are not fully listed, so Dahua is unknown.")
