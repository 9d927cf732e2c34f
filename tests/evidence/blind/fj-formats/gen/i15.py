from lib import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side
rnd = random.Random(15)
write_request("15", """
Dear Sir or Madam

Freedom of Information Act 2000

1. Please state the total number of CCTV cameras in use across the Trust.
2. Is any CCTV equipment used by the Trust (cameras, NVRs/DVRs or other recording equipment) manufactured by Hikvision or Dahua?
3. Are there any plans to remove such equipment?

Yours faithfully
Ana Ferreira
""")
wb = Workbook()
cv = wb.active
cv.title = "Response"
cv.column_dimensions["A"].width = 8
cv.column_dimensions["B"].width = 60
cv.column_dimensions["C"].width = 80
cv["A1"] = "Medway Downs Hospitals NHS Trust - Freedom of Information response"
cv["A1"].font = Font(bold=True, size=13)
cv["A2"] = "FOI reference: MDH/FOI/2425/0588     Date of response: 21/01/2025"
cv.append([])
cv.append(["No.", "Question", "Response"])
for c in cv[4]:
    c.font = Font(bold=True)
cv.append([1, "Total number of CCTV cameras in use across the Trust", "See tab 'CCTV by site'"])
cv.append([2, "Is any CCTV equipment manufactured by Hikvision or Dahua?", "See tab 'CCTV by site', columns D to G"])
cv.append([3, "Any plans to remove such equipment?", "The Trust's CCTV strategy is under review by the Estates and Facilities directorate. No decision has been taken on replacement."])
cv.append([])
cv.append(["", "If you are unhappy with the response you may request an internal review within 40 working days by emailing mdh.foi@nhs.example.uk. You can also contact the ICO: www.ico.org.uk/make-a-complaint"])
ws = wb.create_sheet("CCTV by site")
hdr = ["Site", "Area / department", "", "Cameras", "Camera manufacturer", "Recorders (NVR)", "Recorder manufacturer"]
ws.append(["CCTV equipment by site - January 2025"])
ws["A1"].font = Font(bold=True, size=12)
ws.append(hdr)
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="FCE4D6")
sites = {"Medway Downs General Hospital": ["Main entrance", "Emergency Department", "Children's ED", "Outpatients", "Theatres corridor",
                                           "Pharmacy", "Car parks A-D", "Site perimeter", "Maternity"],
         "Sheppey Road Hospital": ["Main entrance", "Rehabilitation wards", "Car park", "Service yard"],
         "Rochford Lane Surgical Centre": ["Reception", "Day surgery", "Car park"]}
camk = ["Hanwha", "Hanwha", "Avigilon", "Axis"]
grand_c = grand_r = 0
thin = Side(style="thin")
for s, areas in sites.items():
    sc = sr = 0
    for i, a in enumerate(areas):
        n = rnd.randint(2, 16)
        r = rnd.choice([0, 1, 1, 2])
        ws.append([s if i == 0 else "", a, "", n, rnd.choice(camk), r if r else "-", "Dahua" if r else "-"])
        sc += n; sr += r
    ws.append(["", f"Sub-total {s}", "", sc, "", sr, ""])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.border = Border(top=thin)
    grand_c += sc; grand_r += sr
ws.append([])
ws.append(["GRAND TOTAL", "", "", grand_c, "", grand_r, ""])
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
ws.append([])
ws.append(["Notes: recorders are Dahua NVRs (DHI-NVR5216 and DHI-NVR5432 series) installed between 2018 and 2021. Cameras at Rochford Lane are monitored by the landlord's security contractor but owned by the Trust."])
for col, w in zip("ABCDEFG", [32, 30, 2, 10, 22, 16, 22]):
    ws.column_dimensions[col].width = w
wb.save(OUT / "15-reply.xlsx")
print(grand_c, grand_r)
label("15", "xlsx", "nhs", "foia", "no", "yes", "answered", [], grand_c,
      "Two-tab workbook whose answers point to a site tab with camera and recorder columns side by side, sub-total rows and a grand total; Dahua appears only as the recorder maker.")
