from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

NN = "03"
req = """To: Transport for Greater Manchester - FOI team

Hello,

Please can you tell me, under the Freedom of Information Act 2000:

Q1 How many CCTV cameras are operated at TfGM bus stations and interchanges?
Q2 For each camera, the manufacturer and model.
Q3 Is any of the equipment (cameras or recorders) made by Hikvision or Dahua?
Q4 When was each system last upgraded?

A spreadsheet would be ideal.

Thanks
Jonah Whitlock
"""
write_request(NN, req)

wb = Workbook()
HDR = Font(bold=True, color="FFFFFF"); FILL = PatternFill("solid", fgColor="3C3C3C")

cv = wb.active; cv.title = "Cover"
cover = [
 ["Transport for Greater Manchester"],
 ["Freedom of Information Act 2000 - Response"],
 [],
 ["Request reference", "TfGM-FOI-9917"],
 ["Date received", "02/09/2024"],
 ["Date of response", "27/09/2024"],
 [],
 ["Question", "Response"],
 ["Q1 How many CCTV cameras are operated at TfGM bus stations and interchanges?",
  "Please see the site tabs in this workbook. One tab is provided for each bus station / interchange where TfGM operates CCTV."],
 ["Q2 For each camera, the manufacturer and model.", "As above."],
 ["Q3 Is any of the equipment (cameras or recorders) made by Hikvision or Dahua?", "Please see the site tabs."],
 ["Q4 When was each system last upgraded?",
  "Shudehill - March 2022; Bury Interchange - November 2023; Altrincham Interchange - January 2024; "
  "Stockport Interchange - new installation, opened March 2024."],
 [],
 ["Notes"],
 ["1. Camera locations have been described in general terms only."],
 ["2. The register includes equipment removed during 2023/24 for completeness. Removed items are shown in the Status column."],
 ["3. Cameras on Metrolink stops and on buses are not operated by TfGM at bus stations and are not included."],
 [],
 ["If you are unhappy with this response you may request an internal review by emailing foi@tfgm.com within 40 working days. "
  "You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."],
]
for r in cover: cv.append(r)
cv["A1"].font = Font(bold=True, size=14); cv["A2"].font = Font(bold=True)
for c in cv[8]: c.font = HDR; c.fill = FILL
cv.column_dimensions["A"].width = 70; cv.column_dimensions["B"].width = 90
for row in cv.iter_rows(min_row=9, max_row=12):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

