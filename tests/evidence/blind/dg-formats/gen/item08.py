from common import *
import io
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "08"
REQ = """Dear Kestrelford District Council,

Please supply the following under the Freedom of Information Act 2000:

1. The number of CCTV cameras operated by the council at each of its buildings/sites.
2. The number of recorders (NVR/DVR) at each site.
3. The manufacturer of the cameras at each site.
4. Are any of the cameras manufactured by Hikvision?

Yours faithfully,
Andrea Kowalczyk"""
write_request(NN, REQ)

sites = {
 "Town Hall": ([("Main entrance", "Hik Vision", "DS-2CD2346G2-I", 3), ("Council chamber lobby", "Hik Vision", "DS-2CD2146G2-ISU", 2),
               ("Customer service centre", "Hik Vision", "DS-2CD2346G2-I", 7), ("Rear car park", "Axis", "P1455-LE", 4)], 1),
 "Central Library": ([("Ground floor", "HIKVISION", "DS-2CD2143G2-I", 5), ("First floor", "HIKVISION", "DS-2CD2143G2-I", 3)], 1),
 "Riverside Leisure Centre": ([("Pool hall", "Hanwha Vision", "QNV-8080R", 4), ("Reception", "Hanwha Vision", "QND-8020R", 3),
                               ("Gym", "Hanwha Vision", "QNV-8080R", 3), ("Car park", "Hanwha Vision", "QNO-8080R", 4),
                               ("Sports hall", "Hik Vision", "DS-2CD2T46G2-2I", 6)], 2),
 "Brook Street Depot": ([("Yard", "HiLook", "IPC-B140H", 4), ("Fuel bay", "HiLook", "IPC-B140H", 1)], 1),
 "Market Hall": ([("Market floor", "Axis Communications", "M3086-V", 8), ("Loading area", "Axis Communications", "P1465-LE", 2),
                  ("Entrances", "Hanwha Vision", "XNV-6081R", 2)], 1),
}
wb = Workbook()
summ = wb.active; summ.title = "Summary"
hfill = PatternFill("solid", fgColor="E2EFDA")
summ.append(["Kestrelford District Council – CCTV by site (FOI-8842)"]); summ["A1"].font = Font(bold=True, size=12)
summ.append([])
summ.append(["Site", "Cameras", "Recorders (NVR/DVR)"])
for c in summ[3]: c.font = Font(bold=True); c.fill = hfill
cached = {}
grand_c = grand_r = 0
r = 4
for site, (rows, nrec) in sites.items():
    ws = wb.create_sheet(site)
    ws.append(["Location", "Make", "Model", "Quantity"])
    for c in ws[1]: c.font = Font(bold=True); c.fill = hfill
    for row in rows:
        ws.append(list(row))
    n = len(rows)
    ws.append([])
    ws.append(["Cameras at site", None, None, f"=SUM(D2:D{n+1})"])
    ws.append(["Recorders", None, None, nrec])
    ws.cell(n + 3, 1).font = Font(bold=True)
    ncam = sum(x[3] for x in rows)
    cached[site] = {f"D{n+3}": ncam}
    for col, w in zip("ABCD", [28, 22, 22, 10]): ws.column_dimensions[col].width = w
    summ.cell(r, 1, site)
    summ.cell(r, 2, f"='{site}'!D{n+3}")
    summ.cell(r, 3, f"='{site}'!D{n+4}")
    cached.setdefault("Summary", {})[f"B{r}"] = ncam
    cached["Summary"][f"C{r}"] = nrec
    grand_c += ncam; grand_r += nrec
    r += 1
summ.cell(r, 1, "Total").font = Font(bold=True)
summ.cell(r, 2, f"=SUM(B4:B{r-1})").font = Font(bold=True)
summ.cell(r, 3, f"=SUM(C4:C{r-1})").font = Font(bold=True)
cached["Summary"][f"B{r}"] = grand_c
cached["Summary"][f"C{r}"] = grand_r
for col, w in zip("ABC", [30, 12, 22]): summ.column_dimensions[col].width = w
assert grand_c == 61, grand_c
xpath = os.path.join(ROOT, "gen", "tmp08.xlsx")
wb.save(xpath)
xlsx_set_cached(xpath, cached)
data = open(xpath, "rb").read()
os.remove(xpath)

msg = EmailMessage()
msg["From"] = "Kestrelford DC Information Requests <foi@kestrelford.gov.uk>"
msg["To"] = "Andrea Kowalczyk <andrea.k.requests@example.org>"
msg["Subject"] = "RE: Freedom of Information request - CCTV [Ref: FOI-8842]"
msg["Date"] = format_datetime(datetime(2024, 11, 28, 10, 42, 11, tzinfo=timezone.utc))
msg["Message-ID"] = make_msgid(domain="kestrelford.gov.uk")
msg.set_content(f"""Dear Ms Kowalczyk

Freedom of Information Act 2000 - Request ref FOI-8842

Thank you for your request received on 31 October 2024.

Please find attached a spreadsheet containing the information requested. The Summary tab gives the figures for each site and there is a separate tab for each site showing the manufacturer and model of the cameras (questions 3 and 4).

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Governance Officer at this address.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision: https://ico.org.uk/make-a-complaint/

Kind regards

Gareth Pemberton
Information Governance Officer
Kestrelford District Council
Council Offices, Abbey Road, Kestrelford KF1 3DA
01632 960 771

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kestrelford District Council may monitor email traffic.

-----Original Message-----
From: Andrea Kowalczyk <andrea.k.requests@example.org>
Sent: 31 October 2024 08:15
To: foi@kestrelford.gov.uk
Subject: Freedom of Information request - CCTV

{REQ}
""")
msg.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   filename="FOI-8842 CCTV response.xlsx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))
add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="council", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=61,
          note="Answer only in attached xlsx: summary tab of cross-sheet formulas (cached values written) with recorders beside cameras; makes 'Hik Vision'/'HIKVISION'/'HiLook' on per-site tabs.")
