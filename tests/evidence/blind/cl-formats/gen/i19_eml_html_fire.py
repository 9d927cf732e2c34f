from emlutil import *
from common import *

NN = "19"
write_request(NN, """
To: Freedom of Information, Pennine Vale Fire & Rescue Service

Q1. How many CCTV cameras are installed at your fire stations (please give a breakdown by station)?
Q2. Are any of them Hikvision?
Q3. Are any of them Dahua?
Q4. Do you have any plans to replace Chinese-made cameras?
""")
stations = [("Halden (HQ & Station 01)", 24, "Axis"), ("Brigg Moor", 8, "Hikvision"), ("Stainton", 6, "Hikvision"),
            ("Oxley Bridge", 9, "Axis"), ("Marsden Top", 5, "Hikvision"), ("Coldwell", 7, "Hikvision"),
            ("Training Centre, Ferrybank", 14, "Axis")]
tot = sum(s[1] for s in stations)
trs = "\n".join(f"<tr><td>{a}</td><td style='text-align:right'>{b}</td><td>{c}</td></tr>" for a, b, c in stations)
html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Requester,</p>
<p><b>Freedom of Information Request &ndash; PVFRS/FOI/24/219</b></p>
<p>Thank you for your request received on 14 October 2024. Please find our response below.</p>
<p><b>Q1</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Station</th><th>No. of cameras</th><th>Make</th></tr>
{trs}
<tr><td><b>Total</b></td><td style='text-align:right'><b>{tot}</b></td><td></td></tr>
</table>
<p><b>Q2</b> Yes &ndash; see table above.</p>
<p><b>Q3</b> No.</p>
<p><b>Q4</b> The Hikvision cameras at the four retained stations are scheduled for replacement during the 2025/26
financial year as part of the Service's estates security upgrade.</p>
<p>If you are not content with the outcome of your request you may ask for an internal review by contacting
foi@pennine-vale-fire.example.gov.uk. If you remain dissatisfied you can apply to the Information Commissioner.</p>
<p>Kind regards,<br>Lucy Armitage<br>Information Governance Assistant<br>Pennine Vale Fire &amp; Rescue Service<br>Tel: 01632 408 812</p>
</body></html>"""
m = make("PVFRS FOI <foi@pennine-vale-fire.example.gov.uk>", "requester@example.com",
         "PVFRS/FOI/24/219 Response", (2024, 11, 8, 11, 20), html=html)
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "fire", "foia", "yes", "no", "answered", [], tot,
      "HTML-only e-mail body with a table and total row; Hikvision cameras in place now but due for replacement in a future year (still yes).")
print(tot)
