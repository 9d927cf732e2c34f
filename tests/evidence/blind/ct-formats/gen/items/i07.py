import os, csv, io

REQUEST = """
To Brackenford City Council

Request under the Freedom of Information Act 2000

Q1 How many CCTV cameras does the council operate at present?
Q2 Please provide the make and model of each camera (a spreadsheet or asset register extract would be fine).
Q3 Does the council use Hikvision cameras?
Q4 Does the council use Dahua cameras?

Regards
Mohammed Sefton
"""

# (ref, location, description, type, manufacturer, model, installed, status)
ROWS = [
    ("CC-0101", "Guildhall", "Main entrance", "Camera", "Hikvision", "DS-2CD2143G2-I", "2019", "Active"),
    ("CC-0102", "Guildhall", "Rear service yard", "Camera", "Hikvision", "DS-2CD2T46G2-4I", "2019", "Active"),
    ("CC-0103", "Guildhall", "Reception", "Camera", "Hikvision", "DS-2CD2143G2-I", "2019", "Active"),
    ("CC-0104", "Guildhall", "Council chamber lobby", "Camera", "Hikvision", "DS-2CD2143G2-I", "2019", "Active"),
    ("CC-0105", "Guildhall", "Comms room", "NVR", "Hikvision", "DS-7732NI-I4", "2019", "Active"),
    ("CC-0140", "Abbey Street car park", "Level 1 ramp", "Camera", "Axis", "P3245-LVE", "2021", "Active"),
    ("CC-0141", "Abbey Street car park", "Level 2 ramp", "Camera", "Axis", "P3245-LVE", "2021", "Active"),
    ("CC-0142", "Abbey Street car park", "Pay station", "Camera", "Axis", "M3085-V", "2021", "Active"),
    ("CC-0143", "Abbey Street car park", "Stairwell A", "Camera", "Axis", "M3085-V", "2021", "Active"),
    ("CC-0144", "Abbey Street car park", "Entrance barrier", "Camera", "Dahua", "IPC-HFW2431S", "2016", "Decommissioned"),
    ("CC-0145", "Abbey Street car park", "Exit barrier", "Camera", "Dahua", "IPC-HFW2431S", "2016", "Decommissioned"),
    ("CC-0146", "Abbey Street car park", "Stairwell B", "Camera", "Axis", "M3085-V", "2023", "Active"),
    ("CC-0160", "Northgate Depot", "Gatehouse", "Camera", "Hikvision", "DS-2CD2T46G2-4I", "2020", "Active"),
    ("CC-0161", "Northgate Depot", "Fuel bay", "Camera", "Hikvision", "DS-2CD2T46G2-4I", "2020", "Active"),
    ("CC-0162", "Northgate Depot", "Vehicle wash", "Camera", "Hikvision", "DS-2CD2T46G2-4I", "2020", "Active"),
    ("CC-0163", "Northgate Depot", "Salt barn", "Camera", "Dahua", "HAC-HFW1200T", "2015", "Decommissioned"),
    ("CC-0164", "Northgate Depot", "Workshop", "Camera", "Hikvision", "DS-2DE4425IW-DE", "2020", "Active"),
    ("CC-0180", "Brackenford Market Hall", "East doors", "Camera", "Hanwha", "QNV-6012R", "2022", "Active"),
    ("CC-0181", "Brackenford Market Hall", "West doors", "Camera", "Hanwha", "QNV-6012R", "2022", "Active"),
    ("CC-0182", "Brackenford Market Hall", "Hall PTZ", "Camera", "Hanwha", "XNP-6400R", "2022", "Active"),
    ("CC-0183", "Brackenford Market Hall", "Loading bay", "Camera", "Hanwha", "QNO-6012R", "2022", "Active"),
    ("CC-0184", "Brackenford Market Hall", "Office", "NVR", "Hanwha", "XRN-820S", "2022", "Active"),
    ("CC-0200", "Riverside Gardens", "Play area", "Camera", "Hikvision", "DS-2CD2T46G2-4I", "2018", "Active"),
    ("CC-0201", "Riverside Gardens", "Toilet block", "Camera", "Hikvision", "DS-2CD2143G2-I", "2018", "Active"),
    ("CC-0202", "Riverside Gardens", "Bandstand", "Camera", "Hikvision", "DS-2CD2143G2-I", "2018", "Removed - vandalised"),
]

LABEL = dict(format="csv", body_type="council", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=None,
             note="asset-register CSV: count must be worked out from Active camera rows (NVR rows and decommissioned/removed rows excluded); Dahua appears only on decommissioned rows")


def build(out):
    active = [r for r in ROWS if r[3] == "Camera" and r[7] == "Active"]
    LABEL["camera_count"] = len(active)
    bio = io.StringIO()
    bio.write("Brackenford City Council - CCTV asset register extract for FOI BCC/1390/24 - run 02/05/2024 09:12 by PROPERTY\\hwalcott\r\n")
    w = csv.writer(bio, lineterminator="\r\n")
    w.writerow(["Asset Ref", "Site", "Description", "Asset Type", "Manufacturer", "Model", "Year Installed", "Status"])
    for r in ROWS:
        w.writerow(r)
    bio.write("\r\n")
    bio.write('"Note: assets shown as Decommissioned or Removed are no longer in operation and are retained on the register for audit purposes. NVR = network video recorder."\r\n')
    bio.write('"Response to Q3 and Q4 - see Manufacturer column. Internal review: foi@brackenford.gov.uk; ICO: ico.org.uk"\r\n')
    name = "07-reply.csv"
    with open(os.path.join(out, name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(bio.getvalue())
    return name
