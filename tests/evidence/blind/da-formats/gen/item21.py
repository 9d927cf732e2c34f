from lib import *
from emlhelp import *
nn = "21"
req = """Hello,

FOI request please:

1. How many CCTV cameras does the museum have across its sites?
2. Are any of them made by Hikvision or Dahua?
3. If yes to 2, how many and where?
4. Is footage shared with the police routinely?

Cheers,
Naomi Strachan-Pike"""
write_request(nn, req)
body = f"""Hi Naomi,

1. 23
2. No
3. N/A
4. No, only on request for a specific incident.

Thanks,
Greg

Greg Tollemache | Head of Visitor Services & Security
Northern Museum of Industry and Engineering
Canal Wharf, Staithes Road, Millbridge MB3 1AW
T: 0161 499 3027

Registered charity no. 1090418. Sponsored by the Department for Culture, Media and Sport.

-----Original Message-----
From: Naomi Strachan-Pike <naomi.sp@mailbox-uk.net>
Sent: 14 August 2024 12:30
To: enquiries <enquiries@nmie.org.uk>
Subject: FOI - CCTV

{quote(req)}
"""
make_eml(p(f"{nn}-reply.eml"), "Greg Tollemache <g.tollemache@nmie.org.uk>", "Naomi Strachan-Pike <naomi.sp@mailbox-uk.net>",
         "RE: FOI - CCTV", dt(2024, 9, 2, 16, 40), body)
label(nn, "eml", "eml", "other", "foia", "no", "no", "answered", [], 23,
      "bare numbered answers ('1. 23 2. No 3. N/A') only readable with the quoted request; 'No' answers a question naming both makers")
