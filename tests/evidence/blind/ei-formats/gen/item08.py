from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

req = """
To: Clwydfryn County Council – Freedom of Information

Dear Sir/Madam

Freedom of Information Act 2000

1. How many CCTV cameras does the council operate at each of its sites?
2. What make and model is each camera?
3. Are any of the cameras manufactured by Hikvision or Dahua?

Thank you
Rhys Pritchard
"""
write_request("08", req)

wb = Workbook()
cv = wb.active; cv.title = "Ymateb - Response"
cv.column_dimensions["A"].width = 70; cv.column_dimensions["B"].width = 70
lines = [
 ("Cyngor Sir Clwydfryn", "Clwydfryn County Council"),
 ("Deddf Rhyddid Gwybodaeth 2000", "Freedom of Information Act 2000"),
 ("Cyf: RhG/FOI 3317", "Ref: RhG/FOI 3317"),
 ("Dyddiad: 05/02/2025", "Date: 05/02/2025"),
 ("", ""),
 ("Mae'r wybodaeth y gofynnwyd amdani ar gyfer cwestiynau 1, 2 a 3 wedi'i nodi ar y taflenni canlynol, un daflen ar gyfer pob safle.",
  "The information requested for questions 1, 2 and 3 is set out on the following sheets, one sheet for each site."),
 ("Nid yw'r Cyngor yn gweithredu teledu cylch cyfyng canol tref. Mae systemau canol tref Rhuthun a Dinbych yn cael eu gweithredu gan y Cynghorau Tref perthnasol.",
  "The Council does not operate town centre CCTV. The Ruthin and Denbigh town centre systems are operated by the respective Town Councils and are not included."),
 ("", ""),
 ("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol drwy ysgrifennu at y Swyddog Rhyddid Gwybodaeth o fewn 40 diwrnod gwaith. Os byddwch yn parhau i fod yn anfodlon, gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
  "If you are dissatisfied with this response you may request an internal review by writing to the Freedom of Information Officer within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
 ("", ""),
 ("Croesewir gohebiaeth yn Gymraeg.", "We welcome correspondence in Welsh."),
 ("Tîm Llywodraethu Gwybodaeth / Information Governance Team – rhg@clwydfryn.gov.wales – 01824 706 514", ""),
]
for i, (cy, en) in enumerate(lines, start=1):
    a = cv.cell(row=i, column=1, value=cy); b = cv.cell(row=i, column=2, value=en)
    a.alignment = b.alignment = Alignment(wrap_text=True, vertical="top")
cv["A1"].font = cv["B1"].font = Font(bold=True, size=13)

thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
sites = [
 ("Swyddfeydd Sirol", "County Offices, Wynnstay Road, Ruthin", [
   ("Main reception", "Axis", "M3115-LVE", "Int"), ("Reception – side door", "Axis", "M3115-LVE", "Int"),
   ("Council chamber lobby", "Axis", "M3115-LVE", "Int"), ("Cash office", "Axis", "P3265-LV", "Int"),
   ("Staff car park north", "Axis", "P1465-LE", "Ext"), ("Staff car park south", "Axis", "P1465-LE", "Ext"),
   ("Loading bay", "Axis", "P1465-LE", "Ext"), ("Bike store", "Vivotek", "IB9389-H", "Ext"),
   ("Plant room door", "Vivotek", "IB9389-H", "Ext")]),
 ("Depo Heol y Bont", "Heol y Bont Depot, Denbigh", [
   ("Gate", "Da Hua", "DH-IPC-HFW2431S", "Ext"), ("Weighbridge", "Da Hua", "DH-IPC-HFW2431S", "Ext"),
   ("Salt barn", "Da Hua", "DH-IPC-HFW2431S", "Ext"), ("Fuel bunker", "Da Hua", "DH-IPC-HFW5442E", "Ext"),
   ("Vehicle workshop", "Da Hua", "DH-IPC-HDW2431T", "Int"), ("Stores counter", "Da Hua", "DH-IPC-HDW2431T", "Int"),
   ("Yard PTZ", "Da Hua", "DH-SD49425XB", "Ext")]),
 ("Canolfan Hamdden Llanfair", "Llanfair Leisure Centre", [
   ("Reception", "Hanwha", "QND-6012R", "Int"), ("Reception till", "Hanwha", "QND-6012R", "Int"),
   ("Pool side 1", "Hanwha", "XND-6080RV", "Int"), ("Pool side 2", "Hanwha", "XND-6080RV", "Int"),
   ("Gym", "Hanwha", "QND-6012R", "Int"), ("Gym 2", "Hanwha", "QND-6012R", "Int"),
   ("Sports hall", "Hanwha", "XND-6080RV", "Int"), ("Corridor to changing", "Hanwha", "QND-6012R", "Int"),
   ("Café", "Hanwha", "QND-6012R", "Int"), ("Main entrance ext", "Hanwha", "QNO-6012R", "Ext"),
   ("Car park 1", "Hanwha", "QNO-6012R", "Ext"), ("Car park 2", "Hanwha", "QNO-6012R", "Ext"),
   ("3G pitch", "Hanwha", "QNO-6082R", "Ext"), ("Fire exit rear", "Hanwha", "QNO-6012R", "Ext")]),
 ("Maes Parcio Stryd y Farchnad", "Market Street Car Park, Denbigh", [
   ("Entry barrier", "Axis", "P1465-LE", "Ext"), ("Exit barrier", "Axis", "P1465-LE", "Ext"),
   ("Pay machines", "Axis", "P3265-LVE", "Ext"), ("Level 1 ramp", "Axis", "P1465-LE", "Ext"),
   ("Stairwell", "Axis", "M3115-LVE", "Int")]),
 ("Llyfrgell Corwen", "Corwen Library", [
   ("Entrance", "Vivotek", "FD9387-HV", "Int"), ("Public PCs", "Vivotek", "FD9387-HV", "Int"),
   ("Rear door", "Vivotek", "IB9389-H", "Ext")]),
]
total = 0
for short, name, cams in sites:
    ws = wb.create_sheet(short[:31])
    ws["A1"] = f"{short} / {name}"; ws["A1"].font = Font(bold=True, size=12); ws.merge_cells("A1:E1")
    hdr = ["Cyf. camera / Camera ref", "Lleoliad / Location", "Gwneuthurwr / Make", "Model", "Mewnol/Allanol / Int/Ext"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="C6E0B4"); c.border = bd
    code = "".join(w[0] for w in short.split()).upper()
    for i, (loc, mk, mdl, io_) in enumerate(cams, start=1):
        vals = [f"{code}-{i:02d}", loc, mk, mdl, io_]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=3 + i, column=j, value=v); c.border = bd
    r = 4 + len(cams)
    ws.cell(row=r, column=2, value="Cyfanswm / Total").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(cams)).font = Font(bold=True)
    for col, w in zip("ABCDE", [22, 26, 20, 18, 22]):
        ws.column_dimensions[col].width = w
    total += len(cams)
wb.save(p("08-reply.xlsx"))
print("total", total)
add_label(path="08-reply.xlsx", request_file="08-request.txt", format="xlsx", body_type="welsh_council",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
          note="Bilingual cover then one sheet per site each ending in its own 'Cyfanswm / Total' row and no grand total (9+7+14+5+3); Dahua spelled 'Da Hua'; Q3 never answered in words.")
