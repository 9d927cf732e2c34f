from lib import *
from odshelp import *
nn = "11"
write_request(nn, """
FOI request: CCTV at Trust sites

1) Please state the number of CCTV cameras in use at the Trust.
2) Please give the manufacturer of the cameras.
3) Do you use any CCTV cameras made by Hikvision?
4) Do you use any CCTV cameras made by Dahua?

Kind regards
Noor Haddad
""")
hdr = ["Asset ref", "Site", "Equipment type", "Manufacturer", "Model", "Qty", "Owner dept", "Comments"]
rows = [
    ["SEC-0101", "Penrose Hospital", "CCTV - fixed", "Axis", "P3255-LVE", 46, "Security", ""],
    ["SEC-0102", "Penrose Hospital", "CCTV - PTZ", "Axis", "Q6074-E", 4, "Security", ""],
    ["SEC-0103", "Penrose Hospital", "ANPR", "Hikvision", "iDS-TCM403-GIR", 6, "Car Parking", "Car park barrier ANPR, managed by ParkFlow Ltd"],
    ["SEC-0104", "Penrose Hospital", "Body worn camera", "Reveal", "D5", 30, "Security", "ED and security officers"],
    ["SEC-0110", "Penrose Hospital", "CCTV - fixed", "Avigilon", "H5A Dome", 71, "Security", ""],
    ["SEC-0201", "Tremayne Community Hospital", "CCTV - fixed", "Bosch", "FLEXIDOME IP 5000i", 18, "Estates", ""],
    ["SEC-0202", "Tremayne Community Hospital", "ANPR", "Hikvision", "DS-TCG406-E", 2, "Car Parking", ""],
    ["SEC-0203", "Tremayne Community Hospital", "Body worn camera", "Reveal", "D5", 6, "Security", ""],
    ["SEC-0301", "Carn Brea MH Unit", "CCTV - fixed", "Avigilon", "H5SL Bullet", 22, "Estates", ""],
    ["SEC-0302", "Carn Brea MH Unit", "CCTV - fixed", "Bosch", "DINION 5100i", 9, "Estates", "Seclusion room cameras - no audio"],
    ["SEC-0401", "Lowenna House (admin)", "CCTV - fixed", "Axis", "M3085-V", 5, "Estates", ""],
]
cctv = sum(r[5] for r in rows if r[2].startswith("CCTV"))
doc = new_ods()
sheet(doc, "Security assets", [["Kernow & Tamar Hospitals NHS Trust - security equipment register (extract) - FOI 24-1907"], [], hdr] + rows)
doc.save(p(f"{nn}-reply.ods"))
print(cctv)
label(nn, "ods", "ods", "nhs", "foia", "no", "no", "answered", [], cctv,
      "register mixes CCTV with ANPR (Hikvision) and body-worn rows; only CCTV rows count and their makers (Axis, Avigilon, Bosch) are the complete CCTV list")
