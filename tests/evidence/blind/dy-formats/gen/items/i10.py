import csv, random
EXT = "csv"
REQUEST = """
Dear Tamworth Borough Council,

Under FOI, please provide a list of every CCTV camera the council operates, giving for each camera its location, make and model, and whether it is currently in use. A CSV or spreadsheet would be ideal.

Please also include any cameras removed since 1 January 2022 so I can see whether Hikvision or Dahua equipment has been taken out.

Thanks,
Jonas Birkett
"""
LABEL = dict(body_type="council", law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
             camera_count=38,
             note="bare CSV register: count only by filtering status=Live (removed and planned rows included); every Hikvision row is Removed, Dahua absent")

LOCS = ["Market Street / George Street", "Church Street", "Ankerside car park L1", "Ankerside car park L2", "Ankerside car park L3",
        "Corporation Street", "Colehill", "Lower Gungate", "Upper Gungate", "Aldergate", "Bolebridge Street", "Castle Grounds entrance",
        "Castle Grounds play area", "Snowdome approach", "Ventura Park Road", "Marmion House entrance", "Marmion House rear",
        "Marmion House car park", "Assembly Rooms", "Philip Dix Centre", "Riverdrive bus stop", "Tamworth bus station bays 1-4",
        "Tamworth bus station bays 5-8", "Railway station forecourt", "Amington Road", "Glascote Heath shops", "Belgrave shops",
        "Stonydelph shops", "Wilnecote High Street", "Kerria Centre", "Leyfields shops", "Dosthill Road", "Warwick Street car park",
        "Spinning School Lane car park", "Lichfield Street", "Holloway Lodge", "Fazeley Road", "Castle Pleasure Grounds skate park",
        "Bitterscote gardens", "Tamworth Enterprise Centre"]

def build(path):
    rnd = random.Random(10)
    wards = ["Castle", "Spital", "Amington", "Glascote", "Belgrave", "Stonydelph", "Wilnecote", "Trinity", "Mercian", "Bolehall"]
    live = [("Axis", "Q6155-E", "PTZ"), ("Axis", "P1455-LE", "Fixed"), ("Bosch", "AUTODOME IP 5000i", "PTZ"),
            ("Hanwha Vision", "XNP-6400RW", "PTZ"), ("Samsung (Hanwha Techwin)", "SNP-6321H", "PTZ"), ("Bosch", "DINION IP 5000", "Fixed")]
    rows = []
    n = 1
    for i in range(38):
        mk = rnd.choice(live)
        rows.append(["TBC-%03d" % n, LOCS[i], rnd.choice(wards), mk[2], mk[0], mk[1], "Live",
                     "%02d/%02d/%d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.choice([2016, 2018, 2019, 2021, 2022, 2023])), ""])
        n += 1
    removed_idx = [2, 3, 4, 17, 25, 31]
    for j, i in enumerate(removed_idx):
        rows.append(["TBC-%03d" % n, LOCS[i], rnd.choice(wards), "Fixed", "Hikvision", "DS-2CD2T46G2-4I", "Removed",
                     "%02d/%02d/%d" % (rnd.randint(1, 28), rnd.randint(1, 12), 2017),
                     "Removed %s - replaced by TBC-%03d" % (rnd.choice(["03/2023", "05/2023", "11/2023"]), i + 1)])
        n += 1
    rows.append(["TBC-%03d" % n, "Ankerside car park L2", "Castle", "Fixed", "HIKVISION", "DS-7732NI-I4 (NVR)", "Removed", "12/06/2017", "NVR removed 05/2023"]); n += 1
    rows.append(["TBC-%03d" % n, "Tamworth Assembly Rooms (rear)", "Castle", "Fixed", "Hanwha Vision", "XNO-8080R", "Planned", "", "Install scheduled Q1 2025"]); n += 1
    rows.append(["TBC-%03d" % n, "Two Gates", "Wilnecote", "PTZ", "Axis", "Q6135-LE", "Planned", "", "Install scheduled Q1 2025"]); n += 1
    rnd.shuffle(rows)
    rows.sort(key=lambda r: r[0])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["camera_id", "location", "ward", "camera_type", "manufacturer", "model", "status", "install_date", "notes"])
        w.writerows(rows)
