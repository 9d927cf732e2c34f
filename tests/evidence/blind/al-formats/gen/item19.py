from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

random.seed(19)
REQ = """Dear Environment Agency,

I would like to request the following about CCTV cameras at flood risk management assets (pumping stations, tidal barriers, sluices, trash screens) in the Anglian region:

1. A list of the cameras with the asset each one monitors.
2. The manufacturer and model of each camera.
3. Whether any Hikvision or Dahua cameras are in use.

Thank you,
George Ambler"""
write_request("19", REQ)

wb = Workbook()
cv = wb.active; cv.title = "Cover"
lines = ["Environment Agency - Anglian Region",
         "Our reference: EA/2024/RFI-118045",
         "Date: 19 November 2024",
         "",
         "Dear Mr Ambler,",
         "Thank you for your request, which we have handled under the Environmental Information Regulations 2004 (EIR) as the information relates to measures affecting the elements of the environment (flood risk management infrastructure).",
         "The tab 'Camera list' gives each camera at our flood risk management assets in the Anglian region, with its make and model and the operational area in which it is located.",
         "We are withholding the name and location of the individual asset monitored by each camera under regulation 12(5)(a) of the EIR (public safety and national security). Several of these assets are designated as critical national infrastructure, and identifying which assets are covered by CCTV, and which are not, would be likely to adversely affect public safety by assisting those intending to damage or interfere with flood defences. We have considered the public interest and concluded that the public interest in maintaining the exception outweighs that in disclosure.",
         "In response to question 3, please refer to the Make column.",
         "If you are not satisfied you can contact us within 2 calendar months to ask for our decision to be reviewed. We will review our decision and let you know the outcome within 40 working days. If you are still not satisfied you can then complain to the Information Commissioner.",
         "Yours sincerely,",
         "Customers and Engagement Team, Anglian (Central)",
         "enquiries_anglian@environment-agency.gov.uk"]
for t in lines:
    cv.append([t])
cv["A1"].font = Font(bold=True, size=12)
cv.column_dimensions["A"].width = 150
for r in cv.iter_rows():
    for c in r:
        c.alignment = Alignment(wrap_text=True, vertical="top")

ws = wb.create_sheet("Camera list")
ws.append(["Cam ref", "Area", "Asset type", "Make", "Model", "Fixed/PTZ", "Asset name / location"])
for c in ws[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="C6E0B4")
areas = ["East Anglia (Ipswich)", "East Anglia (Norwich)", "Lincs & Northants", "Great Ouse (Brampton)", "Essex, Norfolk & Suffolk"]
atypes = ["Pumping station", "Pumping station", "Tidal sluice", "Trash screen", "Trash screen", "Tidal barrier", "Outfall"]
models = {"Axis": ["Q6135-LE", "P1455-LE", "Q1615-LE Mk III"], "HIKVISION": ["DS-2CD2T46G2-4I", "DS-2DE4425IW-DE"],
          "Vivotek": ["IB9387-EHT-A"]}
n = 58
for i in range(1, n + 1):
    area = random.choice(areas); at = random.choice(atypes)
    mk = random.choices(["Axis", "HIKVISION", "Vivotek"], weights=[5, 3, 1])[0]
    model = random.choice(models[mk])
    ptz = "PTZ" if model in ("Q6135-LE", "DS-2DE4425IW-DE") else "Fixed"
    ws.append([f"ANG-FRM-{i:04d}", area, at, mk, model, ptz, "Withheld - EIR 12(5)(a)"])
for col, w in zip("ABCDEFG", [14, 26, 16, 11, 20, 10, 26]):
    ws.column_dimensions[col].width = w
wb.save(p("19-reply.xlsx"))
add_label("19", "xlsx", "other", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(a)"], n,
          "EIR reply where the count is only the number of rows in a camera register, the Hikvision/Dahua answer is 'refer to the Make column', and a location column is withheld on every row under 12(5)(a).")
