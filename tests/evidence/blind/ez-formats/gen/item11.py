"""11: NHS trust, .eml whose body holds terse answers; attachment is only the CCTV policy (with a stale figure)."""
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
import io
from common import *

NN = "11"
write_request(NN, """
Dear Ouse Valley Community Healthcare NHS Trust,

Please provide the following under FOIA:

1. How many CCTV cameras does the Trust operate?
2. Are any of them manufactured by Hikvision?
3. Are any manufactured by Dahua?
4. Does the Trust have a CCTV policy? If so please send a copy.
5. If the answer to 2 or 3 is yes, does the Trust plan to remove them, and by when?

Kind regards
Chris Balogun
""")

REF = "FOI 24/25-0566"
# --------------------------------------------------------------- policy PDF
pbuf = io.BytesIO()
flow = [
    P("Ouse Valley Community Healthcare NHS Trust", "head"),
    P("Closed Circuit Television (CCTV) Policy", "head"),
    Spacer(1, 4 * mm),
    grid_table([["Policy reference", "EF-SEC-014"], ["Version", "3.1"], ["Approved by", "Estates & Facilities Governance Group"],
                ["Date approved", "12 May 2021"], ["Review date", "May 2024 (extended to May 2025)"],
                ["Author", "Head of Security & LSMS"]], col_widths=[50 * mm, 100 * mm], header_rows=0),
    Spacer(1, 6 * mm),
    P("1. Introduction", "bold"),
    P("The Trust operates a CCTV system across its inpatient units, community hospitals and a number of clinic "
      "premises. At the time of writing the system comprises approximately 180 cameras. This policy sets out how "
      "the Trust will operate the system lawfully, fairly and in accordance with UK GDPR, the Data Protection Act "
      "2018 and the Surveillance Camera Code of Practice."),
    P("2. Purpose", "bold"),
    P("The system is used for the protection of patients, staff and visitors; the prevention and detection of crime; "
      "and the protection of Trust property. It will not be used to monitor staff performance."),
    P("3. Siting of cameras", "bold"),
    P("Cameras will not be sited in bedrooms, bathrooms, toilets or changing areas. Cameras in seclusion rooms are "
      "governed by the separate Seclusion and Long-Term Segregation Policy. Signage will be displayed at all sites."),
    P("4. Audio", "bold"),
    P("Audio recording is disabled on all Trust CCTV equipment."),
    P("5. Retention", "bold"),
    P("Images are retained for 31 days unless required for an investigation, after which they are automatically overwritten."),
    P("6. Procurement of equipment", "bold"),
    P("All new CCTV equipment must be procured through the Estates department via an approved framework. Equipment "
      "must meet the Trust's cyber security requirements and the Trust will have regard to Government guidance on "
      "surveillance equipment subject to the National Intelligence Law of the People's Republic of China (for example "
      "Hikvision and Dahua)."),
    P("7. Access to images and disclosure", "bold"),
    P("Requests from the police must be made in writing on the Trust's disclosure form. Subject access requests are "
      "handled by the Information Governance team within one calendar month."),
    P("8. Data Protection Impact Assessment", "bold"),
    P("A DPIA must be completed before any new camera is installed or an existing camera is moved."),
    P("9. Monitoring and review", "bold"),
    P("Compliance with this policy will be audited annually by the Security Management Group."),
]
pdf_build(pbuf, flow, footer="EF-SEC-014 CCTV Policy v3.1 - uncontrolled when printed")

txt = f"""Dear Mr Balogun

Freedom of Information request {REF}

Thank you for your request received 3 December 2024. Please see our response below.

1. 212
2. No
3. No
4. Yes - attached
5. N/A

If you are unhappy with the way your request has been handled you can ask for an internal review by contacting the FOI team at ovch.foi@nhs.net. If you are still not satisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

Many thanks

FOI Team
Information Governance
Ouse Valley Community Healthcare NHS Trust
Trust HQ, Clifton Moor Park, York YO30 4XZ

********************************************************************************************************************
This message may contain confidential and privileged information. If you are not the intended recipient please accept our apologies; please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful. Please inform us that this message has gone astray before deleting it. Thank you for your co-operation.

NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.
********************************************************************************************************************
"""
html = "<html><body style='font-family:Calibri,sans-serif;font-size:11pt'>" + "".join(
    f"<p>{l}</p>" if l.strip() else "" for l in txt.replace("&", "&amp;").split("\n\n")) + "</body></html>"
html = html.replace("\n", "<br>")

msg = EmailMessage()
msg["From"] = "FOI (OUSE VALLEY COMMUNITY HEALTHCARE NHS TRUST) <ovch.foi@nhs.net>"
msg["To"] = "chris.balogun@gmail.com"
msg["Subject"] = f"{REF} - CCTV - Response"
msg["Date"] = format_datetime(datetime(2024, 12, 20, 9, 41, 55, tzinfo=timezone.utc))
msg["Message-ID"] = "<LO2P265MB5120A1B2C3D4E5F6A7B8C9@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"
msg.set_content(txt)
msg.add_alternative(html, subtype="html")
msg.add_attachment(pbuf.getvalue(), maintype="application", subtype="pdf",
                   filename="EF-SEC-014 CCTV Policy v3.1.pdf")
(ROOT / f"{NN}-reply.eml").write_bytes(bytes(msg))

add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
          body_type="nhs", law="foia", hikvision="no", dahua="no", outcome="answered",
          exemptions=[], camera_count=212,
          note="Answers are bare '1. 212 2. No 3. No' readable only against the request; the attached policy carries a stale 'approximately 180 cameras' and names Hikvision and Dahua only in a procurement clause.")
