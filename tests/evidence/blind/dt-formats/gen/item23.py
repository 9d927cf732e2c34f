from common import *

write_text("23-request.txt", """
Dear Cleveland Police,

Please tell me:

1. How many CCTV cameras does the force operate at its stations and other premises?
2. Are any of those cameras manufactured by Hikvision?
3. Are any of those cameras manufactured by Dahua?
4. Has the force carried out any security assessment of Chinese-manufactured cameras on its estate?

This is a request under the Freedom of Information Act 2000.

Cheers,
Liam Oduya
""")

html = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>CCTV cameras at police premises - 2024/1547 | Cleveland Police</title>
  <meta name="description" content="Freedom of Information disclosure 2024/1547">
  <link rel="stylesheet" href="/SysSiteAssets/css/site.css">
</head>
<body>
  <div class="govuk-width-container">
  <header role="banner" class="site-header">
    <a href="/" class="site-header__logo"><span class="visually-hidden">Cleveland Police home</span></a>
    <nav aria-label="Primary">
      <a href="/ro/report/">Report</a> | <a href="/cp/crime-prevention/">Advice</a> | <a href="/fo/foi-ai/cleveland-police/">FOI</a> | <a href="/a/your-area/">Your area</a> | <a href="/contact/">Contact us</a>
    </nav>
    <div class="emergency-banner">In an emergency, call 999. If you're deaf, hard of hearing or speech impaired, text 999.</div>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &gt; <a href="/fo/foi-ai/cleveland-police/">Freedom of Information</a> &gt; <a href="/fo/foi-ai/cleveland-police/disclosure-log/">Disclosure log</a> &gt; <span>2024/1547</span>
  </nav>

  <main id="main-content" role="main">
    <h1>CCTV cameras at police premises</h1>
    <dl class="disclosure-meta">
      <dt>Reference number</dt><dd>2024/1547</dd>
      <dt>Date of response</dt><dd>19 December 2024</dd>
      <dt>Category</dt><dd>Estates and facilities</dd>
    </dl>

    <section class="disclosure-section">
      <h2>Request</h2>
      <p>1. How many CCTV cameras does the force operate at its stations and other premises?<br>
      2. Are any of those cameras manufactured by Hikvision?<br>
      3. Are any of those cameras manufactured by Dahua?<br>
      4. Has the force carried out any security assessment of Chinese-manufactured cameras on its estate?</p>
    </section>

    <section class="disclosure-section">
      <h2>Response</h2>
      <p>Cleveland Police has considered your request and the response is below.</p>
      <p>Question 1 &ndash; The number of CCTV cameras on the force estate is exempt under section 24(1) (National Security) and section 31(1)(a)(b) (Law Enforcement).</p>
      <p>Questions 2 to 4 &ndash; Cleveland Police can neither confirm nor deny that it holds any information relevant to these questions by virtue of the following exemptions:</p>
      <ul>
        <li>Section 23(5) &ndash; Information supplied by, or concerning, certain Security Bodies</li>
        <li>Section 24(2) &ndash; National Security</li>
        <li>Section 31(3) &ndash; Law Enforcement</li>
      </ul>
      <p>Section 23 is an absolute class-based exemption and there is no requirement to consider the public interest. Sections 24 and 31 are prejudice based qualified exemptions and require a harm test and public interest test.</p>
      <h3>Harm</h3>
      <p>Confirming or denying the make of equipment used to protect police buildings, or whether any assessment of that equipment has been undertaken, would indicate to those with criminal or hostile intent whether the force may be vulnerable to known weaknesses in particular products. This would be of assistance to organised crime groups and hostile state actors. Any disclosure under FOI is a disclosure to the world at large.</p>
      <h3>Public interest considerations</h3>
      <p>Confirming or denying would provide reassurance to the public about the security of the police estate and inform debate about the use of equipment from particular manufacturers. However, the Police Service will not disclose information, or confirm or deny the existence of information, which would undermine national security or compromise law enforcement.</p>
      <h3>Balance test</h3>
      <p>After weighing the competing interests, the force considers that the balance lies in favour of neither confirming nor denying whether information is held in relation to questions 2 to 4, and in withholding the information requested at question 1.</p>
      <p>This should not be taken as an indication that the information you requested is or is not held.</p>
      <p><a href="/SysSiteAssets/foi-media/cleveland/disclosure_2024/december/2024-1547-response.pdf">Download the response letter (PDF, 212 KB)</a></p>
    </section>
  </main>

  <aside class="related-content">
    <h2>Other disclosures in Estates and facilities</h2>
    <ul>
      <li><a href="/fo/foi-ai/cleveland-police/disclosure-2024/november/2024-1388-police-station-opening-hours/">2024/1388 Police station front counter opening hours</a></li>
      <li><a href="/fo/foi-ai/cleveland-police/disclosure-2024/october/2024-1290-hikvision-dahua-procurement/">2024/1290 Procurement of Hikvision and Dahua equipment</a></li>
      <li><a href="/fo/foi-ai/cleveland-police/disclosure-2024/september/2024-1102-solar-panels/">2024/1102 Solar panels on force buildings</a></li>
    </ul>
  </aside>

  <footer class="site-footer">
    <p><a href="/hu/accessibility/">Accessibility</a> | <a href="/hu/cookies/">Cookies</a> | <a href="/hu/privacy-notice/">Privacy notice</a></p>
    <p>&copy; Cleveland Police 2024. Ladgate Lane, Middlesbrough TS8 9EH.</p>
  </footer>
  </div>
</body>
</html>
"""
with open(p("23-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label("23", "html", "html", "police", "foia", "unknown", "unknown", "refused", ["s23", "s24", "s31"], None,
          "Police disclosure-log page: count withheld under s24(1)/s31(1) and neither confirm nor deny on the maker questions under s23(5), s24(2) and s31(3); a sidebar link mentions 'Hikvision and Dahua' procurement.")