cols = ["Asset ID", "Location (general)", "Type", "Manufacturer", "Model", "Installed", "Status"]
sites = {
 "Shudehill": [
  ("SHD-C01", "Concourse", "Fixed dome", "Axis", "P3265-LVE", "03/2022", "In service"),
  ("SHD-C02", "Concourse", "Fixed dome", "Axis", "P3265-LVE", "03/2022", "In service"),
  ("SHD-C03", "Concourse", "Fixed dome", "Axis", "P3265-LVE", "03/2022", "In service"),
  ("SHD-C04", "Stands A-F", "Bullet", "Axis", "P1455-LE", "03/2022", "In service"),
  ("SHD-C05", "Stands G-L", "Bullet", "Axis", "P1455-LE", "03/2022", "In service"),
  ("SHD-C06", "Travelshop", "Fixed dome", "Axis", "M3086-V", "03/2022", "In service"),
  ("SHD-C07", "Toilets entrance", "Fixed dome", "Axis", "M3086-V", "03/2022", "In service"),
  ("SHD-C08", "Car park level 1", "Bullet", "Axis", "P1455-LE", "03/2022", "In service"),
  ("SHD-P01", "Bus apron", "PTZ", "Axis", "Q6135-LE", "03/2022", "In service"),
  ("SHD-P02", "Withy Grove frontage", "PTZ", "Axis", "Q6135-LE", "03/2022", "In service"),
  ("SHD-R01", "Comms room", "Recorder", "Milestone", "Husky IVO 350R", "03/2022", "In service"),
 ],
 "Bury Interchange": [
  ("BRY-C01", "Concourse", "Fixed dome", "Hanwha", "XND-6080RV", "11/2023", "In service"),
  ("BRY-C02", "Concourse", "Fixed dome", "Hanwha", "XND-6080RV", "11/2023", "In service"),
  ("BRY-C03", "Stands", "Bullet", "Hanwha", "XNO-6080R", "11/2023", "In service"),
  ("BRY-C04", "Stands", "Bullet", "Hanwha", "XNO-6080R", "11/2023", "In service"),
  ("BRY-C05", "Metrolink link bridge", "Fixed dome", "HIKVISION", "DS-2CD2146G2-I", "06/2017", "Removed 11/2023"),
  ("BRY-C06", "Kay Gardens exit", "Fixed dome", "Hikvison", "DS-2CD2146G2-I", "06/2017", "Removed 11/2023"),
  ("BRY-C07", "Metrolink link bridge", "Fixed dome", "Hanwha", "XND-6080RV", "11/2023", "In service"),
  ("BRY-C08", "Kay Gardens exit", "Fixed dome", "Hanwha", "XND-6080RV", "11/2023", "In service"),
  ("BRY-R01", "Staff office", "NVR", "Dahua", "DHI-NVR5216-16P-I", "06/2017", "In service"),
 ],
 "Altrincham Interchange": [
  ("ALT-C01", "Concourse", "Fixed dome", "Axis", "P3265-LVE", "01/2024", "In service"),
  ("ALT-C02", "Concourse", "Fixed dome", "Axis", "P3265-LVE", "01/2024", "In service"),
  ("ALT-C03", "Stands", "Bullet", "Axis", "P1455-LE", "01/2024", "In service"),
  ("ALT-C04", "Cycle hub", "Fixed dome", "Axis", "M3086-V", "01/2024", "In service"),
  ("ALT-C05", "Stamford New Road entrance", "Bullet", "Axis", "P1455-LE", "01/2024", "In service"),
  ("ALT-C06", "Cycle hub", "Fixed dome", "Hikvision", "DS-2CD2143G2-I", "09/2016", "Removed 01/2024"),
  ("ALT-R01", "Comms cabinet", "Recorder", "Milestone", "Husky IVO 150D", "01/2024", "In service"),
 ],
 "Stockport Interchange": [
  ("STK-C%02d" % i, loc, typ, "Axis", mdl, "03/2024", "In service") for i, (loc, typ, mdl) in enumerate([
   ("Concourse", "Fixed dome", "P3265-LVE"), ("Concourse", "Fixed dome", "P3265-LVE"),
   ("Concourse", "Fixed dome", "P3265-LVE"), ("Stands 1-8", "Bullet", "P1455-LE"),
   ("Stands 9-16", "Bullet", "P1455-LE"), ("Stands 17-22", "Bullet", "P1455-LE"),
   ("Lifts (ground)", "Fixed dome", "M3086-V"), ("Lifts (level 1)", "Fixed dome", "M3086-V"),
   ("Park entrance", "Bullet", "P1455-LE"), ("Bridge to rail station", "Fixed dome", "P3265-LVE"),
   ("Travelshop", "Fixed dome", "M3086-V"), ("Toilets entrance", "Fixed dome", "M3086-V")], start=1)
 ] + [("STK-P01", "Bus apron", "PTZ", "Axis", "Q6135-LE", "03/2024", "In service"),
      ("STK-R01", "Comms room", "Recorder", "Milestone", "Husky IVO 350R", "03/2024", "In service")],
}
for name, rows in sites.items():
    ws = wb.create_sheet(name)
    ws.append(cols)
    for c in ws[1]: c.font = HDR; c.fill = FILL
    for r in rows: ws.append(list(r))
    for i, w in enumerate([11, 28, 13, 15, 20, 10, 18], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
out = ROOT / f"{NN}-reply.xlsx"; wb.save(out)

cams = sum(1 for rows in sites.values() for r in rows if r[2] not in ("Recorder", "NVR") and r[6] == "In service")
assert cams == 34, cams
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="xlsx", body_type="other", law="foia",
    hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=cams,
    note="Answers only in per-site tabs with no total; must exclude recorders and removed rows (Hikvision appears only as removed), while an in-service Dahua NVR makes Dahua yes.")
