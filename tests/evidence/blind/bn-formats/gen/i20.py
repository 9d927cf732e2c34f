from common import *

NN = "20"
write_request(NN, """
Dear Wiltshire Police,

Please provide:
1. The number of fixed ANPR cameras operated by the force.
2. The manufacturer(s) of these ANPR cameras.
3. Whether any ANPR cameras are manufactured by Hikvision or Dahua.
4. A list of ANPR camera locations.

Many thanks,
Alex Tomlinson
""")
html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>ANPR cameras – manufacturers and numbers | Disclosure log | Wiltshire Police</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.min.css">
</head>
<body class="page-disclosure">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/img/wiltshire-police-logo.svg" alt="Wiltshire Police"></a></div>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/report">Report</a></li><li><a href="/contact">Contact us</a></li>
      <li><a href="/advice">Advice and information</a></li><li><a href="/news">News</a></li>
      <li><a href="/foi-ai/wiltshire-police/">About us</a></li><li><a href="/careers">Careers</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/foi-ai/wiltshire-police/">About us</a></li>
<li><a href="/foi-ai/wiltshire-police/disclosure-log/">Disclosure log</a></li><li aria-current="page">ANPR cameras – manufacturers and numbers</li></ol></nav>
<div class="layout">
<main id="main">
  <h1>ANPR cameras – manufacturers and numbers</h1>
  <dl class="meta"><dt>Reference</dt><dd>FOI 2024-00917</dd><dt>Date published</dt><dd>12 September 2024</dd>
  <dt>Category</dt><dd>Operational policing – technology</dd></dl>
  <h2>Request</h2>
  <p>1. The number of fixed ANPR cameras operated by the force.<br>2. The manufacturer(s) of these ANPR cameras.<br>
  3. Whether any ANPR cameras are manufactured by Hikvision or Dahua.<br>4. A list of ANPR camera locations.</p>
  <h2>Response</h2>
  <p>Wiltshire Police uses Automatic Number Plate Recognition (ANPR) as part of the National ANPR Service (NAS). General
  information about the use of ANPR by police forces in England and Wales, including the National ANPR Standards for
  Policing and Law Enforcement (NASPLE), is published on GOV.UK.</p>
  <p>Wiltshire Police can neither confirm nor deny that it holds the information you have requested, by virtue of the
  following exemptions:</p>
  <ul><li>Section 24(2) – National Security</li><li>Section 31(3) – Law Enforcement</li></ul>
  <p><strong>Harm in confirming or denying.</strong> ANPR is used to detect, deter and disrupt criminality, including
  organised crime groups and terrorists. To confirm or deny the number, make or location of ANPR cameras in a
  particular force area, when combined with similar disclosures from other forces, would allow a picture to be built up
  of the capability of the ANPR network and would enable offenders to evade it.</p>
  <p><strong>Public interest considerations.</strong> Confirming or denying would promote transparency around the
  spending of public money and the public debate about certain overseas manufacturers. However, the security of the
  country and the ability of the Police Service to prevent and detect crime is of paramount importance, and the balance
  lies in neither confirming nor denying that information is held.</p>
  <p>No inference can be taken from this refusal that the information you have requested does or does not exist.</p>
  <p>This should be treated as a refusal notice under section 17(4) of the Act.</p>
  <p class="small">If you are dissatisfied with this response you may request an internal review within 40 working days
  by writing to foi@wiltshire.police.uk. You may then apply to the Information Commissioner.</p>
</main>
<aside class="sidebar">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/foi-ai/wiltshire-police/disclosure-log/foi-2024-00611/">Body worn video devices – numbers issued</a></li>
    <li><a href="/foi-ai/wiltshire-police/disclosure-log/foi-2024-00540/">Drones (UAV) – fleet and costs</a></li>
    <li><a href="/foi-ai/wiltshire-police/disclosure-log/foi-2023-01822/">CCTV in custody – Gablecross and Melksham</a></li>
    <li><a href="/foi-ai/wiltshire-police/disclosure-log/foi-2023-01310/">Facial recognition technology</a></li>
  </ul>
  <h2>Make a request</h2>
  <p>Before submitting a request, please check whether the information is already published in our disclosure log or publication scheme.</p>
  <p><a class="button" href="/foi-ai/wiltshire-police/request/">Submit an FOI request</a></p>
</aside>
</div>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/privacy">Privacy notice</a></li>
  <li><a href="/terms">Terms and conditions</a></li><li><a href="/foi-ai/wiltshire-police/">Freedom of information</a></li></ul>
  <p>&copy; Wiltshire Police 2024. In an emergency always call 999. Non-emergency: 101.</p>
  <p>Wiltshire Police, London Road, Devizes, Wiltshire SN10 2DN</p>
</footer>
</body></html>
"""
with open(out(f"{NN}-reply.html"), "w") as f: f.write(html)
add_label(NN, "html", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
          "Disclosure-log page with nav, sidebar and footer; whole ANPR request NCND under s24(2)/s31(3); nothing disclosed.")
