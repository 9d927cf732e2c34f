from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime, csv, io
from common import out

rows = []
def add(site, make, model, typ, n, status, power, start):
    for i in range(n):
        rows.append([site, "%s-%02d" % (start, i + 1), make, model, typ, power, status])
add("Hollinsdale Visitor Centre", "Axis", "M3106-L Mk II", "Fixed dome (internal)", 4, "Operational", "PoE", "HVC")
add("Hollinsdale Visitor Centre", "Axis", "P1455-LE", "Bullet (external)", 2, "Operational", "PoE", "HVCX")
add("Edgemoor Car Park", "Hanwha", "XNO-6080R", "Bullet", 3, "Operational", "PoE", "EDG")
add("Stanford Reservoir Car Park", "Imou", "Cell PT", "Pan/tilt (4G, solar)", 2, "Operational", "Solar/battery", "STR")
add("Langdon Bridge Car Park", "Imou", "Cell PT", "Pan/tilt (4G, solar)", 2, "Operational", "Solar/battery", "LNB")
add("Moorside House (Authority offices)", "Hanwha", "QND-6012R", "Fixed dome", 8, "Operational", "PoE", "MSH")
add("Bakewell Road Depot", "Hikvision", "DS-2CD2043G0-I", "Bullet", 2, "Removed (March 2023)", "PoE", "DEP")
add("Moorside House (stores)", "Imou", "Cell PT", "Pan/tilt (4G, solar)", 1, "Spare - not deployed", "Solar/battery", "SPR")
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Site", "Camera ref", "Manufacturer", "Model", "Type", "Power", "Status"])
w.writerows(rows)
data = buf.getvalue().encode("utf-8-sig")

m = EmailMessage()
m["From"] = "Information Requests <information.requests@pennine-moors.org.uk>"
m["To"] = "Owen Threlfall <o.threlfall@proton.me>"
m["Subject"] = "Your information request PMNPA-IR-2024-093"
m["Date"] = formatdate(datetime.datetime(2024, 10, 15, 9, 17, 44).timestamp())
m["Message-ID"] = make_msgid(domain="pennine-moors.org.uk")
m.set_content("""Dear Mr Threlfall

Your request for information - reference PMNPA-IR-2024-093

Thank you for your request received on 18 September 2024, which we have handled under the Freedom of Information Act 2000.

The Authority's CCTV cameras are listed in the attached file (CCTV_register_extract.csv), which gives the site, make, model and current status of each camera and so answers the first three parts of your request.

On your final question: yes.

The cameras at Stanford Reservoir and Langdon Bridge are mobile units used to deter vehicle crime and fly-tipping and may be moved between Authority car parks.

If you are not satisfied with our response you can ask for an internal review by writing to the Head of Information Management at the address below, within 40 working days. If you are still dissatisfied after the review you can contact the Information Commissioner's Office (www.ico.org.uk, 0303 123 1113).

Regards

Philippa Dunn
Information Management Officer
Pennine Moors National Park Authority
Moorside House, Bakewell Road, Hollinsdale DE45 1RT
01629 816 402
""")
m.add_attachment(data, maintype="text", subtype="csv", filename="CCTV_register_extract.csv")
open(out("11-reply.eml"), "wb").write(bytes(m))
print(sum(1 for r in rows if r[6] == "Operational"))
