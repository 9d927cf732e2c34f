from common import *
import openpyxl, random
from openpyxl.styles import Font, Alignment, PatternFill
NN = "10"
write_request(NN, """
FOI request - CCTV asset register

Please supply a copy of the council's CCTV asset register, or if one is not held, the following:
1. location of each camera
2. make and model of each camera
3. date installed
4. make of recording equipment

I am particularly interested in whether the council still has any Hikvision or Dahua equipment following the 2022 government instruction.

J. Mercer
""")
rnd = random.Random(10)
wb = openpyxl.Workbook()
live = 0
models = {"Axis": ["P3245-LVE", "Q6075-E", "M3106-L Mk II"], "Hanwha": ["XNO-6120R", "QNV-7082R", "XNP-6400RW"],
          "Hikvision": ["DS-2CD2143G2-I", "DS-2DE4425IW-DE"]}
sheets = [("Town Centre", "TC", ["High St / Church St", "Abbey Terrace", "Bus station", "Mill Street", "Barton St",
                                 "Oldbury Rd", "Riverside walk", "Market Place", "Station Approach"], 14),
          ("Car Parks", "CP", ["Gloucester Rd car park", "Spring Gardens MSCP", "Vineyards car park", "Rails Meadow"], 11),
          ("Civic Buildings", "CB", ["Council Offices - reception", "Council Offices - rear yard", "Depot - gate",
                                     "Depot - workshop", "Leisure Centre - foyer", "Leisure Centre - pool hall"], 10)]
thin = Font(bold=True)
for si, (title, pre, locs, n) in enumerate(sheets):
    ws = wb.active if si == 0 else wb.create_sheet()
    ws.title = title
    ws.merge_cells("A1:H1")
    ws["A1"] = "Tewkesbury Vale District Council – CCTV Asset Register (extract as at 01/11/2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:C2"); ws["A2"] = "Location"; ws.merge_cells("D2:E2"); ws["D2"] = "Equipment"
    ws.merge_cells("F2:H2"); ws["F2"] = "Status"
    for c in ("A2", "D2", "F2"):
        ws[c].font = thin; ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    ws.append(["Asset ID", "Site", "Position", "Make", "Model", "Installed", "Status", "Comments"])
    for c in ws[3]: c.font = thin
    for i in range(n):
        loc = rnd.choice(locs)
        if title == "Town Centre" and i in (3, 9):
            make, status, com = "Hikvision", "Decommissioned", "Removed 08/2023 – replaced by TC-%02d" % (i + 20)
        elif title == "Civic Buildings" and i in (1, 2, 6):
            make, status, com = "Hikvision", "Decommissioned", "Removed Feb 2024 (govt guidance)"
        else:
            make = rnd.choice(["Axis", "Hanwha"]) if title != "Car Parks" else "Hanwha"
            status, com = "Live", ""
            live += 1
        yr = rnd.randint(2014, 2023) if make != "Hikvision" else rnd.randint(2016, 2019)
        ws.append([f"{pre}-{i+1:02d}", loc, rnd.choice(["Column", "Wall bracket", "Building corner", "Internal ceiling"]),
                   make, rnd.choice(models[make]), f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}", status, com])
    for col, w in zip("ABCDEFGH", (10, 30, 18, 12, 18, 12, 16, 44)):
        ws.column_dimensions[col].width = w
rec = wb.create_sheet("Recorders")
rec.append(["Site", "Recorder make", "Model", "Channels", "Notes"])
for c in rec[1]: c.font = thin
rec.append(["Control room (Council Offices)", "Milestone", "XProtect Corporate on Dell R750", 64, "Town centre + car parks"])
rec.append(["Depot", "Dahua", "DHI-NVR4216-4KS2", 16, "Scheduled for replacement 2025/26 capital programme"])
rec.append(["Leisure Centre", "Dahua", "DHI-NVR4108HS", 8, ""])
notes = wb.create_sheet("Notes")
for line in ["Notes on this extract",
             "1. Assets marked Decommissioned have been physically removed from site and are kept on the register for audit purposes only.",
             "2. Body-worn cameras used by Civil Enforcement Officers are not included.",
             "3. Installation dates before 2016 are approximate (transferred from legacy spreadsheet).",
             "4. Exact mounting positions have been generalised - s.31(1)(a) FOIA."]:
    notes.append([line])
notes["A1"].font = thin; notes.column_dimensions["A"].width = 120
wb.save(path(f"{NN}-reply.xlsx"))
print("live", live)
add_label(NN, "xlsx", "council", "foia", "no", "yes", "partially_answered", ["s31"], live,
          "per-camera register over three sheets with merged headers; Hikvision rows are all decommissioned; Dahua only as NVRs on a Recorders sheet; s31 only in the Notes sheet")
