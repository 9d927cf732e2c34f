from lib import *

write_text("17-request.txt", """
To: NHS Highland FOI

Freedom of Information (Scotland) Act 2002 request.

1. How many CCTV cameras does NHS Highland operate across its hospitals and health centres?
2. Please list the manufacturers of these cameras.
3. Are any of these cameras made by Hikvision?
4. Are any of these cameras made by Dahua?

Thank you,
Euan MacAskill
""")

html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI 2024-00781 response</title>
<style>body{font-family:Arial,sans-serif;max-width:780px;margin:auto} h1{font-size:16pt;color:#005eb8} .ref td{padding:2px 12px 2px 0} .q{font-weight:bold;margin-top:14px}</style>
</head><body>
<p style="text-align:right"><img src="cid:nhshighland-logo" alt="NHS Highland"><br>
Board Headquarters<br>Assynt House, Beechwood Park<br>Inverness IV2 3BW</p>
<table class="ref">
<tr><td>Our ref:</td><td>FOI 2024-00781</td></tr>
<tr><td>Date:</td><td>6 June 2024</td></tr>
<tr><td>Enquiries to:</td><td>Freedom of Information Team</td></tr>
<tr><td>Email:</td><td>nhsh.foirequests@nhs.scot</td></tr>
</table>
<p>Dear Mr MacAskill</p>
<h1>Freedom of Information (Scotland) Act 2002 &ndash; Response</h1>
<p>I refer to your request for information, which we received on 9 May 2024. Please see below our response.</p>

<p class="q">1. How many CCTV cameras does NHS Highland operate across its hospitals and health centres?</p>
<p>NHS Highland operates approximately 650 CCTV cameras across its estate.</p>

<p class="q">2. Please list the manufacturers of these cameras.</p>
<p>NHS Highland does not hold a central record of the manufacturer of each camera. CCTV at many of our smaller sites was installed as part of building projects over a number of years and the make of camera was not recorded. For the purposes of section 17 of the Freedom of Information (Scotland) Act 2002, this letter constitutes a formal notice that NHS Highland does not hold a complete list of manufacturers.</p>
<p>Estates records do exist for Raigmore Hospital, Belford Hospital and the new National Treatment Centre (Highland). For those sites the cameras are manufactured by Axis, Hanwha and Hikvision.</p>

<p class="q">3. Are any of these cameras made by Hikvision?</p>
<p>Please see our response to question 2.</p>

<p class="q">4. Are any of these cameras made by Dahua?</p>
<p>Not at the sites referred to in our answer to question 2. For other sites, please refer to the section 17 notice above.</p>

<p>If you are dissatisfied with the way we have handled your request, you have the right to ask us to review our actions and decisions by emailing nhsh.foirequests@nhs.scot within 40 working days. If you are not satisfied with the outcome of the review, you can apply to the Scottish Information Commissioner. You can contact the Commissioner at: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal.</p>
<p>NHS Highland publishes FOI responses in its disclosure log. Your personal details will be removed before publication.</p>
<p>Yours sincerely</p>
<p>Fiona Urquhart<br>Freedom of Information Officer</p>
</body></html>"""
text = """Dear Mr MacAskill

Please find attached our response to your Freedom of Information request ref FOI 2024-00781.

Kind regards
FOI Team
NHS Highland
"""
data = eml_bytes("NHS Highland FOI <nhsh.foirequests@nhs.scot>", "Euan MacAskill <emacaskill@protonmail.com>",
                 "FOI 2024-00781 - CCTV - Response", dt(2024, 6, 6, 16, 20), text=text,
                 attachments=[("FOI 2024-00781 Response.html", html.encode("utf-8"), "text", "html")])
write_bytes("17-reply.eml", data)
add_label(path="17-reply.eml", request_file="17-request.txt", format="eml", body_type="nhs",
          law="foisa", hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=["s17"],
          camera_count=650, note="Reply in an attached HTML letter; makers only known for some sites (Hikvision among them, Dahua not there), rest under a FOISA s17 not-held notice, so Dahua stays unknown.")
