from common import *

N = 20
write_request(N, """
FOI request to Betsi Cadwaladr University Health Board

(1) Please list each hospital site with the number of CCTV cameras in use.
(2) Please state the manufacturer(s) of the cameras at each site.
(3) Are any cameras manufactured by Hikvision or Dahua? If so, are there plans to replace them?
(4) Are any new CCTV installations planned?

Diolch
Rhodri Venables
""")

rows = [("Ysbyty Gwynedd, Bangor", 148, 0, "Axis, Bosch", ""),
        ("Ysbyty Glan Clwyd, Bodelwyddan", 173, 20, "Axis", "20 additional cameras planned – new Emergency Department"),
        ("Ysbyty Wrexham Maelor", 161, 0, "Axis, Dahau", "Dahau units in multi-storey car park"),
        ("Ysbyty Penrhos Stanley, Holyhead", 18, 0, "Axis", "Hikvision cameras removed and replaced with Axis, June 2023"),
        ("Ysbyty Alltwen, Tremadog", 12, 0, "Dahau", ""),
        ("Ysbyty Cymuned Llandudno", 21, 6, "Bosch", "")]
tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c or '&ndash;'}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
tot = sum(r[1] for r in rows); pl = sum(r[2] for r in rows)
html = f"""<!DOCTYPE html>
<html lang="cy-GB"><head><meta charset="utf-8">
<title>Datgeliadau Rhyddid Gwybodaeth / FOI Disclosures – CCTV – BIPBC / BCUHB</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto}} table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #bbb;padding:5px}} th{{background:#00457c;color:#fff}} tfoot td{{font-weight:bold}}</style>
</head><body>
<div class="gov-header"><span>GIG Cymru | NHS Wales</span> <strong>Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board</strong>
<a href="/cy/">Cymraeg</a></div>
<nav class="crumbs">Home / About us / Freedom of Information / Disclosure log / 2024</nav>
<article>
<h1>FOI-2024-0366 – CCTV cameras and manufacturers</h1>
<p><em>Published: 22/04/2024</em></p>
<h2>Information requested</h2>
<p>(1) Please list each hospital site with the number of CCTV cameras in use. (2) Please state the manufacturer(s) of the cameras at each site. (3) Are any cameras manufactured by Hikvision or Dahua? If so, are there plans to replace them? (4) Are any new CCTV installations planned?</p>
<h2>Response</h2>
<p>The Health Board's response to points (1), (2) and (4) is provided in the table below. Community hospitals and health centres not listed do not have Health Board CCTV.</p>
<table>
<thead><tr><th>Site</th><th>Cameras in use</th><th>Planned 2024/25</th><th>Manufacturer</th><th>Comments</th></tr></thead>
<tbody>
{tr}
</tbody>
<tfoot><tr><td>Total</td><td>{tot}</td><td>{pl}</td><td></td><td></td></tr></tfoot>
</table>
<p>(3) Please refer to the table. The Health Board's Estates and Facilities division is reviewing all CCTV equipment as part of the Security Strategy 2024&ndash;2027; a replacement timetable has not yet been agreed.</p>
<p>Os ydych yn anfodlon / If you are dissatisfied with this response you may request an internal review by contacting the Information Governance team, Block 5, Carlton Court, St Asaph Business Park, St Asaph LL17 0JG (BCU.FOI@wales.nhs.uk). You may also contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
</article>
<footer>&copy; Betsi Cadwaladr University Health Board 2024</footer>
</body></html>
"""
out(N, "html").write_text(html, encoding="utf-8")
print(tot, pl)
add_label(N, "html", "nhs", "foia", "no", "yes", "answered", [], tot,
          "Welsh disclosure log table; maker spelt 'Dahau'; Hikvision mentioned only as removed and replaced; planned column beside in-use")
