import csv
import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from common import out, write_request, add_label

NN = "17"
write_request(NN, """
Dear FOI Officer,

Under the Freedom of Information Act, please could you tell me:
Q1 How many CCTV cameras are operated by Kingsmere University, by building?
Q2 The make of the cameras in each building.
Q3 Are any cameras made by Dahua or Hikvision (or their subsidiary brands)?
Q4 The value of the University's current CCTV maintenance contract.

Thanks,
Farah Nadeem
""")

rows = [
    ("Central Library", 24, "Axis"),
    ("Beckett Building", 18, "Axis"),
    ("School of Engineering", 31, "Bosch"),
    ("Students' Union", 16, "Axis"),
    ("Halls - Ravensworth Court", 42, "Bosch"),
    ("Halls - Mill Race", 27, "Bosch"),
    ("Sports Pavilion (Fenby playing fields)", 4, "Imou"),
    ("Estates Depot", 6, "Axis"),
    ("Multi-storey car park", 22, "Axis"),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["Building", "No. of cameras", "Camera make"])
for r in rows:
    w.writerow(r)
total = sum(r[1] for r in rows)

m = EmailMessage()
m["From"] = "Kingsmere University Information Compliance <infocompliance@kingsmere.ac.uk>"
m["To"] = "Farah Nadeem <f.nadeem@example.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV [Ref: IC/FOI/24-611]"
m["Date"] = format_datetime(datetime(2024, 9, 17, 16, 2, tzinfo=timezone.utc))
m["Message-ID"] = "<ic-foi-24-611@kingsmere.ac.uk>"
m.set_content("""Dear Ms Nadeem,

Thank you for your request under the Freedom of Information Act 2000 received on 20 August 2024.

Q1-Q3: The information is provided in the attached CSV file.

Q4: The University holds this information but considers it exempt under section 43(2) of the Act (commercial interests). The contract is due to be re-tendered in 2025 and disclosure of its value would be likely to prejudice the University's position in that procurement and the commercial interests of the current contractor. Having considered the public interest, we have concluded that it favours withholding the information at this time.

If you are dissatisfied with this response, please contact infocompliance@kingsmere.ac.uk within 40 working days to request an internal review. You may subsequently complain to the Information Commissioner's Office (https://ico.org.uk/make-a-complaint/).

Kind regards,

Tomasz Wilk
Information Compliance Officer
Governance and Legal Services | Kingsmere University
Tel: 01603 960 284
""")
m.add_attachment(buf.getvalue().encode("utf-8"), maintype="text", subtype="csv", filename="IC-FOI-24-611 CCTV by building.csv")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))
print("total", total)

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-attachment-csv",
           "body_type": "university", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "partially_answered", "exemptions": ["s43"], "camera_count": total,
           "note": "per-building CSV attachment with no total; Dahua only via its Imou sub-brand at one pavilion; complete make list omits Hikvision"})
