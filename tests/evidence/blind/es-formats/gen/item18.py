html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hikvision and Dahua CCTV equipment | Disclosure log | Mercia Vale Police</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.12.0">
<script async src="/assets/js/cookie-consent.js"></script>
</head>
<body class="page-foi-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand
  how you use the site. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button></p>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/mvp-logo.svg" alt="Mercia Vale Police"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/report">Report</a></li><li><a href="/contact">Contact us</a></li>
      <li><a href="/advice">Advice</a></li><li><a href="/news">News</a></li>
      <li><a href="/foi-ai/mercia-vale-police/">FOI and access to information</a></li>
    </ul>
  </nav>
  <p class="emergency">In an emergency, always call 999</p>
</header>
<main id="main-content">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi-ai/mercia-vale-police/">FOI and access to
  information</a></li><li><a href="/foi-ai/mercia-vale-police/disclosure-log/">Disclosure log</a></li>
  <li>Hikvision and Dahua CCTV equipment</li></ol>
  <article class="disclosure">
    <h1>Hikvision and Dahua CCTV equipment</h1>
    <dl class="meta">
      <dt>Reference number</dt><dd>FOI 2023-04417</dd>
      <dt>Date of response</dt><dd>14 December 2023</dd>
      <dt>Category</dt><dd>Estates and facilities</dd>
    </dl>
    <h2>Request</h2>
    <p>Question 1: Does the force use any CCTV cameras or recording equipment manufactured by Hikvision?</p>
    <p>Question 2: Does the force use any CCTV cameras or recording equipment manufactured by Dahua?</p>
    <p>Question 3: If the answer to either question is yes, please state at which force sites this equipment is
    installed and how many units there are at each.</p>
    <h2>Response</h2>
    <p>In accordance with the Freedom of Information Act 2000, this letter represents a Refusal Notice for this
    request.</p>
    <p>Mercia Vale Police can neither confirm nor deny that it holds any information relevant to your request by
    virtue of the following exemptions:</p>
    <ul>
      <li>Section 24(2) &ndash; National Security</li>
      <li>Section 31(3) &ndash; Law Enforcement</li>
    </ul>
    <p>Sections 24 and 31 are prejudice-based qualified exemptions, which means that the force must evidence the harm
    in confirming or denying that information is held and must also consider the public interest.</p>
    <h3>Harm in confirming or denying that information is held</h3>
    <p>To confirm or deny whether equipment from any particular manufacturer is in use within the force estate would
    allow individuals to identify potential vulnerabilities in the security of police premises and systems. Any
    disclosure under FOI is a disclosure to the world at large. If the force were to confirm the use of a named
    manufacturer's products, and similar requests were answered by other forces, a mosaic picture of policing
    infrastructure across the country could be built up. Equally, a denial from some forces and not others would
    itself be revealing.</p>
    <h3>Factors favouring confirmation or denial</h3>
    <p>Confirming or denying would provide transparency and reassure the public that the force has acted upon
    Government guidance concerning surveillance equipment supplied by companies subject to the National
    Intelligence Law of the People's Republic of China.</p>
    <h3>Factors against confirmation or denial</h3>
    <p>The security of the police estate and of police information systems is paramount. Confirmation or denial
    would undermine the force's ability to protect its premises, staff and the public and would assist those
    intent on criminal or terrorist activity.</p>
    <h3>Balance test</h3>
    <p>After weighing the competing interests, the force has concluded that the balance lies in favour of neither
    confirming nor denying that information is held. This should not be taken as an indication that the
    information you have requested is or is not held by the force.</p>
    <p>Should you wish to request an internal review of this decision, please write to the Freedom of Information
    Unit, Mercia Vale Police, PO Box 55, Worcester WR3 8SP, within 40 working days. If you remain dissatisfied you may
    complain to the Information Commissioner.</p>
  </article>
  <aside class="related" aria-labelledby="related-heading">
    <h2 id="related-heading">Related disclosures</h2>
    <ul>
      <li><a href="/foi-ai/mercia-vale-police/disclosure-log/estates/cctv-cameras-custody-suites/">CCTV cameras in
      custody suites</a> (FOI 2023-01992)</li>
      <li><a href="/foi-ai/mercia-vale-police/disclosure-log/operational/body-worn-video-devices/">Body worn video
      devices</a> (FOI 2022-03120)</li>
      <li><a href="/foi-ai/mercia-vale-police/disclosure-log/operational/drones-number-and-manufacturer/">Drones -
      number and manufacturer</a> (FOI 2023-02210)</li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li>
  <li><a href="/cookies">Cookies</a></li><li><a href="/terms">Terms and conditions</a></li></ul>
  <p>&copy; Mercia Vale Police 2023. Police Headquarters, Hindlip Park, Worcester WR3 8SP.</p>
</footer>
</body>
</html>
"""
open('../18-reply.html', 'w').write(html)
print('wrote 18-reply.html')
