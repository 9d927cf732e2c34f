from common import out, add_label

html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>RE: Freedom of Information request - CCTV at St Bede's</title>
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:0"><p class="MsoNormal"><b>From:</b> St Bede's RC Primary School Office &lt;office@stbedes-rc.lancs.sch.uk&gt;</p></td></tr>
<tr><td style="padding:0"><p class="MsoNormal"><b>Sent:</b> 21 March 2024 14:52</p></td></tr>
<tr><td style="padding:0"><p class="MsoNormal"><b>To:</b> Lucy Brennan &lt;lucy.brennan.foi@example.org&gt;</p></td></tr>
<tr><td style="padding:0"><p class="MsoNormal"><b>Subject:</b> RE: Freedom of Information request - CCTV at St Bede's</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dear Ms Brennan,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your email. Sorry for the delay in getting back to you, we have had Ofsted in!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We have 9 cameras inside the building (entrances, reception and the corridors) and 15 outside around the
playgrounds, car park and the perimeter fence. The cameras are a mix of Imou and Amcrest and they all record onto a Dahua
recorder which is kept in the locked office. We don&#8217;t have any other recording equipment.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The system was put in by our IT support company in 2020 when we had the new fence and gates.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you are not happy with this response you can write to the Chair of Governors at the school address and ask
for it to be reviewed. You also have the right to complain to the Information Commissioner&#8217;s Office.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Mrs Bernadette Kilroy</b></p>
<p class="MsoNormal">School Business Manager</p>
<p class="MsoNormal">St Bede&#8217;s RC Primary School | Chapel Street | Kirkham Moor | PR4 9ZZ</p>
<p class="MsoNormal">01632 960 118</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error please notify the sender and delete it. Any views expressed are those of the
individual and not necessarily those of the school or Lancashire County Council.</span></p>
</div>
</body>
</html>
"""
with open(out("15-reply.html"), "w", encoding="utf-8") as fh:
    fh.write(html)
add_label(path="15-reply.html", request_file="15-request.txt", format="html", body_type="school", law="foia",
          hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=24,
          note="HTML e-mail (Word-generated) with count only as 9 inside + 15 outside; cameras named only by Dahua sub-brands Imou and Amcrest with a Dahua recorder, never answering the maker question directly.")
