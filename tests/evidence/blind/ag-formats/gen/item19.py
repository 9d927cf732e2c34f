from lib import *
NN = "19"
write_request(NN, """Dear Scottish Government,

Under FOISA, please provide:

Q1. The number of CCTV cameras in each building occupied by the Scottish Government.
Q2. Whether any of those cameras are made by Hikvision.
Q3. Whether any of those cameras are made by Dahua.
Q4. Any advice received from the NPSA or NCSC about Chinese-made surveillance equipment.

Regards,
Morag Sinclair
""")
bld = [("St Andrew's House, Edinburgh", 74), ("Victoria Quay, Edinburgh", 96), ("Saughton House, Edinburgh", 41),
       ("Atlantic Quay, Glasgow", 52), ("Marine Laboratory, Aberdeen", 23)]
tot = sum(b[1] for b in bld)
tbl_txt = "\n".join(f"  {n:<34}{c:>5}" for n, c in bld) + f"\n  {'Total':<34}{tot:>5}"
intro = """Dear Ms Sinclair

Request under the Freedom of Information (Scotland) Act 2002 (FOISA) - Our ref: FOI/202500451237

Thank you for your request dated 2 June 2025. I enclose a copy of some of the information you requested."""
q1b = """Where the Scottish Government occupies space in a building owned and managed by another organisation (for example a landlord, another public body or a PFI provider), the CCTV is that organisation's and we do not hold information about it. Under section 17(1) of FOISA I confirm that we do not hold information on the cameras in those buildings."""
q23 = """Q2. No. The Scottish Government's core estate no longer has any Hikvision cameras; the last were replaced during 2023.

Q3. None."""
q4 = """Q4. An exemption applies to the advice you have requested. We are withholding it under section 31(1) (national security) and section 30(c) (prejudice to effective conduct of public affairs) of FOISA. Disclosure of security advice received from national technical authorities could reveal the nature of threats and vulnerabilities assessed in respect of the Government estate and would be of use to hostile actors. These exemptions are subject to the public interest test. Taking account of all the circumstances of this case, we have concluded that on balance the public interest in disclosing the information is outweighed by the public interest in applying the exemptions."""
tail = """Your right to request a review
If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Corporate Transformation and Workplace, Scottish Government, Victoria Quay, Edinburgh EH6 6QQ. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter.

If our review does not answer your request to your satisfaction, you may apply to the Scottish Information Commissioner for a decision.

Yours sincerely

Alasdair Gunn
Workplace Security Unit
Scottish Government

**********************************************************************
This e-mail (and any files or other attachments transmitted with it) is intended solely for the attention of the addressee(s). Communications with the Scottish Government may be monitored or recorded in order to secure the effective operation of the system and for other lawful purposes.
**********************************************************************"""
text = f"""{intro}

Q1. The Scottish Government's core estate buildings have the following numbers of CCTV cameras:

{tbl_txt}

{q1b}

{q23}

{q4}

{tail}
"""
esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
P = lambda s: "".join("<p>" + esc(x).replace("\n", "<br>") + "</p>" for x in s.split("\n\n"))
rows = "".join(f"<tr><td>{esc(n)}</td><td align='right'>{c}</td></tr>" for n, c in bld)
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:11pt">{P(intro)}
<p>Q1. The Scottish Government's core estate buildings have the following numbers of CCTV cameras:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr style="background:#dde"><th>Building</th><th>Cameras</th></tr>{rows}<tr><td><b>Total</b></td><td align='right'><b>{tot}</b></td></tr></table>
{P(q1b)}{P(q23)}{P(q4)}{P(tail)}</body></html>"""
eml(NN, "Workplace Security FOI <WSUFOI@gov.scot>", "Morag Sinclair <morag.sinclair@btinternet.com>",
    "FOI/202500451237 - CCTV cameras", dt(2025, 6, 30, 12, 18, 1), text, html=html)
append_label(NN, "eml", "scottish_gov", "foisa", "no", "no", "partially_answered", ["s17", "s31", "s30"], tot,
             "A FOISA reply giving a core-estate table with a total, past-tense removal of Hikvision, a s17 not-held notice for tenanted buildings and withholding of security advice under ss31 and 30(c).")
