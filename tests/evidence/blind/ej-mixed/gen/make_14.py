from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import pathlib
here = pathlib.Path(__file__).resolve().parent.parent
html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI response</title>
<style>td,th{border:1px solid #9bb;padding:4px 8px;vertical-align:top}table{border-collapse:collapse}</style></head>
<body style="font-family:Calibri,Arial;font-size:11pt;color:#1f1f1f">
<div>Dear Ms Castell,</div>
<div>&nbsp;</div>
<div><b>Freedom of Information Act 2000 &ndash; Our reference FOI/BHUHB/24/1094</b></div>
<div>&nbsp;</div>
<div>I write further to your request for information dated 15 August 2024. The Health Board&#8217;s response is set out in the table below.</div>
<div>&nbsp;</div>
<table>
<tr style="background:#00578a;color:#fff"><th>No.</th><th>Request</th><th>Response</th></tr>
<tr><td>1</td><td>Total number of CCTV cameras across hospital sites</td><td>Approx. 700</td></tr>
<tr><td>2</td><td>Number of cameras at each hospital site</td><td>Withheld &ndash; section 31(1)(a) and section 38(1)(b). See explanation below.</td></tr>
<tr><td>3</td><td>Manufacturers</td><td>Hanwha Vision (Wisenet) and Axis across the majority of sites. A small number of legacy Dahua cameras remain at Ysbyty Cwm Aeron.</td></tr>
<tr><td>4</td><td>Hikvision?</td><td>No Hikvision equipment is installed.</td></tr>
<tr><td>5</td><td>Dahua?</td><td>Yes &ndash; 19 cameras, Ysbyty Cwm Aeron (see Q3).</td></tr>
<tr><td>6</td><td>Replacement plans</td><td>The cameras at Ysbyty Cwm Aeron are scheduled for replacement as part of the 2025/26 capital programme, with completion expected by 31 March 2026.</td></tr>
</table>
<div>&nbsp;</div>
<div><b>Section 31(1)(a) &ndash; Law enforcement and section 38(1)(b) &ndash; Health and safety</b></div>
<div>A site-by-site breakdown would show the relative level of camera coverage at each of our hospitals, including those with mental health inpatient units and pharmacy stores holding controlled drugs. This would be likely to prejudice the prevention of crime and would be likely to endanger the safety of patients and staff. Both exemptions are subject to the public interest test. We recognise the public interest in openness about the use of surveillance in healthcare settings, which is served by our disclosure of the total figure and manufacturer information. However we consider that the public interest in protecting patients, staff and property outweighs the public interest in disclosing the breakdown.</div>
<div>&nbsp;</div>
<div>If you are dissatisfied with the handling of your request, you may ask for an internal review by writing to the Information Governance Manager within 40 working days. If you remain dissatisfied you may contact the Information Commissioner&#8217;s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (www.ico.org.uk).</div>
<div>&nbsp;</div>
<div>Yn gywir / Yours sincerely,</div>
<div>&nbsp;</div>
<div><b>Rhodri Vaughan</b><br>Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer<br>Bwrdd Iechyd Prifysgol Bro Hafren / Bro Hafren University Health Board<br>Pencadlys, Ysbyty Bro Hafren, Ffordd y Gamlas, Y Trallwng SY21 7QA</div>
<div>&nbsp;</div>
<div style="font-size:8pt;color:#666">Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.</div>
</body></html>
"""
m = EmailMessage()
m["From"] = "FOI Bro Hafren UHB <FOI.BroHafren@wales.nhs.uk>"
m["To"] = "Naomi Castell <n.castell@protonmail.com>"
m["Subject"] = "FOI/BHUHB/24/1094 - Response"
m["Date"] = format_datetime(datetime(2024, 9, 12, 16, 20, tzinfo=timezone(timedelta(hours=1))))
m["Message-ID"] = "<0fa2b7f1c44d@wales.nhs.uk>"
m.set_content(html, subtype="html")
(here / "14-reply.eml").write_bytes(bytes(m))
