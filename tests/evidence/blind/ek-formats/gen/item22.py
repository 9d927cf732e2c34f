import csv, io
from common import *
NN = "22"
write_request(NN, """
To: Marchshire Fire and Rescue Authority

Request for information (FOIA 2000):

Q1. How many CCTV cameras are installed at your fire stations and Service HQ?
Q2. Are any made by Hikvision?
Q3. Are any made by Dahua?
Q4. Do any of your CCTV systems use facial recognition?
Q5. Who installed the systems?

Thanks in advance
Imran Qureshi
""")
rows = [
 ["Ref", "Question", "Response"],
 ["FOI-MFRS-2025-0038", "", "Response date: 24/01/2025. Prepared by Corporate Assurance (Information Governance)."],
 ["Q1", "How many CCTV cameras are installed at your fire stations and Service HQ?",
  "An exact figure is not held centrally. Based on the information available from Property Services, there are between 150 and 165 cameras across the Service's 24 stations and Service Headquarters, Roman Way."],
 ["Q2", "Are any made by Hikvision?",
  "Yes - the systems installed at the wholetime stations during the 2017-19 station security programme are Hikvision."],
 ["Q3", "Are any made by Dahua?",
  "Not known. Systems at on-call stations were installed locally over a number of years and the Service does not hold a record of the manufacturer."],
 ["Q4", "Do any of your CCTV systems use facial recognition?", "No."],
 ["Q5", "Who installed the systems?",
  "Wholetime stations and HQ: \"Sentinel Fire & Security (Midlands) Ltd\".\nOn-call stations: various local installers; information not held."],
 ["", "", "If you are dissatisfied with this response you can request an internal review by emailing information.governance@marchshirefire.gov.uk within 40 working days. You may then complain to the Information Commissioner (ico.org.uk)."],
]
buf = io.StringIO()
csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
open(out(f"{NN}-reply.csv"), "w", encoding="utf-8", newline="").write(buf.getvalue())
label(NN, "csv", "csv", "fire", "foia", "yes", "unknown", "partially_answered", [], None,
      "Q/A CSV with multi-line quoted cells; count given only as a range (150-165) with 'exact figure not held'; Dahua 'Not known' (not held), Hikvision yes.")
