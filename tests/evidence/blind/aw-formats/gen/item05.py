from lib import *
write_request("05", """
To: office@hollinsgreen-pri.sch.uk
Subject: FOI request

Hello,

I would like to make a freedom of information request about the school's CCTV.

- How many CCTV cameras does the school have?
- What make are they? In particular are any made by Hikvision or Dahua?
- Do any of the cameras record sound?
- Are there cameras in toilets or changing areas?

Thank you
Mark Threlfall
""")
text = """Dear Mr Threlfall,

Apologies for the delay in getting back to you, we have had a very busy start to term. I asked our IT support company to look at your questions and their reply is below, which I hope covers everything. Just to add that the two cameras on the car park fence belong to Hollins Green Leisure Centre and are not ours.

If you are unhappy with our response you can ask the Chair of Governors for a review, c/o the school office, and after that you can complain to the Information Commissioner's Office (www.ico.org.uk).

Kind regards,

Karen Ashworth
School Business Manager
Hollins Green Primary School
Moss Lane, Hollins Green, WA3 6LX  |  01925 301 772

-----Original Message-----
From: Dean Fairclough <dean@brightsparkit.co.uk>
Sent: 19 September 2024 14:08
To: Karen Ashworth <k.ashworth@hollinsgreen-pri.sch.uk>
Subject: RE: FW: FOI request

Hi Karen,

Had a look at the system when I was in on Tuesday. You've got 16 cameras altogether - 11 external (playground, gates, bike shelter, front entrance) and 5 internal (reception, main corridor x2, hall, ICT suite). All Hikvision (DS-2CD2 series turrets) going to a Hikvision 16ch NVR in the server cupboard.

Nothing Dahua on site now - the old Dahua DVR and the analogue cameras were all taken out when we did the upgrade in Easter 2023.

None of them record audio, the mic function is disabled on all of them. And no, definitely nothing in toilets or changing rooms, the nearest is the corridor outside the hall.

Any problems give me a shout.

Cheers
Dean

Dean Fairclough
Senior Technician | Bright Spark IT Services Ltd

-----Original Message-----
From: Karen Ashworth <k.ashworth@hollinsgreen-pri.sch.uk>
Sent: 12 September 2024 09:31
To: Dean Fairclough <dean@brightsparkit.co.uk>
Subject: FW: FOI request

Hi Dean, can you help with this one please? We have 20 working days. Thanks, Karen

-----Original Message-----
From: Mark Threlfall <m.threlfall@outlook.com>
Sent: 02 September 2024 20:14
To: office@hollinsgreen-pri.sch.uk
Subject: FOI request

Hello,

I would like to make a freedom of information request about the school's CCTV.

- How many CCTV cameras does the school have?
- What make are they? In particular are any made by Hikvision or Dahua?
- Do any of the cameras record sound?
- Are there cameras in toilets or changing areas?

Thank you
Mark Threlfall
"""
import html as H
parts = text.split("-----Original Message-----")
h = ['<html><body style="font-family:Calibri,sans-serif;font-size:11pt">']
h.append("<div>" + H.escape(parts[0]).replace("\n", "<br>\n") + "</div>")
for p in parts[1:]:
    h.append('<hr style="border:none;border-top:solid #E1E1E1 1.0pt"><div>' +
             H.escape(p.strip("\n")).replace("\n", "<br>\n") + "</div>")
h.append("</body></html>")
eml("05", frm="Karen Ashworth <k.ashworth@hollinsgreen-pri.sch.uk>", to="Mark Threlfall <m.threlfall@outlook.com>",
    subject="FW: RE: FW: FOI request", date="Thu, 26 Sep 2024 12:55:02 +0100", text=text, html="\n".join(h), cte="qp")
label(path="05-reply.eml", request_file="05-request.txt", format="eml", body_type="school", law="foia",
      hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=16,
      note="Forwarded chain where the answer is in the middle message from the IT contractor; Dahua was removed in 2023 and the leisure centre's two cameras are not the school's.")
