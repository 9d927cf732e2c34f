from common import *
NN='13'
write_request(NN, """
Dear Angus Council,

This is a request under the Freedom of Information (Scotland) Act 2002 about automatic number plate recognition (ANPR).

Q1 Does the council operate any ANPR cameras (including in car parks or at recycling centres)?
Q2 If so, how many, and what make are they?
Q3 Are any of the ANPR cameras made by Hikvision or Dahua?
Q4 Who has access to the ANPR data and how long is it retained?

Yours,
Stuart Lennox
""")
html = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>ANPR cameras – FOI response 101003264917 | Angus Council</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3J8sZyq.css" />
</head>
<body class="path-node page-node-type-foi-response">
<div class="dialog-off-canvas-main-canvas">
<div class="header-top"><ul class="menu menu--account"><li><a href="/myaccount">MyAngus</a></li><li><a href="/contact">Contact us</a></li><li><a href="/gaelic">G&agrave;idhlig</a></li></ul></div>
<header role="banner">
  <div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/angus/logo.svg" alt="Angus Council" /></a></div>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">
    <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
    <ul class="menu">
      <li class="menu-item"><a href="/bins_and_recycling">Bins and recycling</a></li>
      <li class="menu-item"><a href="/council_tax">Council tax</a></li>
      <li class="menu-item"><a href="/roads_and_travel">Roads, travel and parking</a>
        <ul class="menu"><li><a href="/roads_and_travel/parking">Parking</a></li><li><a href="/roads_and_travel/road_safety">Road safety</a></li><li><a href="/roads_and_travel/speed_cameras">Safety and speed cameras</a></li></ul></li>
      <li class="menu-item"><a href="/community_life/cctv">Community safety and CCTV</a></li>
      <li class="menu-item"><a href="/schools_and_learning">Schools and learning</a></li>
      <li class="menu-item"><a href="/the_council">The council</a></li>
    </ul>
  </nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>
<li><a href="/">Home</a></li><li><a href="/the_council">The council</a></li><li><a href="/the_council/freedom_of_information">Freedom of information</a></li>
<li><a href="/the_council/freedom_of_information/foi_responses">FOI responses</a></li></ol></nav></div>
<main role="main">
<div class="layout-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" class="node node--type-foi-response node--view-mode-full">
<h1 class="page-title"><span>ANPR cameras</span></h1>
<div class="node__content">
<div class="field field--name-field-reference"><div class="field__label">FOI reference</div><div class="field__item">101003264917</div></div>
<div class="field field--name-field-date"><div class="field__label">Date of response</div><div class="field__item"><time datetime="2024-07-09T12:00:00Z">9 July 2024</time></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p><strong>Request</strong></p>
<p>Q1 Does the council operate any ANPR cameras (including in car parks or at recycling centres)?<br />
Q2 If so, how many, and what make are they?<br />
Q3 Are any of the ANPR cameras made by Hikvision or Dahua?<br />
Q4 Who has access to the ANPR data and how long is it retained?</p>
<p><strong>Response</strong></p>
<p>Angus Council does not operate any ANPR cameras, including at its car parks and recycling centres. The Council therefore holds no information in respect of Q2 to Q4.</p>
<p>For your information, the Council's public space CCTV system in Arbroath, Forfar, Montrose, Brechin and Carnoustie comprises 74 cameras, none of which have ANPR capability.
ANPR on the A90 and other trunk roads in Angus is operated by Police Scotland, who may be contacted at <a href="https://www.scotland.police.uk/access-to-information/freedom-of-information/">scotland.police.uk</a>.</p>
<p>If you are dissatisfied with this response you may ask the Council to review it within 40 working days by writing to the Information Governance Manager, Angus House, Orchardbank Business Park, Forfar DD8 1AN or emailing <a href="mailto:foi@angus.gov.uk">foi@angus.gov.uk</a>. If you remain dissatisfied following the review you have the right to apply to the Scottish Information Commissioner (<a href="https://www.itspublicknowledge.info">www.itspublicknowledge.info</a>).</p>
</div>
<div class="field field--name-field-service"><div class="field__label">Service</div><div class="field__item">Infrastructure and Environment</div></div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/412">CCTV</a></div><div class="field__item"><a href="/taxonomy/term/588">Cameras</a></div><div class="field__item"><a href="/taxonomy/term/590">Hikvision</a></div></div></div>
</div>
</article>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="block block-views"><h2>Recent FOI responses</h2>
<ul><li><a href="/foi/101003261102">Public space CCTV – camera manufacturers</a></li><li><a href="/foi/101003259870">School CCTV cameras</a></li><li><a href="/foi/101003258311">Road gritting routes 2023/24</a></li></ul></div>
</aside>
</main>
<footer role="contentinfo"><ul class="menu"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/site_map">Site map</a></li></ul>
<p>&copy; Angus Council 2024. Angus House, Orchardbank Business Park, Forfar DD8 1AN. ACCESSline 03452 777 778</p></footer>
</div>
</body>
</html>
"""
open(path(f'{NN}-reply.html'), 'w').write(html)
label(NN, 'html', 'council', 'foisa', 'no', 'no', 'answered', [], 0,
      'request is about ANPR only and the council has none, so makers "no" and count 0; the 74 public-space CCTV cameras are outside the request; page tags include "Hikvision" and menus say CCTV')
