from common import *
import io, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font

NN = "06"
write_request(NN, """
Hello,

I'd like to request the following information about CCTV at Devon & Somerset Fire and Rescue Service premises:

- the number of CCTV cameras at each fire station and other DSFRS building
- the make of the cameras at each site
- whether any of the cameras or recorders are Hikvision or Dahua products
- whether any cameras record audio

Thanks very much,
Tom Hesketh
""")
rnd = random.Random(66)
stations = ["Exeter Danes Castle", "Exeter Middlemoor", "Plymouth Camels Head", "Plymouth Greenbank", "Plympton",
            "Torquay", "Paignton", "Barnstaple", "Bideford", "Taunton", "Yeovil", "Bridgwater", "Wellington",
            "Minehead", "Tiverton", "Okehampton", "Newton Abbot", "Totnes", "Kingsbridge", "Honiton",
            "Sidmouth", "Exmouth", "Ilfracombe", "Crediton", "Chard", "Frome", "Glastonbury & Street",
            "Service HQ (Clyst St George)", "Training Academy (Exeter Airport)", "Workshops (Taunton)"]
wb = Workbook(); ws = wb.active; ws.title = "FOI 2024-0392"
ws.append(["Site", "No. of cameras", "Manufacturer", "Recorder", "Audio"])
for c in ws[1]: c.font = Font(bold=True)
tot = 0
for s in stations:
    if s.startswith(("Service HQ", "Training")):
        n = rnd.randint(18, 30); mk = "Axis"; rec = "Milestone XProtect"
    elif s.startswith("Workshops"):
        n = 9; mk = "Bosch"; rec = "Bosch DIVAR"
    else:
        n = rnd.randint(2, 8)
        mk = rnd.choice(["Hikvision", "Hikvision", "Vista", "Bosch", "Hikvision / Vista"])
        rec = {"Hikvision": "Hikvision NVR", "Vista": "Vista QVIEW", "Bosch": "Bosch DIVAR", "Hikvision / Vista": "Vista QVIEW"}[mk]
    tot += n
    ws.append([s, n, mk, rec, "No"])
ws.append([])
ws.append(["TOTAL", f"=SUM(B2:B{len(stations)+1})"])
ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
ws.append([])
ws.append(["Notes"])
ws.append(["1. On-call stations without CCTV are not listed (42 stations)."])
ws.append(["2. Vehicle-mounted cameras on appliances are excluded."])
ws.column_dimensions["A"].width = 34; ws.column_dimensions["C"].width = 20; ws.column_dimensions["D"].width = 20
buf = io.BytesIO(); wb.save(buf)

msg = EmailMessage()
msg["From"] = "DSFRS Information Governance <foi@dsfire.example.gov.uk>"
msg["To"] = "Tom Hesketh <t.hesketh.requests@example.net>"
msg["Subject"] = "RE: Freedom of Information request - CCTV [Ref FOI 2024-0392]"
msg["Date"] = format_datetime(datetime.datetime(2024, 11, 12, 15, 41, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = make_msgid(domain="dsfire.example.gov.uk")
msg.set_content("""Dear Mr Hesketh,

Further to your request received on 15 October, please see the attached spreadsheet which sets out the number of cameras at each of our sites with CCTV, the make of camera and recorder, and whether audio is recorded.

None of our CCTV systems record audio.

Kind regards

Megan Colley
Information Governance Officer
Devon & Somerset Fire and Rescue Service
Service Headquarters, The Knowle, Clyst St George, Exeter EX3 0NW

If you are not satisfied with our response you can request an internal review within 40 working days of receipt. If you remain dissatisfied you can complain to the Information Commissioner's Office - https://ico.org.uk/make-a-complaint/

This email and any attachments are intended solely for the addressee and may contain confidential information.
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="FOI 2024-0392 CCTV.xlsx")
(OUT / f"{NN}-reply.eml").write_bytes(bytes(msg))
print(tot)
label(NN, "eml", "fire", "foia", "yes", "no", "answered", [], tot,
      "Short covering e-mail; all figures in the attached xlsx with a SUM formula total (no cached value); makers per site listed completely.")
