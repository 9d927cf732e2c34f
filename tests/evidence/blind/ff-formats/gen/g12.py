import io
from helpers import *
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment

write_text("12-request.txt", """
Dear London Borough of Kelsham,

Under the FOI Act 2000 can you tell me:

Q1. How many CCTV cameras the council has at each of its sites (including public space CCTV, housing estates, libraries and offices)
Q2. A breakdown of those cameras by manufacturer
Q3. Whether the council uses facial recognition with any CCTV
Q4. Who monitors the public space CCTV (in-house or a contractor)

Thank you,
Natalia Brezina
""")

wb = Workbook(); ws = wb.active; ws.title = "CCTV by site"
ws["A1"] = "LB Kelsham – CCTV cameras by site and manufacturer (as at 30/09/2024)"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "FOI ref 1109-24/25"
hdr = ["Site", "Site type", "Axis", "Bosch", "Hik", "Dahua", "Total"]
ws.append([]); ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True)
sites = [
    ("Kelsham High Street / Market Parade", "Public space", 18, 0, 6, 0),
    ("Kelsham Broadway & station forecourt", "Public space", 11, 4, 0, 0),
    ("North Kelsham town centre", "Public space", 0, 0, 9, 0),
    ("Fairmead Estate", "Housing", 0, 0, 14, 8),
    ("Lockfield Estate", "Housing", 0, 0, 0, 12),
    ("Wenlow Gardens (sheltered)", "Housing", 0, 0, 6, 0),
    ("Civic Centre", "Office", 22, 0, 0, 0),
    ("Harper Road depot", "Depot", 0, 5, 3, 0),
    ("Central Library", "Library", 7, 0, 0, 0),
    ("Fairmead Library", "Library", 0, 0, 4, 0),
    ("Kelsham Cemetery & Crematorium", "Other", 0, 3, 0, 0),
]
tot = [0, 0, 0, 0]
for s in sites:
    vals = list(s[2:])
    tot = [a + b for a, b in zip(tot, vals)]
    ws.append([s[0], s[1]] + [v if v else None for v in vals] + [sum(vals)])
ws.append(["Total", None] + tot + [sum(tot)])
thin = Side(style="thin")
for c in ws[ws.max_row]:
    c.font = Font(bold=True); c.border = Border(top=thin, bottom=Side(style="double"))
ws.column_dimensions["A"].width = 38; ws.column_dimensions["B"].width = 13
for col in "CDEFG":
    ws.column_dimensions[col].width = 8
bio = io.BytesIO(); wb.save(bio)
total = sum(tot)
print(total, tot)

body = """Dear Ms Brezina

Freedom of Information request ref: 1109-24/25

Thank you for your request received on 2 October 2024. Please see our response below.

Q1. Please see attached spreadsheet.
Q2. As above.
Q3. The Council does not use facial recognition technology.
Q4. The public space CCTV control room at the Civic Centre is staffed in-house by the Council's Community Safety team.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: FOI Team, London Borough of Kelsham, Civic Centre, Kelsham Road, London SE29 4RW, or email foi@kelsham.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Kind regards

Ade Olawale
FOI & Complaints Officer
London Borough of Kelsham
"""
write_eml(out("12-reply.eml"), {
    "From": "FOI Team <foi@kelsham.gov.uk>",
    "To": "Natalia Brezina <n.brezina@example.net>",
    "Subject": "Your FOI request 1109-24/25 - CCTV",
    "Date": "Tue, 29 Oct 2024 09:12:44 +0000",
    "Message-ID": "<1109-24-25.reply@kelsham.gov.uk>",
}, body, attachments=[("1109-24-25 CCTV by site.xlsx", bio.getvalue(), "application",
                        "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
label(12, "eml", "council", "foia", "yes", "yes", "answered", [], total,
      "E-mail body answers Q1/Q2 only with 'see attached spreadsheet' / 'As above'; the xlsx attachment is a site-by-maker matrix with an abbreviated 'Hik' column and a Dahua column and a total row.")
note(12, f"EML + XLSX attachment, London borough; site x maker matrix (Axis/Bosch/'Hik'/Dahua), total {total}; both makers yes. Hard (answer only in attachment).")
