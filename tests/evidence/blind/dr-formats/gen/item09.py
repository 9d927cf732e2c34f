from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime, io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from common import out, Cache

C = Cache()
wb = Workbook()
r = wb.active; r.title = "Ymateb - Response"
s = wb.create_sheet("Safleoedd - Sites")
bold = Font(bold=True)
lines = [
    ("Cwm Aeron County Borough Council / Cyngor Bwrdeistref Sirol Cwm Aeron", None),
    ("Freedom of Information Act 2000 - Cais am Wybodaeth / Request for Information", None),
    ("Ref / Cyf: FOI 0871/24", None), ("", None),
    ("Question", "Response"),
    ("1. How many CCTV cameras does the council operate?", "Please see the 'Sites' worksheet."),
    ("2. Are any made by Hikvision or Dahua? If so, how many of each?", "Yes. 23 of the Council's cameras are Hikvision (Civic Centre and Llanfair Leisure Centre). The Council has no Dahua cameras."),
    ("3. The town/site where the cameras are located.", "Please see the 'Sites' worksheet."),
]
for a, b in lines: r.append([a, b])
r["A1"].font = Font(bold=True, size=12); r["A5"].font = bold; r["B5"].font = bold
r.column_dimensions["A"].width = 62; r.column_dimensions["B"].width = 80
for row in r.iter_rows(min_row=6):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

s.append(["Site / Safle", "Town / Tref", "Cameras / Camerau", "Manufacturer / Gwneuthurwr"])
for c in s[1]: c.font = bold
sites = [("Town centre public space CCTV", "Llanfair", 46, "Axis"),
         ("Town centre public space CCTV", "Pontybryn", 31, "Axis"),
         ("Civic Centre / Canolfan Ddinesig", "Llanfair", 15, "Hikvision"),
         ("Canolfan Hamdden Llanfair Leisure Centre", "Llanfair", 8, "Hikvision"),
         ("Pontybryn Leisure Centre", "Pontybryn", 12, "Hanwha"),
         ("Highways & Waste Depot, Heol y Gamlas", "Pontybryn", 6, "Bosch")]
for x in sites: s.append(list(x))
n = len(sites) + 1
s.cell(row=n + 1, column=2, value="Total / Cyfanswm").font = bold
C.f(s, "C%d" % (n + 1), "=SUM(C2:C%d)" % n, sum(x[2] for x in sites))
s["C%d" % (n + 1)].font = bold
for col, w in zip("ABCD", [44, 14, 20, 28]): s.column_dimensions[col].width = w
xpath = out("gen/_09.xlsx")
C.save(wb, xpath)
data = open(xpath, "rb").read()

m = EmailMessage()
m["From"] = "Rhyddid Gwybodaeth / Freedom of Information <foi@cwmaeron.gov.wales>"
m["To"] = "Gareth Pryce <gareth.pryce@outlook.com>"
m["Subject"] = "FOI 0871/24 - Ymateb / Response"
m["Date"] = formatdate(datetime.datetime(2024, 5, 20, 14, 3, 55).timestamp())
m["Message-ID"] = make_msgid(domain="cwmaeron.gov.wales")
m.set_content("""Annwyl Mr Pryce / Dear Mr Pryce,

Diolch am eich cais am wybodaeth. Mae ymateb y Cyngor ynghlwm.

Thank you for your request for information received on 23 April 2024. Please find the Council's response attached.

Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.

If you are dissatisfied with the response you may request an internal review by contacting the Information Governance Manager at the address below within 40 working days. You also have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (0330 414 6421).

Yn gywir / Yours sincerely,

Siân Llewelyn
Swyddog Llywodraethu Gwybodaeth / Information Governance Officer
Cyngor Bwrdeistref Sirol Cwm Aeron / Cwm Aeron County Borough Council
Swyddfeydd y Cyngor, Stryd Fawr, Llanfair CF47 8AA
""")
m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 filename="FOI 0871-24 Response.xlsx")
open(out("09-reply.eml"), "wb").write(bytes(m))
import os; os.remove(xpath)
