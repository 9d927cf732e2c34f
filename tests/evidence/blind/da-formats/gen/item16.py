from lib import *
from emlhelp import *
nn = "16"
req = """Dear St Aldhelm's School,

Please could you tell me, under the Freedom of Information Act:

a) how many CCTV cameras the school has
b) whether any of them are Hikvision
c) whether any of them are Dahua
d) how long recordings are retained

Thank you
Patrick Nwosu-Reid"""
write_request(nn, req)
old = """Dear Mr Nwosu-Reid,

In response to your request:

a) 47
b) Yes, 12 of the cameras are Hikvision
c) No
d) 21 days

Kind regards
Jo Pennington
School Business Manager"""
body = f"""Dear Mr Nwosu-Reid,

I am sorry but I need to correct the answer I sent you last week. I transposed the figures for part (a). The school has 74 CCTV cameras, not 47 (the new sports hall and the Key Stage 1 block were added in the summer). Also, the number of Hikvision cameras is 30, not 12 - all of the new cameras are Hikvision. Parts (c) and (d) are unchanged.

Apologies for any confusion this has caused. As before, if you are not happy with our response you can ask the Governing Body to review it, and you also have the right to complain to the Information Commissioner.

Kind regards

Jo Pennington
School Business Manager
St Aldhelm's CE Primary and Nursery School
Netherbury Lane, Wyke Regis, Dorchester DT4 9QE
01305 781 442

From: Office <office@staldhelms.dorset.sch.uk>
Sent: 10 October 2024 15:23
To: Patrick Nwosu-Reid <p.nwosureid@fastmailbox.net>
Subject: RE: Freedom of Information request - CCTV

{old}

From: Patrick Nwosu-Reid <p.nwosureid@fastmailbox.net>
Sent: 16 September 2024 21:06
To: Office <office@staldhelms.dorset.sch.uk>
Subject: Freedom of Information request - CCTV

{req}
"""
make_eml(p(f"{nn}-reply.eml"), "Office <office@staldhelms.dorset.sch.uk>", "Patrick Nwosu-Reid <p.nwosureid@fastmailbox.net>",
         "RE: Freedom of Information request - CCTV - CORRECTION", dt(2024, 10, 17, 8, 55), body)
label(nn, "eml", "eml", "school", "foia", "yes", "no", "answered", [], 74,
      "correction e-mail top-posted above the earlier reply with the wrong figures (47, 12 Hikvision) quoted Outlook-style without '>'; Dahua answer only in the quoted earlier reply ('unchanged')")
