from lib import *
write_request("01", """
From: Tom Hadley <tom.hadley.foi@proton.me>
To: foi@redbridge-vale.gov.uk
Subject: Freedom of Information request - CCTV cameras

Dear Redbridge Vale Borough Council,

Under the Freedom of Information Act 2000 please tell me:

1. How many CCTV cameras does the council currently operate? Please include public space cameras and cameras at council buildings.
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Do any of the cameras have facial recognition or audio recording capability switched on?
5. Which company maintains the system?

Thank you,
Tom Hadley
""")
text = """Dear Mr Hadley,

Freedom of Information request – ref FOI/24/03318

Thank you for your request received on 4 March 2024. Our responses are given below each of your questions.

> Under the Freedom of Information Act 2000 please tell me:
>
> 1. How many CCTV cameras does the council currently operate? Please include
> public space cameras and cameras at council buildings.

Public space (town centre and estates, monitored from the Control Room at Maple House): 212
Council operational buildings, depots and libraries: 87

> 2. Are any of these cameras manufactured by Hikvision?

Yes. 41 of the building cameras are Hikvision (HiWatch range). They are due to be replaced as part of the 2026/27 capital programme; until then they remain in service.

> 3. Are any of these cameras manufactured by Dahua?

No.

> 4. Do any of the cameras have facial recognition or audio recording capability
> switched on?

No. None of the council's cameras record audio and no facial recognition software is used.

> 5. Which company maintains the system?

Public space system – Vantage Security Integration Ltd (contract value £84,500 p.a.).
Buildings – maintained in-house by Facilities Management.

If you are dissatisfied with the handling of your request you may ask for an internal review by writing to foi@redbridge-vale.gov.uk within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

Kind regards

Priya Natarajan
Information Governance Officer
Redbridge Vale Borough Council
Maple House, 14–20 Station Parade, Redbridge Vale RV2 7QT
Tel: 020 3945 1180

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
import html as H
def qhtml(t):
    out=[]; inq=False
    for ln in t.split("\n"):
        if ln.startswith(">"):
            out.append('<span style="color:#555;border-left:2px solid #999;padding-left:6px">'+H.escape(ln)+'</span><br>')
        else:
            out.append(H.escape(ln)+"<br>")
    return '<html><body style="font-family:Calibri,sans-serif">'+"\n".join(out)+"</body></html>"
eml("01", frm="FOI Team <foi@redbridge-vale.gov.uk>", to="Tom Hadley <tom.hadley.foi@proton.me>",
    subject="RE: Freedom of Information request - CCTV cameras [FOI/24/03318]",
    date="Tue, 26 Mar 2024 15:02:11 +0000", text=text, html=qhtml(text), cte="qp")
label(path="01-reply.eml", request_file="01-request.txt", format="eml", body_type="council", law="foia",
      hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=299,
      note="Inline answers under quoted questions in a QP e-mail; total must be summed (212+87) and Hikvision units due for future replacement are still in use.")
