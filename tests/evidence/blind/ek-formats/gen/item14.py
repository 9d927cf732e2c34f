from common import *
NN = "14"
write_request(NN, """
To: Scottish Government FOI Unit

Under FOISA I am requesting the following:

(a) the number of CCTV cameras in operation at each of the Scottish Government's core buildings (St Andrew's House, Victoria Quay, Atlantic Quay, Saughton House)
(b) the manufacturer(s) of those cameras
(c) whether any of them are made by Hikvision or Dahua
(d) the annual cost of operating and maintaining this CCTV

Thanks
Callum Strachan
""")
html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>CCTV cameras in the core estate: FOI release - gov.scot</title>
<meta name="description" content="Information request and response under FOI (Scotland) Act 2002">
<meta name="dc.date.issued" content="2024-06-21"></head>
<body>
<header class="ds_site-header"><div class="ds_wrapper"><a class="ds_site-branding" href="/"><img alt="The Scottish Government" src="/assets/images/logos/SG-logo.svg"></a>
<nav><ul><li><a href="/about/">About</a></li><li><a href="/topics/">Topics</a></li><li><a href="/publications/">Publications</a></li><li><a href="/news/">News</a></li></ul></nav></div></header>
<div class="ds_wrapper">
<nav aria-label="Breadcrumb"><ol class="ds_breadcrumbs"><li><a href="/">Home</a></li><li><a href="/publications/">Publications</a></li><li>Foi/eir release</li></ol></nav>
<main id="main-content">
<p class="ds_page-header__label">FOI/EIR release</p>
<h1 class="ds_page-header__title">CCTV cameras in the core estate: FOI release</h1>
<dl class="ds_metadata"><dt>Published:</dt><dd>21 June 2024</dd><dt>Directorate:</dt><dd>Corporate Facilities and Estates Directorate</dd><dt>Part of:</dt><dd>Public sector</dd><dt>FOI reference:</dt><dd>FOI/202400409876</dd><dt>Date received:</dt><dd>29 May 2024</dd><dt>Date responded:</dt><dd>19 June 2024</dd></dl>
<h2>Information requested</h2>
<p>You asked for:</p>
<ul><li>the number of CCTV cameras in operation at each of the Scottish Government's core buildings (St Andrew's House, Victoria Quay, Atlantic Quay, Saughton House)</li>
<li>the manufacturer(s) of those cameras</li>
<li>whether any of them are made by Hikvision or Dahua</li>
<li>the annual cost of operating and maintaining this CCTV.</li></ul>
<h2>Response</h2>
<p>I enclose a copy of some of the information you requested.</p>
<p>The number of cameras in operation at each building is:</p>
<table class="ds_table"><thead><tr><th scope="col">Building</th><th scope="col">Cameras</th></tr></thead>
<tbody><tr><td>St Andrew's House, Edinburgh</td><td>96</td></tr>
<tr><td>Victoria Quay, Edinburgh</td><td>148</td></tr>
<tr><td>Atlantic Quay, Glasgow</td><td>71</td></tr>
<tr><td>Saughton House, Edinburgh</td><td>64</td></tr></tbody></table>
<p>While our aim is to provide information whenever possible, in this instance the Scottish Government does not have some of the information you have requested. The CCTV systems in the core estate are supplied, operated and maintained by our facilities management provider as part of a wider integrated services contract. The Scottish Government does not hold a record of the make of the cameras installed, and the cost of CCTV is not separately identified within the contract charges. This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the information you have requested at parts (b), (c) and (d).</p>
<p>You may wish to note that since 2022 the Scottish Government has required its suppliers not to install new visual surveillance equipment from companies subject to the National Intelligence Law of the People's Republic of China on sensitive sites.</p>
<p>This response will be published in our Disclosure Log.</p>
<div class="ds_inset-text"><p>If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Director of Corporate Facilities and Estates. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.</p>
<p>If you are not satisfied with the result of the review, you then have the right to make an appeal to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the <a href="https://www.foi.scot/appeal">Commissioner's website</a>.</p></div>
<h2>Supporting documents</h2>
<p>There are no supporting documents for this release.</p>
</main></div>
<footer class="ds_site-footer"><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/crown-copyright/">Crown Copyright</a></li><li><a href="/privacy/">Privacy</a></li></ul>
<p>All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated. &copy; Crown Copyright</p></footer>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w", encoding="utf-8").write(html)
label(NN, "html", "html", "scottish_gov", "foisa", "unknown", "unknown", "partially_answered", ["s17"], 379,
      "Per-building table with no total row (96+148+71+64); makers and costs are a FOISA s17 not-held notice, plus a policy paragraph about Chinese-made equipment that is not an answer.")
