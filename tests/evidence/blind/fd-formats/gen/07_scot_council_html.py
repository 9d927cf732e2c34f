"""07: Scottish council disclosure-log web page (HTML) - FOISA, s17 notice for one part."""
from common import out

towns = [("Ardmore", 21), ("Balnagown", 9), ("Carrick Bridge", 14), ("Dunvarrie", 26), ("Inverlochy", 17),
         ("Kilbrannan", 8), ("Lochend", 6), ("Port Ellen Quay", 11), ("Strathmore Park", 6)]
tot = sum(n for _, n in towns)
print("total", tot)
rows = "\n".join('          <tr><td>%s</td><td class="num">%d</td></tr>' % t for t in towns)
html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI response 101004567321 - Public space CCTV | Glenarden Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body {{ font-family: Arial, Helvetica, sans-serif; margin:0; color:#1b1b1b }}
 header {{ background:#00546e; color:#fff; padding:12px 24px }}
 nav a {{ color:#fff; margin-right:14px }}
 main {{ max-width:860px; margin:20px auto; padding:0 16px }}
 table {{ border-collapse:collapse; margin:8px 0 16px }}
 th, td {{ border:1px solid #999; padding:4px 10px }}
 td.num {{ text-align:right }}
 .crumbs {{ font-size:0.85em }}
 .q {{ font-weight:bold; margin-top:18px }}
 footer {{ background:#eee; padding:16px 24px; font-size:0.8em; margin-top:40px }}
</style>
</head>
<body>
<header>
  <div class="logo">Glenarden Council <span lang="gd">| Comhairle Ghlinn Àrdain</span></div>
  <nav><a href="/">Home</a><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/foi">Freedom of information</a><a href="/contact">Contact us</a></nav>
</header>
<main>
  <p class="crumbs"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; 101004567321</p>
  <h1>Public space CCTV</h1>
  <dl>
    <dt>Reference</dt><dd>101004567321</dd>
    <dt>Date of response</dt><dd>29 August 2023</dd>
    <dt>Service</dt><dd>Roads, Transport and Community Safety</dd>
  </dl>

  <h2>Request and response</h2>
  <p>We received your request on 2 August 2023 and have dealt with it under the Freedom of Information (Scotland) Act 2002 (FOISA).</p>

  <p class="q">1. How many public space CCTV cameras does the council operate?</p>
  <p>The Council operates 118 public space CCTV cameras. The number in each town is shown below.</p>
  <table>
    <thead><tr><th>Town</th><th>Cameras</th></tr></thead>
    <tbody>
{rows}
    </tbody>
    <tfoot><tr><th>Total</th><th class="num">{tot}</th></tr></tfoot>
  </table>

  <p class="q">2. Which manufacturers made these cameras?</p>
  <p>All of the Council's public space cameras are made by one of two manufacturers. The PTZ (pan-tilt-zoom) cameras installed as part of the 2019 system upgrade are Da Hua (Dahua Technology) units. The fixed cameras in Inverlochy town centre are Axis.</p>

  <p class="q">3. Are any of them made by Hikvision or Dahua?</p>
  <p>Yes - please see our response to question 2.</p>

  <p class="q">4. What was the purchase cost of each camera?</p>
  <p>The cameras were procured as part of a single design-and-build contract for the 2019 upgrade, which included the control room, fibre network, installation and five years' maintenance. The contract price was not broken down by item and the Council does not hold a unit cost for each camera. In terms of section 17 of FOISA we are therefore giving you notice that we do not hold this information.</p>

  <p class="q">5. Is any facial recognition capability enabled?</p>
  <p>No.</p>

  <h2>Your right to seek a review</h2>
  <p>If you are unhappy with this response you may ask us to carry out an internal review by writing to the Information Governance Team, Glenarden Council, Council Offices, Castle Street, Dunvarrie PA29 8RT, or by email to <a href="mailto:foi@glenarden.example.gov.uk">foi@glenarden.example.gov.uk</a>. Your review request must be made within 40 working days of receipt of this response.</p>
  <p>If you are unhappy with the outcome of the review you can apply to the Scottish Information Commissioner for a decision. You can apply online at <a href="https://www.foi.scot/appeal">www.foi.scot/appeal</a> or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.</p>
  <p>Should you then wish to appeal against the Commissioner's decision, there is an appeal to the Court of Session on a point of law only.</p>
</main>
<footer>
  &copy; Glenarden Council 2023. <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a>
  <p>Was this page helpful? <a href="/feedback?page=foi101004567321">Yes</a> / <a href="/feedback?page=foi101004567321&amp;n=1">No</a></p>
</footer>
</body>
</html>
"""
open(out("07-reply.html"), "w", encoding="utf-8").write(html)
