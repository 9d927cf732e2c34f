import csv, io, random
from lib import *

write_text("10-request.txt", """
Dear Hampshire and Isle of Wight Fire and Rescue Service,

Please supply your CCTV asset register (or equivalent list) showing, for every CCTV camera at your fire stations and other premises: the station/site, the manufacturer, the model and the year installed. A CSV file would be ideal.

Regards
Beth Coleridge
""")

random.seed(10)
stations = ["Eastleigh", "Basingstoke", "Winchester", "Southampton St Mary's", "Redbridge", "Fareham",
            "Cosham", "Newport IOW", "Ryde", "Aldershot", "Headquarters Eastleigh", "Training Centre Moreton-in-Marsh"]
stations = stations[:11]
models = [("HIKVISION", "DS-2CD2143G2-I"), ("HIKVISION", "DS-2CD2T46G2-4I"), ("Axis", "M3106-L Mk II"),
          ("Hanwha", "XND-6080RV"), ("Hanwha", "XNO-6080R")]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["HIWFRS CCTV Asset Register - extract for FOI 2024-117 - as at 01/04/2024", "", "", "", "", ""])
w.writerow(["Site", "Camera ID", "Manufacturer", "Model", "Position", "Year installed"])
n = 0
for st in stations:
    k = random.randint(2, 5) if not st.startswith("Headquarters") else 9
    for i in range(k):
        n += 1
        mk, md = random.choice(models)
        pos = random.choice(["Appliance bay", "Drill yard", "Front entrance", "Rear gate", "Car park", "Fuel store"])
        w.writerow([st, "%s-%02d" % ("".join(x[0] for x in st.split()).upper(), i + 1), mk, md, pos, random.choice([2018, 2019, 2020, 2021, 2022, 2023])])
write_text("10-reply.csv", buf.getvalue())
print(n)
add_label(path="10-reply.csv", request_file="10-request.txt", format="csv", body_type="fire",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=n, note="Bare CSV register, one row per camera with a title row; count is the number of camera rows and the maker list is complete.")
