from common import *

REQ = """Hello,

Under FOI please can you send me:
- the number of CCTV cameras on the university's campuses, broken down by building if possible
- the brands of camera used
- whether any Hikvision or Dahua cameras are still in use (I understand some universities have been replacing them)
- whether the CCTV has audio recording enabled anywhere

Thanks
Priya Sandhu"""
write_request("05", REQ)

rows = [("Library & Learning Centre", 22, 6, 1), ("Students' Union", 18, 9, 2), ("Hadley Building (Engineering)", 31, 8, 0),
        ("Mowbray Halls (Blocks A-F)", 12, 26, 2), ("Sports Centre", 9, 7, 1), ("Estates Yard & Energy Centre", 2, 11, 1),
        ("Car parks 1-5", 0, 19, 4), ("Other academic buildings", 47, 15, 0)]
ti = sum(r[1] for r in rows); te = sum(r[2] for r in rows); tp = sum(r[3] for r in rows)
total = ti + te + tp

plain = f"""Dear Priya

Thank you for your request for information, received on 3 October 2024, reference FOI-2024-311.

1. Our CCTV cameras by building are as follows:

Building                          Internal  External  PTZ
"""
for r in rows:
    plain += f"{r[0]:<34}{r[1]:>8}{r[2]:>10}{r[3]:>5}\n"
plain += f"{'Total':<34}{ti:>8}{te:>10}{tp:>5}\n"
plain += f"""
2. Cameras are Axis Communications and Hanwha Vision.

3. No. A small number of Hikvision cameras in the Students' Union and Mowbray Halls were replaced under the 2023 CCTV upgrade programme and none remain on the network.

4. No. Audio recording is not enabled on any University camera.

If you are dissatisfied with the handling of your request you may ask for an internal review by contacting foi@westburn.ac.uk within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner (www.ico.org.uk).

Best wishes

Information Compliance Team
University of Westburn
Registry, Kelham Building, Westburn WB2 7RL
"""

def tr(cells, tag="td", bold=False):
    st = ' style="font-weight:bold"' if bold else ""
    return "<tr%s>" % st + "".join(f'<{tag} style="border:1px solid #999;padding:3px 8px">{c}</{tag}>' for c in cells) + "</tr>"

html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Priya</p>
<p>Thank you for your request for information, received on 3 October 2024, reference FOI-2024-311.</p>
<p>1. Our CCTV cameras by building are as follows:</p>
<table style="border-collapse:collapse">
{tr(["Building", "Internal", "External", "PTZ"], "th")}
{''.join(tr([r[0], r[1], r[2], r[3]]) for r in rows)}
{tr(["Total", ti, te, tp], bold=True)}
</table>
<p>2. Cameras are Axis Communications and Hanwha Vision.</p>
<p>3. No. A small number of Hikvision cameras in the Students' Union and Mowbray Halls were replaced under the 2023 CCTV upgrade programme and none remain on the network.</p>
<p>4. No. Audio recording is not enabled on any University camera.</p>
<p style="font-size:9pt;color:#555">If you are dissatisfied with the handling of your request you may ask for an internal review by contacting <a href="mailto:foi@westburn.ac.uk">foi@westburn.ac.uk</a> within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner (<a href="https://ico.org.uk">www.ico.org.uk</a>).</p>
<p>Best wishes</p>
<p><b>Information Compliance Team</b><br>University of Westburn<br>Registry, Kelham Building, Westburn WB2 7RL</p>
</body></html>"""

m = new_mail('"Information Compliance" <foi@westburn.ac.uk>', '"Priya Sandhu" <p.sandhu.requests@outlook.com>',
             "FOI-2024-311 - Response - CCTV", dt(2024, 10, 29, 11, 7))
m.set_content(plain)
m.add_alternative(html, subtype="html")
save_mail("05", m)
print(ti, te, tp, total)
add_label("05", "eml", "university", "foia", "no", "no", "answered", [], total,
          "The total row gives internal, external and PTZ totals in separate columns that must be added together, and the Hikvision answer mentions cameras that were removed.")
