from lib import *
req = """Dear University of Castlebridge,

I would be grateful for the following information under the Freedom of Information Act 2000.

1. The total number of CCTV cameras on the University's estate.
2. The manufacturers of those cameras.
3. Whether any of the cameras are made by Hikvision or Dahua.
4. Whether any cameras record audio or have facial recognition enabled.

Thanks,
Priya Ramaswamy"""
write_request("07", req)
rows = [("Northgate Campus", "Library, Students' Union, Sports Centre, Teaching blocks A-F", "148", "Axis, Avigilon"),
        ("Riverside Campus", "Engineering, Business School, car parks R1-R3", "93", "Axis"),
        ("St Anselm's Campus", "Health Sciences, Nursing simulation suite", "41", "Hik Vision"),
        ("Castlebridge Halls (University owned)", "Halls 1-6, Porters' Lodge", "77", "Avigilon, Hik Vision"),
        ("Farm and Field Station, Ashworth", "Barns, laboratory, gatehouse", "12", "Hanwha")]
tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td style=\"text-align:right\">{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
html = f"""<html><head><meta charset="utf-8"><style>
body {{ font-family: Calibri, Arial, sans-serif; font-size: 11pt; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 3px 8px; }}
th {{ background: #1f3864; color: #fff; }}
.disc {{ font-size: 8pt; color: #666; }}
</style></head><body>
<p>Dear Priya Ramaswamy,</p>
<p><b>Freedom of Information request ref. UoC-FOI-24-611</b></p>
<p>Thank you for your request of 9 October 2024. The University's response is below.</p>
<p><b>1 &amp; 2.</b> The University's CCTV cameras by campus:</p>
<table>
<tr><th>Campus</th><th>Buildings covered</th><th>Cameras</th><th>Manufacturer(s)</th></tr>
{tr}
</table>
<p style="font-size:9pt"><i>Cameras in the privately operated student accommodation at Canal Wharf and Mill Yard are owned and managed by the accommodation provider and are not included above. Figures as at 30 September 2024.</i></p>
<p><b>3.</b> Yes &ndash; please see the table above.</p>
<p><b>4.</b> None of the University's CCTV cameras record audio. Facial recognition is not enabled on any camera.</p>
<p>If you are unhappy with the way your request has been handled, you may ask for an internal review by contacting foi@castlebridge.ac.uk within 40 working days. If you remain dissatisfied after the review, you may complain to the Information Commissioner's Office (ico.org.uk).</p>
<p>Best wishes,</p>
<p>Helen Marchbank<br>Records and Information Compliance Manager<br>Governance and Legal Services<br>University of Castlebridge</p>
<p class="disc">This email and any files transmitted with it are confidential. The University of Castlebridge is a registered charity.</p>
</body></html>"""
eml("07-reply.eml", "Information Compliance <foi@castlebridge.ac.uk>", "Priya Ramaswamy <p.ramaswamy@example.net>",
    "FOI UoC-FOI-24-611 - CCTV - response", "Thu, 7 Nov 2024 11:03:55 +0000", html=html)
tot = sum(int(r[2]) for r in rows)
print(tot)
label("07", "eml", "university", "foia", "yes", "no", "answered", [], tot,
      "HTML-only e-mail: the answer is in an HTML table with no total row (count is the sum); Q3 is a bare 'Yes' to a joint question, the maker appears as 'Hik Vision' in the table.")
