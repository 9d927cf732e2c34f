from common import out, write_request, add_label

NN = "20"
write_request(NN, """
Dear Meridian Schools Partnership,

FOI request:

1. How many CCTV cameras are operated across the Trust's schools?
2. Are any of the cameras manufactured by Hikvision?
3. If yes to question 2, please list the models.
4. Are any of the cameras manufactured by Dahua?
5. Has the Trust completed a Data Protection Impact Assessment for its CCTV?

Thank you,
Niamh Gallagher
""")

html = """<!doctype html>
<html><head><meta charset="utf-8"><title>Freedom of Information – Disclosure Log – Meridian Schools Partnership</title>
<style>body{font-family:'Segoe UI',sans-serif;margin:0}header{background:#4b2e83;color:#fff;padding:12px 24px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:6px;text-align:left;vertical-align:top}
details summary{cursor:pointer;color:#4b2e83}</style></head>
<body>
<header><strong>Meridian Schools Partnership</strong> &middot; A multi-academy trust &middot; Company no. 08813374</header>
<nav><a href="/">Home</a> | <a href="/our-schools">Our Schools</a> | <a href="/governance">Governance</a> | <a href="/policies">Policies</a> | <a href="/vacancies">Vacancies</a></nav>
<main style="padding:0 24px">
<h1>Disclosure Log 2024/25</h1>
<p>Responses to requests made under the Freedom of Information Act 2000 are published here where we consider them to be of wider interest. Personal data of requesters is removed.</p>
<table>
<thead><tr><th>Ref</th><th>Date</th><th>Subject</th><th>Response</th></tr></thead>
<tbody>
<tr><td>MSP-FOI-031</td><td>03/10/2024</td><td>Energy contracts</td><td><details><summary>View</summary>
<p>1. British Gas Business (electricity), Total Energies (gas). 2. Contracts run to 31/03/2026. 3. We do not hold this.</p></details></td></tr>
<tr><td>MSP-FOI-034</td><td>21/10/2024</td><td>Suspensions and exclusions 2023/24</td><td><details><summary>View</summary>
<p>Figures below 5 have been suppressed (s40(2)). Suspensions: 212. Permanent exclusions: 7.</p></details></td></tr>
<tr><td>MSP-FOI-037</td><td>11/11/2024</td><td>CCTV</td><td><details open><summary>View</summary>
<p>Request received 14/10/2024 (5 questions).</p>
<p>1. 64<br>2. No<br>3. N/A<br>4. Yes – the 9 cameras at Harcourt Road Primary (installed 2018).<br>5. Yes</p>
<p>Response by: M. Osei, Trust Data Protection Officer</p></details></td></tr>
<tr><td>MSP-FOI-040</td><td>25/11/2024</td><td>Supply teacher spend</td><td><details><summary>View</summary>
<p>2023/24: &pound;486,112 across all academies.</p></details></td></tr>
</tbody></table>
<p>If you are unhappy with a response, please write to the Trust's Chief Operating Officer at foi@meridianschools.org.uk to request an internal review. You can also contact the ICO.</p>
</main>
<footer style="padding:12px 24px;font-size:small">Meridian Schools Partnership, Harcourt House, 2 Station Approach, Wellfield WF3 7HT &middot; 01924 960 700</footer>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w", encoding="utf-8").write(html)

add_label({"path": f"{NN}-reply.html", "request_file": f"{NN}-request.txt", "format": "html",
           "body_type": "academy", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "answered", "exemptions": [], "camera_count": 64,
           "note": "disclosure-log table with unrelated entries (one cites s40 for a different request); CCTV answers are bare '1. 64 2. No 3. N/A 4. Yes' only readable with the request"})
