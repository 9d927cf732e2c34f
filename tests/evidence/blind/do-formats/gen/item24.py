from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NN = "24"
write_request(NN, """
Dear Sir/Madam,

Freedom of Information request regarding public space CCTV operated by Brackenford Borough Council.

1. How many CCTV cameras does the council operate?
2. Please list the manufacturer, model and location type of the cameras.
3. Do any cameras have facial recognition or ANPR capability?
4. Does the council use Hikvision or Dahua cameras? If the council previously used them, when were they removed?
5. Are there any plans to replace cameras?

Many thanks,
Petra Novak
""")

wb = Workbook()
hfont = Font(bold=True, color="FFFFFF"); hfill = PatternFill("solid", fgColor="7B2D26")
ws = wb.active; ws.title = "Response"
ws["A1"] = "Brackenford Borough Council - Freedom of Information response"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Reference: BBC/FOI/24/02297    Date: 22 November 2024"
resp = [("1", "How many CCTV cameras does the council operate?", "See 'Camera list' tab (total at bottom)."),
        ("2", "Manufacturer, model and location type", "See 'Camera list' tab."),
        ("3", "Facial recognition or ANPR?",
         "No facial recognition. ANPR is used for bus lane enforcement only - see 'ANPR' tab. ANPR cameras are "
         "not part of the CCTV system."),
        ("4", "Hikvision or Dahua?",
         "Yes, Hikvision - see 'Camera list' tab. Dahua equipment was removed in 2023 - see 'Removed equipment' tab."),
        ("5", "Plans to replace?", "Yes. See status column on 'Camera list' tab.")]
ws.append([])
ws.append(["Q", "Question", "Response"])
for c in "ABC":
    ws[f"{c}4"].font = hfont; ws[f"{c}4"].fill = hfill
for r in resp:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=9):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 4; ws.column_dimensions["B"].width = 40; ws.column_dimensions["C"].width = 70
ws["A11"] = ("If you are unhappy with this response you can request an internal review within 40 working days "
             "(foi@brackenford.gov.uk). You may then complain to the Information Commissioner's Office.")

wl = wb.create_sheet("Camera list")
wl.append(["Location type", "Location", "Manufacturer", "Model", "Qty", "Status"])
for c in range(1, 7):
    wl.cell(1, c).font = hfont; wl.cell(1, c).fill = hfill
cams = [("Town centre", "Market Square / High Street / Bridge Street", "Axis", "Q6135-LE (PTZ)", 24, "Operational"),
        ("Town centre", "Market Square / High Street / Bridge Street", "Axis", "P1465-LE", 31, "Operational"),
        ("Parks & open spaces", "Abbey Park, Ferrers Rec, Millfield", "Hikvision", "DS-2DE5432IW-AE", 14,
         "Operational - replacement programmed 2026/27"),
        ("Car parks", "Chapel St, Foundry Lane, Leisure Centre", "Hikvision", "DS-2CD2T46G2-4I", 22,
         "Operational - replacement programmed 2026/27"),
        ("Civic buildings", "Civic Centre, Register Office", "Hanwha", "XNV-8082R", 18, "Operational"),
        ("Depot", "Wharf Road Depot", "Hanwha", "XNO-6120R", 9, "Operational"),
        ("Redeployable", "Various (ASB hotspots)", "Hanwha", "PNM-9085RQZ (WCCTV housing)", 6, "Operational")]
for r in cams:
    wl.append(list(r))
last = len(cams) + 1
wl.append(["", "", "", "Total", f"=SUM(E2:E{last})", ""])
wl.cell(last + 1, 4).font = Font(bold=True); wl.cell(last + 1, 5).font = Font(bold=True)
for col, w in zip("ABCDEF", [20, 42, 14, 30, 6, 44]):
    wl.column_dimensions[col].width = w
dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$9", allow_blank=True)
wl.add_data_validation(dv); dv.add(f"C2:C{last}")

wa = wb.create_sheet("ANPR")
wa.append(["Site", "Manufacturer", "Qty", "Purpose"])
for c in range(1, 5):
    wa.cell(1, c).font = hfont; wa.cell(1, c).fill = hfill
wa.append(["Station Road bus gate", "Videalert", 2, "Bus lane enforcement"])
wa.append(["Northgate bus lane", "Videalert", 4, "Bus lane enforcement"])
wa.column_dimensions["A"].width = 26; wa.column_dimensions["B"].width = 14; wa.column_dimensions["D"].width = 24

wr = wb.create_sheet("Removed equipment")
wr.append(["Location", "Manufacturer", "Qty", "Removed", "Replaced with"])
for c in range(1, 6):
    wr.cell(1, c).font = hfont; wr.cell(1, c).fill = hfill
wr.append(["Town centre (Bridge Street, Sheep Street)", "Dahua", 11, "Aug-2023", "Axis P1465-LE"])
wr.append(["Civic Centre", "Dahua", 5, "Oct-2023", "Hanwha XNV-8082R"])
wr.append(["Civic Centre", "Dahua NVR (recorder)", 1, "Oct-2023", "Milestone XProtect server"])
wr.column_dimensions["A"].width = 40; wr.column_dimensions["B"].width = 22; wr.column_dimensions["E"].width = 28

wlist = wb.create_sheet("Lists")
wlist.append(["Manufacturers"])
for m in ["Axis", "Bosch", "Dahua", "Hanwha", "Hikvision", "Avigilon", "Panasonic", "Other"]:
    wlist.append([m])
wlist.sheet_state = "hidden"
wb.active = 0
dest = out(f"{NN}-reply.xlsx")
wb.save(dest)
total = sum(r[4] for r in cams)
xlsx_cache_values(dest, {2: {f"E{last+1}": total}})
print("total", total)

add_label(dict(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx",
               body_type="council", law="foia", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=total,
               note="Hikvision still operational though replacement is programmed; Dahua appears only on a 'Removed equipment' tab and a hidden drop-down list; ANPR tab excluded from the SUM-formula total."))
