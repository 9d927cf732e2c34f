from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "15"
write_request(NN, """
Dear Durham Constabulary,

This request concerns body worn video (BWV) only.

1) How many body worn cameras does the force have?
2) What make and model are they?
3) Are any of the body worn cameras made by Hikvision or Dahua?
4) What was the value of the contract?

Thank you,
Mark Tennant
""")

body = """\
Dear Mr Tennant

Freedom of Information Request Reference No: DC-1024/24

I write in connection with your request for information dated 2 July 2024 concerning body worn video.

Durham Constabulary has considered your request and our response is below.

1) The force has 1,150 body worn video cameras in total. This figure includes pool devices
   held at stations. There are 96 multi-bay docking stations across 11 sites.

2) Motorola Solutions VB400.

3) No.

4) The devices were procured via the National Policing body worn video framework in 2021 at a
   total contract value of £1,284,600 (inc. licences and 5 year support).

No inference can be taken from this refusal that the information you have requested does or does not exist.

Complaint Rights
Your attention is drawn to the attached sheet which details your right of complaint.

Should you have any further enquiries concerning this matter, please contact me via the
Freedom of Information mailbox quoting the reference number above.

Yours sincerely

Nicola Brough
Disclosure Officer
Information Rights Unit
Durham Constabulary, Aykley Heads, Durham DH1 5TT
"""
m = EmailMessage()
m["From"] = "Freedom of Information <foi@durham.example.police.uk>"
m["To"] = "Mark Tennant <m.tennant.requests@example.com>"
m["Subject"] = "RE: FOI request - body worn video [DC-1024/24] OFFICIAL"
m["Date"] = format_datetime(datetime.datetime(2024, 7, 29, 14, 6, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<20240729140611.DC1024@durham.example.police.uk>"
m.set_content(body)
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
label(NN, "eml", "police", "foia", "no", "no", "answered", [], 1150,
      "request about body-worn video only, so the BWV count and joint 'No' are the answer; boilerplate 'no inference from this refusal' sentence though nothing is refused; other figures (docking stations, £) nearby")
