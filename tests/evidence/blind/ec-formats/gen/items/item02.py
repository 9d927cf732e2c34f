import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "02"
REQ = """
Dear Sir/Madam,

I am writing to make a request under the Freedom of Information Act 2000 for the following information about CCTV at the Trust's hospital sites.

Q1 For each hospital site, the number of CCTV cameras in operation.
Q2 The manufacturer(s) of the cameras at each site.
Q3 Whether any cameras at Trust sites were made by Hikvision or Dahua Technology, or sold under one of their brands.
Q4 Who maintains the system.

Many thanks,
Priya Kandola
"""

rows = [
    ("Royal Wolverhampton Road Hospital (main site)", "214", "Hanwha Wisenet / Avigilon", "Securitas Technology"),
    ("Cannock Lane Community Hospital", "38", "Hanwha Wisenet", "Securitas Technology"),
    ("Bilston Health Centre", "11", "HiWatch", "Lynx Fire &amp; Security"),
    ("Westbury Mental Health Unit", "46", "Avigilon", "Securitas Technology"),
    ("Pendeford Renal Unit (leased)", "7", "Hanwha Wisenet", "Landlord arrangement"),
]
trs = "\n".join(
    f'<tr><td style="border:1px solid #999;padding:4px">{a}</td><td style="border:1px solid #999;padding:4px;text-align:right">{b}</td>'
    f'<td style="border:1px solid #999;padding:4px">{c}</td><td style="border:1px solid #999;padding:4px">{d}</td></tr>'
    for a, b, c, d in rows)

HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Kandola,</p>
<p><b>Freedom of Information Request &ndash; FOI-2025-0331</b></p>
<p>Thank you for your request for information received by the Trust on 11th March 2025. I can confirm that the Trust holds the information you have requested, which is set out below.</p>
<p><b>Q1, Q2 and Q4</b></p>
<table style="border-collapse:collapse;font-size:10pt">
<tr style="background:#005eb8;color:#ffffff"><th style="border:1px solid #999;padding:4px">Site</th><th style="border:1px solid #999;padding:4px">No. of cameras</th><th style="border:1px solid #999;padding:4px">Manufacturer</th><th style="border:1px solid #999;padding:4px">Maintained by</th></tr>
{trs}
</table>
<p><b>Q3</b><br>Please refer to the table above.</p>
<p>Camera numbers include internal and external fixed and PTZ cameras but exclude body worn cameras issued to security staff.</p>
<p>If you are unhappy with the response you have received you may request an internal review by writing to the Head of Information Governance at the address below within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner&rsquo;s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p>Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to copyright protection. You are free to use it for your own purposes, including for private study and non-commercial research, and for any other purpose authorised by an exception in current copyright law.</p>
<p>Yours sincerely,</p>
<p><b>Freedom of Information Office</b><br>Black Country Wolverhampton NHS Trust<br>Trust Headquarters, New Cross Way, Wolverhampton WV10 0QP<br>
<span style="color:#005eb8">Please consider the environment before printing this e-mail</span></p>
<hr><p style="font-size:8pt;color:#666">********************************************************************<br>
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful.<br>
********************************************************************</p>
</body></html>
"""

msg = email_base("FOI Office <bcw-tr.foi@nhs.example.net>", "Priya Kandola <request-88217-4f1c@whatdotheyknow.example.com>",
                 "Freedom of Information Request - FOI-2025-0331", dt(2025, 4, 7, 9, 41),
                 "<a91c3e.FOI-2025-0331@nhs.example.net>")
msg.set_content(HTML, subtype="html")
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="nhs",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=316,
            note="HTML-only e-mail; per-site table with no total row (sum 316); Hikvision only as its sub-brand HiWatch at one site, Q3 answered by 'refer to the table'.")
