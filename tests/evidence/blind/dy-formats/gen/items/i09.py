EXT = "html"
REQUEST = """
Dear Royal Berkshire NHS Foundation Trust,

Under the Freedom of Information Act 2000 please provide:

1. The number of CCTV cameras operated by the Trust.
2. The manufacturers of these cameras, and how many of each.
3. Are any of the Trust's cameras made by Hikvision?
4. Are any of the Trust's cameras made by Dahua?
5. Does the Trust plan to replace any cameras made by Chinese state-owned companies?

Yours faithfully,
Lewis Grant
"""
LABEL = dict(body_type="nhs", law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[],
             camera_count=43,
             note="disclosure-log web page: Q3/Q4 answered only by 'see Q2' table (Axis/Hanwha/Dahua), Dahua units due for future replacement are still in use; sidebar lists an unrelated Hikvision disclosure")

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI 2024-1146 CCTV cameras | Disclosure log | Royal Berkshire NHS Foundation Trust</title>
<link rel="stylesheet" href="/static/css/rbft-main.min.css?v=4.2.1">
<script async src="/static/js/cookie-consent.js"></script>
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies on this website">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve our website.</p>
  <button class="btn">Accept analytics cookies</button> <button class="btn btn-secondary">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/static/img/rbft-logo.svg" alt="Royal Berkshire NHS Foundation Trust"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/patients-and-visitors/">Patients and visitors</a></li>
        <li><a href="/our-services/">Our services</a></li>
        <li><a href="/working-for-us/">Working for us</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search/"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
  </div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/about-us/">About us</a></li>
  <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
  <li aria-current="page">FOI 2024-1146 CCTV cameras</li></ol></nav>
<main id="main" class="container">
 <div class="row">
  <article class="col-8 disclosure">
   <h1>CCTV cameras</h1>
   <dl class="disclosure-meta">
     <dt>Reference</dt><dd>FOI 2024-1146</dd>
     <dt>Date of response</dt><dd>18 November 2024</dd>
     <dt>Category</dt><dd>Estates and facilities</dd>
   </dl>
   <h2>Request</h2>
   <ol>
     <li>The number of CCTV cameras operated by the Trust.</li>
     <li>The manufacturers of these cameras, and how many of each.</li>
     <li>Are any of the Trust's cameras made by Hikvision?</li>
     <li>Are any of the Trust's cameras made by Dahua?</li>
     <li>Does the Trust plan to replace any cameras made by Chinese state-owned companies?</li>
   </ol>
   <h2>Response</h2>
   <p><strong>1.</strong> The Trust operates 43 CCTV cameras across the Royal Berkshire Hospital (London Road), West Berkshire Community Hospital, Townlands Memorial Hospital and the Bracknell Healthspace.</p>
   <p><strong>2.</strong></p>
   <table class="table">
     <thead><tr><th>Manufacturer</th><th>Number of cameras</th></tr></thead>
     <tbody>
       <tr><td>Axis</td><td>24</td></tr>
       <tr><td>Hanwha</td><td>12</td></tr>
       <tr><td>Dahua</td><td>7</td></tr>
     </tbody>
   </table>
   <p><strong>3.</strong> Please see the response to question 2.</p>
   <p><strong>4.</strong> Please see the response to question 2.</p>
   <p><strong>5.</strong> The seven cameras at Townlands Memorial Hospital are scheduled for replacement as part of the 2025/26 capital programme, subject to funding approval.</p>
   <p class="small">The information provided is correct at the date of the response. Information released under the Freedom of Information Act is subject to copyright; you may re-use it for your own non-commercial research but any other re-use requires the permission of the Trust.</p>
   <p class="small">If you are dissatisfied with the handling of a request you may ask for an internal review by emailing <a href="mailto:foi@royalberkshire.nhs.uk">foi@royalberkshire.nhs.uk</a>. You may also contact the <a href="https://ico.org.uk">Information Commissioner's Office</a>.</p>
   <p><a class="btn" href="/media/foi/2024/FOI-2024-1146-response.pdf">Download this response (PDF, 142KB)</a></p>
  </article>
  <aside class="col-4 related">
    <h2>Related disclosures</h2>
    <ul>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-0977/">FOI 2023-0977 Surveillance equipment manufactured by Hikvision</a></li>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0412/">FOI 2024-0412 Body worn cameras for security staff</a></li>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0808/">FOI 2024-0808 Car parking enforcement and ANPR</a></li>
    </ul>
    <h2>Browse the disclosure log</h2>
    <ul><li><a href="?year=2024">2024</a></li><li><a href="?year=2023">2023</a></li><li><a href="?year=2022">2022</a></li></ul>
  </aside>
 </div>
</main>
<footer class="site-footer">
  <div class="container">
    <p>Royal Berkshire NHS Foundation Trust, London Road, Reading RG1 5AN. Switchboard: 0118 322 5111</p>
    <ul class="footer-links"><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/modern-slavery/">Modern slavery statement</a></li></ul>
    <p>&copy; 2024 Royal Berkshire NHS Foundation Trust</p>
  </div>
</footer>
<script src="/static/js/rbft-main.min.js?v=4.2.1"></script>
</body>
</html>
"""

def build(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(PAGE)
