from lib import *

write_text("25-request.txt", """
Dear Kent County Council,

For every building the council owns or occupies (including schools, libraries, care homes and highways depots), please tell me how many CCTV cameras are installed, the make and model of each, and whether any are Hikvision or Dahua. Please also tell me the date each camera was installed.

Regards,
Callum Drury
""")

html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt">
<p>Dear Mr Drury</p>
<p><b>Freedom of Information Request &ndash; Ref: 15/24/1022</b></p>
<p>Thank you for your request for information received on 2 October 2024.</p>
<p>Kent County Council holds some of the information you have requested. However, I am writing to inform you that the Council estimates that the cost of complying with your request would exceed the appropriate limit of &pound;450 set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. This represents the estimated cost of one person spending 18 hours in determining whether the Council holds the information, and locating, retrieving and extracting it.</p>
<p>Section 12 of the Freedom of Information Act therefore applies and we are not obliged to comply with your request.</p>
<p>The Council does not hold a single register of CCTV equipment. Systems at our c.1,100 premises have been installed locally by individual services and, in the case of schools, by the schools themselves. To answer your request we would need to contact each site manager and, in many cases, arrange for a physical inspection of the equipment to identify its manufacturer and model. Even at a conservative estimate of 5 minutes per site this would take over 90 hours.</p>
<p><b>Advice and assistance</b><br>
You may wish to narrow your request, for example to a single service area (such as Libraries, Registration and Archives) or to the number of cameras at County Hall, Maidstone only. Please note that maintained schools and academies are separate public authorities for the purposes of FOI and you may wish to contact them directly.</p>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Information Resilience &amp; Transparency Team, Room 2.71, Sessions House, County Hall, Maidstone ME14 1XQ or emailing <a href="mailto:freedomofinformation@kent.gov.uk">freedomofinformation@kent.gov.uk</a>. If you remain dissatisfied you may contact the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Siobhan Kemble<br>Information Access Officer<br>Kent County Council</p>
</body></html>"""
data = eml_bytes("freedomofinformation@kent.gov.uk", "Callum Drury <callum.drury@fastmail.co.uk>",
                 "FOI 15/24/1022 - section 12 refusal", dt(2024, 10, 29, 12, 2), html=html)
write_bytes("25-reply.eml", data)
add_label(path="25-reply.eml", request_file="25-request.txt", format="eml", body_type="council",
          law="foia", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"],
          camera_count=None, note="Whole-request cost-limit refusal in an HTML-only email; the '1,100 premises' and '90 hours' figures are not camera counts.")
