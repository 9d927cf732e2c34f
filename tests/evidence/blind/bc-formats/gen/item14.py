from lib import *

write_text("14-request.txt", """
Hi,

This request is about body worn video only.

- How many body-worn video cameras does Staffordshire Police currently have issued / in use?
- What make and model are they?
- Are any of them made by Hikvision, Dahua or any of their subsidiaries?
- What was the total contract value for the body worn cameras?

Cheers
Gareth Pymm
""")

html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00205b;color:#fff;padding:8px"><b>STAFFORDSHIRE POLICE</b> &nbsp;|&nbsp; Freedom of Information</td></tr></table>
<p>Our Ref: FOI 8816/24<br>Date: 12/08/2024</p>
<p>Dear Mr Pymm</p>
<p>I write in response to your request for information received on 16/07/2024 regarding body worn video (BWV). Your request has been handled under the Freedom of Information Act 2000 (the Act).</p>
<p><u>Question:</u> How many body-worn video cameras does Staffordshire Police currently have issued / in use?<br>
<u>Answer:</u> 1,460 devices are currently in use across the force.</p>
<p><u>Question:</u> What make and model are they?<br>
<u>Answer:</u> Motorola Solutions VB400 (1,312) and Motorola VT100 (148, issued to specialist units).</p>
<p><u>Question:</u> Are any of them made by Hikvision, Dahua or any of their subsidiaries?<br>
<u>Answer:</u> No.</p>
<p><u>Question:</u> What was the total contract value for the body worn cameras?<br>
<u>Answer:</u> This information is exempt under Section 43(2) Commercial Interests. The contract for BWV devices and the associated digital evidence management platform is subject to ongoing negotiation for an extension. Disclosing the contract value at this stage would be likely to prejudice the commercial interests of both the force and the supplier, and would undermine the force's ability to obtain best value for public money. Having considered the public interest, the force has concluded that the balance lies in favour of withholding this information.</p>
<p>For context, the force's fixed CCTV estate (approximately 900 cameras at police buildings and custody suites) does not fall within the scope of this request and has not been considered.</p>
<p>Yours sincerely</p>
<p><b>Sunita Rai</b><br>Information Access Officer<br>Information Access Team, Staffordshire Police<br>Weston Road, Stafford ST18 0YY</p>
<hr>
<p style="font-size:8pt">COMPLAINT RIGHTS: If you are dissatisfied with the response you have been provided with, you can request an internal review by writing to the Information Access Team within 40 working days. If you remain dissatisfied following an internal review, you can refer the matter to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p style="font-size:8pt">Please consider the environment before printing this e-mail. This e-mail is intended for the named recipient(s) only.</p>
</body></html>"""
data = eml_bytes("Information Access Team <foi@staffordshire.police.uk>", "gpymm82@outlook.com",
                 "Freedom of Information Request Reference No: FOI 8816/24", dt(2024, 8, 12, 9, 41), html=html,
                 msgid="<20240812094102.77F3@staffordshire.police.uk>")
write_bytes("14-reply.eml", data)
add_label(path="14-reply.eml", request_file="14-request.txt", format="eml", body_type="police",
          law="foia", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s43"],
          camera_count=1460, note="Body-worn-only request: the BWV count is the answer, not the 'approximately 900' fixed CCTV figure; contract value withheld under s43.")
