import random
from odsutil import Ods
from common import out, write_request, add_label

NN = "10"
write_request(NN, """
Dear Sir or Madam

Please provide, under FOI:
(a) the number of CCTV cameras at each fire station and at Service HQ;
(b) the make of the cameras;
(c) whether any CCTV equipment made by Hikvision or Dahua is used by the Service;
(d) whether footage is recorded locally or centrally.

Regards,
Ian Holloway
""")

random.seed(10)
stations = ["HQ Tamworth Road", "Station 01 Lichmoor", "Station 04 Burbage Green",
            "Station 07 Astley Cross", "Station 11 Kelford (on-call)"]
o = Ods()
o.sheet("Response", [
    ["Marlshire Fire and Rescue Service – FOI 0211/24"],
    [""],
    ["(a) and (b) See the station tabs in this workbook."],
    ["(c) Please refer to the station tabs."],
    ["(d) Footage is recorded locally on a network video recorder at each site and is not sent to a central server."],
    [""],
    ["Reviewed by: Claire Mbeki, Information Governance & Compliance Officer, foi@marlshirefire.gov.uk"],
    ["You have the right to request an internal review within 40 working days, and thereafter to complain to the ICO."],
], bold_rows=(0,))
total = 0
for st in stations:
    rows = [[st, "", "", "", ""], ["Device", "Location", "Make", "Model", "Status"]]
    n = random.randint(4, 12)
    for i in range(n):
        mk, md = random.choice([("Axis", "M3116-LVE"), ("Axis", "P3245-LV"), ("Hanwha", "XND-6080RV")])
        rows.append(["Camera", random.choice(["Appliance bay", "Yard", "Front entrance", "Rear gate", "Fuel pumps",
                                              "Drill tower", "Reception"]), mk, md, "In service"])
    total += n
    rows.append(["NVR", "Comms room", "Hikvision", random.choice(["DS-7608NI-K2", "DS-7616NI-I2/16P"]), "In service"])
    o.sheet(st.split(" ")[0] + " " + st.split(" ")[1], rows, bold_rows=(0, 1), merges={(0, 0): 5}, ncols_wide=5)
o.sheet("Notes", [["Notes"],
                  ["Each station records to its own NVR. Retention is 31 days."],
                  ["Station 11 Kelford is an on-call (retained) station; CCTV covers the yard and bay doors only."]],
        bold_rows=(0,))
o.sheet("lkp", [["Status"], ["In service"], ["Faulty"], ["Removed"]], hidden=True)
o.save(out(f"{NN}-reply.ods"))
print("cameras", total)

add_label({"path": f"{NN}-reply.ods", "request_file": f"{NN}-request.txt", "format": "ods",
           "body_type": "fire", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": total,
           "note": "cameras are Axis/Hanwha but each station's recorder is a Hikvision NVR; count = camera rows summed over five station tabs, NVR rows excluded"})
