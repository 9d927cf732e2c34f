from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
write_request("09", """
Annwyl Cyngor Sir Eryri / Dear Eryri County Council,

I am requesting the following under the Freedom of Information Act:

1. How many CCTV cameras does the council operate, and where?
2. Who manufactured them?
3. Are any Hikvision?
4. Are any Dahua?
5. Does any of the council's CCTV use facial recognition or ANPR?

Diolch,
Gethin Prys
""")
wb = Workbook()
c = wb.active; c.title = "Llythyr - Letter"
c.column_dimensions["A"].width = 110
lines = [
 ("Cyngor Sir Eryri / Eryri County Council", True),
 ("Swyddfa'r Cyngor, Stryd y Castell, Caernarfon LL55 1SH", False),
 ("", False),
 ("Cyf / Ref: RhG-FOI-3391          Dyddiad / Date: 15/01/2025", False),
 ("", False),
 ("Dear Mr Prys,", False),
 ("Freedom of Information Act 2000 – Request for information", True),
 ("Thank you for your request received on 10 December 2024. The Council holds the information requested and the answers are set out below and in the 'Data' worksheet of this workbook.", False),
 ("1 & 2. The number, location and manufacturer of the Council's CCTV cameras are listed on the Data sheet.", False),
 ("3. No.", False),
 ("4. Please see the Data sheet.", False),
 ("5. No facial recognition is used. The Council does not operate ANPR cameras; the two car parks with ANPR (Doc Victoria and Porth yr Aur) are operated by a private company under concession.", False),
 ("", False),
 ("Mae'r ymateb hwn ar gael yn Gymraeg ar gais. This response is available in Welsh on request.", False),
 ("If you are dissatisfied with the way your request has been dealt with you may ask for an internal review within 40 working days by contacting foi@eryri.gov.wales. Should you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.", False),
 ("", False),
 ("Yn gywir / Yours sincerely", False),
 ("Llinos Wyn Hughes", False),
 ("Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer", False)]
for i, (t, b) in enumerate(lines, 1):
    cell = c.cell(row=i, column=1, value=t); cell.font = Font(bold=b, name="Arial", size=11)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
d = wb.create_sheet("Data")
d.append(["Lleoliad / Location", "Math / Type", "Nifer / Number", "Gwneuthurwr / Manufacturer"])
for cc in d[1]:
    cc.font = Font(bold=True); cc.fill = PatternFill("solid", fgColor="D9E1F2")
rows = [("Caernarfon town centre", "Public space", 36, "Axis"),
        ("Bangor city centre", "Public space", 28, "Axis"),
        ("Pwllheli harbour", "Public space", 12, "i-PRO (Panasonic)"),
        ("Leisure centres (x4)", "Building", 18, "Dahau"),
        ("Council offices (Caernarfon, Pwllheli, Dolgellau)", "Building", 42, "Bosch"),
        ("Highways & waste depots", "Building", 16, "Bosch")]
for r in rows: d.append(list(r))
d.append(["CYFANSWM / TOTAL", "", "=SUM(C2:C7)", ""])
d["A8"].font = Font(bold=True); d["C8"].font = Font(bold=True)
for col, w in zip("ABCD", (48, 16, 16, 28)): d.column_dimensions[col].width = w
wb.save(path("09-reply.xlsx"))
label(path="09-reply.xlsx", request_file="09-request.txt", format="xlsx", body_type="welsh_council", law="foia",
      hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=152,
      note="Cover-sheet letter defers the Dahua answer to the Data sheet where it is misspelt 'Dahau'; the total is a =SUM formula with no cached value (36+28+12+18+42+16=152).")
