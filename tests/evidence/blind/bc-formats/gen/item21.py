from lib import *

write_text("21-request.txt", """
To Caerphilly County Borough Council,

I'm researching use of drones by Welsh local authorities.

1. Does the council own or operate any drones / unmanned aerial vehicles?
2. If so how many, and what make (e.g. DJI, Autel)?
3. What are they used for?
4. Are any of the drones or their cameras made by Hikvision or Dahua?

Diolch,
Rhodri Beynon
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Drones / unmanned aerial vehicles - Caerphilly County Borough Council</title></head>
<body>
<div id="ccc-notify" class="cookie-notice">
  <h3>This site uses cookies to store information on your computer.</h3>
  <p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used. <a href="/cookies">Read our cookie policy</a></p>
  <button>I'm OK with analytics cookies</button><button>Do not use analytics cookies</button>
</div>
<header>
  <div class="lang"><a href="/Cymraeg/Home.aspx" lang="cy">Cymraeg</a></div>
  <a class="logo" href="/">Caerphilly County Borough Council / Cyngor Bwrdeistref Sirol Caerffili</a>
  <ul class="nav">
    <li><a href="/services">Services</a></li><li><a href="/my-council">My council</a></li>
    <li><a href="/news">News</a></li><li><a href="/whats-on">What's on</a></li><li><a href="/contact">Contact us</a></li>
  </ul>
</header>
<main>
<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/my-council">My council</a></li><li><a href="/my-council/data-protection-and-foi/foi-responses">FOI responses</a></li><li>Drones / unmanned aerial vehicles</li></ol>
<h1>Drones / unmanned aerial vehicles</h1>
<p><strong>Request ID:</strong> 23/2217 &nbsp; <strong>Date:</strong> 03/11/2023 &nbsp; <strong>Directorate:</strong> Economy and Environment</p>
<h2>Request</h2>
<p>1. Does the council own or operate any drones / unmanned aerial vehicles?<br>2. If so how many, and what make (e.g. DJI, Autel)?<br>3. What are they used for?<br>4. Are any of the drones or their cameras made by Hikvision or Dahua?</p>
<h2>Response</h2>
<p>1. No. The council does not own or operate any drones.</p>
<p>2 - 4. Not applicable.</p>
<p>For information, on a small number of occasions specialist contractors engaged by the council for roof and structural surveys have used their own drones. These are not owned or operated by the council and we do not hold details of them.</p>
<h2>Related responses</h2>
<ul>
<li><a href="/foi/23-1894">23/1894 - Public space CCTV cameras (146 cameras)</a></li>
<li><a href="/foi/23-1502">23/1502 - Body worn cameras for civil enforcement officers</a></li>
<li><a href="/foi/22-3120">22/3120 - Hikvision equipment in council buildings</a></li>
</ul>
</main>
<footer>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/welsh-language">Welsh language standards</a></p>
<p>Caerphilly County Borough Council, Penallta House, Tredomen Park, Ystrad Mynach, Hengoed CF82 7PG. Tel: 01443 815588</p>
<p>&copy; Caerphilly County Borough Council 2023</p>
</footer>
</body></html>
"""
write_text("21-reply.html", html)
add_label(path="21-reply.html", request_file="21-request.txt", format="html", body_type="welsh_council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
          camera_count=0, note="Drones-only request: body has none (0, no/no); 'Related responses' links mention 146 CCTV cameras and Hikvision, which are not this reply.")
