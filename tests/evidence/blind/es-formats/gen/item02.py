from emlkit import base, when, save
m = base('ATH FOI Office <ath-tr.foi@nhs.net>', 'Carys Whitfield <carys.whitfield@protonmail.com>',
         'FOI 24/0652 - CCTV - Response', when(2024, 6, 18, 11, 7), 'nhs.net')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Arial",sans-serif;}
table.grid td{border:1px solid #999;padding:3px 8px;font-family:Arial;font-size:10pt}</style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Ms Whitfield,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Freedom of Information Request &ndash; Ref: FOI 24/0652</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your email dated 22<sup>nd</sup> May 2024 requesting information under the Freedom of Information Act 2000. We can confirm that the Trust holds the information you requested and our response is set out below.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><i>Number of CCTV cameras across the Trust&rsquo;s hospital sites</i></p>
<table class="grid" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Site</b></td><td><b>Cameras</b></td></tr>
<tr><td>Royal Ashbourne Infirmary</td><td>402</td></tr>
<tr><td>Trentvale General Hospital</td><td>198</td></tr>
<tr><td>Belper Road Community Hospital</td><td>41</td></tr>
<tr><td><b>Total</b></td><td><b>641</b></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><i>Hikvision / Dahua</i></p>
<p class="MsoNormal">The Trust can confirm that none of its CCTV cameras are manufactured by Hikvision or Dahua.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><i>Facial recognition</i></p>
<p class="MsoNormal">The Trust does not use facial recognition technology.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><i>Maintenance spend 2023/24</i></p>
<p class="MsoNormal">&pound;48,216 (inc. VAT). This covers the maintenance contract for all three sites.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you are dissatisfied with the response you have received you may request an internal review by writing to the Head of Information Governance at the address below within 40 working days. If you remain dissatisfied following the internal review you may apply to the Information Commissioner&rsquo;s Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research. Any other re-use, for example commercial publication, would require the permission of the copyright holder.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Yours sincerely,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Deborah Ainsley</b><br>FOI &amp; Records Officer<br>Ashbourne and Trentvale Hospitals NHS Foundation Trust<br>Trust Headquarters, Derby Road, Ashbourne DE6 1QH</p>
<p class="MsoNormal" style="color:#005EB8;font-size:8pt">********************************************************************************************************************<br>
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br>
NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.</p>
</div></body></html>
"""
m.set_content(html, subtype='html')
save(m, '02-reply.eml')
