from common import write_request, add_label, out

NN = "15"
write_request(NN, """
Dear Sir or Madam

I would like to request under the Freedom of Information Act information about body worn cameras used by security staff or other staff at the Trust:

1. Does the Trust use body worn cameras?
2. If so, how many devices does it have?
3. What make and model are the devices?
4. Are any of the body worn cameras made by Hikvision or Dahua?
5. How long is footage retained?

Regards
Martin Dunleavy
""")

rows = [
    ("Does the Trust use body worn cameras?", "Yes"),
    ("If so, how many devices does it have?", "64"),
    ("What make and model are the devices?", "Reveal Media D5 (48)<br>Reveal Media K7 (16)"),
    ("Are any of the body worn cameras made by Hikvision or Dahua?", "No"),
    ("How long is footage retained?", "31 days, unless required for an investigation or legal proceedings."),
]
trs = "\n".join(f"      <tr><td>{i}</td><td>{q}</td><td>{a}</td></tr>" for i, (q, a) in enumerate(rows, 1))
html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>FOI 24-1482 Body worn cameras &#8211; Penwith Moor Healthcare NHS Trust</title>
</head>
<body class="post-template-default single single-foi_response">
<div class="nhsuk-header"><a class="nhsuk-header__link" href="https://www.penwithmoor.nhs.example/">Penwith Moor Healthcare NHS Trust</a></div>
<ul class="menu"><li><a href="/about-us/">About us</a></li><li><a href="/about-us/foi/">Freedom of Information</a></li><li><a href="/about-us/foi/disclosure-log/">Disclosure log</a></li></ul>
<div id="content" class="site-content">
<article id="post-18834" class="foi_response type-foi_response">
<header class="entry-header">
  <h1 class="entry-title">FOI 24-1482 Body worn cameras</h1>
  <div class="entry-meta">Posted on <time datetime="2024-07-30">30 July 2024</time> in <a href="/foi-category/estates-facilities/">Estates &amp; Facilities</a></div>
</header>
<div class="entry-content">
  <p><strong>Date request received:</strong> 02/07/2024<br><strong>Date response sent:</strong> 29/07/2024</p>
  <p><strong>Request and response:</strong></p>
  <table class="foi-table" border="1" cellpadding="4">
    <thead><tr><th>No.</th><th>Request</th><th>Response</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Please note this response covers body worn cameras only. The Trust&#8217;s fixed CCTV system (approx. 900 cameras,
  Hikvision and Axis) was covered in <a href="/foi/foi-23-0118-cctv/">FOI 23-0118</a>, published in our disclosure log.</p>
  <p>If you are dissatisfied with the Trust&#8217;s response you have the right to request an internal review within
  40 working days by contacting <a href="mailto:pmh.foi@nhs.net">pmh.foi@nhs.net</a>. If you are still dissatisfied
  you can complain to the Information Commissioner&#8217;s Office.</p>
  <p><em>The information provided in this response is accurate as of the date of the response and may be subject
  to change in the future.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Categories: <a href="/foi-category/estates-facilities/">Estates &amp; Facilities</a>, <a href="/foi-category/security/">Security</a></span></footer>
</article>
<nav class="post-navigation"><a href="/foi/foi-24-1481-agency-nursing-spend/" rel="prev">&laquo; FOI 24-1481 Agency nursing spend</a>
<a href="/foi/foi-24-1483-car-parking-income/" rel="next">FOI 24-1483 Car parking income &raquo;</a></nav>
</div>
<footer class="nhsuk-footer"><p>&copy; Penwith Moor Healthcare NHS Trust 2024</p></footer>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)
add_label(NN, "html", "nhs", "foia", "no", "no", "answered", [], 64,
          "Request is about body worn cameras only: the answers are terse table cells ('Yes', '64', 'No'), "
          "and a closing note names the fixed CCTV estate ('approx. 900 cameras, Hikvision and Axis') that is outside the request.")
