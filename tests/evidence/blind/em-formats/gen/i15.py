from common import *

write_request("15", """
To Harrowfield Metropolitan Borough Council

I am asking for information on the cameras the council uses to tackle fly-tipping.

a) How many cameras does the council have for catching fly-tippers?
b) What make and model are they, and are any of them made by Hikvision?
c) Where are they currently deployed?
d) How many fixed penalty notices and prosecutions for fly-tipping have resulted from camera evidence in each year since 2020?

Thanks
Peter Szymanski
""")

html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Response - HMBC/EIR/24/1560</title>
<style>
body { font-family: Verdana, Geneva, sans-serif; font-size: 10pt; color: #222; }
table.hdr td { padding: 2px 10px 2px 0; font-size: 9pt; }
.caseref { color: #7a7a7a; font-size: 8pt; }
h3 { font-size: 11pt; margin-bottom: 4px; }
table.data { border-collapse: collapse; margin: 6px 0 12px 0; }
table.data td, table.data th { border: 1px solid #bbb; padding: 3px 9px; font-size: 9pt; }
</style>
</head>
<body>
<div class="caseref">Generated from CaseFlow 7 &nbsp;|&nbsp; Case HMBC/EIR/24/1560 &nbsp;|&nbsp; Template: EIR_PART_REFUSAL_v3 &nbsp;|&nbsp; Printed 21/11/2024 10:02</div>
<table class="hdr">
<tr><td><b>From:</b></td><td>Information Management Team, Harrowfield Metropolitan Borough Council, Civic Centre, Harrowfield HF1 2BB</td></tr>
<tr><td><b>To:</b></td><td>Mr P Szymanski</td></tr>
<tr><td><b>Our reference:</b></td><td>HMBC/EIR/24/1560</td></tr>
<tr><td><b>Date:</b></td><td>21 November 2024</td></tr>
</table>
<hr>
<p>Dear Mr Szymanski</p>
<p><b>Environmental Information Regulations 2004 &ndash; request for information</b></p>
<p>Thank you for your request, received on 24 October 2024. Because your request concerns measures to prevent and detect the unlawful deposit of waste, the Council has considered it under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.</p>

<h3>a) How many cameras does the council have for catching fly-tippers?</h3>
<p>The Council's Neighbourhood Enforcement Team currently has twelve cameras that are used for fly-tipping enforcement. Three of these are out of service awaiting repair by the supplier and the remainder are deployed on a rotating basis.</p>

<h3>b) What make and model are they, and are any of them made by Hikvision?</h3>
<h3>c) Where are they currently deployed?</h3>
<p>The Council is withholding this information under regulation 12(5)(b) of the EIR (the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature).</p>
<p>The effectiveness of covert and overt enforcement cameras depends on offenders not knowing where they are or what they look like. Disclosing the make and model would allow anyone to look up the appearance, range and night-vision capability of the units, and disclosing current locations would allow offenders simply to avoid those sites. Either disclosure would adversely affect the Council's ability to investigate and prosecute waste offences.</p>
<p>Regulation 12(5)(b) is subject to the public interest test in regulation 12(1)(b), and the Council must apply a presumption in favour of disclosure (regulation 12(2)). The Council accepts there is a public interest in transparency about surveillance equipment and the suppliers used by local authorities. However, there is a strong public interest in the effective enforcement of environmental law and in the Council being able to deter and detect fly-tipping, which costs council tax payers in excess of &pound;600,000 a year to clear. On balance the Council considers that the public interest in maintaining the exception outweighs the public interest in disclosure.</p>

<h3>d) Fixed penalty notices and prosecutions resulting from camera evidence</h3>
<table class="data">
<tr><th>Financial year</th><th>Fixed penalty notices</th><th>Prosecutions</th></tr>
<tr><td>2022/23</td><td>41</td><td>6</td></tr>
<tr><td>2023/24</td><td>58</td><td>9</td></tr>
<tr><td>2024/25 (to 31 October)</td><td>37</td><td>4</td></tr>
</table>
<p>The Council's case management system has only recorded whether a case originated from camera evidence since 1 April 2022. Before that date the information is not held, and regulation 12(4)(a) applies to the years 2020/21 and 2021/22.</p>

<p>This letter constitutes a refusal notice under regulation 14 of the EIR in respect of parts (b) and (c) and part of (d).</p>

<p><b>Internal review</b><br>
If you are dissatisfied with this response you may ask for an internal review under regulation 11 of the EIR. Please write to the Information Management Team within 40 working days of the date of this letter. If you remain dissatisfied you may apply to the Information Commissioner under section 50 of the Freedom of Information Act 2000 as applied by regulation 18 of the EIR.</p>

<p>Yours sincerely</p>
<p>Nadia Ferreira<br>Information Management Officer<br>Harrowfield Metropolitan Borough Council<br>Tel: 01632 960 887</p>
</body>
</html>
"""
open(out("15-reply.html"), "w", encoding="cp1252").write(html)
label("15", "html", "html", "council", "eir", "unknown", "unknown", "partially_answered", ["EIR 12(5)(b)", "EIR 12(4)(a)"], 12,
      "EIR case-system HTML export: count in words includes three out-of-service units; maker and locations withheld under 12(5)(b); 12(4)(a) for early years; regs 11, 12(1)(b), 14, 18 and FOIA s50 are not exemptions")
