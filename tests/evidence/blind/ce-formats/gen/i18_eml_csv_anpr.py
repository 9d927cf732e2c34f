from common import *
import csv, io, datetime
from email.message import EmailMessage
from email.utils import format_datetime

NN = "18"
write_request(NN, """
Lancashire Constabulary – FOI

My request is about Automatic Number Plate Recognition (ANPR) cameras only.

• How many fixed ANPR cameras does the force operate, broken down by district?
• Which manufacturers make them?
• Are any made by Hikvision or Dahua?
• Please list the road/junction location of each camera.

Best,
Harriet Coombes
""")
data = [
    ("District", "Fixed ANPR cameras", "Manufacturer(s)"),
    ("Western (Blackpool, Fylde, Wyre)", 64, "Siemens (Yunex); Hikvision"),
    ("Northern (Lancaster, Morecambe)", 38, "Siemens (Yunex)"),
    ("Southern (Preston, Chorley, South Ribble)", 71, "Siemens (Yunex); NetMatrix"),
    ("Eastern (Blackburn, Burnley, Pendle, Rossendale, Hyndburn)", 83, "NetMatrix; Hikvision"),
    ("Motorway network (force-owned)", 22, "Siemens (Yunex)"),
]
sio = io.StringIO(); w = csv.writer(sio, lineterminator="\r\n")
w.writerow(["FOI 2024/01177 - Fixed ANPR cameras by district - correct as at 01/09/2024"])
for r in data: w.writerow(r)
w.writerow([]); w.writerow(["Camera locations withheld - see covering e-mail"])
csv_bytes = sio.getvalue().encode("utf-8")

m = EmailMessage()
m["From"] = "Information Compliance Unit <foi@lancashire.example.police.uk>"
m["To"] = "h.coombes@example.net"
m["Subject"] = "Freedom of Information Request 2024/01177 - ANPR"
m["Date"] = format_datetime(datetime.datetime(2024, 9, 19, 11, 2, tzinfo=datetime.timezone.utc))
m.set_content("""Dear Ms Coombes

Thank you for your request. The figures by district and the manufacturers are attached as a CSV file.

The location of each camera is exempt from disclosure under Section 31(1)(a)(b) (Law Enforcement) and
Section 24(1) (National Security) of the Freedom of Information Act 2000. The ANPR network is used to
detect, deter and disrupt criminality including terrorism, and publishing the sites would allow the
network to be avoided. The public interest favours withholding this part of your request.

Please note that we have also been asked in the past about ANPR camera sites operated by local
authorities for traffic enforcement; those are not police cameras and are not included.

You have the right to request an internal review and thereafter to complain to the Information
Commissioner. Details are on our website.

Regards
Saima Akhtar
Information Compliance Unit
Lancashire Constabulary HQ, Saunders Lane, Hutton, Preston PR4 5SB
""")
m.add_attachment(csv_bytes, maintype="text", subtype="csv", filename="FOI_2024_01177_ANPR.csv")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
total = sum(r[1] for r in data[1:])
label(NN, "eml", "police", "foia", "yes", "no", "partially_answered", ["s31", "s24"], total,
      "ANPR-only request: counts and makers only in the attached CSV with no total; Hikvision among ANPR makers; locations withheld s31/s24")
print(total)
