import os, csv, io, random

REQUEST = """
Cheviot and Tyne Police - Freedom of Information request (ANPR)

1) How many ANPR cameras does the force operate, including fixed sites and vehicle-mounted units?
2) Where are the fixed ANPR cameras located (road / junction)?
3) Which manufacturers supply the force's ANPR cameras?
4) Are any of the ANPR cameras made by Hikvision or Dahua?

Thank you,
Anselm Kirkbride
"""

LABEL = dict(format="csv", body_type="police", law="foia", hikvision="yes", dahua="no",
             outcome="partially_answered", exemptions=["s31"], camera_count=None,
             note="ANPR-only request answered by a CSV export with a title line and footer notes; locations withheld under s31 in every row; count is the sum of the Cameras column including a vehicle-mounted row; maker list complete and leaves out Dahua")

MAKERS = ["Yunex Traffic", "Yunex Traffic", "Genetec AutoVu", "Hikvision", "Genetec AutoVu", "Yunex Traffic"]
DISTRICTS = ["North Tyne", "Cheviot", "Coquet", "Tynemouth", "Wansbeck", "Allendale"]


def rows():
    rnd = random.Random(21)
    out = []
    for i in range(1, 24):
        d = DISTRICTS[(i * 5) % 6]
        typ = "Fixed - " + rnd.choice(["A road", "Trunk road", "Urban junction", "Motorway slip", "Port approach"])
        cams = rnd.choice([1, 2, 2, 2, 3, 4])
        mk = MAKERS[(i * 7) % 6]
        out.append(("CTP-ANPR-%03d" % (i * 3 + 100), typ, d, "Withheld (s.31)", cams, mk))
    out.append(("CTP-ANPR-MOB", "Vehicle-mounted (Roads Policing Unit)", "Force-wide", "n/a", 26, "Genetec AutoVu"))
    return out


def build(out):
    R = rows()
    LABEL["camera_count"] = sum(r[4] for r in R)
    bio = io.StringIO()
    bio.write("Cheviot and Tyne Police,FOI 2024-03317,ANPR camera estate as at 01/08/2024,,,\r\n")
    w = csv.writer(bio, lineterminator="\r\n")
    w.writerow(["Site Ref", "Site Type", "District", "Location", "Cameras", "Manufacturer"])
    for r in R:
        w.writerow(r)
    w.writerow([])
    w.writerow(["Notes:", "", "", "", "", ""])
    w.writerow(["1. Locations of fixed ANPR sites are exempt under section 31(1)(a) and (b) of the Freedom of Information Act 2000 (law enforcement) - public interest test in covering letter.", "", "", "", "", ""])
    w.writerow(["2. Vehicle-mounted figure = number of ANPR camera units fitted to roads policing vehicles (2 per vehicle).", "", "", "", "", ""])
    w.writerow(["3. Q3/Q4 - manufacturers as listed in column F. No other makes are in use.", "", "", "", "", ""])
    name = "21-reply.csv"
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(bio.getvalue())
    return name
