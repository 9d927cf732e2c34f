from common import *

NN = "22"
write_request(NN, """
To the University of Glasgow

Freedom of Information (Scotland) Act 2002

a) How many CCTV cameras does the University operate on the Gilmorehill and Garscube campuses?
b) Who manufactures the cameras?
c) Is footage shared with Police Scotland, and how many times in 2023?

Thanks,
Ruairidh Munro
""")
html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI responses 2024 - Data Protection and Freedom of Information Office - University of Glasgow</title></head>
<body>
<div id="header"><img src="/img/uog-logo.png" alt="University of Glasgow"> <span>Data Protection and Freedom of Information Office</span></div>
<div id="sidebar"><ul><li><a href="../">FOI home</a></li><li><a href="../publication-scheme/">Publication scheme</a></li>
<li class="active"><a href="./">Responses to requests 2024</a></li></ul></div>
<div id="content">
<h1>Responses to requests 2024</h1>
<p>Below are selected responses to requests made under the Freedom of Information (Scotland) Act 2002. Personal data
of requesters has been removed.</p>
<h3>F24/0389 &ndash; CCTV on campus</h3>
<table class="foi" border="1" cellpadding="4">
<tr><th style="width:40%">Request</th><th>Response</th></tr>
<tr><td>a) How many CCTV cameras does the University operate on the Gilmorehill and Garscube campuses?</td>
<td>Between 900 and 1,000 cameras are in operation across the two campuses. The number varies as buildings are refurbished
and cameras are added, relocated or decommissioned.</td></tr>
<tr><td>b) Who manufactures the cameras?</td>
<td>The estate is predominantly Axis and Bosch. Other makes, including Hikvision, are present in some older residences and
in buildings acquired by the University.</td></tr>
<tr><td>c) Is footage shared with Police Scotland, and how many times in 2023?</td>
<td>Yes. Footage is disclosed to Police Scotland on request where this is necessary for the prevention or detection of
crime, in line with the University's CCTV Code of Practice. The number of disclosures in 2023 is not recorded centrally and
the University therefore gives notice under section 17(1) of FOISA that this information is not held.</td></tr>
</table>
<p><em>Response issued 14 May 2024.</em> If you are dissatisfied with the way the University has dealt with a request you
may request a review within 40 working days and may thereafter appeal to the Scottish Information Commissioner.</p>
<h3>F24/0391 &ndash; Energy consumption of data centres</h3>
<p><a href="f24-0391.pdf">View response (PDF, 212KB)</a></p>
</div>
<div id="footer">University of Glasgow, Glasgow G12 8QQ, Scotland. The University of Glasgow is a registered Scottish charity: SC004401</div>
</body></html>
"""
write_text(f"{NN}-reply.html", html)
label(NN, "html", "university", "foisa", "yes", "unknown", "partially_answered", ["s17"], None,
      "count given only as a range (null); Hikvision among 'other makes' so the maker list is not complete and Dahua stays unknown; disclosures not held (FOISA s17)")
