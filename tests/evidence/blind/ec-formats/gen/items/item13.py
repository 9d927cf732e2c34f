import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "13"
REQ = """
From: Rachel Oyelaran <r.oyelaran@example.co.uk>
To: office@st-aidans-pri.example.sch.uk
Date: Mon, 3 Feb 2025 19:22
Subject: Freedom of Information request - CCTV

Dear Headteacher,

I am making a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does the school have?
2. Are any of them made by Hikvision or Dahua?
3. Where are the cameras located? I am particularly interested in whether any are inside classrooms.
4. Are there cameras in or near the pupil toilets?

Many thanks,
Rachel Oyelaran
(parent of a child in Year 3)
"""

BODY = """Dear Mrs Oyelaran,

Apologies for the delay in getting back to you - it has been a busy few weeks with Ofsted!

We have 9 cameras in total, 6 outside (front gate, car park, main entrance, KS1 playground, KS2 playground and the back field gate) and 3 inside (reception, hall corridor and the KS2 entrance lobby). There are no cameras in classrooms, and none in or near the toilets.

Our cameras are all HiWatch, fitted by Sentinel Alarms (Barnsley) in 2021, and recording is kept for 30 days on a recorder in the office.

Our CCTV policy is on the school website under Policies if that is useful.

If you are not happy with this response you can ask the Chair of Governors to review it by writing to the school, and you can also contact the Information Commissioner's Office.

Kind regards

Mrs J. Kettlewell
School Business Manager
St Aidan's Catholic Primary School
Church Lane, Royston, Barnsley S71 4QA
01226 722 590

---- Original message ----
"""
orig = REQ.strip("\n")
BODY = BODY + quote(orig) + "\n"

msg = email_base("Office St Aidan's <office@st-aidans-pri.example.sch.uk>", "Rachel Oyelaran <r.oyelaran@example.co.uk>",
                 "RE: Freedom of Information request - CCTV", dt(2025, 3, 4, 15, 47),
                 "<CWLP265MB1732B4E0A1@CWLP265.prod.example.outlook.com>",
                 in_reply_to="<CAF8kQz3-7hNw2@mail.example.co.uk>")
msg.set_content(BODY)
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="school",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=9,
            note="Informal reply with the original request quoted below (so both maker names appear in the quote); Q2 never answered directly, only 'all HiWatch' (a Hikvision brand, and a complete list leaving Dahua out).")
