import csv, random
from common import out
rnd = random.Random(14)
streets = {"Town Centre": ["High Street", "Market Square", "Church Street", "Bridge Street", "Victoria Road", "Bus Station", "Queens Arcade", "Castle Walk", "Station Approach", "Albion Street"],
           "Northgate": ["Northgate Parade", "Moor Lane", "Cross Flatts Park"],
           "Eastwood": ["Eastwood Road shops", "Leeds Road / Hall Lane", "Eastwood Rec"],
           "Thornley": ["Thornley Village Green", "Mill Street"],
           "Westfield": ["Westfield Retail Park access", "Garden Street", "Canal towpath (Lock 7)"]}
rows = []
n = 0
plan = [("Town Centre", 27, [("Hanwha", "XNP-6400RW", "PTZ"), ("Hanwha", "XNV-8080R", "Fixed"), ("Axis", "Q6075-E", "PTZ")]),
        ("Northgate", 7, [("Hanwha", "XNP-6400RW", "PTZ"), ("Vicon", "SN673V-C", "PTZ")]),
        ("Eastwood", 8, [("Vicon", "SN673V-C", "PTZ"), ("Hanwha", "XNV-8080R", "Fixed")]),
        ("Thornley", 4, [("Axis", "Q6075-E", "PTZ")]),
        ("Westfield", 6, [("Hanwha", "XNP-6400RW", "PTZ"), ("Axis", "P1468-XLE", "Fixed")])]
for ward, k, makes in plan:
    for i in range(k):
        n += 1
        mk, model, typ = rnd.choice(makes)
        rows.append(["HBC%03d" % n, rnd.choice(streets[ward]), ward, typ, mk, model, "Yes - 24/7"])
for i, (st, ward) in enumerate([("Garden Street", "Westfield"), ("Eastwood Rec", "Eastwood"), ("Moor Lane", "Northgate"),
                                ("Canal towpath (Lock 7)", "Westfield"), ("Thornley Village Green", "Thornley"), ("Cross Flatts Park", "Northgate")]):
    rows.append(["RD%02d" % (i + 1), st + " (temporary)", ward, "Re-deployable PTZ", "Hikvision", "DS-2DE7A432IW-AEB", "Yes - 4G link"])
with open(out("14-reply.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Harrowfield Borough Council - Public Space CCTV Camera Schedule"])
    w.writerow(["FOI ref: HBC-FOI-5521", "Extract date: 02/08/2024"])
    w.writerow(["Note: cameras RD01-RD06 are re-deployable units which are moved between locations; the location shown is the current deployment."])
    w.writerow([])
    w.writerow(["Camera No", "Location", "Ward", "Type", "Make", "Model", "Monitored"])
    w.writerows(rows)
    w.writerow([])
    w.writerow(["Total cameras", len(rows)])
print(len(rows))
