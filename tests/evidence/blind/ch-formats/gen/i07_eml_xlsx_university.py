import io
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from common import out, write_request, add_label

NN = "07"
write_request(NN, """
Dear University of Calder Bridge,

I am writing to make a request for information under the Freedom of Information Act 2000.

Question 1: How many CCTV cameras does the University operate on each of its campuses?
Question 2: For each camera, please state the make and model.
Question 3: Is facial recognition technology used by the University?

Yours,
Helena Mortimer
""")

random.seed(7)
campuses = {
    "Wharfside Campus": (["Library", "Students' Union", "Engineering Block", "Halls - Quay House", "Multi-storey"],
                         ["Axis P3265-LVE", "Axis M4216-LV", "Hanwha XNV-8080R"]),
    "Moor Lane Campus": (["Sports Centre", "Pavilion", "Main Building", "Car Park B"],
                         ["Hikvision DS-2CD2143G2-IS", "Hikvision DS-2CD2T46G2-4I", "Axis P3265-LVE"]),
    "City Centre Hub": (["Reception", "Lecture Theatre 1", "Lecture Theatre 2"],
                        ["Hanwha QND-6082R", "Hanwha XNV-8080R"]),
}
wb = Workbook()
wb.remove(wb.active)
total = 0
for camp, (bldgs, models) in campuses.items():
    ws = wb.create_sheet(camp.replace(" Campus", ""))
    ws.append([camp]); ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Ref", "Building", "Make / Model", "Int/Ext"])
    for c in ws[3]:
        c.font = Font(bold=True)
    i = 0
    for b in bldgs:
        for _ in range(random.randint(3, 14)):
            i += 1
            ws.append([f"{camp[:2].upper()}{i:03d}", b, random.choice(models), random.choice(["Int", "Ext"])])
    ws.append([])
    ws.append(["", "Cameras on campus", i])
    ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
    ws.column_dimensions["B"].width = 22; ws.column_dimensions["C"].width = 30
    total += i
buf = io.BytesIO(); wb.save(buf)
print("total", total)

m = EmailMessage()
m["From"] = "Freedom of Information <foi@calderbridge.ac.uk>"
m["To"] = "helena.mortimer@example.org"
m["Subject"] = "FOI-2023-0394 response"
m["Date"] = format_datetime(datetime(2023, 11, 28, 9, 14, tzinfo=timezone.utc))
m["Message-ID"] = "<foi-2023-0394@calderbridge.ac.uk>"
m.set_content("""Dear Ms Mortimer,

Re: FOI-2023-0394

Thank you for your request for information. I can confirm that the University holds the information requested.

Questions 1 and 2 – please see the attached spreadsheet, which has one tab per campus.

Question 3 – The University does not use facial recognition technology.

If you are unhappy with the way your request has been handled you can request a review by writing to the University Secretary, University of Calder Bridge, Wharfside, Calder Bridge HX1 9WW within 40 working days. If you remain dissatisfied you have the right to complain to the Information Commissioner.

Best wishes,

Daniel Oyelaran
Information Compliance Manager
University of Calder Bridge
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 filename="FOI-2023-0394 CCTV cameras.xlsx")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-attachment-xlsx",
           "body_type": "university", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": total,
           "note": "answer only in attached xlsx; count split across three campus sheets with no grand total; maker only in a Make / Model column"})
