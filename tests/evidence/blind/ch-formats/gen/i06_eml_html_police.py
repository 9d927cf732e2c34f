from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from common import out, write_request, add_label

NN = "06"
write_request(NN, """
Dear Information Management,

Please treat this as a request under FOIA. (1) How many CCTV cameras are there in the custody suites of Pennine Marches Constabulary? (2) Are any of those cameras or the associated recording equipment produced by Hikvision or Dahua? (3) If so, is there any plan to replace them, and by when?

Yours faithfully,
Owen Draycott
""")

html = """<html><head><meta charset="utf-8"><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt} .ref{color:#555} h3{color:#1f3864}
</style></head><body>
<p class="ref">Our reference: <b>FOI 001523/24</b><br>Date: 19/07/2024</p>
<p>Dear Mr Draycott,</p>
<p>I write in connection with your request for information received by Pennine Marches Constabulary on 21/06/2024, in which you asked about CCTV in custody suites (your questions reproduced in full below).</p>
<h3>Decision</h3>
<p>Pennine Marches Constabulary can neither confirm nor deny that it holds the information you have requested at questions 2 and 3 by virtue of the following exemptions:</p>
<ul><li>Section 24(2) &ndash; National Security</li><li>Section 31(3) &ndash; Law Enforcement</li></ul>
<p>In respect of question 1, the information is withheld under sections 24(1) and 31(1)(a)(b) of the Act.</p>
<p>Sections 24 and 31 are prejudice-based, qualified exemptions, requiring both evidence of harm and a public interest test.</p>
<h3>Harm</h3>
<p>Confirming the number, make or replacement schedule of custody CCTV would reveal the capability of the force to monitor detained persons and its vulnerability to known exploits in particular products. Disclosure under FOIA is disclosure to the world at large. Taken together with similar requests to other forces (a 'mosaic' effect), this would enable a picture of capability across the country to be built up.</p>
<h3>Public interest test</h3>
<p><i>Factors favouring confirmation or denial</i> &ndash; public debate about the security of equipment procured from certain overseas manufacturers; accountability for public funds.</p>
<p><i>Factors against</i> &ndash; the risk to the safety of detainees and staff; undermining the security of the police estate; assistance to those intent on criminal activity.</p>
<p>The balance lies in neither confirming nor denying, and in withholding the figures at question 1. No inference should be taken from this response as to whether the information is or is not held.</p>
<h3>Your questions</h3>
<p style="margin-left:20px;color:#444">(1) How many CCTV cameras are there in the custody suites of Pennine Marches Constabulary? (2) Are any of those cameras or the associated recording equipment produced by Hikvision or Dahua? (3) If so, is there any plan to replace them, and by when?</p>
<h3>Complaint rights</h3>
<p>If you are dissatisfied you can request an internal review within 40 working days by writing to Information Management, Force Headquarters, Cawdell Road, Skipbridge BD23 9XQ, or <a href="mailto:foi@pennine-marches.police.uk">foi@pennine-marches.police.uk</a>. Following an internal review you may apply to the Information Commissioner's Office.</p>
<p>Yours sincerely,</p>
<p><b>Priya Sandhu</b><br>Disclosure Officer<br>Information Management Unit<br>Pennine Marches Constabulary</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments may be confidential. If you are not the intended recipient please notify the sender and delete it. All communications may be monitored.</p>
</body></html>"""

m = EmailMessage()
m["From"] = "Information Management <foi@pennine-marches.police.uk>"
m["To"] = "Owen Draycott <owen.draycott@example.net>"
m["Subject"] = "Your Freedom of Information Request FOI 001523/24"
m["Date"] = format_datetime(datetime(2024, 7, 19, 11, 5, tzinfo=timezone.utc))
m["Message-ID"] = "<foi001523.24@pennine-marches.police.uk>"
m.set_content(html, subtype="html")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-html",
           "body_type": "police", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "refused", "exemptions": ["s24", "s31"], "camera_count": None,
           "note": "HTML-only e-mail; NCND on makers plus withheld count; request repeated inside the reply names both makers"})
