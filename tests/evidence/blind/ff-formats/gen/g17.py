from helpers import *

write_text("17-request.txt", """
Dear FOI team at Thamesmead Riverside Hospitals NHS Trust,

1. What is the total number of CCTV cameras operated by the Trust?
2. How many are made by Hikvision?
3. How many are made by Dahua?
4. Does the Trust have plans to replace any Hikvision or Dahua cameras?
5. Have any Hikvision or Dahua cameras been installed since November 2022?

Regards,
Chidi Eze
""")

html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Thamesmead Riverside Hospitals NHS Trust - FOI Disclosure Log - May 2024</title>
<style type="text/css">
body { font-family: Verdana, Arial, sans-serif; font-size: 12px; }
table.foi { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
table.foi td, table.foi th { border: 1px solid #999; padding: 4px; vertical-align: top; }
table.foi th { background: #005EB8; color: #fff; text-align: left; }
</style>
</head>
<body>
<div id="header"><img src="/images/trh-nhs-logo.gif" alt="Thamesmead Riverside Hospitals NHS Trust" width="300" height="60" /></div>
<div id="leftnav">
<ul><li><a href="/about-us/">About us</a></li><li><a href="/about-us/foi/">Freedom of Information</a></li>
<li><a href="/about-us/foi/disclosure-log/">Disclosure log</a></li><li><a href="/about-us/foi/publication-scheme/">Publication scheme</a></li></ul>
</div>
<div id="content">
<h1>Disclosure Log &ndash; May 2024</h1>
<p>The following responses were issued by the Trust in May 2024. Personal information about requesters has been removed.</p>

<table class="foi">
<tr><th colspan="2">FOI/24/0519 &ndash; Car parking income &ndash; Date of response: 03/05/2024</th></tr>
<tr><td width="45%">What was the Trust's income from patient and visitor car parking in 2023/24?</td><td>&pound;2,418,966</td></tr>
<tr><td>How many disabled parking bays are there at Riverside General Hospital?</td><td>84</td></tr>
</table>

<table class="foi">
<tr><th colspan="2">FOI/24/0533 &ndash; CCTV &ndash; Date of response: 10/05/2024</th></tr>
<tr><td width="45%"><b>Request</b></td><td><b>Response</b></td></tr>
<tr><td>1. What is the total number of CCTV cameras operated by the Trust?</td><td>288</td></tr>
<tr><td>2. How many are made by Hikvision?</td><td>3 Hikvison units at the Riverside General multi-storey car park. These are legacy units due to be replaced when the car park refurbishment is completed in 2026.</td></tr>
<tr><td>3. How many are made by Dahua?</td><td>None</td></tr>
<tr><td>4. Does the Trust have plans to replace any Hikvision or Dahua cameras?</td><td>See response to question 2.</td></tr>
<tr><td>5. Have any Hikvision or Dahua cameras been installed since November 2022?</td><td>No</td></tr>
</table>

<table class="foi">
<tr><th colspan="2">FOI/24/0541 &ndash; Agency nursing spend &ndash; Date of response: 14/05/2024</th></tr>
<tr><td width="45%">Total spend on agency nursing staff in 2023/24</td><td>&pound;11.3m</td></tr>
</table>

<p>If you would like a copy of any response in full, including any attachments, please contact <a href="mailto:trh-tr.foi@nhs.net">trh-tr.foi@nhs.net</a> quoting the reference number.</p>
</div>
<div id="footer">&copy; Thamesmead Riverside Hospitals NHS Trust | Riverside General Hospital, Wharf Road, London SE28 0QT | Switchboard 020 7946 0152</div>
</body>
</html>
"""
write_text("17-reply.html", html)
label(17, "html", "nhs", "foia", "yes", "no", "answered", [], 288,
      "Disclosure-log month page holding three unrelated FOI responses; the CCTV one has a misspelt 'Hikvison' (3 legacy units to be replaced in 2026, still in use now) and 'None' for Dahua.")
note(17, "HTML disclosure log page (several FOIs on one page), NHS; 288; 'Hikvison' x3 due for replacement 2026 -> yes; Dahua None. Medium-hard.")
