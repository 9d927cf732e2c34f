from lib import *
req = """Dear Kestrel Learning Trust,

Under the Freedom of Information Act, please could you answer:

Q1 How many CCTV cameras are there across the Trust's schools?
Q2 Are any of these cameras made by Hikvision?
Q3 If yes to Q2, how many?
Q4 Does the Trust have a CCTV policy, and if so please send a copy.

Many thanks
Rachel Dunmore"""
write_request("19", req)
body = """Dear Ms Dunmore,

Apologies for the delay in coming back to you - please see the answers from our Estates Manager below, which I have checked. Our CCTV policy is published on the Trust website under Policies > Data Protection.

Kind regards,

Joanne Pettifer
Data Protection Lead / Trust Governance Professional
Kestrel Learning Trust (Moorside Academy and Lowfield Primary Academy)
Registered in England and Wales, company number 08812734

---------- Forwarded message ----------
From: Craig Ashdown <c.ashdown@kestrellt.example.org.uk>
Date: Mon, 10 Mar 2025 at 16:21
Subject: RE: FOI - CCTV
To: Joanne Pettifer <j.pettifer@kestrellt.example.org.uk>

Hi Jo

Q1 - 19 at Moorside, 13 at Lowfield
Q2 - no
Q3 - n/a
Q4 - yes its on the website, reviewed Sept 24

Craig

Craig Ashdown | Trust Estates Manager

---------- Forwarded message ----------
From: Joanne Pettifer
Sent: 24 February 2025 10:02
To: Craig Ashdown
Subject: FOI - CCTV

Craig, can you help with Q1-3 on this one please? Deadline 21 March.

> """ + "\n> ".join(req.splitlines()) + """

If you are unhappy with our response you can ask for a review by writing to the Trust's Chief Operating Officer. You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk).
"""
eml("19-reply.eml", "Joanne Pettifer <j.pettifer@kestrellt.example.org.uk>", "Rachel Dunmore <rdunmore@example.com>",
    "Fwd: RE: FOI - CCTV", "Tue, 11 Mar 2025 08:47:30 +0000", text=body)
label("19", "eml", "academy", "foia", "no", "unknown", "answered", [], 32,
      "Answers sit inside a forwarded internal e-mail ('Q1 - 19 at Moorside, 13 at Lowfield' must be summed); only Hikvision was asked about, so Dahua stays unknown.")
