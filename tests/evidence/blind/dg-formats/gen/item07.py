from common import *

NN = "07"
write_request(NN, """
Hello,

Freedom of Information request to Marchshire Fire and Rescue Service.

1. How many CCTV cameras does the Service operate across its fire stations and headquarters?
2. Are any of them made by Hikvision or Dahua?
3. Are your fire appliances fitted with vehicle cameras?
4. Which companies supply / maintain these systems?

Regards,
Ben Achterberg
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Request FOI-MFRS-2024-0655 | Marchshire Fire and Rescue Service – Information Request Portal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/portal/assets/css/govuk-frontend.min.css">
<style>
 body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c}
 header{background:#b10e1e;color:#fff;padding:12px 30px}
 header a{color:#fff}
 .wrap{max-width:960px;margin:0 auto;padding:20px 30px}
 .field{margin:0 0 18px 0}
 .field label{display:block;font-weight:bold;margin-bottom:4px}
 .field .value{border:1px solid #b1b4b6;background:#f3f2f1;padding:8px;white-space:pre-wrap}
 .status{display:inline-block;background:#00703c;color:#fff;padding:2px 8px;font-size:14px}
 nav.crumbs{font-size:14px;margin-bottom:14px}
 footer{border-top:1px solid #b1b4b6;font-size:13px;padding:16px 30px;color:#505a5f}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<header>
 <a href="/portal/">Marchshire Fire and Rescue Service</a> &nbsp;|&nbsp; Information Request Portal
 <span style="float:right"><a href="/portal/account">My account</a> · <a href="/portal/logout">Sign out</a></span>
</header>
<div class="wrap">
<nav class="crumbs"><a href="/portal/">Home</a> &gt; <a href="/portal/requests">My requests</a> &gt; FOI-MFRS-2024-0655</nav>
<h1>Request FOI-MFRS-2024-0655</h1>
<p>Status: <span class="status">Closed – information provided</span></p>

<form id="caseView" action="#" method="post" onsubmit="return false;">
<fieldset disabled>
<legend><h2>Request details</h2></legend>
<div class="field"><label for="rtype">Request type</label><div class="value" id="rtype">Freedom of Information</div></div>
<div class="field"><label for="rcv">Date received</label><div class="value" id="rcv">02/09/2024</div></div>
<div class="field"><label for="due">Response due</label><div class="value" id="due">30/09/2024</div></div>
<div class="field"><label for="subj">Subject</label><div class="value" id="subj">CCTV cameras – stations and HQ</div></div>
</fieldset>

<fieldset disabled>
<legend><h2>Our response</h2></legend>
<div class="field"><label for="a1">Q1. How many CCTV cameras does the Service operate across its fire stations and headquarters?</label>
<div class="value" id="a1">Approximately 60 fixed CCTV cameras across our 23 fire stations, Service Headquarters and the Training Centre.</div></div>
<div class="field"><label for="a2">Q2. Are any of them made by Hikvision or Dahua?</label>
<div class="value" id="a2">No.</div></div>
<div class="field"><label for="a3">Q3. Are your fire appliances fitted with vehicle cameras?</label>
<div class="value" id="a3">Yes. All 31 front-line appliances are fitted with forward facing and 360&deg; manoeuvring camera systems.</div></div>
<div class="field"><label for="a4">Q4. Which companies supply / maintain these systems?</label>
<div class="value" id="a4">Fixed CCTV: installed and maintained by Chubb Fire &amp; Security Ltd.
Vehicle cameras: Brigade Electronics Group plc.</div></div>
</fieldset>

<fieldset disabled>
<legend><h2>Attachments</h2></legend>
<p>No attachments.</p>
</fieldset>
</form>

<h2>Not happy with our response?</h2>
<p>You can ask for an internal review within 40 working days of the date of our response by selecting
<a href="/portal/requests/FOI-MFRS-2024-0655/review">Request an internal review</a>. If you remain dissatisfied after the
review you may complain to the Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF,
<a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.</p>
<p>Response issued by: Information Governance Team, 26/09/2024 14:07</p>
</div>
<footer>&copy; Marchshire Fire and Rescue Service 2024 · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility statement</a> · <a href="/cookies">Cookies</a></footer>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)
add_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html", body_type="fire", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=60,
          note="Web-portal case page; bare 'No' to a joint Hikvision-or-Dahua question; approximate count; appliance cameras are not the CCTV count.")
