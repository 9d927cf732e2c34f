EXT = "html"
REQUEST = """
Dear Transport Scotland,

Under FOISA, could you please provide:

1. The number of CCTV cameras on the Scottish trunk road network.
2. The manufacturers of these cameras.
3. Whether any are made by Hikvision or Dahua.

Thanks,
Iain Buchanan
"""
LABEL = dict(body_type="scottish_gov", law="foisa", hikvision="unknown", dahua="unknown", outcome="not_held",
             exemptions=["s17"], camera_count=None,
             note="gov.scot-style FOI release page: cameras are owned by contractors and the body gives a FOISA s17 not-held notice; page furniture names no figures")

PAGE = """<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Trunk road CCTV cameras: FOI release - gov.scot</title>
<meta name="description" content="Information request and response under the Freedom of Information (Scotland) Act 2002">
<meta name="dc.date.issued" content="2024-05-30">
<meta name="dc.publisher" content="Transport Scotland">
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div class="ds_page">
<div class="ds_page__top">
 <header class="ds_site-header" role="banner">
  <div class="ds_wrapper">
   <a class="ds_site-branding__logo" href="/"><img src="/assets/images/logos/scotgovlogo.svg" alt="The Scottish Government"></a>
   <nav class="ds_site-navigation"><ul>
    <li><a href="/about/">About</a></li><li><a href="/topics/">Topics</a></li><li><a href="/news/">News</a></li>
    <li><a href="/publications/">Publications</a></li><li><a href="/consultations/">Consultations</a></li></ul></nav>
  </div>
 </header>
 <div class="ds_phase-banner"><div class="ds_wrapper"><p>This is a new service - your <a href="/feedback/">feedback</a> will help us to improve it.</p></div></div>
</div>
<div class="ds_page__middle"><div class="ds_wrapper">
 <nav aria-label="Breadcrumb"><ol class="ds_breadcrumbs">
  <li><a href="/">Home</a></li><li><a href="/publications/">Publications</a></li><li>FOI/EIR release</li></ol></nav>
 <main id="main-content" class="ds_layout">
  <div class="ds_page-header">
   <span class="ds_page-header__label">Foi/Eir release</span>
   <h1 class="ds_page-header__title">Trunk road CCTV cameras: FOI release</h1>
   <dl class="ds_page-header__metadata-list">
    <div><dt>Published:</dt><dd>30 May 2024</dd></div>
    <div><dt>Directorate:</dt><dd><a href="/about/how-government-is-run/directorates/transport-scotland/">Transport Scotland</a></dd></div>
    <div><dt>Part of:</dt><dd><a href="/transport/">Transport</a></dd></div>
    <div><dt>FOI reference:</dt><dd>FOI/24/01127</dd></div>
    <div><dt>Date received:</dt><dd>26 April 2024</dd></div>
    <div><dt>Date responded:</dt><dd>23 May 2024</dd></div>
   </dl>
  </div>
  <div class="body-content">
   <h2>Information requested</h2>
   <p>1. The number of CCTV cameras on the Scottish trunk road network.<br>
   2. The manufacturers of these cameras.<br>
   3. Whether any are made by Hikvision or Dahua.</p>
   <h2>Response</h2>
   <p>As you may be aware, the Scottish trunk road network is managed and maintained on behalf of Scottish Ministers by Operating Companies under long-term contracts. The roadside CCTV cameras on the network, including those used by the Traffic Scotland National Control Centre, are procured, owned and maintained by the Operating Companies and by the Traffic Scotland Service Contractor as part of the services they provide.</p>
   <p>Transport Scotland does not maintain an asset record of individual cameras and does not hold information on the number of cameras, their manufacturers or whether any were manufactured by the companies you have named. This is a formal notice under section 17(1) of the Freedom of Information (Scotland) Act 2002 that Transport Scotland does not have the information you have requested.</p>
   <p>Under our duty to advise and assist, you may wish to contact the Operating Companies directly - BEAR Scotland Ltd (North West, North East and South East units) and Amey (South West unit). Please note that these companies are not Scottish public authorities for the purposes of FOISA.</p>
   <p>If you are unhappy with this response, you may ask us to carry out an internal review of the response, by writing to Transport Scotland, George House, 36 North Hanover Street, Glasgow G1 2AD or foi@transport.gov.scot. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.</p>
   <p>If you are not satisfied with the result of the review, you then have the right to make a formal complaint to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website: www.foi.scot/appeal.</p>
   <div class="ds_inset-text"><div class="ds_inset-text__text">
    <h2>About FOI</h2>
    <p>The information released is subject to the Re-use of Public Sector Information Regulations 2015. Requests received by the Scottish Government and its agencies are published on this page when the response may be of wider interest.</p>
   </div></div>
  </div>
  <aside class="ds_article-aside">
   <h2>Supporting documents</h2>
   <ul><li><a href="/binaries/content/documents/govscot/publications/foi-eir-release/2024/05/foi-24-01127/documents/foi-24-01127---information-released/foi-24-01127.pdf">FOI 24/01127 - Information released (PDF, 84.3 kB)</a></li></ul>
   <h2>Related content</h2>
   <ul><li><a href="/publications/foi-23-02218/">Average speed cameras A9: FOI release</a></li>
       <li><a href="/publications/foi-24-00411/">Traffic Scotland control centre staffing: FOI release</a></li></ul>
  </aside>
 </main>
</div></div>
<footer class="ds_site-footer"><div class="ds_wrapper">
 <ul class="ds_site-footer__site-items">
  <li><a href="/accessibility/">Accessibility</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/crown-copyright/">Crown Copyright</a></li><li><a href="/privacy/">Privacy</a></li></ul>
 <p class="ds_site-footer__copyright">&copy; Crown Copyright. All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated.</p>
</div></footer>
</div>
<script src="/assets/scripts/global.js"></script>
</body>
</html>
"""

def build(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(PAGE)
