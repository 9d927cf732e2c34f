from common import *
text = """Hi Tariq

1. 38
2. Yes - see 3
3. Imou and Ubiquiti
4. No

Any problems let me know. If you want to ask for a review pls write to the Chair of Trustees at the academy address.

Thanks
Jen

Jennifer Albright
School Business Manager
Kingfisher Academy (part of Kingfisher Academy Trust, company no. 07833xxx)
Weir Road, Castleford Bridge WF10 9KA
"""
html = """<div dir="ltr"><div>Hi Tariq</div><div><br></div><div>1. 38</div><div>2. Yes - see 3</div><div>3. Imou and Ubiquiti</div><div>4. No</div><div><br></div>
<div>Any problems let me know. If you want to ask for a review pls write to the Chair of Trustees at the academy address.</div><div><br></div><div>Thanks</div><div>Jen</div><div><br></div>
<div><span style="color:#1f4e79"><b>Jennifer Albright</b><br>School Business Manager<br>Kingfisher Academy (part of Kingfisher Academy Trust, company no. 07833xxx)<br>Weir Road, Castleford Bridge WF10 9KA</span></div></div>
"""
m = email("Jennifer Albright <j.albright@kingfisher-academy.example.org.uk>", "Tariq Hussein <tariq.h.foi@mailbox.example.org>",
          "Re: Freedom of Information request - CCTV", uk(2025, 5, 20, 13, 2), text=text, html=html)
m["In-Reply-To"] = "<CAF8x2=Yq1@mail.mailbox.example.org>"
save_eml("24-reply.eml", m)
add_label(path="24-reply.eml", request_file="24-request.txt", format="eml", body_type="academy",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=38,
          note="Terse numbered email that only makes sense with the request: 'Yes - see 3' to a both-makers question, and Q3 names Imou (a Dahua brand) and Ubiquiti as the complete list.")
