from common import *
import html as H

REQ = """Hi,

Could you please tell me, under the Freedom of Information Act:

1. The total number of CCTV cameras operated by the Council.
2. A breakdown of those cameras by manufacturer.
3. Whether the Council has any plans to replace any cameras on security grounds.

Thanks,
Lewis Achterberg"""
write_request("17", REQ)

table = [("Axis", 41), ("Hanwha", 22), ("Hik Vision", 7)]
total = sum(q for _, q in table)
plain = f"""Dear Mr Achterberg,

Our Ref: 24/FOI/03391

Thank you for your request for information received on 1 August 2024. Please find our response below.

Manufacturer     Quantity
""" + "".join(f"{m:<17}{q}\n" for m, q in table) + f"""Total            {total}

The above excludes 12 body worn cameras used by Civil Enforcement Officers.

3. The 7 Hik Vision units at Thamesbank Depot will be replaced when the depot CCTV is upgraded, which is expected to be completed in the 2025/26 financial year.

If you are unhappy with the way your request has been handled you may request an internal review within 40 working days. Should you remain dissatisfied you may then contact the Information Commissioner's Office.

Yours sincerely,

Kezia Mensah
Information Governance Officer
Royal Borough of Kingsmere
Guildhall, High Street, Kingsmere KT9 1EU

From: Lewis Achterberg <lewis.achterberg@gmail.com>
Sent: 01 August 2024 18:20
To: FOI <foi@kingsmere.gov.uk>
Subject: FOI - CCTV cameras

""" + quote(REQ) + "\n"

rows = "".join(f"<tr><td style='border:1px solid #000;padding:2px 6px'>{m}</td><td style='border:1px solid #000;padding:2px 6px;text-align:right'>{q}</td></tr>" for m, q in table)
html = f"""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Achterberg,</p>
<p>Our Ref: 24/FOI/03391</p>
<p>Thank you for your request for information received on 1 August 2024. Please find our response below.</p>
<table style="border-collapse:collapse">
<tr><th style='border:1px solid #000;padding:2px 6px;background:#ddd'>Manufacturer</th><th style='border:1px solid #000;padding:2px 6px;background:#ddd'>Quantity</th></tr>
{rows}
<tr><td style='border:1px solid #000;padding:2px 6px'><b>Total</b></td><td style='border:1px solid #000;padding:2px 6px;text-align:right'><b>{total}</b></td></tr>
</table>
<p>The above excludes 12 body worn cameras used by Civil Enforcement Officers.</p>
<p>3. The 7 Hik Vision units at Thamesbank Depot will be replaced when the depot CCTV is upgraded, which is expected to be completed in the 2025/26 financial year.</p>
<p>If you are unhappy with the way your request has been handled you may request an internal review within 40 working days. Should you remain dissatisfied you may then contact the Information Commissioner's Office.</p>
<p>Yours sincerely,</p>
<p>Kezia Mensah<br>Information Governance Officer<br>Royal Borough of Kingsmere<br>Guildhall, High Street, Kingsmere KT9 1EU</p>
<hr>
<p><b>From:</b> Lewis Achterberg &lt;lewis.achterberg@gmail.com&gt;<br><b>Sent:</b> 01 August 2024 18:20<br><b>To:</b> FOI &lt;foi@kingsmere.gov.uk&gt;<br><b>Subject:</b> FOI - CCTV cameras</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{H.escape(REQ).replace(chr(10), '<br>')}</blockquote>
</body></html>"""
m = new_mail('"FOI" <foi@kingsmere.gov.uk>', '"Lewis Achterberg" <lewis.achterberg@gmail.com>',
             "RE: FOI - CCTV cameras [24/FOI/03391]", dt(2024, 8, 28, 9, 46))
m.set_content(plain)
m.add_alternative(html, subtype="html")
save_mail("17", m)
add_label("17", "eml", "council", "foia", "yes", "no", "answered", [], total,
          "Questions 1 and 2 are answered only by a manufacturer/quantity table (Hikvision spelt 'Hik Vision', due for future replacement) whose total excludes body worn cameras, and the request is quoted below the answer.")
