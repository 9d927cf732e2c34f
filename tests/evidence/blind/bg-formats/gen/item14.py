from common import *
from emlh import *
import datetime

NN = "14"
REQ = """
Dear University of Exeter,

1. How many CCTV cameras does the university operate across its campuses?
2. Who manufactures them?
3. Are any of the cameras made by Hikvision or Dahua?
4. Is any facial recognition software used with the CCTV system?

Yours faithfully,
Nadia Kowalczyk
"""
write_request(NN, REQ)
tz = datetime.timezone.utc
body = """
Dear Ms Kowalczyk,

Freedom of Information request – FOI/24/0447

Thank you for your request, received on 2 April 2024. I have set out below the response I received from
our Estate Services Security team, which I am satisfied answers all four parts of your request.

If you are unhappy with the handling of your request you may ask for an internal review by emailing
foi@exeter.ac.uk within 40 working days. If you remain dissatisfied you may complain to the Information
Commissioner's Office (www.ico.org.uk).

Best wishes,

Kate Hollis
Information Governance Officer
University of Exeter | Northcote House | Exeter EX4 4QJ


---------- Forwarded message ---------
From: Security Systems Manager <estates.security@exeter.ac.uk>
Date: Thu, 18 Apr 2024 at 16:41
Subject: RE: FOI/24/0447 – CCTV – response needed by 24/04 please
To: Information Governance <foi@exeter.ac.uk>


Hi Kate,

Answers below -

1) 486 cameras in total: Streatham 351, St Luke's 97, Penryn (our share of the FXPlus system) 38.
2) All Avigilon (H4 and H5 ranges). Everything was standardised on Avigilon during the 2021 upgrade.
3) No. The old Hikvision domes in the Forum and library were taken out during that upgrade and none are
left anywhere on the estate.
4) No.

Shout if you need anything else.

Mark

Mark Penrose
Security Systems Manager, Estate Services
Tel: 01392 726 410 | Mob: 07700 914 228


> From: Information Governance <foi@exeter.ac.uk>
> Sent: 03 April 2024 09:12
> To: Security Systems Manager <estates.security@exeter.ac.uk>
> Subject: FOI/24/0447 – CCTV – response needed by 24/04 please
>
> Hi Mark, please could you provide the information for the request below? Thanks, Kate
>
""" + "\n".join("> " + l if l else ">" for l in REQ.strip().splitlines()) + "\n"
m = message("Information Governance <foi@exeter.ac.uk>", "Nadia Kowalczyk <nkowalczyk.research@gmail.com>",
            "Fwd: RE: FOI/24/0447 – CCTV – response needed by 24/04 please",
            datetime.datetime(2024, 4, 23, 10, 5, 44, tzinfo=tz), body, domain="exeter.ac.uk",
            extra={"In-Reply-To": "<CAF3x9pQ_2024040211@mail.gmail.com>"})
save(m, OUT / f"{NN}-reply.eml")
add_label(NN, "eml", "university", "foia", "no", "no", "answered", [], 486,
          "Forwarded chain: the quoted original request names both makers; the answer is in the forwarded internal reply — all Avigilon, old Hikvision removed with none left.")
