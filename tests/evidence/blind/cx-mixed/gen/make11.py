from email.message import EmailMessage
from email.utils import formatdate
import time
body = """Dear Ms Keane,

Re: Freedom of Information request - our reference TB/FOI/24/031

Thank you for your email of 4 March. Please see our answers below, in the same order as your questions.

1) Bus fleet: 1,214 cameras across our 186 buses (most single deckers have 6, double deckers between 8 and 10 depending on age). Depots: 38 cameras in total (Harbour Road 22, Millfield 16).

2) Cameras on the buses are a mix of Synectics and HikVision mobile cameras. The on-bus recorders on the 40 oldest vehicles (the 2014-2016 Solar and Enviro200 batches) are HikVision MDVRs; the rest of the fleet has Synectics recorders. Depot cameras are Hanwha.

3) See 2). We do not have any Dahua products.

4) £61,380 (2023/24), which covers maintenance, replacement cameras and the footage retrieval service. It excludes staff time.

If you are not happy with this reply please write to the Company Secretary at the address below within 40 working days and your request will be reviewed. You can also complain to the Information Commissioner's Office.

Kind regards

Glen Whitely
Company Secretary & Data Protection Lead
Tarnside Buses Ltd
Harbour Road Depot, Tarnside TS9 3HB
01632 960 772

Tarnside Buses Ltd is registered in England No. 02291847. This email and any attachments are confidential and intended solely for the addressee.
"""
m = EmailMessage()
m["From"] = "Glen Whitely <g.whitely@tarnsidebuses.example.co.uk>"
m["To"] = "Rosalind Keane <ros.keane@posteo.example.net>"
m["Subject"] = "RE: FOI - CCTV on buses and at depots [TB/FOI/24/031]"
m["Date"] = "Tue, 26 Mar 2024 15:42:07 +0000"
m["Message-ID"] = "<20240326154207.4471@tarnsidebuses.example.co.uk>"
m.set_content(body, cte="quoted-printable")
open("/work/blind/cx-mixed/11-reply.eml", "wb").write(bytes(m))
