import os, io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from lib import *

REQUEST = """
Dear Teifi Valley County Council / Cyngor Sir Dyffryn Teifi,

Please provide under FOIA:

Question 1: How many CCTV cameras does the council operate, by site and by type?
Question 2: Do you have any cameras made by Hikvision?
Question 3: Do you have any cameras made by Dahua?
Question 4: Are any of your cameras used with facial recognition software?

Diolch,
Gethin Maddox
"""

SITES = [
    ("Canol tref Llanfair / Llanfair town centre", 12, 6, 4),
    ("Depo Heol Tywi / Heol Tywi depot", 5, 0, 2),
    ("Canolfan Hamdden Glan-yr-Afon / Riverside Leisure Centre", 8, 0, 10),
    ("Neuadd y Sir / County Hall", 6, 1, 14),
    ("Meysydd parcio / Car parks (7 sites)", 18, 4, 0),
    ("Amlosgfa Pantycelyn / Pantycelyn Crematorium", 4, 0, 2),
]

LABEL = dict(format="eml", body_type="welsh_council", law="foia", hikvision="no", dahua="yes",
             outcome="answered", exemptions=[], camera_count=96,
             note="answer is in an .xlsx attached to a bilingual e-mail; site x type cross-table with a total column but no total row")


def workbook_bytes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Ymateb - Response"
    ws["A1"] = "Cais Rhyddid Gwybodaeth / Freedom of Information Request FOI-DT-2024-0457"
    ws["A1"].font = Font(bold=True, size=12)
    qa = [
        ("Cwestiwn / Question", "Ymateb / Response"),
        ("1. How many CCTV cameras does the council operate, by site and by type?", "Please see the tab 'Camerâu - Cameras'."),
        ("2. Do you have any cameras made by Hikvision?", "No"),
        ("3. Do you have any cameras made by Dahua?", "Yes - the 7 cameras at Heol Tywi depot are Dahua."),
        ("4. Are any of your cameras used with facial recognition software?", "No"),
    ]
    for i, (q, a) in enumerate(qa, start=3):
        ws.cell(row=i, column=1, value=q)
        ws.cell(row=i, column=2, value=a)
        if i == 3:
            ws.cell(row=i, column=1).font = Font(bold=True)
            ws.cell(row=i, column=2).font = Font(bold=True)
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 60
    s = wb.create_sheet("Camerâu - Cameras")
    hdr = ["Safle / Site", "Sefydlog / Fixed", "PTZ", "Cromen / Dome", "Cyfanswm / Total"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=1, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True)
    for i, (site, f, p, d) in enumerate(SITES, start=2):
        for j, v in enumerate([site, f, p, d, f + p + d], start=1):
            s.cell(row=i, column=j, value=v)
    assert sum(f + p + d for _, f, p, d in SITES) == 96
    s.column_dimensions["A"].width = 55
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


TXT = """Annwyl Mr Maddox / Dear Mr Maddox,

Cais Rhyddid Gwybodaeth / Freedom of Information Request: FOI-DT-2024-0457

Diolch am eich cais. Mae'r ymateb ynghlwm.
Thank you for your request. Please find the Council's response attached.

Os ydych yn anfodlon / If you are dissatisfied with our response you may request an internal review within 40 working days by contacting rhyddidgwybodaeth@dyffrynteifi.gov.wales. You may also contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.

Yn gywir / Yours sincerely

Nia Prosser
Swyddog Llywodraethu Gwybodaeth / Information Governance Officer
Cyngor Sir Dyffryn Teifi / Teifi Valley County Council
"""

HTML = """<html><body style="font-family:Verdana;font-size:10pt">
<p>Annwyl Mr Maddox / Dear Mr Maddox,</p>
<p><b>Cais Rhyddid Gwybodaeth / Freedom of Information Request: FOI-DT-2024-0457</b></p>
<p>Diolch am eich cais. Mae'r ymateb ynghlwm.<br><i>Thank you for your request. Please find the Council's response attached.</i></p>
<p>Os ydych yn anfodlon / If you are dissatisfied with our response you may request an internal review within 40 working days by contacting rhyddidgwybodaeth@dyffrynteifi.gov.wales. You may also contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p style="color:#1F4E79">Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.</p>
<p>Yn gywir / Yours sincerely</p>
<p><b>Nia Prosser</b><br>Swyddog Llywodraethu Gwybodaeth / Information Governance Officer<br>Cyngor Sir Dyffryn Teifi / Teifi Valley County Council</p>
</body></html>"""


def build(out):
    name = "10-reply.eml"
    eml(os.path.join(out, name), "Rhyddid Gwybodaeth / FOI <rhyddidgwybodaeth@dyffrynteifi.gov.wales>",
        "gethin.maddox@example.co.uk", "Ymateb / Response FOI-DT-2024-0457", dt(2024, 6, 5, 15, 20), TXT, HTML,
        attachments=[("FOI-DT-2024-0457 Ymateb Response.xlsx", workbook_bytes(), XLSX)])
    return name
