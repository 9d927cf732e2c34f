from lib import *
import re, html as H_
NN = "11"
write_request(NN, """
Dear Pennine Learning Partnership,

I'm making a Freedom of Information request about CCTV in the trust's academies.

1. How many CCTV cameras are there across all of the trust's schools?
2. What brand are the cameras?
3. Are any of them Hikvision or Dahua?

Many thanks
Joanna Frith
""")
html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<div>Dear Ms Frith,</div><br>
<div>Thank you for your Freedom of Information request received on 2 February 2024, which has been passed to me as the Trust's Data Protection and FOI lead.</div><br>
<div>Please see our answers below.</div><br>
<div><b>1. Number of CCTV cameras</b></div>
<table style="border-collapse:collapse;font-size:13px" border="1" cellpadding="5">
<thead><tr style="background:#2f5597;color:white"><th>Academy</th><th>Cameras</th><th>Brand</th></tr></thead>
<tbody>
<tr><td>Oakfield Academy</td><td align="right">24</td><td>HiLook</td></tr>
<tr><td>Brookside Primary Academy</td><td align="right">9</td><td>HiLook</td></tr>
<tr><td>St Wilfrid's Catholic Academy</td><td align="right">31</td><td>Hanwha Vision</td></tr>
<tr><td>Trust Central Office (Tenter House)</td><td align="right">3</td><td>Hanwha Vision</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>67</b></td><td></td></tr>
</tbody></table><br>
<div><b>2. Brand</b></div>
<div>As shown in the table above.</div><br>
<div><b>3. Hikvision or Dahua</b></div>
<div>The Trust does not have any cameras branded Hikvision or Dahua.</div><br>
<div>If you are not satisfied with our response you can request an internal review by replying to this email within 40 working days. If you are still not satisfied after that you can contact the Information Commissioner's Office at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.</div><br>
<div>Kind regards,</div><br>
<div><b>Mark Hebblethwaite</b><br>Data Protection Officer &amp; FOI Lead<br>Pennine Learning Partnership<br>Tenter House, Halifax Road, Todbridge OL14 6JH<br>01706 419 300</div>
<div style="color:#7f7f7f;font-size:10px"><br>Pennine Learning Partnership is a charitable company limited by guarantee registered in England and Wales, company number 08833412. This email and any files transmitted with it are confidential.</div>
</body></html>"""
text = H_.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</t[dh]>", "\t", re.sub(r"</(div|tr|table)>|<br>", "\n", html))))
text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
write_eml(out(f"{NN}-reply.eml"), frm="Mark Hebblethwaite <dpo@pennine-lp.org.uk>", to="Joanna Frith <jfrith.requests@example.net>",
          subject="Re: Freedom of Information request - CCTV cameras in academies",
          date=datetime.datetime(2024, 2, 27, 9, 14, tzinfo=datetime.timezone.utc), html=html, text=text,
          in_reply_to="<CAF3x9k2Qe8_frith@mail.example.net>")
label(NN, "eml", "academy", "foia", "yes", "no", "answered", [], 67,
      "says no cameras are 'branded Hikvision or Dahua' while the table lists HiLook (a Hikvision brand); makers list is complete")
