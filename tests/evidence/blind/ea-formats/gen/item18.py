from common import *
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone

NN = "18"
req = """To: Scottish Government FOI Unit

Request under the Freedom of Information (Scotland) Act 2002

1. How many CCTV cameras are in use in the Scottish Government's core buildings? Please give a figure for each building.
2. Are any of these cameras made by Hikvision?
3. Please list the manufacturers of all the CCTV cameras in those buildings.
4. Has the Scottish Government carried out a security review of Chinese-manufactured surveillance equipment on its estate? If so, please provide a copy.

Regards,
Alasdair Munro-Keane
"""
write_request(NN, req)

sites = [("St Andrew's House, Edinburgh", 64), ("Victoria Quay, Edinburgh", 88), ("Atlantic Quay, Glasgow", 41),
         ("Saughton House, Edinburgh", 37), ("Marine Laboratory, Aberdeen", 29)]
rows = "\n".join(f'<tr><td style="border:1px solid #999;padding:4px">{s}</td>'
                 f'<td style="border:1px solid #999;padding:4px;text-align:right">{n}</td></tr>' for s, n in sites)
html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Arial",sans-serif;}} --></style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Mr Munro-Keane</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Request under the Freedom of Information (Scotland) Act 2002 &ndash; Our reference: FOI/202400419871</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your request dated 14 October 2024. I enclose a copy of some of the information you requested.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><i>1. How many CCTV cameras are in use in the Scottish Government&#8217;s core buildings? Please give a figure for each building.</i></b></p>
<table style="border-collapse:collapse;margin:6px 0">
<tr><th style="border:1px solid #999;padding:4px;background:#e7eef6">Building</th><th style="border:1px solid #999;padding:4px;background:#e7eef6">CCTV cameras</th></tr>
{rows}
</table>
<p class="MsoNormal"><b><i>2. Are any of these cameras made by Hikvision?</i></b></p>
<p class="MsoNormal">No. As set out in the answer to Parliamentary Question S6W-17432, the removal of Hikvision equipment from the Scottish Government core estate was completed in December 2023 and none remains in use.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><i>3. Please list the manufacturers of all the CCTV cameras in those buildings.</i></b></p>
<p class="MsoNormal">While our aim is to provide information whenever possible, in this instance we are unable to provide the manufacturers of the cameras because exemptions under sections 35(1)(a) (prevention or detection of crime) and 31(1) (national security) of FOISA apply. Disclosing the make of the security systems protecting buildings used by Ministers and officials would identify the equipment in use, and any vulnerabilities associated with it, to those seeking to gain unauthorised access to the estate.</p>
<p class="MsoNormal">These exemptions are subject to the public interest test. We recognise the public interest in the security of the Government estate and in the use of equipment from particular suppliers, which we consider has been met by the answer to question 2. There is a greater public interest in protecting the security of people and buildings.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><i>4. Has the Scottish Government carried out a security review of Chinese-manufactured surveillance equipment on its estate? If so, please provide a copy.</i></b></p>
<p class="MsoNormal">Yes. A review was carried out by the Scottish Government Security Division in 2022-23. A copy is being withheld under section 31(1) of FOISA, for the reasons given above.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Your right to request a review</b></p>
<p class="MsoNormal">If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Corporate Services, Scottish Government, Victoria Quay, Edinburgh EH6 6QQ or foi@gov.scot. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter.</p>
<p class="MsoNormal">If our review does not resolve your concerns, you may apply to the Scottish Information Commissioner for a decision. Her address is Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. If you remain dissatisfied you may appeal to the Court of Session on a point of law only.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Yours sincerely</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fiona Gallacher<br>Estates and Security Division<br>Scottish Government</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="font-size:8pt;color:#666">**********************************************************************<br>
This e-mail (and any files or other attachments transmitted with it) is intended solely for the attention of the addressee(s). Communications with the Scottish Government may be monitored or recorded in order to secure the effective operation of the system and for other lawful purposes.<br>
**********************************************************************</p>
</div></body></html>"""
m = EmailMessage()
m["From"] = "Estates and Security FOI <EstatesSecurityFOI@gov.scot>"
m["To"] = "alasdair.munrokeane@btinternet.com"
m["Subject"] = "Response to FOI/202400419871"
m["Date"] = format_datetime(datetime(2024, 11, 8, 9, 17, 40, tzinfo=timezone.utc))
m["Message-ID"] = "<AS8P192MB1650F0E2B4D7@AS8P192MB1650.EURP192.PROD.OUTLOOK.COM>"
m.set_content(html, subtype="html")
out = ROOT / f"{NN}-reply.eml"; out.write_bytes(bytes(m))
total = sum(n for _, n in sites)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="eml", body_type="scottish_gov", law="foisa",
    hikvision="no", dahua="unknown", outcome="partially_answered", exemptions=["s31", "s35"], camera_count=total,
    note=f"HTML-only e-mail; per-building table with no total (sum {total}); Hikvision 'no' because all removed and none remains; makers withheld under FOISA s35/s31 so Dahua unknown.")
