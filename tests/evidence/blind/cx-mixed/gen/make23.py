from email.message import EmailMessage
text = """Dear Mr Lusk

Your FOI request (ref. WT-FOI-2024-0263) - our response:

1. 146
2. No
3. No
4. Not held - the system was installed in phases from 2008 by the former Passenger Transport Authority and the original costs were not retained when records were migrated.

Internal review: reply to this email within 40 working days. ICO: ico.org.uk.

Regards
Lesley Dunn
Information Governance, Wearside Travel (Wearside Passenger Transport Executive)
Interchange House, Park Lane, Sunderby SD1 3QF
"""
html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Lusk</p>
<p>Your FOI request (ref. WT-FOI-2024-0263) - our response:</p>
<ol><li>146</li><li>No</li><li>No</li>
<li>Not held - the system was installed in phases from 2008 by the former Passenger Transport Authority and the original costs were not retained when records were migrated.</li></ol>
<p>Internal review: reply to this email within 40 working days. ICO: ico.org.uk.</p>
<p>Regards<br>Lesley Dunn<br>Information Governance, Wearside Travel (Wearside Passenger Transport Executive)<br>Interchange House, Park Lane, Sunderby SD1 3QF</p>
</body></html>"""
m = EmailMessage()
m["From"] = "FOI - Wearside Travel <foi@wearsidetravel.example.gov.uk>"
m["To"] = "kieran.lusk@proton.example.me"
m["Subject"] = "Your FOI request WT-FOI-2024-0263"
m["Date"] = "Mon, 15 Jul 2024 09:12:44 +0100"
m["Message-ID"] = "<WT-FOI-2024-0263.1721031164@wearsidetravel.example.gov.uk>"
m.set_content(text, cte="base64")
m.add_alternative(html, subtype="html", cte="base64")
open("/work/blind/cx-mixed/23-reply.eml", "wb").write(bytes(m))
