import os, sys
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
sys.path.insert(0, os.path.dirname(__file__))
from pdfhelp import build
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pdfpath = os.path.join(os.path.dirname(os.path.abspath(__file__)), "23-attachment.pdf")
H = ["Oldcastle Metropolitan Borough Council", "Information Governance Unit",
     "Town Hall, Victoria Square, Oldcastle OC1 1HT", "Freedom of Information response"]
blocks = [
 ("p", "Reference: OMBC-FOI-25-00188\nDate of response: 14 January 2025\nRequester: Mr N Obi"),
 ("h", "Question 1 and 2: Number of cameras by site, and manufacturer"),
 ("table", [["Site / area", "Cameras", "Manufacturer"],
            ["Town centre public space system", "48", "HIKVISION"],
            ["Multi-storey car parks (Bridge St, Canal Wharf)", "22", "Da Hua"],
            ["Civic Centre", "15", "Axis"],
            ["Moss Lane depot", "9", "Hikvison"],
            ["Oldcastle Market Hall", "7", "Axis"]]),
 ("h", "Question 3: Which, if any, are manufactured by Hikvision or Dahua"),
 ("p", "Please refer to the table above."),
 ("h", "Question 4: Data Protection Impact Assessment"),
 ("p", "The Council's CCTV Data Protection Impact Assessment is published on the Council's website at www.oldcastle.gov.uk/cctv under 'CCTV documents'. As this information is reasonably accessible to you by other means it is exempt under section 21 of the Freedom of Information Act 2000."),
 ("h", "Question 5: Maintenance contractor and annual value"),
 ("p", "The CCTV maintenance contractor is Pennine Security Systems Ltd."),
 ("p", "The annual value of the maintenance contract is withheld under section 43(2) of the Act (commercial interests). The contract is currently subject to a procurement exercise which is expected to conclude in spring 2025. Disclosure of the value of the existing contract at this stage would be likely to prejudice the Council's ability to obtain best value and would prejudice the commercial interests of the incumbent contractor. The Council has considered the public interest in accountability for expenditure; however, it considers that the public interest in protecting the integrity of the live procurement outweighs it. The Council will publish the value of the new contract on Contracts Finder once awarded."),
 ("h", "Your rights"),
 ("p", "If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Information Governance Unit. If you remain dissatisfied you have the right to complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
]
build(pdfpath, blocks, H, "OMBC-FOI-25-00188")
m = EmailMessage()
m["From"] = "Oldcastle MBC Information Governance <infogov@oldcastle.gov.uk>"
m["To"] = "Nathaniel Obi <n.obi.requests@example.org>"
m["Subject"] = "Freedom of Information Request - OMBC-FOI-25-00188"
m["Date"] = format_datetime(datetime.datetime(2025, 1, 14, 11, 32, 5, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<OMBC-FOI-25-00188.7781@oldcastle.gov.uk>"
m.set_content("""Dear Mr Obi

Thank you for your request for information received on 12 December 2024.

Please find attached the Council's response to your request.

Kind regards

Shazia Rahman
Information Governance Officer
Oldcastle Metropolitan Borough Council
Tel: 0161 496 0554

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Oldcastle Metropolitan Borough Council monitors email traffic for security and compliance purposes.
""")
with open(pdfpath, "rb") as f:
    m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="OMBC-FOI-25-00188 Response.pdf")
with open(os.path.join(base, "23-reply.eml"), "wb") as f:
    f.write(bytes(m))
