from lib import *

write_text("22-request.txt", """
Dear Headteacher / FOI officer,

I am asking several schools about facial recognition. Under the Freedom of Information Act please tell me:

a) Does the school use facial recognition technology for any purpose (e.g. canteen payments, registration, site security / CCTV)?
b) If yes, who supplies the system?
c) Has a Data Protection Impact Assessment been carried out for it? Please send a copy.

Thank you
Dr Imogen Sayer
""")

html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head>
<body lang="EN-GB">
<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Good afternoon Dr Sayer,</p>
<p>Thank you for your Freedom of Information request, which we received on 12th June. Please accept our apologies for the slight delay in replying, which was due to the exam period.</p>
<p>a) No. Hollins Park High School does not use facial recognition technology for any purpose. Our CCTV system records images only and has no facial recognition software or analytics. Registration is done manually by staff through SIMS.</p>
<p>The canteen uses a cashless catering system. Students can pay using a biometric fingerprint reader (only with written parental consent under the Protection of Freedoms Act 2012) or a PIN number. This is not facial recognition.</p>
<p>b) Not applicable.</p>
<p>c) Not applicable as we do not use facial recognition. A DPIA is held for the cashless catering biometric system, which was outside the scope of your request, but we would be happy to consider a new request for it.</p>
<p>If you are unhappy with the way we have dealt with your request, you can ask the Chair of Governors to review it by writing to the school within 40 school days. You can also contact the Information Commissioner's Office.</p>
<p>Kind regards,</p>
<p><b>Mrs L. Fairclough</b><br>
School Business Manager<br>
<span style="color:#7a0019">Hollins Park High School</span><br>
Hollins Lane, Warrington WA2 8NQ<br>
Tel: 01925 594 430</p>
<p style="font-size:7.5pt;color:gray">Hollins Park High School is a maintained school within Warrington Borough Council. This email and any files transmitted with it are confidential. Please consider the environment before printing this email.</p>
</div>
</body></html>"""
data = eml_bytes("Office - Hollins Park HS <office@hollinspark.warrington.sch.uk>", "i.sayer@research.example.ac.uk",
                 "RE: FOI - facial recognition", dt(2024, 7, 15, 13, 55), html=html)
write_bytes("22-reply.eml", data)
add_label(path="22-reply.eml", request_file="22-request.txt", format="eml", body_type="school",
          law="foia", hikvision="unknown", dahua="unknown", outcome="answered", exemptions=[],
          camera_count=None, note="Facial-recognition-only request: 'No' says nothing about camera makers or count even though CCTV is mentioned; the fingerprint system is out of scope.")
