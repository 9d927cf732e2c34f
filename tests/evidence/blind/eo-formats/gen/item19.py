"""19: disclosure-log web page (.html) of a city council, handled under the EIR: request above the response; locations
withheld under regulation 12(5)(a); separate ANPR enforcement units mentioned."""
import os
OUT = os.path.join(os.path.dirname(__file__), '..')
html = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Disclosure log - EIR-23-2214 Traffic CCTV cameras - Brackenfield City Council</title>
<style>body{font-family:"Open Sans",Arial,sans-serif;max-width:980px;margin:auto;color:#222}
.site{background:#2b2b6b;color:#fff;padding:14px 20px} .site span{font-size:22px;font-weight:700}
table.meta td{padding:3px 14px 3px 0;vertical-align:top} .box{background:#eef0f8;padding:6px 16px;border-radius:4px}
h2{border-bottom:2px solid #2b2b6b;padding-bottom:4px} .small{font-size:13px;color:#555}</style></head>
<body>
<div class="site"><span>Brackenfield City Council</span> &nbsp; <a style="color:#fff" href="/search">Search</a> | <a style="color:#fff" href="/myaccount">My account</a></div>
<p class="small"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi">Access to information</a> / <a href="/foi/disclosure-log">Disclosure log</a></p>
<article>
<h1>Traffic CCTV cameras</h1>
<table class="meta">
<tr><td><b>Reference</b></td><td>EIR-23-2214</td></tr>
<tr><td><b>Legislation</b></td><td>Environmental Information Regulations 2004</td></tr>
<tr><td><b>Department</b></td><td>Highways and Transport</td></tr>
<tr><td><b>Date published</b></td><td>15 December 2023</td></tr>
</table>
<h2>Information requested</h2>
<div class="box">
<p>1. How many traffic monitoring CCTV cameras does the council operate on its road network?<br>
2. Who manufactures them (and how many from each manufacturer)?<br>
3. A list of the junctions / locations where they are sited.<br>
4. Are any of them used for enforcement (bus lanes, moving traffic offences)?</p>
</div>
<h2>Our response</h2>
<p>Your request has been considered under the Environmental Information Regulations 2004 (EIR), as the information relates to measures affecting the use of the road network and therefore falls within the definition of environmental information at regulation 2(1)(c).</p>
<p><strong>1.</strong> The Council operates 58 traffic monitoring CCTV cameras, which are viewed from the Urban Traffic Management and Control (UTMC) centre at Ferry Lane.</p>
<p><strong>2.</strong></p>
<ul><li>Axis &ndash; 30</li><li>Dahua &ndash; 22</li><li>Siqura &ndash; 6</li></ul>
<p><strong>3.</strong> The cameras cover the A61 and A616 radial routes, the inner ring road and the city centre gyratory. The Council is withholding the list of individual camera sites under regulation 12(5)(a) of the EIR, which provides that information may be withheld where disclosure would adversely affect public safety. The cameras are used by the Council and South Pennine Police to manage incidents on the network, and publishing the exact positions would identify locations that are not monitored.</p>
<p>Regulation 12(5)(a) is subject to the public interest test and, in accordance with regulation 12(2), the Council has applied a presumption in favour of disclosure. Having weighed the public interest in transparency against the public interest in protecting public safety on the highway, the Council considers that the balance lies in maintaining the exception.</p>
<p><strong>4.</strong> No. The traffic monitoring cameras are not used for enforcement. Bus lane and moving traffic enforcement is carried out using 9 separate ANPR camera units supplied and maintained by ParkSure Enforcement Ltd.</p>
<p>This response serves as a refusal notice under regulation 14 of the EIR in respect of part 3 of your request.</p>
<p>If you are dissatisfied with this response you may make representations under regulation 11 within 40 working days by emailing <a href="mailto:accesstoinfo@brackenfield.example.gov.uk">accesstoinfo@brackenfield.example.gov.uk</a>. If you remain dissatisfied you may complain to the Information Commissioner.</p>
</article>
<hr><p class="small">Brackenfield City Council, Town Hall, Surrey Place, Brackenfield BK1 2HH &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p>
</body></html>
"""
open(os.path.join(OUT, '19-reply.html'), 'w').write(html)
print('wrote 19-reply.html')
