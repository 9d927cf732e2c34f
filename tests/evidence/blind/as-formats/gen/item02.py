from common import *
NN = "02"
write_request(NN, """
Hello,

I would like to make a request for information under the FOI Act.

Q1. Please state the total number of CCTV cameras in use across the Trust's hospital sites.
Q2. Please list the manufacturers of those cameras.
Q3. Do any cameras use facial recognition?
Q4. Do any cameras record audio?

Thank you
D. Whitlow
""")
html = """<html><head><style>td,th{border:1px solid #999;padding:4px;font-family:Arial;font-size:10pt}</style></head>
<body style="font-family:Arial;font-size:11pt">
<p><img src="cid:logo" alt="North Mercia Hospitals NHS Foundation Trust"></p>
<p>Dear D Whitlow</p>
<p><b>Freedom of Information Request &ndash; Ref: NMH-FOI-2023-1422</b></p>
<p>Thank you for your request received on 14 November 2023. The Trust holds the information and our response is set out below.</p>
<table cellspacing="0">
<tr><th>Question</th><th>Trust response</th></tr>
<tr><td>Q1. Total number of CCTV cameras</td><td>There are approx. 410 cameras across the Royal Mercia, St Chad&rsquo;s and Oswestry Road sites.</td></tr>
<tr><td>Q2. Manufacturers</td><td>Avigilon, Axis Communications, Hanwha (Samsung Wisenet) and Bosch.</td></tr>
<tr><td>Q3. Facial recognition</td><td>No</td></tr>
<tr><td>Q4. Audio</td><td>No. Audio recording is disabled on all devices.</td></tr>
</table>
<p>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Head of Information Governance, North Mercia Hospitals NHS Foundation Trust, Mytton Oak Road, Shrewsbury SY3 8XQ.</p>
<p>If you are dissatisfied with the outcome of the internal review you can apply to the Information Commissioner.</p>
<p>Kind regards,<br><br><b>Freedom of Information Team</b><br>North Mercia Hospitals NHS Foundation Trust<br>Tel 01743 261 000 ext 4410</p>
<p style="font-size:8pt;color:#666">This e-mail and any files transmitted with it are confidential. The Trust is a smoke free site.</p>
</body></html>"""
eml(NN, "NMH FOI Team <nmh.foi@nhs.net>", "D Whitlow <dwhitlow1987@gmail.com>",
    "FOI Response NMH-FOI-2023-1422", dt(2023, 12, 8, 9, 41), html=html)
add_label(NN, "eml", "nhs", "foia", "no", "no", "answered", [], 410,
          "HTML table body; makers excluded only by a complete manufacturer list; approx. count")
