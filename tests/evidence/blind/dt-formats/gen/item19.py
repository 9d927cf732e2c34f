from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

write_text("19-request.txt", """
Dear Scottish Fire and Rescue Service,

Under the Freedom of Information (Scotland) Act 2002 please provide:

1. The number of CCTV cameras at SFRS National Headquarters, Westburn Drive, Cambuslang.
2. The manufacturer(s) of those cameras - are any made by Hikvision or Dahua?
3. Who has access to the recorded footage?

Kind regards,
Graeme Lauder
""")

blocks = [
    ("p", "Scottish Fire and Rescue Service\nSeirbheis Smàlaidh agus Teasairginn na h-Alba", {"bold": 1}),
    ("p", "Information Governance\nWestburn Drive, Cambuslang, Glasgow G72 7NA", {"size": 9}),
    ("blank",),
    ("p", "Mr G Lauder\nVia email"),
    ("p", "Our Ref: FOI/2024/0981\nDate: 21 November 2024"),
    ("p", "Dear Mr Lauder"),
    ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION"),
    ("p", "Thank you for your request for information, received by the Scottish Fire and Rescue Service (SFRS) on 24 October 2024."),
    ("p", "Response"),
    ("p", "Under section 17 of the Freedom of Information (Scotland) Act 2002, I must advise you that the SFRS does not hold the information you have requested."),
    ("p", "The National Headquarters building at Westburn Drive is occupied by the SFRS under a lease. Security services for the building, including the CCTV system, are provided by the landlord through its facilities management contractor and are recovered through the service charge. The cameras and recording equipment are not owned, operated or maintained by the SFRS, and the SFRS does not hold any record of the number of cameras, their manufacturers or the persons who have access to the recorded footage."),
    ("p", "You may wish to direct your enquiry to the landlord's managing agent; however, please note that a private company is not subject to FOISA."),
    ("p", "Your right to request a review"),
    ("p", "If you are unhappy with this response, you can ask us to review it by writing to the Head of Governance, Strategy and Performance at the address above or to SFRS.FOI@firescotland.gov.uk within 40 working days of receiving this letter. If you remain dissatisfied after the review, you can appeal to the Scottish Information Commissioner within six months of receiving our review response. You can apply online at www.foi.scot/appeal or write to: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Alison Rennie\nInformation Governance Officer"),
]
docx_data = docx_bytes(blocks, font="Arial", size=11, footer_text="OFFICIAL")

m = EmailMessage()
m["From"] = "SFRS FOI <SFRS.FOI@firescotland.gov.uk>"
m["To"] = "Graeme Lauder <request-824155-0bd4f7e1@whatdotheyknow.com>"
m["Subject"] = "FOI/2024/0981 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 11, 21, 14, 22, 3, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<DU0PR03MB8732C1D0E5A94F33B2A61E7AD9512@DU0PR03MB8732.eurprd03.prod.outlook.com>"
m.set_content("""Good afternoon,

Please find attached the Scottish Fire and Rescue Service's response to your information request FOI/2024/0981.

Kind regards

Information Governance Team
Scottish Fire and Rescue Service
Westburn Drive | Cambuslang | G72 7NA

OFFICIAL
This e-mail and any attachments are intended for the named recipient only. If you have received it in error please notify the sender and delete it. The Scottish Fire and Rescue Service may monitor e-mail traffic.
""")
m.add_attachment(docx_data, maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="FOI 2024-0981 Response.docx")
write_eml("19-reply.eml", m)

add_label("19", "eml", "eml", "fire", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
          "E-mail whose answer is only in an attached Word letter; Scottish not-held notice (FOISA s17) because the HQ CCTV belongs to the landlord's facilities contractor; no figures at all.")
