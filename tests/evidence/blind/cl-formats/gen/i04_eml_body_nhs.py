from emlutil import *
from common import *

NN = "04"
write_request(NN, """
Subject: FOI request - CCTV

Hello, I'd like to ask the following under FOI. How many CCTV cameras does the trust have across its hospitals,
are any of them Hikvision or Dahua, and do you use any cameras with facial recognition? Also who supplied them.
Regards, Priya Nandakumar
""")

body = """Dear Ms Nandakumar

Freedom of Information Request - Ref: FOI-NHT-24-1302

Thank you for your email of 3 April 2024. Northdale Hospitals NHS Foundation Trust can confirm it holds the information you requested.

How many CCTV cameras does the trust have across its hospitals?
Approx. 740 cameras across Northdale General, St Cuthbert's and the Eastfield Treatment Centre.

Are any of them Hikvision or Dahua?
Yes - a number of the older analogue cameras at St Cuthbert's are HIKVISION. There are no Dahua cameras on the Trust estate.

Do you use any cameras with facial recognition?
No.

Who supplied them?
The system is supplied and maintained by Grosvenor Fire & Security plc.

If you are dissatisfied with the handling of your request you can ask for an internal review by writing to foi.northdale@nhs.example.uk. If you are still not satisfied you can contact the Information Commissioner's Office.

Kind regards

Gareth Pennock
FOI Coordinator | Information Governance
Northdale Hospitals NHS Foundation Trust
Tel: 01632 771 409

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
m = make("FOI Northdale <foi.northdale@nhs.example.uk>", "Priya Nandakumar <p.nandakumar@example.com>",
         "RE: FOI request - CCTV [FOI-NHT-24-1302]", (2024, 4, 29, 10, 12), text=body)
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "nhs", "foia", "yes", "no", "answered", [], 740,
      "E-mail with answer in body; joint Hikvision-or-Dahua question answered 'Yes' but names Hikvision and denies Dahua; approx. count.")
