"""06: HTML-only e-mail from an academy trust; answers typed in red under each quoted question."""
from email.message import EmailMessage
from email.policy import SMTP
from common import out, write_request, write_label

write_request("06", """
Dear Sir/Madam

Freedom of Information request

1. How many CCTV cameras are in use across the Trust's academies?
2. Are any of your cameras or recorders made by Hikvision or Dahua?
3. If so, which brand(s) and how many?
4. Which other manufacturers' cameras do you use?
5. Do any of the cameras have facial recognition or audio recording capability switched on?
6. Please send me a copy of the Trust's CCTV policy and CCTV data protection impact assessment (DPIA).

Yours faithfully
Ellie Brandon
""")

Q = [
    ("1. How many CCTV cameras are in use across the Trust's academies?",
     "212"),
    ("2. Are any of your cameras or recorders made by Hikvision or Dahua?",
     "Yes."),
    ("3. If so, which brand(s) and how many?",
     "HiLook &ndash; 38 cameras and 2 recorders, at Kingsmead Academy and Oakfield Primary Academy."),
    ("4. Which other manufacturers' cameras do you use?",
     "Hanwha and Uniview."),
    ("5. Do any of the cameras have facial recognition or audio recording capability switched on?",
     "No"),
    ("6. Please send me a copy of the Trust's CCTV policy and CCTV data protection impact assessment (DPIA).",
     "The CCTV Policy is available on our website: <a href=\"https://www.fenlandlearningtrust.org.uk/policies\">"
     "https://www.fenlandlearningtrust.org.uk/policies</a><br>The DPIA is currently being revised following the "
     "replacement of cameras at Wisbech Road Academy. The Trust intends to publish the revised DPIA on its website "
     "in September 2025 and we are therefore withholding it under section 22 of the Freedom of Information Act "
     "(information intended for future publication). We consider it reasonable to withhold it until then, and that "
     "the public interest favours publication in the planned way."),
]
qa_html = ""
for q, a in Q:
    qa_html += (f'<p class=MsoNormal style="margin-left:36.0pt"><i>{q}</i></p>\n'
                f'<p class=MsoNormal style="margin-left:36.0pt"><b><span style="color:#C00000">{a}</span></b></p>\n'
                '<p class=MsoNormal>&nbsp;</p>\n')

html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{font-family:"Calibri",sans-serif; color:windowtext;}}
--></style></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>
<p class=MsoNormal>Dear Ms Brandon,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you for your request for information received on 12 May 2025. Please find our responses below in red.</p>
<p class=MsoNormal>&nbsp;</p>
{qa_html}
<p class=MsoNormal>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response to your original letter and should be addressed to: The Governance Lead, Fenland Learning Trust, Unit 4, Boleness Road, Wisbech PE13 2RB.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kind regards</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b><span style="color:#1F3864">Harriet Lowe</span></b><br>
<span style="font-size:9.0pt;color:#1F3864">Governance &amp; Compliance Officer | Fenland Learning Trust</span><br>
<span style="font-size:9.0pt;color:#1F3864">T: 01945 300 118 | <a href="mailto:governance@fenlandlearningtrust.org.uk">governance@fenlandlearningtrust.org.uk</a></span></p>
<p class=MsoNormal>&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class=MsoNormal><b>From:</b> Ellie Brandon &lt;request-90117-aa41c2e0@whatdotheyknow.com&gt;<br>
<b>Sent:</b> 12 May 2025 19:44<br><b>To:</b> Governance &lt;governance@fenlandlearningtrust.org.uk&gt;<br>
<b>Subject:</b> Freedom of Information request - CCTV cameras</p></div>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Dear Sir/Madam<br><br>Freedom of Information request<br><br>
1. How many CCTV cameras are in use across the Trust's academies?<br>
2. Are any of your cameras or recorders made by Hikvision or Dahua?<br>
3. If so, which brand(s) and how many?<br>
4. Which other manufacturers' cameras do you use?<br>
5. Do any of the cameras have facial recognition or audio recording capability switched on?<br>
6. Please send me a copy of the Trust's CCTV policy and CCTV data protection impact assessment (DPIA).<br><br>
Yours faithfully<br>Ellie Brandon</p>
<p class=MsoNormal style="font-size:8.0pt;color:gray">Fenland Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08811427. This email is confidential.</p>
</div></body></html>
"""

msg = EmailMessage(policy=SMTP)
msg["From"] = "Governance <governance@fenlandlearningtrust.org.uk>"
msg["To"] = "Ellie Brandon <request-90117-aa41c2e0@whatdotheyknow.com>"
msg["Subject"] = "RE: Freedom of Information request - CCTV cameras"
msg["Date"] = "Tue, 10 Jun 2025 10:02:36 +0100"
msg["Message-ID"] = "<DB9PR08MB6612E0@DB9PR08MB6612.eurprd08.prod.outlook.com>"
msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
with open(out("06-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="06-reply.eml", request_file="06-request.txt", format="eml", body_type="academy", law="foia",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s22"], camera_count=212,
            note="HTML-only (quoted-printable) with answers in red under each question and the request quoted again below; bare '212' and a 'Yes' to the both-makers question; Hikvision only via sub-brand HiLook, and Q3+Q4 together list every maker so Dahua is no; DPIA withheld s22.")
