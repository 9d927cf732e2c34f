from common import out, write_request, add_label

NN = "28"
write_request(NN, """
Dear Redcastle Borough Council,

I would like to know:
1) Does the council use facial recognition technology (live or retrospective) with its CCTV?
2) If so, which supplier provides it?
3) Has the council carried out an equality impact assessment on facial recognition?

Thanks,
Josie Barraclough
""")

html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Facial recognition technology - FOI response 2425-0318 - Redcastle Borough Council</title></head>
<body>
<div id="skip"><a href="#main">Skip to main content</a></div>
<header><img src="/img/rbc-logo.svg" alt="Redcastle Borough Council"></header>
<main id="main">
<p class="breadcrumbs"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi-responses">FOI responses</a></p>
<h1>Facial recognition technology</h1>
<p><strong>Reference:</strong> 2425-0318<br><strong>Published:</strong> 14 August 2024<br><strong>Category:</strong> Community safety</p>
<h2>Information requested</h2>
<ol><li>Does the council use facial recognition technology (live or retrospective) with its CCTV?</li>
<li>If so, which supplier provides it?</li>
<li>Has the council carried out an equality impact assessment on facial recognition?</li></ol>
<h2>Our response</h2>
<ol><li>No. The council does not use live or retrospective facial recognition with its CCTV system or any other system.</li>
<li>Not applicable.</li>
<li>No, as the technology is not used.</li></ol>
<p>Was this page helpful? <a href="/feedback?p=2425-0318">Yes</a> <a href="/feedback?p=2425-0318&amp;n=1">No</a></p>
</main>
<footer>Redcastle Borough Council, Town Hall, Market Place, Redcastle RC1 1TH. 01632 960 990.</footer>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w", encoding="utf-8").write(html)

add_label({"path": f"{NN}-reply.html", "request_file": f"{NN}-request.txt", "format": "html",
           "body_type": "council", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "answered", "exemptions": [], "camera_count": None,
           "note": "facial-recognition-only request answered 'No': says nothing about makers or camera numbers although the council has CCTV"})
