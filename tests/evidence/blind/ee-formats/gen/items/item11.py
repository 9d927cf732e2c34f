import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 11
write_text(f"{N:02d}-request.txt", """
To the Data Protection / FOI lead, Beacon Ridge Learning Trust

I would like to request the following information under the Freedom of Information Act 2000:

1. The number of CCTV cameras at each academy in the Trust.
2. The make of the cameras at each academy.
3. Whether any of the cameras are made by Hikvision or Dahua.
4. Whether any cameras are installed in toilets or changing areas.
5. Who has access to recorded footage.

Yours faithfully
Callum Ashdown-Reyes
""")

schools = [
    ("Beacon Ridge Academy (secondary)", "46", "Hikvision"),
    ("Marlcliff Primary Academy", "12", "Hikvision"),
    ("Oaken Vale Primary Academy", "9", "Avigilon"),
    ("St Wendreda's CE Primary Academy", "8", "Hikvision"),
    ("Thornbury Fields Primary Academy", "14", "Hanwha"),
    ("Beacon Ridge Sixth Form Centre", "19", "Axis"),
    ("Little Thornbury Nursery", "0", "n/a - no CCTV"),
]
trs = "".join(
    f"<tr><td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{s}</p></td>"
    f"<td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>{n}</p></td>"
    f"<td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{m}</p></td></tr>"
    for s, n, m in schools)
total = sum(int(n) for _, n, _ in schools)

html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only;font-size:10.0pt;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Dear Mr Ashdown-Reyes,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for your Freedom of Information request which we received on 2<sup>nd</sup> September. Apologies for the slight delay in getting back to you &#8211; this was due to the start of term.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please see below.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>1 &amp; 2.</b><o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Academy</b></p></td>
<td style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>No. of cameras</b></p></td>
<td style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Make</b></p></td></tr>
{trs}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>3.</b> Hikvision cameras are installed at 3 of our academies as shown above. These were installed by the academies&#8217; previous security contractor before they joined the Trust. We have no Dahua equipment anywhere in the Trust.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>4.</b> No. There are no cameras in toilets or changing areas at any of our academies. Cameras at Beacon Ridge Academy cover the corridor outside the toilet blocks but not the interior.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>5.</b> Access to recorded footage is restricted to the Headteacher / Head of School, the Site Manager and the Trust Data Protection Lead. Footage may be shared with the police on request in line with our CCTV Policy, which is available on the Trust website.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>If you are unhappy with the way your request has been handled you can ask for a review by replying to this email. If you are still not satisfied you can contact the Information Commissioner&#8217;s Office (ico.org.uk).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='color:#1F3864'>Sadia Whitlock</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Trust Governance &amp; Compliance Officer | Beacon Ridge Learning Trust<br>Registered in England No. 08123456 | Ridgeway House, Beacon Lane, Hollinsford HF3 9TR<br>T: 01632 964 712</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:7.5pt;color:#7F7F7F'>This email and any files transmitted with it are confidential. If you are not the intended recipient please delete it and notify the sender. Beacon Ridge Learning Trust is an exempt charity and a company limited by guarantee.</span><o:p></o:p></p>
</div>
</body>
</html>
"""
eml(f"{N:02d}-reply.eml", "Sadia Whitlock <s.whitlock@beaconridge.academy.invalid>",
    "Callum Ashdown-Reyes <foi+request-88120-7d2e1a@whatdotheyknow.invalid>",
    "RE: Freedom of Information request - CCTV at Trust academies", dt(2024, 10, 1, 16, 47), html=html,
    extra_headers={"X-MS-Has-Attach": "", "Thread-Topic": "Freedom of Information request - CCTV at Trust academies"})
print(total)
label(N, "eml", "eml", "academy", "foia", "yes", "no", "answered", [], total,
      "HTML-only Outlook e-mail; per-academy table with no total row (includes a 0 row); Dahua denied in prose")
