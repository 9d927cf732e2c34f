from helpers import *

write_text("11-request.txt", """
FOI Request

For every CCTV camera at every site operated by the Trust (hospitals, clinics, car parks, offices, staff residences) please give:
• the location of the camera
• the make and model
• the date installed and the purchase cost
• whether it is connected to the internet or the Trust network
• whether it has ever had a firmware update

Please also tell me the total number of cameras and whether any are Hikvision or Dahua.

Regards
Kieran Molloy
""")

pdfp = out("gen/_11-attachment.pdf")
pdf_letter(pdfp, [
    ("p", "<b>Harrowgate and District Community Health NHS Trust</b><br/>Freedom of Information Office<br/>Beckside House, Station Parade, Harrowgate HG1 9ZP<br/>hdch.foi@nhs.net"),
    ("p", "Mr K Molloy<br/>Sent by email"),
    ("p", "Reference: FOI 2024-1189<br/>22 November 2024"),
    ("p", "Dear Mr Molloy"),
    ("h", "Request for information – CCTV cameras"),
    ("p", "We write in response to your request dated 24 October 2024 for information about the Trust's CCTV cameras."),
    ("p", "Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse a request where the cost of compliance would exceed the appropriate limit, which for the Trust is £450, equivalent to 18 hours of staff time."),
    ("p", "The Trust operates from 63 premises, many of which are shared or leased. CCTV has been procured locally over many years by individual services and by landlords, and there is no central register of cameras. To identify the location, make, model, installation date, cost, network connection and firmware history of each camera would require an estates officer to visit each of the premises and inspect the equipment and to search procurement records held in several finance systems going back to 2009. We estimate that this would take a minimum of 60 hours (an average of approximately one hour per site)."),
    ("p", "The same applies to the total number of cameras and to identifying whether any are manufactured by particular companies, as the Trust would need to carry out the same exercise in order to answer these parts of your request. When a request has multiple parts, the cost of complying with all parts may be aggregated."),
    ("p", "The Trust is therefore refusing your request in its entirety under section 12(1) of the Act. This letter acts as a refusal notice under section 17(5)."),
    ("h", "Advice and assistance"),
    ("p", "Under section 16 of the Act we are required to offer advice and assistance. You may wish to consider narrowing your request, for example to a single named site, such as Harrowgate Community Hospital, or to a single question. Please note that we cannot guarantee that a refined request would fall within the cost limit."),
    ("p", "If you are unhappy with this response you may ask for an internal review within 40 working days by contacting the FOI Office at the address above. If you remain dissatisfied you may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk."),
    ("p", "Yours sincerely<br/><br/>Freedom of Information Office<br/>Harrowgate and District Community Health NHS Trust"),
], font="Times", size=11)
with open(pdfp, "rb") as f:
    data = f.read()
write_eml(out("11-reply.eml"), {
    "From": "HDCH FOI (HARROWGATE AND DISTRICT COMMUNITY HEALTH NHS TRUST) <hdch.foi@nhs.net>",
    "To": "kieran.molloy@example.com",
    "Subject": "FOI 2024-1189 Response",
    "Date": "Fri, 22 Nov 2024 11:47:09 +0000",
    "Message-ID": "<AM6PR0102MB3391.nhs.net@nhs.net>",
}, """Dear Mr Molloy,

Please find attached the Trust's response to your Freedom of Information request.

Kind regards,

FOI Office
Harrowgate and District Community Health NHS Trust

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
********************************************************************************************************************
""", attachments=[("FOI 2024-1189 Response.pdf", data, "application", "pdf")])
label(11, "eml", "nhs", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "E-mail body only says 'please find attached'; the attached PDF refuses the whole request (including the count and maker questions) under the s12 cost limit.")
note(11, "EML + PDF attachment, community NHS trust; whole request refused s12 (aggregated), s16 advice, s17(5) mentioned (not exemptions). Medium.")
