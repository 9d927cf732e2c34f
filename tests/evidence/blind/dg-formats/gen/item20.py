from common import *
import io, csv, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

NN = "20"
REQ = """Dear Meridian Learning Trust,

Under the Freedom of Information Act 2000, please tell me:

1. How many CCTV cameras are installed across the Trust's academies?
2. The make and model of each camera.
3. Are any of the cameras made by Hikvision?
4. Are any of the cameras made by Dahua?

Thank you,
Noor Haddad"""
write_request(NN, REQ)

rnd = random.Random(20)
schools = [("Meridian Academy Wexley", 14), ("Brookfields Primary Academy", 11), ("St Anselm's Academy", 9),
           ("Wexley Park Secondary Academy", 22), ("Little Oaks Primary Academy", 6)]
locs = ["Main entrance", "Reception", "Playground", "Car park", "Bike shelter", "Corridor", "Canteen", "Sports hall", "Rear gate", "Bin store", "Library", "Staff car park"]
models = [("Hikvision", "DS-2CD1043G2-LIU"), ("Hikvision", "DS-2CD2047G2-LU"), ("Hikvision", "DS-2CD2387G2-LU"), ("Uniview", "IPC2124LB-SF28KM-G"), ("Uniview", "IPC3614SB-ADF28KM-I0")]
rows = []
for s, n in schools:
    for i in range(n):
        mk, md = rnd.choice(models) if s != "Wexley Park Secondary Academy" else rnd.choice(models[:3])
        rows.append([s, rnd.choice(locs), mk, md, "Active"])
for i in range(7):
    rows.append(["St Anselm's Academy", rnd.choice(locs), "Dahua", rnd.choice(["HAC-HFW1200T", "HAC-HDW1200M"]), "Removed - Aug 2023"])
active = sum(1 for r in rows if r[4] == "Active")
assert active == 62
rows.sort(key=lambda r: r[0])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Academy", "Camera location", "Make", "Model", "Status"])
w.writerows(rows)

msg = EmailMessage()
msg["From"] = "Meridian Learning Trust - Governance <governance@meridianlt.org.uk>"
msg["To"] = "Noor Haddad <noor.haddad@example.org>"
msg["Subject"] = "Re: FOI - CCTV cameras (MLT FOI 2024/31)"
msg["Date"] = format_datetime(datetime(2024, 7, 9, 9, 12, 40, tzinfo=timezone.utc))
msg["Message-ID"] = make_msgid(domain="meridianlt.org.uk")
msg.set_content(f"""Dear Noor

Thank you for your Freedom of Information request received on 11 June 2024.

Please find attached a CSV export from our estates management system, which covers all four of your questions.

If you are not satisfied with this response you can request an internal review by replying to this email within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office (www.ico.org.uk).

Best wishes

Priya Solanki
Governance & Compliance Officer
Meridian Learning Trust
Unit 2, Wexley Business Park, Wexley WX3 1MT

Meridian Learning Trust is an exempt charity and a company limited by guarantee registered in England and Wales (No. 07654321).

> {REQ.replace(chr(10), chr(10) + '> ')}
""")
msg.add_attachment(buf.getvalue().encode("utf-8"), maintype="text", subtype="csv", filename="MLT_FOI_2024-31_CCTV.csv", cte="base64")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))
add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="academy", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=62,
          note="Answer only in a base64 CSV attachment; count is the Active rows; the only Dahua rows are marked removed in 2023, so no Dahua remains.")
