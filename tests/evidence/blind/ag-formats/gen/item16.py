from lib import *
from pdflib import Letter
NN = "16"
write_request(NN, """Dear Betsi Cadwaladr University Health Board,

(a) How many CCTV cameras does the Health Board operate across its hospitals and community sites?
(b) Does the Health Board use any CCTV equipment made by Hikvision or Dahua?
(c) If so, how many of each, and at which sites?
(d) Has the Health Board considered removing such equipment on security grounds?

Yours faithfully,
Siân Edwards
""")
L = Letter(head="Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board", foot="FOI/25/0719")
L.letterhead("Betsi Cadwaladr University Health Board", ["Corporate Office, Ysbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW", "BCU.FOI@wales.nhs.uk"])
L.p("Ms S Edwards", gap=3)
L.p("Ref: FOI/25/0719\n22 July 2025", gap=4)
L.p("Dear Ms Edwards,")
L.p("Re: Freedom of Information Act 2000 Request", style="B")
L.p("Your request for information has now been considered and the Health Board's response is below.")
L.p("(a) c. 850 cameras. The Health Board does not maintain a single register and this figure is an estimate provided by the Estates and Facilities security leads for the East, Central and West areas.")
L.p("(b) Yes.")
L.p("(c) We can confirm that approximately 120 units are Hikvision. We are not able to disclose the sites at which these are installed. This information is exempt under section 31(1)(a) of the Act (prevention or detection of crime), as identifying the locations of equipment with publicly known vulnerabilities would make those sites more vulnerable to criminal activity, including theft of drugs and equipment and unauthorised access to clinical areas. In applying this exemption the Health Board has balanced the public interest in transparency against the public interest in the safety and security of patients, staff and property, and has concluded that the latter outweighs disclosure in this case.")
L.p("(d) The Health Board is following the guidance issued by Welsh Government and NHS Wales Shared Services Partnership in relation to surveillance equipment at sensitive sites. Replacement will be considered as part of the capital programme.")
L.p("If you are not satisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (wales@ico.org.uk).")
L.p("Yours sincerely,", gap=6)
L.p("Information Governance Department\nBetsi Cadwaladr University Health Board")
pdf = bytes(L.output())
text = """Dear Ms Edwards,

Please find attached the response to your recent FOI request.

Kind regards / Cofion cynnes,

Gwenllian Pugh
Swyddog Rhyddid Gwybodaeth | Freedom of Information Officer
Bwrdd Iechyd Prifysgol Betsi Cadwaladr | Betsi Cadwaladr University Health Board

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
"""
html = """<html><body style="font-family:Arial;font-size:10pt"><p>Dear Ms Edwards,</p><p>Please find attached the response to your recent FOI request.</p><p>Kind regards / Cofion cynnes,</p><p><b>Gwenllian Pugh</b><br>Swyddog Rhyddid Gwybodaeth | Freedom of Information Officer<br>Bwrdd Iechyd Prifysgol Betsi Cadwaladr | Betsi Cadwaladr University Health Board</p><p style="color:#006"><i>Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.</i></p></body></html>"""
eml(NN, "BCU FOI <BCU.FOI@wales.nhs.uk>", "sian.edwards.cymru@gmail.com", "FOI/25/0719 - Response",
    dt(2025, 7, 22, 16, 40, 1), text, html=html,
    attachments=[("FOI 25-0719 Response.pdf", pdf, "application", "pdf")])
append_label(NN, "eml", "nhs", "foia", "yes", "unknown", "partially_answered", ["s31"], 850,
             "The answer is in an attached PDF; a 'Yes' to the joint Hikvision-or-Dahua question is resolved only for Hikvision, leaving Dahua unknown, and the count is a 'c.' estimate with locations withheld under s31.")
