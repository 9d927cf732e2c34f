from common import *
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime

NN = "21"
write_request(NN, """
Hi,

FOI request to Tendring District Council. Could you tell me how many CCTV cameras the council has at each of its sites, what make they are, and whether any are made by Hikvision or Dahua?

Cheers
Marcus Lyle
""")
sites = [("Clacton Town Hall", 14, "Bosch"), ("Weeley Council Offices", 9, "Bosch"),
         ("Clacton seafront & pier approach", 22, "Mixed / not recorded"),
         ("Walton-on-the-Naze seafront", 8, "Mixed / not recorded"),
         ("Dovercourt Bay / Harwich", 11, "Mixed / not recorded"),
         ("Weeley depot", 6, "EZVIZ"), ("Princes Theatre", 7, "Bosch"),
         ("Clacton Leisure Centre", 12, "Axis"), ("Dovercourt Leisure Centre", 5, "Axis"),
         ("Car parks (Clacton, Frinton, Walton)", 16, "Mixed / not recorded")]
tot = sum(s[1] for s in sites)
trs = "\n".join(f'<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{s}</p></td>'
                f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;text-align:center"><p class=MsoNormal>{n}</p></td>'
                f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{m}</p></td></tr>' for s, n, m in sites)
html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}} --></style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>Dear Mr Lyle,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Freedom of Information Request &#8211; FOI 11873</b></p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you for your request received 4 March 2025. Please see below.</p><p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Site</b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>No. of cameras</b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Make</b></p></td></tr>
{trs}
</table><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Hikvision/Dahua &#8211; yes. The seafront and car park systems were installed under several
different contracts over a number of years and the make of each individual camera is not recorded centrally.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>If you are dissatisfied with the handling of your request, you have the right to ask for an internal
review within two months of the date of this email. Please contact foi@tendringdc.example.gov.uk. If you are not
content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Regards,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Dawn Pettifer</b></p><p class=MsoNormal>Information Governance Support Officer</p>
<p class=MsoNormal>Tendring District Council | Town Hall, Station Road, Clacton-on-Sea CO15 1SE</p>
</div></body></html>"""
msg = EmailMessage()
msg["From"] = "FOI <foi@tendringdc.example.gov.uk>"
msg["To"] = "marcus.lyle@example.co.uk"
msg["Subject"] = "FOI 11873 - CCTV"
msg["Date"] = format_datetime(datetime.datetime(2025, 3, 28, 16, 20, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = make_msgid(domain="tendringdc.example.gov.uk")
msg.set_content(html, subtype="html")
(OUT / f"{NN}-reply.eml").write_bytes(bytes(msg))
print(tot)
label(NN, "eml", "council", "foia", "yes", "unknown", "partially_answered", [], tot,
      "Outlook-style HTML table with no total row (count is the sum); 'Yes' to a joint Hikvision/Dahua question, with only the EZVIZ sub-brand named and other makes not recorded.")
