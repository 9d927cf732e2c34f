from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from common import out, write_request, add_label

NN = "26"
write_request(NN, """
To Dee Valley Police,

1. How many CCTV cameras does the force have at its stations and buildings?
2. Are any of them Hikvision?
3. Are any of them Dahua?
4. Following the 2022 government announcement on Chinese surveillance equipment, what action has the force taken?

Regards,
Rhodri Beynon
""")

html = """<html><body style="font-family:Arial;font-size:10pt">
<table width="100%" style="border-bottom:3px solid #003366"><tr>
<td><b style="font-size:14pt;color:#003366">Heddlu Glannau Dyfrdwy</b><br><span style="color:#003366">Dee Valley Police</span></td>
<td align="right">Uned Rhyddid Gwybodaeth<br>Freedom of Information Unit</td></tr></table>
<p>Cyf / Ref: FOI-DVP-2024-00412</p>
<p>Annwyl / Dear Mr Beynon,</p>
<p>Diolch am eich cais. Mae'r ymateb wedi'i roi yn Saesneg isod, yn unol â'ch gohebiaeth. Mae fersiwn Gymraeg ar gael ar gais.<br>
<i>Thank you for your request. The response is provided in English below, in line with your correspondence. A Welsh version is available on request.</i></p>
<ol>
<li><p>The force estate has between 300 and 350 CCTV cameras at present. The figure varies as building works are completed and stations close; we do not hold a single up-to-date figure.</p></li>
<li><p>No. All Hikvision cameras were removed from force buildings during 2023 and none remain in use.</p></li>
<li><p>Cameras installed before 2019 were procured under individual building contracts and records of the manufacturer were not retained. The force does not therefore hold this information for the whole estate.</p></li>
<li><p>The force carried out a review of its CCTV estate in line with the Cabinet Office direction of November 2022 and replaced equipment where required (see answer 2). Further detail of the review is withheld under section 24(1) and 31(1)(a) as it would reveal vulnerabilities in the security of force premises.</p></li>
</ol>
<p>Os ydych yn anfodlon / If you are dissatisfied: you may request an internal review within 40 working days by e-mailing <a href="mailto:rhg.foi@deevalley.police.uk">rhg.foi@deevalley.police.uk</a>, and may then complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p>Yn gywir / Yours sincerely,<br><b>Sioned Parry</b><br>Swyddog Datgelu / Disclosure Officer</p>
<p style="font-size:8pt;color:gray">Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.</p>
</body></html>"""

m = EmailMessage()
m["From"] = "=?utf-8?q?Heddlu_Glannau_Dyfrdwy_-_Rhyddid_Gwybodaeth?= <rhg.foi@deevalley.police.uk>"
m["To"] = "rhodri.beynon@example.cymru"
m["Subject"] = "FOI-DVP-2024-00412 Ymateb / Response"
m["Date"] = format_datetime(datetime(2024, 5, 30, 14, 48, tzinfo=timezone.utc))
m["Message-ID"] = "<foi-dvp-2024-00412@deevalley.police.uk>"
m.set_content(html, subtype="html")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-html",
           "body_type": "police", "law": "foia", "hikvision": "no", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": ["s24", "s31"], "camera_count": None,
           "note": "bilingual HTML-only e-mail; count is a range (300-350) so no figure; Hikvision removed, none remain; Dahua not held; review detail withheld s24/s31"})
