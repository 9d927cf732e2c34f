import random, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
from common import *
NN = "07"
write_request(NN, """
Dear Brackenfield Metropolitan Borough Council,

Please provide under the Freedom of Information Act:

(a) a copy of the council's CCTV asset register or equivalent list showing the make and model of each camera and where it is located;
(b) the total number of CCTV cameras currently operated by the council;
(c) whether any of the council's current cameras are manufactured by Hikvision or Dahua.

Yours faithfully,
Natalie Greaves
""")
random.seed(7007)
sites = [("Town Hall", "BRK-TH"), ("Market Place", "BRK-MP"), ("Interchange Bus Station", "BRK-IB"),
         ("Wellgate MSCP", "BRK-WG"), ("Canal Street Car Park", "BRK-CS"), ("Hollins Lane Depot", "BRK-HL"),
         ("Eastfield Leisure Centre", "BRK-EL"), ("Central Library", "BRK-CL")]
models = {"Axis": ["P3245-LVE", "Q6135-LE", "M3106-L Mk II", "P1455-LE"],
          "Hikvision": ["DS-2CD2143G2-I", "DS-2DE4425IW-DE", "DS-2CD2T46G2-4I"],
          "Hanwha": ["XNV-6080R", "QNO-7082R", "XNP-6400RW"],
          "Bosch": ["FLEXIDOME IP 5000i", "AUTODOME IP 5000i"]}
site_makes = {"BRK-TH": ["Axis"], "BRK-MP": ["Axis", "Hanwha"], "BRK-IB": ["Hanwha", "Axis"],
              "BRK-WG": ["Hikvision"], "BRK-CS": ["Hikvision"], "BRK-HL": ["Hikvision", "Bosch"],
              "BRK-EL": ["Bosch", "Hikvision"], "BRK-CL": ["Axis"]}
rows = []
live = 0
for name, code in sites:
    n = random.randint(3, 8)
    for i in range(1, n + 1):
        make = random.choice(site_makes[code])
        model = random.choice(models[make])
        inst = datetime.date(random.randint(2016, 2023), random.randint(1, 12), 1)
        status = "Live"
        rows.append([f"{code}-{i:02d}", name, make, model, "PTZ" if "DE" in model or "QNO" in model or "AUTODOME" in model or "Q6135" in model else "Fixed", inst.strftime("%m/%Y"), status, ""])
# edge rows
rows.append(["BRK-MP-09", "Market Place", "Dahua", "SD49225XA-HNR", "PTZ", "05/2015", "Removed", "Removed 03/2023 - replaced by BRK-MP-03"])
rows.append(["BRK-IB-07", "Interchange Bus Station", "Dahua", "IPC-HFW5442E-ZE", "Fixed", "09/2016", "Removed", "Removed during 2022 refurb"])
rows.append(["BRK-CS-06", "Canal Street Car Park", "Hikvison", "DS-2CD2T46G2-4I", "Fixed", "11/2021", "Live", "Stair core level 2"])
rows.append(["BRK-TH-10", "Town Hall", "Axis", "P3265-LVE", "Fixed", "", "Proposed", "Committee room corridor - awaiting budget"])
rows.append(["BRK-EL-08", "Eastfield Leisure Centre", "Axis", "M3106-L Mk II", "Fixed", "", "Proposed", "Pool viewing gallery - Q1 2025"])
rows.sort(key=lambda r: r[0])
live = sum(1 for r in rows if r[6] == "Live")
wb = Workbook()
c = wb.active; c.title = "Response"
lines = ["Brackenfield Metropolitan Borough Council", "Freedom of Information – Ref FOI/8823", "",
         "Dear Ms Greaves,", "",
         "Thank you for your request of 9 September 2024. The council's CCTV asset register, as exported from the Corporate Property asset system on 30/09/2024, is provided on the 'Asset Register' tab.",
         "The register includes camera make, model, type and location for each asset, together with its status.",
         "Parts (b) and (c) can be answered from the register.",
         "", "Please note that CCTV at council schools is managed by the individual schools and is not included.",
         "", "If you are unhappy with this response you may request an internal review by writing to the Information Governance Team, Town Hall, Brackenfield BK1 1AA (foi@brackenfield.gov.uk). You may also complain to the Information Commissioner's Office.",
         "", "Information Governance Team"]
for i, l in enumerate(lines, 1):
    c.cell(row=i, column=1, value=l)
c["A1"].font = Font(bold=True, size=12); c.column_dimensions["A"].width = 130
ws = wb.create_sheet("Asset Register")
hdr = ["Asset ID", "Site", "Manufacturer", "Model", "Type", "Installed", "Status", "Comments"]
ws.append(hdr)
for r in rows: ws.append(r)
tab = Table(displayName="CCTVAssets", ref=f"A1:H{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
for col, w in zip("ABCDEFGH", [12, 26, 14, 22, 8, 10, 10, 44]):
    ws.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
print("live", live, "rows", len(rows))
label(NN, "xlsx", "xlsx", "council", "foia", "yes", "no", "answered", [], live,
      "No total given: the count is the number of 'Live' rows in the asset register (excluding Removed and Proposed); the only Dahua rows are Removed; one Hikvision row spelled 'Hikvison'.")
note("07: dahua 'no' rests on the asset register being the complete list of the estate; the two Dahua rows are marked Removed.")
