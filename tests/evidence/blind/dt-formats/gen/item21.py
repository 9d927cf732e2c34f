from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

write_text("21-request.txt", """
Dear Three Rivers Learning Trust,

Please supply the following under the FOI Act:

1. For each academy in the Trust, the number of CCTV cameras.
2. The make of the cameras - in particular, are any made by Hikvision or Dahua?
3. Are there any cameras in or covering toilet areas?
4. A copy of the Trust's CCTV policy.

Regards,
Christopher Ndlovu
""")

rows = [["Academy", "Number of CCTV cameras", "Make"],
        ["Riverside Academy", "24", "Hikvision"],
        ["St Aidan's Church of England Academy", "31", "Hikvision"],
        ["Kingfisher Primary Academy", "6", "Hikvision"],
        ["Millbrook Primary Academy", "5", "Hikvision"],
        ["Northgate Academy", "Not held (PFI)", "Not held (PFI)"],
        ["Westfield Academy", "Not held (PFI)", "Not held (PFI)"],
        ["Eastbrook Academy", "Not held (PFI)", "Not held (PFI)"],
        ["Total (Trust-operated systems)", "66", ""]]

blocks = [
    ("p", "Three Rivers Learning Trust", {"bold": 1, "size": 14}),
    ("p", "Registered office: Riverside Academy, Mill Lane, Rotherham S60 2QP\nCompany number 07765432  |  governance@threeriverslt.org.uk", {"size": 8}),
    ("blank",),
    ("p", "18 March 2025"),
    ("p", "Our ref: TRLT-FOI-25-004"),
    ("p", "Dear Mr Ndlovu"),
    ("h", "Request for information – CCTV"),
    ("p", "Thank you for your request received on 17 February 2025. The Trust's response is below."),
    ("p", "1 and 2. The Trust operates CCTV at four of its seven academies. The figures and makes are shown in the table below. Northgate, Westfield and Eastbrook academies occupy buildings provided under a Private Finance Initiative (PFI) contract. At these academies the CCTV is owned, operated and maintained by the PFI company as part of its facilities management service, and the Trust does not hold information about the number or make of those cameras."),
    ("table", rows, {"bold_last": True, "widths": [6.8, 4.4, 4.4]}),
    ("p", "3. No cameras are located inside toilet cubicles. At Riverside Academy and St Aidan's, one camera at each site covers the communal hand-washing area outside the toilet cubicles. The Trust is reviewing this as part of its annual CCTV audit."),
    ("p", "4. The Trust's CCTV Policy (approved by the Board in July 2024) is attached."),
    ("p", "If you are unhappy with this response you may ask for an internal review by writing to the Governance Lead at the address above within 40 working days. If you remain unhappy you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Martin Cheetham\nChief Operating Officer"),
]
pdf_data = pdf_bytes(blocks, footer="TRLT-FOI-25-004", title="FOI response TRLT-FOI-25-004")

m = EmailMessage()
m["From"] = "TRLT Governance <governance@threeriverslt.org.uk>"
m["To"] = "Christopher Ndlovu <request-851102-3ac9e6b0@whatdotheyknow.com>"
m["Subject"] = "FOI request TRLT-FOI-25-004"
m["Date"] = format_datetime(datetime.datetime(2025, 3, 18, 16, 2, 9, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<1742313729.8821.trlt@threeriverslt.org.uk>"
m.set_content("""Dear Mr Ndlovu

Please see attached letter in response to your recent FOI request.

Thanks
Martin

Martin Cheetham | Chief Operating Officer | Three Rivers Learning Trust
""")
m.add_attachment(pdf_data, maintype="application", subtype="pdf", filename="TRLT-FOI-25-004 response.pdf")
policy = [
    ("p", "Three Rivers Learning Trust", {"bold": 1, "size": 13}),
    ("h", "CCTV Policy"),
    ("p", "Approved by the Trust Board: July 2024. Review date: July 2026."),
    ("h", "1. Purpose"),
    ("p", "This policy sets out how CCTV is used at academies within the Trust to protect pupils, staff, visitors and property, in accordance with UK GDPR, the Data Protection Act 2018 and the Surveillance Camera Code of Practice."),
    ("h", "2. Siting of cameras"),
    ("p", "Cameras will be sited so that they only capture images relevant to the purposes for which they are installed. Cameras will not be placed in classrooms except in exceptional circumstances, and never inside toilet cubicles or changing rooms. Signs will be displayed at all entrances to monitored areas."),
    ("h", "3. Retention"),
    ("p", "Recorded images are retained for no longer than 31 days unless required for an investigation, in which case they will be retained for as long as necessary."),
    ("h", "4. Access and disclosure"),
    ("p", "Access to recorded images is restricted to the Principal, the site manager and the Trust's Data Protection Officer. Requests from the police will be logged. Subject access requests are handled under the Trust's Data Protection Policy."),
    ("h", "5. Data Protection Impact Assessment"),
    ("p", "A DPIA will be completed before any new CCTV system is installed or an existing system is significantly changed."),
]
m.add_attachment(pdf_bytes(policy, footer="TRLT CCTV Policy v2.0"), maintype="application", subtype="pdf",
                 filename="TRLT CCTV Policy July 2024.pdf")
write_eml("21-reply.eml", m)

add_label("21", "eml", "eml", "academy", "foia", "yes", "unknown", "partially_answered", [], 66,
          "E-mail with the answer in an attached PDF letter: per-academy table with a 'Total (Trust-operated systems)' row of 66; three PFI academies 'Not held', so makes are only known for the Trust's own systems (all Hikvision) and Dahua stays unknown.")
