from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "16"
write_request(NN, """
FOI request - Sheffield Teaching Hospitals NHS Foundation Trust

Q1 Number of CCTV cameras at each hospital site
Q2 Manufacturer of the cameras at each site
Q3 Are any cameras made by Hikvision or Dahua (or their subsidiaries)?
Q4 Number of recording devices (NVR/DVR)

Thanks,
Dan Ferreira
""")
sites = [
    ("Northern General Hospital", 312, 14, 22, "Avigilon / Hikvison"),
    ("Royal Hallamshire Hospital", 198, 9, 16, "Avigilon"),
    ("Weston Park Cancer Centre", 41, 2, 3, "Avigilon"),
    ("Jessop Wing", 37, 2, 4, "Hikvison"),
    ("Charles Clifford Dental Hospital", 18, 1, 2, "Hikvison"),
]
rows = "".join(
    f"<tr><td>{s}</td><td align='right'>{c}</td><td align='right'>{n}</td><td align='right'>{mo}</td><td>{mk}</td></tr>"
    for s, c, n, mo, mk in sites)
tc = sum(x[1] for x in sites); tn = sum(x[2] for x in sites); tm = sum(x[3] for x in sites)
html = f"""<html><head><meta charset="utf-8"><style>
td,th {{border:1px solid #999;padding:3px 6px;font-family:Arial;font-size:10pt}} table {{border-collapse:collapse}}
</style></head><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Ferreira,</p>
<p><b>Freedom of Information Request – Ref: STH-FOI-24-1790</b></p>
<p>Thank you for your request received 4 March 2024. Sheffield Teaching Hospitals NHS Foundation Trust can confirm that it
holds the information you requested. Questions 1 to 4 are answered in the table below.</p>
<table>
<tr style="background:#005EB8;color:white"><th>Site</th><th>Cameras</th><th>NVR / DVR</th><th>Monitors</th><th>Manufacturer</th></tr>
{rows}
<tr style="font-weight:bold"><td>Total</td><td align='right'>{tc}</td><td align='right'>{tn}</td><td align='right'>{tm}</td><td></td></tr>
</table>
<p>This response is provided under the Freedom of Information Act 2000. If you are dissatisfied with the response you may
ask for an internal review by contacting the FOI team within 40 working days. If you remain dissatisfied you may
contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Kind regards,<br>Information Governance Team<br>Sheffield Teaching Hospitals NHS Foundation Trust<br>
8 Beech Hill Road, Sheffield S10 2SB</p>
<p style="font-size:8pt;color:#666">This e-mail and any attachments are confidential. If you have received it in error please notify the sender.</p>
</body></html>"""
m = EmailMessage()
m["From"] = "STH Information Governance <sth.foi@nhs.example.net>"
m["To"] = "dan.ferreira@example.org"
m["Subject"] = "FOI STH-FOI-24-1790 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 3, 28, 9, 41, tzinfo=datetime.timezone.utc))
m.set_content(html, subtype="html")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
label(NN, "eml", "nhs", "foia", "yes", "no", "answered", [], tc,
      "HTML-only e-mail; total camera row sits beside NVR and monitor totals; Q3 answered only via the manufacturer column, spelt 'Hikvison'")
print(tc)
