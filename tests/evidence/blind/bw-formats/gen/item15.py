from common import *
from emailutil import make_eml
import io
from openpyxl import Workbook
from openpyxl.styles import Font

N = 15
req = """Dear Freedom of Information Officer,

Under the Freedom of Information Act 2000 I request:

1. The number of CCTV cameras at each of the Trust's sites.
2. Are any of the Trust's CCTV cameras manufactured by Hikvision?
3. Are any of the Trust's CCTV cameras manufactured by Dahua?
4. Does the Trust use body worn cameras? If so, how many?

Yours faithfully,
Beatrix Collingwood"""
write_request(N, req)

wb = Workbook(); ws = wb.active; ws.title = "CCTV"
ws["A1"] = "FOI 24-0588 CCTV cameras by site"; ws["A1"].font = Font(bold=True)
ws.append([]); ws.append(["Site", "Internal", "External", "Total"])
for c in ws[3]: c.font = Font(bold=True)
sites = [("Royal Cornwall Hospital (Treliske)", 266, 91), ("West Cornwall Hospital (Penzance)", 34, 12),
         ("St Michael's Hospital (Hayle)", 22, 9), ("Sunrise Centre", 8, 3), ("Knowledge Spa", 5, 4)]
ti = te = 0
for s, i, e in sites:
    ws.append([s, i, e, i + e]); ti += i; te += e
ws.append(["Grand Total", ti, te, ti + te])
for c in ws[ws.max_row]: c.font = Font(bold=True)
ws.column_dimensions["A"].width = 38
bio = io.BytesIO(); wb.save(bio)

quoted = "\n".join("> " + l if l else ">" for l in req.splitlines())
body = f"""Dear Ms Collingwood

Please find below the Trust's response to your request.

1. See attached.
2. Yes.
3. No.
4. Yes – 46 body worn cameras are issued to the security team and Emergency Department staff.

If you are dissatisfied with the response, you may request an internal review by contacting the Trust within 40 working days. If you remain dissatisfied you may refer the matter to the Information Commissioner.

Regards

FOI Team
Royal Cornwall Hospitals NHS Trust
rch-tr.foi@nhs.net

-----Original Message-----
From: Beatrix Collingwood <request-1188431-b3f0a1@whatdotheyknow.com>
Sent: 02 January 2024 09:41
To: FOI (ROYAL CORNWALL HOSPITALS NHS TRUST) <rch-tr.foi@nhs.net>
Subject: Freedom of Information request - CCTV cameras

{quoted}

-------------------------------------------------------------------
Please use this email address for all replies to this request:
request-1188431-b3f0a1@whatdotheyknow.com
-------------------------------------------------------------------
"""
make_eml(out(N, "eml"), "FOI (ROYAL CORNWALL HOSPITALS NHS TRUST) <rch-tr.foi@nhs.net>",
         "Beatrix Collingwood <request-1188431-b3f0a1@whatdotheyknow.com>",
         "RE: Freedom of Information request - CCTV cameras [FOI 24-0588]", "2024-01-26 16:03", text=body,
         attachments=[("FOI 24-0588 CCTV.xlsx", bio.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
print(ti + te)
add_label(N, "eml", "nhs", "foia", "yes", "no", "answered", [], ti + te,
          "bare 'See attached. Yes. No.' readable only with quoted request; count in attached xlsx total; body-worn figure in body is not CCTV")
