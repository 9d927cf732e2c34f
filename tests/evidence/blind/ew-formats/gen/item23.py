from common import write_request, add_label, out
from email.message import EmailMessage

NN = "23"
REQ = """Dear Northumbrian Fells Police,

Under the Freedom of Information Act 2000, please tell me:

1. How many CCTV cameras are installed in your custody suites?
2. Are any of the cameras in your custody suites made by Hikvision?
3. Are any made by Dahua?
4. Since November 2022, has the force removed any cameras made by Chinese manufacturers from its premises?

Kind regards,
Harriet Swindells"""
write_request(NN, REQ)

quoted = "<br>".join(REQ.splitlines())
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{{margin:0 0 8pt 0;font-family:Arial;font-size:10pt}} td{{font-family:Arial;font-size:10pt;vertical-align:top;padding:4pt}}</style></head>
<body>
<p><b>OFFICIAL</b></p>
<p>Dear Ms Swindells,</p>
<p><b>Freedom of Information Request Reference No: NFP-FOI-2024-1550</b></p>
<p>I write in connection with your request for information received on 2 September 2024 concerning CCTV in custody suites.</p>
<p>Having considered your request, I am writing to inform you that Northumbrian Fells Police is unable to provide the information you have requested.</p>
<table border="1" cellspacing="0" cellpadding="0" width="100%">
<tr><td width="8%"><b>Q</b></td><td width="92%"><b>Decision</b></td></tr>
<tr><td>1</td><td>Information held &ndash; exempt. Section 24(1) National Security, Section 31(1)(a)(b) Law Enforcement, Section 38(1)(a)(b) Health &amp; Safety.</td></tr>
<tr><td>2 &ndash; 4</td><td>Neither confirm nor deny. Section 24(2) National Security, Section 31(3) Law Enforcement, Section 38(2) Health &amp; Safety.</td></tr>
</table>
<p>&nbsp;</p>
<p><b>Evidence of harm</b></p>
<p>Custody suites hold detained persons, many of whom are vulnerable. The coverage provided by CCTV within a custody suite is a key safeguard for detainees and staff. Disclosure of the number of cameras would reveal the extent of that coverage and, by inference, areas that are not covered. Confirming or denying whether equipment from particular manufacturers is in use, or has been removed, would allow those with criminal intent, or hostile state actors, to target known vulnerabilities in that equipment.</p>
<p>When assessing whether or not information should be disclosed, the force must consider that a disclosure under FOI is a disclosure to the world at large.</p>
<p><b>Public interest test</b></p>
<p>Factors favouring disclosure: openness and transparency about how public money is spent, and public interest in the security of police premises in light of recent media reporting.</p>
<p>Factors favouring non-disclosure: the safety of detainees and staff; the security of the police estate; the cumulative effect of similar disclosures by other forces.</p>
<p>Balance: the public interest lies in maintaining the exemptions. This should not be taken as conclusive evidence that any information relevant to questions 2 to 4 exists or does not exist.</p>
<p>This email serves as a Refusal Notice under section 17 of the Act.</p>
<p>You may request an internal review within 40 working days by replying to this email. If you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yours sincerely,</p>
<p>Paul Heseltine<br>Freedom of Information Decision Maker<br>Information Compliance Unit | Northumbrian Fells Police<br>Fellside House, Kendal Road, Penrith CA11 7XQ</p>
<p style="color:#777;font-size:8pt">This email is intended for the addressee only. If you are not the intended recipient please notify the sender and delete it. Any opinions expressed are those of the author and do not necessarily represent the views of Northumbrian Fells Police.</p>
<hr>
<p><b>From:</b> Harriet Swindells &lt;h.swindells.foi@example.net&gt;<br><b>Sent:</b> 02 September 2024 08:14<br><b>To:</b> FOI &lt;foi@nfells.police.uk&gt;<br><b>Subject:</b> Freedom of Information request - CCTV in custody suites</p>
<p>{quoted}</p>
</body></html>"""

m = EmailMessage()
m["From"] = "FOI <foi@nfells.police.uk>"
m["To"] = "Harriet Swindells <h.swindells.foi@example.net>"
m["Date"] = "Mon, 30 Sep 2024 16:22:10 +0100"
m["Subject"] = "RE: Freedom of Information request - CCTV in custody suites [OFFICIAL]"
m["Message-ID"] = "<CWXP265MB5551B4E2A@nfells.police.uk>"
m.set_content(html, subtype="html")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
add_label(NN, "eml", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31", "s38"], None,
          "HTML-only e-mail with the decision in a small table (exempt for Q1, NCND for Q2-4 under "
          "s24/s31/s38) and the quoted request, naming Hikvision and Dahua, below the signature.")
