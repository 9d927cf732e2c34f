import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '17'
write_request(NN, """
Dear East Midlands Ambulance Service NHS Trust,

Under the Freedom of Information Act 2000:

1) How many CCTV cameras are installed at Trust premises (ambulance stations, hubs, control rooms and HQ)?
2) Which manufacturers are they?
3) Are any made by Hikvision?
4) Are any made by Dahua?

Thanks,
Graham Pettifer
""")

html = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Disclosure log - November 2024 - East Midlands Ambulance Service NHS Trust</title>
<meta name="description" content="Responses to Freedom of Information requests published by EMAS, November 2024">
<link rel="stylesheet" href="/wp-content/themes/emas/style.css">
</head>
<body class="wp-page template-foi">
<header>
 <div class="nhs-logo"><a href="/"><img src="/wp-content/themes/emas/img/emas-logo.png" alt="East Midlands Ambulance Service NHS Trust"></a></div>
 <ul class="topnav"><li><a href="/about-us/">About us</a></li><li><a href="/join-us/">Join us</a></li><li><a href="/news/">News</a></li><li><a href="/contact-us/">Contact</a></li></ul>
</header>
<div class="container">
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/about-us/">About us</a> &rsaquo; <a href="/about-us/foi/">Freedom of Information</a> &rsaquo; Disclosure log - November 2024</nav>
<h1>Disclosure log &ndash; November 2024</h1>
<p>The Trust publishes a selection of responses to requests made under the Freedom of Information Act 2000. Personal information has been removed. Select a request to read the response.</p>

<div class="accordion">

<details class="foi-item">
<summary><span class="ref">FOI 24/1162</span> Agency and bank spend 2023/24</summary>
<div class="foi-body">
<p><strong>Request:</strong> Please provide total spend on agency paramedics and bank staff for 2023/24.</p>
<p><strong>Response:</strong> Agency spend (paramedics): &pound;1,184,220. Bank spend (all staff groups): &pound;6,902,415.</p>
</div>
</details>

<details class="foi-item">
<summary><span class="ref">FOI 24/1175</span> Forward-facing cameras on ambulances</summary>
<div class="foi-body">
<p><strong>Request:</strong> Do your vehicles have dashcams or forward facing cameras? How many vehicles?</p>
<p><strong>Response:</strong> Yes. All 612 frontline A&amp;E vehicles are fitted with a vehicle camera system (forward, rear and saloon views) supplied by the Trust&rsquo;s vehicle conversion partner. Footage is retained for 31 days unless required for an investigation.</p>
</div>
</details>

<details class="foi-item" open>
<summary><span class="ref">FOI 24/1187</span> CCTV at Trust premises</summary>
<div class="foi-body">
<p><strong>Request:</strong></p>
<ol>
<li>How many CCTV cameras are installed at Trust premises (ambulance stations, hubs, control rooms and HQ)?</li>
<li>Which manufacturers are they?</li>
<li>Are any made by Hikvision?</li>
<li>Are any made by Dahua?</li>
</ol>
<p><strong>Response:</strong></p>
<ol>
<li>318 fixed cameras. This does not include vehicle cameras.</li>
<li>The Trust&rsquo;s estate CCTV system uses Avigilon cameras with the exception of a small number of older analogue cameras at stations awaiting upgrade, which are Honeywell and Samsung.</li>
<li>No.</li>
<li>No Dahua cameras are in use. Legacy Dahua DVRs remain in use at three ambulance stations (Skegness, Louth and Boston) and are scheduled for replacement by March 2026 as part of the estates CCTV programme.</li>
</ol>
</div>
</details>

<details class="foi-item">
<summary><span class="ref">FOI 24/1190</span> Handover delays at Lincoln County Hospital</summary>
<div class="foi-body">
<p><strong>Request:</strong> Number of handovers over 60 minutes at Lincoln County Hospital, October 2024.</p>
<p><strong>Response:</strong> 1,046 handovers exceeded 60 minutes in October 2024.</p>
</div>
</details>

<details class="foi-item">
<summary><span class="ref">FOI 24/1203</span> Software licences - Microsoft</summary>
<div class="foi-body">
<p><strong>Request:</strong> Number of Microsoft 365 licences held by the Trust.</p>
<p><strong>Response:</strong> This information is available via the NHSmail national agreement. The Trust holds 4,880 E3 licences through that agreement.</p>
</div>
</details>

</div>

<p class="foi-footer">If you would like to make a Freedom of Information request, please email <a href="mailto:foi@emas-example.nhs.uk">foi@emas-example.nhs.uk</a>. If you are dissatisfied with a response you can request an internal review, and then complain to the Information Commissioner&rsquo;s Office.</p>
</div>
<footer>
 <p>East Midlands Ambulance Service NHS Trust, Trust Headquarters, 1 Horizon Place, Mellors Way, Nottingham Business Park, Nottingham NG8 6PY</p>
 <p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | <a href="/cookies/">Cookies</a></p>
</footer>
</body>
</html>
"""
with open(out(f'{NN}-reply.html'), 'w', encoding='utf-8') as f:
    f.write(html)
put_label({"path": f"{NN}-reply.html", "request_file": f"{NN}-request.txt", "format": "html",
           "body_type": "nhs", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "answered", "exemptions": [], "camera_count": 318,
           "note": "monthly disclosure-log page with several unrelated entries (one counts 612 vehicle cameras); the CCTV entry denies Dahua cameras but says Dahua DVRs remain in use until March 2026, and the Honeywell named is not Honeywell HQA"})
