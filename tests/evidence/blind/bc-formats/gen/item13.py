from lib import *

write_text("13-request.txt", """
Dear University of Leicester,

Please provide, under the Freedom of Information Act:

Q1. The number of CCTV cameras operated by the University across its campuses.
Q2. A breakdown of those cameras by manufacturer.
Q3. Are any Hikvision cameras in use?
Q4. Are any Dahua cameras in use?
Q5. Does the University use facial recognition with any of its CCTV?

Yours faithfully,
Tomasz Wrobel
""")

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p{margin:0 0 10px 0;font-family:Calibri,Arial,sans-serif;font-size:11pt}
td,th{border:1px solid #999;padding:3px 8px;font-family:Calibri,Arial,sans-serif;font-size:11pt}
.sig{color:#1f3864}
</style></head><body>
<p>Dear Mr Wrobel,</p>
<p><b>Freedom of Information Request &ndash; ref. FOI-UoL-2024-0318</b></p>
<p>Thank you for your email of 3 April 2024 requesting information about CCTV. The University's response to each part of your request is as follows.</p>
<p><b>Q1. The number of CCTV cameras operated by the University across its campuses.</b><br>
599</p>
<p><b>Q2. A breakdown of those cameras by manufacturer.</b></p>
<table style="border-collapse:collapse">
<tr><th>Manufacturer</th><th>Cameras</th></tr>
<tr><td>Hanwha Vision</td><td>412</td></tr>
<tr><td>Axis</td><td>150</td></tr>
<tr><td>Hikvision</td><td>37</td></tr>
</table>
<p>&nbsp;</p>
<p><b>Q3. Are any Hikvision cameras in use?</b><br>
Yes, see Q2. These are older units at the Brookfield and Oadby sites and there is currently no scheduled date for their replacement.</p>
<p><b>Q4. Are any Dahua cameras in use?</b><br>
None.</p>
<p><b>Q5. Does the University use facial recognition with any of its CCTV?</b><br>
No.</p>
<p>If you are dissatisfied with the handling of your request, you may ask for an internal review by writing to the Information Assurance Services team at <a href="mailto:foi@le.ac.uk">foi@le.ac.uk</a> within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk</a>.</p>
<p>Kind regards,</p>
<p class="sig"><b>Hannah Priestley</b><br>Information Assurance Officer<br>Information Assurance Services | University of Leicester<br>University Road, Leicester LE1 7RH<br>t: +44 (0)116 252 2289</p>
<p style="font-size:8pt;color:#777">This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender.</p>
</body></html>"""
data = eml_bytes("Information Assurance Services <foi@le.ac.uk>", "Tomasz Wrobel <t.wrobel.foi@gmail.com>",
                 "RE: Freedom of Information request - CCTV cameras [FOI-UoL-2024-0318]", dt(2024, 4, 29, 14, 12),
                 html=html, msgid="<AM9PR05MB8123A4C0@AM9PR05MB8123.eurprd05.prod.outlook.com>")
write_bytes("13-reply.eml", data)
add_label(path="13-reply.eml", request_file="13-request.txt", format="eml", body_type="university",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=599, note="HTML-only email with a per-maker table; Hikvision answer refers back to Q2 and Dahua is a bare 'None'.")
