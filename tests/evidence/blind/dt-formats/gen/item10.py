from common import *

write_text("10-request.txt", """
Dear Tewkesbury Borough Council,

Under the Freedom of Information Act 2000, please provide a list of all CCTV cameras operated by the council,
giving for each camera:
 - its location
 - the make and model
 - the year it was installed
 - whether it is currently operational

A CSV or Excel file would be ideal.

Thanks,
Jonah Featherstone
""")

rows = [["Camera_ID", "Site", "Location", "Make", "Model", "Type", "Installed", "Status", "Notes"]]
data = [
    ("TBC-001", "Tewkesbury town centre", "High Street / Church Street junction", "Axis", "Q6075-E", "PTZ", 2020, "Live", ""),
    ("TBC-002", "Tewkesbury town centre", "High Street (Cross)", "Axis", "Q6075-E", "PTZ", 2020, "Live", ""),
    ("TBC-003", "Tewkesbury town centre", "Barton Street", "Axis", "P1455-LE", "Fixed", 2020, "Live", ""),
    ("TBC-004", "Tewkesbury town centre", "Spring Gardens car park entrance", "Hikvision", "DS-2CD2T47G2-L", "Fixed", 2019, "Live", ""),
    ("TBC-005", "Tewkesbury town centre", "Spring Gardens car park rear", "Hikvision", "DS-2CD2T47G2-L", "Fixed", 2019, "Live", ""),
    ("TBC-006", "Tewkesbury town centre", "Oldbury Road", "Axis", "P1455-LE", "Fixed", 2021, "Live", ""),
    ("TBC-007", "Tewkesbury town centre", "Bus station", "Axis", "Q6075-E", "PTZ", 2021, "Live", ""),
    ("TBC-008", "Tewkesbury town centre", "Riverside walk", "Dahua", "IPC-HFW2431S", "Fixed", 2017, "Removed Nov 2023", "Replaced by TBC-024"),
    ("TBC-009", "Tewkesbury town centre", "Abbey Lawn", "Dahua", "SD49225XA-HNR", "PTZ", 2017, "Removed Nov 2023", "Replaced by TBC-025"),
    ("TBC-010", "Public Services Centre", "Main reception", "Hanwha", "QND-8020R", "Dome", 2022, "Live", ""),
    ("TBC-011", "Public Services Centre", "Customer services desk", "Hanwha", "QND-8020R", "Dome", 2022, "Live", ""),
    ("TBC-012", "Public Services Centre", "Staff car park", "Hikvision", "DS-2CD2646G2-IZS", "Fixed", 2019, "Live", ""),
    ("TBC-013", "Public Services Centre", "Rear service yard", "Hikvision", "DS-2CD2646G2-IZS", "Fixed", 2019, "Live", ""),
    ("TBC-014", "Public Services Centre", "Council chamber lobby", "Hanwha", "QND-8020R", "Dome", 2022, "Live", ""),
    ("TBC-015", "Depot - Newtown", "Vehicle gate", "Hikvision", "DS-2CD2T87G2-L", "Fixed", 2021, "Live", ""),
    ("TBC-016", "Depot - Newtown", "Fuel bay", "Hikvision", "DS-2CD2T87G2-L", "Fixed", 2021, "Live", ""),
    ("TBC-017", "Depot - Newtown", "Workshop", "Hikvision", "DS-2CD2143G2-I", "Dome", 2021, "Live", ""),
    ("TBC-018", "Depot - Newtown", "Salt barn", "Hikvision", "DS-2CD2T87G2-L", "Fixed", 2021, "Live", ""),
    ("TBC-019", "Winchcombe", "Abbey Terrace", "Axis", "P1455-LE", "Fixed", 2023, "Live", ""),
    ("TBC-020", "Winchcombe", "Back Lane car park", "Axis", "P1455-LE", "Fixed", 2023, "Live", ""),
    ("TBC-021", "Bishops Cleeve", "Church Road shops", "Hanwha", "XNO-8080R", "Fixed", 2022, "Live", ""),
    ("TBC-022", "Bishops Cleeve", "Library car park", "Hanwha", "XNO-8080R", "Fixed", 2022, "Live", ""),
    ("TBC-023", "Bishops Cleeve", "Cleeve Hill picnic site", "Hanwha", "XNO-8080R", "Fixed", "", "Planned", "Install due Q3 2025"),
    ("TBC-024", "Tewkesbury town centre", "Riverside walk", "Axis", "P1455-LE", "Fixed", 2023, "Live", ""),
    ("TBC-025", "Tewkesbury town centre", "Abbey Lawn", "Axis", "Q6075-E", "PTZ", 2023, "Live", ""),
    ("TBC-026", "Tewkesbury town centre", "Gander Lane", "Axis", "P1455-LE", "Fixed", 2024, "Live", ""),
    ("TBC-027", "Winchcombe", "Vineyard Street", "Hanwha", "XNO-8080R", "Fixed", "", "Planned", "Install due Q3 2025"),
]
rows += [list(r) for r in data]
live = [r for r in data if r[7] == "Live"]
assert len(live) == 23, len(live)
write_csv("10-reply.csv", rows, bom=True)

add_label("10", "csv", "csv", "council", "foia", "yes", "no", "answered", [], 23,
          "Bare CSV asset list with no covering text: count must be the 23 'Live' rows (2 Dahua rows are 'Removed Nov 2023', 2 Hanwha rows 'Planned'); Dahua therefore no longer in use.")
