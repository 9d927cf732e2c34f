from lib import *
import random
rnd = random.Random(2)
write_request("02", """
To: Freedom of Information Office, Aldermoor and Kelsey NHS Foundation Trust

Please provide the following under FOIA:

Q1 The total number of CCTV cameras operated by the Trust.
Q2 A breakdown by hospital/site, with the manufacturer and model of the cameras.
Q3 Are any of the Trust's CCTV cameras manufactured by Hikvision?
Q4 Are any of the Trust's CCTV cameras manufactured by Dahua?
Q5 The name of the company that maintains the system.

Regards
T. Okonkwo
""")
sites = {
 "Royal Aldermoor Hospital": ["Main entrance atrium", "ED reception", "ED majors corridor", "ED resus corridor", "Ambulance bay",
    "Outpatients A", "Outpatients B", "Pharmacy dispensary", "Pharmacy store", "Ward 10-14 link corridor",
    "Maternity entrance", "Maternity lift lobby", "Neonatal unit entrance", "Car park P1", "Car park P2",
    "Car park P4 (staff)", "Helipad approach", "Goods yard", "Medical records store", "Mortuary entrance",
    "Estates compound", "Energy centre", "Restaurant", "Retail concourse", "Chapel corridor", "Cashiers office",
    "Main reception", "Bike shelter (north)", "Bike shelter (south)", "Security control room"],
 "St Bride's Community Hospital": ["Main entrance", "Reception", "Minor injuries unit", "Day hospital", "Car park",
    "Rear service yard", "Ward corridor", "Pharmacy", "Boiler house", "Physio entrance", "Staff entrance", "Lift lobby"],
 "Kelsey Mental Health Unit": ["Airlock entrance", "Reception", "Courtyard 1", "Courtyard 2", "Section 136 suite",
    "Seclusion corridor", "Garden perimeter", "Car park", "Staff base corridor", "Visitors room"],
 "Community clinics": ["Harrow Lane Clinic", "Westgate Health Centre", "Milford Road Dental", "Oakfield Clinic",
    "Denby Street Sexual Health", "Cross Keys Children's Centre", "Station Hill Podiatry", "Linley House offices"],
}
models = {"Royal Aldermoor Hospital": [("Hanwha", "XNV-6080R"), ("Hanwha", "XND-6080"), ("Axis", "P3245-LVE"), ("Axis", "Q6075-E PTZ")],
          "St Bride's Community Hospital": [("Hanwha", "XNV-6080R"), ("Avigilon", "2.0C-H5A-D1")],
          "Kelsey Mental Health Unit": [("Avigilon", "2.0C-H5A-D1"), ("Avigilon", "H5A anti-ligature")],
          "Community clinics": [("Dahua", "IPC-HDW2431T"), ("Dahua", "IPC-HFW2431S"), ("Hanwha", "QNV-6012R")]}
rows = [["Site", "Location", "No.", "Manufacturer", "Model"]]
bold = []
grand = 0
for s, locs in sites.items():
    sub = 0
    for i, loc in enumerate(locs):
        n = rnd.choice([1, 1, 2, 2, 3, 4]) if s != "Community clinics" else rnd.choice([2, 3, 4])
        mk, md = rnd.choice(models[s])
        if s == "Royal Aldermoor Hospital" and "Car park" in loc:
            mk, md = "Axis", "Q6075-E PTZ"
        rows.append([s if i == 0 else "", loc, str(n), mk, md])
        sub += n
    rows.append(["", f"Sub-total {s}", str(sub), "", ""])
    bold.append(len(rows) - 1)
    grand += sub
rows.append(["", "TOTAL (all sites)", str(grand), "", ""])
bold.append(len(rows) - 1)
print("grand", grand)
blocks = [
    ("b", "Aldermoor and Kelsey NHS Foundation Trust"),
    ("p", "Freedom of Information Office, Trust Headquarters, Royal Aldermoor Hospital, Infirmary Road, Aldermoor AL2 7HX"),
    ("p", "Reference: FOI-AKT-2024-1163<br/>Date of response: 02/12/2024"),
    ("p", "Dear T. Okonkwo,"),
    ("p", "Your request for information dated 05/11/2024 has now been considered. The Trust's response to each question is given below."),
    ("table", [["Q", "Response"],
               ["1", "Please see Appendix A (total row)."],
               ["2", "Please see Appendix A."],
               ["3", "Please see Appendix A."],
               ["4", "Please see Appendix A."],
               ["5", "Northline Fire &amp; Security Ltd under a contract ending 31/03/2026."]], [12, 140], "lined"),
    ("p", "Please note that the cameras in the multi-storey car park at Royal Aldermoor Hospital are owned and operated by the Trust's car parking provider and are not included. Body worn cameras used by the security team are also excluded."),
    ("p", "If you are dissatisfied with this response you may request an internal review by writing to the Head of Information Governance within 40 working days. If you remain dissatisfied you may then complain to the Information Commissioner's Office (www.ico.org.uk, 0303 123 1113)."),
    ("p", "This response is subject to the Re-use of Public Sector Information Regulations 2015. Information supplied may be re-used subject to the terms of the Open Government Licence."),
    ("p", "Kind regards,<br/>FOI Office<br/>Aldermoor and Kelsey NHS Foundation Trust"),
    ("pagebreak",),
    ("b", "Appendix A - CCTV cameras by site (as at November 2024)"),
    ("table", rows, [48, 55, 12, 26, 34], "ruled", {"bold_rows": bold, "right_cols": [2]}),
    ("small", "Counts are of camera heads. A multi-sensor camera is counted as one. Recording equipment is not listed."),
]
pdf("02-reply.pdf", blocks, header="FOI-AKT-2024-1163", footer="OFFICIAL")
label("02", "pdf", "nhs", "foia", "no", "yes", "answered", [], grand,
      "All answers point to a ruled appendix table that runs over pages with per-site sub-total rows and a grand total; Dahua appears only in the community clinic rows.")
