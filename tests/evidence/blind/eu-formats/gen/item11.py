from common import *
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.foi td, table.foi th {border:1px solid #999; padding:3px 8px; font-family:Calibri,sans-serif; font-size:11pt;}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Dr Kovac,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Freedom of Information request &ndash; ref. UoE-FOI-2024-0763</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your request of 2 October 2024. The University holds the information you requested, which is set out below.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>(a) and (b)</b></p>
<table class="foi" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><th>Campus</th><th>No. of cameras</th><th>Manufacturer</th></tr>
<tr><td>Main Campus (Eastmoor)</td><td align="center">212</td><td>Avigilon</td></tr>
<tr><td>City Campus</td><td align="center">64</td><td>Axis</td></tr>
<tr><td>Sports Village</td><td align="center">22</td><td>Axis</td></tr>
<tr><td>Halls of Residence (all)</td><td align="center">97</td><td>Avigilon</td></tr>
<tr><td><b>Total</b></td><td align="center"><b>395</b></td><td>&nbsp;</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>(c)</b> Yes &ndash; 31 Hikvision cameras were removed from the Sports Village during the summer of 2023 when the system there was replaced.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Compliance Office (<a href="mailto:foi@eastmoor.example.ac.uk">foi@eastmoor.example.ac.uk</a>).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Lucy Tranter</b><br>Information Compliance Officer<br>Governance &amp; Legal Services<br>University of Eastmoor | Eastmoor Road | Eastmoor | EM5 1UE<br>
<span style="color:#7F7F7F;font-size:9pt">This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it. The University of Eastmoor is an exempt charity.</span></p>
</div>
</body></html>
"""
m = email("FOI <foi@eastmoor.example.ac.uk>", "Dr Amira Kovac <a.kovac.research@mailbox.example.org>",
          "Your Freedom of Information request UoE-FOI-2024-0763", uk(2024, 10, 29, 15, 7), html=html)
save_eml("11-reply.eml", m)
add_label(path="11-reply.eml", request_file="11-request.txt", format="eml", body_type="university",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=395,
          note="HTML-only email: the 'Yes' about Hikvision is about removed cameras; the current maker list (Avigilon, Axis) leaves out both makers.")
