import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from common import out, write_request, add_label

NN = "25"
write_request(NN, """
Dear Sir/Madam,

Freedom of Information Act request to Hollinsbrook and District Hospitals NHS Trust

(1) Please provide a list of all CCTV equipment (cameras and recording equipment) in use at each of your hospitals, with make and model.
(2) Is any of this equipment produced by Hikvision or Dahua?
(3) If so, does the Trust intend to replace it?

Kind regards,
Rebecca Lyall
""")

random.seed(25)
sites = {"Hollinsbrook General": 3, "Westmere Hospital": 2, "Castleford Road Clinic": 1}
wb = Workbook()
ans = wb.active; ans.title = "FOI response"
for line in ["Hollinsbrook and District Hospitals NHS Trust", "FOI reference: HDH/FOI/24/1033", "",
             "(1) Please see the tab for each hospital.",
             "(2) Please see the equipment listed.",
             "(3) There are no current plans to replace CCTV equipment; equipment is replaced when it fails or as part of estates schemes.",
             "", "Information Governance Team, hdh.foi@nhs.net, 01709 960 612",
             "You may request an internal review within 40 working days. You also have the right to complain to the ICO."]:
    ans.append([line])
ans["A1"].font = Font(bold=True, size=13); ans.column_dimensions["A"].width = 120

cams_total = 0
for site, nrec in sites.items():
    ws = wb.create_sheet(site)
    ws.append(["Location / zone", "Equipment", "Make", "Model", "Notes"])
    for c in ws[1]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA")
    zones = ["A&E entrance", "Main entrance", "Car park 1", "Car park 2", "Maternity", "Pharmacy", "Mortuary",
             "Loading bay", "Outpatients", "Ward block link", "Helipad", "Boiler house"]
    for r in range(nrec):
        n = random.randint(10, 26)
        for z in random.sample(zones * 3, n):
            mk, md = random.choice([("Hanwha", "XNV-6081R"), ("Hanwha", "QNE-8011R"), ("Hanwha", "PNM-9084QZ")])
            ws.append([z, "Camera", mk, md, ""])
        cams_total += n
        ws.append([f"Comms room {r + 1}", "NVR", "Dahua", random.choice(["NVR5232-EI", "NVR5416-16P-EI"]),
                   f"Records cameras above ({n})"])
    for col, w in zip("ABCDE", [22, 12, 10, 18, 28]):
        ws.column_dimensions[col].width = w

dp = wb.create_sheet("Disposals")
dp.append(["Site", "Equipment", "Make", "Model", "Disposed"])
for _ in range(14):
    dp.append([random.choice(list(sites)), "Camera", "Hikvision", "DS-2CD2042WD-I", "Sep 2022"])
dp.append(["Westmere Hospital", "DVR", "Hikvision", "DS-7216HQHI-K2", "Sep 2022"])
dp.sheet_state = "hidden"
wb.save(out(f"{NN}-reply.xlsx"))
print("cams", cams_total)

add_label({"path": f"{NN}-reply.xlsx", "request_file": f"{NN}-request.txt", "format": "xlsx",
           "body_type": "nhs", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "answered", "exemptions": [], "camera_count": cams_total,
           "note": "answers point to per-hospital tabs with no total; Dahua appears only as NVR rows between Hanwha camera rows; Hikvision only on a hidden Disposals sheet; count excludes NVRs"})
